// e-vendi's actions through despacho-cli end to end: real processes, the real keychain, a real
// SQLite outbox, and the sandbox's e-vendi store on 127.0.0.1 answering from this test's event
// loop. Two accounts on the same organization hold the same order ids, so --account is needed.
#include "sandbox/sandboxserver.h"
#include "skiporfail.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
struct Result
{
    int code = -1;
    QString out;
    QString err;
};
const QString kToken = u"demo-evendi-token"_s;
} // namespace

class TestCliEvendiActions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server{{.orders = 5, .evendiOrders = 60}};
    QSet<QString> m_used;

    Result cli(const QStringList &args, const QHash<QString, QString> &env = {})
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
        p.closeWriteChannel();
        if (!finished.wait(120000))
            p.kill();
        const Result r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        if (r.out.contains(kToken) || r.err.contains(kToken))
            qFatal("the integration token appeared in the output of despacho-cli");
        return r;
    }
    Result as(const QStringList &args, const QHash<QString, QString> &extra = {})
    {
        QHash<QString, QString> env = extra;
        env.insert(u"DESPACHO_PIN"_s, u"1111"_s);
        return cli(QStringList{u"--operator"_s, u"ana"_s} + args, env);
    }
    Result supervised(const QStringList &args)
    {
        return as(args, {{u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
    }
    QJsonObject stored(const QString &id) const { return m_server.evendiOrder(id); }
    QString orderWith(const QString &status, const QString &method = {})
    {
        const QJsonArray orders =
            QJsonDocument::fromJson(
                cli({u"orders"_s, u"--account"_s, u"LojaA"_s, u"--status"_s, status, u"--json"_s})
                    .out.toUtf8())
                .array();
        for (const auto &o : orders) {
            const QString id = o[u"orderId"_s].toString();
            if (m_used.contains(id) || stored(id).value("status"_L1).toString() != status)
                continue;
            if (!method.isEmpty() && stored(id).value("paymentMethod"_L1).toString() != method)
                continue;
            m_used.insert(id);
            return id;
        }
        return {};
    }
    static QStringList inA(QStringList args) { return args << u"--account"_s << u"LojaA"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        const QString api = m_server.baseUrl().resolved(QUrl(u"/api/"_s)).toString();
        for (const QString &name : {u"LojaA"_s, u"LojaB"_s}) {
            const Result r = cli({u"account"_s, u"add-evendi"_s, name, u"--organization"_s,
                                  u"1001"_s, u"--env"_s, u"dev"_s, u"--base-url"_s, api},
                                 {{u"DESPACHO_EVENDI_TOKEN"_s, kToken}});
            if (r.code == 5)
                DESPACHO_SKIP_OR_FAIL("no secret service answers on the session bus: run under "
                                      "an unlocked gnome-keyring, as tests/run-all.sh does");
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        Result r = cli({u"operator"_s, u"add"_s, u"chefe"_s, u"--role"_s, u"supervisor"_s},
                       {{u"DESPACHO_NEW_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"operator"_s, u"--supervisor"_s,
                 u"chefe"_s},
                {{u"DESPACHO_NEW_PIN"_s, u"1111"_s}, {u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"sync"_s, u"--since"_s, u"2020-01-01"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    }

    void ordersAreListedWithTheirChannel()
    {
        const QJsonArray all =
            QJsonDocument::fromJson(
                cli({u"orders"_s, u"--account"_s, u"LojaA"_s, u"--json"_s}).out.toUtf8())
                .array();
        QCOMPARE(all.size(), 60);
        for (const auto &o : all) {
            QCOMPARE(o[u"channel"_s].toString(), u"evendi"_s);
            const QJsonObject s = stored(o[u"orderId"_s].toString());
            QCOMPARE(o[u"status"_s].toString(), s.value("status"_L1).toString());
            QCOMPARE(o[u"totalValue"_s].toInteger(),
                     qRound64(s.value("value"_L1).toDouble() * 100));
        }
    }

    void anIdInTwoAccountsNeedsAccount()
    {
        const QString id = orderWith(u"OPEN"_s);
        const QJsonValue before = stored(id).value("trackingCode"_L1);
        const Result r = as({u"evendi-tracking"_s, id, u"--code"_s, u"JD123"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--account"_s) && r.err.contains(u"LojaB"_s), qPrintable(r.err));
        QCOMPARE(stored(id).value("trackingCode"_L1), before);
    }

    void trackingCode()
    {
        const QString id = orderWith(u"OPEN"_s);
        // A Correios code with a wrong check digit: said, then sent as typed.
        const Result r = as(inA({u"evendi-tracking"_s, id, u"--code"_s, u"AA123456781BR"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"should be 5"_s), qPrintable(r.err));
        QCOMPARE(stored(id).value("trackingCode"_L1).toString(), u"AA123456781BR"_s);
        // The VTEX command refuses an e-vendi order, naming the channel.
        const Result vtex = as(inA({u"tracking"_s, id, u"--invoice"_s, u"1"_s, u"--courier"_s,
                                    u"Correios"_s, u"--number"_s, u"AA123456785BR"_s}));
        QCOMPARE(vtex.code, 1);
        QVERIFY2(vtex.err.contains(u"e-vendi"_s), qPrintable(vtex.err));
    }

    void fiscalNoteOverHttpsOnly()
    {
        const QString id = orderWith(u"OPEN"_s);
        const QJsonValue before = stored(id).value("fiscalNoteUrl"_L1);
        Result r =
            as(inA({u"evendi-fiscal-note"_s, id, u"--url"_s, u"http://nfe.example.com/1"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"https"_s), qPrintable(r.err));
        QCOMPARE(stored(id).value("fiscalNoteUrl"_L1), before);
        r = as(inA({u"evendi-fiscal-note"_s, id, u"--url"_s, u"https://nfe.example.com/1.pdf"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stored(id).value("fiscalNoteUrl"_L1).toString(),
                 u"https://nfe.example.com/1.pdf"_s);
    }

    void closeOnce()
    {
        const QString id = orderWith(u"OPEN"_s);
        Result r = as(inA({u"evendi-close"_s, id}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stored(id).value("status"_L1).toString(), u"CLOSED"_s);
        const QJsonObject shown =
            QJsonDocument::fromJson(cli(inA({u"show"_s, id, u"--json"_s})).out.toUtf8()).object();
        QCOMPARE(shown[u"status"_s].toString(), u"CLOSED"_s);
        r = as(inA({u"evendi-close"_s, id}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"only an open order"_s), qPrintable(r.err));
    }

    void cancelNeedsASupervisorAndARefusedOrder()
    {
        const QString id = orderWith(u"REFUSED"_s);
        QVERIFY(!id.isEmpty());
        Result r = as(inA({u"evendi-cancel"_s, id}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--supervisor"_s), qPrintable(r.err));
        const QString open = orderWith(u"OPEN"_s);
        r = supervised(inA({u"evendi-cancel"_s, open, u"--supervisor"_s, u"chefe"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"refused"_s), qPrintable(r.err));
        r = supervised(inA({u"evendi-cancel"_s, id, u"--supervisor"_s, u"chefe"_s, u"--reason"_s,
                            u"pagamento recusado"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(stored(id).value("status"_L1).toString() != u"REFUSED"_s);
    }

    void refundWithTheBankAccountNotKept()
    {
        const QString id = orderWith(u"CLOSED"_s, u"boleto"_s);
        QVERIFY2(!id.isEmpty(), "the sandbox has a closed boleto order");
        const QStringList base{u"evendi-refund"_s, id,        u"--reason"_s, u"defeito"_s,
                               u"--supervisor"_s,  u"chefe"_s};
        Result r = supervised(inA(base));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"account-number"_s), qPrintable(r.err));
        QCOMPARE(stored(id).value("status"_L1).toString(), u"CLOSED"_s);
        r = supervised(
            inA(base + QStringList{u"--bank-code"_s, u"341"_s, u"--agency"_s, u"0123"_s,
                                   u"--account-number"_s, u"4455667"_s, u"--dv-account"_s, u"8"_s,
                                   u"--account-type"_s, u"conta_corrente"_s, u"--document-type"_s,
                                   u"cpf"_s, u"--document-number"_s, u"52998224725"_s,
                                   u"--holder-name"_s, u"Maria da Silva"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stored(id).value("status"_L1).toString(), u"REVERSED"_s);
        const Result outbox = cli({u"outbox"_s, u"--json"_s});
        QVERIFY(outbox.out.contains(u"defeito"_s));
        QVERIFY2(!outbox.out.contains(u"4455667"_s), qPrintable(outbox.out));
        QVERIFY(!outbox.out.contains(u"52998224725"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliEvendiActions)
#include "tst_cli_evendiactions.moc"
