#include "storage/auditlog.h"

#include "core/datetime.h"
#include "storage/database.h"
#include "storage/sqlerror_p.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudit, "despacho.storage.audit")

namespace despacho::storage {

namespace {
bool fail(const QString &what, const QSqlQuery &q, QString *error)
{
    return detail::sqlFail(lcAudit, what, q, error);
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

AuditLog::AuditLog(Database *db)
    : m_db(db)
{}

bool AuditLog::appendInTransaction(QSqlDatabase &db, const AuditEntry &e, QString *error)
{
    // The action and whose it is; the detail may hold a cancel reason a customer gave.
    const QString what = e.orderId.isEmpty()
                             ? u"recording %1 (%2) by %3"_s.arg(e.action, e.outcome, e.operatorName)
                             : u"recording %1 (%2) by %3 on order %4"_s.arg(
                                   e.action, e.outcome, e.operatorName, e.orderId);
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT INTO audit_log (at, operator, supervisor, action, account, order_id, "
                   "command_id, outcome, detail) VALUES (?,?,?,?,?,?,?,?,?)"_s))
        return fail(what, q, error);
    q.addBindValue(toIsoUtc(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(e.operatorName);
    q.addBindValue(nullable(e.supervisor));
    q.addBindValue(e.action);
    q.addBindValue(nullable(e.account));
    q.addBindValue(nullable(e.orderId));
    q.addBindValue(e.commandId ? QVariant(e.commandId) : QVariant());
    q.addBindValue(e.outcome);
    q.addBindValue(nullable(e.detail));
    return q.exec() || fail(what, q, error);
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    QSqlDatabase db = m_db->connection();
    return appendInTransaction(db, entry, error);
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &f, QString *error) const
{
    QStringList where;
    QVariantList binds;
    auto add = [&](const QString &value, const QString &condition) {
        if (!value.isEmpty()) {
            where << condition;
            binds << value;
        }
    };
    if (!f.operatorName.isEmpty()) {
        where << u"(operator = ? OR supervisor = ?)"_s;
        binds << f.operatorName << f.operatorName;
    }
    add(f.account, u"account = ?"_s);
    add(f.orderId, u"order_id = ?"_s);
    add(f.action, u"action = ?"_s);
    if (!f.text.isEmpty()) {
        where << u"(detail LIKE ? OR outcome LIKE ?)"_s;
        binds << QString(u'%' + f.text + u'%') << QString(u'%' + f.text + u'%');
    }
    QString sql = u"SELECT id, at, operator, supervisor, action, account, order_id, command_id, "
                  "outcome, detail FROM audit_log"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT %1"_s.arg(f.limit);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    QList<AuditEntry> out;
    if (!q.prepare(sql)) {
        fail(u"reading the audit log"_s, q, error);
        return out;
    }
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        fail(u"reading the audit log"_s, q, error);
        return out;
    }
    detail::clearError(error);
    while (q.next()) {
        out.append({q.value(0).toLongLong(), parseVtexDateTime(q.value(1).toString()),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                    q.value(8).toString(), q.value(9).toString()});
    }
    return out;
}

} // namespace despacho::storage
