#pragma once

#include "sync/syncrun.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
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
class OrderSynchronizer : public SyncRun
{
    Q_OBJECT
public:
    OrderSynchronizer(api::VtexOmsClient *client, storage::OrderCache *cache, QString account,
                      QObject *parent = nullptr);
    ~OrderSynchronizer() override;

    void start(const SyncOptions &options) override;

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
    api::Transport *transport() const override;
    void pump() override;
    bool hasQueued() const override { return !m_listTasks.empty() || !m_detailTasks.empty(); }
    void dropQueued() override;
    void runListPage(const Task &task);
    void runDetail(const Task &task);
    void handleRows(const QList<QJsonObject> &rows);

    QPointer<api::VtexOmsClient> m_client;
    std::deque<Task> m_listTasks;
    std::deque<Task> m_detailTasks;
};

} // namespace despacho::sync
