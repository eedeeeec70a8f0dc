#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace despacho::storage {

class Database;

// One operator as stored. The PIN is never here: only its hash, salt and KDF parameters
// (hash and salt base64-encoded).
struct OperatorRecord
{
    QString name;
    QString role; // "operator" or "supervisor"
    QString pinHash;
    QString pinSalt;
    QString pinAlgorithm;
    int pinIterations = 0;
    int failedAttempts = 0; // consecutive wrong PINs since the last success or lock
    int lockCount = 0;      // how many times the operator was locked
    QDateTime lockedUntil;  // UTC; invalid when never locked
    bool active = true;
    QDateTime createdAt; // UTC
};

class OperatorStore
{
public:
    explicit OperatorStore(Database *db);

    // A read that failed is logged (despacho.storage.operators), puts the database's message in
    // *error and returns nothing or -1; one that worked clears *error.
    QList<OperatorRecord> list(QString *error = nullptr) const; // by name
    std::optional<OperatorRecord> find(const QString &name, QString *error = nullptr) const;
    int count(QString *error = nullptr) const; // all operators, active or not; -1 on failure
    int countSupervisors(QString *error = nullptr) const; // active supervisors; -1 on failure

    // Fails (with the database's message) when the name is taken.
    bool insert(const OperatorRecord &record, QString *error);
    // Adds one to failed_attempts in a single statement, so attempts made at the same time by
    // several processes are all counted. Returns the operator as it is afterwards.
    std::optional<OperatorRecord> addFailedAttempt(const QString &name, QString *error);
    bool updateLockState(const QString &name, int failedAttempts, int lockCount,
                         const QDateTime &lockedUntil, QString *error);
    bool setActive(const QString &name, bool active, QString *error);
    bool updatePin(const QString &name, const QString &pinHash, const QString &pinSalt,
                   const QString &pinAlgorithm, int pinIterations, QString *error);

private:
    Database *m_db;
};

} // namespace despacho::storage
