#include "sync/outboxdispatcher.h"

#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/appservices.h"
#include "sync/channeladapter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcDispatch, "despacho.sync.dispatcher")

using namespace Qt::StringLiterals;

namespace despacho::sync {

namespace {
QString orderKey(const Command &c)
{
    return c.account + u'\n' + c.orderId;
}

storage::AuditEntry outcomeEntry(const Command &c, const QString &outcome, const QString &detail)
{
    storage::AuditEntry a;
    a.operatorName = c.operatorName;
    a.supervisor = c.supervisor;
    a.action = commandKindToString(c.kind);
    a.account = c.account;
    a.orderId = c.orderId;
    a.outcome = outcome;
    a.detail = detail;
    return a;
}
} // namespace

OutboxDispatcher::OutboxDispatcher(AppServices *services, DispatcherSettings settings,
                                   QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(settings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxDispatcher::pump);
}

OutboxDispatcher::~OutboxDispatcher() = default;

bool OutboxDispatcher::start(QString *error)
{
    if (m_active)
        return true;
    m_lock =
        std::make_unique<QLockFile>(QDir(m_services->dataDir()).filePath(u"dispatcher.lock"_s));
    m_lock->setStaleLockTime(0); // a lock whose process is gone is stale at once
    if (!m_lock->tryLock(0)) {
        if (error) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            *error = tr("Another Despacho process (pid %1) is sending the outbox; commands stay "
                        "queued until it sends them.")
                         .arg(pid);
        }
        m_lock.reset();
        return false;
    }
    QString storeError;
    const int recovered = m_services->outbox()->recoverInterrupted(&storeError);
    if (recovered > 0)
        qCInfo(lcDispatch) << "resuming" << recovered << "commands interrupted while sending";
    m_active = true;
    // The commands it could not requeue stay "sending" (their orders wait); the rest can go.
    if (recovered < 0)
        reportStorageError(storeError);
    QTimer::singleShot(0, this, &OutboxDispatcher::pump);
    return true;
}

void OutboxDispatcher::wake()
{
    if (m_active)
        QTimer::singleShot(0, this, &OutboxDispatcher::pump);
}

void OutboxDispatcher::pump()
{
    if (!m_active || m_pumping)
        return;
    m_pumping = true;
    QString readError;
    const QList<Command> due = m_services->outbox()->due(QDateTime::currentDateTimeUtc(),
                                                         m_settings.maxInFlight * 4, &readError);
    if (!readError.isEmpty())
        reportStorageError(readError);
    else
        m_lastStorageError.clear();
    for (const Command &c : due) {
        if (int(m_inFlight.size()) >= m_settings.maxInFlight)
            break;
        if (m_inFlight.contains(c.id) || m_busyOrders.contains(orderKey(c)))
            continue;
        QString markError;
        if (!m_services->outbox()->markSending(c.id, &markError)) {
            // Another state change may have won the race (a discard, another process): then
            // the command is no longer pending or retrying. Otherwise the write failed.
            QString findError;
            const auto now = m_services->outbox()->find(c.id, &findError);
            if (!findError.isEmpty())
                reportStorageError(findError);
            else if (now &&
                     (now->state == CommandState::Pending || now->state == CommandState::Retrying))
                reportStorageError(markError);
            continue;
        }
        m_inFlight.insert(c.id);
        m_busyOrders.insert(orderKey(c));
        Q_EMIT commandChanged(c.id, CommandState::Sending);
        QMetaObject::invokeMethod(
            this, [this, c] { dispatch(c); }, Qt::QueuedConnection);
    }
    m_pumping = false;
    scheduleNext();
}

void OutboxDispatcher::scheduleNext()
{
    if (!m_active)
        return;
    int delay = m_settings.pollMs;
    QString readError;
    const QDateTime next = m_services->outbox()->nextRetryAt(&readError);
    if (!readError.isEmpty())
        reportStorageError(readError); // then poll at the usual pace
    if (next.isValid())
        delay =
            int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(next) + 5, 0, delay));
    m_timer.start(delay);
    // Idle only when the outbox said so: a failed read is not "nothing due".
    if (m_inFlight.isEmpty() &&
        m_services->outbox()->due(QDateTime::currentDateTimeUtc(), 1, &readError).isEmpty() &&
        readError.isEmpty())
        Q_EMIT idle();
}

void OutboxDispatcher::reportStorageError(const QString &error)
{
    if (error.isEmpty() || error == m_lastStorageError)
        return;
    m_lastStorageError = error;
    Q_EMIT storageError(tr("The outbox could not be read or written: %1").arg(error));
}

void OutboxDispatcher::dispatch(const Command &c)
{
    // By the account's channel, never by assuming one: each channel's adapter sends its way.
    QString error;
    ChannelAdapter *adapter = m_services->adapterForAccount(c.account, &error);
    if (!adapter) {
        retryLater(c, error);
        return;
    }
    if (!adapter->capabilities().supports(c.kind)) {
        fail(c, tr("%1 orders cannot take the command \"%2\"")
                    .arg(channelDisplayName(adapter->channel()), commandKindDisplayName(c.kind)));
        return;
    }
    adapter->send(c, this, [this, c](const SendOutcome &outcome) {
        switch (outcome.result) {
        case SendOutcome::Result::Sent:
            succeed(c, outcome.receipt, outcome.note);
            return;
        case SendOutcome::Result::Retry:
            retryLater(c, outcome.message);
            return;
        case SendOutcome::Result::Failed:
            fail(c, outcome.message);
            return;
        }
    });
}

void OutboxDispatcher::succeed(const Command &c, const QString &receipt, const QString &note)
{
    QString error;
    const QString detail = note.isEmpty() ? receipt : note;
    if (!m_services->outbox()->markSent(c.id, receipt.isEmpty() ? note : receipt,
                                        outcomeEntry(c, u"sent"_s, detail), &error)) {
        qCWarning(lcDispatch) << "cannot record command" << c.id << "as sent:" << error;
        reportStorageError(error);
    }
    ++m_sent;
    // Tracking updates do not change the order's status: when more commands of this order are
    // queued, one read after the last of them is enough (it keeps the rate for the commands).
    const bool trackingOnly =
        c.kind == CommandKind::Tracking || c.kind == CommandKind::TrackingEvents;
    if (trackingOnly) {
        const int waiting = m_services->outbox()->unfinishedForOrder(c.account, c.orderId, &error);
        if (waiting < 0)
            reportStorageError(error); // then read the order anyway
        if (waiting > 0) {
            finished(c, CommandState::Sent);
            return;
        }
    }
    // Show the order's new state: read it back into the cache before announcing the outcome.
    ChannelAdapter *adapter = m_services->adapterForAccount(c.account, &error);
    if (!adapter) {
        finished(c, CommandState::Sent);
        return;
    }
    adapter->refreshOrder(c.account, c.orderId, this, [this, c](const RefreshedOrder &order) {
        if (order.ok()) {
            QString storeError;
            if (m_services->orders()->storeDetail(order.summary, order.raw, QString(), &storeError))
                Q_EMIT orderRefreshed(c.account, c.orderId);
            else
                reportStorageError(storeError);
        }
        finished(c, CommandState::Sent);
    });
}

void OutboxDispatcher::fail(const Command &c, const QString &message)
{
    QString error;
    if (!m_services->outbox()->markFailed(c.id, message, outcomeEntry(c, u"failed"_s, message),
                                          &error)) {
        qCWarning(lcDispatch) << "cannot record command" << c.id << "as failed:" << error;
        reportStorageError(error);
    }
    qCWarning(lcDispatch).noquote() << "command" << c.id << commandKindToString(c.kind) << c.account
                                    << c.orderId << "failed:" << message;
    finished(c, CommandState::Failed);
}

void OutboxDispatcher::retryLater(const Command &c, const QString &message)
{
    const int attempts = qMax(1, c.attempts + 1);
    const qint64 base = qMin<qint64>(m_settings.retryMaxMs, qint64(m_settings.retryBaseMs)
                                                                << qMin(attempts - 1, 16));
    const qint64 jitter = QRandomGenerator::global()->bounded(qMax<qint64>(1, base / 5));
    const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(base + jitter);
    QString error;
    if (!m_services->outbox()->markRetry(c.id, at, message, &error)) {
        qCWarning(lcDispatch) << "cannot schedule retry of command" << c.id << error;
        reportStorageError(error);
    }
    ++m_retries;
    m_inFlight.remove(c.id);
    m_busyOrders.remove(orderKey(c));
    Q_EMIT commandChanged(c.id, CommandState::Retrying);
    scheduleNext();
}

void OutboxDispatcher::finished(const Command &c, CommandState outcome)
{
    m_inFlight.remove(c.id);
    m_busyOrders.remove(orderKey(c));
    // The state as stored (the outcome may not have been written); when that cannot be read,
    // the outcome the dispatcher reached, and the failure said.
    QString error;
    const auto stored = m_services->outbox()->find(c.id, &error);
    if (!error.isEmpty())
        reportStorageError(error);
    Q_EMIT commandChanged(c.id, stored ? stored->state : outcome);
    QTimer::singleShot(0, this, &OutboxDispatcher::pump);
}

} // namespace despacho::sync
