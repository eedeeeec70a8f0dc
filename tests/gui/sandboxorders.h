#pragma once

// Orders for the form tests, built from the sandbox's VTEX get-order JSON and parsed the way the
// app parses cached orders, so the forms see what they see in the shop.
#include "core/orderjson.h"
#include "sandbox/orderdocument.h"

#include <QJsonArray>

namespace despacho::testing {

// The `nth` (from 0) ready-for-handling sandbox order with at least two lines, plus the given
// packages, with `status`; cancellable when it has no package.
inline Order sandboxOrder(const QList<sandbox::PackageInput> &packages = {},
                          const QString &status = QStringLiteral("ready-for-handling"), int nth = 0)
{
    using namespace Qt::StringLiterals;
    const sandbox::OrderGenerator generator(7, u"demo"_s,
                                            QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    int found = 0;
    for (int i = 0; i < 400; ++i) {
        const sandbox::GeneratedOrder g = generator.make(i, generator.backlogCreationDate(i, 400),
                                                         sandbox::OrderGenerator::Kind::Backlog);
        if (g.initial.status != u"ready-for-handling"_s || g.items.size() < 2 || found++ < nth)
            continue;
        QJsonObject json = sandbox::orderDocument(g, g.initial, u"demo"_s);
        QJsonArray list;
        for (const sandbox::PackageInput &p : packages)
            list.append(sandbox::makePackage(p));
        QJsonObject attachment = json.value(u"packageAttachment"_s).toObject();
        attachment.insert(u"packages"_s, list);
        json.insert(u"packageAttachment"_s, attachment);
        json.insert(u"status"_s, status);
        json.insert(u"allowCancellation"_s, packages.isEmpty());
        const OrderParseResult r = orderFromVtexJson(json);
        if (!r.ok())
            qFatal("sandbox order does not parse: %s", qPrintable(r.error));
        return r.order;
    }
    qFatal("no ready-for-handling sandbox order with two lines (number %d)", nth);
}

// An invoice of `quantityOfFirst` units of the order's first line.
inline sandbox::PackageInput package(const QString &number, const Order &order, int quantityOfFirst,
                                     const QString &courier = {}, const QString &tracking = {})
{
    sandbox::PackageInput p;
    p.invoiceNumber = number;
    p.issuanceDate = QDateTime(QDate(2026, 11, 21), QTime(13, 0), Qt::UTC);
    p.courier = courier;
    p.trackingNumber = tracking;
    const qint64 price = order.items[0].sellingPrice.cents();
    p.invoiceValue = price * quantityOfFirst;
    p.lines.append({0, quantityOfFirst, price});
    return p;
}

} // namespace despacho::testing
