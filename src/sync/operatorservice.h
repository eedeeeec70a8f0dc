#pragma once

#include "storage/operatorstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace despacho::storage {
class AuditLog;
class Database;
} // namespace despacho::storage

namespace despacho::sync {

// Who may act: operators and supervisors, each with a PIN (see security::PinHasher). Five wrong
// PINs in a row lock an operator for 5 minutes, each further lock twice as long as the one
// before; refusals and locks are written to the audit log. Used by the GUI's login and
// supervisor prompts and by despacho-cli alike.
class OperatorService
{
    Q_DECLARE_TR_FUNCTIONS(despacho::sync::OperatorService)
public:
    static constexpr int kAttemptsBeforeLock = 5;
    static constexpr int kFirstLockMinutes = 5;
    static constexpr int kLongestLockMinutes = 24 * 60;
    static constexpr int kMaximumNameLength = 40;

    struct Identity
    {
        QString name;
        QString role;
        bool isSupervisor() const { return role == QLatin1StringView("supervisor"); }
    };

    enum class Refusal
    {
        None,
        UnknownOperator,
        WrongPin,
        Locked,
        NotSupervisor,
        InvalidPin,
        InvalidName,
        InvalidRole,
        Duplicate,
        SupervisorRequired,
        Storage
    };

    struct AuthResult
    {
        Identity identity;
        Refusal refusal = Refusal::Storage; // a result nobody filled in is not a success
        QString message;                    // user text; names the operator, never the PIN
        bool ok() const { return refusal == Refusal::None && !identity.name.isEmpty(); }
    };

    explicit OperatorService(storage::Database *db);
    ~OperatorService();
    OperatorService(const OperatorService &) = delete;
    OperatorService &operator=(const OperatorService &) = delete;

    static QString roleOperator() { return QStringLiteral("operator"); }
    static QString roleSupervisor() { return QStringLiteral("supervisor"); }
    static bool isValidName(const QString &name);
    static QString pinRule();  // "a PIN is 4 to 12 digits", translated
    static QString nameRule(); // translated

    // `purpose` says why the PIN was asked ("login", "cancel", "operator-add"…); it goes into
    // the audit log. Successful checks are logged only for "login": the action itself is
    // logged by whoever performs it.
    AuthResult authenticate(const QString &name, const QString &pin, const QString &purpose);
    // As authenticate, and refused (NotSupervisor, audited) unless the operator is a supervisor.
    AuthResult authenticateSupervisor(const QString &name, const QString &pin,
                                      const QString &purpose);

    // With no operator yet, the first must be a supervisor and needs no credentials; afterwards
    // a supervisor's name and PIN are required. On success, identity is the new operator.
    AuthResult addOperator(const QString &name, const QString &role, const QString &pin,
                           const QString &supervisorName, const QString &supervisorPin);

    // Demo mode: `ana` (operator, PIN 1111) and `chefe` (supervisor, PIN 9999), when absent.
    bool ensureDemoOperators(QString *error = nullptr);

    // A failed read counts as "there are operators" (never a free first run), its message in
    // *error.
    bool hasOperators(QString *error = nullptr) const;
    // By name; empty with the reason (user text) in *error when they could not be read.
    QList<storage::OperatorRecord> operators(QString *error = nullptr) const;

    // Test hooks: a clock to move forward instead of sleeping, and a cheap KDF cost.
    void setClock(std::function<QDateTime()> clock);
    void setIterationsForTesting(int iterations);

private:
    AuthResult check(const QString &name, const QString &pin, const QString &purpose,
                     bool requireSupervisor);
    AuthResult recordWrongPin(const storage::OperatorRecord &record, const QString &purpose);
    AuthResult refuse(Refusal refusal, const QString &name, const QString &message,
                      const QString &purpose, const QString &outcome = QStringLiteral("refused"));
    void audit(const QString &operatorName, const QString &supervisor, const QString &action,
               const QString &outcome, const QString &detail);
    bool insertOperator(const QString &name, const QString &role, const QString &pin,
                        QString *error);
    QString lockedMessage(const QString &name, const QDateTime &until) const;
    QDateTime now() const;
    int iterations() const;

    storage::Database *m_db;
    std::unique_ptr<storage::OperatorStore> m_store;
    std::unique_ptr<storage::AuditLog> m_audit;
    std::function<QDateTime()> m_clock;
    int m_iterations = 0; // 0: calibrated on this machine
};

} // namespace despacho::sync
