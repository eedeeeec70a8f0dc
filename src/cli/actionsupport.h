#pragma once

#include "cli/clicontext.h"
#include "core/actionforms.h"
#include "core/command.h"
#include "core/order.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <optional>

namespace despacho::sync {
class OutboxDispatcher;
}

namespace despacho::cli {

// How long a command that sends (an action, `outbox send`) waits for the outcome by default.
inline constexpr int defaultSendTimeoutSeconds = 120;
// --timeout SECONDS, shared by every command that sends.
QCommandLineOption timeoutOption();
// The --timeout value in seconds; on a bad value prints why, finishes the context with
// ExitInvalidInput and returns nothing.
std::optional<int> sendTimeout(CliContext *ctx, const QCommandLineParser &parser);
// The send ran out of time: commands the dispatcher had in flight go back to the queue (every
// kind is safe to send again) and the dispatcher is deleted with its timers (its lock is freed).
// Only when it holds the data directory's lock: else another process is sending.
void abandonSending(CliContext *ctx, sync::OutboxDispatcher *dispatcher);
// When the dispatcher says the outbox could not be read or written: stops sending as above,
// prints its message and finishes with ExitEnvironment.
void stopOnStorageError(CliContext *ctx, sync::OutboxDispatcher *dispatcher);
// One stderr line for a command that is still queued: id, kind, account, order, last error.
void reportStillQueued(CliContext *ctx, const Command &command);

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
// Gives up after timeoutSeconds (exit 3; the command stays queued).
void queueAndSend(CliContext *ctx, CommandKind kind, const ActionTarget &target,
                  const QJsonObject &payload, bool queueOnly, bool waitForLock, int timeoutSeconds);

// An action command's common part: ORDER_ID, --account, --queue-only, --wait, --timeout,
// --json, then the operator's PIN and the cached order.
struct ActionArgs
{
    QCommandLineParser parser;
    QString orderId;
    ActionTarget target;
    int timeoutSeconds = defaultSendTimeoutSeconds;
    Channel channel = Channel::Vtex; // the channel whose orders the command is for
    bool ok = false;
};
// Parses it (with the command's own `options`), authenticates the operator and loads the order,
// which must be of p->channel; on failure the context is finished and p->ok stays false.
void parseActionArgs(CliContext *ctx, const QString &command, const QStringList &args,
                     const QList<QCommandLineOption> &options, ActionArgs *p);
// Prints the warnings; with an error among them prints those too, finishes the context with
// ExitInvalidInput and answers true.
bool refuseIssues(CliContext *ctx, const FieldIssues &issues);
// queueAndSend() with the flags of `p`.
void sendAction(CliContext *ctx, ActionArgs &p, CommandKind kind, const QJsonObject &payload);

} // namespace despacho::cli
