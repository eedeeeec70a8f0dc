#include "sync/actionqueue.h"

#include "storage/auditlog.h"
#include "storage/outbox.h"
#include "sync/appservices.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace despacho::sync {

namespace {
std::pair<Command, storage::AuditEntry> commandFor(const ActionRequest &request)
{
    Command c;
    c.kind = request.kind;
    c.account = request.account;
    c.orderId = request.orderId;
    c.payload = request.payload;
    c.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.operatorName = request.operatorName;
    c.supervisor = request.supervisor;
    storage::AuditEntry audit;
    audit.operatorName = request.operatorName;
    audit.supervisor = request.supervisor;
    audit.action = commandKindToString(request.kind);
    audit.account = request.account;
    audit.orderId = request.orderId;
    audit.outcome = u"queued"_s;
    // The cancel reason is what a reader of the audit log needs; other payloads are in the outbox.
    QStringList detail;
    if (request.kind == CommandKind::Cancel || request.kind == CommandKind::Refund)
        detail << request.payload.value("reason"_L1).toString();
    for (const QString &o : request.overrides)
        detail << u"override: "_s + o;
    audit.detail = detail.join(u"; "_s);
    return {c, audit};
}
} // namespace

qint64 queueAction(AppServices *services, const ActionRequest &request, QString *error, bool *busy)
{
    const QList<qint64> ids = queueActions(services, {request}, error, busy);
    return ids.isEmpty() ? 0 : ids.first();
}

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::sync::ActionQueue)
};

// Whether the account's channel can carry out every intent of the chain. An account that is not
// stored (any more) is left to the dispatcher, which keeps its commands waiting, as before the
// channel seam; one that cannot be read refuses, as the outbox does.
bool channelAllows(AppServices *services, const QList<ActionRequest> &chain, QString *error)
{
    const QString &accountName = chain.first().account;
    QString readError;
    const auto account = services->accounts()->find(accountName, &readError);
    if (!readError.isEmpty()) {
        *error = Tr::tr("account %1 cannot be read: %2").arg(accountName, readError);
        return false;
    }
    if (!account)
        return true;
    const ChannelAdapter *adapter = services->channelAdapter(account->channel());
    if (!adapter) {
        *error = Tr::tr("account %1 is of kind \"%2\", which this version cannot send to")
                     .arg(accountName, account->kind);
        return false;
    }
    const ChannelCapabilities capabilities = adapter->capabilities();
    for (const ActionRequest &r : chain) {
        if (!capabilities.supports(r.kind)) {
            *error = Tr::tr("%1 is not possible for %2 orders (account %3)")
                         .arg(commandKindDisplayName(r.kind),
                              channelDisplayName(adapter->channel()), accountName);
            return false;
        }
    }
    return true;
}
} // namespace

QList<qint64> queueActions(AppServices *services, const QList<ActionRequest> &chain, QString *error,
                           bool *busy)
{
    if (busy)
        *busy = false;
    QList<std::pair<Command, storage::AuditEntry>> commands;
    for (const ActionRequest &r : chain) {
        if (r.account != chain.first().account || r.orderId != chain.first().orderId) {
            *error = u"a chain of commands must be for one order"_s;
            return {};
        }
        commands << commandFor(r);
    }
    if (!chain.isEmpty() && !channelAllows(services, chain, error))
        return {};
    return services->outbox()->enqueueChain(commands, error, busy);
}

namespace {

storage::AuditEntry changeAudit(const Command &c, const QString &operatorName,
                                const QString &action, const QString &outcome)
{
    storage::AuditEntry audit;
    audit.operatorName = operatorName;
    audit.action = action;
    audit.account = c.account;
    audit.orderId = c.orderId;
    audit.outcome = outcome;
    audit.detail = commandKindToString(c.kind);
    return audit;
}

// The command, or nothing with the reason: not there, or the outbox could not be read.
std::optional<Command> findCommand(AppServices *services, qint64 id, QString *error)
{
    QString readError;
    const auto c = services->outbox()->find(id, &readError);
    if (!readError.isEmpty())
        *error = Tr::tr("command %1 cannot be read from the outbox: %2")
                     .arg(QString::number(id), readError);
    else if (!c)
        *error = Tr::tr("there is no command %1 in the outbox").arg(id);
    return c;
}
} // namespace

bool retryCommand(AppServices *services, qint64 id, const QString &operatorName, QString *error)
{
    const auto c = findCommand(services, id, error);
    if (!c)
        return false;
    QString readError;
    const int unfinished =
        services->outbox()->unfinishedForOrder(c->account, c->orderId, &readError);
    if (unfinished < 0) {
        *error = Tr::tr("the outbox of order %1 cannot be read: %2").arg(c->orderId, readError);
        return false;
    }
    const bool waiting = c->state == CommandState::Retrying ? unfinished > 1 : unfinished > 0;
    if (waiting) {
        *error = Tr::tr("order %1 has another command waiting to be sent; retry this one once that "
                        "one is sent or has failed")
                     .arg(c->orderId);
        return false;
    }
    return services->outbox()->retry(id, changeAudit(*c, operatorName, u"retry"_s, u"requeued"_s),
                                     error);
}

bool discardCommand(AppServices *services, qint64 id, const QString &operatorName,
                    const QString &supervisor, QString *error)
{
    const auto c = findCommand(services, id, error);
    if (!c)
        return false;
    if (supervisor.isEmpty()) {
        *error = Tr::tr("discarding a command needs a supervisor");
        return false;
    }
    storage::AuditEntry audit = changeAudit(*c, operatorName, u"discard"_s, u"discarded"_s);
    audit.supervisor = supervisor;
    return services->outbox()->discard(id, audit, error);
}

} // namespace despacho::sync
