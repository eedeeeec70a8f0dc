// e-vendi's order as Despacho reads it: the one order e-vendi documents (its getOrdersOpened
// example of 2021-12, tests/core/data/evendi-order-2021-12.json, copied from
// ../shared/docs/e-vendi) and the awkward values around it: float reais to exact cents, ids as
// numbers, epoch-ms dates, decimal-comma sizes, the status from searchOrders.
#include "core/evendiorder.h"
#include "core/orderdecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
QJsonObject documented()
{
    QFile f(QStringLiteral(DESPACHO_TEST_DATA "/evendi-order-2021-12.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TstEvendiOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheDocumentedOrder()
    {
        const QJsonObject doc = evendiDocument(documented(), u"open"_s);
        QCOMPARE(doc.value(u"status"_s).toString(), u"OPEN"_s);
        const OrderParseResult r = decodeOrder(Channel::Evendi, doc);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Order &o = r.order;
        QCOMPARE(o.channel, Channel::Evendi);
        QCOMPARE(o.orderId, u"ID"_s);
        QCOMPARE(o.sequence, u"1001"_s); // orderNumber 1001, never "1001.0"
        QCOMPARE(o.status, u"OPEN"_s);
        QCOMPARE(o.creationDate.toMSecsSinceEpoch(), 1630699080656LL);
        QCOMPARE(o.creationDate.timeSpec(), Qt::UTC);
        QCOMPARE(o.value.cents(), 540); // "value": 5.4
        QCOMPARE(o.totals.items.cents(), 290);
        QCOMPARE(o.totals.shipping.cents(), 250);
        QCOMPARE(o.totals.discounts.cents(), 0);
        QCOMPARE(o.totals.total(), o.value);
        QCOMPARE(o.customer.fullName(), u"nome"_s);
        QCOMPARE(o.customer.document, u"00000000000"_s);
        QCOMPARE(o.customer.phone, u"+5544999999999"_s);
        QCOMPARE(o.shippingAddress.city, u"Cianorte"_s);
        QCOMPARE(o.shippingAddress.state, u"PR"_s);
        QCOMPARE(o.shippingAddress.number, u"3333"_s);
        QCOMPARE(o.shippingAddress.postalCode, u"3333333"_s);
        QCOMPARE(o.items.size(), 1);
        QCOMPARE(o.items[0].name, u"com cor por tamanho (P, Verde)"_s);
        QCOMPARE(o.items[0].skuId, u"005000P001"_s);
        QCOMPARE(o.items[0].refId, u"5001"_s);
        QCOMPARE(o.items[0].quantity, 1);
        QCOMPARE(o.items[0].sellingPrice.cents(), 290);
        QCOMPARE(o.transactions.size(), 1);
        QCOMPARE(o.transactions[0].payments[0].paymentSystemName, u"presential"_s);
        QCOMPARE(o.transactions[0].payments[0].installments, 1);
        // What the list and search keep of it.
        const OrderSummary s = summaryFromOrder(o, u"Marketplace"_s);
        QCOMPARE(s.channel, Channel::Evendi);
        QCOMPARE(s.totalValue.cents(), 540);
        QCOMPARE(s.itemCount, 1);
        QVERIFY(s.searchTerms.contains(u"005000P001"_s));
    }

    // The status comes from searchOrders; the row fills what the order object leaves out.
    void statusAndGapsFromTheSearchRow()
    {
        QJsonObject order = documented();
        order.remove(u"orderNumber"_s);
        order.remove(u"paymentMethod"_s);
        const QJsonObject row{{u"id"_s, u"ID"_s},
                              {u"orderNumber"_s, 1001},
                              {u"status"_s, u"CLOSED"_s},
                              {u"paymentMethod"_s, u"boleto"_s},
                              {u"paymentStatus"_s, u"paid"_s}};
        const OrderParseResult r = orderFromEvendiJson(evendiDocument(order, QString(), row));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.order.status, u"CLOSED"_s);
        QCOMPARE(r.order.sequence, u"1001"_s);
        QCOMPARE(r.order.transactions[0].payments[0].paymentSystemName, u"boleto"_s);
        QCOMPARE(r.order.statusDescription, u"paid"_s);
    }

    void awkwardMoney_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("0.29") << 0.29 << qint64(29);
        QTest::newRow("4.35") << 4.35 << qint64(435);
        QTest::newRow("1.15") << 1.15 << qint64(115);
        QTest::newRow("1234.56") << 1234.56 << qint64(123456);
        QTest::newRow("19.9") << 19.9 << qint64(1990);
    }
    void awkwardMoney()
    {
        QFETCH(double, value);
        QFETCH(qint64, cents);
        QJsonObject order = documented();
        order.insert(u"value"_s, value);
        QJsonArray products = order.value(u"products"_s).toArray();
        QJsonObject product = products.at(0).toObject();
        QJsonArray items = product.value(u"items"_s).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(u"price"_s, value);
        items[0] = item;
        product.insert(u"items"_s, items);
        products[0] = product;
        order.insert(u"products"_s, products);
        const OrderParseResult r = orderFromEvendiJson(evendiDocument(order, u"OPEN"_s));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.order.value.cents(), cents);
        QCOMPARE(r.order.items[0].sellingPrice.cents(), cents);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no id") << u"id"_s << u"OPEN"_s << u"no id"_s;
        QTest::newRow("no status") << QString() << QString() << u"no status"_s;
        QTest::newRow("no date") << u"createdAt"_s << u"OPEN"_s << u"createdAt"_s;
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QString, remove);
        QFETCH(QString, status);
        QFETCH(QString, message);
        QJsonObject order = documented();
        if (!remove.isEmpty())
            order.remove(remove);
        const OrderParseResult r = orderFromEvendiJson(evendiDocument(order, status));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QJsonObject bad = documented();
        bad.insert(u"value"_s, u"cinco reais"_s);
        const OrderParseResult money = orderFromEvendiJson(evendiDocument(bad, u"OPEN"_s));
        QVERIFY(!money.ok());
        QVERIFY2(money.error.contains(u"value"_s) && money.error.contains(u"ID"_s),
                 qPrintable(money.error));
    }

    void decimalCommaSizes()
    {
        QCOMPARE(evendiDecimal(u"1,23"_s), std::optional<double>(1.23));
        QCOMPARE(evendiDecimal(u"123,00"_s), std::optional<double>(123.0));
        QCOMPARE(evendiDecimal(u"1.234,5"_s), std::optional<double>(1234.5));
        QCOMPARE(evendiDecimal(u"12.5"_s), std::optional<double>(12.5));
        QVERIFY(!evendiDecimal(u""_s));
        QVERIFY(!evendiDecimal(u"abc"_s));
    }
};

QTEST_GUILESS_MAIN(TstEvendiOrder)
#include "tst_evendiorder.moc"
