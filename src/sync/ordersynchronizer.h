#pragma once

#include "api/apitypes.h"
#include "storage/ordercache.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <deque>

namespace despacho::api {
class VtexOmsClient;
}

namespace despacho::sync {

struct SyncOptions
{
    QStringList statuses;          // empty: core's defaultSyncStatuses()
    QDateTime since;               // creation date from (UTC); invalid: 90 days ago
    QDateTime until;               // creation date to; invalid: now
    int concurrency = 8;           // requests in flight for this sync
    int refreshMinutes = 15;       // re-fetch non-final orders whose detail is older than this
    int maxResultsPerSlice = 3000; // VTEX: 30 pages x 100
};

struct SyncProgress
{
    int ordersListed = 0;
    int detailsQueued = 0;
    int detailsDone = 0;
    int failures = 0;
    int pagesDone = 0;
    int pagesQueued = 0;
};

struct SyncReport
{
    QString account;
    int ordersListed = 0;
    int detailsFetched = 0;
    int failures = 0;
    QStringList messages; // one per failure or warning, naming the account and the order
    bool canceled = false;
    api::ApiError fatalError; // authentication or similar: the sync stopped
    qint64 elapsedMs = 0;
    bool ok() const { return failures == 0 && !canceled && fatalError.isNone(); }
};

// Lists orders by status, slicing the creation-date range so no slice passes VTEX's 30-page cap,
// and fetches the detail of new orders, of orders whose list row changed (the list has no
// lastChange, so a digest of the row stands in), and of non-final orders whose detail is older
// than the refresh interval. Each detail is stored in its own transaction as it arrives, so a
// canceled or crashed sync resumes where it stopped: stored orders are not fetched again.
// One order's failure is reported and the rest go on; an authentication failure stops the run.
class OrderSynchronizer : public QObject
{
    Q_OBJECT
public:
    OrderSynchronizer(api::VtexOmsClient *client, storage::OrderCache *cache, QString account,
                      QObject *parent = nullptr);
    ~OrderSynchronizer() override;

    void start(const SyncOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    QString account() const { return m_account; }

Q_SIGNALS:
    void progressChanged(const despacho::sync::SyncProgress &progress);
    void orderFailed(const QString &orderId, const QString &message);
    void finished(const despacho::sync::SyncReport &report);

private:
    struct Task
    {
        enum Kind
        {
            ListPage,
            Detail
        } kind;
        QDateTime from, to;
        int page = 1;
        QString orderId;
        QString digest;
    };
    void pump();
    void runListPage(const Task &task);
    void runDetail(const Task &task);
    void handleRows(const QList<QJsonObject> &rows);
    void fail(const QString &orderId, const QString &message);
    void stopWithError(const api::ApiError &error);
    void abortAll();
    void taskDone();
    void maybeFinish();
    void emitProgress();
    bool needsDetail(const QString &orderId, const QString &digest, const QString &status) const;

    QPointer<api::VtexOmsClient> m_client;
    storage::OrderCache *m_cache;
    QString m_account;
    SyncOptions m_options;
    bool m_running = false;
    bool m_stopping = false;
    std::deque<Task> m_listTasks;
    std::deque<Task> m_detailTasks;
    QSet<quint64> m_inFlight;
    QSet<QString> m_seen;
    QHash<QString, storage::DetailState> m_states;
    SyncProgress m_progress;
    SyncReport m_report;
    QElapsedTimer m_clock;
};

} // namespace despacho::sync

Q_DECLARE_METATYPE(despacho::sync::SyncProgress)
Q_DECLARE_METATYPE(despacho::sync::SyncReport)
