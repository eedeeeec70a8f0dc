#include "sync/operatorservice.h"

#include "core/datetime.h"
#include "security/pinhasher.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace despacho::sync {

Q_LOGGING_CATEGORY(lcOperators, "despacho.sync.operators")

namespace {

using security::PinHasher;

int lockMinutes(int lockCount)
{
    int minutes = OperatorService::kFirstLockMinutes;
    for (int i = 1; i < lockCount && minutes < OperatorService::kLongestLockMinutes; ++i)
        minutes *= 2;
    return std::min(minutes, int(OperatorService::kLongestLockMinutes));
}

PinHasher::PinHash storedHash(const storage::OperatorRecord &r)
{
    PinHasher::PinHash h;
    h.algorithm = r.pinAlgorithm;
    h.iterations = r.pinIterations;
    h.salt = QByteArray::fromBase64(r.pinSalt.toLatin1());
    h.hash = QByteArray::fromBase64(r.pinHash.toLatin1());
    return h;
}

// The audit log's operator column cannot be empty, and a typed name may be anything.
QString auditName(const QString &name)
{
    return name.isEmpty() ? u"?"_s : name.left(64);
}

} // namespace

OperatorService::OperatorService(storage::Database *db)
    : m_db(db)
    , m_store(std::make_unique<storage::OperatorStore>(db))
    , m_audit(std::make_unique<storage::AuditLog>(db))
{}

OperatorService::~OperatorService() = default;

bool OperatorService::isValidName(const QString &name)
{
    static const QRegularExpression re(u"^[\\p{L}\\p{N}._-]{1,%1}$"_s.arg(kMaximumNameLength),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(name).hasMatch();
}

QString OperatorService::pinRule()
{
    return tr("a PIN is 4 to 12 digits (0-9), nothing else");
}

QString OperatorService::nameRule()
{
    return tr("a name is 1 to %1 letters, digits, '.', '_' or '-'").arg(kMaximumNameLength);
}

void OperatorService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void OperatorService::setIterationsForTesting(int iterations)
{
    m_iterations = iterations;
}

QDateTime OperatorService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

int OperatorService::iterations() const
{
    return m_iterations > 0 ? m_iterations : PinHasher::calibratedIterations();
}

bool OperatorService::hasOperators(QString *error) const
{
    return m_store->count(error) != 0; // a storage error counts as "has": never a free first run
}

QList<storage::OperatorRecord> OperatorService::operators(QString *error) const
{
    QString readError;
    QList<storage::OperatorRecord> all = m_store->list(&readError);
    if (error) {
        *error = readError.isEmpty() ? QString()
                                     : tr("Could not read the operators from the database %1: %2")
                                           .arg(m_db->path(), readError);
    }
    return all;
}

void OperatorService::audit(const QString &operatorName, const QString &supervisor,
                            const QString &action, const QString &outcome, const QString &detail)
{
    storage::AuditEntry e;
    e.at = now();
    e.operatorName = auditName(operatorName);
    e.supervisor = supervisor;
    e.action = action;
    e.outcome = outcome;
    e.detail = detail;
    QString error;
    if (!m_audit->append(e, &error))
        qCWarning(lcOperators) << "audit log:" << action << operatorName << error;
}

OperatorService::AuthResult OperatorService::refuse(Refusal refusal, const QString &name,
                                                    const QString &message, const QString &purpose,
                                                    const QString &outcome)
{
    static const QHash<Refusal, QString> reasons{
        {Refusal::UnknownOperator, u"unknown operator"_s},
        {Refusal::WrongPin, u"wrong PIN"_s},
        {Refusal::Locked, u"locked"_s},
        {Refusal::NotSupervisor, u"not a supervisor"_s},
    };
    audit(name, {}, u"pin-refused"_s, outcome,
          u"%1: %2"_s.arg(purpose, reasons.value(refusal, u"refused"_s)));
    return {{name, {}}, refusal, message};
}

QString OperatorService::lockedMessage(const QString &name, const QDateTime &until) const
{
    return tr("Operator %1 is locked until %2 after too many wrong PINs.")
        .arg(name, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
}

OperatorService::AuthResult OperatorService::authenticate(const QString &name, const QString &pin,
                                                          const QString &purpose)
{
    return check(name, pin, purpose, false);
}

OperatorService::AuthResult OperatorService::authenticateSupervisor(const QString &name,
                                                                    const QString &pin,
                                                                    const QString &purpose)
{
    return check(name, pin, purpose, true);
}

OperatorService::AuthResult OperatorService::check(const QString &name, const QString &pin,
                                                   const QString &purpose, bool requireSupervisor)
{
    QString readError;
    const auto record = m_store->find(name, &readError);
    if (!readError.isEmpty()) {
        // Not "unknown": the operator may well exist. Nothing to audit it in, either.
        return {{name, {}},
                Refusal::Storage,
                tr("Could not read operator %1 from the database: %2").arg(name, readError)};
    }
    if (!record) {
        return refuse(Refusal::UnknownOperator, name,
                      tr("There is no operator named %1.").arg(name), purpose);
    }
    if (!record->active) {
        return refuse(Refusal::UnknownOperator, name, tr("Operator %1 is deactivated.").arg(name),
                      purpose);
    }
    if (record->lockedUntil.isValid() && record->lockedUntil > now()) {
        return refuse(Refusal::Locked, name, lockedMessage(name, record->lockedUntil), purpose,
                      u"locked"_s);
    }
    // A malformed PIN is a wrong PIN; it just needs no key derivation to know it.
    if (!PinHasher::isValidPin(pin) || !PinHasher::verify(pin, storedHash(*record)))
        return recordWrongPin(*record, purpose);

    if (record->failedAttempts != 0 || record->lockedUntil.isValid()) {
        QString error;
        if (!m_store->updateLockState(name, 0, record->lockCount, {}, &error))
            qCWarning(lcOperators) << "cannot reset failed attempts of" << name << error;
    }
    const Identity identity{record->name, record->role};
    if (requireSupervisor && !identity.isSupervisor()) {
        return refuse(
            Refusal::NotSupervisor, name,
            tr("%1 is not a supervisor; a supervisor must enter their own name and PIN.").arg(name),
            purpose);
    }
    if (purpose == u"login"_s)
        audit(name, {}, u"login"_s, u"ok"_s, purpose);
    return {identity, Refusal::None, {}};
}

OperatorService::AuthResult OperatorService::recordWrongPin(const storage::OperatorRecord &record,
                                                            const QString &purpose)
{
    const QString &name = record.name;
    QString error;
    const auto updated = m_store->addFailedAttempt(name, &error);
    if (!updated) {
        audit(name, {}, u"pin-refused"_s, u"refused"_s, u"%1: wrong PIN"_s.arg(purpose));
        return {{name, record.role},
                Refusal::Storage,
                tr("Could not record the wrong PIN for %1: %2").arg(name, error)};
    }
    const int failed = updated->failedAttempts;
    if (failed < kAttemptsBeforeLock) {
        const int left = kAttemptsBeforeLock - failed;
        return refuse(
            Refusal::WrongPin, name,
            tr("Wrong PIN for %1. Attempts left before the operator is locked: %n.", nullptr, left)
                .arg(name),
            purpose);
    }
    const int lockCount = updated->lockCount + 1;
    const int minutes = lockMinutes(lockCount);
    const QDateTime until = now().addSecs(qint64(minutes) * 60);
    if (!m_store->updateLockState(name, 0, lockCount, until, &error)) {
        audit(name, {}, u"pin-refused"_s, u"refused"_s, u"%1: wrong PIN"_s.arg(purpose));
        return {{name, record.role},
                Refusal::Storage,
                tr("Could not lock operator %1: %2").arg(name, error)};
    }
    refuse(Refusal::WrongPin, name, {}, purpose);
    audit(name, {}, u"operator-locked"_s, u"locked"_s,
          u"%1: locked for %2 min until %3"_s.arg(purpose).arg(minutes).arg(toIsoUtc(until)));
    qCInfo(lcOperators) << "operator" << name << "locked for" << minutes << "min";
    return {{name, record.role},
            Refusal::Locked,
            tr("Wrong PIN for %1, %n times in a row.", nullptr, kAttemptsBeforeLock).arg(name) +
                u' ' + lockedMessage(name, until)};
}

bool OperatorService::insertOperator(const QString &name, const QString &role, const QString &pin,
                                     QString *error)
{
    const PinHasher::PinHash h = PinHasher::hash(pin, iterations());
    storage::OperatorRecord r;
    r.name = name;
    r.role = role;
    r.pinHash = QString::fromLatin1(h.hash.toBase64());
    r.pinSalt = QString::fromLatin1(h.salt.toBase64());
    r.pinAlgorithm = h.algorithm;
    r.pinIterations = h.iterations;
    r.createdAt = now();
    return m_store->insert(r, error);
}

OperatorService::AuthResult OperatorService::addOperator(const QString &name, const QString &role,
                                                         const QString &pin,
                                                         const QString &supervisorName,
                                                         const QString &supervisorPin)
{
    const Identity wanted{name, role};
    if (!isValidName(name)) {
        return {wanted, Refusal::InvalidName,
                tr("Operator name \"%1\" is not valid: %2.").arg(name, nameRule())};
    }
    if (role != roleOperator() && role != roleSupervisor()) {
        return {wanted, Refusal::InvalidRole,
                tr("Role \"%1\" for %2 is not valid: use operator or supervisor.").arg(role, name)};
    }
    if (!PinHasher::isValidPin(pin)) {
        return {wanted, Refusal::InvalidPin,
                tr("The new PIN for %1 is not valid: %2.").arg(name, pinRule())};
    }
    const int existing = m_store->count();
    if (existing < 0) {
        return {wanted, Refusal::Storage,
                tr("Could not read the operators from the database %1.").arg(m_db->path())};
    }
    QString authoriser;
    if (existing == 0) {
        if (role != roleSupervisor()) {
            return {wanted, Refusal::SupervisorRequired,
                    tr("There are no operators yet: the first one must be a supervisor, so add "
                       "%1 with the supervisor role or add a supervisor first.")
                        .arg(name)};
        }
    } else {
        if (supervisorName.isEmpty()) {
            return {wanted, Refusal::SupervisorRequired,
                    tr("Adding operator %1 needs a supervisor's name and PIN.").arg(name)};
        }
        const AuthResult auth =
            authenticateSupervisor(supervisorName, supervisorPin, u"operator-add %1"_s.arg(name));
        if (!auth.ok())
            return auth;
        authoriser = auth.identity.name;
    }
    QString readError;
    const auto all = m_store->list(&readError);
    if (!readError.isEmpty()) {
        return {wanted, Refusal::Storage,
                tr("Could not read the operators from the database %1: %2")
                    .arg(m_db->path(), readError)};
    }
    for (const auto &other : all) {
        if (other.name.compare(name, Qt::CaseInsensitive) == 0) {
            return {wanted, Refusal::Duplicate,
                    tr("There is already an operator named %1.").arg(other.name)};
        }
    }
    QString error;
    if (!insertOperator(name, role, pin, &error)) {
        if (m_store->find(name)) // added by another process meanwhile
            return {wanted, Refusal::Duplicate,
                    tr("There is already an operator named %1.").arg(name)};
        return {wanted, Refusal::Storage, tr("Could not add operator %1: %2").arg(name, error)};
    }
    audit(name, authoriser, u"operator-added"_s, u"added"_s,
          existing == 0 ? u"role %1; first run"_s.arg(role) : u"role %1"_s.arg(role));
    return {wanted, Refusal::None,
            role == roleSupervisor() ? tr("Supervisor %1 added.").arg(name)
                                     : tr("Operator %1 added.").arg(name)};
}

bool OperatorService::ensureDemoOperators(QString *error)
{
    struct Demo
    {
        QString name, role, pin;
    };
    const Demo demos[] = {{u"ana"_s, roleOperator(), u"1111"_s},
                          {u"chefe"_s, roleSupervisor(), u"9999"_s}};
    for (const Demo &d : demos) {
        QString readError;
        if (m_store->find(d.name, &readError))
            continue;
        if (!readError.isEmpty()) {
            if (error)
                *error =
                    tr("Could not read operator %1 from the database: %2").arg(d.name, readError);
            return false;
        }
        if (!insertOperator(d.name, d.role, d.pin, error))
            return false;
        audit(d.name, {}, u"operator-added"_s, u"added"_s, u"role %1; demo mode"_s.arg(d.role));
    }
    return true;
}

} // namespace despacho::sync
