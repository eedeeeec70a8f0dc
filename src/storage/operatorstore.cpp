#include "storage/operatorstore.h"

#include "core/datetime.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

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

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// An UPDATE that touched no row names an operator that does not exist.
bool execUpdate(QSqlQuery &q, const QString &name, QString *error)
{
    if (!q.exec())
        return failed(q, error);
    if (q.numRowsAffected() > 0)
        return true;
    if (error)
        *error = QCoreApplication::translate("despacho::storage", "There is no operator named %1.")
                     .arg(name);
    return false;
}

int countWhere(Database *db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

OperatorStore::OperatorStore(Database *db)
    : m_db(db)
{}

QList<OperatorRecord> OperatorStore::list() const
{
    QList<OperatorRecord> out;
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT "_s + kColumns + u" FROM operators ORDER BY name"_s))
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<OperatorRecord> OperatorStore::find(const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM operators WHERE name = ?"_s);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

int OperatorStore::count() const
{
    return countWhere(m_db, u"SELECT COUNT(*) FROM operators"_s);
}

int OperatorStore::countSupervisors() const
{
    return countWhere(m_db,
                      u"SELECT COUNT(*) FROM operators WHERE role = 'supervisor' AND active = 1"_s);
}

bool OperatorStore::insert(const OperatorRecord &r, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO operators ("_s + kColumns + u") VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s);
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
    return q.exec() || failed(q, error);
}

std::optional<OperatorRecord> OperatorStore::addFailedAttempt(const QString &name, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE operators SET failed_attempts = failed_attempts + 1 WHERE name = ?"_s);
    q.addBindValue(name);
    if (!execUpdate(q, name, error))
        return std::nullopt;
    auto record = find(name);
    if (!record && error)
        *error = QCoreApplication::translate("despacho::storage", "There is no operator named %1.")
                     .arg(name);
    return record;
}

bool OperatorStore::updateLockState(const QString &name, int failedAttempts, int lockCount,
                                    const QDateTime &lockedUntil, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE operators SET failed_attempts = ?, lock_count = ?, locked_until = ? "
              "WHERE name = ?"_s);
    q.addBindValue(failedAttempts);
    q.addBindValue(lockCount);
    q.addBindValue(lockedUntil.isValid() ? QVariant(toIsoUtc(lockedUntil)) : QVariant());
    q.addBindValue(name);
    return execUpdate(q, name, error);
}

bool OperatorStore::setActive(const QString &name, bool active, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE operators SET active = ? WHERE name = ?"_s);
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(name);
    return execUpdate(q, name, error);
}

bool OperatorStore::updatePin(const QString &name, const QString &pinHash, const QString &pinSalt,
                              const QString &pinAlgorithm, int pinIterations, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE operators SET pin_hash = ?, pin_salt = ?, pin_algorithm = ?, "
              "pin_iterations = ? WHERE name = ?"_s);
    q.addBindValue(pinHash);
    q.addBindValue(pinSalt);
    q.addBindValue(pinAlgorithm);
    q.addBindValue(pinIterations);
    q.addBindValue(name);
    return execUpdate(q, name, error);
}

} // namespace despacho::storage
