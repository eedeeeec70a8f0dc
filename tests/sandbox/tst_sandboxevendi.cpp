// The sandbox's e-vendi side over real HTTP, as e-vendi's pages describe it: env/token checks
// (400, the only documented refusal besides 405 and 415), searchOrders, getOrderById (token in
// the query string; no status in the order object, nothing saved read back), getOrdersOpened,
// tracking code, fiscal note and close answering the bare text "success", cancel for refused
// orders, reverse-order with the bank account a boleto needs, and dev and prod kept apart.

#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using despacho::sandbox::SandboxOptions;
using despacho::sandbox::SandboxServer;

class TestSandboxEvendi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    static QJsonObject access(const QString &env = u"dev"_s,
                              const QString &token = u"demo-evendi-token"_s)
    {
        return {{u"env"_s, env},
                {u"integrationToken"_s, token},
                {u"organizationExternalId"_s, u"1001"_s}};
    }
    static QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
    {
        object.insert(key, value);
        return object;
    }
    Response getOrder(const QString &orderId, const QString &token = u"demo-evendi-token"_s)
    {
        QUrlQuery q;
        q.addQueryItem(u"integrationToken"_s, token);
        q.addQueryItem(u"env"_s, u"dev"_s);
        q.addQueryItem(u"organizationExternalId"_s, u"1001"_s);
        q.addQueryItem(u"orderId"_s, orderId);
        return m_client->send("GET", u"/api/getOrderById"_s, q, {}, false);
    }
    QJsonArray search(const QJsonObject &filter)
    {
        const Response r =
            m_client->post(u"/api/searchOrders"_s, with(access(), u"filter"_s, filter));
        return r.object()[u"values"].toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.orders = 10;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start());
        QCOMPARE(m_server->evendiOrderCount(), 50);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
    }

    void accessChecks()
    {
        const QString path = u"/api/searchOrders"_s;
        QCOMPARE(m_client->post(path, access(u"dev"_s, u""_s)).status, 400);
        QJsonObject noToken = access();
        noToken.remove(u"integrationToken"_s);
        QCOMPARE(m_client->post(path, noToken).status, 400);
        const Response wrong = m_client->post(path, access(u"dev"_s, u"nope"_s));
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.object()[u"success"].toBool(true), false);
        QCOMPARE(m_client->post(path, access(u"staging"_s)).status, 400);
        QCOMPARE(m_client->post(path, access(u"DEV"_s)).status, 200);
        QCOMPARE(m_client->post(path, access(u"Prod"_s)).status, 200);
        QJsonObject noOrg = access();
        noOrg.remove(u"organizationExternalId"_s);
        QCOMPARE(m_client->post(path, noOrg).status, 400);
        QCOMPARE(getOrder(u"1001"_s, u"nope"_s).status, 400);
        // POST needs a JSON body
        QCOMPARE(m_client->send("POST", path, {}, "env=dev").status, 400);
        QNetworkRequest plain = m_client->request(path, {}, false);
        plain.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        QCOMPARE(
            SandboxClient::finish(m_client->start("POST", plain, QJsonDocument(access()).toJson()))
                .status,
            415);
        QCOMPARE(m_client->send("GET", path, {}, {}, false).status, 405);
    }

    void searchOrders()
    {
        const Response all = m_client->post(u"/api/searchOrders"_s, access());
        QCOMPARE(all.status, 200);
        QCOMPARE(all.object()[u"count"].toInt(), 50);
        QCOMPARE(all.object()[u"page"].toInt(), 1);
        const QJsonArray values = all.object()[u"values"].toArray();
        QCOMPARE(values.size(), 50);
        const QJsonObject row = values.first().toObject();
        for (const char16_t *key :
             {u"id", u"orderNumber", u"createdAt", u"customerName", u"subTotal", u"total",
              u"freight", u"paymentMethod", u"paymentStatus", u"observation", u"status"}) {
            QVERIFY2(row.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
        }
        QVERIFY(row[u"createdAt"].toDouble() >= values.last()[u"createdAt"].toDouble());

        for (const auto &v : search({{u"status"_s, u"OPEN"_s}}))
            QCOMPARE(v[u"status"].toString(), u"OPEN"_s);
        const QJsonArray byNumber = search({{u"query"_s, u"1003"_s}});
        QCOMPARE(byNumber.size(), 1);
        QCOMPARE(byNumber[0][u"orderNumber"].toInt(), 1003);
        const QString name = m_server->evendiOrder(u"1007"_s)[u"customer"][u"name"].toString();
        bool found = false;
        for (const auto &v : search({{u"query"_s, name.toLower()}}))
            found = found || v[u"orderNumber"].toInt() == 1007;
        QVERIFY(found);

        const double t = m_server->evendiOrder(u"1020"_s)[u"createdAt"].toDouble();
        const QJsonArray since =
            search({{u"dates"_s, QJsonObject{{u"start"_s, t}, {u"end"_s, QJsonValue()}}}});
        QVERIFY(!since.isEmpty() && since.size() < 50);
        for (const auto &v : since)
            QVERIFY(v[u"createdAt"].toDouble() >= t);

        QJsonObject paged = with(access(), u"pageSize"_s, 20);
        paged.insert(u"page"_s, 3);
        const Response third = m_client->post(u"/api/searchOrders"_s, paged);
        QCOMPARE(third.object()[u"values"].toArray().size(), 10);
        QCOMPARE(third.object()[u"count"].toInt(), 50);
    }

    void getOrderById()
    {
        const QJsonObject stored = m_server->evendiOrder(u"1005"_s);
        const QString id = stored[u"id"].toString();
        const Response r = getOrder(id);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o[u"orderNumber"].toInt(), 1005);
        QCOMPARE(o[u"organizationExternalId"].toString(), u"1001"_s);
        for (const char16_t *key : {u"id",
                                    u"freightDestination",
                                    u"paymentStatus",
                                    u"customerDocument",
                                    u"freightMode",
                                    u"observation",
                                    u"freightType",
                                    u"discount",
                                    u"freight",
                                    u"shipping",
                                    u"value",
                                    u"payment",
                                    u"coupons",
                                    u"isCompleted",
                                    u"createdAt",
                                    u"parcels",
                                    u"products",
                                    u"version",
                                    u"subTotal",
                                    u"paid",
                                    u"cartId",
                                    u"opened",
                                    u"totalItens",
                                    u"paymentMethod",
                                    u"customer"}) {
            QVERIFY2(o.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
        }
        // e-vendi's order object has no status, nor what an integration saved on it.
        for (const char16_t *key : {u"status", u"trackingCode", u"fiscalNoteUrl", u"closedAt"})
            QVERIFY2(!o.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
        // Package sizes are text with a decimal comma.
        QVERIFY(o[u"products"][0][u"freightHeight"].toString().contains(u','));
        QVERIFY(o[u"shipping"][u"zipCode"].toString().size() == 8);
        QVERIFY(!o[u"products"].toArray().isEmpty());
        QCOMPARE(o[u"value"].toDouble(),
                 o[u"subTotal"].toDouble() - o[u"discount"].toDouble() + o[u"freight"].toDouble());
        QCOMPARE(getOrder(u"1005"_s).object()[u"id"].toString(), id); // by order number too
        QCOMPARE(getOrder(u"9999"_s).status, 400);                    // no 404 in e-vendi's pages
        QCOMPARE(m_client->post(u"/api/getOrderById"_s, with(access(), u"orderId"_s, id)).status,
                 405);
    }

    void trackingAndClose()
    {
        QString open;
        for (const auto &v : search({{u"status"_s, u"OPEN"_s}})) {
            if (m_server->evendiOrder(v[u"id"].toString())[u"trackingCode"].isNull()) {
                open = v[u"id"].toString();
                break;
            }
        }
        QVERIFY(!open.isEmpty());
        const QJsonObject base = with(access(), u"orderId"_s, open);
        QCOMPARE(m_client->post(u"/api/saveOrderTrackingCode"_s, base).status, 400);
        const Response saved = m_client->post(u"/api/saveOrderTrackingCode"_s,
                                              with(base, u"trackingCode"_s, u"QB123456785BR"_s));
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.body, QByteArray("success"));
        QCOMPARE(m_server->evendiOrder(open)[u"trackingCode"].toString(), u"QB123456785BR"_s);

        const Response note =
            m_client->post(u"/api/saveOrderFiscalNote"_s,
                           with(base, u"fiscalNoteUrl"_s, u"https://nfe.example/1.pdf"_s));
        QCOMPARE(note.status, 200);
        QCOMPARE(note.body, QByteArray("success"));
        QCOMPARE(m_server->evendiOrder(open)[u"fiscalNoteUrl"].toString(),
                 u"https://nfe.example/1.pdf"_s);

        const Response closed = m_client->post(u"/api/closeOrder"_s, base);
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.body, QByteArray("success"));
        QCOMPARE(m_server->evendiOrder(open)[u"status"].toString(), u"CLOSED"_s);
        QCOMPARE(getOrder(open).object()[u"opened"].toBool(true), false);
        QCOMPARE(m_client->post(u"/api/closeOrder"_s, base).status, 400);
        for (
            const auto &v :
            m_client
                ->send(
                    "GET", u"/api/getOrdersOpened"_s,
                    QUrlQuery(
                        u"integrationToken=demo-evendi-token&env=dev&organizationExternalId=1001"_s),
                    {}, false)
                .array()) {
            QCOMPARE(m_server->evendiOrder(v[u"id"].toString())[u"status"].toString(), u"OPEN"_s);
            QVERIFY(v[u"id"].toString() != open);
        }

        // closeOrder's published example sends externalId instead of organizationExternalId.
        const QString other = search({{u"status"_s, u"OPEN"_s}}).first()[u"id"].toString();
        const QJsonObject example{{u"env"_s, u"Dev"_s},
                                  {u"integrationToken"_s, u"demo-evendi-token"_s},
                                  {u"externalId"_s, u"1001"_s},
                                  {u"orderId"_s, other}};
        QCOMPARE(m_client->post(u"/api/closeOrder"_s, example).status, 200);

        QString reversed = search({{u"status"_s, u"REVERSED"_s}}).first()[u"id"].toString();
        QCOMPARE(
            m_client->post(u"/api/closeOrder"_s, with(access(), u"orderId"_s, reversed)).status,
            400);
        QCOMPARE(
            m_client->post(u"/api/closeOrder"_s, with(access(), u"orderId"_s, u"nope"_s)).status,
            400);
    }

    // cancelOrder is for a refused order; reverse-order refunds, with the bank account when
    // the customer paid by boleto.
    void cancelAndRefund()
    {
        const QString refused = search({{u"status"_s, u"REFUSED"_s}}).first()[u"id"].toString();
        const QString open = search({{u"status"_s, u"OPEN"_s}}).last()[u"id"].toString();
        QCOMPARE(m_client->post(u"/api/cancelOrder"_s, with(access(), u"orderId"_s, open)).status,
                 400);
        const Response canceled =
            m_client->post(u"/api/cancelOrder"_s, with(access(), u"orderId"_s, refused));
        QCOMPARE(canceled.status, 200);
        QCOMPARE(canceled.body, QByteArray("success"));

        QString boleto, card;
        for (const auto &v : search({{u"status"_s, u"CLOSED"_s}})) {
            const QString method = v[u"paymentMethod"].toString();
            if (method == u"boleto" && boleto.isEmpty())
                boleto = v[u"id"].toString();
            if (method != u"boleto" && card.isEmpty())
                card = v[u"id"].toString();
        }
        QVERIFY(!boleto.isEmpty() && !card.isEmpty());
        const QJsonObject refund = with(access(), u"reason"_s, u"Produto avariado"_s);
        const Response byCard =
            m_client->post(u"/api/reverse-order"_s, with(refund, u"orderId"_s, card));
        QCOMPARE(byCard.status, 200);
        QCOMPARE(byCard.object()[u"success"].toBool(), true);
        QCOMPARE(m_server->evendiOrder(card)[u"status"].toString(), u"REVERSED"_s);
        QCOMPARE(m_client->post(u"/api/reverse-order"_s, with(refund, u"orderId"_s, card)).status,
                 400); // once
        const QJsonObject forBoleto = with(refund, u"orderId"_s, boleto);
        QCOMPARE(m_client->post(u"/api/reverse-order"_s, forBoleto).status, 400); // no bank
        const QJsonObject bank{
            {u"code"_s, u"341"_s},         {u"agency"_s, u"1234"_s},
            {u"dvAgency"_s, u"5"_s},       {u"accountNumber"_s, u"98765"_s},
            {u"dvAccount"_s, u"0"_s},      {u"accountType"_s, u"conta_corrente"_s},
            {u"documentType"_s, u"cpf"_s}, {u"documentNumber"_s, u"52998224725"_s},
            {u"name"_s, u"Ana Souza"_s}};
        QCOMPARE(m_client->post(u"/api/reverse-order"_s, with(forBoleto, u"bank"_s, bank)).status,
                 200);
        QCOMPARE(m_server->evendiOrder(boleto)[u"status"].toString(), u"REVERSED"_s);
    }

    // prod is another set of orders: what dev does never reaches it.
    void devAndProdApart()
    {
        const QJsonArray dev = search({});
        const Response prodAll = m_client->post(u"/api/searchOrders"_s, access(u"prod"_s));
        const QJsonArray prod = prodAll.object()[u"values"].toArray();
        QCOMPARE(prod.size(), dev.size());
        QVERIFY(prod.first()[u"id"].toString() != dev.first()[u"id"].toString());
        const QString devOpen = search({{u"status"_s, u"OPEN"_s}}).first()[u"id"].toString();
        QCOMPARE(
            m_client->post(u"/api/closeOrder"_s, with(access(u"prod"_s), u"orderId"_s, devOpen))
                .status,
            400); // not a prod order
        QVERIFY(m_server->evendiOrder(devOpen, u"prod"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxEvendi)
#include "tst_sandboxevendi.moc"
