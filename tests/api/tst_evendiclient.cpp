// e-vendi's client against a recording server on 127.0.0.1: each endpoint's method, path and
// body exactly as e-vendi's pages show them (field names, env in lower case, the token present,
// nothing else), the two GETs' query strings, "success" parsing, 400/405/415 in words, the
// token never in a message or a log line, and the rate limit kept per account, not per host.
#include "api/evendiclient.h"
#include "api/transport.h"
#include "logcapture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace despacho::api;
using namespace despacho::api::test;
using despacho::test::LogCapture;

namespace {
constexpr auto kToken = "tok-SECRET-3f9a";

EvendiAccountConfig configFor(const QUrl &base, const QString &name = u"Marketplace"_s)
{
    EvendiAccountConfig c;
    c.name = name;
    c.organizationExternalId = u"1001"_s;
    c.env = EvendiEnv::Dev;
    c.baseUrl = base;
    c.integrationToken = QString::fromLatin1(kToken);
    return c;
}

struct WriteResult
{
    int calls = 0;
    ApiResponse response;
    ApiError error;
};

} // namespace

class TstEvendiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every write: POST /api/<method>, Content-Type application/json, and exactly the fields
    // the page lists.
    void writeBodiesAreThePages_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("fields");
        QTest::newRow("tracking") << u"saveOrderTrackingCode"_s
                                  << QJsonObject{{u"orderId"_s, u"1001"_s},
                                                 {u"trackingCode"_s, u"QB123456785BR"_s}};
        QTest::newRow("fiscal note")
            << u"saveOrderFiscalNote"_s
            << QJsonObject{{u"orderId"_s, u"1001"_s},
                           {u"fiscalNoteUrl"_s, u"https://nfe.example.com.br/danfe/1.pdf"_s}};
        QTest::newRow("close") << u"closeOrder"_s << QJsonObject{{u"orderId"_s, u"1001"_s}};
        QTest::newRow("cancel") << u"cancelOrder"_s << QJsonObject{{u"orderId"_s, u"1001"_s}};
        QTest::newRow("refund, card")
            << u"reverse-order"_s
            << QJsonObject{{u"orderId"_s, u"1001"_s}, {u"reason"_s, u"Produto avariado"_s}};
        QTest::newRow("refund, boleto")
            << u"reverse-order"_s
            << QJsonObject{{u"orderId"_s, u"1001"_s},
                           {u"reason"_s, u"Produto avariado"_s},
                           {u"bank"_s, QJsonObject{{u"code"_s, u"341"_s},
                                                   {u"agency"_s, u"1234"_s},
                                                   {u"dvAgency"_s, u"5"_s},
                                                   {u"accountNumber"_s, u"98765"_s},
                                                   {u"dvAccount"_s, u"0"_s},
                                                   {u"accountType"_s, u"corrente"_s},
                                                   {u"documentType"_s, u"cpf"_s},
                                                   {u"documentNumber"_s, u"52998224725"_s},
                                                   {u"name"_s, u"Ana Souza"_s}}}};
    }
    void writeBodiesAreThePages()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, fields);
        RecordingServer server;
        QVERIFY(server.isListening());
        server.setHandler(
            [](const SeenRequest &, int) { return QHttpServerResponse("text/plain", "success"); });
        QNetworkAccessManager nam;
        Transport transport(&nam, fastSettings());
        EvendiClient client(&transport, configFor(server.url(u"/api/"_s)));
        WriteResult result;
        const auto done = [&](const ApiResponse &r, const ApiError &e) {
            ++result.calls;
            result.response = r;
            result.error = e;
        };
        const QString id = fields.value(u"orderId"_s).toString();
        if (method == u"saveOrderTrackingCode")
            client.saveOrderTrackingCode(id, fields.value(u"trackingCode"_s).toString(), this,
                                         done);
        else if (method == u"saveOrderFiscalNote")
            client.saveOrderFiscalNote(id, QUrl(fields.value(u"fiscalNoteUrl"_s).toString()), this,
                                       done);
        else if (method == u"closeOrder")
            client.closeOrder(id, this, done);
        else if (method == u"cancelOrder")
            client.cancelOrder(id, this, done);
        else {
            EvendiBankAccount bank;
            const QJsonObject b = fields.value(u"bank"_s).toObject();
            bank.code = b.value(u"code"_s).toString();
            bank.agency = b.value(u"agency"_s).toString();
            bank.dvAgency = b.value(u"dvAgency"_s).toString();
            bank.accountNumber = b.value(u"accountNumber"_s).toString();
            bank.dvAccount = b.value(u"dvAccount"_s).toString();
            bank.accountType = b.value(u"accountType"_s).toString();
            bank.documentType = b.value(u"documentType"_s).toString();
            bank.documentNumber = b.value(u"documentNumber"_s).toString();
            bank.name = b.value(u"name"_s).toString();
            client.reverseOrder(id, fields.value(u"reason"_s).toString(), bank, this, done);
        }
        QTRY_COMPARE(result.calls, 1);
        QVERIFY2(result.error.isNone(), qPrintable(result.error.logText()));
        QCOMPARE(server.requestCount(), 1);
        const SeenRequest &seen = server.requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.url.path(), u"/api/"_s + method);
        QVERIFY(!seen.url.hasQuery());
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QJsonObject expected = fields;
        expected.insert(u"env"_s, u"dev"_s);
        expected.insert(u"integrationToken"_s, QString::fromLatin1(kToken));
        expected.insert(u"organizationExternalId"_s, u"1001"_s);
        QCOMPARE(QJsonDocument::fromJson(seen.body).object(), expected);
    }

    void searchAndReads()
    {
        RecordingServer server;
        server.setHandler([](const SeenRequest &seen, int) {
            if (seen.url.path().endsWith(u"searchOrders"))
                return jsonReply(R"({"count": 3, "page": 2, "pageSize": 2, "values": [
                    {"id": "a1", "orderNumber": 1003, "total": 5.4, "status": "OPEN"}, 7]})");
            if (seen.url.path().endsWith(u"getOrderById"))
                return jsonReply(R"({"id": "a1", "orderNumber": 1003})");
            return jsonReply(R"([{"id": "a1"}, {"id": "b2"}])");
        });
        QNetworkAccessManager nam;
        Transport transport(&nam, fastSettings());
        EvendiAccountConfig config = configFor(server.url(u"/api"_s));
        config.env = EvendiEnv::Prod;
        EvendiClient client(&transport, config);
        EvendiSearch search;
        search.status = u"OPEN"_s;
        search.query = u" 1003 "_s;
        search.start = QDateTime::fromMSecsSinceEpoch(1631909862668, QTimeZone::utc());
        search.page = 2;
        search.pageSize = 2;
        EvendiOrderPage page;
        ApiError error;
        int calls = 0;
        client.searchOrders(search, this, [&](const EvendiOrderPage &p, const ApiError &e) {
            page = p;
            error = e;
            ++calls;
        });
        QTRY_COMPARE(calls, 1);
        QVERIFY2(error.isNone(), qPrintable(error.logText()));
        QCOMPARE(page.count, 3);
        QCOMPARE(page.values.size(), 1); // the stray 7 is skipped
        QCOMPARE(page.values.first().value(u"orderNumber"_s).toInt(), 1003);
        const QJsonObject body = QJsonDocument::fromJson(server.requests().at(0).body).object();
        QCOMPARE(body, (QJsonObject{
                           {u"env"_s, u"prod"_s},
                           {u"integrationToken"_s, QString::fromLatin1(kToken)},
                           {u"organizationExternalId"_s, u"1001"_s},
                           {u"page"_s, 2},
                           {u"pageSize"_s, 2},
                           {u"filter"_s, QJsonObject{{u"status"_s, u"OPEN"_s},
                                                     {u"query"_s, u"1003"_s},
                                                     {u"dates"_s, QJsonObject{
                                                                      {u"start"_s, 1631909862668LL},
                                                                      {u"end"_s, QJsonValue()},
                                                                  }}}}}));
        // The GETs carry the credentials in the query string, the page's names and order.
        QJsonObject order;
        client.getOrderById(u"a1"_s, this, [&](const QJsonObject &o, const ApiError &e) {
            order = o;
            error = e;
            ++calls;
        });
        QTRY_COMPARE(calls, 2);
        QCOMPARE(order.value(u"orderNumber"_s).toInt(), 1003);
        const QUrlQuery byId(server.requests().at(1).url);
        QCOMPARE(server.requests().at(1).method, QByteArray("GET"));
        QCOMPARE(server.requests().at(1).url.path(), u"/api/getOrderById"_s);
        QCOMPARE(byId.queryItems(QUrl::FullyDecoded),
                 (QList<std::pair<QString, QString>>{
                     {u"integrationToken"_s, QString::fromLatin1(kToken)},
                     {u"env"_s, u"prod"_s},
                     {u"organizationExternalId"_s, u"1001"_s},
                     {u"orderId"_s, u"a1"_s}}));
        QList<QJsonObject> open;
        client.getOrdersOpened(this, [&](const QList<QJsonObject> &o, const ApiError &e) {
            open = o;
            error = e;
            ++calls;
        });
        QTRY_COMPARE(calls, 3);
        QCOMPARE(open.size(), 2);
        QCOMPARE(server.requests().at(2).url.path(), u"/api/getOrdersOpened"_s);
    }

    // "success" is the only success; 400, 405 and 415 say what e-vendi documents; nothing
    // shows the token.
    void repliesAndErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::newRow("success") << 200 << QByteArray("success") << true << QString();
        QTest::newRow("success, newline") << 200 << QByteArray("success\n") << true << QString();
        QTest::newRow("json success")
            << 200 << QByteArray("{\"success\": true}") << true << QString();
        QTest::newRow("json false")
            << 200 << QByteArray("{\"success\": false}") << false << u"success\": false"_s;
        QTest::newRow("other text")
            << 200 << QByteArray("pedido nao encontrado") << false << u"pedido nao encontrado"_s;
        QTest::newRow("400") << 400 << QByteArray("Bad Request") << false
                             << u"organization id, its integration token"_s;
        QTest::newRow("405") << 405 << QByteArray("") << false << u"(405)"_s;
        QTest::newRow("415") << 415 << QByteArray("") << false << u"application/json"_s;
    }
    void repliesAndErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        RecordingServer server;
        server.setHandler([&](const SeenRequest &, int) {
            return QHttpServerResponse("text/plain", body, QHttpServerResponse::StatusCode(status));
        });
        QNetworkAccessManager nam;
        Transport transport(&nam, fastSettings());
        EvendiClient client(&transport, configFor(server.url(u"/api/"_s)));
        LogCapture log;
        WriteResult result;
        client.closeOrder(u"1001"_s, this, [&](const ApiResponse &r, const ApiError &e) {
            ++result.calls;
            result.response = r;
            result.error = e;
        });
        QTRY_COMPARE(result.calls, 1);
        QCOMPARE(result.error.isNone(), ok);
        if (!ok) {
            QVERIFY2(result.error.userText().contains(says), qPrintable(result.error.userText()));
            QVERIFY(!result.error.userText().contains(QString::fromLatin1(kToken)));
            QVERIFY(!result.error.logText().contains(QString::fromLatin1(kToken)));
        }
        QCOMPARE(server.requestCount(), 1); // a write is never sent twice
        QVERIFY2(!log.anyContains(QString::fromLatin1(kToken)), qPrintable(log.dump()));
    }

    // A GET to a server that is not there: the failure names the order, never the token the
    // URL carried (QNetworkReply::errorString() repeats the whole URL).
    void tokenNeverInMessages()
    {
        RecordingServer server;
        const QUrl gone = server.url(u"/api/"_s);
        QTcpServer blocker; // a port with nobody listening: take one and close it
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QUrl refused = gone;
        refused.setPort(blocker.serverPort());
        blocker.close();
        QNetworkAccessManager nam;
        Transport transport(&nam, fastSettings());
        EvendiClient client(&transport, configFor(refused));
        LogCapture log;
        ApiError error;
        int calls = 0;
        client.getOrderById(u"1001"_s, this, [&](const QJsonObject &, const ApiError &e) {
            error = e;
            ++calls;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QVERIFY(!error.isNone());
        const QString token = QString::fromLatin1(kToken);
        QVERIFY2(!error.userText().contains(token), qPrintable(error.userText()));
        QVERIFY2(!error.logText().contains(token), qPrintable(error.logText()));
        QVERIFY2(!error.detail.contains(token), qPrintable(error.detail));
        QVERIFY2(!log.anyContains(token), qPrintable(log.dump()));
    }

    // Two e-vendi organizations on one host: each its own limiter (a conservative 120 a minute
    // by default, where the transport allows 6,000 a host), so one account's backlog does not
    // hold the other's requests.
    void rateLimitIsPerAccount()
    {
        RecordingServer server;
        server.setHandler(
            [](const SeenRequest &, int) { return QHttpServerResponse("text/plain", "success"); });
        QNetworkAccessManager nam;
        TransportSettings settings = fastSettings();
        settings.ratePerMinute = 6000;
        Transport transport(&nam, settings);
        EvendiClient first(&transport, configFor(server.url(u"/api/"_s), u"Loja A"_s));
        EvendiClient second(&transport, configFor(server.url(u"/api/"_s), u"Loja B"_s));
        int doneA = 0, doneB = 0;
        // One account's burst is the concurrency (8), then 2 a second (120 a minute): 30
        // requests keep it busy for about 11 s. The other account's one request is not held.
        for (int i = 0; i < 30; ++i)
            first.closeOrder(QString::number(i), this,
                             [&](const ApiResponse &, const ApiError &) { ++doneA; });
        QTRY_VERIFY_WITH_TIMEOUT(doneA >= 8, 5000);
        // Were the limiter shared, this one would wait behind all of A's (they are sent in
        // order): it finishes while A still has most of its own to go.
        int doneAWhenB = -1;
        second.closeOrder(u"9999"_s, this, [&](const ApiResponse &, const ApiError &) {
            ++doneB;
            doneAWhenB = doneA;
        });
        QTRY_COMPARE_WITH_TIMEOUT(doneB, 1, 10000);
        QVERIFY2(doneAWhenB < 20, qPrintable(QString::number(doneAWhenB)));
        // And A keeps its own pace, 2 a second, where the host would allow 100.
        QTest::qWait(1000);
        QVERIFY2(doneA < 30, qPrintable(QString::number(doneA)));
    }
};

QTEST_GUILESS_MAIN(TstEvendiClient)
#include "tst_evendiclient.moc"
