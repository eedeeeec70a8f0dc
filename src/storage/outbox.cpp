#include "storage/outbox.h"

#include "core/datetime.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace despacho::storage {

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

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

Outbox::Outbox(Database *db)
    : m_db(db)
{}

namespace {
// Inserts one command and its audit line inside the caller's transaction.
qint64 insertCommand(QSqlDatabase &db, const Command &c, AuditEntry audit, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO commands (kind, account, order_id, payload, idempotency_key, "
              "operator, supervisor, created_at, state, attempts, updated_at) "
              "VALUES (?,?,?,?,?,?,?,?,'pending',0,?)"_s);
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
        fail(q, error);
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
    QSqlDatabase db = m_db->connection();
    if (!db.transaction()) {
        fail(QSqlQuery(db), error);
        return 0;
    }
    const qint64 id = insertCommand(db, c, std::move(audit), error);
    if (!id || !db.commit()) {
        if (id)
            fail(QSqlQuery(db), error);
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
    QSqlDatabase db = m_db->connection();
    // IMMEDIATE would be stricter, but Qt's transaction() is DEFERRED: the count below takes
    // the read lock and the first INSERT the write lock, and SQLite refuses a writer whose read
    // snapshot went stale (SQLITE_BUSY_SNAPSHOT), so a command queued meanwhile by another
    // process makes this fail instead of slipping in behind it.
    if (!db.transaction()) {
        fail(QSqlQuery(db), error);
        return {};
    }
    const Command &first = chain.first().first;
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM commands WHERE account = ? AND order_id = ? "
              "AND state IN ('pending', 'sending', 'retrying')"_s);
    q.addBindValue(first.account);
    q.addBindValue(first.orderId);
    if (!q.exec() || !q.next()) {
        // A failed read refuses the action: it never looks like "nothing waiting".
        fail(q, error);
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
        fail(QSqlQuery(db), error);
        db.rollback();
        return {};
    }
    return ids;
}

std::optional<Command> Outbox::find(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM commands WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
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
} // namespace

QList<Command> Outbox::list(const OutboxFilter &f) const
{
    QVariantList binds;
    const QString sql = u"SELECT "_s + kColumns + u" FROM commands"_s + filterClause(f, &binds) +
                        u" ORDER BY id DESC LIMIT %1"_s.arg(f.limit);
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QList<Command> out;
    if (q.exec()) {
        while (q.next())
            out.append(fromQuery(q));
    }
    return out;
}

int Outbox::count(const OutboxFilter &f) const
{
    QVariantList binds;
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT COUNT(*) FROM commands"_s + filterClause(f, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QList<Command> Outbox::due(const QDateTime &now, int limit) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT "_s + kColumns +
              u" FROM commands c WHERE state IN ('pending', 'retrying')"
              " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
              " AND id = (SELECT min(id) FROM commands o WHERE o.account = c.account"
              "   AND o.order_id = c.order_id AND o.state IN ('pending', 'retrying', 'sending'))"
              " ORDER BY id LIMIT ?"_s);
    q.addBindValue(toIsoUtc(now));
    q.addBindValue(limit);
    QList<Command> out;
    if (q.exec()) {
        while (q.next())
            out.append(fromQuery(q));
    }
    return out;
}

QDateTime Outbox::nextRetryAt() const
{
    QSqlQuery q(m_db->connection());
    if (q.exec(u"SELECT min(next_attempt_at) FROM commands WHERE state = 'retrying'"_s) &&
        q.next() && !q.isNull(0))
        return parseVtexDateTime(q.value(0).toString());
    return {};
}

int Outbox::countByState(CommandState state) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT count(*) FROM commands WHERE state = ?"_s);
    q.addBindValue(commandStateToString(state));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

int Outbox::unfinishedForOrder(const QString &account, const QString &orderId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT count(*) FROM commands WHERE account = ? AND order_id = ? "
              "AND state IN ('pending', 'sending', 'retrying')"_s);
    q.addBindValue(account);
    q.addBindValue(orderId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Outbox::transition(qint64 id, const QString &setSql, const QVariantList &binds,
                        const QStringList &fromStates, const AuditEntry *audit, QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(QSqlQuery(db), error);
    QSqlQuery q(db);
    QStringList marks(fromStates.size(), u"?"_s);
    q.prepare(u"UPDATE commands SET "_s + setSql +
              u", updated_at = ? WHERE id = ? AND state IN ("_s + marks.join(u',') + u')');
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(nowIso());
    q.addBindValue(id);
    for (const QString &s : fromStates)
        q.addBindValue(s);
    if (!q.exec()) {
        fail(q, error);
        db.rollback();
        return false;
    }
    if (q.numRowsAffected() != 1) {
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
    return db.commit() || fail(QSqlQuery(db), error);
}

bool Outbox::markSending(qint64 id, QString *error)
{
    return transition(id, u"state = 'sending', attempts = attempts + 1"_s, {},
                      {u"pending"_s, u"retrying"_s}, nullptr, error);
}

bool Outbox::markRetry(qint64 id, const QDateTime &at, const QString &lastError, QString *error)
{
    return transition(id, u"state = 'retrying', next_attempt_at = ?, last_error = ?"_s,
                      {toIsoUtc(at), lastError}, {u"sending"_s}, nullptr, error);
}

bool Outbox::markSent(qint64 id, const QString &receipt, const AuditEntry &audit, QString *error)
{
    return transition(id,
                      u"state = 'sent', receipt = ?, last_error = NULL, next_attempt_at = NULL"_s,
                      {receipt}, {u"sending"_s}, &audit, error);
}

bool Outbox::markFailed(qint64 id, const QString &message, const AuditEntry &audit, QString *error)
{
    return transition(id, u"state = 'failed', last_error = ?, next_attempt_at = NULL"_s, {message},
                      {u"sending"_s}, &audit, error);
}

bool Outbox::retry(qint64 id, const AuditEntry &audit, QString *error)
{
    return transition(id, u"state = 'pending', next_attempt_at = NULL"_s, {},
                      {u"failed"_s, u"retrying"_s}, &audit, error);
}

bool Outbox::discard(qint64 id, const AuditEntry &audit, QString *error)
{
    return transition(id, u"state = 'discarded', next_attempt_at = NULL"_s, {},
                      {u"pending"_s, u"retrying"_s, u"failed"_s}, &audit, error);
}

int Outbox::recoverInterrupted(QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE commands SET state = 'retrying', next_attempt_at = NULL, "
              "last_error = coalesce(last_error, 'interrupted while sending'), updated_at = ? "
              "WHERE state = 'sending'"_s);
    q.addBindValue(nowIso());
    if (!q.exec()) {
        fail(q, error);
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace despacho::storage
