#include "core/datetime.h"
#include "core/orderjson.h"
#include "skiporfail.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
QString specDir()
{
    const QByteArray env = qgetenv("DESPACHO_SPEC_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStringLiteral(DESPACHO_SOURCE_DIR) + u"/../shared/api"_s;
}
} // namespace

class TestOrderJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void specExampleOrder()
    {
        QFile f(specDir() + u"/vtex-orders-api.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            DESPACHO_SKIP_OR_FAIL(qPrintable(u"VTEX spec not found at %1: put "
                                             "vtex-orders-api.json in DESPACHO_SPEC_DIR "
                                             "(default ../shared/api)"_s.arg(f.fileName())));
        const QJsonObject spec = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject example =
            spec["paths"_L1]["/api/oms/pvt/orders/{orderId}"_L1]["get"_L1]["responses"_L1]["200"_L1]
                ["content"_L1]["application/json"_L1]["example"_L1]
                    .toObject();
        QVERIFY(!example.isEmpty());
        const auto r = orderFromVtexJson(example);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Order &o = r.order;
        QCOMPARE(o.orderId, u"1172452900788-01"_s);
        QCOMPARE(o.status, u"handling"_s);
        QCOMPARE(o.value.cents(), 1160);
        QCOMPARE(o.totals.items.cents(), 99);
        QCOMPARE(o.totals.shipping.cents(), 300);
        QCOMPARE(toIsoUtc(o.lastChange), u"2024-02-06T20:46:11.701Z"_s);
        QCOMPARE(o.items.size(), 1);
        QCOMPARE(o.items[0].name, u"Bay Max L"_s);
        QCOMPARE(o.items[0].sellingPrice.cents(), 990);
        QCOMPARE(o.items[0].listPrice.cents(), 1990);
        QCOMPARE(o.customer.fullName(), u"Rodrigo Smith"_s);
        QCOMPARE(o.customer.document, u"845.134.270-19"_s);
        QCOMPARE(o.shippingAddress.city, u"Rio de Janeiro"_s);
        QCOMPARE(o.shippingAddress.state, u"RJ"_s);
        QCOMPARE(o.logistics.size(), 1);
        QCOMPARE(o.logistics[0].selectedSla, u"Normal"_s);
        QCOMPARE(o.logistics[0].deliveryIds[0].courierName, u"Correios"_s);
        QCOMPARE(o.transactions.size(), 1);
        QCOMPARE(o.transactions[0].transactionId, u"E4CFCEA1A2BF42AE9A3FAE8ED460CBFE"_s);
        QCOMPARE(o.transactions[0].payments[0].value.cents(), 3990);
        QCOMPARE(o.packages.size(), 1);
        QCOMPARE(o.packages[0].invoiceNumber, u"24382"_s);
        QCOMPARE(o.packages[0].trackingNumber, u"TRK-48960684"_s);
        QVERIFY(o.packages[0].delivered);
        QCOMPARE(o.packages[0].events.size(), 1);
        QCOMPARE(o.courier(), u"PAC Correios"_s);

        const OrderSummary s = summaryFromOrder(o, u"loja"_s);
        QCOMPARE(s.account, u"loja"_s);
        QCOMPARE(s.totalValue.cents(), 1160);
        QCOMPARE(s.itemCount, 1);
        QCOMPARE(s.trackingNumber, u"TRK-48960684"_s);
    }

    void nullsAsVtexSendsThem()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({
            "orderId": "v502556llux-01", "sequence": "502556", "status": "ready-for-handling",
            "value": 1160, "creationDate": "2019-01-28T20:09:43.899958+00:00", "lastChange": null,
            "totals": null,
            "items": [{"id": "2", "ean": null, "name": "Camiseta", "quantity": 2, "price": 500,
                       "listPrice": 500, "sellingPrice": 450, "priceTags": null, "refId": null}],
            "clientProfileData": {"firstName": "J", "lastName": null, "document": "52998224725",
                                  "corporateName": null, "isCorporate": false},
            "shippingData": {"address": {"street": "Rua A", "number": null, "complement": null,
                                         "reference": null, "city": "Recife", "state": "PE"},
                             "logisticsInfo": null},
            "paymentData": null, "packageAttachment": {"packages": []}, "sellers": null
        })")
                                     .object();
        const auto r = orderFromVtexJson(json);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.order.items[0].ean, QString());
        QCOMPARE(r.order.items[0].discount().cents(), 100);
        QCOMPARE(r.order.items[0].lineTotal().cents(), 900);
        QCOMPARE(r.order.customer.fullName(), u"J"_s);
        QCOMPARE(r.order.shippingAddress.oneLine(), u"Rua A · Recife/PE"_s);
        QVERIFY(!r.order.lastChange.isValid());
        QCOMPARE(r.order.totalQuantity(), 2);
    }

    // Price tags: VTEX's objects (what real orders and the spec's own order-group example carry),
    // and the bare strings the spec's schema declares.
    void priceTagsAsObjectsAndAsTheSchemasStrings()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({
            "orderId": "v1-01", "status": "handling", "value": 1812,
            "creationDate": "2022-07-06T09:11:51.4597231+00:00",
            "items": [{"id": "12", "quantity": 1, "price": 2265, "sellingPrice": 1812,
                       "priceTags": [{"name": "discount@price-d0231eb3-e9bb430d", "value": -453,
                                      "isPercentual": false, "identifier": "d0231eb3",
                                      "rawValue": -4.53}]},
                      {"id": "13", "quantity": 1, "price": 100,
                       "priceTags": ["discount@price-77-aa"]}]
        })")
                                     .object();
        const auto r = orderFromVtexJson(json);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.order.items[0].priceTags.size(), 1);
        QCOMPARE(r.order.items[0].priceTags[0].name, u"discount@price-d0231eb3-e9bb430d"_s);
        QCOMPARE(r.order.items[0].priceTags[0].value.cents(), -453);
        QCOMPARE(r.order.items[1].priceTags.size(), 1);
        QCOMPARE(r.order.items[1].priceTags[0].name, u"discount@price-77-aa"_s);
        QCOMPARE(r.order.items[1].priceTags[0].value.cents(), 0);
    }

    void missingFieldsAreNamed()
    {
        auto r = orderFromVtexJson(QJsonObject{{u"status"_s, u"handling"_s}});
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"orderId"_s));
        r = orderFromVtexJson(QJsonObject{{u"orderId"_s, u"x-01"_s},
                                          {u"status"_s, u"handling"_s},
                                          {u"creationDate"_s, u"not a date"_s}});
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"x-01"_s));
        QVERIFY(r.error.contains(u"creationDate"_s));
    }

    // The packing station's fields: the earliest shipping estimate, pickup, channel, search terms.
    void shipByPickupChannelAndSearchTerms()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({
            "orderId": "v9-01", "status": "handling", "value": 1000,
            "creationDate": "2026-11-18T10:00:00.0000000+00:00",
            "salesChannel": "2", "affiliateId": "MLB",
            "items": [{"id": "88", "refId": "R-88", "ean": "7891234567895", "quantity": 1},
                      {"id": "89", "refId": null, "ean": null, "quantity": 2}],
            "shippingData": {"logisticsInfo": [
                {"itemIndex": 0, "shippingEstimate": "3bd",
                 "shippingEstimateDate": "2026-11-21T18:00:00.0000000+00:00",
                 "deliveryChannel": "delivery"},
                {"itemIndex": 1, "shippingEstimate": "1bd",
                 "shippingEstimateDate": "2026-11-19T21:28:00.1234567+00:00",
                 "deliveryChannel": "pickup-in-point"}]},
            "packageAttachment": {"packages": [
                {"invoiceNumber": "NF1", "trackingNumber": "QB123456785BR"}]}
        })")
                                     .object();
        const auto r = orderFromVtexJson(json);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.order.shipBy(), QDateTime(QDate(2026, 11, 19), QTime(21, 28, 0, 123), Qt::UTC));
        QVERIFY(r.order.isPickup());
        const OrderSummary s = summaryFromOrder(r.order, u"loja"_s);
        QCOMPARE(s.shipBy, r.order.shipBy());
        QVERIFY(s.pickup);
        QCOMPARE(s.salesChannel, u"2/MLB"_s);
        QCOMPARE(s.searchTerms, (QStringList{u"88"_s, u"R-88"_s, u"7891234567895"_s, u"89"_s,
                                             u"QB123456785BR"_s, u"NF1"_s}));
        // No estimate, no pickup: an order without logistics.
        QJsonObject bare = json;
        bare.remove(u"shippingData"_s);
        const auto b = orderFromVtexJson(bare);
        QVERIFY(!b.order.shipBy().isValid());
        QVERIFY(!b.order.isPickup());
    }

    void overdueRule()
    {
        const QDateTime shipBy(QDate(2026, 11, 19), QTime(21, 0), Qt::UTC);
        const QDateTime after = shipBy.addSecs(60);
        QVERIFY(isOverdue(shipBy, u"ready-for-handling"_s, after));
        QVERIFY(isOverdue(shipBy, u"handling"_s, after));
        QVERIFY(isOverdue(shipBy, u"invoice-after-cancellation-deny"_s, after)); // must still ship
        QVERIFY(!isOverdue(shipBy, u"handling"_s, shipBy.addSecs(-60)));
        for (const QString &done : {u"invoice"_s, u"invoiced"_s, u"canceled"_s, u"canceling"_s,
                                    u"cancellation-requested"_s, u"replaced"_s})
            QVERIFY2(!isOverdue(shipBy, done, after), qPrintable(done));
        QVERIFY(!isOverdue(QDateTime(), u"handling"_s, after));
    }

    void listRowsAndDigest()
    {
        QJsonObject row{{u"orderId"_s, u"v1-01"_s},
                        {u"status"_s, u"handling"_s},
                        {u"creationDate"_s, u"2019-02-04T10:29:11+00:00"_s},
                        {u"clientName"_s, u"J C"_s},
                        {u"totalValue"_s, 7453},
                        {u"totalItems"_s, 1}};
        OrderSummary s;
        QVERIFY(summaryFromListRow(row, u"a"_s, &s).ok());
        QCOMPARE(s.totalValue.cents(), 7453);
        QCOMPARE(s.clientName, u"J C"_s);
        QVERIFY(!s.shipBy.isValid());
        QVERIFY(summaryFromListRow(row, u"a"_s, &s).ok());
        row[u"ShippingEstimatedDate"_s] = u"2019-02-07T21:29:11.0000000+00:00"_s;
        row[u"salesChannel"_s] = u"1"_s;
        QVERIFY(summaryFromListRow(row, u"a"_s, &s).ok());
        QCOMPARE(s.shipBy, QDateTime(QDate(2019, 2, 7), QTime(21, 29, 11), Qt::UTC));
        QCOMPARE(s.salesChannel, u"1"_s);
        const QString before = s.listDigest;
        row[u"status"_s] = u"invoiced"_s;
        QVERIFY(listRowDigest(row) != before);
        row[u"status"_s] = u"handling"_s;
        QCOMPARE(listRowDigest(row), before);
        row.remove(u"status"_s);
        QVERIFY(!summaryFromListRow(row, u"a"_s, &s).ok());
    }
};

QTEST_GUILESS_MAIN(TestOrderJson)
#include "tst_orderjson.moc"
