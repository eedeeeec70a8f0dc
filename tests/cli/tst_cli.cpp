#include "sandbox/sandboxserver.h"
#include "skiporfail.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
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
} // namespace

// despacho-cli end to end: a real process, a real SQLite file in a temporary data directory, the
// real keychain, and the sandbox on 127.0.0.1 served from this test's event loop.
class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    despacho::sandbox::SandboxServer m_server{{.orders = 150}};
    QString m_account = u"t"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);

    Result cli(const QStringList &args, const QByteArray &stdinData = {},
               const QHash<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"DESPACHO_DATA_DIR"_s, m_dir.path());
        e.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        e.remove(u"DESPACHO_VTEX_APP_TOKEN"_s);
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(DESPACHO_CLI_PATH), args);
        if (!p.waitForStarted())
            return {};
        if (!stdinData.isNull())
            p.write(stdinData);
        p.closeWriteChannel();
        // Wait with the event loop running: the sandbox answers from this process.
        if (!finished.wait(120000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void addAccount(const QString &name, const QByteArray &token, QUrl base = {})
    {
        if (base.isEmpty())
            base = m_server.baseUrl();
        const Result r = cli({u"account"_s, u"add-vtex"_s, name, u"--account"_s, u"demo"_s,
                              u"--app-key"_s, u"demo-key"_s, u"--base-url"_s, base.toString(),
                              u"--payments-url"_s, base.toString()},
                             token + '\n');
        if (r.code == 5)
            DESPACHO_SKIP_OR_FAIL(
                "no secret service answers on the session bus: run under an unlocked "
                "gnome-keyring, as tests/run-all.sh does");
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void usageAndInvalidInput()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({u"frobnicate"_s}).code, 2);
        QCOMPARE(cli({u"--bogus"_s, u"orders"_s}).code, 2);
        const Result r = cli({u"orders"_s, u"--status"_s, u"shipped-by-owl"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"shipped-by-owl"_s));
        QCOMPARE(cli({u"sync"_s, u"--since"_s, u"31/12/2024"_s}).code, 1);
        QCOMPARE(cli({u"account"_s, u"add-vtex"_s, u"x"_s, u"--account"_s, u"demo"_s,
                      u"--app-key"_s, u"k"_s, u"--base-url"_s, u"http://example.com"_s},
                     "tok\n")
                     .code,
                 1);
        const Result noToken = cli({u"account"_s, u"add-vtex"_s, u"x"_s, u"--account"_s, u"demo"_s,
                                    u"--app-key"_s, u"k"_s},
                                   "");
        QCOMPARE(noToken.code, 1);
        QVERIFY(noToken.err.contains(u"DESPACHO_VTEX_APP_TOKEN"_s));
    }

    void addListSyncOrdersShow()
    {
        addAccount(m_account, "demo-token");
        Result r = cli({u"account"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains(u"demo-token"_s));
        const QJsonArray accounts = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0][u"name"_s].toString(), m_account);

        // The token is in the keychain only: not in the database, not in any file there.
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile file(m_dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("demo-token"), qPrintable(f));
        }

        r = cli({u"sync"_s, u"--since"_s, u"2020-01-01"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        static const QRegularExpression line(
            u"^synced (\\d+) orders \\((\\d+) details\\) in [0-9.]+ s$"_s,
            QRegularExpression::MultilineOption);
        const auto m = line.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QCOMPARE(m.captured(1).toInt(), 150);
        QCOMPARE(m.captured(2).toInt(), 150);

        r = cli({u"orders"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray orders = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(orders.size(), 150);
        const QJsonObject first = orders.first().toObject();
        for (const char *key : {"orderId", "sequence", "status", "creationDate", "clientName",
                                "totalValue", "account"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        QVERIFY(first[u"totalValue"_s].isDouble());
        QVERIFY(first[u"creationDate"_s].toString().endsWith(u'Z'));
        QCOMPARE(first[u"account"_s].toString(), m_account);
        const QString orderId = first[u"orderId"_s].toString();
        const QJsonObject truth = m_server.order(orderId);
        QCOMPARE(first[u"totalValue"_s].toInteger(), truth[u"value"_s].toInteger());

        // --json after the command, --status and --search.
        r = cli({u"orders"_s, u"--status"_s, u"invoiced"_s, u"--json"_s});
        const QJsonArray invoiced = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!invoiced.isEmpty());
        for (const auto &o : invoiced)
            QCOMPARE(o[u"status"_s].toString(), u"invoiced"_s);
        const QString client = first[u"clientName"_s].toString();
        r = cli({u"--json"_s, u"orders"_s, u"--search"_s, client});
        const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!found.isEmpty());
        QVERIFY(std::any_of(found.begin(), found.end(), [&](const QJsonValue &v) {
            return v[u"orderId"_s].toString() == orderId;
        }));

        r = cli({u"show"_s, orderId, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown[u"orderId"_s].toString(), orderId);
        QVERIFY(shown.contains(u"shippingData"_s));
        r = cli({u"show"_s, orderId});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(orderId));
        QCOMPARE(cli({u"show"_s, u"v000-nope"_s}).code, 1);
    }

    // --concurrency 16 reaches the wire: 16 TCP connections to the store (the transport's default
    // gate is 8, and Qt 6.4 alone opens 6 per host).
    void concurrencyReachesTheWire()
    {
        despacho::sandbox::SandboxServer server({.orders = 150, .latencyMs = 30});
        QVERIFY(server.start());
        const QString name = m_account + u"-c16"_s;
        addAccount(name, "demo-token", server.baseUrl());
        if (QTest::currentTestFailed())
            return;
        const Result r = cli({u"sync"_s, u"--account"_s, name, u"--since"_s, u"2020-01-01"_s,
                              u"--concurrency"_s, u"16"_s});
        cli({u"account"_s, u"remove"_s, name});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(server.connectionCount(), 16);
    }

    void remoteErrorsExitThree()
    {
        const QString bad = m_account + u"-bad"_s;
        addAccount(bad, "not-the-token");
        Result r = cli({u"sync"_s, u"--account"_s, bad, u"--since"_s, u"2020-01-01"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"not-the-token"_s));

        // Nobody listens on this port.
        const QString dead = m_account + u"-dead"_s;
        r = cli({u"account"_s, u"add-vtex"_s, dead, u"--account"_s, u"demo"_s, u"--app-key"_s,
                 u"demo-key"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s},
                "demo-token\n");
        QCOMPARE(r.code, 0);
        r = cli({u"sync"_s, u"--account"_s, dead, u"--since"_s, u"2020-01-01"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(dead), qPrintable(r.err));
        for (const QString &name : {bad, dead})
            QCOMPARE(cli({u"account"_s, u"remove"_s, name}).code, 0);
    }

    void noSecretServiceExitsFive()
    {
        const Result r =
            cli({u"account"_s, u"add-vtex"_s, u"nobus"_s, u"--account"_s, u"demo"_s, u"--app-key"_s,
                 u"k"_s},
                "tok\n", {{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s}});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(u"secret service"_s, Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(cli({u"account"_s, u"list"_s, u"--json"_s}).out.contains(u"nobus"_s), false);
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir other;
        {
            despacho::storage::Database db(other.filePath(u"despacho.sqlite"_s));
            QVERIFY(db.open().ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        const Result r = cli({u"orders"_s}, {}, {{u"DESPACHO_DATA_DIR"_s, other.path()}});
        QCOMPARE(r.code, 5);
        QVERIFY(r.err.contains(u"newer"_s));
    }

    void cleanupTestCase() { cli({u"account"_s, u"remove"_s, m_account}); }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
