#pragma once

#include <QSqlDatabase>
#include <QString>

namespace despacho::storage {

// One SQLite connection (WAL, foreign keys, 5 s busy timeout) with numbered migrations tracked in
// PRAGMA user_version. One Database per thread: Qt Sql connections must not cross threads.
class Database
{
public:
    enum class OpenError
    {
        None,
        NewerSchema,
        CannotOpen,
        MigrationFailed
    };
    struct Status
    {
        OpenError error = OpenError::None;
        QString message;
        bool ok() const { return error == OpenError::None; }
    };

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and migrates to the newest schema. A database written by a newer Despacho is refused
    // and left untouched (it is opened read-only only to read its version).
    Status open();
    // Opens and migrates only up to `version`: lets tests build an old database.
    Status openAtVersion(int version);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // PRAGMA user_version; -1 when it cannot be read (logged, the message in *error).
    int schemaVersion(QString *error = nullptr) const;
    static int latestVersion();

private:
    Status openConnection(bool readOnly);
    Status migrate(int target);

    QString m_path;
    QString m_connectionName;
};

} // namespace despacho::storage
