#include "cli/actionsupport.h"

#include "core/datetime.h"
#include "storage/auditlog.h"
#include "storage/outbox.h"
#include "sync/actionqueue.h"
#include "sync/outboxdispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
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

QJsonObject toJson(const Command &c)
{
    return {{u"id"_s, c.id},
            {u"kind"_s, commandKindToString(c.kind)},
            {u"account"_s, c.account},
            {u"orderId"_s, c.orderId},
            {u"state"_s, commandStateToString(c.state)},
            {u"attempts"_s, c.attempts},
            {u"operator"_s, c.operatorName},
            {u"supervisor"_s, c.supervisor},
            {u"createdAt"_s, toIsoUtc(c.createdAt)},
            {u"updatedAt"_s, toIsoUtc(c.updatedAt)},
            {u"nextAttemptAt"_s, toIsoUtc(c.nextAttemptAt)},
            {u"lastError"_s, c.lastError},
            {u"receipt"_s, c.receipt},
            // What is (or was) sent, as it will go out: the body and its address parts. Commands
            // hold no credentials (those stay in the keychain and the transport's headers).
            {u"payload"_s, c.payload}};
}

void listOutbox(CliContext *ctx)
{
    QString readError;
    const auto commands = ctx->services()->outbox()->list({}, &readError);
    if (ctx->storageFailed(readError))
        return;
    if (ctx->json()) {
        QJsonArray array;
        for (const Command &c : commands)
            array.append(toJson(c));
        ctx->outJson(QJsonDocument(array));
    } else {
        for (const Command &c : commands) {
            ctx->out(u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(
                QString::number(c.id), commandStateDisplayName(c.state),
                commandKindDisplayName(c.kind), c.orderId, c.account, c.lastError));
        }
    }
    ctx->finish(ExitOk);
}

const QList<CommandState> &unfinishedStates()
{
    static const QList<CommandState> states{CommandState::Pending, CommandState::Sending,
                                            CommandState::Retrying};
    return states;
}

// Sends until nothing is left to send, or gives up after timeoutSeconds (exit 3) listing what is
// still queued; everything unsent stays in the outbox.
void sendOutbox(CliContext *ctx, bool waitForLock, int timeoutSeconds)
{
    QString countError;
    auto failedBefore = std::make_shared<int>(
        ctx->services()->outbox()->countByState(CommandState::Failed, &countError));
    if (ctx->storageFailed(countError))
        return;
    auto *dispatcher = new sync::OutboxDispatcher(ctx->services(), {}, ctx);
    stopOnStorageError(ctx, dispatcher);
    auto *deadline = new QTimer(ctx);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    QObject::connect(
        deadline, &QTimer::timeout, ctx, [ctx, dispatcher = QPointer(dispatcher), timeoutSeconds] {
            if (!dispatcher || ctx->finished())
                return;
            const bool held = dispatcher->isActive();
            abandonSending(ctx, dispatcher);
            QString readError;
            const auto left = ctx->services()->outbox()->list(
                {.states = unfinishedStates(), .limit = 100000}, &readError);
            if (ctx->storageFailed(readError))
                return;
            ctx->err(held ? Tr::tr("outbox send: gave up after %1 s; %2 commands still "
                                   "queued")
                                .arg(timeoutSeconds)
                                .arg(left.size())
                          : Tr::tr("outbox send: another process still holds the outbox "
                                   "after %1 s; %2 commands still queued")
                                .arg(timeoutSeconds)
                                .arg(left.size()));
            for (auto it = left.crbegin(); it != left.crend(); ++it) // oldest first
                reportStillQueued(ctx, *it);
            ctx->finish(ExitRemote);
        });
    deadline->start(timeoutSeconds * 1000);
    // The poll is the dispatcher's: giving up deletes it with it.
    auto *poll = new QTimer(dispatcher);
    QObject::connect(poll, &QTimer::timeout, dispatcher, [ctx, dispatcher, failedBefore] {
        if (!dispatcher->isActive() || dispatcher->inFlight() > 0)
            return;
        storage::Outbox *o = ctx->services()->outbox();
        QString readError;
        const auto countOf = [&](CommandState s) {
            return readError.isEmpty() ? o->countByState(s, &readError) : -1;
        };
        const int waiting = countOf(CommandState::Pending) + countOf(CommandState::Sending) +
                            countOf(CommandState::Retrying);
        const int failedNow = countOf(CommandState::Failed);
        if (!readError.isEmpty()) {
            // The dispatcher says so too (storageError), and stops sending: whichever is first.
            if (!ctx->finished())
                ctx->storageFailed(readError);
            return;
        }
        if (waiting > 0)
            return;
        const int failed = failedNow - *failedBefore;
        ctx->out(Tr::tr("outbox sent: %1 sent, %2 failed in this run")
                     .arg(dispatcher->sentCount())
                     .arg(failed));
        ctx->finish(failed > 0 ? ExitSomeFailed : ExitOk);
    });
    QString lockError;
    if (dispatcher->start(&lockError)) {
        poll->start(100);
        return;
    }
    if (!waitForLock) {
        delete dispatcher;
        ctx->out(lockError);
        ctx->finish(ExitOk);
        return;
    }
    QObject::connect(poll, &QTimer::timeout, dispatcher, [dispatcher] {
        if (!dispatcher->isActive())
            dispatcher->start();
    });
    poll->start(100);
}

std::optional<qint64> commandId(CliContext *ctx, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    QString readError;
    const bool known = ok && ctx->services()->outbox()->find(id, &readError).has_value();
    if (ctx->storageFailed(readError))
        return std::nullopt;
    if (!known) {
        ctx->err(Tr::tr("there is no command %1 in the outbox").arg(text));
        ctx->finish(ExitInvalidInput);
        return std::nullopt;
    }
    return id;
}

void changeCommand(CliContext *ctx, const QString &verb, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"id"_s, Tr::tr("Command id"));
    if (verb == u"discard"_s)
        p.addOption({u"supervisor"_s, Tr::tr("Supervisor authorising the discard"), u"NAME"_s});
    if (!parseArguments(ctx, p, u"outbox "_s + verb, args, 1, 1,
                        u"outbox %1 ID%2"_s.arg(verb, verb == u"discard"_s ? u" --supervisor NAME"_s
                                                                           : QString())))
        return;
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    const auto id = commandId(ctx, p.positionalArguments().first());
    if (!id)
        return;
    QString who;
    if (!authenticateOperator(ctx, u"outbox "_s + verb, &who))
        return;
    QString error;
    bool ok = false;
    if (verb == u"discard"_s) {
        const QString supervisor = p.value(u"supervisor"_s);
        if (supervisor.isEmpty()) {
            ctx->err(
                Tr::tr("--supervisor: discarding a command needs a supervisor's name and PIN"));
            ctx->finish(ExitInvalidInput);
            return;
        }
        if (!authenticateSupervisor(ctx, supervisor, u"discard command %1"_s.arg(*id)))
            return;
        ok = sync::discardCommand(ctx->services(), *id, who, supervisor, &error);
    } else {
        ok = sync::retryCommand(ctx->services(), *id, who, &error);
    }
    if (!ok) {
        ctx->err(error);
        ctx->finish(ExitInvalidInput);
        return;
    }
    ctx->out(verb == u"discard"_s ? Tr::tr("command %1 discarded").arg(*id)
                                  : Tr::tr("command %1 queued again").arg(*id));
    ctx->finish(ExitOk);
}
} // namespace

void runOutboxCommand(CliContext *ctx, const QStringList &argsIn)
{
    QStringList args = argsIn;
    if (args.removeAll(u"--json"_s) > 0)
        ctx->setJson(true);
    const QString verb = args.value(0);
    if (verb.isEmpty()) {
        if (const int rc = ctx->openServices(); rc != ExitOk) {
            ctx->finish(rc);
            return;
        }
        listOutbox(ctx);
    } else if (verb == u"send"_s) {
        QCommandLineParser p;
        p.addOptions({{u"wait"_s, Tr::tr("Wait for another process's dispatcher to finish")},
                      timeoutOption()});
        if (!parseArguments(ctx, p, u"outbox send"_s, args.mid(1), 0, 0,
                            u"outbox send [--wait] [--timeout SECONDS]"_s))
            return;
        const auto timeout = sendTimeout(ctx, p);
        if (!timeout)
            return;
        if (const int rc = ctx->openServices(); rc != ExitOk) {
            ctx->finish(rc);
            return;
        }
        sendOutbox(ctx, p.isSet(u"wait"_s), *timeout);
    } else if (verb == u"retry"_s || verb == u"discard"_s) {
        changeCommand(ctx, verb, args.mid(1));
    } else {
        ctx->err(Tr::tr("outbox: unknown subcommand or option \"%1\" (usage: outbox [--json] | "
                        "outbox send [--wait] [--timeout SECONDS] | outbox retry ID | "
                        "outbox discard ID --supervisor NAME)")
                     .arg(verb));
        ctx->finish(ExitUsage);
    }
}

void runAuditCommand(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({{u"order"_s, Tr::tr("Only this order"), u"ORDER_ID"_s},
                  {u"who"_s, Tr::tr("Only this operator or supervisor"), u"NAME"_s},
                  {u"action"_s, Tr::tr("Only this action"), u"ACTION"_s},
                  {u"json"_s, Tr::tr("JSON output")}});
    if (!parseArguments(ctx, p, u"audit"_s, args, 0, 0,
                        u"audit [--order ORDER_ID] [--who NAME] [--action ACTION] [--json]"_s))
        return;
    if (p.isSet(u"json"_s))
        ctx->setJson(true);
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    QString readError;
    const auto entries = ctx->services()->auditLog()->entries({.operatorName = p.value(u"who"_s),
                                                               .orderId = p.value(u"order"_s),
                                                               .action = p.value(u"action"_s)},
                                                              &readError);
    if (ctx->storageFailed(readError))
        return;
    if (ctx->json()) {
        QJsonArray array;
        for (const auto &e : entries) {
            array.append(QJsonObject{{u"id"_s, e.id},
                                     {u"at"_s, toIsoUtc(e.at)},
                                     {u"operator"_s, e.operatorName},
                                     {u"supervisor"_s, e.supervisor},
                                     {u"action"_s, e.action},
                                     {u"account"_s, e.account},
                                     {u"orderId"_s, e.orderId},
                                     {u"commandId"_s, e.commandId},
                                     {u"outcome"_s, e.outcome},
                                     {u"detail"_s, e.detail}});
        }
        ctx->outJson(QJsonDocument(array));
    } else {
        for (const auto &e : entries) {
            ctx->out(u"%1\t%2\t%3\t%4\t%5\t%6\t%7"_s.arg(
                e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                e.supervisor.isEmpty() ? e.operatorName : e.operatorName + u'/' + e.supervisor,
                e.action, e.orderId, e.outcome, e.detail, e.account));
        }
    }
    ctx->finish(ExitOk);
}

} // namespace despacho::cli
