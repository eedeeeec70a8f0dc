// Transport flow control against 127.0.0.1: concurrency cap, rate limit, throughput without
// needless delay, cancellation, abandoned contexts, and secrets kept out of every log line.

#include "api/transport.h"
#include "fakehttpserver.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace despacho::api;
using namespace despacho::api::test;

namespace {

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

void enableApiDebug(QLoggingCategory *category)
{
    if (qstrncmp(category->categoryName(), "despacho.api", 12) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
    } else if (g_previousFilter) {
        g_previousFilter(category);
    }
}

} // namespace

class TstTransportFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_nam = std::make_unique<CountingNam>(); }
    void cleanup() { m_nam.reset(); }

    void concurrencyCapHonored();
    void connectionsMatchConcurrency_data();
    void connectionsMatchConcurrency();
    void rateLimitHonored();
    void noNeedlessDelay();
    void cancelInFlight();
    void cancelQueued();
    void cancelDuringBackoff();
    void cancelAll();
    void destroyedContextIsNotCalled();
    void destroyingTransportCancels();
    void destroyingManagerCancels();
    void destroyingManagerCancelsEveryLane();
    void tokensNeverLogged();

private:
    std::unique_ptr<CountingNam> m_nam;
};

void TstTransportFlow::concurrencyCapHonored()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.delayMs = 60;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.maxConcurrency = 3;
    Transport transport(m_nam.get(), settings);
    QList<std::shared_ptr<Collected>> results;
    for (int i = 0; i < 12; ++i)
        results << sendCollect(transport, getRequest(server.url(u"/o/" + QString::number(i))),
                               this);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(results.begin(), results.end(), [](const auto &r) { return r->calls == 1; }),
        10000);
    for (const auto &r : results)
        QVERIFY(r->response.ok());
    QCOMPARE(server.requestCount(), 12);
    QCOMPARE(server.maxInFlight(), 3);
}

void TstTransportFlow::connectionsMatchConcurrency_data()
{
    QTest::addColumn<int>("concurrency");
    for (const int c : {1, 4, 6, 7, 8, 16})
        QTest::addRow("c=%d", c) << c;
}

// Qt 6.4 opens at most six HTTP/1.1 connections per host for one network manager; the transport
// must still put `concurrency` requests on the wire at once, each on its own TCP connection, and
// reuse those connections (keep-alive) instead of opening new ones.
void TstTransportFlow::connectionsMatchConcurrency()
{
    QFETCH(int, concurrency);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.delayMs = 80;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.timeoutMs = 10000;
    settings.maxConcurrency = concurrency;
    Transport transport(m_nam.get(), settings);
    QSignalSpy finishedOnInjected(m_nam.get(), &QNetworkAccessManager::finished);
    const int requests = 4 * concurrency;
    QList<std::shared_ptr<Collected>> results;
    for (int i = 0; i < requests; ++i)
        results << sendCollect(transport, getRequest(server.url(u"/c/" + QString::number(i))),
                               this);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(results.begin(), results.end(), [](const auto &r) { return r->calls == 1; }),
        20000);
    for (const auto &r : results) {
        QVERIFY2(r->response.ok(), qPrintable(r->response.error.logText()));
        QVERIFY(!r->response.http2); // plain http: HTTP/1.1
    }
    QCOMPARE(server.requestCount(), requests);
    QCOMPARE(server.maxInFlight(), concurrency);
    QCOMPARE(server.connectionsAccepted(), concurrency);
    const int managers =
        (concurrency + Transport::kConnectionsPerManager - 1) / Transport::kConnectionsPerManager;
    QCOMPARE(transport.managerCount(), managers);
    // The extra managers' replies are announced on the injected one too.
    QCOMPARE(finishedOnInjected.count(), requests);
}

void TstTransportFlow::rateLimitHonored()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    TransportSettings settings = fastSettings();
    settings.ratePerMinute = 600; // 10 per second
    settings.maxConcurrency = 4;  // bucket capacity: a burst of 4, then 1 every 100 ms
    Transport transport(m_nam.get(), settings);
    QList<std::shared_ptr<Collected>> results;
    for (int i = 0; i < 20; ++i)
        results << sendCollect(transport, getRequest(server.url(u"/r/" + QString::number(i))),
                               this);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(results.begin(), results.end(), [](const auto &r) { return r->calls == 1; }),
        10000);
    QCOMPARE(server.requestCount(), 20);
    const auto &requests = server.requests();
    const qint64 span = requests.last().arrivedMs - requests.first().arrivedMs;
    // 16 requests beyond the burst at 10/s: at least 1.5 s; allow timer slack.
    QVERIFY2(span >= 1400, qPrintable(QStringLiteral("20 requests in %1 ms").arg(span)));
    // In any 500-ms window at most burst (4) + 5 paced starts (+1 for window edges).
    for (qsizetype i = 0; i < requests.size(); ++i) {
        int inWindow = 0;
        for (qsizetype j = i; j < requests.size(); ++j) {
            if (requests.at(j).arrivedMs < requests.at(i).arrivedMs + 500)
                ++inWindow;
        }
        QVERIFY2(inWindow <= 10, qPrintable(QStringLiteral("%1 starts in 500 ms").arg(inWindow)));
    }
}

void TstTransportFlow::noNeedlessDelay()
{
    // VTEX's budget (6,000/min) with 8 in flight and 50 ms latency: the rate (100/s) is the
    // bottleneck, so 60 requests should take about (60 - 8) / 100 s plus one latency.
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.delayMs = 50;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.ratePerMinute = 6000;
    settings.maxConcurrency = 8;
    Transport transport(m_nam.get(), settings);
    QElapsedTimer clock;
    clock.start();
    QList<std::shared_ptr<Collected>> results;
    for (int i = 0; i < 60; ++i)
        results << sendCollect(transport, getRequest(server.url(u"/t/" + QString::number(i))),
                               this);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(results.begin(), results.end(), [](const auto &r) { return r->calls == 1; }),
        10000);
    const qint64 elapsed = clock.elapsed();
    qInfo() << "60 requests, 50 ms latency, 6000/min, 8 concurrent:" << elapsed << "ms";
    QVERIFY2(elapsed >= 450, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
}

void TstTransportFlow::cancelInFlight()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.mode = FakeReply::Mode::Hang;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.timeoutMs = 10000;
    Transport transport(m_nam.get(), settings);
    quint64 id = 0;
    auto result =
        sendCollect(transport, getRequest(server.url(QStringLiteral("/hang"))), this, &id);
    QTRY_COMPARE(server.requestCount(), 1);
    transport.cancel(id);
    QTRY_COMPARE(result->calls, 1);
    QCOMPARE(result->response.error.kind, ErrorKind::Canceled);
    QCOMPARE(transport.pendingCount(), 0);
    QTRY_COMPARE(server.inFlight(), 0); // the connection was really aborted
    transport.cancel(id);               // unknown id now: no second callback
    QTest::qWait(20);
    QCOMPARE(result->calls, 1);
}

void TstTransportFlow::cancelQueued()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.delayMs = 100;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.maxConcurrency = 1;
    Transport transport(m_nam.get(), settings);
    quint64 queuedId = 0;
    auto first = sendCollect(transport, getRequest(server.url(QStringLiteral("/1"))), this);
    auto queued =
        sendCollect(transport, getRequest(server.url(QStringLiteral("/2"))), this, &queuedId);
    auto third = sendCollect(transport, getRequest(server.url(QStringLiteral("/3"))), this);
    transport.cancel(queuedId);
    QTRY_COMPARE(third->calls, 1);
    QCOMPARE(first->calls, 1);
    QCOMPARE(queued->calls, 1);
    QCOMPARE(queued->response.error.kind, ErrorKind::Canceled);
    QCOMPARE(queued->response.attempts, 0);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests().at(1).target, QByteArray("/3"));
}

void TstTransportFlow::cancelDuringBackoff()
{
    RecordingServer server;
    server.setHandler([](const SeenRequest &, int) {
        // Retry-After on a 503 sets a floor under the jittered backoff (capped at backoffMaxMs),
        // which keeps the retry far enough away to cancel it deterministically.
        QHttpServerResponse reply = jsonReply("{}", 503);
        reply.setHeader("Retry-After", "1");
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.backoffMaxMs = 1000;
    settings.maxAttempts = 5;
    Transport transport(m_nam.get(), settings);
    quint64 id = 0;
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), this, &id);
    QTRY_COMPARE(transport.retries(), 1); // the first attempt failed; the retry is scheduled
    transport.cancel(id);
    QTRY_COMPARE(result->calls, 1);
    QCOMPARE(result->response.error.kind, ErrorKind::Canceled);
    QCOMPARE(result->response.attempts, 1);
    QTest::qWait(1200);
    QCOMPARE(server.requestCount(), 1); // the pending retry was dropped
}

void TstTransportFlow::cancelAll()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.mode = FakeReply::Mode::Hang;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.maxConcurrency = 2;
    settings.timeoutMs = 10000;
    Transport transport(m_nam.get(), settings);
    QList<std::shared_ptr<Collected>> results;
    for (int i = 0; i < 5; ++i)
        results << sendCollect(transport, getRequest(server.url(u"/c/" + QString::number(i))),
                               this);
    QTRY_COMPARE(server.requestCount(), 2);
    transport.cancelAll();
    QTRY_VERIFY(
        std::all_of(results.begin(), results.end(), [](const auto &r) { return r->calls == 1; }));
    for (const auto &r : results)
        QCOMPARE(r->response.error.kind, ErrorKind::Canceled);
    QCOMPARE(transport.pendingCount(), 0);
    QTest::qWait(50);
    QCOMPARE(server.requestCount(), 2);
}

void TstTransportFlow::destroyedContextIsNotCalled()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.delayMs = 100;
        return reply;
    });
    Transport transport(m_nam.get(), fastSettings());
    auto context = std::make_unique<QObject>();
    auto result =
        sendCollect(transport, getRequest(server.url(QStringLiteral("/x"))), context.get());
    QTRY_COMPARE(server.requestCount(), 1);
    context.reset();
    QCOMPARE(transport.pendingCount(), 0);
    QTest::qWait(250);
    QCOMPARE(result->calls, 0);
}

void TstTransportFlow::destroyingTransportCancels()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.mode = FakeReply::Mode::Hang;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.maxConcurrency = 1;
    settings.timeoutMs = 10000;
    auto transport = std::make_unique<Transport>(m_nam.get(), settings);
    auto inFlight = sendCollect(*transport, getRequest(server.url(QStringLiteral("/a"))), this);
    auto queued = sendCollect(*transport, getRequest(server.url(QStringLiteral("/b"))), this);
    QTRY_COMPARE(server.requestCount(), 1);
    transport.reset();
    QTRY_VERIFY(inFlight->calls == 1 && queued->calls == 1);
    QCOMPARE(inFlight->response.error.kind, ErrorKind::Canceled);
    QCOMPARE(queued->response.error.kind, ErrorKind::Canceled);
    QTRY_COMPARE(server.inFlight(), 0);
}

void TstTransportFlow::destroyingManagerCancels()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.mode = FakeReply::Mode::Hang;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.timeoutMs = 10000;
    Transport transport(m_nam.get(), settings);
    auto result = sendCollect(transport, getRequest(server.url(QStringLiteral("/a"))), this);
    QTRY_COMPARE(server.requestCount(), 1);
    m_nam.reset();
    QTRY_COMPARE(result->calls, 1);
    QCOMPARE(result->response.error.kind, ErrorKind::Canceled);
    QCOMPARE(transport.pendingCount(), 0);
    auto late = sendCollect(transport, getRequest(server.url(QStringLiteral("/b"))), this);
    QTRY_COMPARE(late->calls, 1);
    QCOMPARE(late->response.error.kind, ErrorKind::Network);
}

void TstTransportFlow::destroyingManagerCancelsEveryLane()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.mode = FakeReply::Mode::Hang;
        return reply;
    });
    TransportSettings settings = fastSettings();
    settings.timeoutMs = 10000;
    settings.maxConcurrency = 8; // two managers
    Transport transport(m_nam.get(), settings);
    QList<std::shared_ptr<Collected>> results;
    for (int i = 0; i < 10; ++i)
        results << sendCollect(transport, getRequest(server.url(u"/h/" + QString::number(i))),
                               this);
    QTRY_COMPARE(server.requestCount(), 8);
    QCOMPARE(transport.managerCount(), 2);
    m_nam.reset();
    QTRY_VERIFY(
        std::all_of(results.begin(), results.end(), [](const auto &r) { return r->calls == 1; }));
    for (const auto &r : results)
        QCOMPARE(r->response.error.kind, ErrorKind::Canceled);
    QCOMPARE(transport.pendingCount(), 0);
    QTRY_COMPARE(server.inFlight(), 0); // the extra manager's connections were closed too
}

void TstTransportFlow::tokensNeverLogged()
{
    const QByteArray vtexToken = "VTEX-TOKEN-d3adb33f-SECRET";
    const QString evendiToken = QStringLiteral("evendi-tok-0xC0FFEE");
    RecordingServer server;
    server.setHandler([](const SeenRequest &seen, int) {
        return seen.url.path() == u"/fail" ? jsonReply(R"({"message":"nope"})", 500)
                                           : jsonReply("{}");
    });

    g_log.clear();
    g_previousFilter = QLoggingCategory::installFilter(enableApiDebug);
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QList<ApiError> errors;
    {
        Transport transport(m_nam.get(), fastSettings());
        auto vtexRequest = [&](const QString &path) {
            ApiRequest request = getRequest(server.url(path));
            request.headers = {{"X-VTEX-API-AppKey", "app-key"},
                               {"X-VTEX-API-AppToken", vtexToken}};
            request.secretHeaders = {"X-VTEX-API-AppToken"};
            return request;
        };
        auto ok = sendCollect(transport, vtexRequest(QStringLiteral("/ok")), this);
        auto failing = sendCollect(transport, vtexRequest(QStringLiteral("/fail")), this);

        // e-vendi style: token in the query string, to a port where nothing listens, so the
        // error text (which Qt builds from the full URL) must be scrubbed too.
        QUrl evendiUrl;
        evendiUrl.setScheme(QStringLiteral("http"));
        evendiUrl.setHost(QStringLiteral("127.0.0.1"));
        evendiUrl.setPort(closedPort());
        evendiUrl.setPath(QStringLiteral("/getOrderById"));
        evendiUrl.setQuery(u"id=77&integrationToken=" + evendiToken);
        ApiRequest evendi = getRequest(evendiUrl);
        evendi.redactQuery = true;
        auto refused = sendCollect(transport, evendi, this);

        QTRY_VERIFY(ok->calls == 1 && failing->calls == 1 && refused->calls == 1);
        QVERIFY(ok->response.ok());
        errors << failing->response.error << refused->response.error;
    }
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::installFilter(g_previousFilter);

    QVERIFY(g_log.size() > 5);
    const QString joined = g_log.join(u'\n');
    QVERIFY2(!joined.contains(QString::fromLatin1(vtexToken)), qPrintable(joined));
    QVERIFY2(!joined.contains(evendiToken), qPrintable(joined));
    QVERIFY(joined.contains(u"X-VTEX-API-AppToken: <redacted>"));
    QVERIFY(joined.contains(u"app-key"));
    for (const ApiError &error : errors) {
        QVERIFY(!error.isNone());
        for (const QString &text : {error.detail, error.userText(), error.logText()}) {
            QVERIFY2(!text.contains(QString::fromLatin1(vtexToken)), qPrintable(text));
            QVERIFY2(!text.contains(evendiToken), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TstTransportFlow)
#include "tst_transportflow.moc"
