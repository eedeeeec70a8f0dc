#include "sync/actionqueue.h"

#include "storage/auditlog.h"
#include "storage/outbox.h"
#include "sync/appservices.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace despacho::sync {

qint64 queueAction(AppServices *services, const ActionRequest &request, QString *error)
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
    audit.detail = request.kind == CommandKind::Cancel
                       ? request.payload.value("reason"_L1).toString()
                       : QString();
    return services->outbox()->enqueue(c, audit, error);
}

} // namespace despacho::sync
