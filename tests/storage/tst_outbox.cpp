// The outbox's state machine on a real SQLite file: every allowed transition with what it writes
// (attempts, times, errors, receipts, audit lines), every other one refused with nothing changed,
// a command left "sending" by a process that died found and requeued on reopen, and failed
// statements logged under despacho.storage.outbox and returned as errors.
#include "logcapture.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outbox.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace despacho;
using namespace despacho::storage;
using despacho::test::LogCapture;

namespace {

enum class Op
{
    MarkSending,
    MarkRetry,
    MarkSent,
    MarkFailed,
    Retry,
    Discard
};
constexpr Op kOps[] = {Op::MarkSending, Op::MarkRetry, Op::MarkSent,
                       Op::MarkFailed,  Op::Retry,     Op::Discard};
constexpr CommandState kStates[] = {CommandState::Pending,  CommandState::Sending,
                                    CommandState::Retrying, CommandState::Sent,
                                    CommandState::Failed,   CommandState::Discarded};

const char *opName(Op op)
{
    switch (op) {
    case Op::MarkSending:
        return "markSending";
    case Op::MarkRetry:
        return "markRetry";
    case Op::MarkSent:
        return "markSent";
    case Op::MarkFailed:
        return "markFailed";
    case Op::Retry:
        return "retry";
    case Op::Discard:
        return "discard";
    }
    return "?";
}

// The outbox's rules (outbox.h): the state each change leads to, from the states it starts from.
struct Rule
{
    Op op;
    CommandState from;
    CommandState to;
};
constexpr Rule kAllowed[] = {
    {Op::MarkSending, CommandState::Pending, CommandState::Sending},
    {Op::MarkSending, CommandState::Retrying, CommandState::Sending},
    {Op::MarkRetry, CommandState::Sending, CommandState::Retrying},
    {Op::MarkSent, CommandState::Sending, CommandState::Sent},
    {Op::MarkFailed, CommandState::Sending, CommandState::Failed},
    {Op::Retry, CommandState::Failed, CommandState::Pending},
    {Op::Retry, CommandState::Retrying, CommandState::Pending},
    {Op::Discard, CommandState::Pending, CommandState::Discarded},
    {Op::Discard, CommandState::Retrying, CommandState::Discarded},
    {Op::Discard, CommandState::Failed, CommandState::Discarded},
};

bool allowed(Op op, CommandState from)
{
    return std::any_of(std::begin(kAllowed), std::end(kAllowed),
                       [&](const Rule &r) { return r.op == op && r.from == from; });
}

Command newCommand(const QString &orderId, CommandKind kind = CommandKind::Tracking)
{
    Command c;
    c.kind = kind;
    c.account = u"loja"_s;
    c.orderId = orderId;
    c.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.operatorName = u"ana"_s;
    c.payload = {{u"invoiceNumber"_s, u"NF-1"_s},
                 {u"body"_s, QJsonObject{{u"trackingNumber"_s, u"QB123456785BR"_s}}}};
    return c;
}

AuditEntry audit(const QString &outcome)
{
    AuditEntry a;
    a.operatorName = u"ana"_s;
    a.supervisor = outcome == u"discarded"_s ? u"chefe"_s : QString();
    a.action = u"tracking"_s;
    a.account = u"loja"_s;
    a.orderId = u"o"_s;
    a.outcome = outcome;
    return a;
}

const QDateTime kRetryAt(QDate(2031, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);

bool apply(Outbox &outbox, Op op, qint64 id, QString *error)
{
    switch (op) {
    case Op::MarkSending:
        return outbox.markSending(id, error);
    case Op::MarkRetry:
        return outbox.markRetry(id, kRetryAt, u"503 from VTEX"_s, error);
    case Op::MarkSent:
        return outbox.markSent(id, u"receipt-77"_s, audit(u"sent"_s), error);
    case Op::MarkFailed:
        return outbox.markFailed(id, u"order is now canceled"_s, audit(u"failed"_s), error);
    case Op::Retry:
        return outbox.retry(id, audit(u"requeued"_s), error);
    case Op::Discard:
        return outbox.discard(id, audit(u"discarded"_s), error);
    }
    return false;
}

void compareCommands(const Command &a, const Command &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.attempts, b.attempts);
    QCOMPARE(a.nextAttemptAt, b.nextAttemptAt);
    QCOMPARE(a.lastError, b.lastError);
    QCOMPARE(a.receipt, b.receipt);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.payload, b.payload);
}

// Run as a child: queue a command, mark it sending and die without closing anything, as a
// process killed in the middle of a request would.
[[noreturn]] void dieWhileSending(const QString &path)
{
    Database db(path);
    if (!db.open().ok())
        std::_Exit(2);
    Outbox outbox(&db);
    QString error;
    const qint64 id =
        outbox.enqueue(newCommand(u"v-crash"_s, CommandKind::Invoice), audit(u"queued"_s), &error);
    if (!id || !outbox.markSending(id, &error))
        std::_Exit(3);
    // A later command of the same order, queued behind it.
    if (!outbox.enqueue(newCommand(u"v-crash"_s), audit(u"queued"_s), &error))
        std::_Exit(4);
    std::raise(SIGKILL);
    std::_Exit(5);
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Outbox> m_outbox;
    int m_orders = 0;
    int m_files = 0;

    int auditLines(qint64 commandId)
    {
        int n = 0;
        for (const AuditEntry &e : AuditLog(m_db.get()).entries())
            n += e.commandId == commandId ? 1 : 0;
        return n;
    }

    // A fresh command (own order) brought to `state` through the allowed transitions.
    qint64 commandIn(CommandState state)
    {
        QString error;
        const qint64 id =
            m_outbox->enqueue(newCommand(u"v%1"_s.arg(++m_orders)), audit(u"queued"_s), &error);
        if (!id)
            qFatal("enqueue: %s", qPrintable(error));
        const auto must = [&](bool ok) {
            if (!ok)
                qFatal("setting up %s: %s", qPrintable(commandStateToString(state)),
                       qPrintable(error));
        };
        switch (state) {
        case CommandState::Pending:
            break;
        case CommandState::Sending:
            must(m_outbox->markSending(id, &error));
            break;
        case CommandState::Retrying:
            must(m_outbox->markSending(id, &error));
            must(m_outbox->markRetry(id, kRetryAt, u"timeout"_s, &error));
            break;
        case CommandState::Sent:
            must(m_outbox->markSending(id, &error));
            must(m_outbox->markSent(id, u"r"_s, audit(u"sent"_s), &error));
            break;
        case CommandState::Failed:
            must(m_outbox->markSending(id, &error));
            must(m_outbox->markFailed(id, u"400"_s, audit(u"failed"_s), &error));
            break;
        case CommandState::Discarded:
            must(m_outbox->discard(id, audit(u"discarded"_s), &error));
            break;
        }
        if (m_outbox->find(id)->state != state)
            qFatal("command not in %s", qPrintable(commandStateToString(state)));
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // A file of its own for every test and every data row.
        m_db = std::make_unique<Database>(m_dir.filePath(u"outbox-%1.sqlite"_s.arg(++m_files)));
        const auto status = m_db->open();
        QVERIFY2(status.ok(), qPrintable(status.message));
        m_outbox = std::make_unique<Outbox>(m_db.get());
    }

    void cleanup()
    {
        m_outbox.reset();
        m_db.reset();
    }

    void enqueueIsPendingWithItsAuditLine()
    {
        QString error = u"stale"_s;
        Command c = newCommand(u"v1"_s, CommandKind::Invoice);
        const qint64 id = m_outbox->enqueue(c, audit(u"queued"_s), &error);
        QVERIFY2(id > 0, qPrintable(error));
        const auto stored = m_outbox->find(id, &error);
        QVERIFY(stored);
        QVERIFY(error.isEmpty()); // a read that worked clears the error
        QCOMPARE(stored->state, CommandState::Pending);
        QCOMPARE(stored->attempts, 0);
        QCOMPARE(stored->kind, CommandKind::Invoice);
        QCOMPARE(stored->payload, c.payload);
        QCOMPARE(stored->idempotencyKey, c.idempotencyKey);
        QVERIFY(!stored->nextAttemptAt.isValid());
        QVERIFY(stored->createdAt.isValid() && stored->updatedAt.isValid());
        const auto lines = AuditLog(m_db.get()).entries({.action = u"tracking"_s});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].commandId, id);
        QCOMPARE(lines[0].outcome, u"queued"_s);
        // The same idempotency key again is refused, and leaves no second audit line.
        QCOMPARE(m_outbox->enqueue(c, audit(u"queued"_s), &error), 0);
        QVERIFY(error.contains(u"UNIQUE"_s));
        QCOMPARE(AuditLog(m_db.get()).entries().size(), 1);
    }

    void allowedTransition_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        for (const Rule &r : kAllowed) {
            QTest::addRow("%s -> %s (%s)", qPrintable(commandStateToString(r.from)),
                          qPrintable(commandStateToString(r.to)), opName(r.op))
                << int(r.op) << int(r.from) << int(r.to);
        }
    }

    void allowedTransition()
    {
        QFETCH(int, op);
        QFETCH(int, from);
        QFETCH(int, to);
        const qint64 id = commandIn(CommandState(from));
        const Command before = *m_outbox->find(id);
        const int linesBefore = auditLines(id);
        QTest::qWait(2); // updated_at has milliseconds: let it move
        LogCapture log;
        QString error;
        QVERIFY2(apply(*m_outbox, Op(op), id, &error), qPrintable(error));
        QCOMPARE(log.entries().size(), 0);
        const Command after = *m_outbox->find(id);
        QCOMPARE(after.state, CommandState(to));
        QVERIFY(after.updatedAt > before.updatedAt);
        QCOMPARE(after.payload, before.payload);
        QCOMPARE(after.createdAt, before.createdAt);
        // The person-made and final changes carry their audit line, in the same transaction;
        // the dispatcher's own bookkeeping (sending, retrying) does not.
        const bool audited = Op(op) != Op::MarkSending && Op(op) != Op::MarkRetry;
        QCOMPARE(auditLines(id), linesBefore + (audited ? 1 : 0));
        if (audited)
            QCOMPARE(AuditLog(m_db.get()).entries().first().commandId, id);
        switch (Op(op)) {
        case Op::MarkSending:
            QCOMPARE(after.attempts, before.attempts + 1);
            QCOMPARE(after.lastError, before.lastError); // kept for the person to read
            break;
        case Op::MarkRetry:
            QCOMPARE(after.attempts, before.attempts);
            QCOMPARE(after.nextAttemptAt, kRetryAt);
            QCOMPARE(after.lastError, u"503 from VTEX"_s);
            break;
        case Op::MarkSent:
            QCOMPARE(after.receipt, u"receipt-77"_s);
            QVERIFY(after.lastError.isEmpty());
            QVERIFY(!after.nextAttemptAt.isValid());
            QCOMPARE(AuditLog(m_db.get()).entries().first().outcome, u"sent"_s);
            break;
        case Op::MarkFailed:
            QCOMPARE(after.lastError, u"order is now canceled"_s);
            QVERIFY(!after.nextAttemptAt.isValid());
            QCOMPARE(AuditLog(m_db.get()).entries().first().outcome, u"failed"_s);
            break;
        case Op::Retry:
            QVERIFY(!after.nextAttemptAt.isValid()); // due at once
            QCOMPARE(after.attempts, before.attempts);
            QCOMPARE(m_outbox->due(QDateTime::currentDateTimeUtc(), 10).size(), 1);
            QCOMPARE(AuditLog(m_db.get()).entries().first().outcome, u"requeued"_s);
            break;
        case Op::Discard:
            QVERIFY(!after.nextAttemptAt.isValid());
            QVERIFY(m_outbox->due(QDateTime::currentDateTimeUtc().addYears(10), 10).isEmpty());
            QCOMPARE(AuditLog(m_db.get()).entries().first().supervisor, u"chefe"_s);
            break;
        }
    }

    void refusedTransition_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("from");
        int refused = 0;
        for (CommandState from : kStates) {
            for (Op op : kOps) {
                if (allowed(op, from))
                    continue;
                QTest::addRow("%s from %s", opName(op), qPrintable(commandStateToString(from)))
                    << int(op) << int(from);
                ++refused;
            }
        }
        // 6 states x 6 changes, 10 of them allowed.
        QCOMPARE(refused, 26);
    }

    void refusedTransition()
    {
        QFETCH(int, op);
        QFETCH(int, from);
        const qint64 id = commandIn(CommandState(from));
        const Command before = *m_outbox->find(id);
        const int lines = AuditLog(m_db.get()).entries().size();
        QTest::qWait(2);
        LogCapture log;
        QString error;
        QVERIFY(!apply(*m_outbox, Op(op), id, &error));
        QCOMPARE(error, u"command %1 is not in a state that allows this"_s.arg(id));
        // A refusal is an answer, not a failed statement: nothing logged, nothing changed.
        QVERIFY2(log.entries().isEmpty(), qPrintable(log.dump()));
        compareCommands(*m_outbox->find(id), before);
        QCOMPARE(AuditLog(m_db.get()).entries().size(), lines);
    }

    void unknownCommandIsRefused()
    {
        for (Op op : kOps) {
            QString error;
            QVERIFY(!apply(*m_outbox, op, 4242, &error));
            QCOMPARE(error, u"command 4242 is not in a state that allows this"_s);
        }
        QString error = u"stale"_s;
        QVERIFY(!m_outbox->find(4242, &error));
        QVERIFY(error.isEmpty()); // not there, and the read worked
        QVERIFY(AuditLog(m_db.get()).entries().isEmpty());
    }

    // The life of a command that needed two tries.
    void retriedThenSent()
    {
        QString error;
        const qint64 id = m_outbox->enqueue(newCommand(u"v1"_s), audit(u"queued"_s), &error);
        QVERIFY(m_outbox->markSending(id, &error));
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(m_outbox->markRetry(id, soon, u"502"_s, &error));
        // Not due before its time, due after it.
        QVERIFY(m_outbox->due(QDateTime::currentDateTimeUtc(), 10).isEmpty());
        QCOMPARE(m_outbox->due(soon.addSecs(1), 10).size(), 1);
        QCOMPARE(m_outbox->nextRetryAt(), soon);
        QVERIFY(m_outbox->markSending(id, &error));
        QVERIFY(m_outbox->markSent(id, u"r-1"_s, audit(u"sent"_s), &error));
        const Command c = *m_outbox->find(id);
        QCOMPARE(c.state, CommandState::Sent);
        QCOMPARE(c.attempts, 2);
        QVERIFY(c.lastError.isEmpty());
        QVERIFY(!m_outbox->nextRetryAt().isValid());
        QCOMPARE(m_outbox->countByState(CommandState::Sent), 1);
        QCOMPARE(m_outbox->unfinishedForOrder(u"loja"_s, u"v1"_s), 0);
        QStringList outcomes;
        for (const AuditEntry &e : AuditLog(m_db.get()).entries())
            outcomes.prepend(e.outcome);
        QCOMPARE(outcomes, (QStringList{u"queued"_s, u"sent"_s}));
    }

    // One order's commands go out one at a time, in the order they were made; a chain is queued
    // whole or not at all, and never behind an unfinished command.
    void oneOrderInOrder()
    {
        QString error;
        bool busy = true;
        const auto ids = m_outbox->enqueueChain(
            {{newCommand(u"v1"_s, CommandKind::StartHandling), audit(u"queued"_s)},
             {newCommand(u"v1"_s, CommandKind::Invoice), audit(u"queued"_s)}},
            &error, &busy);
        QCOMPARE(ids.size(), 2);
        QVERIFY(!busy);
        const auto due = [&] {
            QList<qint64> out;
            for (const Command &c : m_outbox->due(QDateTime::currentDateTimeUtc(), 10))
                out << c.id;
            return out;
        };
        QCOMPARE(due(), QList<qint64>{ids[0]});
        QVERIFY(m_outbox->markSending(ids[0], &error));
        QVERIFY(due().isEmpty()); // the invoice waits for the start handling in flight
        QCOMPARE(m_outbox->unfinishedForOrder(u"loja"_s, u"v1"_s), 2);
        QVERIFY(m_outbox->enqueueChain({{newCommand(u"v1"_s), audit(u"queued"_s)}}, &error, &busy)
                    .isEmpty());
        QVERIFY(busy);
        QVERIFY(error.contains(u"v1"_s));
        QVERIFY(m_outbox->markSent(ids[0], u"204"_s, audit(u"sent"_s), &error));
        QCOMPARE(due(), QList<qint64>{ids[1]});
    }

    // An import's batch read: the commands of one kind for exactly the orders asked (300
    // of 600 orders, in one query), newest first; another account's order of the same id,
    // another kind, and orders not asked are left out.
    void listForOrdersReadsTheBatchOnly()
    {
        QString error;
        QList<std::pair<QString, QString>> asked;
        QList<qint64> expected;
        for (int i = 0; i < 600; ++i) {
            const QString id = u"v-batch-%1"_s.arg(i);
            const qint64 tracking = m_outbox->enqueue(newCommand(id), audit(u"queued"_s), &error);
            QVERIFY2(tracking > 0, qPrintable(error));
            QVERIFY(m_outbox->enqueue(newCommand(id, CommandKind::Invoice), audit(u"queued"_s),
                                      &error) > 0);
            if (i % 2 == 0) {
                asked.append({u"loja"_s, id});
                expected.prepend(tracking);
            }
        }
        Command other = newCommand(u"v-batch-0"_s);
        other.account = u"outra"_s;
        QVERIFY(m_outbox->enqueue(other, audit(u"queued"_s), &error) > 0);
        asked.append({u"loja"_s, u"v-batch-never"_s});
        const QList<Command> got = m_outbox->listForOrders(CommandKind::Tracking, asked, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<qint64> ids;
        for (const Command &c : got) {
            QCOMPARE(c.kind, CommandKind::Tracking);
            QCOMPARE(c.account, u"loja"_s);
            ids << c.id;
        }
        QCOMPARE(ids, expected);
        QVERIFY(m_outbox->listForOrders(CommandKind::Tracking, {}, &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    // recoverInterrupted touches "sending" only: back to the queue, due now, attempts kept.
    void recoveryRequeuesSendingOnly()
    {
        QMap<CommandState, qint64> ids;
        for (CommandState s : kStates)
            ids[s] = commandIn(s);
        // A second "sending" that had failed once before: its earlier error stays readable.
        const qint64 again = commandIn(CommandState::Retrying);
        QString error;
        QVERIFY(m_outbox->markSending(again, &error));
        QMap<qint64, Command> before;
        for (const Command &c : m_outbox->list())
            before[c.id] = c;
        QTest::qWait(2);
        QCOMPARE(m_outbox->recoverInterrupted(&error), 2);
        for (const Command &c : m_outbox->list()) {
            if (c.id == ids[CommandState::Sending] || c.id == again) {
                QCOMPARE(c.state, CommandState::Retrying);
                QVERIFY(!c.nextAttemptAt.isValid());
                QCOMPARE(c.attempts, before[c.id].attempts);
                QVERIFY(c.updatedAt > before[c.id].updatedAt);
            } else {
                compareCommands(c, before[c.id]);
            }
        }
        QCOMPARE(m_outbox->find(ids[CommandState::Sending])->lastError,
                 u"interrupted while sending"_s);
        QCOMPARE(m_outbox->find(again)->lastError, u"timeout"_s);
        QCOMPARE(m_outbox->recoverInterrupted(&error), 0);
    }

    // A process killed while a command was in flight: on reopen the command is still there,
    // "sending", and the dispatcher's recovery puts it first in the queue of its order.
    void commandSendingWhenTheProcessDiedIsRecoveredOnReopen()
    {
        const QString path = m_dir.filePath(u"crash.sqlite"_s);
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({u"--die-while-sending"_s, path});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        Database db(path);
        const auto status = db.open();
        QVERIFY2(status.ok(), qPrintable(status.message));
        Outbox outbox(&db);
        const QList<Command> all = outbox.list();
        QCOMPARE(all.size(), 2);
        const Command interrupted = all.last(); // oldest
        QCOMPARE(interrupted.state, CommandState::Sending);
        QCOMPARE(interrupted.attempts, 1);
        QCOMPARE(all.first().state, CommandState::Pending);
        // While it is "sending", nothing of its order is due.
        QVERIFY(outbox.due(QDateTime::currentDateTimeUtc(), 10).isEmpty());
        QString error;
        QCOMPARE(outbox.recoverInterrupted(&error), 1);
        const auto due = outbox.due(QDateTime::currentDateTimeUtc(), 10);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, interrupted.id);
        QCOMPARE(due.first().state, CommandState::Retrying);
        QCOMPARE(due.first().lastError, u"interrupted while sending"_s);
        // And it can be sent again (every kind is retry-safe, see the dispatcher).
        QVERIFY(outbox.markSending(interrupted.id, &error));
        QCOMPARE(outbox.find(interrupted.id)->attempts, 2);
    }

    // A GUI and a CLI on the same file: one markSending wins, the other is refused.
    void twoConnectionsRaceForOneCommand()
    {
        const qint64 id = commandIn(CommandState::Pending);
        Database other(m_db->path());
        QVERIFY(other.open().ok());
        Outbox second(&other);
        QString error;
        QVERIFY(m_outbox->markSending(id, &error));
        QVERIFY(!second.markSending(id, &error));
        QVERIFY(error.contains(u"not in a state"_s));
        QCOMPARE(second.find(id)->attempts, 1);
    }

    // --- failed statements: logged under despacho.storage.outbox, returned as errors ---

    void failedReadsAreErrorsNotNothing()
    {
        const qint64 id = commandIn(CommandState::Retrying);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"DROP TABLE commands"_s));
        LogCapture log;
        const auto expectLogged = [&](const QString &what) {
            const QRegularExpression line(u"^outbox: "_s + QRegularExpression::escape(what) +
                                          u" failed: no such table: commands"_s);
            QVERIFY2(log.count(u"despacho.storage.outbox"_s, line) == 1, qPrintable(log.dump()));
        };
        QString error;
        QVERIFY(!m_outbox->find(id, &error));
        QVERIFY(error.contains(u"no such table"_s));
        expectLogged(u"reading command %1"_s.arg(id));
        error.clear();
        QVERIFY(m_outbox->list({}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        expectLogged(u"listing commands"_s);
        error.clear();
        QCOMPARE(m_outbox->count({}, &error), -1);
        QVERIFY(!error.isEmpty());
        expectLogged(u"counting commands"_s);
        error.clear();
        QVERIFY(m_outbox->due(QDateTime::currentDateTimeUtc(), 5, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        expectLogged(u"reading the commands due"_s);
        error.clear();
        QVERIFY(!m_outbox->nextRetryAt(&error).isValid());
        QVERIFY(!error.isEmpty());
        expectLogged(u"reading the next retry time"_s);
        error.clear();
        QCOMPARE(m_outbox->countByState(CommandState::Failed, &error), -1);
        QVERIFY(!error.isEmpty());
        expectLogged(u"counting failed commands"_s);
        error.clear();
        QCOMPARE(m_outbox->unfinishedForOrder(u"loja"_s, u"v1"_s, &error), -1);
        QVERIFY(!error.isEmpty());
        expectLogged(u"counting the unfinished commands of order v1 of loja"_s);
        error.clear();
        QCOMPARE(m_outbox->recoverInterrupted(&error), -1);
        QVERIFY(!error.isEmpty());
        expectLogged(u"recovering the commands interrupted while sending"_s);
        error.clear();
        QVERIFY(!m_outbox->markRetry(id, kRetryAt, u"x"_s, &error));
        QVERIFY(error.contains(u"no such table"_s));
        expectLogged(u"marking command %1 retrying"_s.arg(id));
    }

    void writesToAReadOnlyDatabaseFail()
    {
        const qint64 sending = commandIn(CommandState::Sending);
        const Command before = *m_outbox->find(sending);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"PRAGMA query_only = ON"_s));
        LogCapture log;
        QString error;
        QCOMPARE(m_outbox->enqueue(newCommand(u"v-ro"_s), audit(u"queued"_s), &error), 0);
        QVERIFY2(error.contains(u"readonly"_s), qPrintable(error));
        QVERIFY2(log.has(u"despacho.storage.outbox"_s,
                         QRegularExpression(u"^outbox: queuing a tracking command for order v-ro "
                                            "of loja failed: attempt to write a readonly"_s)),
                 qPrintable(log.dump()));
        error.clear();
        QVERIFY(m_outbox->enqueueChain({{newCommand(u"v-ro"_s), audit(u"queued"_s)}}, &error)
                    .isEmpty());
        QVERIFY(error.contains(u"readonly"_s));
        error.clear();
        QVERIFY(!m_outbox->markSent(sending, u"r"_s, audit(u"sent"_s), &error));
        QVERIFY(error.contains(u"readonly"_s));
        QVERIFY2(log.has(u"despacho.storage.outbox"_s,
                         QRegularExpression(
                             u"^outbox: marking command %1 sent failed: "_s.arg(sending))),
                 qPrintable(log.dump()));
        // No payload (a tracking number, an invoice key) in what is logged.
        QVERIFY(!log.anyContains(u"QB123456785BR"_s));
        QVERIFY(q.exec(u"PRAGMA query_only = OFF"_s));
        compareCommands(*m_outbox->find(sending), before);
    }

    // The audit line is written with the state change: when it cannot be, nothing changes.
    void aFailedAuditLineRollsTheTransitionBack()
    {
        const qint64 id = commandIn(CommandState::Sending);
        const Command before = *m_outbox->find(id);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"CREATE TRIGGER audit_full BEFORE INSERT ON audit_log BEGIN "
                       "SELECT RAISE(ABORT, 'disk quota exceeded'); END"_s));
        LogCapture log;
        QString error;
        QVERIFY(!m_outbox->markFailed(id, u"refused"_s, audit(u"failed"_s), &error));
        QVERIFY2(error.contains(u"disk quota exceeded"_s), qPrintable(error));
        QVERIFY2(log.has(u"despacho.storage.audit"_s,
                         QRegularExpression(u"^audit: recording tracking \\(failed\\) by ana on "
                                            "order o failed: disk quota exceeded"_s)),
                 qPrintable(log.dump()));
        compareCommands(*m_outbox->find(id), before);
        QCOMPARE(m_outbox->find(id)->state, CommandState::Sending);
        // Queuing with its audit line fails whole too: no command without its "queued" line.
        const int commands = m_outbox->count({});
        QCOMPARE(m_outbox->enqueue(newCommand(u"v-a"_s), audit(u"queued"_s), &error), 0);
        QCOMPARE(m_outbox->count({}), commands);
    }

    // Another process holds the write lock (a second connection inside BEGIN EXCLUSIVE).
    void aLockedDatabaseIsAnErrorThenWorksAgain()
    {
        const qint64 id = commandIn(CommandState::Pending);
        QSqlQuery mine(m_db->connection());
        QVERIFY(mine.exec(u"PRAGMA busy_timeout = 100"_s)); // not the 5 s a person gets
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(m_db->path());
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY2(lock.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock.lastError().text()));
            LogCapture log;
            QString error;
            QVERIFY(!m_outbox->markSending(id, &error));
            QVERIFY2(error.contains(u"locked"_s), qPrintable(error));
            QVERIFY2(log.has(u"despacho.storage.outbox"_s,
                             QRegularExpression(u"^outbox: marking command %1 sending.* failed: "
                                                ".*locked"_s.arg(id))),
                     qPrintable(log.dump()));
            // Reading still works under WAL while a writer holds the lock.
            QCOMPARE(m_outbox->find(id, &error)->state, CommandState::Pending);
            QVERIFY(error.isEmpty());
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            holder.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QString error;
        QVERIFY2(m_outbox->markSending(id, &error), qPrintable(error));
        QCOMPARE(m_outbox->find(id)->attempts, 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--die-while-sending") == 0)
        dieWhileSending(QString::fromLocal8Bit(argv[2]));
    TestOutbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox.moc"
