#include "core/orderjson.h"

#include "core/datetime.h"
#include "core/orderstatus.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace despacho {

namespace {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

Money cents(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return Money(v.toString().toLongLong());
    return Money(static_cast<qint64>(v.toDouble()));
}

QDateTime date(const QJsonObject &o, QLatin1StringView key)
{
    return parseVtexDateTime(str(o, key));
}

// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::OrderJson)
};

Address addressFrom(const QJsonObject &a)
{
    Address r;
    r.receiverName = str(a, "receiverName"_L1);
    r.postalCode = str(a, "postalCode"_L1);
    r.street = str(a, "street"_L1);
    r.number = str(a, "number"_L1);
    r.complement = str(a, "complement"_L1);
    r.neighborhood = str(a, "neighborhood"_L1);
    r.city = str(a, "city"_L1);
    r.state = str(a, "state"_L1);
    r.country = str(a, "country"_L1);
    r.reference = str(a, "reference"_L1);
    return r;
}

OrderItem itemFrom(const QJsonObject &i)
{
    OrderItem item;
    item.uniqueId = str(i, "uniqueId"_L1);
    item.skuId = str(i, "id"_L1);
    item.productId = str(i, "productId"_L1);
    item.refId = str(i, "refId"_L1);
    item.ean = str(i, "ean"_L1);
    item.name = str(i, "name"_L1);
    item.quantity = i.value("quantity"_L1).toInt();
    item.price = cents(i, "price"_L1);
    item.listPrice = cents(i, "listPrice"_L1);
    item.sellingPrice =
        i.value("sellingPrice"_L1).isDouble() ? cents(i, "sellingPrice"_L1) : item.price;
    item.imageUrl = str(i, "imageUrl"_L1);
    item.measurementUnit = str(i, "measurementUnit"_L1);
    // VTEX sends each price tag as an object (name, value, isPercentual, identifier, rawValue);
    // the spec's schema has a bare string, read as the tag's name with no value.
    const QJsonArray tags = i.value("priceTags"_L1).toArray();
    for (const QJsonValue &t : tags) {
        if (t.isString()) {
            item.priceTags.append({t.toString(), Money(), false});
            continue;
        }
        const QJsonObject tag = t.toObject();
        item.priceTags.append(
            {str(tag, "name"_L1), cents(tag, "value"_L1), tag.value("isPercentual"_L1).toBool()});
    }
    return item;
}

Package packageFrom(const QJsonObject &p)
{
    Package pkg;
    pkg.type = str(p, "type"_L1);
    pkg.invoiceNumber = str(p, "invoiceNumber"_L1);
    pkg.invoiceValue = cents(p, "invoiceValue"_L1);
    pkg.invoiceKey = str(p, "invoiceKey"_L1);
    pkg.invoiceUrl = str(p, "invoiceUrl"_L1);
    pkg.issuanceDate = date(p, "issuanceDate"_L1);
    pkg.courier = str(p, "courier"_L1);
    pkg.trackingNumber = str(p, "trackingNumber"_L1);
    pkg.trackingUrl = str(p, "trackingUrl"_L1);
    const QJsonObject status = p.value("courierStatus"_L1).toObject();
    pkg.delivered = status.value("finished"_L1).toBool();
    pkg.deliveredDate = date(status, "deliveredDate"_L1);
    const QJsonArray events = status.value("data"_L1).toArray();
    for (const QJsonValue &e : events) {
        const QJsonObject ev = e.toObject();
        QDateTime when = date(ev, "createDate"_L1);
        if (!when.isValid())
            when = date(ev, "date"_L1);
        pkg.events.append(
            {str(ev, "city"_L1), str(ev, "state"_L1), str(ev, "description"_L1), when});
    }
    const QJsonArray items = p.value("items"_L1).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject it = v.toObject();
        pkg.items.append({it.value("itemIndex"_L1).toInt(), it.value("quantity"_L1).toInt(),
                          cents(it, "price"_L1)});
    }
    return pkg;
}

} // namespace

Money OrderItem::discount() const
{
    const Money perUnit = price - sellingPrice;
    return perUnit.cents() > 0 ? perUnit * quantity : Money();
}

QString Customer::fullName() const
{
    if (isCorporate && !corporateName.isEmpty())
        return corporateName;
    return QString(firstName + u' ' + lastName).trimmed();
}

QString Address::oneLine() const
{
    QStringList parts;
    QString first = street;
    if (!number.isEmpty())
        first += u", "_s + number;
    if (!complement.isEmpty())
        first += u" - "_s + complement;
    parts << first;
    if (!neighborhood.isEmpty())
        parts << neighborhood;
    parts << (city + u'/' + state);
    if (!postalCode.isEmpty())
        parts << postalCode;
    parts.removeAll(QString());
    return parts.join(u" · "_s);
}

int Order::totalQuantity() const
{
    int n = 0;
    for (const auto &i : items)
        n += i.quantity;
    return n;
}

QString Order::courier() const
{
    for (auto it = packages.crbegin(); it != packages.crend(); ++it) {
        if (!it->courier.isEmpty())
            return it->courier;
    }
    for (const auto &l : logistics) {
        for (const auto &d : l.deliveryIds) {
            if (!d.courierName.isEmpty())
                return d.courierName;
        }
    }
    return {};
}

QString Order::trackingNumber() const
{
    for (auto it = packages.crbegin(); it != packages.crend(); ++it) {
        if (!it->trackingNumber.isEmpty())
            return it->trackingNumber;
    }
    return {};
}

OrderParseResult orderFromVtexJson(const QJsonObject &json)
{
    OrderParseResult result;
    Order &o = result.order;
    o.orderId = str(json, "orderId"_L1);
    if (o.orderId.isEmpty()) {
        result.error = Tr::tr("the order has no orderId");
        return result;
    }
    o.status = str(json, "status"_L1);
    if (o.status.isEmpty()) {
        result.error = Tr::tr("order %1 has no status").arg(o.orderId);
        return result;
    }
    o.creationDate = date(json, "creationDate"_L1);
    if (!o.creationDate.isValid()) {
        result.error = Tr::tr("order %1 has an invalid creationDate \"%2\"")
                           .arg(o.orderId, str(json, "creationDate"_L1));
        return result;
    }
    if (!json.value("value"_L1).isDouble()) {
        result.error = Tr::tr("order %1 has no numeric value").arg(o.orderId);
        return result;
    }
    o.sequence = str(json, "sequence"_L1);
    o.statusDescription = str(json, "statusDescription"_L1);
    o.origin = str(json, "origin"_L1);
    o.salesChannel = str(json, "salesChannel"_L1);
    o.affiliateId = str(json, "affiliateId"_L1);
    o.orderGroup = str(json, "orderGroup"_L1);
    o.value = cents(json, "value"_L1);
    o.lastChange = date(json, "lastChange"_L1);
    o.authorizedDate = date(json, "authorizedDate"_L1);
    o.invoicedDate = date(json, "invoicedDate"_L1);
    o.allowCancellation = json.value("allowCancellation"_L1).toBool();
    o.cancelReason = str(json, "cancelReason"_L1);

    const QJsonArray totals = json.value("totals"_L1).toArray();
    for (const QJsonValue &v : totals) {
        const QJsonObject t = v.toObject();
        const QString id = str(t, "id"_L1);
        if (id == u"Items"_s)
            o.totals.items = cents(t, "value"_L1);
        else if (id == u"Discounts"_s)
            o.totals.discounts = cents(t, "value"_L1);
        else if (id == u"Shipping"_s)
            o.totals.shipping = cents(t, "value"_L1);
        else if (id == u"Tax"_s)
            o.totals.tax = cents(t, "value"_L1);
    }
    const QJsonArray items = json.value("items"_L1).toArray();
    for (const QJsonValue &v : items)
        o.items.append(itemFrom(v.toObject()));

    const QJsonObject client = json.value("clientProfileData"_L1).toObject();
    o.customer.firstName = str(client, "firstName"_L1);
    o.customer.lastName = str(client, "lastName"_L1);
    o.customer.email = str(client, "email"_L1);
    o.customer.documentType = str(client, "documentType"_L1);
    o.customer.document = str(client, "document"_L1);
    o.customer.phone = str(client, "phone"_L1);
    o.customer.isCorporate = client.value("isCorporate"_L1).toBool();
    o.customer.corporateName = str(client, "corporateName"_L1);
    o.customer.corporateDocument = str(client, "corporateDocument"_L1);

    const QJsonObject shipping = json.value("shippingData"_L1).toObject();
    o.shippingAddress = addressFrom(shipping.value("address"_L1).toObject());
    const QJsonArray logistics = shipping.value("logisticsInfo"_L1).toArray();
    for (const QJsonValue &v : logistics) {
        const QJsonObject l = v.toObject();
        LogisticsInfo info;
        info.itemIndex = l.value("itemIndex"_L1).toInt();
        info.selectedSla = str(l, "selectedSla"_L1);
        info.deliveryCompany = str(l, "deliveryCompany"_L1);
        info.shippingEstimate = str(l, "shippingEstimate"_L1);
        info.shippingEstimateDate = date(l, "shippingEstimateDate"_L1);
        info.deliveryChannel = str(l, "deliveryChannel"_L1);
        info.price = cents(l, "price"_L1);
        const QJsonArray ids = l.value("deliveryIds"_L1).toArray();
        for (const QJsonValue &d : ids) {
            const QJsonObject di = d.toObject();
            info.deliveryIds.append({str(di, "courierId"_L1), str(di, "courierName"_L1),
                                     str(di, "dockId"_L1), str(di, "warehouseId"_L1),
                                     di.value("quantity"_L1).toInt()});
        }
        o.logistics.append(info);
    }

    const QJsonArray transactions =
        json.value("paymentData"_L1).toObject().value("transactions"_L1).toArray();
    for (const QJsonValue &v : transactions) {
        const QJsonObject t = v.toObject();
        Transaction tr;
        tr.transactionId = str(t, "transactionId"_L1);
        tr.isActive = t.value("isActive"_L1).toBool();
        tr.merchantName = str(t, "merchantName"_L1);
        const QJsonArray payments = t.value("payments"_L1).toArray();
        for (const QJsonValue &p : payments) {
            const QJsonObject po = p.toObject();
            tr.payments.append({str(po, "id"_L1), str(po, "paymentSystemName"_L1),
                                str(po, "group"_L1), cents(po, "value"_L1),
                                po.value("installments"_L1).toInt(), str(po, "firstDigits"_L1),
                                str(po, "lastDigits"_L1), str(po, "tid"_L1)});
        }
        o.transactions.append(tr);
    }

    const QJsonArray packages =
        json.value("packageAttachment"_L1).toObject().value("packages"_L1).toArray();
    for (const QJsonValue &v : packages)
        o.packages.append(packageFrom(v.toObject()));

    const QJsonArray sellers = json.value("sellers"_L1).toArray();
    if (!sellers.isEmpty())
        o.sellerName = str(sellers.first().toObject(), "name"_L1);
    return result;
}

QList<PackageRef> packageRefsOf(const Order &order)
{
    QList<PackageRef> refs;
    refs.reserve(order.packages.size());
    for (const Package &p : order.packages)
        refs.append({p.type, p.invoiceNumber, p.invoiceKey, p.trackingNumber});
    return refs;
}

OrderSummary summaryFromOrder(const Order &order, const QString &account)
{
    OrderSummary s;
    s.account = account;
    s.channel = order.channel;
    s.orderId = order.orderId;
    s.sequence = order.sequence;
    s.status = order.status;
    s.creationDate = order.creationDate;
    s.clientName = order.customer.fullName();
    s.clientDocument = order.customer.isCorporate && !order.customer.corporateDocument.isEmpty()
                           ? order.customer.corporateDocument
                           : order.customer.document;
    s.clientEmail = order.customer.email;
    s.totalValue = order.value;
    s.itemCount = order.totalQuantity();
    s.courier = order.courier();
    s.trackingNumber = order.trackingNumber();
    s.lastChange = order.lastChange;
    s.shipBy = order.shipBy();
    s.pickup = order.isPickup();
    s.salesChannel = salesChannelKey(order.salesChannel, order.affiliateId);
    for (const OrderItem &item : order.items)
        s.searchTerms << item.skuId << item.refId << item.ean;
    for (const Package &p : order.packages)
        s.searchTerms << p.trackingNumber << p.invoiceNumber;
    s.packages = packageRefsOf(order);
    s.searchTerms.removeAll(QString());
    s.searchTerms.removeDuplicates();
    return s;
}

OrderParseResult summaryFromListRow(const QJsonObject &row, const QString &account,
                                    OrderSummary *summary)
{
    OrderParseResult result;
    OrderSummary s;
    s.account = account;
    s.orderId = str(row, "orderId"_L1);
    if (s.orderId.isEmpty()) {
        result.error = Tr::tr("a list row has no orderId");
        return result;
    }
    s.status = str(row, "status"_L1);
    if (s.status.isEmpty()) {
        result.error = Tr::tr("order %1 has no status in the list").arg(s.orderId);
        return result;
    }
    s.creationDate = date(row, "creationDate"_L1);
    if (!s.creationDate.isValid()) {
        result.error = Tr::tr("order %1 has an invalid creationDate \"%2\" in the list")
                           .arg(s.orderId, str(row, "creationDate"_L1));
        return result;
    }
    s.sequence = str(row, "sequence"_L1);
    s.clientName = str(row, "clientName"_L1);
    s.totalValue = cents(row, "totalValue"_L1);
    s.itemCount = row.value("totalItems"_L1).toInt();
    s.shipBy = date(row, "ShippingEstimatedDate"_L1);
    s.salesChannel = salesChannelKey(str(row, "salesChannel"_L1), str(row, "affiliateId"_L1));
    s.listDigest = listRowDigest(row);
    *summary = s;
    return result;
}

QString listRowDigest(const QJsonObject &row)
{
    static const char *const fields[] = {
        "status",         "totalValue",      "totalItems",           "ShippingEstimatedDate",
        "authorizedDate", "orderIsComplete", "workflowInErrorState", "workflowInRetry",
        "paymentNames",   "invoiceOutput",   "invoiceInput",         "lastMessageUnread"};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const char *f : fields) {
        const QJsonValue v = row.value(QLatin1StringView(f));
        hash.addData(QLatin1StringView(f));
        hash.addData(QByteArrayView("="));
        hash.addData(QJsonValue(v).toVariant().toString().toUtf8());
        hash.addData(QByteArrayView(";"));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace despacho
