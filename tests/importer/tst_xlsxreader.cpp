// The XLSX reader over workbooks written by openpyxl and LibreOffice and over hand-made packages
// for what other writers do (data/make_xlsx_fixtures.py), the refusals, and the writer's
// round trip through the reader.
#include "importer/xlsxparts.h"
#include "importer/xlsxreader.h"
#include "importer/xlsxwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho::importer;

namespace despacho::importer {
char *toString(const Cell &cell)
{
    static const char *const kinds[] = {"Empty", "Text", "Number", "Date", "Boolean", "Error"};
    return QTest::toString(QString::fromLatin1(kinds[int(cell.kind)]) + u" \""_s + cell.text +
                           (cell.lostDigits ? u"\" lostDigits"_s : u"\""_s));
}
} // namespace despacho::importer

namespace {

QString path(const char *name)
{
    return QStringLiteral(DESPACHO_TEST_DATA "/") + QLatin1StringView(name);
}

QByteArray fixture(const char *name)
{
    QFile f(path(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

Cell text(const QString &s)
{
    return {s, CellKind::Text};
}
Cell number(const QString &s, bool lostDigits = false)
{
    return {s, CellKind::Number, lostDigits};
}
Cell date(const QString &s)
{
    return {s, CellKind::Date};
}

QStringList names(const QList<SheetInfo> &sheets)
{
    QStringList out;
    for (const SheetInfo &s : sheets)
        out << s.name;
    return out;
}

// S10 check digit (weights 8 6 4 2 3 5 9 7; 10 → 0, 11 → 5).
bool validS10(const QString &code)
{
    static const int weights[] = {8, 6, 4, 2, 3, 5, 9, 7};
    if (code.size() != 13)
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += code.at(2 + i).digitValue() * weights[i];
    int check = 11 - sum % 11;
    check = check == 10 ? 0 : check == 11 ? 5 : check;
    return code.at(10).digitValue() == check;
}

// Reads one sheet of a fixture, failing the test (with the reader's message) when it cannot.
#define READ_SHEET(var, file, sheetName)                                                           \
    XlsxReader var##Reader;                                                                        \
    ReadError var##Error;                                                                          \
    QVERIFY2(var##Reader.open(path(file), &var##Error), qPrintable(var##Error.message));           \
    const std::optional<Sheet> var = var##Reader.readSheet(sheetName, &var##Error);                \
    QVERIFY2(var, qPrintable(var##Error.message))

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openpyxlNumbersKeepTheirDigits()
    {
        READ_SHEET(sheet, "ids.xlsx", u"Pedidos"_s);
        QCOMPARE(sheet->cell(0, 0), text(u"Pedido"_s));
        QCOMPARE(sheet->cell(1, 0), number(u"2710393603"_s));
        QCOMPARE(sheet->cell(1, 1), number(u"12"_s)); // typed 0012 in a General cell
        QCOMPARE(sheet->cell(1, 2), number(u"3.5240112345678e+43"_s, true));
        QCOMPARE(sheet->cell(1, 3), number(u"12.5"_s));
        QCOMPARE(sheet->cell(1, 4), (Cell{u"TRUE"_s, CellKind::Boolean}));
        QCOMPARE(sheet->cell(2, 2), text(u"35240112345678000190550010000012341000012340"_s));
        QCOMPARE(sheet->cell(2, 3), number(u"0.1"_s));
        QCOMPARE(sheet->cell(2, 4), (Cell{u"FALSE"_s, CellKind::Boolean}));
        QCOMPARE(sheet->cell(3, 0), text(u"0012"_s));
        QCOMPARE(sheet->cell(3, 1), text(u"2710393603"_s));
        QCOMPARE(sheet->cell(3, 3), number(u"-3"_s));
        QCOMPARE(sheet->cell(3, 4), Cell{}); // a formula never calculated has no value
        QCOMPARE(sheet->rows.size(), 4);
    }

    void storedNumberLiterals()
    {
        READ_SHEET(sheet, "cells.xlsx", u"Células"_s);
        QCOMPARE(sheet->cell(6, 0), number(u"2710393603"_s));
        QCOMPARE(sheet->cell(6, 1), number(u"2710393603"_s)); // 2.710393603E9
        QCOMPARE(sheet->cell(6, 2), number(u"2710393603"_s)); // 2710393603.0
        QCOMPARE(sheet->cell(6, 3),
                 number(u"35240112345678000190550010000012341000012340"_s, true));
        QCOMPARE(sheet->cell(6, 4), number(u"4.4E+43"_s, true));
        QCOMPARE(sheet->cell(6, 5), number(u"12.5"_s));
        QCOMPARE(sheet->cell(6, 6), number(u"0.1"_s));
        QCOMPARE(sheet->cell(6, 7), number(u"1234567890123456"_s, true));
        QCOMPARE(sheet->cell(6, 8), number(u"-7"_s));
        QCOMPARE(sheet->cell(6, 9), number(u"3"_s));
        QCOMPARE(sheet->cell(6, 10), number(u"1e15"_s, true));
        QCOMPARE(sheet->cell(6, 11), number(u"999999999999999"_s));
    }

    void sharedStringsKeepTheirIndex()
    {
        READ_SHEET(sheet, "cells.xlsx", u"Células"_s);
        QCOMPARE(sheet->cell(0, 0), text(u"zero"_s));
        QCOMPARE(sheet->cell(0, 1), text(QString()));       // <si/>
        QCOMPARE(sheet->cell(0, 2), text(QString()));       // <si><t/></si>
        QCOMPARE(sheet->cell(0, 3), text(u"rico texto"_s)); // runs joined, phonetic left out
        QCOMPARE(sheet->cell(0, 4), text(u"linha 1\r\nlinha 2"_s));
        QCOMPARE(sheet->cell(0, 5), text(u"_x000D_ literal e A"_s));
        QCOMPARE(sheet->cell(0, 6), text(u"a\r\nb"_s));
        QCOMPARE(sheet->cell(0, 7), text(QString())); // index 999 of 7
        QCOMPARE(sheet->cell(0, 8), text(QString())); // index -1
    }

    void cellTypes()
    {
        READ_SHEET(sheet, "cells.xlsx", u"Células"_s);
        QCOMPARE(sheet->cell(1, 0), text(u"em linha"_s)); // the stray <v> is ignored
        QCOMPARE(sheet->cell(1, 1), text(u"rico"_s));
        QCOMPARE(sheet->cell(1, 2), text(u"fórmula"_s));
        QCOMPARE(sheet->cell(1, 3), (Cell{u"TRUE"_s, CellKind::Boolean}));
        QCOMPARE(sheet->cell(1, 4), (Cell{u"FALSE"_s, CellKind::Boolean}));
        QCOMPARE(sheet->cell(1, 5), (Cell{u"#N/A"_s, CellKind::Error}));
        QCOMPARE(sheet->cell(1, 6), Cell{});
        QCOMPARE(sheet->cell(1, 7), Cell{});
        QCOMPARE(sheet->cell(1, 8), text(u"x"_s));
    }

    void cellsAndRowsWithoutReferences()
    {
        READ_SHEET(sheet, "cells.xlsx", u"Células"_s);
        QCOMPARE(sheet->cell(2, 0), number(u"45356"_s)); // s="" is style 0, not a date
        QCOMPARE(sheet->cell(2, 1), number(u"2"_s));
        QCOMPARE(sheet->cell(2, 2), Cell{});
        QCOMPARE(sheet->cell(2, 3), number(u"4"_s));
        QCOMPARE(sheet->cell(2, 4), number(u"5"_s));
        QCOMPARE(sheet->rows[3], (Row{number(u"10"_s)}));
        QCOMPARE(sheet->cell(4, 1), date(u"2024-03-05"_s));
        QCOMPARE(sheet->cell(4, 2), number(u"1"_s)); // style index past cellXfs
        QVERIFY(sheet->rows[5].isEmpty());
        QCOMPARE(sheet->rows[7].size(), 16384); // XFD8; XFE8 does not exist
        QCOMPARE(sheet->cell(7, 16383), number(u"1"_s));
        QCOMPARE(sheet->rows.size(), 8);
    }

    void dateFormats()
    {
        READ_SHEET(sheet, "dates.xlsx", u"Envios"_s);
        QCOMPARE(sheet->cell(1, 0), date(u"2024-03-05"_s));
        QCOMPARE(sheet->cell(1, 1), date(u"2024-12-31"_s));          // dd/mm/yyyy
        QCOMPARE(sheet->cell(1, 2), date(u"2024-03-05T14:30:15"_s)); // a datetime
        QCOMPARE(sheet->cell(1, 3), date(u"2023-01-02"_s));          // built-in 14
        QCOMPARE(sheet->cell(1, 4), date(u"1899-12-31T08:15:00"_s)); // hh:mm on day 0
    }

    void serial1900System()
    {
        READ_SHEET(sheet, "serials.xlsx", u"Seriais"_s);
        QCOMPARE(sheet->cell(0, 0), date(u"1900-01-01"_s));
        QCOMPARE(sheet->cell(0, 1), date(u"1900-02-28"_s));
        QCOMPARE(sheet->cell(0, 2), date(u"1900-02-29"_s)); // the day Excel invented
        QCOMPARE(sheet->cell(0, 3), date(u"1900-03-01"_s));
        QCOMPARE(sheet->cell(0, 4), date(u"1899-12-31"_s));
        QCOMPARE(sheet->cell(0, 5), date(u"2024-03-05"_s)); // date-only format: no time
        QCOMPARE(sheet->cell(0, 6), number(u"-1"_s));
        QCOMPARE(sheet->cell(0, 7), number(u"3000000"_s));
        QCOMPARE(sheet->cell(1, 0), date(u"2024-03-05T18:00:00"_s));
        QCOMPARE(sheet->cell(1, 1), date(u"1900-02-29T12:00:00"_s));
        QCOMPARE(sheet->cell(1, 2), date(u"2024-03-06T00:00:00"_s));
        QCOMPARE(sheet->cell(1, 3), date(u"1899-12-31T12:00:00"_s));
    }

    void date1904System()
    {
        READ_SHEET(sheet, "date1904.xlsx", u"Mac"_s);
        QCOMPARE(sheet->cell(1, 0), date(u"2024-03-05"_s));
        QCOMPARE(sheet->cell(2, 0), date(u"1904-01-01"_s));
    }

    void customNumberFormats()
    {
        READ_SHEET(sheet, "numfmts.xlsx", u"Formatos"_s);
        const QList<Cell> expected{
            number(u"45356.5"_s), // id 14 redefined as 0.00
            date(u"2024-03-05"_s),
            date(u"2024-03-05"_s),          // [$-416]d\ mmmm\ yyyy;@
            date(u"2024-03-05T12:00:00"_s), // [h]:mm
            number(u"45356.5"_s),           // 0.00 "dias"
            number(u"45356.5"_s),           // #,##0
            number(u"45356.5"_s),           // @
            number(u"45356.5"_s),           // General
            number(u"45356.5"_s),           // [Red][<0]0.00;0.00
            number(u"45356.5"_s),           // _-* #,##0.00_-;\-* #,##0.00_-
            date(u"2024-03-05T12:00:00"_s), // yyyy-mm-dd hh:mm:ss
            number(u"45356.5"_s),           // "Dia" 0
            number(u"45356.5"_s),           // 0.00E+00
            date(u"2024-03-05T12:00:00"_s), // built-in 22
        };
        QCOMPARE(sheet->rows[0], expected);
    }

    void formatCodeTokens_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("flags");
        const int d = xlsx::DateFormat;
        const int dt = xlsx::DateFormat | xlsx::TimeFormat;
        QTest::newRow("general") << u"General"_s << 0;
        QTest::newRow("decimals") << u"0.00"_s << 0;
        QTest::newRow("thousands") << u"#,##0"_s << 0;
        QTest::newRow("text") << u"@"_s << 0;
        QTest::newRow("quoted") << u"0 \"dias\""_s << 0;
        QTest::newRow("escaped") << u"0\\d"_s << 0;
        QTest::newRow("locale") << u"[$-416]0.00"_s << 0;
        QTest::newRow("currency") << u"[$R$-416] #,##0.00"_s << 0;
        QTest::newRow("dmy") << u"dd/mm/yyyy"_s << d;
        QTest::newRow("locale date") << u"[$-416]d\\ mmmm\\ yyyy;@"_s << d;
        QTest::newRow("elapsed") << u"[h]:mm"_s << dt;
        QTest::newRow("minutes seconds") << u"mm:ss"_s << dt;
        QTest::newRow("am/pm") << u"h:mm AM/PM"_s << dt;
        QTest::newRow("iso") << u"yyyy\\-mm\\-dd"_s << d;
    }
    void formatCodeTokens()
    {
        QFETCH(QString, code);
        QFETCH(int, flags);
        QCOMPARE(int(xlsx::formatCodeFlags(code)), flags);
    }

    void escapesAndTargets()
    {
        QCOMPARE(xlsx::decodeEscapes(u"a_x000D_b_x005F_x000A_c_x41_"_s), u"a\rb_x000A_c_x41_"_s);
        QCOMPARE(xlsx::resolveTarget(u"xl/"_s, u"worksheets/sheet1.xml"_s),
                 u"xl/worksheets/sheet1.xml"_s);
        QCOMPARE(xlsx::resolveTarget(u"xl/"_s, u"/xl/worksheets/a.xml"_s),
                 u"xl/worksheets/a.xml"_s);
        QCOMPARE(xlsx::resolveTarget(u"xl/worksheets/"_s, u"../../../x.xml"_s), u"x.xml"_s);
        QCOMPARE(xlsx::resolveTarget(QString(), u"./workbook.xml"_s), u"workbook.xml"_s);
        QCOMPARE(xlsx::relsPartOf(u"workbook.xml"_s), u"_rels/workbook.xml.rels"_s);
    }

    void partsFoundThroughRelationships()
    {
        XlsxReader reader;
        ReadError error;
        QVERIFY2(reader.open(path("noxl.xlsx"), &error), qPrintable(error.message));
        QCOMPARE(names(reader.sheets()), (QStringList{u"Primeira"_s, u"Segunda"_s, u"Terceira"_s}));
        QCOMPARE(reader.readSheet(u"Primeira"_s, &error)->cell(0, 0), text(u"compartilhada"_s));
        QCOMPARE(reader.readSheet(u"Segunda"_s, &error)->cell(0, 0), number(u"2"_s));
        QCOMPARE(reader.readSheet(u"Terceira"_s, &error)->cell(0, 0), number(u"3"_s));
    }

    void namespacePrefixes()
    {
        READ_SHEET(sheet, "prefixed.xlsx", u"Plan"_s);
        QVERIFY(sheet->rows[0].isEmpty());
        QCOMPARE(sheet->cell(1, 1), text(u"prefixo"_s));
        QCOMPARE(sheet->cell(1, 2), date(u"2024-03-05"_s));
    }

    void strictOoxmlAndIsoDates()
    {
        READ_SHEET(sheet, "strict.xlsx", u"Estrito"_s);
        QCOMPARE(sheet->cell(0, 0), date(u"2024-03-05"_s));
        QCOMPARE(sheet->cell(0, 1), date(u"2024-03-05T14:30:15"_s));
        QCOMPARE(sheet->cell(0, 2), date(u"2024-03-05"_s));
        QCOMPARE(sheet->cell(0, 3), text(u"não é data"_s));
    }

    void hiddenAndChartSheetsAreNotOffered()
    {
        XlsxReader reader;
        ReadError error;
        QVERIFY2(reader.open(path("hidden.xlsx"), &error), qPrintable(error.message));
        const QList<SheetInfo> sheets = reader.sheets();
        QCOMPARE(names(sheets), (QStringList{u"Vazia"_s, u"Dados"_s}));
        QVERIFY(!sheets[0].hasData);
        QVERIFY(sheets[1].hasData);
        QCOMPARE(reader.defaultSheet(), u"Dados"_s);
        for (const QString &name : {u"Oculta"_s, u"Muito oculta"_s, u"Gráfico"_s}) {
            QVERIFY(!reader.readSheet(name, &error));
            QCOMPARE(error.failure, ReadFailure::NoSuchSheet);
        }
        QVERIFY(!reader.readSheet(u"Vazia"_s, &error));
        QCOMPARE(error.failure, ReadFailure::Empty);
        const auto data = reader.readSheet(u"Dados"_s, &error);
        QVERIFY(data);
        QCOMPARE(data->cell(1, 1), text(u"AA123456785BR"_s));
    }

    void tableUnderATitleBlock()
    {
        READ_SHEET(sheet, "titleblock.xlsx", u"Relatório"_s);
        QCOMPARE(sheet->cell(0, 0), text(u"Relatório de envios — março"_s));
        QVERIFY(sheet->rows[2].isEmpty());
        QCOMPARE(sheet->cell(3, 0), Cell{});
        QCOMPARE(sheet->cell(3, 1), text(u"Pedido"_s)); // B4
        QCOMPARE(sheet->cell(4, 2), text(u"AA123456785BR"_s));
        QCOMPARE(sheet->cell(6, 3), date(u"2024-03-07"_s));
        QCOMPARE(sheet->columnCount(), 4);
    }

    void lineBreaksInCells()
    {
        READ_SHEET(sheet, "crlf.xlsx", u"Notas"_s);
        QCOMPARE(sheet->cell(1, 0), text(u"linha 1\r\nlinha 2"_s));
        QCOMPARE(sheet->cell(2, 0), text(u"só LF\naqui"_s));
    }

    void libreOfficeWorkbook()
    {
        READ_SHEET(sheet, "libreoffice.xlsx", u"libreoffice"_s);
        QCOMPARE(sheet->cell(0, 3), text(u"Cliente"_s));
        QCOMPARE(sheet->cell(1, 0), number(u"2710393603"_s));
        QCOMPARE(sheet->cell(1, 1), number(u"12"_s));
        QCOMPARE(sheet->cell(1, 2), text(u"AA123456785BR"_s));
        QCOMPARE(sheet->cell(1, 3), text(u"José Conceição"_s));
        QCOMPARE(sheet->cell(1, 4), date(u"2024-03-05"_s)); // yyyy\-mm\-dd
        QCOMPARE(sheet->cell(2, 4), date(u"2024-03-06"_s));
    }

    void emptyWorkbook()
    {
        XlsxReader reader;
        ReadError error;
        QVERIFY2(reader.open(path("empty.xlsx"), &error), qPrintable(error.message));
        QCOMPARE(reader.sheets().size(), 2);
        QVERIFY(!reader.sheets()[0].hasData);
        QCOMPARE(reader.defaultSheet(), QString());
        QVERIFY(!reader.readSheet(reader.defaultSheet(), &error));
        QCOMPARE(error.failure, ReadFailure::Empty);
        QVERIFY(!reader.readSheet(u"Vazia"_s, &error));
        QCOMPARE(error.failure, ReadFailure::Empty);
    }

    void unknownSheet()
    {
        XlsxReader reader;
        ReadError error;
        QVERIFY(reader.open(path("ids.xlsx"), &error));
        QVERIFY(!reader.readSheet(u"Nenhuma"_s, &error));
        QCOMPARE(error.failure, ReadFailure::NoSuchSheet);
        QVERIFY(error.message.contains(u"Nenhuma"_s));
    }

    void brokenXml()
    {
        XlsxReader reader;
        ReadError error;
        // The break comes after the first cell, so only reading the sheet finds it.
        QVERIFY2(reader.open(path("brokensheet.xlsx"), &error), qPrintable(error.message));
        QVERIFY(!reader.readSheet(u"Quebrada"_s, &error));
        QCOMPARE(error.failure, ReadFailure::BrokenXml);
        QVERIFY2(error.message.contains(u"xl/worksheets/sheet1.xml"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"line 5"_s), qPrintable(error.message));

        QVERIFY(!reader.open(path("brokenworkbook.xlsx"), &error));
        QCOMPARE(error.failure, ReadFailure::BrokenXml);
        QVERIFY2(error.message.contains(u"xl/workbook.xml"_s), qPrintable(error.message));
        QVERIFY(reader.sheets().isEmpty());
    }

    void brokenZip()
    {
        XlsxReader reader;
        ReadError error;
        const QByteArray whole = fixture("ids.xlsx");
        for (const QByteArray &bytes :
             {whole.left(whole.size() / 2), whole.left(whole.size() - 10),
              "PK\x03\x04 not really"_ba, "Pedido;Nota\n1;2\n"_ba, QByteArray()}) {
            QVERIFY(!reader.openData(bytes, &error));
            QCOMPARE(error.failure, ReadFailure::BrokenZip);
            QVERIFY(!error.message.isEmpty());
        }
        QVERIFY(!reader.open(path("missingsheet.xlsx"), &error));
        QCOMPARE(error.failure, ReadFailure::BrokenZip);
        QVERIFY2(error.message.contains(u"xl/worksheets/sheet1.xml"_s), qPrintable(error.message));
        QVERIFY(!reader.open(path("no-such-file.xlsx"), &error));
        QCOMPARE(error.failure, ReadFailure::Unreadable);
    }

    void legacyXls()
    {
        XlsxReader reader;
        ReadError error;
        const QByteArray ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        QVERIFY(!reader.openData(ole2 + QByteArray(4096, '\x07'), &error));
        QCOMPARE(error.failure, ReadFailure::LegacyXls);
        QVERIFY(error.message.contains(u".xlsx"_s));
        QVERIFY(error.message.contains(u".csv"_s));

        QByteArray encrypted = ole2 + QByteArray(512, '\0');
        for (char c : "EncryptedPackage"_ba)
            encrypted.append(c).append('\0');
        QVERIFY(!reader.openData(encrypted, &error));
        QCOMPARE(error.failure, ReadFailure::Unreadable);
        QVERIFY(error.message.contains(u"password"_s));
    }

    void zipBomb()
    {
        ReadError error;
        // 20 MB of XML packed into 20 KB: over 200:1 and past 1 MB.
        QVERIFY(!XlsxReader().open(path("bomb.xlsx"), &error));
        QCOMPARE(error.failure, ReadFailure::ZipBomb);
        QVERIFY(error.message.contains(u"xl/worksheets/sheet1.xml"_s));

        ReadLimits lenientRatio;
        lenientRatio.maxRatio = 100000;
        lenientRatio.maxPartBytes = 10LL * 1024 * 1024;
        QVERIFY(!XlsxReader(lenientRatio).open(path("bomb.xlsx"), &error));
        QCOMPARE(error.failure, ReadFailure::ZipBomb);

        lenientRatio.maxPartBytes = 64LL * 1024 * 1024;
        XlsxReader reader(lenientRatio);
        QVERIFY2(reader.open(path("bomb.xlsx"), &error), qPrintable(error.message));
        const auto sheet = reader.readSheet(u"Bomba"_s, &error);
        QVERIFY(sheet);
        QCOMPARE(sheet->cell(0, 0), number(u"1"_s));
    }

    void declaredSizeBoundsTheRead()
    {
        ReadLimits lenientRatio;
        lenientRatio.maxRatio = 100000;
        XlsxReader reader(lenientRatio);
        ReadError error;
        // Only the declared 1000 bytes come out; the sheet is cut short and fails its checksum.
        QVERIFY(!reader.open(path("lyingsize.xlsx"), &error));
        QCOMPARE(error.failure, ReadFailure::BrokenZip);
        QVERIFY2(error.message.contains(u"xl/worksheets/sheet1.xml"_s), qPrintable(error.message));
    }

    void farApartCellsAreRefused()
    {
        XlsxReader reader;
        ReadError error;
        QVERIFY2(reader.open(path("wide.xlsx"), &error), qPrintable(error.message));
        QVERIFY(!reader.readSheet(u"Larga"_s, &error));
        QCOMPARE(error.failure, ReadFailure::TooLarge);
        QVERIFY(error.message.contains(u"Larga"_s));
    }

    void tooManyRows()
    {
        ReadLimits limits;
        limits.maxRows = 10000; // the file has a header and 10,000 rows
        XlsxReader reader(limits);
        ReadError error;
        QVERIFY2(reader.open(path("tracking10k.xlsx"), &error), qPrintable(error.message));
        QVERIFY(!reader.readSheet(u"Rastreios"_s, &error));
        QCOMPARE(error.failure, ReadFailure::TooManyRows);
        QVERIFY(error.message.contains(u"Rastreios"_s));

        limits.maxRows = 10001;
        XlsxReader enough(limits);
        QVERIFY(enough.open(path("tracking10k.xlsx"), &error));
        QVERIFY2(enough.readSheet(u"Rastreios"_s, &error), qPrintable(error.message));
    }

    void fileTooLarge()
    {
        ReadLimits limits;
        limits.maxFileBytes = 4096;
        ReadError error;
        QVERIFY(!XlsxReader(limits).open(path("tracking10k.xlsx"), &error));
        QCOMPARE(error.failure, ReadFailure::TooLarge);
        QVERIFY(!XlsxReader(limits).openData(fixture("tracking10k.xlsx"), &error));
        QCOMPARE(error.failure, ReadFailure::TooLarge);
        QVERIFY(XlsxReader(limits).openData(fixture("cells.xlsx"), &error));
    }

    void tracking10kRows()
    {
        QElapsedTimer timer;
        timer.start();
        XlsxReader reader;
        ReadError error;
        QVERIFY(reader.open(path("tracking10k.xlsx"), &error));
        const auto sheet = reader.readSheet(reader.defaultSheet(), &error);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(sheet, qPrintable(error.message));
        qInfo("tracking10k.xlsx: open + readSheet in %lld ms", elapsed);
        QCOMPARE(sheet->rows.size(), 10001);
        QCOMPARE(sheet->columnCount(), 6);
        QCOMPARE(sheet->cell(0, 3), text(u"Código de rastreio"_s));
        QCOMPARE(sheet->cell(1, 0).kind, CellKind::Text);
        for (int r = 1; r <= 10000; ++r) {
            const Row &row = sheet->rows[r];
            QCOMPARE(row.size(), 6);
            QVERIFY(row[0].text.startsWith(QString::number(1234567890123LL + r - 1) + u'-'));
            QCOMPARE(row[1], number(QString::number(100000 + r - 1)));
            QVERIFY2(validS10(row[3].text), qPrintable(row[3].text));
            QVERIFY(row[4].text.endsWith(row[3].text));
            QCOMPARE(row[5].kind, CellKind::Date);
        }
        QCOMPARE(sheet->cell(1, 5), date(u"2024-01-02"_s));
        QCOMPARE(sheet->cell(10000, 5), date(u"2024-03-25"_s)); // 9999 / 120 = 83 days on
    }

    void writerRoundTrip()
    {
        const QList<QStringList> rows{
            {u"Pedido"_s, u"Nota fiscal"_s, u"Chave NF-e"_s, u"Observação"_s},
            {u"0012"_s, u"2710393603"_s, u"35240112345678000190550010000012341000012340"_s,
             u"José Conceição ção ü"_s},
            {u"1234567890123-01"_s, u"000123"_s, u"4.4E+43"_s, u"linha 1\r\nlinha 2"_s},
            {u"  espaços  "_s, QString(), u"tab\there"_s, u"_x000D_ literal <&>\"'"_s},
            {u"📦 caixa"_s, u"=1+1"_s, u"TRUE"_s, u"12.50"_s},
        };
        QString writeError;
        const QByteArray bytes = xlsxWorkbook(u"Falhas"_s, rows, &writeError);
        QVERIFY2(!bytes.isEmpty(), qPrintable(writeError));
        XlsxReader reader;
        ReadError error;
        QVERIFY2(reader.openData(bytes, &error), qPrintable(error.message));
        QCOMPARE(names(reader.sheets()), QStringList{u"Falhas"_s});
        const auto sheet = reader.readSheet(u"Falhas"_s, &error);
        QVERIFY2(sheet, qPrintable(error.message));
        QCOMPARE(sheet->rows.size(), rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows[r].size(); ++c) {
                const Cell expected = rows[r][c].isEmpty() ? Cell{} : text(rows[r][c]);
                QCOMPARE(sheet->cell(r, c), expected);
            }
        }
    }

    void writerCleansTextAndNames()
    {
        const QByteArray bytes = xlsxWorkbook(u"Erros: 01/02 [teste]*?"_s, {{u"a\x01"
                                                                             u"b\uFFFE"
                                                                             u"c"_s},
                                                                            {u"ok"_s}});
        XlsxReader reader;
        ReadError error;
        QVERIFY2(reader.openData(bytes, &error), qPrintable(error.message));
        QCOMPARE(reader.defaultSheet(), u"Erros- 01-02 teste"_s);
        QCOMPARE(reader.readSheet(reader.defaultSheet(), &error)->cell(0, 0), text(u"abc"_s));

        QVERIFY(reader.openData(xlsxWorkbook(QString(40, u'x'), {{u"a"_s}}), &error));
        QCOMPARE(reader.defaultSheet(), QString(31, u'x'));
        QVERIFY(reader.openData(xlsxWorkbook(u"'?'"_s, {{u"a"_s}}), &error));
        QCOMPARE(reader.defaultSheet(), u"Planilha1"_s);
    }

    void writerRefusesWhatExcelCannotOpen()
    {
        QString error;
        QVERIFY(xlsxWorkbook(u"x"_s, {QStringList(16385, u"a"_s)}, &error).isEmpty());
        QVERIFY(error.contains(u"16385"_s));
    }

    void writeXlsxFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"modelo.xlsx"_s);
        QString writeError;
        QVERIFY2(writeXlsx(file, u"Modelo"_s, {{u"Pedido"_s, u"Rastreio"_s}}, &writeError),
                 qPrintable(writeError));
        XlsxReader reader;
        ReadError error;
        QVERIFY2(reader.open(file, &error), qPrintable(error.message));
        QCOMPARE(reader.readSheet(u"Modelo"_s, &error)->cell(0, 1), text(u"Rastreio"_s));
        QVERIFY(!writeXlsx(dir.filePath(u"no/such/dir/x.xlsx"_s), u"M"_s, {{u"a"_s}}, &writeError));
        QVERIFY(!writeError.isEmpty());
    }

    // What the libFuzzer target will do, in small: damaged packages fail cleanly.
    void damagedPackagesDoNotCrash()
    {
        QRandomGenerator random(20240305);
        ReadLimits limits;
        limits.maxPartBytes = 8LL * 1024 * 1024;
        int opened = 0;
        for (const char *name : {"cells.xlsx", "prefixed.xlsx", "ids.xlsx", "noxl.xlsx",
                                 "numfmts.xlsx", "libreoffice.xlsx"}) {
            const QByteArray original = fixture(name);
            for (int round = 0; round < 150; ++round) {
                QByteArray bytes = original;
                if (round % 5 == 4) {
                    bytes.truncate(random.bounded(int(bytes.size())));
                } else {
                    for (int flips = 1 + random.bounded(6); flips > 0; --flips)
                        bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
                }
                XlsxReader reader(limits);
                ReadError error;
                if (!reader.openData(bytes, &error)) {
                    QVERIFY(error.failure != ReadFailure::None && !error.message.isEmpty());
                    continue;
                }
                ++opened;
                for (const SheetInfo &info : reader.sheets()) {
                    if (!reader.readSheet(info.name, &error))
                        QVERIFY(error.failure != ReadFailure::None && !error.message.isEmpty());
                }
            }
        }
        QVERIFY(opened > 0); // some damage lands outside what is read
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
