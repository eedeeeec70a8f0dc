// The CSV reader over files as LibreOffice writes them (data/make_csv_fixtures.sh) and over the
// shapes Excel produces that LibreOffice does not (a BOM, CRLF, tabs), plus the refusals.
#include "importer/csvreader.h"
#include "importer/spreadsheet.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho::importer;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(DESPACHO_TEST_DATA "/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QStringList texts(const Row &row)
{
    QStringList out;
    for (const Cell &c : row)
        out << c.text;
    return out;
}

std::optional<CsvSheet> read(const QByteArray &data, CsvOptions options = {},
                             ReadError *error = nullptr, ReadLimits limits = {})
{
    ReadError ignored;
    return readCsv(data, options, limits, error ? error : &ignored);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void libreOfficeWindows1252Semicolons()
    {
        const auto csv = read(fixture("libreoffice-win1252.csv"));
        QVERIFY(csv);
        QCOMPARE(csv->encoding, u"windows-1252"_s);
        QCOMPARE(csv->delimiter, QChar(u';'));
        QCOMPARE(texts(csv->sheet.rows[0]), (QStringList{u"Pedido"_s, u"Nota fiscal"_s,
                                                         u"Rastreio"_s, u"Cliente"_s, u"Envio"_s}));
        QCOMPARE(csv->sheet.cell(1, 0).text, u"2710393603"_s);
        QCOMPARE(csv->sheet.cell(1, 3).text, u"José Conceição"_s);
        QCOMPARE(csv->brokenCharacterRow, -1);
    }

    void libreOfficeUtf8Commas()
    {
        const auto csv = read(fixture("libreoffice-utf8.csv"));
        QVERIFY(csv);
        QCOMPARE(csv->encoding, u"utf-8"_s);
        QCOMPARE(csv->delimiter, QChar(u','));
        QCOMPARE(csv->sheet.cell(1, 3).text, u"José Conceição"_s);
    }

    void excelUtf8BomCrlfQuotedFields()
    {
        // Excel's "CSV UTF-8": a BOM, CRLF, and quoted fields holding ';', quotes and a line break.
        const QByteArray data = "\xEF\xBB\xBFPedido;Observa\xC3\xA7\xC3\xA3o;Rastreio\r\n"
                                "1001;\"caixa; fr\xC3\xA1gil\";AA123456785BR\r\n"
                                "1002;\"linha 1\r\nlinha 2 \"\"urgente\"\"\";QB876543216BR\r\n";
        const auto csv = read(data);
        QVERIFY(csv);
        QCOMPARE(csv->encoding, u"utf-8"_s);
        QCOMPARE(csv->delimiter, QChar(u';'));
        QCOMPARE(csv->sheet.rows.size(), 3);
        QCOMPARE(csv->sheet.cell(0, 1).text, u"Observação"_s); // no BOM left on the first cell
        QCOMPARE(csv->sheet.cell(0, 0).text, u"Pedido"_s);
        QCOMPARE(csv->sheet.cell(1, 1).text, u"caixa; frágil"_s);
        QCOMPARE(csv->sheet.cell(2, 1).text, u"linha 1\r\nlinha 2 \"urgente\""_s);
        QCOMPARE(csv->sheet.cell(2, 2).text, u"QB876543216BR"_s);
    }

    void tabsAndCommasDetected()
    {
        QCOMPARE(detectDelimiter(u"a\tb\tc\n1\t2\t3\n"_s), QChar(u'\t'));
        QCOMPARE(detectDelimiter(u"a,b,c\n1,2,3\n"_s), QChar(u','));
        // Decimal commas inside quotes do not make ',' the delimiter.
        QCOMPARE(detectDelimiter(u"Pedido;Valor\n1;\"10,50\"\n2;\"3,20\"\n"_s), QChar(u';'));
        // Unquoted decimal commas: ';' splits every line the same way, ',' does not.
        QCOMPARE(detectDelimiter(u"Pedido;Valor;Rastreio\n1;10,50;A\n2;3;B\n"_s), QChar(u';'));
    }

    void encodingOverride()
    {
        // UTF-8 bytes read as Windows-1252 on request: what the user sees when they choose so.
        const QByteArray data = "Pedido;Cliente\n1;Jos\xC3\xA9\n";
        const auto asked = read(data, {u"windows-1252"_s, {}});
        QVERIFY(asked);
        QCOMPARE(asked->encoding, u"windows-1252"_s);
        QCOMPARE(asked->sheet.cell(1, 1).text, u"JosÃ©"_s);
        ReadError error;
        QVERIFY(!read(data, {u"latin9"_s, {}}, &error));
        QCOMPARE(error.failure, ReadFailure::Unreadable);
        QVERIFY(error.message.contains(u"latin9"_s));
    }

    void windows1252HighCharacters()
    {
        // 0x80 is € and 0x93/0x94 curly quotes in Windows-1252 (not control codes as in Latin-1).
        const QByteArray data = "Pedido;Obs\n1;\x80 5 \x93ok\x94\n";
        const auto csv = read(data);
        QVERIFY(csv);
        QCOMPARE(csv->sheet.cell(1, 1).text, u"€ 5 “ok”"_s);
    }

    void brokenAccentsNamed()
    {
        // A file saved through a program that could not read its accents: U+FFFD in UTF-8.
        const QByteArray data = "Pedido;Cliente\n1;Ana\n2;Jos\xEF\xBF\xBD\n";
        const auto csv = read(data);
        QVERIFY(csv);
        QCOMPARE(csv->brokenCharacterRow, 2);
    }

    void refusals()
    {
        ReadError error;
        QVERIFY(!read(QByteArray("PK\x00\x01 binary", 12), {}, &error));
        QCOMPARE(error.failure, ReadFailure::Unreadable);
        QVERIFY(!read(QByteArray("\n\n;;\n"), {}, &error));
        QCOMPARE(error.failure, ReadFailure::Empty);
        QByteArray many = "Pedido;Rastreio\n";
        for (int i = 0; i < 20; ++i)
            many += QByteArray::number(i) + ";AA123456785BR\n";
        QVERIFY(!read(many, {}, &error, ReadLimits{.maxRows = 10}));
        QCOMPARE(error.failure, ReadFailure::TooManyRows);
        QVERIFY(!read(many, {}, &error, ReadLimits{.maxFileBytes = 100}));
        QCOMPARE(error.failure, ReadFailure::TooLarge);
    }

    void spreadsheetFrontDoor()
    {
        ReadError error;
        QVERIFY(!readSpreadsheetData(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1junk", 12),
                                     u"old"_s, {}, {}, &error));
        QCOMPARE(error.failure, ReadFailure::LegacyXls);
        QVERIFY(error.message.contains(u".xlsx"_s));
        const auto csv =
            readSpreadsheetData(fixture("libreoffice-win1252.csv"), u"lo"_s, {}, {}, &error);
        QVERIFY(csv);
        QCOMPARE(csv->format, Spreadsheet::Format::Csv);
        QCOMPARE(csv->sheet.name, u"lo"_s);
        QVERIFY(!readSpreadsheet(u"/nonexistent/file.csv"_s, {}, {}, &error));
        QCOMPARE(error.failure, ReadFailure::Unreadable);
        QCOMPARE(columnName(0), u"A"_s);
        QCOMPARE(columnName(25), u"Z"_s);
        QCOMPARE(columnName(26), u"AA"_s);
        QCOMPARE(columnName(16383), u"XFD"_s);
    }

    void tenThousandRows()
    {
        const QByteArray data = fixture("tracking10k-win1252.csv");
        QElapsedTimer timer;
        timer.start();
        const auto csv = read(data);
        qInfo("read 10,000-row CSV in %lld ms", timer.elapsed());
        QVERIFY(csv);
        QCOMPARE(csv->sheet.rows.size(), 10001);
        QCOMPARE(csv->sheet.cell(0, 3).text, u"Código de rastreio"_s);
        QCOMPARE(csv->sheet.cell(10000, 0).text.size(), 16);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
