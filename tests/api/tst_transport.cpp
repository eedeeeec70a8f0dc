// Transport behaviour against real sockets on 127.0.0.1: headers, retries, 429 pauses, error
// mapping, broken connections, timeouts and the https rule.

#include "api/transport.h"
#include "fakehttpserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace despacho::api;
using namespace despacho::api::test;

class TstTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_nam = std::make_unique<CountingNam>(); }
    void cleanup() { m_nam.reset(); }

    void sendsJsonAndCredentialHeaders();
    void serverErrorThenSuccess();
    void serverErrorForever();
    void serverErrorNotRetriedForWrites();
    void rateLimitedWithRetryAfterPausesHost();
    void rateLimitedWithoutRetryAfterUsesDefaultPause();
    void rateLimitedForeverGivesUp();
    void authenticationErrorsCarryServerMessage_data();
    void authenticationErrorsCarryServerMessage();
    void otherClientErrors_data();
    void otherClientErrors();
    void htmlLoginPageIsAuthentication_data();
    void htmlLoginPageIsAuthentication();
    void truncatedBodyIsRetried();
    void truncatedBodyThenSuccess();
    void truncatedWriteIsNotRetried();
    void connectionRefusedIsRetriedEvenForWrites();
    void timeout();
    void insecureUrlFailsBeforeSending_data();
    void insecureUrlFailsBeforeSending();
    void callbackIsNeverSynchronous();

private:
    std::unique_ptr<CountingNam> m_nam;
};

void TstTransport::sendsJsonAndCredentialHeaders()
{
    RecordingServer server;
    QVERIFY(server.isListening());
    Transport transport(m_nam.get(), fastSettings());
    ApiRequest request = getRequest(server.url(QStringLiteral("/api/oms/pvt/orders")));
    request.headers = {{"X-VTEX-API-AppKey", "key-1"}, {"X-VTEX-API-AppToken", "token-1"}};
    request.secretHeaders = {"X-VTEX-API-AppToken"};
    auto result = sendCollect(transport, request, this);
    QTRY_COMPARE(result->calls, 1);
    QVERIFY2(result->response.ok(), qPrintable(result->response.error.logText()));
    QCOMPARE(server.requestCount(), 1);
    const SeenRequest &seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(seen.header("X-VTEX-API-AppKey"), QByteArray("key-1"));
    QCOMPARE(seen.header("X-VTEX-API-AppToken"), QByteArray("token-1"));
    QCOMPARE(result->response.httpStatus, 200);
    QVERIFY(result->response.json.isObject());
    QCOMPARE(result->response.attempts, 1);
}

void TstTransport::serverErrorThenSuccess()
{
    RecordingServer server;
    server.setHandler([](const SeenRequest &, int index) {
        return index < 2 ? jsonReply(R"({"error":{"message":"busy"}})", 503)
                         : jsonReply(R"({"ok":true})");
    });
    Transport transport(m_nam.get(), fastSettings());
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), this);
    QTRY_COMPARE(result->calls, 1);
    QVERIFY2(result->response.ok(), qPrintable(result->response.error.logText()));
    QCOMPARE(result->response.attempts, 3);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(transport.retries(), 2);
    QCOMPARE(transport.attemptsSent(), 3);
    QCOMPARE(result->response.json.object().value(u"ok").toBool(), true);
}

void TstTransport::serverErrorForever()
{
    RecordingServer server;
    server.setHandler(
        [](const SeenRequest &, int) { return jsonReply(R"({"message":"boom"})", 500); });
    TransportSettings settings = fastSettings();
    settings.maxAttempts = 4;
    Transport transport(m_nam.get(), settings);
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), this);
    QTRY_COMPARE(result->calls, 1);
    const ApiError &error = result->response.error;
    QCOMPARE(error.kind, ErrorKind::Server);
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.serverMessage, QStringLiteral("boom"));
    QCOMPARE(result->response.attempts, 4);
    QCOMPARE(server.requestCount(), 4);
    QVERIFY(error.userText().contains(u"500"));
}

void TstTransport::serverErrorNotRetriedForWrites()
{
    RecordingServer server;
    server.setHandler([](const SeenRequest &, int) { return jsonReply("{}", 502); });
    Transport transport(m_nam.get(), fastSettings());
    ApiRequest request = getRequest(server.url(QStringLiteral("/invoice")));
    request.method = "POST";
    request.body = R"({"a":1})";
    request.retryable = false;
    auto result = sendCollect(transport, request, this);
    QTRY_COMPARE(result->calls, 1);
    QCOMPARE(result->response.error.kind, ErrorKind::Server);
    QCOMPARE(result->response.attempts, 1);
    QTest::qWait(50);
    QCOMPARE(server.requestCount(), 1);
}

void TstTransport::rateLimitedWithRetryAfterPausesHost()
{
    RecordingServer server;
    TransportSettings settings = fastSettings();
    settings.pauseOn429Ms = 5000; // must not be used: Retry-After says 1 s
    Transport transport(m_nam.get(), settings);
    QSignalSpy paused(&transport, &Transport::hostPaused);

    int served429 = 0;
    server.setHandler([&served429](const SeenRequest &seen, int) {
        if (seen.url.path() == u"/first" && served429 == 0) {
            ++served429;
            QHttpServerResponse reply = jsonReply(R"({"message":"slow down"})", 429);
            reply.setHeader("Retry-After", "1");
            return reply;
        }
        return jsonReply("{}");
    });

    auto first = sendCollect(transport, getRequest(server.url(QStringLiteral("/first"))), this);
    std::shared_ptr<Collected> second;
    qint64 pausedAtServerMs = -1;
    connect(&transport, &Transport::hostPaused, this, [&] {
        pausedAtServerMs = server.elapsedMs();
        // Sent while the host is paused: it must wait too.
        second = sendCollect(transport, getRequest(server.url(QStringLiteral("/second"))), this);
    });

    QTRY_COMPARE_WITH_TIMEOUT(first->calls, 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(second && second->calls == 1, 5000);
    QVERIFY(first->response.ok());
    QVERIFY(second->response.ok());
    QCOMPARE(first->response.attempts, 2);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.first().at(0).toString(), u"127.0.0.1:" + QString::number(server.port()));
    QCOMPARE(paused.first().at(1).toInt(), 1000);
    QCOMPARE(transport.pauses429(), 1);

    QCOMPARE(server.requestCount(), 3);
    const qint64 retryArrival = server.requests().at(1).arrivedMs;
    const qint64 secondArrival = server.requests().at(2).arrivedMs;
    QVERIFY2(retryArrival - pausedAtServerMs >= 950,
             qPrintable(QStringLiteral("retry after %1 ms").arg(retryArrival - pausedAtServerMs)));
    QVERIFY2(
        secondArrival - pausedAtServerMs >= 950,
        qPrintable(
            QStringLiteral("other request after %1 ms").arg(secondArrival - pausedAtServerMs)));
}

void TstTransport::rateLimitedWithoutRetryAfterUsesDefaultPause()
{
    RecordingServer server;
    server.setHandler([](const SeenRequest &, int index) {
        return index == 0 ? jsonReply("{}", 429) : jsonReply("{}");
    });
    Transport transport(m_nam.get(), fastSettings()); // pauseOn429Ms = 200
    QSignalSpy paused(&transport, &Transport::hostPaused);
    ApiRequest request = getRequest(server.url(QStringLiteral("/x")));
    request.method = "POST";
    request.retryable = false; // a 429 was not processed: even writes are resent
    auto result = sendCollect(transport, request, this);
    QTRY_COMPARE(result->calls, 1);
    QVERIFY(result->response.ok());
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.first().at(1).toInt(), 200);
    const qint64 gap = server.requests().at(1).arrivedMs - server.requests().at(0).arrivedMs;
    QVERIFY2(gap >= 190, qPrintable(QStringLiteral("gap %1 ms").arg(gap)));
}

void TstTransport::rateLimitedForeverGivesUp()
{
    RecordingServer server;
    server.setHandler([](const SeenRequest &, int) { return jsonReply("{}", 429); });
    TransportSettings settings = fastSettings();
    settings.pauseOn429Ms = 10;
    settings.max429Retries = 3;
    settings.maxAttempts = 2; // 429s do not use these up
    Transport transport(m_nam.get(), settings);
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), this);
    QTRY_COMPARE(result->calls, 1);
    QCOMPARE(result->response.error.kind, ErrorKind::RateLimited);
    QCOMPARE(result->response.attempts, 4);
    QCOMPARE(server.requestCount(), 4);
    QCOMPARE(transport.pauses429(), 3);
}

void TstTransport::authenticationErrorsCarryServerMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("401 error.message")
        << 401
        << QByteArray(R"({"error":{"code":"1","message":"Unauthorized access","exception":null}})")
        << QStringLiteral("Unauthorized access");
    QTest::newRow("403 Message") << 403 << QByteArray(R"({"Message":"Access denied for key"})")
                                 << QStringLiteral("Access denied for key");
    QTest::newRow("403 no body") << 403 << QByteArray() << QString();
}

void TstTransport::authenticationErrorsCarryServerMessage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    RecordingServer server;
    server.setHandler([&](const SeenRequest &, int) { return jsonReply(body, status); });
    Transport transport(m_nam.get(), fastSettings());
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), this);
    QTRY_COMPARE(result->calls, 1);
    const ApiError &error = result->response.error;
    QCOMPARE(error.kind, ErrorKind::Authentication);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.serverMessage, message);
    QCOMPARE(result->response.attempts, 1);
    QVERIFY(error.userText().contains(QString::number(status)));
    if (!message.isEmpty())
        QVERIFY(error.userText().contains(message));
}

void TstTransport::otherClientErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("400") << 400 << ErrorKind::Client;
    QTest::newRow("404") << 404 << ErrorKind::NotFound;
    QTest::newRow("409") << 409 << ErrorKind::Conflict;
    QTest::newRow("422") << 422 << ErrorKind::Client;
}

void TstTransport::otherClientErrors()
{
    QFETCH(int, status);
    QFETCH(ErrorKind, kind);
    RecordingServer server;
    server.setHandler([&](const SeenRequest &, int) {
        return jsonReply(
            R"({"error":{"code":"OMS003","message":"Order status should be ready-for-handling"}})",
            status);
    });
    Transport transport(m_nam.get(), fastSettings());
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), this);
    QTRY_COMPARE(result->calls, 1);
    QCOMPARE(result->response.error.kind, kind);
    QCOMPARE(result->response.error.serverMessage,
             QStringLiteral("Order status should be ready-for-handling"));
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(result->response.error.userText().contains(u"ready-for-handling"));
}

void TstTransport::htmlLoginPageIsAuthentication_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("text/html") << QByteArray("text/html; charset=utf-8")
                               << QByteArray("<p>Please log in</p>");
    QTest::newRow("doctype as json")
        << QByteArray("application/json")
        << QByteArray("\n  <!DOCTYPE html><html><body>login</body></html>");
    QTest::newRow("html tag") << QByteArray("") << QByteArray("<HTML><form>login</form></HTML>");
}

void TstTransport::htmlLoginPageIsAuthentication()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    RecordingServer server;
    server.setHandler([&](const SeenRequest &, int) {
        return QHttpServerResponse(contentType, body, QHttpServerResponse::StatusCode::Ok);
    });
    Transport transport(m_nam.get(), fastSettings());
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), this);
    QTRY_COMPARE(result->calls, 1);
    QCOMPARE(result->response.error.kind, ErrorKind::Authentication);
    QCOMPARE(result->response.httpStatus, 200);
    QVERIFY(result->response.error.userText().contains(u"login page"));
    QCOMPARE(server.requestCount(), 1);
}

void TstTransport::truncatedBodyIsRetried()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.mode = FakeReply::Mode::Truncate;
        reply.body = R"({"list":[{"orderId":)";
        reply.declaredLength = 500;
        return reply;
    });
    Transport transport(m_nam.get(), fastSettings());
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), this);
    QTRY_COMPARE(result->calls, 1);
    const ErrorKind kind = result->response.error.kind;
    QVERIFY2(kind == ErrorKind::Network || kind == ErrorKind::InvalidReply,
             qPrintable(result->response.error.logText()));
    QCOMPARE(result->response.attempts, 3);
    QCOMPARE(server.requestCount(), 3);
}

void TstTransport::truncatedBodyThenSuccess()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int index) {
        FakeReply reply;
        reply.body = R"({"orderId":"v1-01","status":"handling"})";
        if (index == 0) {
            reply.mode = FakeReply::Mode::Truncate;
            reply.body = reply.body.left(10);
            reply.declaredLength = 40;
        }
        return reply;
    });
    Transport transport(m_nam.get(), fastSettings());
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), this);
    QTRY_COMPARE(result->calls, 1);
    QVERIFY2(result->response.ok(), qPrintable(result->response.error.logText()));
    QCOMPARE(result->response.attempts, 2);
    QCOMPARE(result->response.json.object().value(u"orderId").toString(), QStringLiteral("v1-01"));
}

void TstTransport::truncatedWriteIsNotRetried()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.mode = FakeReply::Mode::Truncate;
        reply.body = R"({"receipt":)";
        reply.declaredLength = 100;
        return reply;
    });
    Transport transport(m_nam.get(), fastSettings());
    ApiRequest request = getRequest(server.url(QStringLiteral("/invoice")));
    request.method = "POST";
    request.body = "{}";
    request.retryable = false; // the server may have acted on it
    auto result = sendCollect(transport, request, this);
    QTRY_COMPARE(result->calls, 1);
    QVERIFY(!result->response.ok());
    QCOMPARE(result->response.attempts, 1);
    QTest::qWait(50);
    QCOMPARE(server.requestCount(), 1);
}

void TstTransport::connectionRefusedIsRetriedEvenForWrites()
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(closedPort());
    url.setPath(QStringLiteral("/invoice"));
    Transport transport(m_nam.get(), fastSettings());
    ApiRequest request = getRequest(url);
    request.method = "POST";
    request.retryable = false; // refused: nothing reached a server, so resending is safe
    auto result = sendCollect(transport, request, this);
    QTRY_COMPARE(result->calls, 1);
    QCOMPARE(result->response.error.kind, ErrorKind::Network);
    QCOMPARE(result->response.attempts, 3);
    QCOMPARE(m_nam->created, 3);
    QVERIFY(!result->response.error.userText().isEmpty());
}

void TstTransport::timeout()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.mode = FakeReply::Mode::Hang;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.timeoutMs = 300;
    settings.maxAttempts = 2;
    Transport transport(m_nam.get(), settings);
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/slow"))), this);
    QTRY_COMPARE_WITH_TIMEOUT(result->calls, 1, 5000);
    QCOMPARE(result->response.error.kind, ErrorKind::Timeout);
    QCOMPARE(result->response.attempts, 2);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(result->atMs >= 2 * 300 - 20);
}

void TstTransport::insecureUrlFailsBeforeSending_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowLoopback");
    QTest::newRow("http non-loopback")
        << QUrl(QStringLiteral("http://example.invalid/api")) << true;
    QTest::newRow("http lan address") << QUrl(QStringLiteral("http://192.168.0.10/api")) << true;
    QTest::newRow("loopback not allowed")
        << QUrl(QStringLiteral("http://127.0.0.1:9/api")) << false;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/api")) << true;
    QTest::newRow("no host") << QUrl(QStringLiteral("https:///api")) << true;
}

void TstTransport::insecureUrlFailsBeforeSending()
{
    QFETCH(QUrl, url);
    QFETCH(bool, allowLoopback);
    TransportSettings settings = fastSettings();
    settings.allowInsecureLoopback = allowLoopback;
    Transport transport(m_nam.get(), settings);
    ApiRequest request = getRequest(url);
    request.headers = {{"X-VTEX-API-AppToken", "tok"}};
    auto result = sendCollect(transport, request, this);
    QTRY_COMPARE(result->calls, 1);
    QCOMPARE(result->response.error.kind, ErrorKind::InsecureUrl);
    QCOMPARE(result->response.attempts, 0);
    QCOMPARE(transport.attemptsSent(), 0);
    QCOMPARE(m_nam->created, 0);
    QVERIFY(!result->response.error.userText().isEmpty());
}

void TstTransport::callbackIsNeverSynchronous()
{
    Transport transport(m_nam.get(), fastSettings());
    bool called = false;
    transport.send(getRequest(QUrl(QStringLiteral("http://example.invalid/"))), this,
                   [&called](const ApiResponse &) { called = true; });
    QVERIFY(!called); // even an immediate failure arrives through the event loop
    QTRY_VERIFY(called);
}

QTEST_GUILESS_MAIN(TstTransport)
#include "tst_transport.moc"
