#pragma once

#include "sync/ordersynchronizer.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace despacho::sync {
class AppServices;
}

namespace despacho::gui {

// Runs one OrderSynchronizer per account (accounts in parallel), keeps each account's last
// outcome for the status bar and records successful runs in the sync state store.
class SyncController : public QObject
{
    Q_OBJECT
public:
    struct AccountStatus
    {
        bool running = false;
        bool failed = false;
        bool canceled = false;
        QString error; // user text when failed
        int failures = 0;
        QDateTime lastSyncAt; // UTC, invalid: never
    };

    explicit SyncController(sync::AppServices *services, QObject *parent = nullptr);
    ~SyncController() override;

    // Starts a sync of `accounts` (all configured accounts when empty); accounts already syncing
    // are left alone. `since` invalid: the synchronizer's default window.
    void syncAccounts(QStringList accounts, const QDateTime &since = {});
    void cancel();
    bool isRunning() const { return !m_runs.isEmpty(); }

    // Sums over the running accounts.
    sync::SyncProgress progress() const;
    AccountStatus status(const QString &account) const;
    // "Last sync: 24/11/2026 10:31", "Last sync: never", "Syncing…", "Failed: <message>".
    QString statusText(const QString &account) const;
    // The configured accounts by name; empty with the database's message in *error when they
    // could not be read.
    QStringList accounts(QString *error = nullptr) const;

Q_SIGNALS:
    void started();
    void progressChanged();
    // The account could not sync (secret store, authentication, network...) or some orders
    // failed; `message` is user text naming the account.
    void accountProblem(const QString &account, const QString &message);
    void accountFinished(const despacho::sync::SyncReport &report);
    void finished();

private:
    struct Run
    {
        QPointer<sync::ChannelSync> synchronizer;
        sync::SyncProgress progress;
    };
    void startAccount(const QString &account, const QDateTime &since);
    void onFinished(const QString &account, const sync::SyncReport &report);
    void failAccount(const QString &account, const QString &message);
    void maybeFinished();
    void loadStoredState(const QString &account);

    sync::AppServices *m_services;
    QHash<QString, Run> m_runs;
    QHash<QString, AccountStatus> m_status;
};

} // namespace despacho::gui
