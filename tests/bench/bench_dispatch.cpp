// The work of a packing station through the real outbox, dispatcher and transport against the
// sandbox on 127.0.0.1: for every order ready for handling, the chain a person queues (start
// handling; an invoice of all its items, which the dispatcher sends only after re-reading the
// order; the tracking number, PATCH; two tracking events, PUT), with BENCH_FAIL_RATE of the
// requests (default 0.1) answered 500/502/503 and both sides held to VTEX's 6,000 requests/min.
// Prints what was delivered out of what was queued, the retries (transport and outbox), the wall
// time, the requests made, and the fraction of the transport's per-host rate cap that was used;
// then checks in the sandbox that every order ended invoiced with its tracking and events.
//   BENCH_ORDERS      orders the sandbox generates (default 2000; about 1 in 5 is ready)
//   BENCH_FAIL_RATE   fraction of requests answered 5xx (default 0.1)
//   BENCH_THROTTLE_RATE  fraction answered 429 with Retry-After: 1 at random (default 0)
// Exit 0 when every command was delivered and the sandbox agrees, 1 otherwise.
#include "api/transport.h"
#include "core/actionforms.h"
#include "core/orderjson.h"
#include "sandbox/sandboxserver.h"
#include "security/secretstore.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/actionqueue.h"
#include "sync/appservices.h"
#include "sync/ordersynchronizer.h"
#include "sync/outboxdispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {

// The four commands a person queues for one order, as the forms build them.
QList<sync::ActionRequest> chainFor(const Order &order, const QString &account, int n)
{
    const QDateTime now = QDateTime::currentDateTime();
    InvoiceForm invoice;
    invoice.number = u"NF%1"_s.arg(100000 + n);
    invoice.issued = now;
    TrackingForm tracking;
    tracking.invoiceNumber = invoice.number;
    tracking.courier = u"Loggi"_s;
    tracking.number = u"LG%1BR"_s.arg(700000 + n);
    tracking.url = u"https://www.loggi.com/rastreador/"_s + tracking.number;
    tracking.dispatched = now;
    TrackingEventsForm events;
    events.invoiceNumber = invoice.number;
    events.events = {{u"Recife"_s, u"PE"_s, u"Coletado no centro de distribuição"_s, now},
                     {u"Caruaru"_s, u"PE"_s, u"Em trânsito"_s, now.addSecs(3600)}};
    const auto request = [&](CommandKind kind, QJsonObject payload) {
        return sync::ActionRequest{.kind = kind,
                                   .account = account,
                                   .orderId = order.orderId,
                                   .payload = std::move(payload),
                                   .operatorName = u"bench"_s};
    };
    return {request(CommandKind::StartHandling, {}),
            request(CommandKind::Invoice, invoicePayload(invoice, order)),
            request(CommandKind::Tracking, trackingPayload(tracking)),
            request(CommandKind::TrackingEvents, trackingEventsPayload(events))};
}

// Whether the sandbox now has what the chain of `orderId` asked for.
bool applied(const QJsonObject &order, const QString &invoiceNumber)
{
    if (order.value("status"_L1).toString() != u"invoiced"_s)
        return false;
    const QJsonArray packages = order["packageAttachment"_L1]["packages"_L1].toArray();
    for (const QJsonValue &p : packages) {
        if (p["invoiceNumber"_L1].toString() != invoiceNumber)
            continue;
        return p["trackingNumber"_L1].toString().startsWith(u"LG"_s) &&
               p["courierStatus"_L1]["data"_L1].toArray().size() >= 2;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The numbers, not a line per request or per injected 5xx (QT_LOGGING_RULES still
    // overrides); storage warnings stay on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            u"despacho.*.debug=false\ndespacho.*.info=false\ndespacho.api.*.warning=false"_s);
    const int orders = qEnvironmentVariableIntValue("BENCH_ORDERS") > 0
                           ? qEnvironmentVariableIntValue("BENCH_ORDERS")
                           : 2000;
    const double failRate = qEnvironmentVariableIsSet("BENCH_FAIL_RATE")
                                ? qEnvironmentVariable("BENCH_FAIL_RATE").toDouble()
                                : 0.1;
    const double throttleRate = qEnvironmentVariable("BENCH_THROTTLE_RATE").toDouble();
    const int rate = 6000;
    QTextStream out(stdout);

    sandbox::SandboxServer server({.orders = orders, .rateLimitPerMinute = rate});
    if (!server.start())
        qFatal("sandbox: %s", qPrintable(server.errorString()));
    QTemporaryDir dir;
    api::TransportSettings transport; // production defaults: 5 attempts, 500 ms backoff base
    transport.ratePerMinute = rate;
    sync::AppServices services(transport);
    if (const auto status = services.open(dir.path()); !status.ok())
        qFatal("open: %s", qPrintable(status.message));
    services.setSecretStore(std::make_unique<security::MemorySecretStore>());
    storage::AccountRecord account;
    account.name = u"bench"_s;
    account.account = u"demo"_s;
    account.appKey = u"demo-key"_s;
    account.baseUrl = server.baseUrl();
    bool ready = false;
    services.saveVtexAccount(account, u"demo-token"_s, &app, [&](const QString &error, int) {
        if (!error.isEmpty())
            qFatal("account: %s", qPrintable(error));
        ready = true;
    });
    while (!ready)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    // The cache as a station has it after a sync: the forms are filled from cached orders.
    bool synced = false;
    services.clientsFor(u"bench"_s, &app, [&](const sync::AccountClients &c, const QString &, int) {
        auto *syncer = new sync::OrderSynchronizer(c.oms, services.orders(), u"bench"_s, &app);
        QObject::connect(syncer, &sync::OrderSynchronizer::finished, &app,
                         [&](const sync::SyncReport &r) {
                             if (!r.ok())
                                 qFatal("sync: %s", qPrintable(r.messages.join(u"; "_s)));
                             synced = true;
                         });
        syncer->start({.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)});
    });
    while (!synced)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    QString error;
    const auto readyOrders = services.orders()->query(
        {.account = u"bench"_s, .status = u"ready-for-handling"_s}, &error);
    if (!error.isEmpty())
        qFatal("cache: %s", qPrintable(error));
    QHash<QString, QString> invoiceOf; // order id -> invoice number
    int queued = 0;
    for (const OrderSummary &s : readyOrders) {
        const auto parsed = orderFromVtexJson(
            QJsonDocument::fromJson(services.orders()->rawJson(s.account, s.orderId)).object());
        if (!parsed.ok())
            qFatal("order %s: %s", qPrintable(s.orderId), qPrintable(parsed.error));
        const auto chain = chainFor(parsed.order, s.account, int(invoiceOf.size()));
        if (sync::queueActions(&services, chain, &error).size() != chain.size())
            qFatal("queue %s: %s", qPrintable(s.orderId), qPrintable(error));
        invoiceOf.insert(s.orderId, chain.at(1).payload.value("invoiceNumber"_L1).toString());
        queued += int(chain.size());
    }
    if (queued == 0)
        qFatal("no order ready for handling in the sandbox");

    server.setFailRate(failRate);
    server.setThrottleRate(throttleRate);
    const qint64 requestsBefore = server.requestCount();
    const qint64 transportRetriesBefore = services.transport()->retries();
    const sync::DispatcherSettings settings{.retryBaseMs = 500, .retryMaxMs = 5000, .pollMs = 200};
    sync::OutboxDispatcher dispatcher(&services, settings);
    QObject::connect(&dispatcher, &sync::OutboxDispatcher::storageError, &app,
                     [](const QString &message) { qFatal("%s", qPrintable(message)); });
    QElapsedTimer clock;
    clock.start();
    if (!dispatcher.start(&error))
        qFatal("dispatcher: %s", qPrintable(error));

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        storage::Outbox *o = services.outbox();
        const int sent = o->countByState(CommandState::Sent);
        const int failed = o->countByState(CommandState::Failed);
        if (sent < 0 || failed < 0)
            qFatal("outbox unreadable");
        if (sent + failed < queued || dispatcher.inFlight() > 0)
            return;
        poll.stop();
        const double seconds = clock.elapsed() / 1000.0;
        const qint64 requests = server.requestCount() - requestsBefore;
        const double perMinute = requests / seconds * 60.0;
        int done = 0;
        for (auto it = invoiceOf.cbegin(); it != invoiceOf.cend(); ++it)
            done += applied(server.order(it.key()), it.value()) ? 1 : 0;
        out << "bench_dispatch: " << invoiceOf.size() << " orders x 4 commands (start handling, "
            << "invoice with items after a re-read, tracking PATCH, tracking events PUT), "
            << QString::number(failRate * 100, 'f', 0) << " % of requests answered 5xx, "
            << QString::number(throttleRate * 100, 'f', 0) << " % 429" << Qt::endl
            << "bench_dispatch: delivered " << sent << " / " << queued << " commands (" << failed
            << " failed) in " << QString::number(seconds, 'f', 1) << " s; "
            << QString::number(sent / seconds, 'f', 1) << " commands/s" << Qt::endl
            << "bench_dispatch: retries: transport "
            << services.transport()->retries() - transportRetriesBefore << ", outbox "
            << dispatcher.retryCount() << "; 429 pauses " << services.transport()->pauses429()
            << Qt::endl
            << "bench_dispatch: requests " << requests << " ("
            << QString::number(double(requests) / queued, 'f', 2) << " per command), "
            << QString::number(perMinute, 'f', 0)
            << "/min = " << QString::number(perMinute / rate, 'f', 3) << " of the per-host cap of "
            << rate << "/min" << Qt::endl
            << "bench_dispatch: sandbox has " << done << " / " << invoiceOf.size()
            << " orders invoiced with their tracking and events" << Qt::endl;
        QCoreApplication::exit(failed == 0 && sent == queued && done == invoiceOf.size() ? 0 : 1);
    });
    poll.start(100);
    return QCoreApplication::exec();
}
