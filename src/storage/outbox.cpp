#include "storage/outbox.h"

#include "core/datetime.h"
#include "storage/database.h"

#include "storage/sqlerror_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbox, "despacho.storage.outbox")

namespace despacho::storage {

using detail::clearError;

namespace {

constexpr auto kColumns = "id, kind, account, order_id, payload, idempotency_key, operator, "
                          "supervisor, created_at, state, attempts, next_attempt_at, last_error, "
                          "receipt, updated_at"_L1;

Command fromQuery(const QSqlQuery &q)
{
    Command c;
    c.id = q.value(0).toLongLong();
    c.kind = commandKindFromString(q.value(1).toString());
    c.account = q.value(2).toString();
    c.orderId = q.value(3).toString();
    c.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    c.idempotencyKey = q.value(5).toString();
    c.operatorName = q.value(6).toString();
    c.supervisor = q.value(7).toString();
    c.createdAt = parseVtexDateTime(q.value(8).toString());
    c.state = commandStateFromString(q.value(9).toString());
    c.attempts = q.value(10).toInt();
    c.nextAttemptAt = parseVtexDateTime(q.value(11).toString());
    c.lastError = q.value(12).toString();
    c.receipt = q.value(13).toString();
    c.updatedAt = parseVtexDateTime(q.value(14).toString());
    return c;
}

QString nowIso()
{
    return toIsoUtc(QDateTime::currentDateTimeUtc());
}

template <typename Failed> bool fail(const QString &what, const Failed &failed, QString *error)
{
    return detail::sqlFail(lcOutbox, what, failed, error);
}

} // namespace

Outbox::Outbox(Database *db)
    : m_db(db)
{}

namespace {
// Inserts one command and its audit line inside the caller's transaction.
qint64 insertCommand(QSqlDatabase &db, const Command &c, AuditEntry audit, QString *error)
{
    const QString what = u"queuing a %1 command for order %2 of %3"_s.arg(
        commandKindToString(c.kind), c.orderId, c.account);
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT INTO commands (kind, account, order_id, payload, idempotency_key, "
                   "operator, supervisor, created_at, state, attempts, updated_at) "
                   "VALUES (?,?,?,?,?,?,?,?,'pending',0,?)"_s)) {
        fail(what, q, error);
        return 0;
    }
    const QString now = nowIso();
    q.addBindValue(commandKindToString(c.kind));
    q.addBindValue(c.account);
    q.addBindValue(c.orderId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.idempotencyKey);
    q.addBindValue(c.operatorName);
    q.addBindValue(c.supervisor.isEmpty() ? QVariant() : QVariant(c.supervisor));
    q.addBindValue(c.createdAt.isValid() ? toIsoUtc(c.createdAt) : now);
    q.addBindValue(now);
    if (!q.exec()) {
        fail(what, q, error);
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    audit.commandId = id;
    if (!AuditLog::appendInTransaction(db, audit, error))
        return 0;
    return id;
}
} // namespace

qint64 Outbox::enqueue(const Command &c, AuditEntry audit, QString *error)
{
    const QString what = u"queuing a %1 command for order %2 of %3"_s.arg(
        commandKindToString(c.kind), c.orderId, c.account);
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        fail(what + u" (begin)"_s, db, error);
        return 0;
    }
    const qint64 id = insertCommand(db, c, std::move(audit), error);
    if (!id) {
        db.rollback();
        return 0;
    }
    if (!db.commit()) {
        fail(what + u" (commit)"_s, db, error);
        db.rollback();
        return 0;
    }
    return id;
}

QList<qint64> Outbox::enqueueChain(const QList<std::pair<Command, AuditEntry>> &chain,
                                   QString *error, bool *busy)
{
    if (busy)
        *busy = false;
    if (chain.isEmpty())
        return {};
    const Command &first = chain.first().first;
    const QString what = u"queuing %1 command(s) for order %2 of %3"_s.arg(
        QString::number(chain.size()), first.orderId, first.account);
    QSqlDatabase db = m_db->connection();
    // IMMEDIATE would be stricter, but Qt's transaction() is DEFERRED: the count below takes
    // the read lock and the first INSERT the write lock, and SQLite refuses a writer whose read
    // snapshot went stale (SQLITE_BUSY_SNAPSHOT), so a command queued meanwhile by another
    // process makes this fail instead of slipping in behind it.
    if (!db.transaction()) {
        fail(what + u" (begin)"_s, db, error);
        return {};
    }
    QSqlQuery q(db);
    if (!q.prepare(u"SELECT count(*) FROM commands WHERE account = ? AND order_id = ? "
                   "AND state IN ('pending', 'sending', 'retrying')"_s)) {
        fail(what, q, error);
        db.rollback();
        return {};
    }
    q.addBindValue(first.account);
    q.addBindValue(first.orderId);
    if (!q.exec() || !q.next()) {
        // A failed read refuses the action: it never looks like "nothing waiting".
        fail(what, q, error);
        db.rollback();
        return {};
    }
    if (q.value(0).toInt() > 0) {
        if (error)
            *error = QCoreApplication::translate(
                         "despacho::storage::Outbox",
                         "order %1 already has a command waiting to be sent; wait until it is "
                         "sent or has failed")
                         .arg(first.orderId);
        if (busy)
            *busy = true;
        db.rollback();
        return {};
    }
    q.finish();
    QList<qint64> ids;
    for (const auto &[command, audit] : chain) {
        const qint64 id = insertCommand(db, command, audit, error);
        if (!id) {
            db.rollback();
            return {};
        }
        ids << id;
    }
    if (!db.commit()) {
        fail(what + u" (commit)"_s, db, error);
        db.rollback();
        return {};
    }
    return ids;
}

std::optional<Command> Outbox::find(qint64 id, QString *error) const
{
    const QString what = u"reading command %1"_s.arg(id);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"SELECT "_s + kColumns + u" FROM commands WHERE id = ?"_s)) {
        fail(what, q, error);
        return std::nullopt;
    }
    q.addBindValue(id);
    if (!q.exec()) {
        fail(what, q, error);
        return std::nullopt;
    }
    clearError(error);
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

namespace {
// The WHERE clause (with its leading " WHERE ", or empty) and its bind values for a filter.
QString filterClause(const OutboxFilter &f, QVariantList *binds)
{
    QStringList where;
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (CommandState s : f.states) {
            marks << u"?"_s;
            *binds << commandStateToString(s);
        }
        where << u"state IN ("_s + marks.join(u',') + u')';
    }
    if (!f.account.isEmpty()) {
        where << u"account = ?"_s;
        *binds << f.account;
    }
    if (!f.orderId.isEmpty()) {
        where << u"order_id = ?"_s;
        *binds << f.orderId;
    }
    if (f.updatedSince.isValid()) {
        where << u"updated_at >= ?"_s;
        *binds << toIsoUtc(f.updatedSince);
    }
    return where.isEmpty() ? QString() : QString(u" WHERE "_s + where.join(u" AND "_s));
}

// Prepares, binds and runs one query; false (logged, *error set) when any step failed.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, const QString &what,
         QString *error)
{
    if (!q.prepare(sql))
        return fail(what, q, error);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fail(what, q, error);
    clearError(error);
    return true;
}

// The single number a count query returns, or -1 when it could not be read.
int countOf(QSqlQuery &q, const QString &sql, const QVariantList &binds, const QString &what,
            QString *error)
{
    if (!run(q, sql, binds, what, error))
        return -1;
    if (!q.next()) {
        fail(what, q, error);
        return -1;
    }
    return q.value(0).toInt();
}

QList<Command> commandsOf(QSqlQuery &q)
{
    QList<Command> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}
} // namespace

QList<Command> Outbox::list(const OutboxFilter &f, QString *error) const
{
    QVariantList binds;
    const QString sql = u"SELECT "_s + kColumns + u" FROM commands"_s + filterClause(f, &binds) +
                        u" ORDER BY id DESC LIMIT %1"_s.arg(f.limit);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!run(q, sql, binds, u"listing commands"_s, error))
        return {};
    return commandsOf(q);
}

QList<Command> Outbox::listForOrders(CommandKind kind,
                                     const QList<std::pair<QString, QString>> &orders,
                                     QString *error) const
{
    QList<Command> out;
    clearError(error);
    if (orders.isEmpty())
        return out;
    const QSet<std::pair<QString, QString>> wanted(orders.cbegin(), orders.cend());
    QSet<QString> accounts, ids;
    for (const auto &[account, orderId] : orders) {
        accounts.insert(account);
        ids.insert(orderId);
    }
    const auto jsonList = [](const QSet<QString> &values) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values.values()))
                                     .toJson(QJsonDocument::Compact));
    };
    // Through commands_order (account, order_id, id), the batch as two JSON arrays (json_each):
    // one query and three parameters however many orders; pairs outside the batch are dropped.
    const QString sql = u"SELECT "_s + kColumns +
                        u" FROM commands WHERE kind = ? "
                        "AND account IN (SELECT value FROM json_each(?)) "
                        "AND order_id IN (SELECT value FROM json_each(?)) ORDER BY id DESC"_s;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!run(q, sql, {commandKindToString(kind), jsonList(accounts), jsonList(ids)},
             u"listing the commands of %1 order(s)"_s.arg(orders.size()), error))
        return {};
    for (Command &c : commandsOf(q)) {
        if (wanted.contains({c.account, c.orderId}))
            out.append(std::move(c));
    }
    std::sort(out.begin(), out.end(),
              [](const Command &a, const Command &b) { return a.id > b.id; });
    return out;
}

int Outbox::count(const OutboxFilter &f, QString *error) const
{
    QVariantList binds;
    QSqlQuery q(m_db->connection());
    return countOf(q, u"SELECT COUNT(*) FROM commands"_s + filterClause(f, &binds), binds,
                   u"counting commands"_s, error);
}

QList<Command> Outbox::due(const QDateTime &now, int limit, QString *error) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!run(q,
             u"SELECT "_s + kColumns +
                 u" FROM commands c WHERE state IN ('pending', 'retrying')"
                 " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                 " AND id = (SELECT min(id) FROM commands o WHERE o.account = c.account"
                 "   AND o.order_id = c.order_id AND o.state IN ('pending', 'retrying', 'sending'))"
                 " ORDER BY id LIMIT ?"_s,
             {toIsoUtc(now), limit}, u"reading the commands due"_s, error))
        return {};
    return commandsOf(q);
}

QDateTime Outbox::nextRetryAt(QString *error) const
{
    const QString what = u"reading the next retry time"_s;
    QSqlQuery q(m_db->connection());
    if (!run(q, u"SELECT min(next_attempt_at) FROM commands WHERE state = 'retrying'"_s, {}, what,
             error))
        return {};
    if (!q.next()) {
        fail(what, q, error);
        return {};
    }
    return q.isNull(0) ? QDateTime() : parseVtexDateTime(q.value(0).toString());
}

int Outbox::countByState(CommandState state, QString *error) const
{
    QSqlQuery q(m_db->connection());
    return countOf(q, u"SELECT count(*) FROM commands WHERE state = ?"_s,
                   {commandStateToString(state)},
                   u"counting %1 commands"_s.arg(commandStateToString(state)), error);
}

int Outbox::unfinishedForOrder(const QString &account, const QString &orderId, QString *error) const
{
    QSqlQuery q(m_db->connection());
    return countOf(q,
                   u"SELECT count(*) FROM commands WHERE account = ? AND order_id = ? "
                   "AND state IN ('pending', 'sending', 'retrying')"_s,
                   {account, orderId},
                   u"counting the unfinished commands of order %1 of %2"_s.arg(orderId, account),
                   error);
}

bool Outbox::transition(qint64 id, CommandState to, const QString &setSql,
                        const QVariantList &binds, const QList<CommandState> &from,
                        const AuditEntry *audit, QString *error)
{
    const QString what = u"marking command %1 %2"_s.arg(id).arg(commandStateToString(to));
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(what + u" (begin)"_s, db, error);
    QSqlQuery q(db);
    QStringList marks(from.size(), u"?"_s);
    if (!q.prepare(u"UPDATE commands SET state = ?, "_s + setSql +
                   u", updated_at = ? WHERE id = ? AND state IN ("_s + marks.join(u',') + u')')) {
        fail(what, q, error);
        db.rollback();
        return false;
    }
    q.addBindValue(commandStateToString(to));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(nowIso());
    q.addBindValue(id);
    for (CommandState s : from)
        q.addBindValue(commandStateToString(s));
    if (!q.exec()) {
        fail(what, q, error);
        db.rollback();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        // Not a failed statement: the command is elsewhere in its life (or does not exist).
        db.rollback();
        if (error)
            *error = QCoreApplication::translate("despacho::storage::Outbox",
                                                 "command %1 is not in a state that allows this")
                         .arg(id);
        return false;
    }
    if (audit) {
        AuditEntry a = *audit;
        a.commandId = id;
        if (!AuditLog::appendInTransaction(db, a, error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        fail(what + u" (commit)"_s, db, error);
        db.rollback();
        return false;
    }
    return true;
}

namespace {
// What a command needs only while it may still be sent (a refund's bank account, command.h) goes
// when it is sent, fails or is discarded; secure_delete (database.cpp) zeroes the freed bytes.
constexpr auto kDropTransient = "payload = json_remove(payload, '$.transient')"_L1;
} // namespace

bool Outbox::markSending(qint64 id, QString *error)
{
    return transition(id, CommandState::Sending, u"attempts = attempts + 1"_s, {},
                      {CommandState::Pending, CommandState::Retrying}, nullptr, error);
}

bool Outbox::markRetry(qint64 id, const QDateTime &at, const QString &lastError, QString *error)
{
    return transition(id, CommandState::Retrying, u"next_attempt_at = ?, last_error = ?"_s,
                      {toIsoUtc(at), lastError}, {CommandState::Sending}, nullptr, error);
}

bool Outbox::markSent(qint64 id, const QString &receipt, const AuditEntry &audit, QString *error)
{
    return transition(id, CommandState::Sent,
                      u"receipt = ?, last_error = NULL, next_attempt_at = NULL, "_s +
                          kDropTransient,
                      {receipt}, {CommandState::Sending}, &audit, error);
}

bool Outbox::markFailed(qint64 id, const QString &message, const AuditEntry &audit, QString *error)
{
    return transition(id, CommandState::Failed,
                      u"last_error = ?, next_attempt_at = NULL, "_s + kDropTransient, {message},
                      {CommandState::Sending}, &audit, error);
}

bool Outbox::retry(qint64 id, const AuditEntry &audit, QString *error)
{
    return transition(id, CommandState::Pending, u"next_attempt_at = NULL"_s, {},
                      {CommandState::Failed, CommandState::Retrying}, &audit, error);
}

bool Outbox::discard(qint64 id, const AuditEntry &audit, QString *error)
{
    return transition(id, CommandState::Discarded, u"next_attempt_at = NULL, "_s + kDropTransient,
                      {}, {CommandState::Pending, CommandState::Retrying, CommandState::Failed},
                      &audit, error);
}

int Outbox::recoverInterrupted(QString *error)
{
    QSqlQuery q(m_db->connection());
    if (!run(q,
             u"UPDATE commands SET state = 'retrying', next_attempt_at = NULL, "
             "last_error = coalesce(last_error, 'interrupted while sending'), updated_at = ? "
             "WHERE state = 'sending'"_s,
             {nowIso()}, u"recovering the commands interrupted while sending"_s, error))
        return -1;
    return q.numRowsAffected();
}

} // namespace despacho::storage
