#include "api/transport.h"
#include "api/vtexomsclient.h"
#include "brokenvtexstore.h"
#include "sandbox/sandboxserver.h"
#include "storage/database.h"
#include "storage/ordercache.h"
#include "sync/ordersynchronizer.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
api::TransportSettings fastSettings()
{
    api::TransportSettings s;
    s.backoffBaseMs = 5;
    s.backoffMaxMs = 50;
    s.pauseOn429Ms = 200;
    s.timeoutMs = 5000;
    s.maxAttempts = 6;
    s.ratePerMinute = 0;
    s.maxConcurrency = 8;
    return s;
}

// A sync environment: sandbox, transport, client, a fresh SQLite cache.
struct Rig
{
    explicit Rig(sandbox::SandboxOptions options, api::TransportSettings settings = fastSettings(),
                 QString token = u"demo-token"_s)
        : server(std::move(options))
        , transport(&nam, settings)
    {
        if (!server.start())
            qFatal("sandbox did not start: %s", qPrintable(server.errorString()));
        api::VtexAccountConfig c;
        c.name = u"loja"_s;
        c.account = u"demo"_s;
        c.appKey = u"demo-key"_s;
        c.appToken = token;
        c.baseUrl = server.baseUrl();
        c.paymentsUrl = server.baseUrl();
        client = std::make_unique<api::VtexOmsClient>(&transport, c);
        db = std::make_unique<storage::Database>(dir.filePath(u"cache.sqlite"_s));
        if (!db->open().ok())
            qFatal("cannot open db");
        cache = std::make_unique<storage::OrderCache>(db.get());
    }

    sync::SyncReport run(sync::SyncOptions options = {})
    {
        sync::OrderSynchronizer syncer(client.get(), cache.get(), u"loja"_s);
        QSignalSpy spy(&syncer, &sync::OrderSynchronizer::finished);
        if (!options.since.isValid())
            options.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        syncer.start(options);
        if (!spy.wait(240000))
            qFatal("sync did not finish");
        return spy.takeFirst().at(0).value<sync::SyncReport>();
    }

    QTemporaryDir dir;
    sandbox::SandboxServer server;
    QNetworkAccessManager nam;
    api::Transport transport;
    std::unique_ptr<api::VtexOmsClient> client;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::OrderCache> cache;
};

sync::SyncOptions allStatuses()
{
    sync::SyncOptions o;
    o.statuses = QStringList{u"payment-pending"_s, u"ready-for-handling"_s, u"handling"_s,
                             u"invoiced"_s, u"canceled"_s};
    o.refreshMinutes = 600;
    return o;
}
} // namespace

class TestOrderSynchronizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullSyncThenOnlyChanges()
    {
        Rig rig({.orders = 300});
        const auto report = rig.run(allStatuses());
        QVERIFY2(report.ok(), qPrintable(report.messages.join(u'\n')));
        QCOMPARE(report.ordersListed, 300);
        QCOMPARE(report.detailsFetched, 300);
        QCOMPARE(rig.cache->count({}), 300);

        // Values come from get order, not from the list.
        const auto first = rig.cache->query({.limit = 1}).first();
        const QJsonObject truth = rig.server.order(first.orderId);
        QCOMPARE(first.totalValue.cents(), truth.value("value"_L1).toInteger());
        QCOMPARE(first.status, truth.value("status"_L1).toString());
        QVERIFY(!rig.cache->rawJson(u"loja"_s, first.orderId).isEmpty());

        // Nothing changed: no detail is fetched again.
        auto again = rig.run(allStatuses());
        QVERIFY(again.ok());
        QCOMPARE(again.ordersListed, 300);
        QCOMPARE(again.detailsFetched, 0);

        // One order moves on at VTEX: only that one is fetched, and the cache follows.
        const auto handling = rig.cache->query({.status = u"ready-for-handling"_s, .limit = 1});
        QVERIFY(!handling.isEmpty());
        rig.server.setOrderStatus(handling.first().orderId, u"handling"_s);
        again = rig.run(allStatuses());
        QCOMPARE(again.detailsFetched, 1);
        QCOMPARE(rig.cache->summary(u"loja"_s, handling.first().orderId)->status, u"handling"_s);
    }

    // `--concurrency N` is what reaches the server: N requests at once on N TCP connections
    // (Qt 6.4 alone would open 6 per host), kept alive for the whole sync.
    void concurrencyIsRealOnTheWire_data()
    {
        QTest::addColumn<int>("concurrency");
        for (const int c : {4, 8, 16})
            QTest::addRow("c=%d", c) << c;
    }
    void concurrencyIsRealOnTheWire()
    {
        QFETCH(int, concurrency);
        api::TransportSettings settings = fastSettings();
        settings.maxConcurrency = concurrency;
        Rig rig({.orders = 120, .latencyMs = 40}, settings);
        sync::SyncOptions options = allStatuses();
        options.concurrency = concurrency;
        const auto report = rig.run(options);
        QVERIFY2(report.ok(), qPrintable(report.messages.join(u'\n')));
        QCOMPARE(report.detailsFetched, 120);
        QCOMPARE(rig.server.connectionCount(), concurrency);
    }

    void statusFilterAndStaleRefresh()
    {
        Rig rig({.orders = 120});
        sync::SyncOptions o;
        o.statuses = {u"ready-for-handling"_s};
        const auto report = rig.run(o);
        QVERIFY(report.ok());
        QVERIFY(report.ordersListed > 0);
        QCOMPARE(rig.cache->count({}), report.ordersListed);
        QCOMPARE(rig.cache->count({.status = u"ready-for-handling"_s}), report.ordersListed);
        // refreshMinutes = 0: non-final orders are re-read every time (VTEX's list lags).
        o.refreshMinutes = 0;
        QTest::qWait(1100);
        const auto again = rig.run(o);
        QCOMPARE(again.detailsFetched, report.ordersListed);
    }

    void slicesPastTheThirtyPageCap()
    {
        Rig rig({.orders = 3100});
        auto o = allStatuses();
        const auto report = rig.run(o);
        QVERIFY2(report.ok(), qPrintable(report.messages.join(u'\n')));
        QCOMPARE(report.ordersListed, 3100);
        QCOMPARE(rig.cache->count({}), 3100);
    }

    void retriesServerErrorsAndRateLimits()
    {
        Rig rig({.orders = 80, .failRate = 0.2});
        const auto report = rig.run(allStatuses());
        QVERIFY2(report.ok(), qPrintable(report.messages.join(u'\n')));
        QCOMPARE(report.ordersListed, 80);
        QVERIFY(rig.transport.retries() > 0);
    }

    void pausesOn429()
    {
        // The sandbox allows 5 requests a minute; once the transport has paused on a 429 (using
        // the sandbox's Retry-After of 1 s), the limit is lifted and the sync must complete.
        Rig rig({.orders = 40, .rateLimitPerMinute = 5, .retryAfterSeconds = 1});
        QSignalSpy paused(&rig.transport, &api::Transport::hostPaused);
        connect(&rig.transport, &api::Transport::hostPaused, this,
                [&] { rig.server.setRateLimitPerMinute(0); });
        const auto report = rig.run(allStatuses());
        QVERIFY2(report.ok(), qPrintable(report.messages.join(u'\n')));
        QCOMPARE(rig.cache->count({}), 40);
        QVERIFY(paused.count() > 0);
        QCOMPARE(paused.first().at(1).toInt(), 1000);
    }

    void wrongTokenStopsWithAuthenticationError()
    {
        Rig rig({.orders = 30}, fastSettings(), u"wrong-token"_s);
        const auto report = rig.run(allStatuses());
        QCOMPARE(report.fatalError.kind, api::ErrorKind::Authentication);
        QVERIFY(report.messages.join(u' ').contains(u"loja"_s));
        QCOMPARE(rig.cache->count({}), 0);
    }

    void cancelThenResume()
    {
        Rig rig({.orders = 200, .latencyMs = 20});
        sync::OrderSynchronizer syncer(rig.client.get(), rig.cache.get(), u"loja"_s);
        QSignalSpy finished(&syncer, &sync::OrderSynchronizer::finished);
        connect(&syncer, &sync::OrderSynchronizer::progressChanged, &syncer,
                [&](const sync::SyncProgress &p) {
                    if (p.detailsDone >= 30)
                        syncer.cancel();
                });
        auto o = allStatuses();
        o.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        syncer.start(o);
        QVERIFY(finished.wait(60000));
        const auto report = finished.takeFirst().at(0).value<sync::SyncReport>();
        QVERIFY(report.canceled);
        const int stored = report.detailsFetched;
        QVERIFY(stored >= 30 && stored < 200);
        // Resuming fetches only what the canceled run did not store.
        const auto rest = rig.run(allStatuses());
        QVERIFY(rest.ok());
        QCOMPARE(rest.detailsFetched, 200 - stored);
    }

    void oneBrokenOrderDoesNotStopTheRest()
    {
        // A fake VTEX whose detail for one order is truncated JSON and for another has no status.
        QHttpServer fake;
        testing::routeBrokenVtexStore(fake);
        const quint16 port = fake.listen(QHostAddress::LocalHost);
        QVERIFY(port);
        QTemporaryDir dir;
        QNetworkAccessManager nam;
        auto settings = fastSettings();
        settings.maxAttempts = 2;
        api::Transport transport(&nam, settings);
        api::VtexAccountConfig c;
        c.name = u"loja"_s;
        c.account = u"demo"_s;
        c.appKey = u"k"_s;
        c.appToken = u"t"_s;
        c.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        api::VtexOmsClient client(&transport, c);
        storage::Database db(dir.filePath(u"c.sqlite"_s));
        QVERIFY(db.open().ok());
        storage::OrderCache cache(&db);
        sync::OrderSynchronizer syncer(&client, &cache, u"loja"_s);
        QSignalSpy finished(&syncer, &sync::OrderSynchronizer::finished);
        QSignalSpy failed(&syncer, &sync::OrderSynchronizer::orderFailed);
        syncer.start({.statuses = {u"handling"_s},
                      .since = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)});
        QVERIFY(finished.wait(30000));
        const auto report = finished.takeFirst().at(0).value<sync::SyncReport>();
        QCOMPARE(report.failures, 2);
        QCOMPARE(report.detailsFetched, 1);
        const QString all = report.messages.join(u'\n');
        QVERIFY2(all.contains(u"broken-01"_s) && all.contains(u"nostatus-01"_s), qPrintable(all));
        QVERIFY(all.contains(u"loja"_s));
        QCOMPARE(failed.count(), 2);
        // The good order is complete; the broken ones stay as list rows only, nothing half-written.
        QVERIFY(!cache.rawJson(u"loja"_s, u"ok-01"_s).isEmpty());
        QVERIFY(cache.rawJson(u"loja"_s, u"broken-01"_s).isEmpty());
        QVERIFY(cache.summary(u"loja"_s, u"broken-01"_s).has_value());
    }
};

QTEST_GUILESS_MAIN(TestOrderSynchronizer)
#include "tst_ordersynchronizer.moc"
