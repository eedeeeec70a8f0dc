#pragma once

#include "storage/ordercache.h"
#include "sync/channelsync.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <memory>

namespace despacho::api {
class Transport;
struct ApiError;
} // namespace despacho::api

namespace despacho::sync {

// What every channel's sync run shares (OrderSynchronizer, EvendiSynchronizer): the options'
// defaults, the cached detail states read once, the requests in flight (canceled with the run),
// failures reported per order while the rest goes on, a fatal error that stops the run, progress,
// and the report at the end. A channel lists and fetches; this keeps the books.
class SyncRun : public ChannelSync
{
    Q_OBJECT
public:
    using LoggingCategory = const QLoggingCategory &(*)();
    SyncRun(storage::OrderCache *cache, QString account, LoggingCategory log,
            QObject *parent = nullptr);

    void cancel() override;
    bool isRunning() const override { return m_running; }
    QString account() const override { return m_account; }

protected:
    // The channel's transport (to cancel what is in flight); null once its client is gone.
    virtual api::Transport *transport() const = 0;
    // Sends what is queued, as far as the concurrency allows, then maybeFinish().
    virtual void pump() = 0;
    virtual bool hasQueued() const = 0;
    virtual void dropQueued() = 0;

    // Starts a run: fills the options' defaults, resets the counters and reads the cached detail
    // states. False when those cannot be read: the run is then over (reported, finished).
    bool begin(const SyncOptions &options);
    // A call in flight; `done` is set by its reply, which may come before the call returns.
    void track(quint64 id, const std::shared_ptr<bool> &done);
    void untrack(quint64 id) { m_inFlight.remove(id); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    // Whether an order's detail must be read: new, its list row changed, or not final and older
    // than the refresh interval.
    bool needsDetail(const QString &orderId, const QString &digest, bool final) const;

    void fail(const QString &orderId, const QString &message);
    void stopWithError(const api::ApiError &error);
    void abortAll();
    void taskDone();
    void maybeFinish();
    void destroyRun(); // the destructor's part: cancels what is still in flight

    storage::OrderCache *m_cache;
    QString m_account;
    SyncOptions m_options;
    bool m_stopping = false;
    QSet<QString> m_seen;
    QHash<QString, storage::DetailState> m_states;
    SyncProgress m_progress;
    SyncReport m_report;

private:
    LoggingCategory m_log;
    bool m_running = false;
    QSet<quint64> m_inFlight;
    QElapsedTimer m_clock;
};

} // namespace despacho::sync
