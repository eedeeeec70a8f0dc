// `despacho-cli account add-evendi` end to end: the real executable, a real SQLite file in a data
// directory of its own, the real keychain. dev is added like any account; prod (real money)
// needs a supervisor's PIN whoever else is set up, and nothing is saved without it; the token
// never reaches the database, the output or the command line.
#include "skiporfail.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
struct Result
{
    int code = -1;
    QString out;
    QString err;
};
const QString kChefePin = u"73519468"_s;
} // namespace

class TestCliEvendi : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    const QByteArray m_token = "evendi-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();

    Result cli(const QStringList &args, const QHash<QString, QString> &env = {},
               const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"DESPACHO_DATA_DIR"_s, m_dir->path());
        e.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        for (const QString &name :
             {u"DESPACHO_NEW_PIN"_s, u"DESPACHO_SUPERVISOR_PIN"_s, u"DESPACHO_EVENDI_TOKEN"_s})
            e.remove(name);
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
        if (r.out.contains(QString::fromLatin1(m_token)) ||
            r.err.contains(QString::fromLatin1(m_token)) || r.out.contains(kChefePin) ||
            r.err.contains(kChefePin))
            qFatal("a secret appeared in the output of despacho-cli");
        return r;
    }

    QJsonArray accounts()
    {
        const Result r = cli({u"account"_s, u"list"_s, u"--json"_s});
        if (r.code != 0)
            qFatal("account list: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QStringList addEvendi(const QString &name, const QString &env)
    {
        return {u"account"_s,
                u"add-evendi"_s,
                name,
                u"--organization"_s,
                u"1001"_s,
                u"--env"_s,
                env,
                u"--base-url"_s,
                u"http://127.0.0.1:9/api/"_s};
    }

    bool databaseHolds(const QByteArray &bytes)
    {
        for (const QString &file : {u"despacho.sqlite"_s, u"despacho.sqlite-wal"_s}) {
            QFile f(m_dir->filePath(file));
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(bytes))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void devAccount()
    {
        Result r = cli(addEvendi(u"Marketplace"_s, u"dev"_s), {}, m_token + '\n');
        if (r.code == 5)
            DESPACHO_SKIP_OR_FAIL("no secret service answers on the session bus: run under an "
                                  "unlocked gnome-keyring, as tests/run-all.sh does");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"dev"_s));
        const QJsonArray list = accounts();
        QCOMPARE(list.size(), 1);
        const QJsonObject a = list.first().toObject();
        QCOMPARE(a.value(u"channel"_s).toString(), u"evendi"_s);
        QCOMPARE(a.value(u"organization"_s).toString(), u"1001"_s);
        QCOMPARE(a.value(u"environment"_s).toString(), u"dev"_s);
        QVERIFY(a.value(u"appKey"_s).toString().isEmpty());
        QVERIFY(!databaseHolds(m_token));
        // The token from the environment works too; removing takes its keychain entry along.
        r = cli(addEvendi(u"Outra"_s, u"DEV"_s),
                {{u"DESPACHO_EVENDI_TOKEN"_s, QString::fromLatin1(m_token)}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(accounts().size(), 2);
        for (const QString &name : {u"Marketplace"_s, u"Outra"_s}) {
            r = cli({u"account"_s, u"remove"_s, name});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        QVERIFY(accounts().isEmpty());
    }

    void usageAndInvalidInput()
    {
        QCOMPARE(cli({u"account"_s, u"add-evendi"_s, u"X"_s, u"--organization"_s, u"1"_s}).code, 2);
        const Result env = cli(addEvendi(u"X"_s, u"staging"_s), {}, m_token + '\n');
        QCOMPARE(env.code, 1);
        QVERIFY2(env.err.contains(u"dev nor prod"_s), qPrintable(env.err));
        const Result noToken = cli(addEvendi(u"X"_s, u"dev"_s));
        QCOMPARE(noToken.code, 1);
        QVERIFY2(noToken.err.contains(u"DESPACHO_EVENDI_TOKEN"_s), qPrintable(noToken.err));
        QCOMPARE(
            cli(addEvendi(u"X"_s, u"dev"_s) + QStringList{u"--bogus"_s}, {}, m_token + '\n').code,
            2);
        QVERIFY(accounts().isEmpty());
    }

    // prod: real money. Refused without a supervisor, and with one that does not exist or
    // gives a wrong PIN; saved with the right PIN, and marked so.
    void prodNeedsASupervisor()
    {
        Result r = cli(addEvendi(u"Loja"_s, u"prod"_s), {}, m_token + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"real money"_s), qPrintable(r.err));
        r = cli(addEvendi(u"Loja"_s, u"prod"_s) + QStringList{u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_SUPERVISOR_PIN"_s, kChefePin},
                 {u"DESPACHO_EVENDI_TOKEN"_s, QString::fromLatin1(m_token)}});
        QCOMPARE(r.code, 1); // nobody is a supervisor yet
        QVERIFY(accounts().isEmpty());
        r = cli({u"operator"_s, u"add"_s, u"chefe"_s, u"--role"_s, u"supervisor"_s},
                {{u"DESPACHO_NEW_PIN"_s, kChefePin}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(addEvendi(u"Loja"_s, u"prod"_s) + QStringList{u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_SUPERVISOR_PIN"_s, u"11112222"_s},
                 {u"DESPACHO_EVENDI_TOKEN"_s, QString::fromLatin1(m_token)}});
        QCOMPARE(r.code, 1);
        QVERIFY(accounts().isEmpty());
        r = cli(addEvendi(u"Loja"_s, u"prod"_s) + QStringList{u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_SUPERVISOR_PIN"_s, kChefePin},
                 {u"DESPACHO_EVENDI_TOKEN"_s, QString::fromLatin1(m_token)}});
        if (r.code == 5)
            DESPACHO_SKIP_OR_FAIL("no secret service answers on the session bus");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"PROD (real money)"_s), qPrintable(r.out));
        QCOMPARE(accounts().first().toObject().value(u"environment"_s).toString(), u"prod"_s);
        const Result plain = cli({u"account"_s, u"list"_s});
        QVERIFY2(plain.out.contains(u"PROD (real money)"_s), qPrintable(plain.out));
        r = cli({u"account"_s, u"remove"_s, u"Loja"_s, u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_SUPERVISOR_PIN"_s, kChefePin}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliEvendi)
#include "tst_cli_evendi.moc"
