#include "storage/auditlog.h"
#include "storage/database.h"
#include "sync/operatorservice.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace despacho;
using Refusal = sync::OperatorService::Refusal;

// The operator service over a real SQLite file, with a clock the test moves by hand.
class TestOperatorService : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<sync::OperatorService> m_service;
    QDateTime m_now;

    sync::OperatorService &svc() { return *m_service; }
    void advanceMinutes(int minutes) { m_now = m_now.addSecs(qint64(minutes) * 60); }

    QList<storage::AuditEntry> audit(const QString &action)
    {
        storage::AuditFilter f;
        f.action = action;
        return storage::AuditLog(m_db.get()).entries(f);
    }

    // chefe (supervisor) and ana (operator).
    void addTeam()
    {
        QVERIFY(svc().addOperator(u"chefe"_s, u"supervisor"_s, u"9876"_s, {}, {}).ok());
        const auto r = svc().addOperator(u"ana"_s, u"operator"_s, u"1357"_s, u"chefe"_s, u"9876"_s);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    void failTimes(const QString &name, int times)
    {
        for (int i = 0; i < times; ++i)
            QCOMPARE(svc().authenticate(name, u"0000"_s, u"login"_s).refusal, Refusal::WrongPin);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<storage::Database>(m_dir->filePath(u"despacho.sqlite"_s));
        QVERIFY(m_db->open().ok());
        m_service = std::make_unique<sync::OperatorService>(m_db.get());
        m_now = QDateTime(QDate(2025, 3, 10), QTime(14, 0), Qt::UTC);
        m_service->setClock([this] { return m_now; });
        m_service->setIterationsForTesting(1000);
    }
    void cleanup()
    {
        m_service.reset();
        m_db.reset();
        m_dir.reset();
    }

    void firstSupervisorNeedsNoCredentials()
    {
        QVERIFY(!svc().hasOperators());
        const auto r = svc().addOperator(u"chefe"_s, u"supervisor"_s, u"9876"_s, {}, {});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.identity.name, u"chefe"_s);
        QVERIFY(r.identity.isSupervisor());
        QVERIFY(svc().hasOperators());
        const auto added = audit(u"operator-added"_s);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().operatorName, u"chefe"_s);
        QVERIFY(added.first().detail.contains(u"first run"_s));
    }

    void firstOperatorMustBeSupervisor()
    {
        const auto r = svc().addOperator(u"ana"_s, u"operator"_s, u"1357"_s, {}, {});
        QCOMPARE(r.refusal, Refusal::SupervisorRequired);
        QVERIFY(!r.ok());
        QVERIFY(!svc().hasOperators());
    }

    void secondOperatorNeedsSupervisor()
    {
        QVERIFY(svc().addOperator(u"chefe"_s, u"supervisor"_s, u"9876"_s, {}, {}).ok());
        auto r = svc().addOperator(u"ana"_s, u"operator"_s, u"1357"_s, {}, {});
        QCOMPARE(r.refusal, Refusal::SupervisorRequired);
        QVERIFY(r.message.contains(u"ana"_s));

        r = svc().addOperator(u"ana"_s, u"operator"_s, u"1357"_s, u"chefe"_s, u"1111"_s);
        QCOMPARE(r.refusal, Refusal::WrongPin);
        QVERIFY(r.message.contains(u"chefe"_s));
        QCOMPARE(svc().operators().size(), 1);

        r = svc().addOperator(u"ana"_s, u"operator"_s, u"1357"_s, u"chefe"_s, u"9876"_s);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(svc().operators().size(), 2);
        const auto added = audit(u"operator-added"_s);
        QCOMPARE(added.first().operatorName, u"ana"_s);
        QCOMPARE(added.first().supervisor, u"chefe"_s);
    }

    void operatorCannotAddOperators()
    {
        addTeam();
        const auto r = svc().addOperator(u"bia"_s, u"operator"_s, u"2468"_s, u"ana"_s, u"1357"_s);
        QCOMPARE(r.refusal, Refusal::NotSupervisor);
        QVERIFY(r.message.contains(u"ana"_s));
        QCOMPARE(svc().operators().size(), 2);
        const auto refused = audit(u"pin-refused"_s);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().operatorName, u"ana"_s);
        QVERIFY(refused.first().detail.contains(u"not a supervisor"_s));
        QCOMPARE(svc().authenticateSupervisor(u"ana"_s, u"1357"_s, u"cancel"_s).refusal,
                 Refusal::NotSupervisor);
        QVERIFY(svc().authenticateSupervisor(u"chefe"_s, u"9876"_s, u"cancel"_s).ok());
    }

    void validation()
    {
        QCOMPARE(svc().addOperator(u"chefe"_s, u"supervisor"_s, u"12a4"_s, {}, {}).refusal,
                 Refusal::InvalidPin);
        QCOMPARE(svc().addOperator(u"chefe"_s, u"supervisor"_s, u"123"_s, {}, {}).refusal,
                 Refusal::InvalidPin);
        QCOMPARE(svc().addOperator(u"chefe"_s, u"boss"_s, u"1234"_s, {}, {}).refusal,
                 Refusal::InvalidRole);
        QCOMPARE(svc().addOperator(u"a b"_s, u"supervisor"_s, u"1234"_s, {}, {}).refusal,
                 Refusal::InvalidName);
        QCOMPARE(svc().addOperator(QString(), u"supervisor"_s, u"1234"_s, {}, {}).refusal,
                 Refusal::InvalidName);
        QCOMPARE(svc().addOperator(QString(41, u'a'), u"supervisor"_s, u"1234"_s, {}, {}).refusal,
                 Refusal::InvalidName);
        QVERIFY(svc().addOperator(u"joão.silva-2"_s, u"supervisor"_s, u"1234"_s, {}, {}).ok());
        QCOMPARE(svc()
                     .addOperator(u"JOÃO.SILVA-2"_s, u"operator"_s, u"5678"_s, u"joão.silva-2"_s,
                                  u"1234"_s)
                     .refusal,
                 Refusal::Duplicate);
    }

    void wrongPinCountsDown()
    {
        addTeam();
        for (int left = 4; left >= 1; --left) {
            const auto r = svc().authenticate(u"ana"_s, u"0000"_s, u"login"_s);
            QCOMPARE(r.refusal, Refusal::WrongPin);
            QVERIFY(!r.ok());
            QVERIFY2(r.message.contains(u"ana"_s), qPrintable(r.message));
            QVERIFY2(r.message.contains(QString::number(left)), qPrintable(r.message));
        }
        QCOMPARE(audit(u"pin-refused"_s).size(), 4);
    }

    void fifthWrongPinLocksForFiveMinutes()
    {
        addTeam();
        failTimes(u"ana"_s, 4);
        auto r = svc().authenticate(u"ana"_s, u"0000"_s, u"login"_s);
        QCOMPARE(r.refusal, Refusal::Locked);
        QVERIFY2(r.message.contains(u"ana"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"until"_s), qPrintable(r.message));
        QCOMPARE(svc().operators().at(0).name, u"ana"_s);
        QCOMPARE(svc().operators().at(0).lockedUntil, m_now.addSecs(5 * 60));
        QCOMPARE(svc().operators().at(0).lockCount, 1);

        // Even the right PIN is refused while locked, and the refusal is logged.
        r = svc().authenticate(u"ana"_s, u"1357"_s, u"login"_s);
        QCOMPARE(r.refusal, Refusal::Locked);
        advanceMinutes(4);
        QCOMPARE(svc().authenticate(u"ana"_s, u"1357"_s, u"login"_s).refusal, Refusal::Locked);
        advanceMinutes(1);
        r = svc().authenticate(u"ana"_s, u"1357"_s, u"login"_s);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.identity.role, u"operator"_s);

        const auto locks = audit(u"operator-locked"_s);
        QCOMPARE(locks.size(), 1);
        QCOMPARE(locks.first().operatorName, u"ana"_s);
        QCOMPARE(locks.first().outcome, u"locked"_s);
        QVERIFY(locks.first().detail.startsWith(u"login"_s));
        const auto refused = audit(u"pin-refused"_s);
        QCOMPARE(refused.size(), 7); // 5 wrong PINs + 2 attempts while locked
        QCOMPARE(refused.first().outcome, u"locked"_s);
        QCOMPARE(refused.last().outcome, u"refused"_s);
        for (const auto &e : refused)
            QCOMPARE(e.operatorName, u"ana"_s);
        QCOMPARE(audit(u"login"_s).size(), 1);
    }

    void lockDoublesEachTime()
    {
        addTeam();
        failTimes(u"ana"_s, 4);
        QCOMPARE(svc().authenticate(u"ana"_s, u"0000"_s, u"login"_s).refusal, Refusal::Locked);
        advanceMinutes(5);
        // Five more wrong PINs after the first lock: ten minutes this time.
        failTimes(u"ana"_s, 4);
        QCOMPARE(svc().authenticate(u"ana"_s, u"0000"_s, u"login"_s).refusal, Refusal::Locked);
        auto ana = svc().operators().at(0);
        QCOMPARE(ana.lockCount, 2);
        QCOMPARE(ana.lockedUntil, m_now.addSecs(10 * 60));
        advanceMinutes(9);
        QCOMPARE(svc().authenticate(u"ana"_s, u"1357"_s, u"login"_s).refusal, Refusal::Locked);
        advanceMinutes(1);
        QVERIFY(svc().authenticate(u"ana"_s, u"1357"_s, u"login"_s).ok());
        // A third lock: twenty minutes. Success does not reset the lock count.
        failTimes(u"ana"_s, 4);
        QCOMPARE(svc().authenticate(u"ana"_s, u"0000"_s, u"login"_s).refusal, Refusal::Locked);
        ana = svc().operators().at(0);
        QCOMPARE(ana.lockCount, 3);
        QCOMPARE(ana.lockedUntil, m_now.addSecs(20 * 60));
        QCOMPARE(audit(u"operator-locked"_s).size(), 3);
    }

    void successResetsCounter()
    {
        addTeam();
        failTimes(u"ana"_s, 4);
        QVERIFY(svc().authenticate(u"ana"_s, u"1357"_s, u"cancel"_s).ok());
        QCOMPARE(svc().operators().at(0).failedAttempts, 0);
        // Four more wrong PINs still do not lock: the count started again.
        failTimes(u"ana"_s, 4);
        QCOMPARE(svc().operators().at(0).lockCount, 0);
        // Only logins are logged on success; other purposes are logged by their action.
        QCOMPARE(audit(u"login"_s).size(), 0);
    }

    void unknownOperatorIsRefusedAndLogged()
    {
        addTeam();
        const auto r = svc().authenticate(u"zeca"_s, u"1234"_s, u"login"_s);
        QCOMPARE(r.refusal, Refusal::UnknownOperator);
        QVERIFY(r.message.contains(u"zeca"_s));
        const auto refused = audit(u"pin-refused"_s);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().operatorName, u"zeca"_s);
    }

    void pinIsNeverStored()
    {
        const QString pin = u"86420975"_s;
        QVERIFY(svc().addOperator(u"chefe"_s, u"supervisor"_s, pin, {}, {}).ok());
        const auto rec = svc().operators().at(0);
        QCOMPARE(rec.pinAlgorithm, u"pbkdf2-sha256"_s);
        QCOMPARE(rec.pinIterations, 1000);
        QVERIFY(rec.pinHash != pin);
        QVERIFY(!rec.pinHash.contains(pin));
        QVERIFY(!rec.pinSalt.contains(pin));
        QCOMPARE(QByteArray::fromBase64(rec.pinHash.toLatin1()).size(), 32);
        QCOMPARE(QByteArray::fromBase64(rec.pinSalt.toLatin1()).size(), 16);
        QVERIFY(svc().authenticate(u"chefe"_s, u"0000"_s, u"login"_s).refusal == Refusal::WrongPin);
        for (const auto &e : storage::AuditLog(m_db.get()).entries())
            QVERIFY(!e.detail.contains(pin) && !e.outcome.contains(pin));
        // Not in the database files either (main file and write-ahead log).
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile f(m_db->path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(pin.toLatin1()));
        }
    }

    void auditLogIsAppendOnly()
    {
        addTeam();
        QVERIFY(!storage::AuditLog(m_db.get()).entries().isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(u"UPDATE audit_log SET operator = 'someone-else'"_s));
        QVERIFY(q.lastError().text().contains(u"cannot be changed"_s));
        QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
        for (const auto &e : storage::AuditLog(m_db.get()).entries())
            QVERIFY(e.operatorName != u"someone-else"_s);
    }

    void demoOperators()
    {
        QVERIFY(svc().ensureDemoOperators());
        QVERIFY(svc().ensureDemoOperators()); // idempotent
        QCOMPARE(svc().operators().size(), 2);
        QVERIFY(svc().authenticate(u"ana"_s, u"1111"_s, u"login"_s).ok());
        const auto chefe = svc().authenticateSupervisor(u"chefe"_s, u"9999"_s, u"cancel"_s);
        QVERIFY(chefe.ok());
        QVERIFY(chefe.identity.isSupervisor());
        QCOMPARE(svc().authenticateSupervisor(u"ana"_s, u"1111"_s, u"cancel"_s).refusal,
                 Refusal::NotSupervisor);
    }
};

QTEST_GUILESS_MAIN(TestOperatorService)
#include "tst_operatorservice.moc"
