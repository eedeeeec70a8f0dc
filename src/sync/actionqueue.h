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
// and returns the command's id, or 0 with the reason in `error`.
qint64 queueAction(AppServices *services, const ActionRequest &request, QString *error);

// Queues an ordered chain for one order (all requests name the same account and order), only
// when that order has no unfinished command, in one transaction: either all are queued or none.
// The one-command-per-order rule allows a chain queued at once (start handling, then the invoice
// behind it), never a command behind one already waiting. Returns the ids, or nothing with the
// reason in `error`.
QList<qint64> queueActions(AppServices *services, const QList<ActionRequest> &chain,
                           QString *error);

} // namespace despacho::sync
