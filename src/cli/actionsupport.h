#pragma once

#include "cli/clicontext.h"
#include "core/command.h"
#include "core/order.h"

#include <QJsonObject>
#include <optional>

namespace despacho::cli {

// What every action command shares: who acts (global --operator, PIN from DESPACHO_PIN), which
// cached order it acts on, queuing the command with its audit line, then sending it and waiting
// for the outcome unless --queue-only.
struct ActionTarget
{
    QString account;
    Order order;
    QString operatorName;
    QString supervisor;
};

// Authenticates the acting operator; prints the refusal and finishes the context on failure.
bool authenticateOperator(CliContext *ctx, const QString &purpose, QString *name);
// Authenticates a supervisor given by name (PIN from DESPACHO_SUPERVISOR_PIN or stdin).
bool authenticateSupervisor(CliContext *ctx, const QString &name, const QString &purpose);
// Finds the cached order (account from --account or unique in the cache).
std::optional<Order> loadOrder(CliContext *ctx, const QString &orderId, const QString &account,
                               QString *resolvedAccount);
// Queues and, unless queueOnly, sends and waits; finishes the context with the exit code.
void queueAndSend(CliContext *ctx, CommandKind kind, const ActionTarget &target,
                  const QJsonObject &payload, bool queueOnly, bool waitForLock);

} // namespace despacho::cli
