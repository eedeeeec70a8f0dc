#include "sync/ordersynchronizer.h"

#include "api/transport.h"
#include "api/vtexomsclient.h"
#include "core/orderdecoder.h"
#include "core/orderstatus.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "despacho.sync.orders")

using namespace Qt::StringLiterals;

namespace despacho::sync {

namespace {
struct Call
{
    quint64 id = 0;
    bool done = false;
};
} // namespace

OrderSynchronizer::OrderSynchronizer(api::VtexOmsClient *client, storage::OrderCache *cache,
                                     QString account, QObject *parent)
    : SyncRun(cache, std::move(account), &lcSync, parent)
    , m_client(client)
{}

OrderSynchronizer::~OrderSynchronizer()
{
    destroyRun();
}

api::Transport *OrderSynchronizer::transport() const
{
    return m_client ? m_client->transport() : nullptr;
}

void OrderSynchronizer::dropQueued()
{
    m_listTasks.clear();
    m_detailTasks.clear();
}

void OrderSynchronizer::start(const SyncOptions &options)
{
    if (isRunning())
        return;
    SyncOptions o = options;
    if (o.statuses.isEmpty())
        o.statuses = defaultSyncStatuses();
    if (!begin(o))
        return;
    m_listTasks.push_back(
        {Task::ListPage, m_options.since.toUTC(), m_options.until.toUTC(), 1, {}, {}});
    m_progress.pagesQueued = 1;
    Q_EMIT progressChanged(m_progress);
    pump();
}

void OrderSynchronizer::pump()
{
    while (!m_stopping && inFlightCount() < m_options.concurrency) {
        // List pages first: they discover the work and make the progress total honest.
        if (!m_listTasks.empty()) {
            const Task t = m_listTasks.front();
            m_listTasks.pop_front();
            runListPage(t);
        } else if (!m_detailTasks.empty()) {
            const Task t = m_detailTasks.front();
            m_detailTasks.pop_front();
            runDetail(t);
        } else {
            break;
        }
    }
    maybeFinish();
}

void OrderSynchronizer::runListPage(const Task &task)
{
    if (!m_client) {
        stopWithError({api::ErrorKind::Canceled, 0, {}, {}});
        return;
    }
    api::ListOrdersQuery q;
    q.statuses = m_options.statuses;
    q.from = task.from;
    q.to = task.to;
    q.page = task.page;
    q.perPage = 100;
    q.orderBy = u"creationDate,asc"_s;
    auto call = std::make_shared<Call>();
    call->id = m_client->listOrders(
        q, this, [this, task, call](const api::OrderListPage &page, const api::ApiError &error) {
            call->done = true;
            untrack(call->id);
            ++m_progress.pagesDone;
            if (m_stopping) {
                taskDone();
                return;
            }
            if (!error.isNone()) {
                if (error.kind == api::ErrorKind::Authentication ||
                    error.kind == api::ErrorKind::InsecureUrl) {
                    stopWithError(error);
                    return;
                }
                fail(QString(),
                     tr("account %1: listing orders created %2 to %3 (page %4) failed: %5")
                         .arg(m_account, task.from.toString(Qt::ISODate),
                              task.to.toString(Qt::ISODate))
                         .arg(task.page)
                         .arg(error.userText()));
                taskDone();
                return;
            }
            if (task.page == 1 && page.total > m_options.maxResultsPerSlice &&
                task.from.msecsTo(task.to) > 1000) {
                // Too many for VTEX's 30-page window: halve the creation-date range.
                const QDateTime mid = task.from.addMSecs(task.from.msecsTo(task.to) / 2);
                m_listTasks.push_front({Task::ListPage, mid.addMSecs(1), task.to, 1, {}, {}});
                m_listTasks.push_front({Task::ListPage, task.from, mid, 1, {}, {}});
                m_progress.pagesQueued += 2;
                taskDone();
                return;
            }
            if (task.page == 1) {
                const int pages = qMin(page.pages, m_options.maxResultsPerSlice / 100);
                if (page.total > m_options.maxResultsPerSlice) {
                    fail(QString(), tr("account %1: more than %2 orders were created within one "
                                       "second around %3; only the first %2 were read")
                                        .arg(m_account)
                                        .arg(m_options.maxResultsPerSlice)
                                        .arg(task.from.toString(Qt::ISODate)));
                }
                for (int p = 2; p <= pages; ++p)
                    m_listTasks.push_back({Task::ListPage, task.from, task.to, p, {}, {}});
                m_progress.pagesQueued += qMax(0, pages - 1);
            }
            handleRows(page.rows);
            taskDone();
        });
    if (!call->done) // a reply may come back before the call returns
        track(call->id, std::make_shared<bool>(false));
}

void OrderSynchronizer::handleRows(const QList<QJsonObject> &rows)
{
    QList<OrderSummary> fresh;
    for (const QJsonObject &row : rows) {
        OrderSummary summary;
        const OrderParseResult parsed = summaryFromListRow(row, m_account, &summary);
        if (!parsed.ok()) {
            fail(row.value("orderId"_L1).toString(),
                 tr("account %1: %2").arg(m_account, parsed.error));
            continue;
        }
        if (m_seen.contains(summary.orderId))
            continue;
        m_seen.insert(summary.orderId);
        ++m_progress.ordersListed;
        if (!m_states.contains(summary.orderId))
            fresh.append(summary);
        if (needsDetail(summary.orderId, summary.listDigest, isFinalStatus(summary.status))) {
            m_detailTasks.push_back({Task::Detail, {}, {}, 0, summary.orderId, summary.listDigest});
            ++m_progress.detailsQueued;
        }
    }
    if (!fresh.isEmpty()) {
        QString error;
        if (!m_cache->insertNewFromList(fresh, &error))
            fail(QString(),
                 tr("account %1: cannot store the order list: %2").arg(m_account, error));
    }
}

void OrderSynchronizer::runDetail(const Task &task)
{
    if (!m_client) {
        stopWithError({api::ErrorKind::Canceled, 0, {}, {}});
        return;
    }
    auto call = std::make_shared<Call>();
    call->id = m_client->getOrder(
        task.orderId, this,
        [this, task, call](const QJsonObject &json, const api::ApiError &error) {
            call->done = true;
            untrack(call->id);
            if (m_stopping) {
                taskDone();
                return;
            }
            ++m_progress.detailsDone;
            if (!error.isNone()) {
                if (error.kind == api::ErrorKind::Authentication ||
                    error.kind == api::ErrorKind::InsecureUrl) {
                    stopWithError(error);
                    return;
                }
                fail(task.orderId,
                     tr("account %1, order %2: %3").arg(m_account, task.orderId, error.userText()));
                taskDone();
                return;
            }
            const OrderParseResult parsed = decodeOrder(Channel::Vtex, json);
            if (!parsed.ok()) {
                fail(task.orderId,
                     tr("account %1, order %2: %3").arg(m_account, task.orderId, parsed.error));
                taskDone();
                return;
            }
            if (parsed.order.orderId != task.orderId) {
                fail(task.orderId, tr("account %1, order %2: the server answered with order %3")
                                       .arg(m_account, task.orderId, parsed.order.orderId));
                taskDone();
                return;
            }
            if (orderStatusFromString(parsed.order.status) == OrderStatus::Other) {
                m_report.messages.append(tr("account %1, order %2: unknown status \"%3\", kept as "
                                            "received")
                                             .arg(m_account, task.orderId, parsed.order.status));
            }
            OrderSummary summary = summaryFromOrder(parsed.order, m_account);
            QString storeError;
            if (!m_cache->storeDetail(summary, QJsonDocument(json).toJson(QJsonDocument::Compact),
                                      task.digest, &storeError)) {
                fail(task.orderId, tr("account %1, order %2: cannot store: %3")
                                       .arg(m_account, task.orderId, storeError));
            } else {
                ++m_report.detailsFetched;
            }
            taskDone();
        });
    if (!call->done) // a reply may come back before the call returns
        track(call->id, std::make_shared<bool>(false));
}

} // namespace despacho::sync
