#include "storage/operatorstore.h"

#include "core/datetime.h"
#include "storage/database.h"
#include "storage/sqlerror_p.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOperatorStore, "despacho.storage.operators")

namespace despacho::storage {

namespace {

constexpr auto kColumns = "name, role, pin_hash, pin_salt, pin_algorithm, pin_iterations, "
                          "failed_attempts, lock_count, locked_until, active, created_at"_L1;

OperatorRecord fromQuery(const QSqlQuery &q)
{
    OperatorRecord r;
    r.name = q.value(0).toString();
    r.role = q.value(1).toString();
    r.pinHash = q.value(2).toString();
    r.pinSalt = q.value(3).toString();
    r.pinAlgorithm = q.value(4).toString();
    r.pinIterations = q.value(5).toInt();
    r.failedAttempts = q.value(6).toInt();
    r.lockCount = q.value(7).toInt();
    if (!q.value(8).isNull())
        r.lockedUntil = parseVtexDateTime(q.value(8).toString());
    r.active = q.value(9).toInt() != 0;
    r.createdAt = parseVtexDateTime(q.value(10).toString());
    return r;
}

// Never the PIN's hash or salt: names and what was being done only.
bool failed(const QString &what, const QSqlQuery &q, QString *error)
{
    return detail::sqlFail(lcOperatorStore, what, q, error);
}

// An UPDATE that touched no row names an operator that does not exist.
bool execUpdate(QSqlQuery &q, const QString &what, const QString &name, QString *error)
{
    if (!q.exec())
        return failed(what, q, error);
    if (q.numRowsAffected() > 0)
        return true;
    if (error)
        *error = QCoreApplication::translate("despacho::storage", "There is no operator named %1.")
                     .arg(name);
    return false;
}

int countWhere(Database *db, const QString &sql, const QString &what, QString *error)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next()) {
        failed(what, q, error);
        return -1;
    }
    detail::clearError(error);
    return q.value(0).toInt();
}

} // namespace

OperatorStore::OperatorStore(Database *db)
    : m_db(db)
{}

QList<OperatorRecord> OperatorStore::list(QString *error) const
{
    QList<OperatorRecord> out;
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT "_s + kColumns + u" FROM operators ORDER BY name"_s)) {
        failed(u"listing the operators"_s, q, error);
        return out;
    }
    detail::clearError(error);
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<OperatorRecord> OperatorStore::find(const QString &name, QString *error) const
{
    const QString what = u"reading operator %1"_s.arg(name);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"SELECT "_s + kColumns + u" FROM operators WHERE name = ?"_s)) {
        failed(what, q, error);
        return std::nullopt;
    }
    q.addBindValue(name);
    if (!q.exec()) {
        failed(what, q, error);
        return std::nullopt;
    }
    detail::clearError(error);
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

int OperatorStore::count(QString *error) const
{
    return countWhere(m_db, u"SELECT COUNT(*) FROM operators"_s, u"counting the operators"_s,
                      error);
}

int OperatorStore::countSupervisors(QString *error) const
{
    return countWhere(m_db,
                      u"SELECT COUNT(*) FROM operators WHERE role = 'supervisor' AND active = 1"_s,
                      u"counting the supervisors"_s, error);
}

bool OperatorStore::insert(const OperatorRecord &r, QString *error)
{
    const QString what = u"adding operator %1"_s.arg(r.name);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"INSERT INTO operators ("_s + kColumns + u") VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s))
        return failed(what, q, error);
    q.addBindValue(r.name);
    q.addBindValue(r.role);
    q.addBindValue(r.pinHash);
    q.addBindValue(r.pinSalt);
    q.addBindValue(r.pinAlgorithm);
    q.addBindValue(r.pinIterations);
    q.addBindValue(r.failedAttempts);
    q.addBindValue(r.lockCount);
    q.addBindValue(r.lockedUntil.isValid() ? QVariant(toIsoUtc(r.lockedUntil)) : QVariant());
    q.addBindValue(r.active ? 1 : 0);
    q.addBindValue(toIsoUtc(r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()));
    return q.exec() || failed(what, q, error);
}

std::optional<OperatorRecord> OperatorStore::addFailedAttempt(const QString &name, QString *error)
{
    const QString what = u"counting a wrong PIN for operator %1"_s.arg(name);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(
            u"UPDATE operators SET failed_attempts = failed_attempts + 1 WHERE name = ?"_s)) {
        failed(what, q, error);
        return std::nullopt;
    }
    q.addBindValue(name);
    if (!execUpdate(q, what, name, error))
        return std::nullopt;
    QString readError;
    auto record = find(name, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    if (!record && error)
        *error = QCoreApplication::translate("despacho::storage", "There is no operator named %1.")
                     .arg(name);
    return record;
}

bool OperatorStore::updateLockState(const QString &name, int failedAttempts, int lockCount,
                                    const QDateTime &lockedUntil, QString *error)
{
    const QString what = u"updating the lock state of operator %1"_s.arg(name);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"UPDATE operators SET failed_attempts = ?, lock_count = ?, locked_until = ? "
                   "WHERE name = ?"_s))
        return failed(what, q, error);
    q.addBindValue(failedAttempts);
    q.addBindValue(lockCount);
    q.addBindValue(lockedUntil.isValid() ? QVariant(toIsoUtc(lockedUntil)) : QVariant());
    q.addBindValue(name);
    return execUpdate(q, what, name, error);
}

bool OperatorStore::setActive(const QString &name, bool active, QString *error)
{
    const QString what =
        u"%1 operator %2"_s.arg(active ? u"activating"_s : u"deactivating"_s, name);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"UPDATE operators SET active = ? WHERE name = ?"_s))
        return failed(what, q, error);
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(name);
    return execUpdate(q, what, name, error);
}

bool OperatorStore::updatePin(const QString &name, const QString &pinHash, const QString &pinSalt,
                              const QString &pinAlgorithm, int pinIterations, QString *error)
{
    const QString what = u"changing the PIN of operator %1"_s.arg(name);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"UPDATE operators SET pin_hash = ?, pin_salt = ?, pin_algorithm = ?, "
                   "pin_iterations = ? WHERE name = ?"_s))
        return failed(what, q, error);
    q.addBindValue(pinHash);
    q.addBindValue(pinSalt);
    q.addBindValue(pinAlgorithm);
    q.addBindValue(pinIterations);
    q.addBindValue(name);
    return execUpdate(q, what, name, error);
}

} // namespace despacho::storage
