#include "sync/evendisynchronizer.h"

#include "api/evendiclient.h"
#include "api/transport.h"
#include "core/evendiorder.h"
#include "core/orderdecoder.h"
#include "core/workstate.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEvendiSync, "despacho.sync.evendi")

using namespace Qt::StringLiterals;

namespace despacho::sync {

QString evendiRowDigest(const QJsonObject &row)
{
    // QJsonObject keeps its keys sorted: the same row gives the same bytes.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(row).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha1)
            .toHex());
}

EvendiSynchronizer::EvendiSynchronizer(api::EvendiClient *client, storage::OrderCache *cache,
                                       QString account, QObject *parent)
    : SyncRun(cache, std::move(account), &lcEvendiSync, parent)
    , m_client(client)
{}

EvendiSynchronizer::~EvendiSynchronizer()
{
    destroyRun();
}

api::Transport *EvendiSynchronizer::transport() const
{
    return m_client ? m_client->transport() : nullptr;
}

void EvendiSynchronizer::dropQueued()
{
    m_pages.clear();
    m_details.clear();
}

void EvendiSynchronizer::clientGone()
{
    api::ApiError gone;
    gone.kind = api::ErrorKind::Canceled;
    gone.detail = u"the e-vendi client is gone"_s;
    stopWithError(gone);
}

void EvendiSynchronizer::start(const SyncOptions &options)
{
    if (isRunning() || !begin(options))
        return;
    // The statuses asked that are e-vendi's (a VTEX status means nothing here); none: any.
    QStringList statuses;
    for (const QString &s : std::as_const(m_options.statuses)) {
        if (evendiStatuses().contains(s.toUpper()) && !statuses.contains(s.toUpper()))
            statuses << s.toUpper();
    }
    if (statuses.isEmpty())
        statuses << QString();
    for (const QString &s : std::as_const(statuses))
        m_pages.push_back({false, s, 1, {}, {}});
    m_progress.pagesQueued = int(m_pages.size());
    Q_EMIT progressChanged(m_progress);
    pump();
}

void EvendiSynchronizer::pump()
{
    while (!m_stopping && inFlightCount() < m_options.concurrency && hasQueued()) {
        // List pages first: they discover the work and make the progress total honest.
        std::deque<Task> &queue = !m_pages.empty() ? m_pages : m_details;
        const Task t = queue.front();
        queue.pop_front();
        if (t.detail)
            runDetail(t);
        else
            runPage(t);
    }
    maybeFinish();
}

void EvendiSynchronizer::runPage(const Task &task)
{
    if (!m_client) {
        clientGone();
        return;
    }
    api::EvendiSearch search;
    search.status = task.status;
    search.start = m_options.since;
    search.end = m_options.until;
    search.page = task.page;
    search.pageSize = kPageSize;
    auto done = std::make_shared<bool>(false);
    auto id = std::make_shared<quint64>(0);
    *id = m_client->searchOrders(
        search, this,
        [this, task, done, id](const api::EvendiOrderPage &page, const api::ApiError &error) {
            *done = true;
            untrack(*id);
            ++m_progress.pagesDone;
            if (m_stopping) {
                taskDone();
                return;
            }
            if (!error.isNone()) {
                // e-vendi answers a refused token with a 400 like any other: on the first page
                // nothing else would work either.
                if (task.page == 1 || error.kind == api::ErrorKind::InsecureUrl ||
                    error.kind == api::ErrorKind::Authentication) {
                    stopWithError(error);
                    return;
                }
                fail(QString(), tr("account %1: searching orders (page %2) failed: %3")
                                    .arg(m_account)
                                    .arg(task.page)
                                    .arg(error.userText()));
                taskDone();
                return;
            }
            if (task.page == 1 && page.count > kPageSize) {
                const int pages = (page.count + kPageSize - 1) / kPageSize;
                for (int p = 2; p <= pages; ++p)
                    m_pages.push_back({false, task.status, p, {}, {}});
                m_progress.pagesQueued += pages - 1;
            }
            handleRows(page.values);
            taskDone();
        });
    track(*id, done);
}

void EvendiSynchronizer::handleRows(const QList<QJsonObject> &rows)
{
    for (const QJsonObject &row : rows) {
        const QString orderId = row.value("id"_L1).toString();
        if (orderId.isEmpty()) {
            fail(QString(),
                 tr("account %1: a search row without an order id was skipped").arg(m_account));
            continue;
        }
        if (m_seen.contains(orderId))
            continue;
        m_seen.insert(orderId);
        ++m_progress.ordersListed;
        const QString digest = evendiRowDigest(row);
        // Closed and refunded orders change only by a row that changes too.
        const WorkState state = workStateOf(Channel::Evendi, row.value("status"_L1).toString());
        if (needsDetail(orderId, digest,
                        state == WorkState::Shipped || state == WorkState::Canceled)) {
            m_details.push_back({true, {}, 0, row, digest});
            ++m_progress.detailsQueued;
        }
    }
}

void EvendiSynchronizer::runDetail(const Task &task)
{
    if (!m_client) {
        clientGone();
        return;
    }
    const QString orderId = task.row.value("id"_L1).toString();
    auto done = std::make_shared<bool>(false);
    auto id = std::make_shared<quint64>(0);
    *id = m_client->getOrderById(
        orderId, this,
        [this, task, orderId, done, id](const QJsonObject &order, const api::ApiError &error) {
            *done = true;
            untrack(*id);
            if (m_stopping) {
                taskDone();
                return;
            }
            ++m_progress.detailsDone;
            if (!error.isNone()) {
                if (error.kind == api::ErrorKind::InsecureUrl) {
                    stopWithError(error);
                    return;
                }
                fail(orderId,
                     tr("account %1, order %2: %3").arg(m_account, orderId, error.userText()));
                taskDone();
                return;
            }
            const QJsonObject document =
                evendiDocument(order, task.row.value("status"_L1).toString(), task.row);
            const OrderParseResult parsed = decodeOrder(Channel::Evendi, document);
            if (!parsed.ok()) {
                fail(orderId, tr("account %1, order %2: %3").arg(m_account, orderId, parsed.error));
            } else if (parsed.order.orderId != orderId) {
                fail(orderId, tr("account %1, order %2: e-vendi answered with order %3")
                                  .arg(m_account, orderId, parsed.order.orderId));
            } else {
                if (workStateOf(Channel::Evendi, parsed.order.status) == WorkState::Other)
                    m_report.messages.append(
                        tr("account %1, order %2: unknown status \"%3\", kept as received")
                            .arg(m_account, orderId, parsed.order.status));
                QString storeError;
                if (m_cache->storeDetail(summaryFromOrder(parsed.order, m_account),
                                         QJsonDocument(document).toJson(QJsonDocument::Compact),
                                         task.digest, &storeError))
                    ++m_report.detailsFetched;
                else
                    fail(orderId, tr("account %1, order %2: cannot store: %3")
                                      .arg(m_account, orderId, storeError));
            }
            taskDone();
        });
    track(*id, done);
}

} // namespace despacho::sync
