#pragma once

#include "api/apitypes.h"
#include "storage/ordercache.h"
#include "sync/channelsync.h"

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

// Lists orders by status, slicing the creation-date range so no slice passes VTEX's 30-page cap,
// and fetches the detail of new orders, of orders whose list row changed (the list has no
// lastChange, so a digest of the row stands in), and of non-final orders whose detail is older
// than the refresh interval. Each detail is stored in its own transaction as it arrives, so a
// canceled or crashed sync resumes where it stopped: stored orders are not fetched again.
// One order's failure is reported and the rest go on; an authentication failure stops the run.
// The VTEX channel's ChannelSync.
class OrderSynchronizer : public ChannelSync
{
    Q_OBJECT
public:
    OrderSynchronizer(api::VtexOmsClient *client, storage::OrderCache *cache, QString account,
                      QObject *parent = nullptr);
    ~OrderSynchronizer() override;

    void start(const SyncOptions &options) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    QString account() const override { return m_account; }

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
