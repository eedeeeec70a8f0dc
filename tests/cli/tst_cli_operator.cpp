#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Result
{
    int code = -1;
    QString out;
    QString err;
};

// Long enough that no timestamp or count in the output can contain them by chance.
const QString kChefePin = u"73519468"_s;
const QString kAnaPin = u"60284175"_s;
} // namespace

// `despacho-cli operator …` end to end: the real executable on a temporary data directory.
// Every test function builds on the state the previous ones left (first run, then more).
class TestCliOperator : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    Result cli(const QStringList &args, const QHash<QString, QString> &env = {},
               const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"DESPACHO_DATA_DIR"_s, m_dir.path());
        e.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        e.remove(u"DESPACHO_NEW_PIN"_s);
        e.remove(u"DESPACHO_SUPERVISOR_PIN"_s);
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(DESPACHO_CLI_PATH), args);
        if (!p.waitForStarted())
            return {};
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        const Result r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        for (const QString &pin : {kChefePin, kAnaPin}) {
            if (r.out.contains(pin) || r.err.contains(pin))
                qFatal("a PIN appeared in the output of despacho-cli");
        }
        return r;
    }

    QList<despacho::storage::AuditEntry> audit(const QString &action)
    {
        despacho::storage::Database db(QDir(m_dir.path()).filePath(u"despacho.sqlite"_s));
        if (!db.open().ok())
            return {};
        despacho::storage::AuditFilter f;
        f.action = action;
        return despacho::storage::AuditLog(&db).entries(f);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usage()
    {
        QCOMPARE(cli({u"operator"_s}).code, 2);
        QCOMPARE(cli({u"operator"_s, u"frobnicate"_s}).code, 2);
        QCOMPARE(cli({u"operator"_s, u"add"_s, u"chefe"_s}).code, 2); // no --role
        QCOMPARE(cli({u"operator"_s, u"list"_s, u"--bogus"_s}).code, 2);
    }

    void emptyList()
    {
        const Result r = cli({u"operator"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void firstOperatorMustBeSupervisor()
    {
        const Result r = cli({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"operator"_s},
                             {{u"DESPACHO_NEW_PIN"_s, kAnaPin}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"supervisor"_s), qPrintable(r.err));
    }

    void invalidPinNamesTheRule()
    {
        const Result r = cli({u"operator"_s, u"add"_s, u"chefe"_s, u"--role"_s, u"supervisor"_s},
                             {{u"DESPACHO_NEW_PIN"_s, u"12a4"_s}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"4 to 12 digits"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"12a4"_s));
        QVERIFY(!r.out.contains(u"12a4"_s));
    }

    void firstSupervisorFromEnvironment()
    {
        const Result r = cli({u"operator"_s, u"add"_s, u"chefe"_s, u"--role"_s, u"supervisor"_s},
                             {{u"DESPACHO_NEW_PIN"_s, kChefePin}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"chefe"_s));
        QCOMPARE(audit(u"operator-added"_s).size(), 1);
    }

    void secondOperatorNeedsSupervisor()
    {
        const QStringList add{u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"operator"_s};
        Result r = cli(add, {{u"DESPACHO_NEW_PIN"_s, kAnaPin}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--supervisor"_s), qPrintable(r.err));

        r = cli(add + QStringList{u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_NEW_PIN"_s, kAnaPin}, {u"DESPACHO_SUPERVISOR_PIN"_s, kChefePin}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto added = audit(u"operator-added"_s);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.first().operatorName, u"ana"_s);
        QCOMPARE(added.first().supervisor, u"chefe"_s);

        r = cli(add + QStringList{u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_NEW_PIN"_s, kAnaPin}, {u"DESPACHO_SUPERVISOR_PIN"_s, kChefePin}});
        QCOMPARE(r.code, 1); // duplicate
        QVERIFY2(r.err.contains(u"ana"_s), qPrintable(r.err));
    }

    void wrongSupervisorPinIsRefusedAndAudited()
    {
        const Result r = cli({u"operator"_s, u"add"_s, u"bia"_s, u"--role"_s, u"operator"_s,
                              u"--supervisor"_s, u"chefe"_s},
                             {{u"DESPACHO_NEW_PIN"_s, u"24681357"_s},
                              {u"DESPACHO_SUPERVISOR_PIN"_s, u"11112222"_s}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"chefe"_s) && r.err.contains(u"Wrong PIN"_s), qPrintable(r.err));
        const auto refused = audit(u"pin-refused"_s);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().operatorName, u"chefe"_s);
        QCOMPARE(refused.first().outcome, u"refused"_s);
    }

    void operatorIsNotASupervisor()
    {
        // Both PINs on standard input, one line each: the new one first.
        const Result r = cli({u"operator"_s, u"add"_s, u"bia"_s, u"--role"_s, u"operator"_s,
                              u"--supervisor"_s, u"ana"_s},
                             {}, (u"24681357\n"_s + kAnaPin + u"\n"_s).toUtf8());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not a supervisor"_s), qPrintable(r.err));
    }

    void pinsFromStandardInput()
    {
        const Result r = cli({u"operator"_s, u"add"_s, u"bia"_s, u"--role"_s, u"operator"_s,
                              u"--supervisor"_s, u"chefe"_s},
                             {}, (u"24681357\n"_s + kChefePin + u"\n"_s).toUtf8());
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void listAsJson()
    {
        Result r = cli({u"operator"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0)[u"name"_s].toString(), u"ana"_s);
        QCOMPARE(list.at(0)[u"role"_s].toString(), u"operator"_s);
        QCOMPARE(list.at(2)[u"name"_s].toString(), u"chefe"_s);
        QCOMPARE(list.at(2)[u"role"_s].toString(), u"supervisor"_s);
        QVERIFY(list.at(2)[u"lockedUntil"_s].isNull());
        for (const auto &v : list) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.contains(u"pinHash"_s) && !o.contains(u"pinSalt"_s));
        }
        QVERIFY(!r.out.contains(u"pbkdf2"_s));

        r = cli({u"--json"_s, u"operator"_s, u"list"_s}); // global --json works too
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
        r = cli({u"operator"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"chefe\tsupervisor"_s));
    }

    void lockShowsInList()
    {
        // Five wrong supervisor PINs lock chefe; the list says until when.
        const QStringList add{u"operator"_s, u"add"_s,          u"caio"_s, u"--role"_s,
                              u"operator"_s, u"--supervisor"_s, u"chefe"_s};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(cli(add, {{u"DESPACHO_NEW_PIN"_s, u"24681357"_s},
                               {u"DESPACHO_SUPERVISOR_PIN"_s, u"11112222"_s}})
                         .code,
                     1);
        }
        Result r = cli(add, {{u"DESPACHO_NEW_PIN"_s, u"24681357"_s},
                             {u"DESPACHO_SUPERVISOR_PIN"_s, u"11112222"_s}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"locked until"_s), qPrintable(r.err));
        // Now even the right PIN is refused.
        r = cli(add, {{u"DESPACHO_NEW_PIN"_s, u"24681357"_s},
                      {u"DESPACHO_SUPERVISOR_PIN"_s, kChefePin}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"locked until"_s), qPrintable(r.err));
        QCOMPARE(audit(u"operator-locked"_s).size(), 1);
        r = cli({u"operator"_s, u"list"_s, u"--json"_s});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!list.at(2)[u"lockedUntil"_s].toString().isEmpty());
    }

    void pinsAreNotInTheDataDirectory()
    {
        const QDir dir(m_dir.path());
        for (const QString &file : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kChefePin.toLatin1()) && !bytes.contains(kAnaPin.toLatin1()),
                     qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOperator)
#include "tst_cli_operator.moc"
