#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace despacho::storage {

class Database;

// One line of the audit log: who did what, when, on which order, with which outcome. The table
// is append-only (triggers refuse UPDATE and DELETE).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;         // UTC; now when left invalid
    QString operatorName; // who acted ("system" for the dispatcher)
    QString supervisor;   // who authorised, when a supervisor had to
    QString action;       // e.g. "start-handling", "invoice", "cancel", "login", "pin-refused"
    QString account;
    QString orderId;
    qint64 commandId = 0;
    QString outcome; // e.g. "queued", "sent", "failed", "refused", "locked"
    QString detail;
};

struct AuditFilter
{
    QString operatorName;
    QString account;
    QString orderId;
    QString action;
    QString text; // substring of detail/outcome
    int limit = 1000;
};

class AuditLog
{
public:
    explicit AuditLog(Database *db);
    bool append(const AuditEntry &entry, QString *error);
    // For callers that already hold a transaction on the same connection (outbox + audit).
    static bool appendInTransaction(QSqlDatabase &db, const AuditEntry &entry, QString *error);
    // Newest first. A read that failed is logged (despacho.storage.audit), puts the database's
    // message in *error and returns nothing; one that worked clears *error.
    QList<AuditEntry> entries(const AuditFilter &filter = {}, QString *error = nullptr) const;

private:
    Database *m_db;
};

} // namespace despacho::storage
