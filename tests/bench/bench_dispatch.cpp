// Tracking commands (BENCH_COMMANDS, default 10,000) through the outbox dispatcher against the
// sandbox, both sides limited to 6,000 requests/min. Prints commands/s and requests/s as
// fractions of the cap, and the retries. BENCH_FAIL_RATE=0.1 adds 5xx answers and
// BENCH_THROTTLE_RATE=0.05 random 429s (Retry-After 1 s). Each sent command
// is followed by one read of the order into the cache, so requests ≈ 2 × commands.
#include "api/transport.h"
#include "sandbox/sandboxserver.h"
#include "security/secretstore.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/appservices.h"
#include "sync/ordersynchronizer.h"
#include "sync/outboxdispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace despacho;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = qEnvironmentVariableIntValue("BENCH_COMMANDS") > 0
                          ? qEnvironmentVariableIntValue("BENCH_COMMANDS")
                          : 10000;
    const double failRate = qEnvironmentVariable("BENCH_FAIL_RATE").toDouble();
    const double throttleRate = qEnvironmentVariable("BENCH_THROTTLE_RATE").toDouble();
    const int rate = 6000;
    QTextStream out(stdout);

    sandbox::SandboxServer server({.orders = 600, .rateLimitPerMinute = rate});
    if (!server.start())
        qFatal("sandbox: %s", qPrintable(server.errorString()));
    QTemporaryDir dir;
    api::TransportSettings transport;
    transport.ratePerMinute = rate;
    sync::AppServices services(transport);
    if (!services.open(dir.path()).ok())
        qFatal("open");
    services.setSecretStore(std::make_unique<security::MemorySecretStore>());
    storage::AccountRecord account;
    account.name = u"bench"_s;
    account.account = u"demo"_s;
    account.appKey = u"demo-key"_s;
    account.baseUrl = server.baseUrl();
    bool ready = false;
    services.saveVtexAccount(account, u"demo-token"_s, &app,
                             [&](const QString &, int) { ready = true; });
    while (!ready)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    // Invoiced orders and their invoice numbers: sync the cache, then ask the sandbox.
    bool synced = false;
    services.clientsFor(u"bench"_s, &app, [&](const sync::AccountClients &c, const QString &, int) {
        auto *syncer = new sync::OrderSynchronizer(c.oms, services.orders(), u"bench"_s, &app);
        QObject::connect(syncer, &sync::OrderSynchronizer::finished, &app,
                         [&](const sync::SyncReport &) { synced = true; });
        syncer->start({.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)});
    });
    while (!synced)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QList<std::pair<QString, QString>> targets;
    for (const auto &o : services.orders()->query({.status = u"invoiced"_s})) {
        const QJsonArray packages =
            server.order(o.orderId)["packageAttachment"_L1]["packages"_L1].toArray();
        if (!packages.isEmpty())
            targets.append({o.orderId, packages.first()[u"invoiceNumber"_s].toString()});
    }
    if (targets.isEmpty())
        qFatal("no invoiced orders found in the sandbox");

    for (int i = 0; i < count; ++i) {
        const auto &[orderId, invoice] = targets.at(i % targets.size());
        Command c;
        c.kind = CommandKind::Tracking;
        c.account = u"bench"_s;
        c.orderId = orderId;
        c.idempotencyKey = QUuid::createUuid().toString();
        c.operatorName = u"bench"_s;
        c.payload = {{u"invoiceNumber"_s, invoice},
                     {u"body"_s, QJsonObject{{u"trackingNumber"_s, u"BR%1"_s.arg(i)},
                                             {u"courier"_s, u"Loggi"_s},
                                             {u"trackingUrl"_s, u"https://loggi.com/r"_s}}}};
        QString error;
        if (!services.outbox()->enqueue(
                c, {.operatorName = u"bench"_s, .action = u"tracking"_s, .outcome = u"queued"_s},
                &error))
            qFatal("enqueue: %s", qPrintable(error));
    }
    server.setFailRate(failRate);
    server.setThrottleRate(throttleRate);
    const qint64 requestsBefore = server.requestCount();
    sync::OutboxDispatcher dispatcher(&services,
                                      {.retryBaseMs = 500, .retryMaxMs = 5000, .pollMs = 200});
    QElapsedTimer clock;
    clock.start();
    if (!dispatcher.start())
        qFatal("lock");
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        storage::Outbox *o = services.outbox();
        const int sent = o->countByState(CommandState::Sent);
        const int failed = o->countByState(CommandState::Failed);
        if (sent + failed < count)
            return;
        const double seconds = clock.elapsed() / 1000.0;
        const qint64 requests = server.requestCount() - requestsBefore;
        const double cap = rate / 60.0;
        out << "bench_dispatch: " << count << " commands (" << targets.size()
            << " orders), fail rate " << failRate << ", throttle rate " << throttleRate
            << ": sent=" << sent << " failed=" << failed << " in "
            << QString::number(seconds, 'f', 1) << " s; outbox retries=" << dispatcher.retryCount()
            << ", transport retries=" << services.transport()->retries()
            << ", 429 pauses=" << services.transport()->pauses429() << Qt::endl
            << "bench_dispatch: requests=" << requests << " ("
            << QString::number(requests / seconds, 'f', 1)
            << "/s = " << QString::number(requests / seconds / cap, 'f', 3)
            << " of the cap); commands " << QString::number(sent / seconds, 'f', 1)
            << "/s = " << QString::number(sent / seconds / cap, 'f', 3) << " of the cap"
            << Qt::endl;
        QCoreApplication::exit(failed == 0 ? 0 : 1);
    });
    poll.start(200);
    return QCoreApplication::exec();
}
