#pragma once

#include "core/command.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace despacho::sync {

class AppServices;

// What a person asked for, ready to queue: the GUI's forms and despacho-cli's flags both end here.
struct ActionRequest
{
    CommandKind kind = CommandKind::Unknown;
    QString account;
    QString orderId;
    QJsonObject payload;
    QString operatorName;
    QString supervisor; // who authorised it, when a supervisor had to (cancel)
    // Warnings the person saw and went ahead with (a Correios check digit, an invoice value
    // that differs from the order's): recorded in the audit line.
    QStringList overrides;
};

// Writes the command and its "queued" audit line in one transaction (a fresh idempotency key)
// and returns the command's id, or 0 with the reason in `error`. One unfinished command per order:
// VTEX can leave an order stuck when, say, a cancel races an invoice, so a request for an order
// that still has a command pending, sending or retrying is refused (*busy set), and so is any
// request when that cannot be read. The GUI, the CLI and the spreadsheet import all queue here.
qint64 queueAction(AppServices *services, const ActionRequest &request, QString *error,
                   bool *busy = nullptr);

// Queues an ordered chain for one order (all requests name the same account and order), only
// when that order has no unfinished command, in one transaction: either all are queued or none.
// The rule above allows a chain queued at once (start handling, then the invoice behind it),
// never a command behind one already waiting. Returns the ids, or nothing with the reason in
// `error`.
QList<qint64> queueActions(AppServices *services, const QList<ActionRequest> &chain, QString *error,
                           bool *busy = nullptr);

// A person sends a failed or retrying command again (back to pending), or drops a waiting one
// without sending it; each with its audit line in the same transaction. A retry is refused while
// another command of the same order is unfinished (it would send an old command behind a newer
// one); a discard needs the supervisor who authorised it (the caller checked the PIN). The
// outbox view and despacho-cli both come here.
bool retryCommand(AppServices *services, qint64 id, const QString &operatorName, QString *error);
bool discardCommand(AppServices *services, qint64 id, const QString &operatorName,
                    const QString &supervisor, QString *error);

} // namespace despacho::sync
