#pragma once

#include "core/command.h"

#include <QJsonObject>
#include <QString>

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
};

// Writes the command and its "queued" audit line in one transaction (a fresh idempotency key)
// and returns the command's id, or 0 with the reason in `error`.
qint64 queueAction(AppServices *services, const ActionRequest &request, QString *error);

} // namespace despacho::sync
