#include "sync/actionqueue.h"

#include "storage/auditlog.h"
#include "storage/outbox.h"
#include "sync/appservices.h"

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
    if (request.kind == CommandKind::Cancel)
        detail << request.payload.value("reason"_L1).toString();
    for (const QString &o : request.overrides)
        detail << u"override: "_s + o;
    audit.detail = detail.join(u"; "_s);
    return {c, audit};
}
} // namespace

qint64 queueAction(AppServices *services, const ActionRequest &request, QString *error)
{
    auto [c, audit] = commandFor(request);
    return services->outbox()->enqueue(c, audit, error);
}

QList<qint64> queueActions(AppServices *services, const QList<ActionRequest> &chain, QString *error)
{
    QList<std::pair<Command, storage::AuditEntry>> commands;
    for (const ActionRequest &r : chain) {
        if (r.account != chain.first().account || r.orderId != chain.first().orderId) {
            *error = u"a chain of commands must be for one order"_s;
            return {};
        }
        commands << commandFor(r);
    }
    return services->outbox()->enqueueChain(commands, error);
}

} // namespace despacho::sync
