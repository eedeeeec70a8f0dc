#include "core/command.h"
#include "core/money.h"
#include "sandbox/sandboxserver.h"
#include "skiporfail.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

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

// Fulfilment actions through despacho-cli end to end: real processes, the real keychain, a real
// SQLite outbox, and the sandbox on 127.0.0.1 answering from this test's event loop.
class TestCliActions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server{{.orders = 200}};
    QString m_account = u"a"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);

    Result cli(const QStringList &args, const QHash<QString, QString> &env = {},
               const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"DESPACHO_DATA_DIR"_s, m_dir.path());
        e.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(DESPACHO_CLI_PATH), args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        if (!finished.wait(120000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Result as(const QString &op, const QString &pin, const QStringList &args,
              const QHash<QString, QString> &extra = {})
    {
        QHash<QString, QString> env = extra;
        env.insert(u"DESPACHO_PIN"_s, pin);
        return cli(QStringList{u"--operator"_s, op} + args, env);
    }
    QString orderWithStatus(const QString &status)
    {
        const auto orders = QJsonDocument::fromJson(
                                cli({u"orders"_s, u"--status"_s, status, u"--json"_s}).out.toUtf8())
                                .array();
        for (const auto &o : orders) {
            const QString id = o[u"orderId"_s].toString();
            if (!m_used.contains(id) &&
                m_server.order(id).value("status"_L1).toString() == status) {
                m_used.insert(id);
                return id;
            }
        }
        return {};
    }
    QString status(const QString &id) { return m_server.order(id).value("status"_L1).toString(); }
    QSet<QString> m_used;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        Result r =
            cli({u"account"_s, u"add-vtex"_s, m_account, u"--account"_s, u"demo"_s, u"--app-key"_s,
                 u"demo-key"_s, u"--base-url"_s, m_server.baseUrl().toString()},
                {{u"DESPACHO_VTEX_APP_TOKEN"_s, u"demo-token"_s}});
        if (r.code == 5)
            DESPACHO_SKIP_OR_FAIL(
                "no secret service answers on the session bus: run under an unlocked "
                "gnome-keyring, as tests/run-all.sh does");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"operator"_s, u"add"_s, u"chefe"_s, u"--role"_s, u"supervisor"_s},
                {{u"DESPACHO_NEW_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"operator"_s, u"--supervisor"_s,
                 u"chefe"_s},
                {{u"DESPACHO_NEW_PIN"_s, u"1111"_s}, {u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"sync"_s, u"--since"_s, u"2020-01-01"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void startHandlingNeedsAnOperator()
    {
        const QString id = orderWithStatus(u"ready-for-handling"_s);
        Result r = cli({u"start-handling"_s, id});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--operator"_s));
        r = as(u"ana"_s, u"0000"_s, {u"start-handling"_s, id});
        QCOMPARE(r.code, 1);
        QCOMPARE(status(id), u"ready-for-handling"_s);
        r = as(u"ana"_s, u"1111"_s, {u"start-handling"_s, id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Sent"_s));
        QCOMPARE(status(id), u"handling"_s);
        // The cache shows the new state.
        const QJsonObject shown =
            QJsonDocument::fromJson(cli({u"show"_s, id, u"--json"_s}).out.toUtf8()).object();
        QCOMPARE(shown[u"status"_s].toString(), u"handling"_s);
    }

    void invoiceValidatesThenSends()
    {
        const QString id = orderWithStatus(u"handling"_s);
        const QJsonObject order = m_server.order(id);
        const QString value = QString::number(order[u"value"_s].toInteger());
        const QStringList base{
            u"invoice"_s, id, u"--value"_s, value, u"--issued"_s, u"2026-11-24T10:00:00-03:00"_s};
        Result r = as(u"ana"_s, u"1111"_s, base + QStringList{u"--number"_s, u"12/34"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"number"_s) && r.err.contains(u"/"_s), qPrintable(r.err));
        r = as(u"ana"_s, u"1111"_s,
               base + QStringList{u"--number"_s, u"NF77"_s, u"--key"_s,
                                  u"35240112345678000199550010000123451000123457"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"expected 6"_s), qPrintable(r.err));
        r = as(u"ana"_s, u"1111"_s,
               base + QStringList{u"--number"_s, u"NF77"_s, u"--courier"_s, u"Correios"_s,
                                  u"--tracking-number"_s, u"AA123456781BR"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"should be 5"_s), qPrintable(r.err)); // a warning, not a block
        QCOMPARE(status(id), u"invoiced"_s);
        const QJsonObject pkg =
            m_server.order(id)["packageAttachment"_L1]["packages"_L1].toArray().first().toObject();
        QCOMPARE(pkg[u"invoiceNumber"_s].toString(), u"NF77"_s);
        QCOMPARE(pkg[u"invoiceValue"_s].toInteger(), value.toLongLong());

        r = as(u"ana"_s, u"1111"_s,
               {u"tracking"_s, id, u"--invoice"_s, u"NF77"_s, u"--courier"_s, u"Correios"_s,
                u"--number"_s, u"AA123456785BR"_s, u"--url"_s,
                u"https://rastreamento.correios.com.br/app/index.php"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(u"ana"_s, u"1111"_s,
               {u"tracking-event"_s, id, u"--invoice"_s, u"NF77"_s, u"--city"_s, u"Recife"_s,
                u"--state"_s, u"XX"_s, u"--description"_s, u"Postado"_s, u"--date"_s,
                u"2026-11-24T11:00:00-03:00"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"XX"_s));
        r = as(u"ana"_s, u"1111"_s,
               {u"tracking-event"_s, id, u"--invoice"_s, u"NF77"_s, u"--city"_s, u"Recife"_s,
                u"--state"_s, u"PE"_s, u"--description"_s, u"Objeto postado"_s, u"--date"_s,
                u"2026-11-24T11:00:00-03:00"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject after =
            m_server.order(id)["packageAttachment"_L1]["packages"_L1].toArray().first().toObject();
        QCOMPARE(after[u"trackingNumber"_s].toString(), u"AA123456785BR"_s);
        QCOMPARE(after["courierStatus"_L1]["data"_L1].toArray().size(), 1);
    }

    // --value is taken as given, with the same warning as the form when it is not what the
    // items imply (here: the items without the freight).
    void invoiceValueWithoutFreightWarns()
    {
        QString id;
        qint64 items = 0, shipping = 0;
        const auto orders =
            QJsonDocument::fromJson(
                cli({u"orders"_s, u"--status"_s, u"handling"_s, u"--json"_s}).out.toUtf8())
                .array();
        for (const auto &row : orders) {
            const QString candidate = row[u"orderId"_s].toString();
            if (m_used.contains(candidate))
                continue;
            const QJsonObject o = m_server.order(candidate);
            items = shipping = 0;
            for (const auto &t : o[u"totals"_s].toArray()) {
                const QString tid = t[u"id"_s].toString();
                if (tid == u"Items"_s || tid == u"Discounts"_s)
                    items += t[u"value"_s].toInteger();
                if (tid == u"Shipping"_s)
                    shipping += t[u"value"_s].toInteger();
            }
            if (shipping > 0 && o[u"status"_s].toString() == u"handling"_s &&
                o[u"packageAttachment"_s][u"packages"_s].toArray().isEmpty()) {
                id = candidate;
                m_used.insert(id);
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const Result r =
            as(u"ana"_s, u"1111"_s,
               {u"invoice"_s, id, u"--number"_s, u"NF88"_s, u"--value"_s, QString::number(items),
                u"--issued"_s, u"2026-11-24T10:00:00-03:00"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"warning: value"_s) && r.err.contains(u"less than"_s) &&
                     r.err.contains(Money(shipping).toDisplayString()),
                 qPrintable(r.err));
        QCOMPARE(m_server.order(id)[u"value"_s].toInteger(), items); // what was asked for
        // The outbox shows what was sent.
        const auto outbox =
            QJsonDocument::fromJson(cli({u"outbox"_s, u"--json"_s}).out.toUtf8()).array();
        bool seen = false;
        for (const auto &c : outbox) {
            if (c[u"orderId"_s].toString() != id || c[u"kind"_s].toString() != u"invoice"_s)
                continue;
            seen = true;
            QCOMPARE(c[u"payload"_s][u"invoiceNumber"_s].toString(), u"NF88"_s);
            QCOMPARE(c[u"payload"_s][u"invoiceValue"_s].toString(), QString::number(items));
            QVERIFY(!QJsonDocument(c.toObject()).toJson().contains("demo-token"));
        }
        QVERIFY(seen);
    }

    void cancelNeedsASupervisorNow()
    {
        const QString id = orderWithStatus(u"ready-for-handling"_s);
        const QStringList args{u"cancel"_s, id, u"--reason"_s, u"cliente desistiu"_s,
                               u"--supervisor"_s};
        // Wrong supervisor PIN: nothing is queued or sent, and the refusal is audited.
        Result r = as(u"ana"_s, u"1111"_s, args + QStringList{u"chefe"_s},
                      {{u"DESPACHO_SUPERVISOR_PIN"_s, u"1234"_s}});
        QCOMPARE(r.code, 1);
        // An operator is not a supervisor.
        r = as(u"ana"_s, u"1111"_s, args + QStringList{u"ana"_s},
               {{u"DESPACHO_SUPERVISOR_PIN"_s, u"1111"_s}});
        QCOMPARE(r.code, 1);
        QCOMPARE(status(id), u"ready-for-handling"_s);
        const auto outbox =
            QJsonDocument::fromJson(cli({u"outbox"_s, u"--json"_s}).out.toUtf8()).array();
        for (const auto &c : outbox)
            QVERIFY(c[u"orderId"_s].toString() != id);
        const auto audit =
            QJsonDocument::fromJson(cli({u"audit"_s, u"--json"_s}).out.toUtf8()).array();
        int refusals = 0;
        for (const auto &a : audit) {
            if (a[u"outcome"_s].toString() == u"refused"_s)
                ++refusals;
        }
        QVERIFY(refusals >= 2);

        r = as(u"ana"_s, u"1111"_s, args + QStringList{u"chefe"_s},
               {{u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(status(id), u"canceled"_s);
        const auto trail =
            QJsonDocument::fromJson(cli({u"audit"_s, u"--order"_s, id, u"--json"_s}).out.toUtf8())
                .array();
        bool both = false;
        for (const auto &a : trail) {
            if (a[u"action"_s].toString() == u"cancel"_s &&
                a[u"operator"_s].toString() == u"ana"_s &&
                a[u"supervisor"_s].toString() == u"chefe"_s)
                both = true;
        }
        QVERIFY(both);
    }

    void remoteRefusalExitsThreeAndStaysInTheOutbox()
    {
        const QString id = orderWithStatus(u"handling"_s);
        m_server.setOrderStatus(id, u"canceled"_s); // VTEX moved on; the cache does not know
        const Result r = as(u"ana"_s, u"1111"_s,
                            {u"invoice"_s, id, u"--number"_s, u"NF88"_s, u"--value"_s, u"100"_s,
                             u"--issued"_s, u"2026-11-24T10:00:00-03:00"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"order is now canceled"_s), qPrintable(r.err));
        const auto outbox =
            QJsonDocument::fromJson(cli({u"outbox"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(outbox.first()[u"orderId"_s].toString(), id);
        QCOMPARE(outbox.first()[u"state"_s].toString(), u"failed"_s);
    }

    // The CLI obeys the GUI's rule: nothing queued behind a command still waiting (a cancel
    // behind an invoice is VTEX's known trap), refused with exit 1 and nothing written.
    void noCommandBehindAWaitingOne()
    {
        const QString id = orderWithStatus(u"ready-for-handling"_s);
        Result r = as(u"ana"_s, u"1111"_s, {u"start-handling"_s, id, u"--queue-only"_s});
        QCOMPARE(r.code, 0);
        r = as(u"ana"_s, u"1111"_s,
               {u"cancel"_s, id, u"--reason"_s, u"cliente desistiu"_s, u"--supervisor"_s,
                u"chefe"_s, u"--queue-only"_s},
               {{u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(id) && r.err.contains(u"waiting"_s), qPrintable(r.err));
        const auto outbox =
            QJsonDocument::fromJson(cli({u"outbox"_s, u"--json"_s}).out.toUtf8()).array();
        int forOrder = 0;
        for (const auto &c : outbox)
            forOrder += c[u"orderId"_s].toString() == id ? 1 : 0;
        QCOMPARE(forOrder, 1);
        r = cli({u"outbox"_s, u"send"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    // Without --url the carrier's template gives the address, as the form does.
    void trackingUrlFromTheTemplate()
    {
        const QString id = orderWithStatus(u"invoiced"_s);
        const QString invoice = m_server.order(id)["packageAttachment"_L1]["packages"_L1]
                                    .toArray()
                                    .first()[u"invoiceNumber"_s]
                                    .toString();
        const Result r = as(u"ana"_s, u"1111"_s,
                            {u"tracking"_s, id, u"--invoice"_s, invoice, u"--courier"_s,
                             u"Correios"_s, u"--number"_s, u"SS123456785BR"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject pkg =
            m_server.order(id)["packageAttachment"_L1]["packages"_L1].toArray().first().toObject();
        QCOMPARE(pkg[u"trackingUrl"_s].toString(),
                 u"https://rastreamento.correios.com.br/app/index.php?objetos=SS123456785BR"_s);
    }

    void queueOnlyThenSend()
    {
        const QString id = orderWithStatus(u"ready-for-handling"_s);
        Result r = as(u"ana"_s, u"1111"_s, {u"start-handling"_s, id, u"--queue-only"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(status(id), u"ready-for-handling"_s);
        r = cli({u"outbox"_s, u"send"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(status(id), u"handling"_s);
    }

    // kill -9 in the middle of sending 500 queued commands; a restart sends the rest and every
    // command ends sent. Tracking updates are absolute, so a resend after the crash is harmless.
    void crashWhileSendingLosesNothing()
    {
        const auto invoiced =
            QJsonDocument::fromJson(
                cli({u"orders"_s, u"--status"_s, u"invoiced"_s, u"--json"_s}).out.toUtf8())
                .array();
        QVERIFY(invoiced.size() > 10);
        {
            storage::Database db(m_dir.filePath(u"despacho.sqlite"_s));
            QVERIFY(db.open().ok());
            storage::Outbox outbox(&db);
            for (int i = 0; i < 500; ++i) {
                const QString id = invoiced[i % invoiced.size()][u"orderId"_s].toString();
                const QString invoice = m_server.order(id)["packageAttachment"_L1]["packages"_L1]
                                            .toArray()
                                            .first()[u"invoiceNumber"_s]
                                            .toString();
                Command c;
                c.kind = CommandKind::Tracking;
                c.account = m_account;
                c.orderId = id;
                c.idempotencyKey = QUuid::createUuid().toString();
                c.operatorName = u"ana"_s;
                c.payload = {
                    {u"invoiceNumber"_s, invoice},
                    {u"body"_s, QJsonObject{{u"trackingNumber"_s, u"TRK%1"_s.arg(i)},
                                            {u"courier"_s, u"Loggi"_s},
                                            {u"trackingUrl"_s, u"https://loggi.com/x"_s}}}};
                QString error;
                QVERIFY2(
                    outbox.enqueue(
                        c,
                        {.operatorName = u"ana"_s, .action = u"tracking"_s, .outcome = u"queued"_s},
                        &error),
                    qPrintable(error));
            }
        }
        m_server.setLatencyMs(15);
        storage::Database watch(m_dir.filePath(u"despacho.sqlite"_s));
        QVERIFY(watch.open().ok());
        storage::Outbox watcher(&watch);
        auto sent = [&] {
            return watcher.countByState(CommandState::Sent);
        };
        const int before = sent();

        QProcess first;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DESPACHO_DATA_DIR"_s, m_dir.path());
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(DESPACHO_CLI_PATH), {u"outbox"_s, u"send"_s});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sent() - before >= 100, 60000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QSignalSpy killed(&first, &QProcess::finished);
        QVERIFY(killed.wait(10000));
        const int atCrash = sent() - before;
        QVERIFY2(atCrash < 500, "the crash came too late to test anything");

        const Result r = cli({u"outbox"_s, u"send"_s, u"--wait"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(sent() - before, 500);
        QCOMPARE(watcher.countByState(CommandState::Pending), 0);
        QCOMPARE(watcher.countByState(CommandState::Sending), 0);
        QCOMPARE(watcher.countByState(CommandState::Retrying), 0);
        m_server.setLatencyMs(0);
    }

    // Once operators exist, accounts and credentials are supervisor-only.
    void accountsNeedASupervisor()
    {
        const QStringList add{u"account"_s,   u"add-vtex"_s,   u"second"_s,
                              u"--account"_s, u"demo"_s,       u"--app-key"_s,
                              u"demo-key"_s,  u"--base-url"_s, m_server.baseUrl().toString()};
        const QHash<QString, QString> token{{u"DESPACHO_VTEX_APP_TOKEN"_s, u"demo-token"_s}};
        Result r = cli(add, token);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--supervisor"_s), qPrintable(r.err));
        r = cli(add + QStringList{u"--supervisor"_s, u"ana"_s},
                {{u"DESPACHO_VTEX_APP_TOKEN"_s, u"demo-token"_s},
                 {u"DESPACHO_SUPERVISOR_PIN"_s, u"1111"_s}});
        QCOMPARE(r.code, 1); // ana is an operator
        r = cli(add + QStringList{u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_VTEX_APP_TOKEN"_s, u"demo-token"_s},
                 {u"DESPACHO_SUPERVISOR_PIN"_s, u"0000"_s}});
        QCOMPARE(r.code, 1); // wrong PIN
        QVERIFY(!cli({u"account"_s, u"list"_s}).out.contains(u"second"_s));
        r = cli(add + QStringList{u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_VTEX_APP_TOKEN"_s, u"demo-token"_s},
                 {u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({u"account"_s, u"remove"_s, u"second"_s}).code, 1);
        r = cli({u"account"_s, u"remove"_s, u"second"_s, u"--supervisor"_s, u"chefe"_s},
                {{u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void cleanupTestCase()
    {
        cli({u"account"_s, u"remove"_s, m_account, u"--supervisor"_s, u"chefe"_s},
            {{u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
    }
};

QTEST_GUILESS_MAIN(TestCliActions)
#include "tst_cli_actions.moc"
