#include "gui/synccontroller.h"

#include "gui/formatting.h"
#include "storage/syncstatestore.h"
#include "sync/appservices.h"

namespace despacho::gui {

SyncController::SyncController(sync::AppServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    for (const QString &account : accounts())
        loadStoredState(account);
}

SyncController::~SyncController() = default;

QStringList SyncController::accounts(QString *error) const
{
    QStringList names;
    if (m_services && m_services->accounts()) {
        const auto records = m_services->accounts()->list(error);
        for (const auto &record : records)
            names << record.name;
    }
    return names;
}

void SyncController::loadStoredState(const QString &account)
{
    if (!m_services || !m_services->syncStates() || m_status.contains(account))
        return;
    AccountStatus status;
    QString error;
    if (const auto stored = m_services->syncStates()->find(account, &error))
        status.lastSyncAt = stored->lastSyncAt;
    else if (!error.isEmpty()) {
        status.failed = true; // "last sync" unknown, not "never": say why instead
        status.error = storageErrorText(error);
    }
    m_status.insert(account, status);
}

void SyncController::syncAccounts(QStringList accountNames, const QDateTime &since)
{
    if (accountNames.isEmpty())
        accountNames = accounts();
    const bool wasRunning = isRunning();
    bool any = false;
    for (const QString &account : std::as_const(accountNames)) {
        if (m_runs.contains(account))
            continue;
        loadStoredState(account);
        AccountStatus &status = m_status[account];
        status.running = true;
        status.failed = false;
        status.canceled = false;
        status.error.clear();
        m_runs.insert(account, Run{});
        any = true;
        startAccount(account, since);
    }
    if (any && !wasRunning)
        Q_EMIT started();
    if (any)
        Q_EMIT progressChanged();
}

void SyncController::startAccount(const QString &account, const QDateTime &since)
{
    // The secret store may answer later (a keychain can ask the user): nothing blocks here.
    QString adapterError;
    sync::ChannelAdapter *adapter = m_services->adapterForAccount(account, &adapterError);
    if (!adapter) {
        // Said once the event loop runs, as a secret store's refusal would be.
        QMetaObject::invokeMethod(
            this, [this, account, adapterError] { failAccount(account, adapterError); },
            Qt::QueuedConnection);
        return;
    }
    adapter->createSync(
        account, this,
        [this, account, since](sync::ChannelSync *synchronizer, const QString &error, int) {
            if (!m_runs.contains(account)) {
                delete synchronizer;
                return; // canceled while the secret store was answering
            }
            if (!synchronizer) {
                failAccount(account, error);
                return;
            }
            m_runs[account].synchronizer = synchronizer;
            connect(synchronizer, &sync::ChannelSync::progressChanged, this,
                    [this, account](const sync::SyncProgress &progress) {
                        if (const auto it = m_runs.find(account); it != m_runs.end()) {
                            it->progress = progress;
                            Q_EMIT progressChanged();
                        }
                    });
            connect(synchronizer, &sync::ChannelSync::finished, this,
                    [this, account, synchronizer](const sync::SyncReport &report) {
                        synchronizer->deleteLater();
                        onFinished(account, report);
                    });
            sync::SyncOptions options;
            options.since = since;
            QString readError;
            if (const auto record = m_services->accounts()->find(account, &readError))
                options.refreshMinutes = record->refreshMinutes;
            else if (!readError.isEmpty())
                Q_EMIT accountProblem(account, storageErrorText(readError)); // default interval
            synchronizer->start(options);
        });
}

void SyncController::failAccount(const QString &account, const QString &message)
{
    m_runs.remove(account);
    AccountStatus &status = m_status[account];
    status.running = false;
    status.failed = true;
    status.error = message;
    Q_EMIT accountProblem(account, message);
    Q_EMIT progressChanged();
    maybeFinished();
}

void SyncController::onFinished(const QString &account, const sync::SyncReport &report)
{
    m_runs.remove(account);
    AccountStatus &status = m_status[account];
    status.running = false;
    status.failures = report.failures;
    if (report.canceled) {
        status.canceled = true;
    } else if (!report.fatalError.isNone()) {
        status.failed = true;
        status.error = report.fatalError.userText();
        Q_EMIT accountProblem(account,
                              tr("Account %1: the sync stopped: %2").arg(account, status.error));
    } else {
        status.lastSyncAt = QDateTime::currentDateTimeUtc();
        storage::SyncState state;
        state.account = account;
        state.lastSyncAt = status.lastSyncAt;
        state.ordersSynced = report.detailsFetched;
        state.lastResult = report.failures == 0 ? tr("%n order(s) listed", "", report.ordersListed)
                                                : tr("%n order(s) failed", "", report.failures);
        QString error;
        if (!m_services->syncStates()->save(state, &error))
            Q_EMIT accountProblem(account,
                                  tr("Account %1: cannot record the sync: %2").arg(account, error));
        if (report.failures > 0) {
            QString message =
                tr("Account %1: %n order(s) could not be fetched.", "", report.failures)
                    .arg(account);
            if (!report.messages.isEmpty())
                message += u' ' + report.messages.first();
            Q_EMIT accountProblem(account, message);
        }
    }
    Q_EMIT accountFinished(report);
    Q_EMIT progressChanged();
    maybeFinished();
}

void SyncController::maybeFinished()
{
    if (m_runs.isEmpty())
        Q_EMIT finished();
}

void SyncController::cancel()
{
    const QStringList running = m_runs.keys();
    for (const QString &account : running) {
        const auto it = m_runs.constFind(account);
        if (it == m_runs.constEnd())
            continue;
        if (it->synchronizer) {
            it->synchronizer->cancel(); // finishes (canceled) through onFinished
        } else {
            m_runs.remove(account);
            m_status[account].running = false;
            m_status[account].canceled = true;
        }
    }
    Q_EMIT progressChanged();
    maybeFinished();
}

sync::SyncProgress SyncController::progress() const
{
    sync::SyncProgress total;
    for (const Run &run : m_runs) {
        total.ordersListed += run.progress.ordersListed;
        total.detailsQueued += run.progress.detailsQueued;
        total.detailsDone += run.progress.detailsDone;
        total.failures += run.progress.failures;
        total.pagesDone += run.progress.pagesDone;
        total.pagesQueued += run.progress.pagesQueued;
    }
    return total;
}

SyncController::AccountStatus SyncController::status(const QString &account) const
{
    return m_status.value(account);
}

QString SyncController::statusText(const QString &account) const
{
    const AccountStatus s = m_status.value(account);
    if (s.running)
        return tr("Syncing…");
    if (s.failed)
        return tr("Failed: %1").arg(s.error);
    QString text = s.lastSyncAt.isValid() ? tr("Last sync: %1").arg(formatDateTime(s.lastSyncAt))
                                          : tr("Last sync: never");
    if (s.canceled)
        text += u' ' + tr("(canceled)");
    else if (s.failures > 0)
        text += u' ' + tr("(%n order(s) failed)", "", s.failures);
    return text;
}

} // namespace despacho::gui
