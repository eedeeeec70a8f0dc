#include "cli/clicontext.h"

#include "core/orderstatus.h"
#include "security/secretstore.h"
#include "storage/accountstore.h"
#include "storage/syncstatestore.h"
#include "sync/appservices.h"
#include "sync/ordersynchronizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {

// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
};

// Syncs the accounts one after the other and finishes the context with the combined outcome.
class SyncRun : public QObject
{
public:
    // The CLI's context, not QObject's (the macro leaves the access at private).
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
public:
    SyncRun(CliContext *ctx, QStringList accounts, sync::SyncOptions options)
        : QObject(ctx)
        , m_ctx(ctx)
        , m_accounts(std::move(accounts))
        , m_options(std::move(options))
    {
        m_clock.start();
    }

    void next()
    {
        if (m_accounts.isEmpty()) {
            m_ctx->out(Tr::tr("synced %1 orders (%2 details) in %3 s")
                           .arg(m_listed)
                           .arg(m_details)
                           .arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1)));
            m_ctx->finish(m_exit);
            return;
        }
        const QString account = m_accounts.takeFirst();
        QString adapterError;
        sync::ChannelAdapter *adapter =
            m_ctx->services()->adapterForAccount(account, &adapterError);
        if (!adapter) {
            m_ctx->err(adapterError);
            worsen(ExitRemote);
            QMetaObject::invokeMethod(
                this, [this] { next(); }, Qt::QueuedConnection);
            return;
        }
        adapter->createSync(
            account, this, [this](sync::ChannelSync *syncer, const QString &error, int secretKind) {
                if (!syncer) {
                    m_ctx->err(error);
                    worsen(secretKind == security::SecretError::NoSecretService ? ExitEnvironment
                                                                                : ExitRemote);
                    next();
                    return;
                }
                // An order's own failure (a detail VTEX would not give, or that cannot be read or
                // stored) is an item of the batch; the rest are failures of the run.
                connect(syncer, &sync::ChannelSync::orderFailed, this,
                        [this](const QString &orderId) {
                            if (!orderId.isEmpty())
                                ++m_orderFailures;
                        });
                connect(syncer, &sync::ChannelSync::finished, this,
                        [this, syncer](const sync::SyncReport &report) {
                            finished(report);
                            m_orderFailures = 0;
                            syncer->deleteLater();
                            next();
                        });
                syncer->start(m_options);
            });
    }

private:
    // The worst outcome of all accounts: environment, then remote, then some orders failed.
    static int severity(int code)
    {
        switch (code) {
        case ExitEnvironment:
            return 3;
        case ExitRemote:
            return 2;
        case ExitSomeFailed:
            return 1;
        default:
            return 0;
        }
    }
    void worsen(int code)
    {
        if (severity(code) > severity(m_exit))
            m_exit = code;
    }

    void finished(const sync::SyncReport &report)
    {
        m_listed += report.ordersListed;
        m_details += report.detailsFetched;
        for (const QString &m : report.messages)
            m_ctx->err(m);
        // Orders refused one by one are exit 4 (the others are stored); a run that stopped or
        // could not list is exit 3.
        if (!report.fatalError.isNone() || report.canceled || report.failures > m_orderFailures)
            worsen(ExitRemote);
        else if (report.failures > 0)
            worsen(ExitSomeFailed);
        storage::SyncState state;
        state.account = report.account;
        state.lastSyncAt = QDateTime::currentDateTimeUtc();
        state.ordersSynced = report.ordersListed;
        state.lastResult =
            report.ok() ? u"ok"_s
                        : (report.fatalError.isNone() ? Tr::tr("%1 failures").arg(report.failures)
                                                      : report.fatalError.userText());
        QString error;
        if (!m_ctx->services()->syncStates()->save(state, &error)) {
            m_ctx->err(Tr::tr("account %1: cannot record the sync: %2").arg(report.account, error));
            worsen(ExitEnvironment);
        }
    }

    CliContext *m_ctx;
    QStringList m_accounts;
    sync::SyncOptions m_options;
    QElapsedTimer m_clock;
    int m_listed = 0;
    int m_details = 0;
    int m_exit = ExitOk;
    int m_orderFailures = 0; // of the account being synced
};

} // namespace

void runSyncCommand(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({{u"account"_s, Tr::tr("Sync only this account"), u"NAME"_s},
                  {u"status"_s, Tr::tr("Order status to sync (repeatable)"), u"STATUS"_s},
                  {u"since"_s, Tr::tr("Orders created on or after this day"), u"YYYY-MM-DD"_s},
                  {u"concurrency"_s, Tr::tr("Requests in flight"), u"N"_s, u"8"_s},
                  {u"json"_s, Tr::tr("JSON output")}});
    if (!parseArguments(ctx, p, u"sync"_s, args, 0, 0,
                        u"sync [--account NAME] [--status STATUS]... [--since YYYY-MM-DD] "
                        "[--concurrency N]"_s))
        return;
    sync::SyncOptions options;
    const QStringList statuses = p.values(u"status"_s);
    for (const QString &s : statuses) {
        if (orderStatusFromString(s) == OrderStatus::Other) {
            ctx->err(Tr::tr("--status: unknown status \"%1\" (for example ready-for-handling, "
                            "handling, invoiced, canceled)")
                         .arg(s));
            ctx->finish(ExitInvalidInput);
            return;
        }
    }
    options.statuses = statuses;
    if (p.isSet(u"since"_s)) {
        const QDate day = QDate::fromString(p.value(u"since"_s), u"yyyy-MM-dd"_s);
        if (!day.isValid()) {
            ctx->err(
                Tr::tr("--since: \"%1\" is not a date like 2024-03-31").arg(p.value(u"since"_s)));
            ctx->finish(ExitInvalidInput);
            return;
        }
        options.since = QDateTime(day, QTime(0, 0)).toUTC();
    }
    bool ok = false;
    options.concurrency = p.value(u"concurrency"_s).toInt(&ok);
    if (!ok || options.concurrency < 1 || options.concurrency > 64) {
        ctx->err(Tr::tr("--concurrency: must be a number from 1 to 64"));
        ctx->finish(ExitInvalidInput);
        return;
    }
    // --concurrency N is what reaches each host: the transport's per-host gate (8 by default)
    // opens to N when N is larger.
    api::TransportSettings transport;
    transport.maxConcurrency = std::max(transport.maxConcurrency, options.concurrency);
    if (const int rc = ctx->openServices(transport); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    QStringList accounts;
    if (p.isSet(u"account"_s)) {
        const QString name = p.value(u"account"_s);
        QString readError;
        const bool known = ctx->services()->accounts()->find(name, &readError).has_value();
        if (ctx->storageFailed(readError))
            return;
        if (!known) {
            ctx->err(Tr::tr("There is no account named \"%1\".").arg(name));
            ctx->finish(ExitInvalidInput);
            return;
        }
        accounts << name;
    } else {
        QString readError;
        const auto all = ctx->services()->accounts()->list(&readError);
        if (ctx->storageFailed(readError))
            return;
        for (const auto &a : all)
            accounts << a.name;
    }
    if (accounts.isEmpty()) {
        ctx->err(Tr::tr("No accounts to sync. Add one with: despacho-cli account add-vtex NAME "
                        "--account ACCOUNT --app-key KEY"));
        ctx->finish(ExitInvalidInput);
        return;
    }
    auto *run = new SyncRun(ctx, accounts, options);
    run->next();
}

} // namespace despacho::cli
