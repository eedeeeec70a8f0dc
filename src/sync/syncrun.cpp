#include "sync/syncrun.h"

#include "api/apitypes.h"
#include "api/transport.h"

namespace despacho::sync {

SyncRun::SyncRun(storage::OrderCache *cache, QString account, LoggingCategory log, QObject *parent)
    : ChannelSync(parent)
    , m_cache(cache)
    , m_account(std::move(account))
    , m_log(log)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
}

void SyncRun::destroyRun()
{
    if (api::Transport *t = transport()) {
        for (quint64 id : std::as_const(m_inFlight))
            t->cancel(id);
    }
}

bool SyncRun::begin(const SyncOptions &options)
{
    m_options = options;
    if (!m_options.until.isValid())
        m_options.until = QDateTime::currentDateTimeUtc();
    if (!m_options.since.isValid())
        m_options.since = m_options.until.addDays(-90);
    m_options.concurrency = qMax(1, m_options.concurrency);
    m_running = true;
    m_stopping = false;
    dropQueued();
    m_seen.clear();
    m_progress = {};
    m_report = {};
    m_report.account = m_account;
    m_clock.start();
    QString readError;
    m_states = m_cache->detailStates(m_account, &readError);
    if (!readError.isEmpty()) {
        // Without knowing what is cached, every order would look new: stop instead.
        fail(QString(),
             tr("account %1: cannot read the cached orders: %2").arg(m_account, readError));
        abortAll();
        return false;
    }
    qCInfo(m_log) << "sync" << m_account << "from" << m_options.since << "to" << m_options.until;
    return true;
}

void SyncRun::cancel()
{
    if (!m_running || m_stopping)
        return;
    m_report.canceled = true;
    abortAll();
}

void SyncRun::track(quint64 id, const std::shared_ptr<bool> &done)
{
    if (!*done)
        m_inFlight.insert(id);
}

bool SyncRun::needsDetail(const QString &orderId, const QString &digest, bool final) const
{
    const auto it = m_states.constFind(orderId);
    if (it == m_states.constEnd() || !it->detailFetchedAt.isValid() || it->listDigest != digest)
        return true;
    if (final)
        return false;
    return it->detailFetchedAt.secsTo(QDateTime::currentDateTimeUtc()) >
           qint64(m_options.refreshMinutes) * 60;
}

void SyncRun::fail(const QString &orderId, const QString &message)
{
    ++m_report.failures;
    ++m_progress.failures;
    m_report.messages.append(message);
    qCWarning(m_log).noquote() << message;
    Q_EMIT orderFailed(orderId, message);
}

void SyncRun::stopWithError(const api::ApiError &error)
{
    if (m_report.fatalError.isNone())
        m_report.fatalError = error;
    const QString message = tr("account %1: %2").arg(m_account, error.userText());
    m_report.messages.append(message);
    qCWarning(m_log).noquote() << message;
    abortAll();
}

void SyncRun::abortAll()
{
    m_stopping = true;
    dropQueued();
    const auto ids = m_inFlight; // cancel() may call back into this object
    for (quint64 id : ids) {
        if (api::Transport *t = transport())
            t->cancel(id);
    }
    maybeFinish();
}

void SyncRun::taskDone()
{
    Q_EMIT progressChanged(m_progress);
    pump();
}

void SyncRun::maybeFinish()
{
    if (!m_running || !m_inFlight.isEmpty())
        return;
    if (!m_stopping && hasQueued())
        return;
    m_running = false;
    m_report.ordersListed = m_progress.ordersListed;
    m_report.elapsedMs = m_clock.elapsed();
    qCInfo(m_log) << "sync" << m_account << "done:" << m_report.ordersListed << "listed,"
                  << m_report.detailsFetched << "details," << m_report.failures << "failures";
    Q_EMIT finished(m_report);
}

} // namespace despacho::sync
