#pragma once

#include "sync/syncrun.h"

#include <QJsonObject>
#include <QPointer>

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
class EvendiSynchronizer : public SyncRun
{
    Q_OBJECT
public:
    EvendiSynchronizer(api::EvendiClient *client, storage::OrderCache *cache, QString account,
                       QObject *parent = nullptr);
    ~EvendiSynchronizer() override;

    void start(const SyncOptions &options) override;

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
    api::Transport *transport() const override;
    void pump() override;
    bool hasQueued() const override { return !m_pages.empty() || !m_details.empty(); }
    void dropQueued() override;
    void runPage(const Task &task);
    void runDetail(const Task &task);
    void handleRows(const QList<QJsonObject> &rows);
    void clientGone();

    QPointer<api::EvendiClient> m_client;
    std::deque<Task> m_pages;
    std::deque<Task> m_details;
};

// The digest a search row is compared by (the row changes when its status, totals or payment do).
QString evendiRowDigest(const QJsonObject &row);

} // namespace despacho::sync
