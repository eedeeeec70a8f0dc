// Sync of 2,000 orders from the sandbox at 50 ms latency, with the production transport settings
// (6,000 requests/min per host, 8 in flight). Prints the wall time and its ratio to the bound
// max(requests / rate cap, requests x latency / concurrency). Target: ratio <= 1.15.
#include "api/transport.h"
#include "api/vtexomsclient.h"
#include "sandbox/sandboxserver.h"
#include "storage/database.h"
#include "storage/ordercache.h"
#include "sync/ordersynchronizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace despacho;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"orders"_s, u"orders in the sandbox"_s, u"N"_s, u"2000"_s},
                       {u"latency-ms"_s, u"sandbox latency"_s, u"MS"_s, u"50"_s},
                       {u"concurrency"_s, u"requests in flight"_s, u"N"_s, u"8"_s},
                       {u"rate"_s, u"requests per minute"_s, u"N"_s, u"6000"_s}});
    parser.process(app);
    const int orders = parser.value(u"orders"_s).toInt();
    const int latency = parser.value(u"latency-ms"_s).toInt();
    const int concurrency = parser.value(u"concurrency"_s).toInt();
    const int rate = parser.value(u"rate"_s).toInt();

    sandbox::SandboxServer server({.orders = orders, .latencyMs = latency});
    if (!server.start())
        qFatal("sandbox: %s", qPrintable(server.errorString()));
    QNetworkAccessManager nam;
    api::TransportSettings settings;
    settings.ratePerMinute = rate;
    settings.maxConcurrency = concurrency;
    api::Transport transport(&nam, settings);
    api::VtexAccountConfig config;
    config.name = u"bench"_s;
    config.account = u"demo"_s;
    config.appKey = u"demo-key"_s;
    config.appToken = u"demo-token"_s;
    config.baseUrl = server.baseUrl();
    api::VtexOmsClient client(&transport, config);
    QTemporaryDir dir;
    storage::Database db(dir.filePath(u"bench.sqlite"_s));
    if (!db.open().ok())
        qFatal("db");
    storage::OrderCache cache(&db);
    sync::OrderSynchronizer syncer(&client, &cache, u"bench"_s);

    QTextStream out(stdout);
    QElapsedTimer clock;
    QObject::connect(&syncer, &sync::OrderSynchronizer::finished, &app,
                     [&](const sync::SyncReport &report) {
                         const double seconds = clock.elapsed() / 1000.0;
                         const qint64 requests = server.requestCount();
                         const double rateBound = requests / (rate / 60.0);
                         const double latencyBound = requests * (latency / 1000.0) / concurrency;
                         const double bound = std::max(rateBound, latencyBound);
                         out << "bench_sync: orders=" << report.ordersListed
                             << " details=" << report.detailsFetched
                             << " failures=" << report.failures << " requests=" << requests << '\n'
                             << "bench_sync: wall=" << QString::number(seconds, 'f', 2)
                             << " s bound=" << QString::number(bound, 'f', 2) << " s (rate "
                             << QString::number(rateBound, 'f', 2) << " s, latency "
                             << QString::number(latencyBound, 'f', 2)
                             << " s) ratio=" << QString::number(seconds / bound, 'f', 3)
                             << " target<=1.15" << Qt::endl;
                         QCoreApplication::exit(report.ok() ? 0 : 1);
                     });
    sync::SyncOptions options;
    options.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    options.concurrency = concurrency;
    options.statuses = {u"payment-pending"_s, u"ready-for-handling"_s, u"handling"_s, u"invoiced"_s,
                        u"canceled"_s};
    clock.start();
    syncer.start(options);
    return QCoreApplication::exec();
}
