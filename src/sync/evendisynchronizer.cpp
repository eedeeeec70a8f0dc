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
    : ChannelSync(parent)
    , m_client(client)
    , m_cache(cache)
    , m_account(std::move(account))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
}

EvendiSynchronizer::~EvendiSynchronizer()
{
    if (m_client && m_client->transport()) {
        for (quint64 id : std::as_const(m_inFlight))
            m_client->transport()->cancel(id);
    }
}

void EvendiSynchronizer::start(const SyncOptions &options)
{
    if (m_running)
        return;
    m_options = options;
    if (!m_options.until.isValid())
        m_options.until = QDateTime::currentDateTimeUtc();
    if (!m_options.since.isValid())
        m_options.since = m_options.until.addDays(-90);
    m_options.concurrency = qMax(1, m_options.concurrency);
    m_running = true;
    m_stopping = false;
    m_pages.clear();
    m_details.clear();
    m_seen.clear();
    m_progress = {};
    m_report = {};
    m_report.account = m_account;
    m_clock.start();
    QString readError;
    m_states = m_cache->detailStates(m_account, &readError);
    if (!readError.isEmpty()) {
        fail(QString(),
             tr("account %1: cannot read the cached orders: %2").arg(m_account, readError));
        abortAll();
        return;
    }
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
    qCInfo(lcEvendiSync) << "sync" << m_account << "from" << m_options.since << "to"
                         << m_options.until;
    Q_EMIT progressChanged(m_progress);
    pump();
}

void EvendiSynchronizer::cancel()
{
    if (!m_running || m_stopping)
        return;
    m_report.canceled = true;
    abortAll();
}

void EvendiSynchronizer::pump()
{
    while (!m_stopping && m_inFlight.size() < m_options.concurrency) {
        std::deque<Task> &queue = !m_pages.empty() ? m_pages : m_details;
        if (queue.empty())
            break;
        const Task t = queue.front();
        queue.pop_front();
        if (t.detail)
            runDetail(t);
        else
            runPage(t);
    }
    maybeFinish();
}

void EvendiSynchronizer::track(quint64 id, const std::shared_ptr<bool> &done)
{
    if (!*done) // a reply may come back before the call returns
        m_inFlight.insert(id);
}

void EvendiSynchronizer::runPage(const Task &task)
{
    if (!m_client) {
        stopWithError(tr("account %1: the e-vendi client is gone").arg(m_account));
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
            m_inFlight.remove(*id);
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
                    m_report.fatalError = error;
                    stopWithError(tr("account %1: %2").arg(m_account, error.userText()));
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
        if (needsDetail(orderId, digest, row.value("status"_L1).toString())) {
            m_details.push_back({true, {}, 0, row, digest});
            ++m_progress.detailsQueued;
        }
    }
}

bool EvendiSynchronizer::needsDetail(const QString &orderId, const QString &digest,
                                     const QString &status) const
{
    const auto it = m_states.constFind(orderId);
    if (it == m_states.constEnd() || !it->detailFetchedAt.isValid() || it->listDigest != digest)
        return true;
    // Closed and refunded orders change only by a row that changes too.
    const WorkState state = workStateOf(Channel::Evendi, status);
    if (state == WorkState::Shipped || state == WorkState::Canceled)
        return false;
    return it->detailFetchedAt.secsTo(QDateTime::currentDateTimeUtc()) >
           qint64(m_options.refreshMinutes) * 60;
}

void EvendiSynchronizer::runDetail(const Task &task)
{
    if (!m_client) {
        stopWithError(tr("account %1: the e-vendi client is gone").arg(m_account));
        return;
    }
    const QString orderId = task.row.value("id"_L1).toString();
    auto done = std::make_shared<bool>(false);
    auto id = std::make_shared<quint64>(0);
    *id = m_client->getOrderById(
        orderId, this,
        [this, task, orderId, done, id](const QJsonObject &order, const api::ApiError &error) {
            *done = true;
            m_inFlight.remove(*id);
            if (m_stopping) {
                taskDone();
                return;
            }
            ++m_progress.detailsDone;
            if (!error.isNone()) {
                if (error.kind == api::ErrorKind::InsecureUrl) {
                    m_report.fatalError = error;
                    stopWithError(tr("account %1: %2").arg(m_account, error.userText()));
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

void EvendiSynchronizer::fail(const QString &orderId, const QString &message)
{
    ++m_report.failures;
    ++m_progress.failures;
    m_report.messages.append(message);
    qCWarning(lcEvendiSync).noquote() << message;
    Q_EMIT orderFailed(orderId, message);
}

void EvendiSynchronizer::stopWithError(const QString &message)
{
    if (m_report.fatalError.isNone())
        m_report.fatalError = {api::ErrorKind::Canceled, 0, {}, message};
    m_report.messages.append(message);
    qCWarning(lcEvendiSync).noquote() << message;
    abortAll();
}

void EvendiSynchronizer::abortAll()
{
    m_stopping = true;
    m_pages.clear();
    m_details.clear();
    const auto ids = m_inFlight; // cancel() may call back into this object
    for (quint64 id : ids) {
        if (m_client && m_client->transport())
            m_client->transport()->cancel(id);
    }
    maybeFinish();
}

void EvendiSynchronizer::taskDone()
{
    Q_EMIT progressChanged(m_progress);
    pump();
}

void EvendiSynchronizer::maybeFinish()
{
    if (!m_running || !m_inFlight.isEmpty())
        return;
    if (!m_stopping && (!m_pages.empty() || !m_details.empty()))
        return;
    m_running = false;
    m_report.ordersListed = m_progress.ordersListed;
    m_report.elapsedMs = m_clock.elapsed();
    qCInfo(lcEvendiSync) << "sync" << m_account << "done:" << m_report.ordersListed << "listed,"
                         << m_report.detailsFetched << "details," << m_report.failures
                         << "failures";
    Q_EMIT finished(m_report);
}

} // namespace despacho::sync
