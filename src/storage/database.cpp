#include "storage/database.h"

#include "storage/migrations.h"

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

namespace despacho::storage {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::storage::Database)
};

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

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
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
        return {OpenError::CannotOpen,
                Tr::tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text())};
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
        const int found = schemaVersion();
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
                     u"PRAGMA synchronous=NORMAL"_s}) {
        if (!q.exec(pragma))
            qCWarning(lcDatabase) << "pragma failed:" << pragma << q.lastError().text();
    }
    Status s = migrate(version);
    restrictPermissions(m_path);
    return s;
}

Database::Status Database::migrate(int target)
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        if (!db.transaction())
            return {OpenError::MigrationFailed, db.lastError().text()};
        QSqlQuery q(db);
        const auto failed = [&](const QString &error) -> Status {
            db.rollback();
            qCWarning(lcDatabase) << "migration" << m.version << "failed:" << error;
            return {OpenError::MigrationFailed,
                    Tr::tr("Database migration %1 failed: %2").arg(m.version).arg(error)};
        };
        for (const QString &sql : m.statements) {
            if (!q.exec(sql))
                return failed(q.lastError().text());
        }
        if (m.step) {
            QString error;
            if (!m.step(db, &error))
                return failed(error);
        }
        for (const QString &sql : m.finalStatements) {
            if (!q.exec(sql))
                return failed(q.lastError().text());
        }
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(m.version)) || !db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return {OpenError::MigrationFailed,
                    Tr::tr("Database migration %1 failed: %2").arg(m.version).arg(error)};
        }
        qCDebug(lcDatabase) << "migrated" << m_path << "to version" << m.version;
    }
    return {};
}

} // namespace despacho::storage
