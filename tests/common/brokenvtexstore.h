#pragma once

// A fake VTEX on a QHttpServer that lists three orders whose details are: fine (ok-01), truncated
// JSON (broken-01) and without a status (nostatus-01). For the sync tests that check one broken
// order does not stop the rest, in the synchronizer and in despacho-cli alike.
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

namespace despacho::testing {

inline void routeBrokenVtexStore(QHttpServer &fake)
{
    using namespace Qt::StringLiterals;
    const auto row = [](const QString &id) {
        return QJsonObject{{u"orderId"_s, id},
                           {u"status"_s, u"handling"_s},
                           {u"creationDate"_s, u"2024-03-01T10:00:00.0000000+00:00"_s},
                           {u"clientName"_s, u"Cliente"_s},
                           {u"totalValue"_s, 1000},
                           {u"totalItems"_s, 1}};
    };
    fake.route(u"/api/oms/pvt/orders"_s, [row] {
        const QJsonObject body{
            {u"list"_s, QJsonArray{row(u"ok-01"_s), row(u"broken-01"_s), row(u"nostatus-01"_s)}},
            {u"paging"_s,
             QJsonObject{
                 {u"total"_s, 3}, {u"pages"_s, 1}, {u"currentPage"_s, 1}, {u"perPage"_s, 100}}}};
        return QHttpServerResponse(body);
    });
    fake.route(u"/api/oms/pvt/orders/<arg>"_s, [](const QString &id) {
        if (id == u"broken-01"_s)
            return QHttpServerResponse("application/json", "{\"orderId\": \"broken-01\", \"sta");
        QJsonObject o{{u"orderId"_s, id},
                      {u"status"_s, u"handling"_s},
                      {u"value"_s, 1000},
                      {u"creationDate"_s, u"2024-03-01T10:00:00.0000000+00:00"_s}};
        if (id == u"nostatus-01"_s)
            o.remove(u"status"_s);
        return QHttpServerResponse(o);
    });
}

} // namespace despacho::testing
