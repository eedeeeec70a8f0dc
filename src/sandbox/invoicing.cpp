#include "sandbox/orderdocument.h"
#include "sandbox/orderstore.h"
#include "sandbox/sandboxutil.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// Invoice notifications and tracking updates on OrderStore (split from orderstore.cpp).
namespace despacho::sandbox {

namespace {

HttpReply badRequest(const QString &message)
{
    return vtexError(400, u"OMS005"_s, message);
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

qsizetype findPackage(const QList<QJsonObject> &packages, const QString &invoiceNumber)
{
    for (qsizetype i = 0; i < packages.size(); ++i) {
        if (packages[i].value(u"invoiceNumber"_s).toString() == invoiceNumber)
            return i;
    }
    return -1;
}

QJsonValue nullIfEmpty(const QJsonValue &v)
{
    return v.isString() && v.toString().isEmpty() ? QJsonValue() : v;
}

} // namespace

HttpReply OrderStore::invoice(const QString &orderId, const QJsonObject &body)
{
    OrderRecord *r = find(orderId);
    if (!r)
        return notFound(orderId);

    const QString type = body.value(u"type"_s).toString();
    if (type != u"Output" && type != u"Input")
        return badRequest(u"Invalid invoice type: use Output or Input"_s);
    const QString number = text(body.value(u"invoiceNumber"_s));
    if (number.trimmed().isEmpty())
        return badRequest(u"invoiceNumber is required"_s);
    for (const QChar c : number) {
        if (c.isSpace() || c == u'/' || c == u'#' || c == u'?' || c == u'\\')
            return badRequest(
                u"Invalid invoiceNumber '%1': spaces, '/', '#', '?' and '\\' are not allowed"_s.arg(
                    number));
    }
    bool ok = false;
    const qint64 value = text(body.value(u"invoiceValue"_s)).toLongLong(&ok);
    if (!ok || value <= 0)
        return badRequest(u"invoiceValue must be an amount in cents greater than 0"_s);
    const QString issuance = body.value(u"issuanceDate"_s).toString();
    if (issuance.isEmpty())
        return badRequest(u"issuanceDate is required"_s);

    const GeneratedOrder g = generated(*r);
    PackageInput in;
    in.type = type;
    in.invoiceNumber = number;
    in.invoiceValue = value;
    in.invoiceKey = body.value(u"invoiceKey"_s).toString();
    in.invoiceUrl = body.value(u"invoiceUrl"_s).toString();
    in.courier = body.value(u"courier"_s).toString();
    in.trackingNumber = body.value(u"trackingNumber"_s).toString();
    in.trackingUrl = body.value(u"trackingUrl"_s).toString();
    in.embeddedInvoice = body.value(u"embeddedInvoice"_s).toString();
    in.issuanceDateText = issuance;
    in.dispatchedDateText = body.value(u"dispatchedDate"_s).toString();

    // A new invoice must suit the order's state; the same number again replaces the old one.
    const qsizetype existing = findPackage(r->state.packages, number);
    const QString status = r->state.status;
    if (existing < 0 && type == u"Input" && status != u"invoiced") {
        return vtexError(409, u"OMS003"_s,
                         u"Order status should be invoiced to receive a return (Input) invoice"_s);
    }
    if (existing < 0 && type == u"Output" && status != u"ready-for-handling" &&
        status != u"handling") {
        return vtexError(
            409, u"OMS003"_s,
            u"Order %1 is %2: an Output invoice needs ready-for-handling or handling"_s.arg(
                orderId, status));
    }

    // Quantities already on Output invoices, per order line.
    QList<int> invoiced(g.items.size(), 0);
    for (qsizetype p = 0; p < r->state.packages.size(); ++p) {
        const QJsonObject &package = r->state.packages[p];
        if (p == existing || package.value(u"type"_s).toString() != u"Output")
            continue;
        for (const auto &line : package.value(u"items"_s).toArray()) {
            const int index = line[u"itemIndex"_s].toInt(-1);
            if (index >= 0 && index < invoiced.size())
                invoiced[index] += line[u"quantity"_s].toInt();
        }
    }

    const QJsonArray items = body.value(u"items"_s).toArray();
    QList<int> adding(g.items.size(), 0);
    if (items.isEmpty() && type == u"Output") {
        // No items: VTEX invoices what is left of the order.
        for (qsizetype i = 0; i < g.items.size(); ++i)
            adding[i] = g.items[i].quantity - invoiced[i];
    }
    for (const auto &v : items) {
        const QJsonObject line = v.toObject();
        const QString sku = text(line.value(u"id"_s));
        int quantity = line.value(u"quantity"_s).toInt(0);
        if (quantity <= 0)
            return badRequest(u"Item %1: quantity must be greater than 0"_s.arg(sku));
        bool known = false;
        for (qsizetype i = 0; i < g.items.size() && quantity > 0; ++i) {
            if (g.items[i].skuId != sku)
                continue;
            known = true;
            const int room =
                type == u"Output" ? g.items[i].quantity - invoiced[i] - adding[i] : quantity;
            const int take = std::min(room, quantity);
            adding[i] += take;
            quantity -= take;
        }
        if (!known)
            return badRequest(u"Item %1 is not in order %2"_s.arg(sku, orderId));
        if (quantity > 0)
            return badRequest(
                u"Item %1: invoiced quantity exceeds the quantity ordered"_s.arg(sku));
    }
    for (qsizetype i = 0; i < g.items.size(); ++i) {
        if (adding[i] > 0)
            in.lines.append({int(i), adding[i], g.items[i].sellingPrice()});
    }

    if (existing >= 0) {
        // Same number again: VTEX replaces the invoice and issues a new receipt.
        QJsonObject package = makePackage(in);
        package[u"courierStatus"_s] = r->state.packages[existing].value(u"courierStatus"_s);
        r->state.packages[existing] = package;
        touch(*r);
        return receipt(orderId);
    }
    if (type == u"Input") {
        r->state.packages.append(makePackage(in));
        touch(*r);
        return receipt(orderId);
    }
    if (in.lines.isEmpty())
        return badRequest(u"Nothing left to invoice in order %1"_s.arg(orderId));

    r->state.packages.append(makePackage(in));
    bool complete = true;
    for (qsizetype i = 0; i < g.items.size(); ++i)
        complete = complete && invoiced[i] + adding[i] >= g.items[i].quantity;
    if (complete) {
        // "After the insertion of the invoice, the order's total value will be updated": the
        // store settles for the invoices, so an invoice without the freight loses the freight.
        qint64 settled = 0;
        for (const QJsonObject &package : std::as_const(r->state.packages)) {
            if (package.value(u"type"_s).toString() == u"Output")
                settled += package.value(u"invoiceValue"_s).toInteger();
        }
        r->state.settledValue = settled;
        r->value = settled;
        changeStatus(*r, u"invoiced"_s);
        r->state.invoicedDate = r->state.lastChange;
    } else if (status == u"ready-for-handling") {
        changeStatus(*r, u"handling"_s);
    } else {
        touch(*r);
    }
    return receipt(orderId);
}

HttpReply OrderStore::updateInvoice(const QString &orderId, const QString &invoiceNumber,
                                    const QJsonObject &body)
{
    OrderRecord *r = find(orderId);
    if (!r)
        return notFound(orderId);
    const qsizetype p = findPackage(r->state.packages, invoiceNumber);
    if (p < 0) {
        return vtexError(404, u"OMS006"_s,
                         u"Invoice %1 not found in order %2"_s.arg(invoiceNumber, orderId));
    }
    QJsonObject &package = r->state.packages[p];
    for (const auto &key :
         {u"trackingNumber"_s, u"trackingUrl"_s, u"courier"_s, u"dispatchedDate"_s}) {
        if (body.contains(key))
            package[key] = nullIfEmpty(body.value(key));
    }
    touch(*r);
    return receipt(orderId);
}

HttpReply OrderStore::updateTracking(const QString &orderId, const QString &invoiceNumber,
                                     const QJsonObject &body)
{
    OrderRecord *r = find(orderId);
    if (!r)
        return notFound(orderId);
    const qsizetype p = findPackage(r->state.packages, invoiceNumber);
    if (p < 0) {
        return vtexError(404, u"OMS006"_s,
                         u"Invoice %1 not found in order %2"_s.arg(invoiceNumber, orderId));
    }
    QJsonObject &package = r->state.packages[p];
    if (package.value(u"trackingNumber"_s).toString().isEmpty()) {
        return badRequest(u"Invoice %1 has no tracking number: send it with PATCH "
                          "/api/oms/pvt/orders/%2/invoice/%1 first"_s.arg(invoiceNumber, orderId));
    }
    if (!body.value(u"isDelivered"_s).isBool() || !body.value(u"events"_s).isArray())
        return badRequest(u"isDelivered (boolean) and events (array) are required"_s);
    const bool delivered = body.value(u"isDelivered"_s).toBool();
    const QString stamp = vtexDateTime(now());
    QJsonArray data;
    for (const auto &v : body.value(u"events"_s).toArray()) {
        const QJsonObject e = v.toObject();
        data.append(QJsonObject{{u"lastChange"_s, stamp},
                                {u"city"_s, e.value(u"city"_s)},
                                {u"state"_s, e.value(u"state"_s)},
                                {u"description"_s, e.value(u"description"_s)},
                                {u"createDate"_s, e.value(u"date"_s)}});
    }
    package[u"courierStatus"_s] =
        QJsonObject{{u"status"_s, delivered ? u"delivered"_s : u"in-transit"_s},
                    {u"finished"_s, delivered},
                    {u"deliveredDate"_s, nullIfEmpty(body.value(u"deliveredDate"_s))},
                    {u"data"_s, data}};
    touch(*r);
    return receipt(orderId);
}

} // namespace despacho::sandbox
