// Header detection, column overrides, remembered mappings, and what the rows' values become
// (ids kept whole, mangled numbers and dates named), plus the report and failed-rows tables.
#include "importer/columnmapping.h"
#include "importer/importrows.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho::importer;

namespace {

Row textRow(const QStringList &texts, int offset = 0)
{
    Row row(offset);
    for (const QString &t : texts)
        row << (t.isEmpty() ? Cell{} : Cell{t, CellKind::Text, false});
    return row;
}

} // namespace

class TestImportRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headersInBothLanguages_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        const QList<std::pair<QString, Field>> cases{
            {u"Pedido"_s, Field::Order},
            {u"Número do pedido"_s, Field::Order},
            {u"Nº do Pedido"_s, Field::Order},
            {u"orderId"_s, Field::Order},
            {u"ORDER"_s, Field::Order},
            {u"Nota fiscal"_s, Field::Invoice},
            {u"NF"_s, Field::Invoice},
            {u"NF-e"_s, Field::Invoice},
            {u"invoiceNumber"_s, Field::Invoice},
            {u"Transportadora"_s, Field::Courier},
            {u"Carrier"_s, Field::Courier},
            {u"courier"_s, Field::Courier},
            {u"Rastreio"_s, Field::TrackingNumber},
            {u"Código de rastreio"_s, Field::TrackingNumber},
            {u"CODIGO DE RASTREAMENTO"_s, Field::TrackingNumber},
            {u"trackingNumber"_s, Field::TrackingNumber},
            {u"Tracking"_s, Field::TrackingNumber},
            {u"URL de rastreio"_s, Field::TrackingUrl},
            {u"Tracking URL"_s, Field::TrackingUrl},
            {u"Data de envio"_s, Field::Dispatched},
            {u"Dispatched"_s, Field::Dispatched},
            {u"Conta"_s, Field::Account},
            {u"Cliente"_s, Field::None},
            {u"Valor"_s, Field::None},
            {u"Código de rastreio (Correios)"_s, Field::TrackingNumber},
            {u"Link de rastreamento do pedido"_s, Field::TrackingUrl},
        };
        for (const auto &[h, f] : cases)
            QTest::newRow(qPrintable(h)) << h << int(f);
    }
    void headersInBothLanguages()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        QCOMPARE(int(fieldForHeader(header)), field);
    }

    void tableUnderATitleBlockAtB4()
    {
        Sheet sheet;
        sheet.rows << textRow({u"Transportadora Exemplo — relatório de postagens"_s}) << Row{}
                   << textRow({u"Gerado em 01/12/2026"_s})
                   << textRow({u"Pedido"_s, u"Objeto"_s, u"Serviço"_s, u"Transportadora"_s}, 1)
                   << textRow({u"1001"_s, u"AA123456785BR"_s, u"SEDEX"_s, u"Correios"_s}, 1);
        const auto mapping = detectColumns(sheet);
        QVERIFY(mapping);
        QCOMPARE(mapping->headerRow, 3);
        QCOMPARE(mapping->columnOf(Field::Order), 1);
        QCOMPARE(mapping->columnOf(Field::TrackingNumber), 2);
        QCOMPARE(mapping->columnOf(Field::Courier), 4);
        QCOMPARE(mapping->columnOf(Field::Invoice), -1);
        const QList<ImportRow> rows = extractRows(sheet, *mapping);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].fileRow, 5);
        QCOMPARE(rows[0].orderId, u"1001"_s);
        QCOMPARE(rows[0].cells.value(2), u"AA123456785BR"_s);
    }

    void noHeaderRow()
    {
        Sheet sheet;
        sheet.rows << textRow({u"a"_s, u"b"_s}) << textRow({u"1"_s, u"2"_s});
        QVERIFY(!detectColumns(sheet));
    }

    void overridesByHeaderOrLetter()
    {
        Sheet sheet;
        sheet.rows << textRow({u"Pedido"_s, u"Empresa"_s, u"Rastreio"_s, u"Obs"_s});
        auto mapping = detectColumns(sheet);
        QVERIFY(mapping);
        QString error;
        QVERIFY(applyOverrides(&*mapping, {u"empresa=courier"_s, u"D=tracking_number"_s}, &error));
        QCOMPARE(mapping->columnOf(Field::Courier), 1);
        QCOMPARE(mapping->columnOf(Field::TrackingNumber), 3); // moved from C
        QVERIFY(!mapping->fields.contains(2));
        QVERIFY(applyOverrides(&*mapping, {u"Pedido=none"_s}, &error));
        QCOMPARE(mapping->columnOf(Field::Order), -1);
        QVERIFY(!applyOverrides(&*mapping, {u"Pedido"_s}, &error));
        QVERIFY(error.contains(u"COLUMN=FIELD"_s));
        QVERIFY(!applyOverrides(&*mapping, {u"Nada=order"_s}, &error));
        QVERIFY(error.contains(u"Nada"_s));
        QVERIFY(!applyOverrides(&*mapping, {u"A=pedido"_s}, &error));
        QVERIFY(error.contains(u"pedido"_s));
    }

    void mappingRememberedPerLayout()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        Sheet sheet;
        sheet.rows << textRow({u"Pedido"_s, u"Empresa"_s, u"Rastreio"_s});
        auto mapping = detectColumns(sheet);
        QVERIFY(mapping);
        QString error;
        QVERIFY(applyOverrides(&*mapping, {u"Empresa=courier"_s}, &error));
        rememberMapping(settings, *mapping);
        auto again = detectColumns(sheet);
        QVERIFY(again && again->columnOf(Field::Courier) < 0);
        QVERIFY(applyRememberedMapping(settings, &*again));
        QCOMPARE(again->columnOf(Field::Courier), 1);
        // Another layout is not touched; the key ignores case and accents.
        Sheet other;
        other.rows << textRow({u"Pedido"_s, u"Rastreio"_s});
        auto third = detectColumns(other);
        QVERIFY(!applyRememberedMapping(settings, &*third));
        Sheet shouting;
        shouting.rows << textRow({u"PEDIDO"_s, u"EMPRESA"_s, u"RASTREIO"_s});
        auto fourth = detectColumns(shouting);
        QVERIFY(applyRememberedMapping(settings, &*fourth));
        QCOMPARE(fourth->columnOf(Field::Courier), 1);
    }

    void idsKeptAndMangledNumbersNamed()
    {
        Sheet sheet;
        sheet.rows << textRow({u"Pedido"_s, u"Nota fiscal"_s, u"Rastreio"_s});
        sheet.rows << Row{Cell{u"2710393603"_s, CellKind::Number, false},
                          Cell{u"4.4E+43"_s, CellKind::Number, true},
                          Cell{u"AA123456785BR"_s, CellKind::Text, false}};
        sheet.rows << textRow({u"2,71039E+09"_s, u"12"_s, u"AA123456785BR"_s});
        sheet.rows << textRow({u"1003"_s, u"13"_s, u"QB12345678\uFFFDBR"_s});
        const auto mapping = detectColumns(sheet);
        QVERIFY(mapping);
        const QList<ImportRow> rows = extractRows(sheet, *mapping);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].orderId, u"2710393603"_s);
        QCOMPARE(rows[0].status, RowStatus::Error);
        QVERIFY2(rows[0].message.contains(u"Nota fiscal is \"4.4E+43\""_s),
                 qPrintable(rows[0].message));
        QCOMPARE(rows[1].status, RowStatus::Error);
        QVERIFY(rows[1].message.contains(u"Pedido is \"2,71039E+09\""_s));
        QCOMPARE(rows[2].status, RowStatus::Error);
        QVERIFY(rows[2].message.contains(u"\uFFFD"_s));
    }

    void dates()
    {
        QString note;
        QCOMPARE(parseSheetDate(Cell{u"2026-12-01"_s, CellKind::Date, false}, &note),
                 QDateTime(QDate(2026, 12, 1), QTime(0, 0)));
        QCOMPARE(parseSheetDate(Cell{u"2026-12-01T14:30:00"_s, CellKind::Date, false}, &note),
                 QDateTime(QDate(2026, 12, 1), QTime(14, 30)));
        QCOMPARE(parseSheetDate(Cell{u"01/12/2026 14:30"_s, CellKind::Text, false}, &note),
                 QDateTime(QDate(2026, 12, 1), QTime(14, 30)));
        QCOMPARE(parseSheetDate(Cell{u"5/3/24"_s, CellKind::Text, false}, &note),
                 QDateTime(QDate(2024, 3, 5), QTime(0, 0)));
        QVERIFY(note.isEmpty());
        // 45627 is 2024-12-01 in Excel's 1900 system; the note says how it was read.
        QCOMPARE(parseSheetDate(Cell{u"45627"_s, CellKind::Number, false}, &note),
                 QDateTime(QDate(2024, 12, 1), QTime(0, 0)));
        QVERIFY(note.contains(u"45627"_s));
        note.clear();
        QCOMPARE(parseSheetDate(Cell{u"45627.5"_s, CellKind::Number, false}, &note),
                 QDateTime(QDate(2024, 12, 1), QTime(12, 0)));
        QVERIFY(!parseSheetDate(Cell{u"31/02/2026"_s, CellKind::Text, false}, &note).isValid());
        QVERIFY(!parseSheetDate(Cell{u"ontem"_s, CellKind::Text, false}, &note).isValid());
        QVERIFY(!parseSheetDate(Cell{u"123"_s, CellKind::Number, false}, &note).isValid());
    }

    void reportAndFailedRows()
    {
        ImportRow ok;
        ok.fileRow = 2;
        ok.cells = {u"1001"_s, u"AA123456785BR"_s};
        ok.orderId = u"1001"_s;
        ok.invoiceNumber = u"0012"_s;
        ok.trackingNumber = u"AA123456785BR"_s;
        ok.status = RowStatus::Sent;
        ImportRow bad = ok;
        bad.fileRow = 3;
        bad.cells = {u"1002"_s, u"x, \"y\""_s};
        bad.orderId = u"1002"_s;
        bad.fail(u"courier \"Zé\", unknown"_s);
        const QByteArray report = reportCsv({ok, bad});
        QCOMPARE(report, QByteArray("row,order,invoice,tracking_number,status,message\r\n"
                                    "2,1001,0012,AA123456785BR,sent,\r\n"
                                    "3,1002,0012,AA123456785BR,error,"
                                    "\"courier \"\"Z\xC3\xA9\"\", unknown\"\r\n"));
        const QList<QStringList> failed = failedRowsTable({ok, bad}, {u"Pedido"_s, u"Rastreio"_s});
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed[0], (QStringList{u"Pedido"_s, u"Rastreio"_s, u"Message"_s}));
        QCOMPARE(failed[1], (QStringList{u"1002"_s, u"x, \"y\""_s, u"courier \"Zé\", unknown"_s}));
        QVERIFY(toCsv(failed, true, u';').startsWith("\xEF\xBB\xBFPedido;Rastreio;Message\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestImportRows)
#include "tst_importrows.moc"
