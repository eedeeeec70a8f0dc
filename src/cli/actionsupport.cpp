#include "cli/actionsupport.h"

#include "core/actionforms.h"
#include "core/orderdecoder.h"
#include "storage/auditlog.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/actionqueue.h"
#include "sync/operatorservice.h"
#include "sync/outboxdispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
};

QString stateLine(const Command &c)
{
    QString line = Tr::tr("command %1 (%2, order %3): %4")
                       .arg(QString::number(c.id), commandKindDisplayName(c.kind), c.orderId,
                            commandStateDisplayName(c.state));
    if (!c.receipt.isEmpty() && c.state == CommandState::Sent)
        line += Tr::tr(", receipt %1").arg(c.receipt);
    if (!c.lastError.isEmpty() && c.state != CommandState::Sent)
        line += u" — "_s + c.lastError;
    return line;
}
} // namespace

QCommandLineOption timeoutOption()
{
    return {u"timeout"_s,
            Tr::tr("Give up waiting after SECONDS (default %1); the commands stay queued")
                .arg(defaultSendTimeoutSeconds),
            u"SECONDS"_s, QString::number(defaultSendTimeoutSeconds)};
}

std::optional<int> sendTimeout(CliContext *ctx, const QCommandLineParser &parser)
{
    bool ok = false;
    const int seconds = parser.value(u"timeout"_s).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 86400) {
        ctx->err(Tr::tr("--timeout: \"%1\" is not a number of seconds from 1 to 86400")
                     .arg(parser.value(u"timeout"_s)));
        ctx->finish(ExitInvalidInput);
        return std::nullopt;
    }
    return seconds;
}

void abandonSending(CliContext *ctx, sync::OutboxDispatcher *dispatcher)
{
    if (dispatcher->isActive()) {
        // Synchronous from here to the delete: no reply can come back in between.
        QString error;
        if (ctx->services()->outbox()->recoverInterrupted(&error) < 0)
            ctx->err(error);
    }
    delete dispatcher;
}

void stopOnStorageError(CliContext *ctx, sync::OutboxDispatcher *dispatcher)
{
    // Queued: the dispatcher may say so from inside start(), and is deleted here.
    QObject::connect(
        dispatcher, &sync::OutboxDispatcher::storageError, ctx,
        [ctx, dispatcher = QPointer(dispatcher)](const QString &message) {
            if (ctx->finished())
                return;
            if (dispatcher)
                abandonSending(ctx, dispatcher);
            ctx->err(message);
            ctx->finish(ExitEnvironment);
        },
        Qt::QueuedConnection);
}

void reportStillQueued(CliContext *ctx, const Command &c)
{
    ctx->err(Tr::tr("command %1 (%2, account %3, order %4) still queued: %5")
                 .arg(QString::number(c.id), commandKindDisplayName(c.kind), c.account, c.orderId,
                      c.lastError.isEmpty() ? Tr::tr("no answer yet") : c.lastError));
}

bool authenticateOperator(CliContext *ctx, const QString &purpose, QString *name)
{
    const QString who = ctx->options().operatorName;
    if (who.isEmpty()) {
        ctx->err(Tr::tr("This action needs the acting operator: despacho-cli --operator NAME ... "
                        "(PIN from DESPACHO_PIN or standard input)"));
        ctx->finish(ExitInvalidInput);
        return false;
    }
    sync::OperatorService ops(ctx->services()->database());
    const QString pin = CliContext::readSecret("DESPACHO_PIN");
    const auto result = ops.authenticate(who, pin, purpose);
    if (!result.ok()) {
        ctx->err(result.message);
        ctx->finish(result.refusal == sync::OperatorService::Refusal::Storage ? ExitEnvironment
                                                                              : ExitInvalidInput);
        return false;
    }
    *name = result.identity.name;
    return true;
}

bool authenticateSupervisor(CliContext *ctx, const QString &name, const QString &purpose)
{
    sync::OperatorService ops(ctx->services()->database());
    const QString pin = CliContext::readSecret("DESPACHO_SUPERVISOR_PIN");
    const auto result = ops.authenticateSupervisor(name, pin, purpose);
    if (!result.ok()) {
        ctx->err(result.message);
        ctx->finish(result.refusal == sync::OperatorService::Refusal::Storage ? ExitEnvironment
                                                                              : ExitInvalidInput);
        return false;
    }
    return true;
}

std::optional<Order> loadOrder(CliContext *ctx, const QString &orderId, const QString &account,
                               QString *resolvedAccount)
{
    QString acc = account;
    QString readError;
    if (acc.isEmpty()) {
        QStringList accounts;
        const auto keys = ctx->services()->orders()->findExact(orderId, &readError);
        if (ctx->storageFailed(readError))
            return std::nullopt;
        for (const auto &key : keys) {
            if (key.orderId == orderId)
                accounts << key.account;
        }
        if (accounts.size() > 1) {
            ctx->err(Tr::tr("order %1 exists in several accounts (%2): choose one with --account")
                         .arg(orderId, accounts.join(u", "_s)));
            ctx->finish(ExitInvalidInput);
            return std::nullopt;
        }
        acc = accounts.value(0);
    }
    const QByteArray raw = ctx->services()->orders()->rawJson(acc, orderId, &readError);
    if (ctx->storageFailed(readError))
        return std::nullopt;
    if (raw.isEmpty()) {
        ctx->err(Tr::tr("order %1 is not in the cache; run despacho-cli sync first").arg(orderId));
        ctx->finish(ExitInvalidInput);
        return std::nullopt;
    }
    const auto summary = ctx->services()->orders()->summary(acc, orderId, &readError);
    if (ctx->storageFailed(readError))
        return std::nullopt;
    const auto parsed = decodeOrder(summary ? summary->channel : Channel::Vtex, raw);
    if (!parsed.ok()) {
        ctx->err(Tr::tr("order %1: %2").arg(orderId, parsed.error));
        ctx->finish(ExitInvalidInput);
        return std::nullopt;
    }
    *resolvedAccount = acc;
    return parsed.order;
}

void queueAndSend(CliContext *ctx, CommandKind kind, const ActionTarget &target,
                  const QJsonObject &payload, bool queueOnly, bool waitForLock, int timeoutSeconds)
{
    sync::ActionRequest request{.kind = kind,
                                .account = target.account,
                                .orderId = target.order.orderId,
                                .payload = payload,
                                .operatorName = target.operatorName,
                                .supervisor = target.supervisor};
    QString error;
    bool busy = false;
    const qint64 id = sync::queueAction(ctx->services(), request, &error, &busy);
    if (!id) {
        // A command still waiting on the order refuses this one (exit 1); a database that could
        // not be read or written is the environment's (exit 5).
        ctx->err(Tr::tr("cannot queue the command: %1").arg(error));
        ctx->finish(busy ? ExitInvalidInput : ExitEnvironment);
        return;
    }
    if (queueOnly) {
        ctx->out(Tr::tr("queued as command %1").arg(id));
        ctx->finish(ExitOk);
        return;
    }
    auto *dispatcher = new sync::OutboxDispatcher(ctx->services(), {}, ctx);
    auto report = [ctx, id](CommandState state) {
        if (ctx->finished())
            return;
        QString readError;
        const auto stored = ctx->services()->outbox()->find(id, &readError);
        if (ctx->storageFailed(readError) || !stored)
            return;
        if (state == CommandState::Sent) {
            ctx->out(stateLine(*stored));
            ctx->finish(ExitOk);
        } else if (state == CommandState::Failed || state == CommandState::Retrying) {
            ctx->err(stateLine(*stored));
            ctx->finish(ExitRemote);
        }
    };
    QObject::connect(dispatcher, &sync::OutboxDispatcher::commandChanged, ctx,
                     [report, id](qint64 changed, CommandState state) {
                         if (changed == id)
                             report(state);
                     });
    stopOnStorageError(ctx, dispatcher);
    // The lock poll is the dispatcher's (giving up deletes it with it); the deadline is not.
    auto *deadline = new QTimer(ctx);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    QObject::connect(
        deadline, &QTimer::timeout, ctx,
        [ctx, dispatcher = QPointer(dispatcher), id, timeoutSeconds] {
            if (!dispatcher || ctx->finished())
                return;
            const bool held = dispatcher->isActive();
            abandonSending(ctx, dispatcher);
            ctx->err(
                held
                    ? Tr::tr("no outcome after %1 s; the command stays queued").arg(timeoutSeconds)
                    : Tr::tr("another process still holds the outbox after %1 s; the command stays "
                             "queued")
                          .arg(timeoutSeconds));
            QString readError;
            if (const auto stored = ctx->services()->outbox()->find(id, &readError))
                reportStillQueued(ctx, *stored);
            else if (!readError.isEmpty())
                ctx->err(Tr::tr("command %1: %2").arg(QString::number(id), readError));
            ctx->finish(ExitRemote);
        });
    deadline->start(timeoutSeconds * 1000);
    QString lockError;
    if (dispatcher->start(&lockError))
        return;
    if (!waitForLock) {
        delete dispatcher;
        ctx->out(Tr::tr("queued as command %1; %2").arg(QString::number(id), lockError));
        ctx->finish(ExitOk);
        return;
    }
    auto *timer = new QTimer(dispatcher);
    QObject::connect(timer, &QTimer::timeout, dispatcher, [dispatcher, timer] {
        if (dispatcher->start())
            timer->stop();
    });
    timer->start(200);
}

void parseActionArgs(CliContext *ctx, const QString &command, const QStringList &args,
                     const QList<QCommandLineOption> &options, ActionArgs *p)
{
    p->parser.addPositionalArgument(u"order"_s, Tr::tr("Order id"));
    p->parser.addOptions(options);
    p->parser.addOptions({{u"account"_s, Tr::tr("Account of the order"), u"NAME"_s},
                          {u"queue-only"_s, Tr::tr("Queue the command and return at once")},
                          {u"wait"_s, Tr::tr("Wait for another process's dispatcher to finish")},
                          timeoutOption(),
                          {u"json"_s, Tr::tr("JSON output")}});
    if (!parseArguments(ctx, p->parser, command, args, 1, 1,
                        Tr::tr("%1 ORDER_ID [options]; see despacho-cli --help").arg(command)))
        return;
    const auto timeout = sendTimeout(ctx, p->parser);
    if (!timeout)
        return;
    p->timeoutSeconds = *timeout;
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    if (!authenticateOperator(ctx, command, &p->target.operatorName))
        return;
    p->orderId = p->parser.positionalArguments().first();
    const auto order =
        loadOrder(ctx, p->orderId, p->parser.value(u"account"_s), &p->target.account);
    if (!order)
        return;
    if (order->channel != p->channel) {
        ctx->err(Tr::tr("order %1 of account %2 is a %3 order; %4 is for %5 orders")
                     .arg(p->orderId, p->target.account, channelDisplayName(order->channel),
                          command, channelDisplayName(p->channel)));
        ctx->finish(ExitInvalidInput);
        return;
    }
    p->target.order = *order;
    p->ok = true;
}

bool refuseIssues(CliContext *ctx, const FieldIssues &issues)
{
    for (const FieldIssue &i : issues) {
        if (i.warning)
            ctx->err(Tr::tr("warning: %1: %2").arg(i.field, i.message));
    }
    if (!hasErrors(issues))
        return false;
    for (const FieldIssue &i : issues) {
        if (!i.warning)
            ctx->err(Tr::tr("%1: %2").arg(i.field, i.message));
    }
    ctx->finish(ExitInvalidInput);
    return true;
}

void sendAction(CliContext *ctx, ActionArgs &p, CommandKind kind, const QJsonObject &payload)
{
    queueAndSend(ctx, kind, p.target, payload, p.parser.isSet(u"queue-only"_s),
                 p.parser.isSet(u"wait"_s), p.timeoutSeconds);
}

} // namespace despacho::cli
