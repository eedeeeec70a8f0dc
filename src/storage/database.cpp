#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sqlerror_p.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "despacho.storage.database")
Q_LOGGING_CATEGORY(lcMigrations, "despacho.storage.migrations")

namespace despacho::storage {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::storage::Database)
};

// The migration after which the freed space of the old orders table is given back (VACUUM).
constexpr int kJsonMovedVersion = 5;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"despacho-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

void restrictPermissions(const QString &path)
{
    for (const QString &p : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFile::exists(p))
            QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
    }
}
} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion(QString *error) const
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next()) {
        detail::clearError(error);
        return q.value(0).toInt();
    }
    detail::sqlFail(lcDatabase, u"reading the schema version of %1"_s.arg(m_path), q, error);
    return -1;
}

Database::Status Database::openConnection(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (db.isOpen())
        db.close();
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                  : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        QString error;
        detail::sqlFail(lcDatabase, u"opening %1"_s.arg(m_path), db.lastError(), &error);
        return {OpenError::CannotOpen,
                Tr::tr("Cannot open the database %1: %2").arg(m_path, error)};
    }
    return {};
}

Database::Status Database::open()
{
    return openAtVersion(latestVersion());
}

Database::Status Database::openAtVersion(int version)
{
    const bool existed = QFileInfo::exists(m_path);
    if (existed) {
        // Read the version without the right to write, so a newer database is never touched.
        if (Status s = openConnection(true); !s.ok())
            return s;
        QString error;
        const int found = schemaVersion(&error);
        if (found < 0) {
            // Not a database, or not readable: say so rather than migrate what is not there.
            connection().close();
            return {OpenError::CannotOpen,
                    Tr::tr("Cannot open the database %1: %2").arg(m_path, error)};
        }
        if (found > latestVersion()) {
            connection().close();
            return {
                OpenError::NewerSchema,
                Tr::tr("The database %1 was written by a newer version of Despacho (schema %2; "
                       "this version knows up to %3). Update Despacho; the file was not changed.")
                    .arg(m_path)
                    .arg(found)
                    .arg(latestVersion())};
        }
    }
    if (Status s = openConnection(false); !s.ok())
        return s;
    restrictPermissions(m_path);

    QSqlQuery q(connection());
    for (const QString &pragma :
         QStringList{u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                     u"PRAGMA synchronous=NORMAL"_s,
                     // Deleted content is overwritten where that costs no extra I/O: what the
                     // outbox drops once sent (a refund's bank account) does not linger.
                     u"PRAGMA secure_delete=FAST"_s}) {
        // Without WAL a GUI and a CLI block each other; without foreign keys nothing holds.
        QString error;
        if (q.exec(pragma)) {
            q.finish(); // some answer a row: a statement left open would block VACUUM
        } else {
            detail::sqlFail(lcDatabase, u"setting %1 on %2"_s.arg(pragma, m_path), q, &error);
            connection().close();
            return {OpenError::CannotOpen,
                    Tr::tr("Cannot open the database %1: %2").arg(m_path, error)};
        }
    }
    Status s = migrate(version);
    restrictPermissions(m_path);
    return s;
}

Database::Status Database::migrate(int target)
{
    QSqlDatabase db = connection();
    QString error;
    const int current = schemaVersion(&error);
    if (current < 0)
        return {OpenError::MigrationFailed,
                Tr::tr("Cannot open the database %1: %2").arg(m_path, error)};
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        // Each failure says which migration and which of its statements (by number: the SQL
        // itself is in migrations.cpp), and leaves the database at the version before.
        const auto failed = [&](const QString &what, const auto &sqlFailed) -> Status {
            detail::sqlFail(lcMigrations,
                            u"migration %1 of %2: %3"_s.arg(m.version).arg(m_path, what), sqlFailed,
                            &error);
            db.rollback();
            return {OpenError::MigrationFailed,
                    Tr::tr("Database migration %1 failed: %2").arg(m.version).arg(error)};
        };
        if (!db.transaction())
            return failed(u"starting its transaction"_s, db);
        QSqlQuery q(db);
        for (qsizetype i = 0; i < m.statements.size(); ++i) {
            if (!q.exec(m.statements.at(i)))
                return failed(u"statement %1"_s.arg(i + 1), q);
        }
        if (m.step) {
            QString stepError;
            if (!m.step(db, &stepError)) {
                return failed(u"its C++ step"_s,
                              QSqlError(stepError, {}, QSqlError::StatementError));
            }
        }
        for (qsizetype i = 0; i < m.finalStatements.size(); ++i) {
            if (!q.exec(m.finalStatements.at(i)))
                return failed(u"final statement %1"_s.arg(i + 1), q);
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(m.version)))
            return failed(u"setting user_version"_s, q);
        if (!db.commit())
            return failed(u"committing"_s, db);
        qCDebug(lcMigrations) << "migrated" << m_path << "to version" << m.version;
    }
    // Migration 5 moved every order's JSON out of the old orders table and compressed it: give
    // the freed pages back to the disk once (VACUUM cannot run inside a transaction). A
    // failure costs only space, so it is logged and the database stays open.
    if (current > 0 && current < kJsonMovedVersion && target >= kJsonMovedVersion) {
        QSqlQuery vacuum(db);
        if (!vacuum.exec(u"VACUUM"_s)) {
            detail::sqlFail(
                lcMigrations,
                u"compacting %1 after migration %2"_s.arg(m_path).arg(kJsonMovedVersion), vacuum,
                &error);
        }
    }
    return {};
}

} // namespace despacho::storage
