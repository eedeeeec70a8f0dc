// Sync of 2,000 orders from the sandbox at 50 ms latency with the production rate cap (6,000
// requests/min per host), for c = 4, 8 and 16 requests in flight, over HTTP/1.1 (plain, straight
// to the sandbox) and over HTTP/2 (TLS through nghttpx in front of the sandbox, with a test-only
// certificate; tests/common/tlsh2server.h); `--protocols https1` adds HTTP/1.1 over TLS through
// the same nghttpx, which tells the proxy's and TLS's share from HTTP/2's. For each run it prints
// the wall time, the requests, the TCP connections the client opened (counted by the server: the
// sandbox for HTTP/1.1, nghttpx's access log for HTTP/2), the bound max(requests / rate cap,
// requests x latency / c) and the ratio wall / bound. Target: ratio <= 1.15. The sandbox runs on
// its own thread.
#include "api/transport.h"
#include "api/vtexomsclient.h"
#include "sandbox/sandboxserver.h"
#include "storage/database.h"
#include "storage/ordercache.h"
#include "sync/ordersynchronizer.h"
#include "tlsh2server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {

struct Run
{
    bool ok = false;
    QString error;
    double seconds = 0;
    qint64 requests = 0;
    qint64 connections = 0;
    int managers = 0;
    int http2Replies = 0;          // requests that came over HTTP/2 (from the nghttpx log)
    qint64 backendConnections = 0; // nghttpx to the sandbox
};

// The sandbox on a thread of its own: a real store's server does not take the client's CPU, and
// on one thread the sandbox's JSON work would be timed as the client's.
class SandboxThread
{
public:
    explicit SandboxThread(sandbox::SandboxOptions options)
    {
        m_context->moveToThread(&m_thread);
        m_thread.start();
        call([this, options] {
            m_server = std::make_unique<sandbox::SandboxServer>(options);
            m_started = m_server->start();
            m_error = m_server->errorString();
            m_port = m_server->port();
        });
    }
    ~SandboxThread()
    {
        call([this] { m_server.reset(); });
        m_context->deleteLater(); // on the thread, as it finishes
        m_thread.quit();
        m_thread.wait();
    }
    bool started() const { return m_started; }
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }
    qint64 requestCount()
    {
        qint64 n = 0;
        call([this, &n] { n = m_server->requestCount(); });
        return n;
    }
    qint64 connectionCount()
    {
        qint64 n = 0;
        call([this, &n] { n = m_server->connectionCount(); });
        return n;
    }

private:
    template <typename F> void call(F f)
    {
        QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject *m_context = new QObject; // lives on m_thread
    std::unique_ptr<sandbox::SandboxServer> m_server;
    bool m_started = false;
    QString m_error;
    quint16 m_port = 0;
};

struct Setup
{
    int orders = 2000;
    int latencyMs = 50;
    int ratePerMinute = 6000;
};

enum class Protocol
{
    Http1,  // plain HTTP/1.1 straight to the sandbox
    Https1, // TLS through nghttpx, ALPN offering http/1.1 only: the proxy's and TLS's own cost
    Http2,  // TLS through nghttpx, h2
};

Run runSync(const Setup &setup, int concurrency, Protocol protocol, test::TlsH2Server *tls)
{
    Run run;
    SandboxThread server({.orders = setup.orders, .latencyMs = setup.latencyMs});
    if (!server.started()) {
        run.error = u"sandbox: "_s + server.errorString();
        return run;
    }
    if (tls && !tls->start(server.port(), protocol == Protocol::Http2)) {
        run.error = u"nghttpx: "_s + tls->errorString();
        return run;
    }
    QNetworkAccessManager nam;
    api::TransportSettings settings;
    settings.ratePerMinute = setup.ratePerMinute;
    settings.maxConcurrency = concurrency;
    api::Transport transport(&nam, settings);
    api::VtexAccountConfig config;
    config.name = u"bench"_s;
    config.account = u"demo"_s;
    config.appKey = u"demo-key"_s;
    config.appToken = u"demo-token"_s;
    config.baseUrl = tls ? tls->baseUrl() : server.baseUrl();
    api::VtexOmsClient client(&transport, config);
    QTemporaryDir dir;
    storage::Database db(dir.filePath(u"bench.sqlite"_s));
    if (!db.open().ok()) {
        run.error = u"cannot open the database"_s;
        return run;
    }
    storage::OrderCache cache(&db);
    sync::OrderSynchronizer syncer(&client, &cache, u"bench"_s);

    sync::SyncOptions options;
    options.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    options.concurrency = concurrency;
    options.statuses = {u"payment-pending"_s, u"ready-for-handling"_s, u"handling"_s, u"invoiced"_s,
                        u"canceled"_s};
    QEventLoop loop;
    QElapsedTimer clock;
    std::optional<sync::SyncReport> report;
    QObject::connect(&syncer, &sync::OrderSynchronizer::finished, &loop,
                     [&](const sync::SyncReport &r) {
                         run.seconds = clock.elapsed() / 1000.0;
                         report = r;
                         loop.quit();
                     });
    clock.start();
    syncer.start(options);
    loop.exec();

    run.requests = server.requestCount();
    run.managers = transport.managerCount();
    if (tls) {
        tls->waitForLogLines(run.requests);
        run.connections = tls->clientConnections();
        run.backendConnections = server.connectionCount();
        for (const auto &line : tls->accessLog())
            run.http2Replies += line.alpn == "h2" ? 1 : 0;
        tls->stop();
    } else {
        run.connections = server.connectionCount();
    }
    run.ok = report && report->ok() && report->detailsFetched == setup.orders;
    if (!run.ok && report) {
        run.error = u"listed %1, fetched %2, failures %3: %4"_s.arg(report->ordersListed)
                        .arg(report->detailsFetched)
                        .arg(report->failures)
                        .arg(report->messages.value(0));
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A debug line per request would be timed too; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"despacho.*.debug=false\ndespacho.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"orders"_s, u"orders in the sandbox"_s, u"N"_s, u"2000"_s},
         {u"latency-ms"_s, u"sandbox latency"_s, u"MS"_s, u"50"_s},
         {u"concurrency"_s, u"requests in flight, comma-separated"_s, u"LIST"_s, u"4,8,16"_s},
         {u"protocols"_s, u"comma-separated: http1 (plain), https1 (TLS, no h2), http2"_s,
          u"LIST"_s, u"http1,http2"_s},
         {u"rate"_s, u"requests per minute"_s, u"N"_s, u"6000"_s}});
    parser.process(app);
    Setup setup;
    setup.orders = parser.value(u"orders"_s).toInt();
    setup.latencyMs = parser.value(u"latency-ms"_s).toInt();
    setup.ratePerMinute = parser.value(u"rate"_s).toInt();
    QList<int> concurrencies;
    for (const QString &c : parser.value(u"concurrency"_s).split(u','))
        concurrencies << std::max(1, c.trimmed().toInt());
    const QStringList protocols = parser.value(u"protocols"_s).split(u',');

    QTextStream out(stdout);
    out << "bench_sync: " << setup.orders << " orders, " << setup.latencyMs
        << " ms latency, rate cap " << setup.ratePerMinute
        << "/min; bound = max(requests / rate cap, requests x latency / c); target ratio <= 1.15"
        << Qt::endl;
    out << "bench_sync: protocol  c    wall(s)  requests  connections  managers  bound(s) [rate, "
           "latency]  ratio"
        << Qt::endl;

    test::TlsH2Server tls;
    bool allOk = true;
    for (const QString &name : protocols) {
        const Protocol protocol = name.trimmed() == u"http2"    ? Protocol::Http2
                                  : name.trimmed() == u"https1" ? Protocol::Https1
                                                                : Protocol::Http1;
        const bool viaTls = protocol != Protocol::Http1;
        const char *label = protocol == Protocol::Http2    ? "HTTP/2"
                            : protocol == Protocol::Https1 ? "HTTPS/1.1"
                                                           : "HTTP/1.1";
        if (viaTls) {
            // The test CA, trusted in this process only (the default QSslConfiguration).
            if (!tls.prepare()) {
                out << "bench_sync: " << label << " not measured: " << tls.errorString()
                    << Qt::endl;
                allOk = false;
                continue;
            }
            tls.trustInThisProcess();
        }
        for (const int c : std::as_const(concurrencies)) {
            const Run run = runSync(setup, c, protocol, viaTls ? &tls : nullptr);
            const double rateBound =
                setup.ratePerMinute > 0 ? run.requests / (setup.ratePerMinute / 60.0) : 0.0;
            const double latencyBound = run.requests * (setup.latencyMs / 1000.0) / c;
            const double bound = std::max(rateBound, latencyBound);
            out << "bench_sync: "
                << QString::asprintf(
                       "%-9s %-3d %8.2f  %8lld  %11lld  %8d  %8.2f [%.2f, %.2f]  %.3f", label, c,
                       run.seconds, qlonglong(run.requests), qlonglong(run.connections),
                       run.managers, bound, rateBound, latencyBound,
                       bound > 0 ? run.seconds / bound : 0.0);
            if (viaTls) {
                out << "  (h2 requests: " << run.http2Replies
                    << ", nghttpx-to-sandbox connections: " << run.backendConnections << ")";
            }
            if (!run.ok) {
                out << "  FAILED: " << run.error;
                allOk = false;
            }
            out << Qt::endl;
        }
    }
    return allOk ? 0 : 1;
}
