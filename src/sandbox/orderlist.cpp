#include "sandbox/orderlist.h"

#include "sandbox/orderstore.h"
#include "sandbox/sandboxutil.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace despacho::sandbox {

namespace {

constexpr int kMaxPage = 30;
constexpr int kMaxPerPage = 100;

HttpReply badRequest(const QString &message)
{
    return vtexError(400, u"OMS005"_s, message);
}

QJsonObject statsOf(const QList<double> &values, bool withFacets, const QList<QString> &origins)
{
    double sum = 0, squares = 0;
    double lo = values.isEmpty() ? 0 : values.first();
    double hi = lo;
    for (double v : values) {
        sum += v;
        squares += v * v;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const double count = double(values.size());
    const double mean = values.isEmpty() ? 0 : sum / count;
    const double variance = values.size() < 2 ? 0 : (squares - count * mean * mean) / (count - 1);
    QJsonObject stats{{u"Count"_s, values.size()},
                      {u"Max"_s, hi},
                      {u"Mean"_s, mean},
                      {u"Min"_s, lo},
                      {u"Missing"_s, 0},
                      {u"StdDev"_s, std::sqrt(std::max(variance, 0.0))},
                      {u"Sum"_s, sum},
                      {u"SumOfSquares"_s, squares},
                      {u"Facets"_s, QJsonValue()}};
    if (withFacets) {
        QMap<QString, QList<double>> byOrigin;
        for (qsizetype i = 0; i < values.size(); ++i)
            byOrigin[origins[i]].append(values[i]);
        QJsonObject origin;
        for (auto it = byOrigin.cbegin(); it != byOrigin.cend(); ++it)
            origin.insert(it.key(), statsOf(it.value(), false, {}));
        stats[u"Facets"_s] =
            QJsonObject{{u"origin"_s, origin},
                        {u"currencyCode"_s, QJsonObject{{u"BRL"_s, statsOf(values, false, {})}}}};
    }
    return stats;
}

QString lastMessage(const OrderRecord &r)
{
    const QString hello = u" Loja Demo "_s;
    const QString first = r.clientName.section(u' ', 0, 0);
    const QString status = r.state.status;
    if (status == u"invoiced") {
        return hello % u"Sua Nota Fiscal foi emitida. Referente ao Pedido #" % r.orderId %
               u" Olá, " % first % u". Estamos empacotando seu produto para providenciar o envio.";
    }
    if (status == u"canceled") {
        return hello % u"Seu pedido foi cancelado. Referente ao Pedido #" % r.orderId % u" Olá, " %
               first % u". Seu pedido foi cancelado.";
    }
    if (status == u"payment-pending") {
        return hello % u"Recebemos seu pedido. Referente ao Pedido #" % r.orderId % u" Olá, " %
               first % u". Estamos aguardando a confirmação do pagamento.";
    }
    return hello % u"Seu pagamento foi aprovado. Referente ao Pedido #" % r.orderId % u" Olá, " %
           first % u". Estamos providenciando a emissão da Nota Fiscal do seu pedido.";
}

} // namespace

QJsonObject listRow(const OrderRecord &r)
{
    const auto dateOrNull = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(vtexDateTime(t)) : QJsonValue();
    };
    const bool shipping = r.state.status != u"canceled";
    return {
        {u"orderId"_s, r.orderId},
        {u"creationDate"_s, vtexDateTime(r.creationDate)},
        {u"clientName"_s, r.clientName},
        {u"items"_s, QJsonValue()},
        {u"totalValue"_s, r.value},
        {u"paymentNames"_s, r.paymentNames},
        {u"status"_s, r.state.status},
        {u"statusDescription"_s, statusDescription(r.state.status)},
        {u"marketPlaceOrderId"_s, QJsonValue()},
        {u"sequence"_s, r.sequence},
        {u"salesChannel"_s, u"1"_s},
        {u"affiliateId"_s, u""_s},
        {u"origin"_s, r.origin},
        {u"workflowInErrorState"_s, false},
        {u"workflowInRetry"_s, false},
        {u"lastMessageUnread"_s, lastMessage(r)},
        {u"ShippingEstimatedDate"_s, shipping ? dateOrNull(r.shippingEstimatedDate) : QJsonValue()},
        {u"ShippingEstimatedDateMax"_s, QJsonValue()},
        {u"ShippingEstimatedDateMin"_s, QJsonValue()},
        {u"orderIsComplete"_s, true},
        {u"listId"_s, QJsonValue()},
        {u"listType"_s, QJsonValue()},
        {u"authorizedDate"_s, dateOrNull(r.authorizedDate)},
        {u"callCenterOperatorName"_s, QJsonValue()},
        {u"totalItems"_s, r.totalItems},
        {u"currencyCode"_s, u"BRL"_s}};
}

HttpReply listOrders(const OrderStore &store, const HttpRequest &request)
{
    bool ok = true;
    int page = 1;
    if (request.query.hasQueryItem(u"page"_s)) {
        page = request.queryValue(u"page"_s).toInt(&ok);
        if (!ok || page < 1)
            return badRequest(u"Invalid page: use a number from 1"_s);
    }
    int perPage = 15;
    if (request.query.hasQueryItem(u"per_page"_s)) {
        perPage = request.queryValue(u"per_page"_s).toInt(&ok);
        if (!ok || perPage < 1 || perPage > kMaxPerPage)
            return badRequest(u"Invalid per_page: use a number from 1 to %1"_s.arg(kMaxPerPage));
    }
    if (page > kMaxPage)
        return badRequest(u"Max page exceed ( %1 ), refine filter"_s.arg(kMaxPage));

    QStringList statuses;
    for (const QString &s : request.queryValue(u"f_status"_s).split(u',', Qt::SkipEmptyParts))
        statuses << s.trimmed();

    QDateTime from, to;
    if (const QString range = request.queryValue(u"f_creationDate"_s); !range.isEmpty()) {
        static const QRegularExpression re(
            uR"(^\s*creationDate:\[\s*(\S+)(?:\s+|\+)TO(?:\s+|\+)(\S+?)\s*\]\s*$)"_s);
        const auto m = re.match(range);
        if (m.hasMatch()) {
            from = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
            to = QDateTime::fromString(m.captured(2), Qt::ISODateWithMs);
        }
        if (!from.isValid() || !to.isValid()) {
            return badRequest(u"Invalid f_creationDate: use creationDate:[2024-01-01T00:00:00.000Z "
                              "TO 2024-01-31T23:59:59.999Z]"_s);
        }
    }

    const QString q = request.queryValue(u"q"_s).trimmed();
    const QString qDigits = digitsOnly(q);
    const bool qIsNumber = !q.isEmpty() && qDigits.size() >= 3 &&
                           std::none_of(q.cbegin(), q.cend(), [](QChar c) { return c.isLetter(); });

    const QString orderBy = request.query.hasQueryItem(u"orderBy"_s)
                                ? request.queryValue(u"orderBy"_s)
                                : u"creationDate,desc"_s;
    const QString field = orderBy.section(u',', 0, 0).trimmed();
    const QString direction = orderBy.section(u',', 1, 1).trimmed().toLower();
    static const QStringList fields{u"creationDate"_s, u"orderId"_s, u"totalValue"_s, u"items"_s};
    if (!fields.contains(field) || (direction != u"asc" && direction != u"desc"))
        return badRequest(
            u"Invalid orderBy '%1': use creationDate|orderId|totalValue|items,asc|desc"_s.arg(
                orderBy));

    QList<const OrderRecord *> rows;
    for (const OrderRecord &r : store.records()) {
        if (!statuses.isEmpty() && !statuses.contains(r.state.status))
            continue;
        if (from.isValid() && (r.creationDate < from || r.creationDate > to))
            continue;
        if (!q.isEmpty()) {
            const bool match = r.orderId.contains(q, Qt::CaseInsensitive) ||
                               r.sequence.contains(q, Qt::CaseInsensitive) ||
                               r.clientName.contains(q, Qt::CaseInsensitive) ||
                               r.email.contains(q, Qt::CaseInsensitive) ||
                               r.document.contains(q, Qt::CaseInsensitive) ||
                               (qIsNumber && r.documentDigits.contains(qDigits));
            if (!match)
                continue;
        }
        rows << &r;
    }

    const bool desc = direction == u"desc";
    std::function<bool(const OrderRecord *, const OrderRecord *)> less;
    if (field == u"orderId")
        less = [](auto a, auto b) {
            return a->orderId < b->orderId;
        };
    else if (field == u"totalValue")
        less = [](auto a, auto b) {
            return a->value < b->value;
        };
    else if (field == u"items")
        less = [](auto a, auto b) {
            return a->totalItems < b->totalItems;
        };
    else
        less = [](auto a, auto b) {
            return a->creationDate < b->creationDate;
        };
    std::stable_sort(rows.begin(), rows.end(), [&](auto a, auto b) {
        if (less(a, b) || less(b, a))
            return desc ? less(b, a) : less(a, b);
        return desc ? b->orderId < a->orderId : a->orderId < b->orderId;
    });

    QJsonArray list;
    const qsizetype first = qsizetype(page - 1) * perPage;
    for (qsizetype i = first; i < rows.size() && i < first + perPage; ++i)
        list.append(listRow(*rows[i]));

    QList<double> values, items;
    QList<QString> origins;
    for (const OrderRecord *r : rows) {
        values << double(r->value);
        items << double(r->totalItems);
        origins << r->origin;
    }
    const qsizetype total = rows.size();
    const QJsonObject paging{{u"total"_s, total},
                             {u"pages"_s, (total + perPage - 1) / perPage},
                             {u"currentPage"_s, page},
                             {u"perPage"_s, perPage}};
    const QJsonObject stats{
        {u"stats"_s, QJsonObject{{u"totalValue"_s, statsOf(values, true, origins)},
                                 {u"totalItems"_s, statsOf(items, true, origins)}}}};
    return HttpReply::json({{u"list"_s, list},
                            {u"facets"_s, QJsonArray()},
                            {u"paging"_s, paging},
                            {u"stats"_s, stats}});
}

} // namespace despacho::sandbox
