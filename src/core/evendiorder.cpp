#include "core/evendiorder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace despacho {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::EvendiOrder)
};

// A JSON value that e-vendi sends as a string or a number ("1001" or 1001), as text.
QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d)); // 1001, never "1001.0"
        return QString::number(d, 'f', QLocale::FloatingPointShortest);
    }
    return {};
}

// Reais to cents; an absent value is zero, one that is not a number is an error.
bool money(const QJsonObject &o, QLatin1StringView key, Money *out, QString *error,
           const QString &orderId)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = Money();
        return true;
    }
    const std::optional<Money> m = v.isDouble()   ? Money::fromReais(v.toDouble())
                                   : v.isString() ? Money::parse(v.toString())
                                                  : std::nullopt;
    if (!m) {
        *error = Tr::tr("e-vendi order %1 has an invalid %2").arg(orderId, key);
        return false;
    }
    *out = *m;
    return true;
}
} // namespace

QJsonObject evendiDocument(const QJsonObject &order, const QString &status,
                           const QJsonObject &searchRow)
{
    QJsonObject doc{{u"order"_s, order}, {u"status"_s, status.trimmed().toUpper()}};
    if (!searchRow.isEmpty())
        doc.insert(u"searchRow"_s, searchRow);
    return doc;
}

std::optional<double> evendiDecimal(const QString &value)
{
    QString t = value.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // "1.234,56", "123,00", "1,23"; a plain "12.5" too.
    if (t.contains(u','))
        t = t.remove(u'.').replace(u',', u'.');
    bool ok = false;
    const double d = t.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

OrderParseResult orderFromEvendiJson(const QJsonObject &document)
{
    OrderParseResult result;
    const QJsonObject o = document.value(u"order"_s).toObject();
    const QJsonObject row = document.value(u"searchRow"_s).toObject();
    Order &order = result.order;
    order.channel = Channel::Evendi;
    order.orderId = text(o.value(u"id"_s));
    if (order.orderId.isEmpty())
        order.orderId = text(row.value(u"id"_s));
    if (order.orderId.isEmpty()) {
        result.error = Tr::tr("the e-vendi order has no id");
        return result;
    }
    order.sequence = text(o.value(u"orderNumber"_s));
    if (order.sequence.isEmpty())
        order.sequence = text(row.value(u"orderNumber"_s));
    order.status = document.value(u"status"_s).toString().trimmed().toUpper();
    if (order.status.isEmpty())
        order.status = row.value(u"status"_s).toString().trimmed().toUpper();
    if (order.status.isEmpty()) {
        result.error = Tr::tr("e-vendi order %1 has no status (e-vendi gives it only in "
                              "searchOrders)")
                           .arg(order.orderId);
        return result;
    }
    const QJsonValue created =
        o.contains(u"createdAt"_s) ? o.value(u"createdAt"_s) : row.value(u"createdAt"_s);
    if (!created.isDouble() || created.toDouble() <= 0) {
        result.error = Tr::tr("e-vendi order %1 has no valid createdAt").arg(order.orderId);
        return result;
    }
    order.creationDate = QDateTime::fromMSecsSinceEpoch(qint64(created.toDouble()), Qt::UTC);
    order.lastChange = order.creationDate;
    order.origin = u"e-vendi"_s;
    order.statusDescription =
        o.value(u"paymentStatus"_s).toString(row.value(u"paymentStatus"_s).toString());

    // Totals: subTotal (products), freight, discount; value is what the customer paid.
    Money subTotal, freight, discount;
    if (!money(o, "subTotal"_L1, &subTotal, &result.error, order.orderId) ||
        !money(o, "freight"_L1, &freight, &result.error, order.orderId) ||
        !money(o, "discount"_L1, &discount, &result.error, order.orderId) ||
        !money(o, "value"_L1, &order.value, &result.error, order.orderId))
        return result;
    order.totals.items = subTotal;
    order.totals.shipping = freight;
    order.totals.discounts = Money() - discount;
    if (!o.contains(u"value"_s))
        order.value = order.totals.total();

    const QJsonObject customer = o.value(u"customer"_s).toObject();
    const QString name =
        customer.value(u"name"_s).toString(row.value(u"customerName"_s).toString()).simplified();
    order.customer.firstName = name.section(u' ', 0, 0);
    order.customer.lastName = name.section(u' ', 1);
    order.customer.email = customer.value(u"email"_s).toString();
    order.customer.document =
        customer.value(u"document"_s).toString(o.value(u"customerDocument"_s).toString());
    order.customer.documentType =
        order.customer.document.count(QRegularExpression(u"\\d"_s)) > 11 ? u"cnpj"_s : u"cpf"_s;
    order.customer.phone = customer.value(u"phone"_s).toString();

    const QJsonObject shipping = o.value(u"shipping"_s).toObject();
    Address &a = order.shippingAddress;
    a.receiverName = name;
    a.street = shipping.value(u"street"_s).toString();
    a.number = text(shipping.value(u"street_number"_s));
    a.complement = shipping.value(u"complementary"_s).toString();
    a.neighborhood = shipping.value(u"neighborhood"_s).toString();
    a.city = shipping.value(u"city"_s).toString();
    a.state = shipping.value(u"state"_s).toString();
    a.postalCode = text(shipping.value(u"zipCode"_s));
    a.country = shipping.value(u"country"_s).toObject().value(u"iso3"_s).toString();

    // Products and, inside each, the items sold (a size and a colour of it).
    const QJsonArray products = o.value(u"products"_s).toArray();
    for (qsizetype p = 0; p < products.size(); ++p) {
        const QJsonObject product = products.at(p).toObject();
        const QJsonArray items = product.value(u"items"_s).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject it = items.at(i).toObject();
            OrderItem item;
            item.uniqueId = text(it.value(u"id"_s));
            item.skuId = text(it.value(u"externalId"_s));
            item.productId = text(product.value(u"externalId"_s));
            item.refId = text(product.value(u"ref"_s));
            QStringList variant;
            for (const QString &key : {u"size"_s, u"color"_s}) {
                if (const QString v = it.value(key).toString().trimmed(); !v.isEmpty())
                    variant << v;
            }
            item.name = product.value(u"name"_s).toString().trimmed();
            if (!variant.isEmpty())
                item.name += u" ("_s + variant.join(u", "_s) + u')';
            item.quantity = it.value(u"qnt"_s).toInt(0);
            Money price;
            const QString where =
                u"%1, product %2 item %3"_s.arg(order.orderId).arg(p + 1).arg(i + 1);
            if (!money(it, "price"_L1, &price, &result.error, where))
                return result;
            item.price = item.listPrice = item.sellingPrice = price;
            item.measurementUnit = u"un"_s;
            order.items.append(item);
        }
    }

    Transaction transaction;
    Payment payment;
    payment.paymentSystemName =
        o.value(u"paymentMethod"_s).toString(row.value(u"paymentMethod"_s).toString());
    payment.value = order.value;
    payment.installments = o.value(u"parcels"_s).toInt(1);
    transaction.payments.append(payment);
    transaction.isActive = true;
    order.transactions.append(transaction);
    return result;
}

} // namespace despacho
