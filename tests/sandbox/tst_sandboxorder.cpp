// The sandbox's VTEX documents over real HTTP: the get-order shape (every section, totals that
// add up, valid CPFs, VTEX's nulls), the Payments Gateway transaction, and determinism.

#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using despacho::sandbox::SandboxOptions;
using despacho::sandbox::SandboxServer;

namespace {

const QString kOrders = u"/api/oms/pvt/orders"_s;

bool isValidCpf(const QString &text)
{
    QString d;
    for (const QChar c : text) {
        if (c.isDigit())
            d.append(c);
    }
    if (d.size() != 11)
        return false;
    for (int round = 0; round < 2; ++round) {
        const int n = 9 + round;
        int sum = 0;
        for (int i = 0; i < n; ++i)
            sum += (d.at(i).unicode() - u'0') * (n + 1 - i);
        const int rest = (sum * 10) % 11;
        if ((rest == 10 ? 0 : rest) != d.at(n).unicode() - u'0')
            return false;
    }
    return true;
}

// Items' imageUrl names the server that answers it (its port), so two stores built from the same
// seed agree on everything else.
QJsonObject withoutImageUrls(QJsonObject order)
{
    QJsonArray items = order[u"items"].toArray();
    for (auto it = items.begin(); it != items.end(); ++it) {
        QJsonObject item = it->toObject();
        item.remove(u"imageUrl"_s);
        *it = item;
    }
    order[u"items"_s] = items;
    QJsonObject metadata = order[u"itemMetadata"].toObject();
    QJsonArray metaItems = metadata[u"Items"].toArray();
    for (auto it = metaItems.begin(); it != metaItems.end(); ++it) {
        QJsonObject item = it->toObject();
        item.remove(u"ImageUrl"_s);
        *it = item;
    }
    metadata[u"Items"_s] = metaItems;
    order[u"itemMetadata"_s] = metadata;
    return order;
}

} // namespace

class TestSandboxOrder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(SandboxOptions{});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
    }

    void orderDocument()
    {
        const QRegularExpression vtexDate(uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$)"_s);
        const QJsonArray rows =
            m_client->get(kOrders, query({{u"per_page"_s, u"40"_s}})).object()[u"list"].toArray();
        bool sawNullEan = false, sawEan = false, sawNullComplement = false, sawDiscount = false;
        for (const auto &row : rows) {
            const QString id = row[u"orderId"].toString();
            const Response r = m_client->get(kOrders + u'/' + id);
            QCOMPARE(r.status, 200);
            const QJsonObject o = r.object();
            QCOMPARE(o, m_server->order(id));
            for (const char16_t *key : {u"orderId",
                                        u"sequence",
                                        u"marketplaceOrderId",
                                        u"sellerOrderId",
                                        u"origin",
                                        u"affiliateId",
                                        u"salesChannel",
                                        u"merchantName",
                                        u"status",
                                        u"statusDescription",
                                        u"value",
                                        u"creationDate",
                                        u"lastChange",
                                        u"orderGroup",
                                        u"totals",
                                        u"items",
                                        u"marketplaceItems",
                                        u"clientProfileData",
                                        u"giftRegistryData",
                                        u"marketingData",
                                        u"ratesAndBenefitsData",
                                        u"shippingData",
                                        u"paymentData",
                                        u"packageAttachment",
                                        u"sellers",
                                        u"callCenterOperatorData",
                                        u"followUpEmail",
                                        u"lastMessage",
                                        u"hostname",
                                        u"invoiceData",
                                        u"changesAttachment",
                                        u"openTextField",
                                        u"roundingError",
                                        u"orderFormId",
                                        u"commercialConditionData",
                                        u"isCompleted",
                                        u"customData",
                                        u"storePreferencesData",
                                        u"allowCancellation",
                                        u"allowEdition",
                                        u"isCheckedIn",
                                        u"marketplace",
                                        u"authorizedDate",
                                        u"invoicedDate",
                                        u"cancelReason",
                                        u"itemMetadata",
                                        u"subscriptionData",
                                        u"taxData",
                                        u"checkedInPickupPointId",
                                        u"cancellationData",
                                        u"clientPreferencesData"}) {
                QVERIFY2(o.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
            }
            QVERIFY(o[u"giftRegistryData"].isNull() && o[u"marketingData"].isNull());
            QVERIFY(vtexDate.match(o[u"creationDate"].toString()).hasMatch());
            QVERIFY(vtexDate.match(o[u"lastChange"].toString()).hasMatch());
            QCOMPARE(o[u"creationDate"], row[u"creationDate"]);

            // Totals add up, and sellingPrice reflects the price tags.
            QHash<QString, qint64> totals;
            for (const auto &t : o[u"totals"].toArray())
                totals[t[u"id"].toString()] = t[u"value"].toInteger();
            QCOMPARE(totals.size(), 4);
            const qint64 value = o[u"value"].toInteger();
            QCOMPARE(value, totals[u"Items"_s] + totals[u"Discounts"_s] + totals[u"Shipping"_s] +
                                totals[u"Tax"_s]);
            QCOMPARE(value, row[u"totalValue"].toInteger());
            qint64 items = 0, tags = 0, shipping = 0;
            for (const auto &v : o[u"items"].toArray()) {
                const QJsonObject item = v.toObject();
                QVERIFY(item.contains(u"ean"));
                (item[u"ean"].isNull() ? sawNullEan : sawEan) = true;
                const qint64 qty = item[u"quantity"].toInteger();
                items += item[u"price"].toInteger() * qty;
                qint64 lineTags = 0;
                for (const auto &tag : item[u"priceTags"].toArray())
                    lineTags += tag[u"value"].toInteger();
                tags += lineTags;
                sawDiscount = sawDiscount || lineTags != 0;
                QCOMPARE(item[u"sellingPrice"].toInteger() * qty,
                         item[u"price"].toInteger() * qty + lineTags);
                QVERIFY(item[u"listPrice"].toInteger() >= item[u"price"].toInteger());
            }
            for (const auto &li : o[u"shippingData"][u"logisticsInfo"].toArray())
                shipping += li[u"price"].toInteger();
            QCOMPARE(items, totals[u"Items"_s]);
            QCOMPARE(tags, totals[u"Discounts"_s]);
            QCOMPARE(shipping, totals[u"Shipping"_s]);

            const QJsonObject client = o[u"clientProfileData"].toObject();
            QCOMPARE(client[u"documentType"].toString(), u"cpf"_s);
            QVERIFY2(isValidCpf(client[u"document"].toString()),
                     qPrintable(client[u"document"].toString()));
            QVERIFY(client[u"corporateName"].isNull() && client[u"isCorporate"] == false);

            const QJsonObject address = o[u"shippingData"][u"address"].toObject();
            QVERIFY(address.contains(u"complement") && address.contains(u"reference"));
            QVERIFY(address[u"reference"].isNull());
            sawNullComplement = sawNullComplement || address[u"complement"].isNull();
            QVERIFY(QRegularExpression(uR"(^\d{5}-\d{3}$)"_s)
                        .match(address[u"postalCode"].toString())
                        .hasMatch());
            QCOMPARE(address[u"state"].toString().size(), 2);
            QCOMPARE(address[u"country"].toString(), u"BRA"_s);

            const QJsonObject tx = o[u"paymentData"][u"transactions"][0].toObject();
            QVERIFY(QRegularExpression(u"^[0-9A-F]{32}$"_s)
                        .match(tx[u"transactionId"].toString())
                        .hasMatch());
            QCOMPARE(tx[u"payments"][0][u"value"].toInteger(), value);
            QVERIFY(QStringList({u"Visa"_s, u"Mastercard"_s, u"Boleto Bancário"_s, u"Pix"_s})
                        .contains(tx[u"payments"][0][u"paymentSystemName"].toString()));
            QCOMPARE(o[u"storePreferencesData"][u"currencyCode"].toString(), u"BRL"_s);
            QCOMPARE(o[u"clientPreferencesData"][u"locale"].toString(), u"pt-BR"_s);
            if (o[u"status"] == u"invoiced"_s) {
                QVERIFY(!o[u"allowCancellation"].toBool());
                const QJsonObject package = o[u"packageAttachment"][u"packages"][0].toObject();
                QCOMPARE(package[u"invoiceValue"].toInteger(), value);
                QVERIFY(!package[u"invoiceNumber"].toString().isEmpty());
            }
        }
        QVERIFY(sawNullEan && sawEan && sawNullComplement && sawDiscount);
        QCOMPARE(m_client->get(kOrders + u"/0000000000000-01"_s).status, 404);
    }

    void transactionDetail()
    {
        const QJsonObject row = m_client->get(kOrders, query({{u"f_status"_s, u"invoiced"_s}}))
                                    .object()[u"list"][0]
                                    .toObject();
        const QJsonObject order = m_server->order(row[u"orderId"].toString());
        const QString tid = order[u"paymentData"][u"transactions"][0][u"transactionId"].toString();
        const Response r = m_client->get(u"/api/pvt/transactions/"_s + tid);
        QCOMPARE(r.status, 200);
        const QJsonObject t = r.object();
        QCOMPARE(t[u"id"].toString(), tid);
        QCOMPARE(t[u"transactionId"].toString(), tid);
        QCOMPARE(t[u"status"].toString(), u"Finished"_s);
        QCOMPARE(t[u"value"].toInteger(), order[u"value"].toInteger());
        QCOMPARE(t[u"referenceKey"].toString(), order[u"sequence"].toString());
        QCOMPARE(t[u"orderId"].toString(), order[u"orderGroup"].toString());
        QCOMPARE(t[u"settlements"][u"href"].toString(),
                 u"/api/pvt/transactions/%1/settlements"_s.arg(tid));
        QVERIFY(t[u"fields"].isArray() && t[u"buyer"].isObject());
        QVERIFY(!t[u"commitmentDate"].isNull());
        QCOMPARE(m_client->get(u"/api/pvt/transactions/FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"_s).status,
                 404);
    }

    void productImages()
    {
        // Every item's image is a PNG served by the sandbox itself on 127.0.0.1, without
        // credentials (like VTEX's image CDN); other SKUs look different; unknown ones are 404.
        const QJsonArray rows =
            m_client->get(kOrders, query({{u"per_page"_s, u"5"_s}})).object()[u"list"].toArray();
        QSet<QByteArray> images;
        QNetworkAccessManager nam;
        for (const auto &row : rows) {
            const QJsonObject o = m_server->order(row[u"orderId"].toString());
            for (const auto &item : o[u"items"].toArray()) {
                const QUrl url(item[u"imageUrl"].toString());
                QCOMPARE(url.host(), u"127.0.0.1"_s);
                QCOMPARE(url.port(), int(m_server->port()));
                QVERIFY2(
                    url.path().startsWith(u"/arquivos/ids/%1-55-55/"_s.arg(item[u"id"].toString())),
                    qPrintable(url.toString()));
                const Response r = SandboxClient::finish(nam.get(QNetworkRequest(url)));
                QCOMPARE(r.status, 200);
                QCOMPARE(r.contentType, QByteArray("image/png"));
                const QImage image = QImage::fromData(r.body, "PNG");
                QVERIFY(!image.isNull());
                QCOMPARE(image.size(), QSize(96, 96));
                images.insert(r.body);
            }
        }
        QVERIFY2(images.size() >= 3, "different SKUs get different images");
        QCOMPARE(m_client->send("GET", u"/arquivos/ids/nope-55-55/x.png"_s, {}, {}, false).status,
                 404);
        QCOMPARE(m_client->send("GET", u"/arquivos/ids/999-55-55/x.png"_s, {}, {}, false).status,
                 200);
    }

    void determinism()
    {
        const QString oldest =
            m_client->get(kOrders, query({{u"orderBy"_s, u"creationDate,asc"_s}}))
                .object()[u"list"][0][u"orderId"]
                .toString();
        SandboxServer same(SandboxOptions{});
        QCOMPARE(withoutImageUrls(same.order(oldest)), withoutImageUrls(m_server->order(oldest)));
        QVERIFY(!same.order(oldest).isEmpty());
        SandboxOptions other;
        other.seed = 7;
        QVERIFY(SandboxServer(other).order(oldest) != same.order(oldest));

        // Ids stay unique when orders are added, and the new ones are fresh.
        QVERIFY(same.start());
        same.addOrders(100);
        QCOMPARE(same.orderCount(), 600);
        SandboxClient client(same.baseUrl());
        QSet<QString> ids;
        for (int page = 1; page <= 6; ++page) {
            const Response r = client.get(
                kOrders, query({{u"page"_s, QString::number(page)}, {u"per_page"_s, u"100"_s}}));
            for (const auto &row : r.object()[u"list"].toArray())
                ids.insert(row[u"orderId"].toString());
        }
        QCOMPARE(ids.size(), 600);
        const QJsonObject newest = client.get(kOrders).object()[u"list"][0].toObject();
        QVERIFY(newest[u"status"] == u"ready-for-handling"_s ||
                newest[u"status"] == u"payment-pending"_s);
        QVERIFY(same.order(newest[u"orderId"].toString())[u"sequence"].toString().toInt() >=
                500500);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrder)
#include "tst_sandboxorder.moc"
