#include "core/command.h"
#include "sandbox/sandboxserver.h"
#include "storage/database.h"
#include "storage/outbox.h"

#include "brokenvtexstore.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
struct Result
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

// Adds a VTEX account through the CLI; skips the test where there is no secret service.
#define ADD_ACCOUNT(name, url)                                                                     \
    do {                                                                                           \
        const Result added_ = addAccount(name, url);                                               \
        if (added_.code == 5 && qEnvironmentVariableIsEmpty("CI"))                                 \
            QSKIP("no secret service here; CI runs this under gnome-keyring");                     \
        QVERIFY2(added_.code == 0, qPrintable(added_.err));                                        \
    } while (false)

// Every exit code of DECISIONS.md ("CLI shape"), the usage errors of every command, outbox retry
// and discard, and `outbox send --timeout` against a server that is not there. Each case runs
// the real despacho-cli in its own data directory (--data-dir), so no case sees another's outbox
// or audit lines; servers (the sandbox, a hand-made fake VTEX) answer from this test's event loop.
class TestCliExitCodes : public QObject
{
    Q_OBJECT
    sandbox::SandboxServer m_server{{.orders = 40}};
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_accounts; // keychain entries this case added

    Result cli(const QStringList &args, const QHash<QString, QString> &env = {},
               const QByteArray &input = {}, int timeoutMs = 120000)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             {u"DESPACHO_DATA_DIR"_s, u"DESPACHO_PIN"_s, u"DESPACHO_SUPERVISOR_PIN"_s,
              u"DESPACHO_NEW_PIN"_s, u"DESPACHO_VTEX_APP_TOKEN"_s, u"QT_LOGGING_RULES"_s})
            e.remove(name);
        e.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(DESPACHO_CLI_PATH),
                QStringList{u"--data-dir"_s, m_dir->path()} + args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        // Wait with the event loop running: the servers answer from this process.
        if (!finished.wait(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                    u"(killed: still running)\n"_s + QString::fromUtf8(p.readAllStandardError())};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Result as(const QString &op, const QString &pin, const QStringList &args,
              QHash<QString, QString> env = {})
    {
        env.insert(u"DESPACHO_PIN"_s, pin);
        return cli(QStringList{u"--operator"_s, op} + args, env);
    }
    Result addAccount(const QString &name, const QUrl &url)
    {
        const Result r = cli({u"account"_s, u"add-vtex"_s, name, u"--account"_s, u"demo"_s,
                              u"--app-key"_s, u"demo-key"_s, u"--base-url"_s, url.toString()},
                             {{u"DESPACHO_VTEX_APP_TOKEN"_s, u"demo-token"_s}});
        if (r.code == 0)
            m_accounts << name;
        return r;
    }
    // The CLI's own stderr lines, without the log lines (warnings of "despacho.*" categories).
    static QStringList errorLines(const Result &r)
    {
        QStringList lines;
        for (const QString &l : r.err.split(u'\n', Qt::SkipEmptyParts)) {
            if (!l.startsWith(u"despacho."_s))
                lines << l;
        }
        return lines;
    }
    static QString uniqueName(const QString &prefix)
    {
        return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }
    // chefe (supervisor, 9999) and ana (operator, 1111).
    void addOperators()
    {
        Result r = cli({u"operator"_s, u"add"_s, u"chefe"_s, u"--role"_s, u"supervisor"_s},
                       {{u"DESPACHO_NEW_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"operator"_s, u"--supervisor"_s,
                 u"chefe"_s},
                {{u"DESPACHO_NEW_PIN"_s, u"1111"_s}, {u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    // Writes a start-handling command straight into this case's outbox (the data directory must
    // exist: some CLI command ran before); failed when asked, as if VTEX had refused it.
    qint64 enqueueStartHandling(const QString &account, const QString &orderId, bool failed)
    {
        storage::Database db(QDir(m_dir->path()).filePath(u"despacho.sqlite"_s));
        if (!db.open().ok())
            return 0;
        storage::Outbox outbox(&db);
        Command c;
        c.kind = CommandKind::StartHandling;
        c.account = account;
        c.orderId = orderId;
        c.idempotencyKey = QUuid::createUuid().toString();
        c.operatorName = u"ana"_s;
        QString error;
        const qint64 id = outbox.enqueue(c,
                                         {.operatorName = u"ana"_s,
                                          .action = u"start-handling"_s,
                                          .account = account,
                                          .orderId = orderId,
                                          .outcome = u"queued"_s},
                                         &error);
        if (!id) {
            qWarning() << error;
            return 0;
        }
        if (failed) {
            if (!outbox.markSending(id, &error) ||
                !outbox.markFailed(id, u"refused by an earlier attempt"_s,
                                   {.operatorName = u"ana"_s,
                                    .action = u"start-handling"_s,
                                    .account = account,
                                    .orderId = orderId,
                                    .outcome = u"failed"_s},
                                   &error)) {
                qWarning() << error;
                return 0;
            }
        }
        return id;
    }
    QJsonObject command(qint64 id)
    {
        const auto all =
            QJsonDocument::fromJson(cli({u"outbox"_s, u"--json"_s}).out.toUtf8()).array();
        for (const auto &c : all) {
            if (c[u"id"_s].toInteger() == id)
                return c.toObject();
        }
        return {};
    }
    QJsonArray audit(const QStringList &filter)
    {
        return QJsonDocument::fromJson(
                   cli(QStringList{u"audit"_s, u"--json"_s} + filter).out.toUtf8())
            .array();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_accounts.clear();
    }

    void cleanup()
    {
        // The keychain outlives the data directory: remove what this case put there.
        for (const QString &name : std::as_const(m_accounts))
            cli({u"account"_s, u"remove"_s, name, u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        m_dir.reset();
    }

    void exitZeroWhenAllIsWell()
    {
        Result r = cli({u"outbox"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        r = cli({u"outbox"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
        r = cli({u"outbox"_s, u"send"_s, u"--timeout"_s, u"5"_s}); // nothing to send
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({u"audit"_s}).code, 0);
        QCOMPARE(cli({u"--help"_s}).code, 0);
    }

    void exitOneForInvalidInput()
    {
        Result r = cli({u"orders"_s, u"--status"_s, u"shipped-by-owl"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"shipped-by-owl"_s));
        r = cli({u"outbox"_s, u"send"_s, u"--timeout"_s, u"soon"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--timeout"_s) && r.err.contains(u"soon"_s), qPrintable(r.err));
        r = cli({u"outbox"_s, u"retry"_s, u"4242"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"4242"_s), qPrintable(r.err));
    }

    void exitTwoForEveryUnknownOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named"); // the error names the offending argument
        QTest::addColumn<bool>("oneLine");
        const auto row = [](const char *tag, const QStringList &args, const QString &named,
                            bool oneLine = true) {
            QTest::newRow(tag) << args << named << oneLine;
        };
        const QString bogus = u"--bogus"_s;
        row("global option", {bogus, u"orders"_s}, u"--bogus"_s, false);
        row("unknown command", {u"frobnicate"_s}, u"frobnicate"_s, false);
        row("outbox option", {u"outbox"_s, bogus}, u"--bogus"_s);
        row("outbox subcommand", {u"outbox"_s, u"frob"_s}, u"frob"_s);
        row("outbox send option", {u"outbox"_s, u"send"_s, bogus}, u"bogus"_s);
        row("outbox send --wait option", {u"outbox"_s, u"send"_s, u"--wait"_s, bogus}, u"bogus"_s);
        row("outbox send positional", {u"outbox"_s, u"send"_s, u"now"_s}, u"now"_s);
        row("outbox send timeout value", {u"outbox"_s, u"send"_s, u"--timeout"_s}, u"timeout"_s);
        row("outbox retry option", {u"outbox"_s, u"retry"_s, u"1"_s, bogus}, u"bogus"_s);
        row("outbox retry supervisor",
            {u"outbox"_s, u"retry"_s, u"1"_s, u"--supervisor"_s, u"chefe"_s}, u"supervisor"_s);
        row("outbox retry two ids", {u"outbox"_s, u"retry"_s, u"1"_s, u"2"_s}, u"2"_s);
        row("outbox retry no id", {u"outbox"_s, u"retry"_s}, u"missing"_s);
        row("outbox discard option",
            {u"outbox"_s, u"discard"_s, u"1"_s, u"--supervisor"_s, u"chefe"_s, bogus}, u"bogus"_s);
        row("audit option", {u"audit"_s, bogus}, u"bogus"_s);
        row("audit positional", {u"audit"_s, u"v1-01"_s}, u"v1-01"_s);
        row("orders option", {u"orders"_s, bogus}, u"bogus"_s);
        row("orders positional", {u"orders"_s, u"handling"_s}, u"handling"_s);
        row("show option", {u"show"_s, u"v1-01"_s, bogus}, u"bogus"_s);
        row("show positional", {u"show"_s, u"v1-01"_s, u"v2-01"_s}, u"v2-01"_s);
        row("sync option", {u"sync"_s, bogus}, u"bogus"_s);
        row("sync positional", {u"sync"_s, u"loja"_s}, u"loja"_s);
        row("account subcommand", {u"account"_s, u"frob"_s}, u"frob"_s);
        row("account list option", {u"account"_s, u"list"_s, bogus}, u"bogus"_s);
        row("account list positional", {u"account"_s, u"list"_s, u"loja"_s}, u"loja"_s);
        row("account remove option", {u"account"_s, u"remove"_s, u"loja"_s, bogus}, u"bogus"_s);
        row("account add-vtex option",
            {u"account"_s, u"add-vtex"_s, u"loja"_s, u"--account"_s, u"demo"_s, u"--app-key"_s,
             u"k"_s, bogus},
            u"bogus"_s);
        row("account add-vtex positional",
            {u"account"_s, u"add-vtex"_s, u"loja"_s, u"outra"_s, u"--account"_s, u"demo"_s,
             u"--app-key"_s, u"k"_s},
            u"outra"_s);
        row("operator subcommand", {u"operator"_s, u"frob"_s}, u"frob"_s);
        row("operator list option", {u"operator"_s, u"list"_s, bogus}, u"bogus"_s);
        row("operator add option",
            {u"operator"_s, u"add"_s, u"bia"_s, u"--role"_s, u"operator"_s, bogus}, u"bogus"_s);
        row("start-handling option", {u"start-handling"_s, u"v1-01"_s, bogus}, u"bogus"_s);
        row("start-handling positional", {u"start-handling"_s, u"v1-01"_s, u"v2-01"_s}, u"v2-01"_s);
        row("invoice option", {u"invoice"_s, u"v1-01"_s, bogus}, u"bogus"_s);
        row("tracking option", {u"tracking"_s, u"v1-01"_s, bogus}, u"bogus"_s);
        row("tracking-event option", {u"tracking-event"_s, u"v1-01"_s, bogus}, u"bogus"_s);
        row("cancel option", {u"cancel"_s, u"v1-01"_s, bogus}, u"bogus"_s);
    }

    void exitTwoForEveryUnknownOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QFETCH(bool, oneLine);
        // A usage error is found before anything is read: no PIN, no token, no database.
        const Result r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(u"exit %1: %2"_s.arg(r.code).arg(r.err)));
        const QStringList lines = r.err.trimmed().split(u'\n');
        QVERIFY2(lines.first().contains(named), qPrintable(r.err));
        if (oneLine)
            QVERIFY2(lines.size() == 1, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // The outbox cannot reach its server: `outbox send` gives up at --timeout with exit 3, lists
    // what is still queued, and leaves it queued.
    void exitThreeWhenTheServerStaysAway()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a free port, closed again: nothing listens there
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const QString account = uniqueName(u"gone"_s);
        ADD_ACCOUNT(account, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        const qint64 id = enqueueStartHandling(account, u"v500-01"_s, false);
        QVERIFY(id);

        for (const bool wait : {true, false}) {
            QStringList args{u"outbox"_s, u"send"_s, u"--timeout"_s, u"3"_s};
            if (wait)
                args << u"--wait"_s;
            QElapsedTimer clock;
            clock.start();
            const Result r = cli(args, {}, {}, 60000);
            const qint64 elapsed = clock.elapsed();
            QVERIFY2(r.code == 3, qPrintable(u"exit %1: %2"_s.arg(r.code).arg(r.err)));
            QVERIFY2(elapsed >= 2900 && elapsed < 20000, qPrintable(QString::number(elapsed)));
            const QStringList lines = errorLines(r);
            QVERIFY2(lines.size() == 2, qPrintable(r.err)); // a summary, then one per command
            QVERIFY2(lines.first().contains(u"3 s"_s), qPrintable(r.err));
            const QString &pending = lines.at(1);
            QVERIFY2(pending.contains(u"command %1 "_s.arg(id)) &&
                         pending.contains(u"Start handling"_s, Qt::CaseInsensitive) &&
                         pending.contains(account) && pending.contains(u"v500-01"_s),
                     qPrintable(pending));

            const QJsonObject c = command(id);
            const QString state = c[u"state"_s].toString();
            QVERIFY2(state == u"pending"_s || state == u"retrying"_s, qPrintable(state));
        }
        // Nothing was decided about the command: no outcome in the audit trail.
        for (const auto &a : audit({u"--order"_s, u"v500-01"_s}))
            QCOMPARE(a[u"outcome"_s].toString(), u"queued"_s);
    }

    // An action gives up at --timeout too when the server went away after the sync: exit 3,
    // the command named and still queued.
    void actionGivesUpAfterTimeout()
    {
        auto fake = std::make_unique<QHttpServer>();
        const QJsonObject order{{u"orderId"_s, u"v700-01"_s},
                                {u"status"_s, u"ready-for-handling"_s},
                                {u"value"_s, 1000},
                                {u"creationDate"_s, u"2024-03-01T10:00:00.0000000+00:00"_s}};
        fake->route(u"/api/oms/pvt/orders"_s, [&] {
            QJsonObject row = order;
            row.remove(u"value"_s);
            row.insert(u"clientName"_s, u"Cliente"_s);
            row.insert(u"totalValue"_s, 1000);
            row.insert(u"totalItems"_s, 1);
            return QHttpServerResponse(
                QJsonObject{{u"list"_s, QJsonArray{row}},
                            {u"paging"_s, QJsonObject{{u"total"_s, 1},
                                                      {u"pages"_s, 1},
                                                      {u"currentPage"_s, 1},
                                                      {u"perPage"_s, 100}}}});
        });
        fake->route(u"/api/oms/pvt/orders/<arg>"_s,
                    [&](const QString &) { return QHttpServerResponse(order); });
        const quint16 port = fake->listen(QHostAddress::LocalHost);
        QVERIFY(port);
        const QString account = uniqueName(u"loja"_s);
        ADD_ACCOUNT(account, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        addOperators();
        Result r =
            cli({u"sync"_s, u"--status"_s, u"ready-for-handling"_s, u"--since"_s, u"2024-01-01"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        fake.reset(); // the server goes away

        QElapsedTimer clock;
        clock.start();
        r = as(u"ana"_s, u"1111"_s,
               {u"start-handling"_s, u"v700-01"_s, u"--wait"_s, u"--timeout"_s, u"3"_s});
        QVERIFY2(r.code == 3, qPrintable(u"exit %1: %2"_s.arg(r.code).arg(r.err)));
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(errorLines(r).join(u'\n').contains(u"v700-01"_s), qPrintable(r.err));
        const auto outbox =
            QJsonDocument::fromJson(cli({u"outbox"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(outbox.size(), 1);
        const QString state = outbox.first()[u"state"_s].toString();
        QVERIFY2(state == u"pending"_s || state == u"retrying"_s, qPrintable(state));
    }

    // A sync where VTEX hands over some orders that cannot be read: the good ones are stored,
    // each refused one is named on stderr (account, order, reason), exit 4.
    void exitFourWhenSomeOrdersAreRefused()
    {
        QHttpServer fake;
        testing::routeBrokenVtexStore(fake);
        const quint16 port = fake.listen(QHostAddress::LocalHost);
        QVERIFY(port);
        const QString account = uniqueName(u"loja"_s);
        ADD_ACCOUNT(account, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));

        const Result r =
            cli({u"sync"_s, u"--status"_s, u"handling"_s, u"--since"_s, u"2024-01-01"_s});
        QVERIFY2(r.code == 4, qPrintable(u"exit %1: %2"_s.arg(r.code).arg(r.err)));
        const QStringList lines = errorLines(r);
        for (const QString &refused : {u"broken-01"_s, u"nostatus-01"_s}) {
            const auto named = std::count_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
                return l.contains(refused) && l.contains(account) &&
                       l.size() > refused.size() + account.size() + 12; // and why
            });
            QVERIFY2(named == 1, qPrintable(r.err));
        }
        QVERIFY2(!r.err.contains(u"ok-01"_s), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"synced 3 orders (1 details)"_s), qPrintable(r.out));
        // The good order is stored whole; the refused ones only as list rows.
        QCOMPARE(cli({u"show"_s, u"ok-01"_s, u"--json"_s}).code, 0);
        QCOMPARE(cli({u"show"_s, u"broken-01"_s}).code, 1);
    }

    void exitFiveForANewerDatabase()
    {
        {
            storage::Database db(QDir(m_dir->path()).filePath(u"despacho.sqlite"_s));
            QVERIFY(db.open().ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        for (const QStringList &args :
             {QStringList{u"orders"_s}, QStringList{u"outbox"_s},
              QStringList{u"outbox"_s, u"send"_s}, QStringList{u"audit"_s}}) {
            const Result r = cli(args);
            QVERIFY2(r.code == 5, qPrintable(args.join(u' ') + u": "_s + r.err));
            QVERIFY2(r.err.contains(u"newer"_s), qPrintable(r.err));
        }
    }

    // A database that answers with errors is the local environment's failure (exit 5), said on
    // stderr with the database's path and message; never an empty list (exit 0).
    void exitFiveWhenTheDatabaseCannotBeRead_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("outbox") << u"commands"_s << QStringList{u"outbox"_s};
        QTest::newRow("outbox send")
            << u"commands"_s << QStringList{u"outbox"_s, u"send"_s, u"--timeout"_s, u"5"_s};
        QTest::newRow("outbox retry")
            << u"commands"_s << QStringList{u"outbox"_s, u"retry"_s, u"1"_s};
        QTest::newRow("orders") << u"orders"_s << QStringList{u"orders"_s};
        QTest::newRow("show") << u"orders"_s << QStringList{u"show"_s, u"v1-01"_s};
        QTest::newRow("audit") << u"audit_log"_s << QStringList{u"audit"_s};
        QTest::newRow("account list") << u"accounts"_s << QStringList{u"account"_s, u"list"_s};
        QTest::newRow("sync") << u"accounts"_s << QStringList{u"sync"_s};
        QTest::newRow("operator list") << u"operators"_s << QStringList{u"operator"_s, u"list"_s};
    }

    void exitFiveWhenTheDatabaseCannotBeRead()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, args);
        const QString path = QDir(m_dir->path()).filePath(u"despacho.sqlite"_s);
        {
            storage::Database db(path);
            QVERIFY(db.open().ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"DROP TABLE "_s + table));
        }
        const Result r = cli(args);
        QVERIFY2(r.code == 5, qPrintable(QString::number(r.code) + u": "_s + r.err));
        QVERIFY2(r.err.contains(u"no such table: "_s + table), qPrintable(r.err));
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
    }

    // A failed command goes back to pending with `outbox retry`, is sent by `outbox send`, and
    // the retry is audited with the operator's name.
    void retryRequeuesAndSends()
    {
        const QString account = uniqueName(u"loja"_s);
        ADD_ACCOUNT(account, m_server.baseUrl());
        addOperators();
        Result r = cli({u"sync"_s, u"--since"_s, u"2020-01-01"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString orderId;
        const auto ready = QJsonDocument::fromJson(cli({u"orders"_s, u"--status"_s,
                                                        u"ready-for-handling"_s, u"--json"_s})
                                                       .out.toUtf8())
                               .array();
        for (const auto &o : ready) {
            const QString id = o[u"orderId"_s].toString();
            if (m_server.order(id)[u"status"_s].toString() == u"ready-for-handling"_s) {
                orderId = id;
                break;
            }
        }
        QVERIFY(!orderId.isEmpty());
        const qint64 id = enqueueStartHandling(account, orderId, true);
        QVERIFY(id);
        QCOMPARE(command(id)[u"state"_s].toString(), u"failed"_s);

        r = cli({u"outbox"_s, u"retry"_s, QString::number(id)}); // who?
        QCOMPARE(r.code, 1);
        QCOMPARE(command(id)[u"state"_s].toString(), u"failed"_s);
        r = as(u"ana"_s, u"0000"_s, {u"outbox"_s, u"retry"_s, QString::number(id)});
        QCOMPARE(r.code, 1);
        QCOMPARE(command(id)[u"state"_s].toString(), u"failed"_s);

        r = as(u"ana"_s, u"1111"_s, {u"outbox"_s, u"retry"_s, QString::number(id)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(command(id)[u"state"_s].toString(), u"pending"_s);
        QCOMPARE(m_server.order(orderId)[u"status"_s].toString(), u"ready-for-handling"_s);

        r = cli({u"outbox"_s, u"send"_s, u"--wait"_s, u"--timeout"_s, u"60"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(command(id)[u"state"_s].toString(), u"sent"_s);
        QCOMPARE(m_server.order(orderId)[u"status"_s].toString(), u"handling"_s);

        const QJsonArray retries = audit({u"--action"_s, u"retry"_s});
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first()[u"operator"_s].toString(), u"ana"_s);
        QCOMPARE(retries.first()[u"orderId"_s].toString(), orderId);
        QCOMPARE(retries.first()[u"account"_s].toString(), account);
    }

    // Discarding needs a supervisor's name and PIN at that moment; a refusal changes nothing.
    void discardNeedsASupervisor()
    {
        addOperators();
        const qint64 id = enqueueStartHandling(u"loja"_s, u"v900-01"_s, true);
        QVERIFY(id);
        const QStringList discard{u"outbox"_s, u"discard"_s, QString::number(id)};
        auto discards = [&] {
            int n = 0;
            for (const auto &a : audit({u"--action"_s, u"discard"_s})) {
                if (a[u"outcome"_s].toString() != u"refused"_s)
                    ++n;
            }
            return n;
        };

        Result r = as(u"ana"_s, u"1111"_s, discard);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--supervisor"_s), qPrintable(r.err));
        QCOMPARE(command(id)[u"state"_s].toString(), u"failed"_s);

        r = as(u"ana"_s, u"1111"_s, discard + QStringList{u"--supervisor"_s, u"chefe"_s},
               {{u"DESPACHO_SUPERVISOR_PIN"_s, u"0000"_s}});
        QCOMPARE(r.code, 1);
        QCOMPARE(command(id)[u"state"_s].toString(), u"failed"_s);

        r = as(u"ana"_s, u"1111"_s, discard + QStringList{u"--supervisor"_s, u"ana"_s},
               {{u"DESPACHO_SUPERVISOR_PIN"_s, u"1111"_s}});
        QCOMPARE(r.code, 1); // an operator is not a supervisor
        QCOMPARE(command(id)[u"state"_s].toString(), u"failed"_s);
        QCOMPARE(discards(), 0);

        r = as(u"ana"_s, u"1111"_s, discard + QStringList{u"--supervisor"_s, u"chefe"_s},
               {{u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(command(id)[u"state"_s].toString(), u"discarded"_s);

        QCOMPARE(discards(), 1);
        bool both = false;
        for (const auto &a : audit({u"--action"_s, u"discard"_s, u"--order"_s, u"v900-01"_s})) {
            if (a[u"outcome"_s].toString() != u"refused"_s)
                both = a[u"operator"_s].toString() == u"ana"_s &&
                       a[u"supervisor"_s].toString() == u"chefe"_s;
        }
        QVERIFY(both);
    }
};

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "tst_cli_exitcodes.moc"
