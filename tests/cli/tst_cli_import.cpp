// despacho-cli import-tracking end to end: real processes, the real keychain, a real SQLite
// outbox, and the sandbox's VTEX and e-vendi stores on 127.0.0.1. The files are written as
// Excel and LibreOffice write them (Windows-1252 with ';', a one-sheet XLSX).
#include "cliprocess.h"
#include "core/validators.h"
#include "importer/importrows.h"
#include "importer/xlsxwriter.h"
#include "sandbox/sandboxserver.h"
#include "skiporfail.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using testing::CliResult;

namespace {

QString s10(const QString &prefix, int serial)
{
    const QString digits = u"%1"_s.arg(serial, 8, 10, QChar(u'0'));
    return prefix + digits + QString::number(s10CheckDigit(digits)) + u"BR"_s;
}

QString wrongDigit(const QString &code)
{
    QString c = code;
    c[10] = QChar(u'0' + (c[10].digitValue() + 1) % 10);
    return c;
}

// The report as rows of fields (header first).
QList<QStringList> parseReport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        // The messages may hold commas inside quotes; the first five fields never do.
        QStringList fields = line.section(u',', 0, 4).split(u',');
        QString message = line.section(u',', 5);
        if (message.startsWith(u'"'))
            message = message.mid(1, message.size() - 2).replace(u"\"\""_s, u"\""_s);
        rows << (fields << message);
    }
    return rows;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server{{.orders = 120, .evendiOrders = 20}};
    testing::CliProcess m_cli{m_dir.path(), {u"demo-token"_s, u"demo-evendi-token"_s}};
    int m_serial = 100;

    CliResult cli(const QStringList &args, const QHash<QString, QString> &env = {})
    {
        return m_cli.run(args, env);
    }
    CliResult as(const QStringList &args)
    {
        return cli(QStringList{u"--operator"_s, u"ana"_s} + args, {{u"DESPACHO_PIN"_s, u"1111"_s}});
    }
    QJsonArray orders(const QString &account, const QString &status)
    {
        return QJsonDocument::fromJson(cli({u"orders"_s, u"--account"_s, account, u"--status"_s,
                                            status, u"--json"_s, u"--limit"_s, u"500"_s})
                                           .out.toUtf8())
            .array();
    }
    QStringList invoicedWithOneInvoice(int n)
    {
        QStringList ids;
        for (const auto &o : orders(u"Loja"_s, u"invoiced"_s)) {
            const QString id = o[u"orderId"_s].toString();
            const QJsonArray packages =
                m_server.order(id)["packageAttachment"_L1]["packages"_L1].toArray();
            if (packages.size() == 1 && !m_used.contains(id)) {
                ids << id;
                m_used.insert(id);
            }
            if (ids.size() == n)
                break;
        }
        return ids;
    }
    QString invoiceOf(const QString &id)
    {
        return m_server.order(id)["packageAttachment"_L1]["packages"_L1][0]["invoiceNumber"_L1]
            .toString();
    }
    QString trackingOf(const QString &id)
    {
        return m_server.order(id)["packageAttachment"_L1]["packages"_L1][0]["trackingNumber"_L1]
            .toString();
    }
    QString writeWin1252(const QString &name, const QList<QStringList> &table)
    {
        const QString text = QString::fromUtf8(importer::toCsv(table, false, u';'));
        QStringEncoder encoder("windows-1252");
        const QByteArray bytes =
            encoder.isValid() ? QByteArray(encoder.encode(text)) : text.toLatin1();
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    int commandCount()
    {
        return int(
            QJsonDocument::fromJson(cli({u"outbox"_s, u"--json"_s}).out.toUtf8()).array().size());
    }
    QSet<QString> m_used;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        CliResult r =
            cli({u"account"_s, u"add-vtex"_s, u"Loja"_s, u"--account"_s, u"demo"_s, u"--app-key"_s,
                 u"demo-key"_s, u"--base-url"_s, m_server.baseUrl().toString()},
                {{u"DESPACHO_VTEX_APP_TOKEN"_s, u"demo-token"_s}});
        if (r.code == 5)
            DESPACHO_SKIP_OR_FAIL("no secret service answers on the session bus: run under "
                                  "an unlocked gnome-keyring, as tests/run-all.sh does");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString api = m_server.baseUrl().resolved(QUrl(u"/api/"_s)).toString();
        r = cli({u"account"_s, u"add-evendi"_s, u"Market"_s, u"--organization"_s, u"1001"_s,
                 u"--env"_s, u"dev"_s, u"--base-url"_s, api},
                {{u"DESPACHO_EVENDI_TOKEN"_s, u"demo-evendi-token"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"operator"_s, u"add"_s, u"chefe"_s, u"--role"_s, u"supervisor"_s},
                {{u"DESPACHO_NEW_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"operator"_s, u"add"_s, u"ana"_s, u"--role"_s, u"operator"_s, u"--supervisor"_s,
                 u"chefe"_s},
                {{u"DESPACHO_NEW_PIN"_s, u"1111"_s}, {u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({u"sync"_s, u"--since"_s, u"2020-01-01"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    }

    // A mixed batch: good rows go, bad rows are named, the report says which is which, and the
    // same file again sends nothing.
    void mixedBatchThenReimport()
    {
        const QStringList vtex = invoicedWithOneInvoice(5);
        QCOMPARE(vtex.size(), 5);
        const QJsonArray open = orders(u"Market"_s, u"OPEN"_s);
        QVERIFY(open.size() >= 1);
        const QString evendiId = open[0][u"orderId"_s].toString();
        QString handlingId;
        for (const auto &o : orders(u"Loja"_s, u"handling"_s)) {
            if (!m_used.contains(o[u"orderId"_s].toString())) {
                handlingId = o[u"orderId"_s].toString();
                break;
            }
        }
        QVERIFY(!handlingId.isEmpty());
        const QString code0 = s10(u"QB"_s, m_serial++);
        const QString code1 = s10(u"QB"_s, m_serial++);
        const QString code2 = s10(u"SS"_s, m_serial++);
        const QString code4 = s10(u"QB"_s, m_serial++);
        const QString evendiCode = s10(u"QB"_s, m_serial++);
        const QList<QStringList> table{
            {u"Relatório de envios — dezembro"_s}, // a title block above the table
            {},
            {u"Número do pedido"_s, u"Nota fiscal"_s, u"Transportadora"_s, u"Código de rastreio"_s,
             u"Data de envio"_s},
            {vtex[0], invoiceOf(vtex[0]), u"Correios"_s, code0, u"01/12/2026 14:30"_s},
            {vtex[1], {}, u"SEDEX"_s, code1, {}}, // the only invoice; a service
            {vtex[2], invoiceOf(vtex[2]), u"Correios"_s, wrongDigit(code2), {}}, // check digit
            {vtex[3], invoiceOf(vtex[3]), u"Transportes Zé"_s, u"ZE123"_s, {}},  // unknown courier
            {vtex[0], invoiceOf(vtex[0]), u"Correios"_s, code0, {}}, // duplicate of row 4
            {u"2,71039E+09"_s, u"12"_s, u"Correios"_s, code4, {}},   // Excel mangled the id
            {handlingId, {}, u"Correios"_s, code4, {}},              // no invoice yet
            {u"9999999999999-01"_s, {}, u"Correios"_s, code4, {}},   // unknown order
            {evendiId, {}, {}, evendiCode, {}},                      // e-vendi, no courier
            {vtex[4], invoiceOf(vtex[4]), u"Correios"_s, u"AB12"_s, u"ontem"_s}, // bad date
        };
        const QString file = writeWin1252(u"batch.csv"_s, table);
        const QString report = m_dir.filePath(u"report.csv"_s);
        const int before = commandCount();
        CliResult r = as({u"import-tracking"_s, file, u"--report"_s, report});
        QVERIFY2(r.code == 4, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(u"windows-1252"_s), qPrintable(r.err));
        const QList<QStringList> rows = parseReport(report);
        QCOMPARE(rows.value(0), (QStringList{u"row"_s, u"order"_s, u"invoice"_s,
                                             u"tracking_number"_s, u"status"_s, u"message"_s}));
        QCOMPARE(rows.size(), 11); // header + 10 data rows (title block and blank line skipped)
        auto row = [&](int fileRow) {
            for (const QStringList &line : rows) {
                if (line.value(0) == QString::number(fileRow))
                    return line;
            }
            return QStringList{};
        };
        QCOMPARE(row(4).value(4), u"sent"_s);
        QCOMPARE(row(4).value(2), invoiceOf(vtex[0]));
        QCOMPARE(row(5).value(4), u"sent"_s);
        QCOMPARE(row(5).value(2), invoiceOf(vtex[1])); // the order's only invoice was used
        QCOMPARE(row(6).value(4), u"error"_s);
        QVERIFY2(row(6).value(5).contains(u"check digit"_s), qPrintable(row(6).join(u'|')));
        QCOMPARE(row(7).value(4), u"error"_s);
        QVERIFY2(row(7).value(5).contains(u"Transportes Zé"_s), qPrintable(row(7).join(u'|')));
        QCOMPARE(row(8).value(4), u"duplicate-in-file"_s);
        QVERIFY(row(8).value(5).contains(u"row 4"_s));
        QCOMPARE(row(9).value(4), u"error"_s);
        QVERIFY2(row(9).value(5).contains(u"lost its digits"_s), qPrintable(row(9).join(u'|')));
        QCOMPARE(row(10).value(4), u"error"_s);
        QVERIFY2(row(10).value(5).contains(u"no invoice yet"_s), qPrintable(row(10).join(u'|')));
        QCOMPARE(row(11).value(4), u"error"_s);
        QVERIFY2(row(11).value(5).contains(u"not found in Loja, Market"_s),
                 qPrintable(row(11).join(u'|')));
        QCOMPARE(row(12).value(4), u"sent"_s);
        QCOMPARE(row(13).value(4), u"error"_s);
        QVERIFY2(row(13).value(5).contains(u"ontem"_s), qPrintable(row(13).join(u'|')));
        // The stores have exactly what the sent rows said, and the rest is untouched.
        QCOMPARE(trackingOf(vtex[0]), code0);
        QCOMPARE(trackingOf(vtex[1]), code1);
        QCOMPARE(m_server.order(vtex[1])["packageAttachment"_L1]["packages"_L1][0]["courier"_L1]
                     .toString(),
                 u"Correios"_s);
        QVERIFY(trackingOf(vtex[2]) != wrongDigit(code2));
        QCOMPARE(m_server.evendiOrder(evendiId).value("trackingCode"_L1).toString(), evendiCode);
        QCOMPARE(commandCount(), before + 3);

        // The same file again: what was sent is already applied, nothing new is queued.
        const QString again = m_dir.filePath(u"again.csv"_s);
        r = as({u"import-tracking"_s, file, u"--report"_s, again});
        QCOMPARE(r.code, 4);
        const QList<QStringList> second = parseReport(again);
        int applied = 0;
        for (const QStringList &line : second)
            applied += line.value(4) == u"already-applied"_s;
        QCOMPARE(applied, 4); // rows 4, 5 and 12, and row 8 (row 4's duplicate)
        QCOMPARE(commandCount(), before + 3);
    }

    void dryRunQueuesNothingAndNeedsNoOperator()
    {
        const QStringList vtex = invoicedWithOneInvoice(2);
        const QList<QStringList> table{
            {u"Order"_s, u"Invoice"_s, u"Courier"_s, u"Tracking"_s},
            {vtex[0], invoiceOf(vtex[0]), u"Correios"_s, s10(u"PM"_s, m_serial++)},
            {vtex[1], invoiceOf(vtex[1]), u"Jadlog"_s, u"JD0001"_s}};
        QString error;
        const QString file = m_dir.filePath(u"dry.xlsx"_s);
        QVERIFY2(importer::writeXlsx(file, u"Envios"_s, table, &error), qPrintable(error));
        const int before = commandCount();
        const QString tracking0 = trackingOf(vtex[0]);
        const CliResult r = cli({u"import-tracking"_s, file, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out[u"counts"_s][u"dry-run-ok"_s].toInt(), 2);
        for (const auto &row : out[u"rows"_s].toArray())
            QCOMPARE(row[u"status"_s].toString(), u"dry-run-ok"_s);
        // The Jadlog row got its tracking page from the carrier's template.
        QVERIFY(out[u"rows"_s][1][u"trackingUrl"_s].toString().contains(u"JD0001"_s));
        QCOMPARE(commandCount(), before);
        QCOMPARE(trackingOf(vtex[0]), tracking0);
    }

    // Orders cached before their packages were indexed (migration 9) are checked from their
    // JSON, and what that decoded is indexed afterwards: the next check of them reads no JSON.
    void ordersStoredBeforeTheIndexAreIndexedByACheck()
    {
        const QStringList vtex = invoicedWithOneInvoice(2);
        const auto packagesOf = [this](const QString &orderId) {
            storage::Database db(m_dir.filePath(u"despacho.sqlite"_s));
            if (!db.open().ok())
                return QVariant();
            QSqlQuery q(db.connection());
            q.prepare(u"SELECT packages FROM orders WHERE order_id = ?"_s);
            q.addBindValue(orderId);
            return q.exec() && q.next() ? q.value(0) : QVariant();
        };
        QVariantList indexed;
        {
            storage::Database db(m_dir.filePath(u"despacho.sqlite"_s));
            QVERIFY(db.open().ok());
            for (const QString &id : vtex) {
                indexed << packagesOf(id);
                QVERIFY(!indexed.last().isNull());
                QSqlQuery q(db.connection());
                q.prepare(u"UPDATE orders SET packages = NULL WHERE order_id = ?"_s);
                q.addBindValue(id);
                QVERIFY(q.exec());
            }
        }
        const QString file = writeWin1252(
            u"old.csv"_s, {{u"Pedido"_s, u"Nota"_s, u"Transportadora"_s, u"Rastreio"_s},
                           {vtex[0], invoiceOf(vtex[0]), u"Correios"_s, s10(u"QB"_s, m_serial++)},
                           {vtex[1], invoiceOf(vtex[1]), u"Correios"_s, s10(u"QB"_s, m_serial++)}});
        const CliResult r = cli({u"import-tracking"_s, file, u"--dry-run"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"2 checked (dry run)"_s), qPrintable(r.out));
        for (int i = 0; i < vtex.size(); ++i)
            QCOMPARE(packagesOf(vtex[i]), indexed[i]);
    }

    void orderNotInTheCacheIsFetched()
    {
        const QStringList vtex = invoicedWithOneInvoice(1);
        {
            storage::Database db(m_dir.filePath(u"despacho.sqlite"_s));
            QVERIFY(db.open().ok());
            QSqlQuery q(db.connection());
            q.prepare(u"DELETE FROM orders WHERE order_id = ?"_s);
            q.addBindValue(vtex[0]);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
        }
        const QString code = s10(u"QB"_s, m_serial++);
        const QString file =
            writeWin1252(u"fetch.csv"_s, {{u"Pedido"_s, u"Rastreio"_s, u"Transportadora"_s},
                                          {vtex[0], code, u"Correios"_s}});
        const CliResult r = as({u"import-tracking"_s, file});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(trackingOf(vtex[0]), code);
    }

    void mappingByFlagIsRemembered()
    {
        const QStringList vtex = invoicedWithOneInvoice(2);
        const QString file =
            writeWin1252(u"cols.csv"_s, {{u"Col1"_s, u"Col2"_s, u"Col3"_s},
                                         {vtex[0], u"Correios"_s, s10(u"QB"_s, m_serial++)}});
        CliResult r = cli({u"import-tracking"_s, file, u"--dry-run"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"--map"_s), qPrintable(r.err));
        // Col1 is not recognised, so there is no header row: columns by letter read every row.
        r = cli({u"import-tracking"_s, file, u"--dry-run"_s, u"--map"_s, u"A=order"_s, u"--map"_s,
                 u"B=courier"_s, u"--map"_s, u"C=tracking_number"_s, u"--json"_s});
        QCOMPARE(r.code, 4); // the header line itself is a row whose order is unknown
        const QString named =
            writeWin1252(u"named.csv"_s, {{u"Pedido"_s, u"Empresa"_s, u"Objeto postal"_s},
                                          {vtex[1], u"Correios"_s, s10(u"QB"_s, m_serial++)}});
        r = cli({u"import-tracking"_s, named, u"--dry-run"_s, u"--map"_s, u"Empresa=courier"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"B=courier"_s), qPrintable(r.err));
        // Remembered for this header layout.
        r = cli({u"import-tracking"_s, named, u"--dry-run"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"B=courier"_s), qPrintable(r.err));
        r = cli({u"import-tracking"_s, named, u"--dry-run"_s, u"--map"_s, u"Empresa=nonsense"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"nonsense"_s));
    }

    void watchFolderOnce()
    {
        const QString folder = m_dir.filePath(u"drop"_s);
        QVERIFY(QDir().mkpath(folder));
        const QStringList vtex = invoicedWithOneInvoice(3);
        const QString good = s10(u"QB"_s, m_serial++);
        const QList<QStringList> table{{u"Pedido"_s, u"Rastreio"_s, u"Transportadora"_s},
                                       {vtex[0], good, u"Correios"_s},
                                       {vtex[1], u"ZZ1"_s, u"Correios"_s}};
        QFile::copy(writeWin1252(u"mixed.csv"_s, table), folder + u"/envios.csv"_s);
        // Without --auto-send a person confirms: the file stays where it is.
        CliResult r = cli({u"watch-folder"_s, folder, u"--once"_s, u"--settle-ms"_s, u"0"_s});
        QVERIFY2(r.code == 4, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(u"waiting for a person"_s), qPrintable(r.out));
        QVERIFY(QFile::exists(folder + u"/envios.csv"_s));
        QVERIFY(trackingOf(vtex[0]) != good);
        // Auto-send needs a supervisor.
        r = as({u"watch-folder"_s, folder, u"--once"_s, u"--auto-send"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--supervisor"_s));
        const QHash<QString, QString> pins{{u"DESPACHO_PIN"_s, u"1111"_s},
                                           {u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s}};
        const QStringList autoSend{
            u"--operator"_s,  u"ana"_s,          u"watch-folder"_s, folder,           u"--once"_s,
            u"--auto-send"_s, u"--supervisor"_s, u"chefe"_s,        u"--settle-ms"_s, u"0"_s};
        r = cli(autoSend, pins);
        QVERIFY2(r.code == 4, qPrintable(r.err + r.out));
        QVERIFY(!QFile::exists(folder + u"/envios.csv"_s));
        QVERIFY(QFile::exists(folder + u"/failed/envios.csv"_s));
        const QList<QStringList> report = parseReport(folder + u"/failed/envios.report.csv"_s);
        QCOMPARE(report.size(), 3);
        QCOMPARE(report[1].value(4), u"sent"_s);
        QCOMPARE(report[2].value(4), u"error"_s);
        QCOMPARE(trackingOf(vtex[0]), good);
        // A clean file goes to done/; the same file dropped again applies nothing twice.
        const QString second = s10(u"QB"_s, m_serial++);
        const QString clean =
            writeWin1252(u"clean.csv"_s, {{u"Pedido"_s, u"Rastreio"_s, u"Transportadora"_s},
                                          {vtex[2], second, u"Correios"_s}});
        QVERIFY(QFile::copy(clean, folder + u"/lote.csv"_s));
        r = cli(autoSend, pins);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(QFile::exists(folder + u"/done/lote.csv"_s));
        QCOMPARE(trackingOf(vtex[2]), second);
        const int before = commandCount();
        QVERIFY(QFile::copy(clean, folder + u"/lote.csv"_s));
        r = cli(autoSend, pins);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QCOMPARE(commandCount(), before);
        const QStringList done = QDir(folder + u"/done"_s).entryList({u"lote-*.report.csv"_s});
        QCOMPARE(done.size(), 1);
        const QList<QStringList> again = parseReport(folder + u"/done/"_s + done.first());
        QCOMPARE(again.value(1).value(4), u"already-applied"_s);
        // A file that cannot be read at all is filed with a report saying why.
        QFile xls(folder + u"/velho.xls"_s);
        QVERIFY(xls.open(QIODevice::WriteOnly));
        xls.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(64, 'x'));
        xls.close();
        r = cli(autoSend, pins);
        QCOMPARE(r.code, 4);
        QVERIFY(QFile::exists(folder + u"/failed/velho.xls"_s));
        QVERIFY(parseReport(folder + u"/failed/velho.report.csv"_s)
                    .value(1)
                    .value(5)
                    .contains(u".xlsx"_s));
    }

    // A file still being copied is not read until it stops changing.
    void watchFolderWaitsForAFileToSettle()
    {
        const QString folder = m_dir.filePath(u"slow"_s);
        QVERIFY(QDir().mkpath(folder));
        const QStringList vtex = invoicedWithOneInvoice(2);
        const QString first = s10(u"QB"_s, m_serial++);
        const QString last = s10(u"QB"_s, m_serial++);
        QProcess watcher;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"DESPACHO_DATA_DIR"_s, m_dir.path());
        e.insert(u"DESPACHO_PIN"_s, u"1111"_s);
        e.insert(u"DESPACHO_SUPERVISOR_PIN"_s, u"9999"_s);
        watcher.setProcessEnvironment(e);
        watcher.start(QStringLiteral(DESPACHO_CLI_PATH),
                      {u"--operator"_s, u"ana"_s, u"watch-folder"_s, folder, u"--auto-send"_s,
                       u"--supervisor"_s, u"chefe"_s, u"--settle-ms"_s, u"1500"_s});
        QVERIFY(watcher.waitForStarted());
        QFile f(folder + u"/parcial.csv"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Pedido;Rastreio;Transportadora\r\n");
        f.write((vtex[0] + u";"_s + first + u";Correios\r\n"_s).toUtf8());
        f.flush();
        QTest::qWait(800); // the copy is still going
        QVERIFY(QFile::exists(folder + u"/parcial.csv"_s));
        f.write((vtex[1] + u";"_s + last + u";Correios\r\n"_s).toUtf8());
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(folder + u"/done/parcial.csv"_s), 30000);
        watcher.kill();
        watcher.waitForFinished();
        QCOMPARE(trackingOf(vtex[0]), first);
        QCOMPARE(trackingOf(vtex[1]), last);
        QCOMPARE(parseReport(folder + u"/done/parcial.report.csv"_s).size(), 3);
    }

    void unreadableFiles()
    {
        const QString xls = m_dir.filePath(u"old.xls"_s);
        QFile f(xls);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, 'x'));
        f.close();
        CliResult r = cli({u"import-tracking"_s, xls, u"--dry-run"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u".xlsx"_s), qPrintable(r.err));
        r = cli({u"import-tracking"_s, m_dir.filePath(u"missing.csv"_s), u"--dry-run"_s});
        QCOMPARE(r.code, 1);
        r = cli({u"import-tracking"_s, xls, u"--dry-run"_s, u"--encoding"_s, u"ebcdic"_s});
        QCOMPARE(r.code, 2);
        r = cli({u"import-tracking"_s, xls});
        QCOMPARE(r.code, 1); // no operator
        QVERIFY(r.err.contains(u"--operator"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
