#pragma once

#include "storage/ordercache.h"
#include "sync/channelsync.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace despacho::api {
class EvendiClient;
}

namespace despacho::sync {

// e-vendi's ChannelSync. searchOrders is paged (page, pageSize) over the creation dates of the
// run, once per status asked (e-vendi's own: OPEN, CLOSED, REVERSED, REFUSED; none asked: every
// status in one search); page 1's count says how many pages follow. Each row's digest is
// compared with the cached one: a new or changed row, or an open order whose copy is older than
// the refresh interval, is read with getOrderById and stored as evendiDocument(order, status,
// row), since the order object itself has no status. Each order is stored in its own transaction
// as it arrives. One order's failure is reported and the rest go on; a refused token (e-vendi
// answers 400 for it) or an insecure URL on the first page stops the run.
class EvendiSynchronizer : public ChannelSync
{
    Q_OBJECT
public:
    EvendiSynchronizer(api::EvendiClient *client, storage::OrderCache *cache, QString account,
                       QObject *parent = nullptr);
    ~EvendiSynchronizer() override;

    void start(const SyncOptions &options) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    QString account() const override { return m_account; }

    static constexpr int kPageSize = 50;

private:
    struct Task
    {
        bool detail = false;
        QString status; // list: the status searched ("" for any)
        int page = 1;
        QJsonObject row; // detail: the search row
        QString digest;
    };
    void pump();
    void runPage(const Task &task);
    void runDetail(const Task &task);
    void handleRows(const QList<QJsonObject> &rows);
    bool needsDetail(const QString &orderId, const QString &digest, const QString &status) const;
    void fail(const QString &orderId, const QString &message);
    void stopWithError(const QString &message);
    void abortAll();
    void taskDone();
    void maybeFinish();
    void track(quint64 id, const std::shared_ptr<bool> &done);

    QPointer<api::EvendiClient> m_client;
    storage::OrderCache *m_cache;
    QString m_account;
    SyncOptions m_options;
    bool m_running = false;
    bool m_stopping = false;
    std::deque<Task> m_pages;
    std::deque<Task> m_details;
    QSet<quint64> m_inFlight;
    QSet<QString> m_seen;
    QHash<QString, storage::DetailState> m_states;
    SyncProgress m_progress;
    SyncReport m_report;
    QElapsedTimer m_clock;
};

// The digest a search row is compared by (the row changes when its status, totals or payment do).
QString evendiRowDigest(const QJsonObject &row);

} // namespace despacho::sync
