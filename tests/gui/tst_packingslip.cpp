// Packing slips: the Code 128 barcode against the standard's patterns and check symbol, the
// slip's content from an order, and slips printed to a PDF file (one page per order; the text
// read back with pdftotext carries the EAN, quantities, address and carrier).
#include "core/orderjson.h"
#include "gui/barcode.h"
#include "gui/packingslip.h"
#include "sandbox/orderdocument.h"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {

// ISO/IEC 15417 symbol patterns, values 0..106 (bars and spaces as 1 and 0; 106 is the stop
// pattern with its final bar). An independent table, so the test decodes what Zint drew.
const char *const kPatterns[] = {
    "11011001100", "11001101100", "11001100110", "10010011000", "10010001100",  "10001001100",
    "10011001000", "10011000100", "10001100100", "11001001000", "11001000100",  "11000100100",
    "10110011100", "10011011100", "10011001110", "10111001100", "10011101100",  "10011100110",
    "11001110010", "11001011100", "11001001110", "11011100100", "11001110100",  "11101101110",
    "11101001100", "11100101100", "11100100110", "11101100100", "11100110100",  "11100110010",
    "11011011000", "11011000110", "11000110110", "10100011000", "10001011000",  "10001000110",
    "10110001000", "10001101000", "10001100010", "11010001000", "11000101000",  "11000100010",
    "10110111000", "10110001110", "10001101110", "10111011000", "10111000110",  "10001110110",
    "11101110110", "11010001110", "11000101110", "11011101000", "11011100010",  "11011101110",
    "11101011000", "11101000110", "11100010110", "11101101000", "11101100010",  "11100011010",
    "11101111010", "11001000010", "11110001010", "10100110000", "10100001100",  "10010110000",
    "10010000110", "10000101100", "10000100110", "10110010000", "10110000100",  "10011010000",
    "10011000010", "10000110100", "10000110010", "11000010010", "11001010000",  "11110111010",
    "11000010100", "10001111010", "10100111100", "10010111100", "10010011110",  "10111100100",
    "10011110100", "10011110010", "11110100100", "11110010100", "11110010010",  "11011011110",
    "11011110110", "11110110110", "10101111000", "10100011110", "10001011110",  "10111101000",
    "10111100010", "11110101000", "11110100010", "10111011110", "10111101110",  "11101011110",
    "11110101110", "11010000100", "11010010000", "11010011100", "1100011101011"};

// The symbol values of a barcode, start to stop; empty when a pattern is not in the table.
QList<int> symbolValues(const gui::Barcode &barcode)
{
    QString bits;
    for (const bool m : barcode.modules)
        bits += m ? u'1' : u'0';
    QList<int> values;
    qsizetype at = 0;
    while (at < bits.size()) {
        int found = -1;
        for (int v = 0; v < 107; ++v) {
            const QString p = QString::fromLatin1(kPatterns[v]);
            if (bits.mid(at, p.size()) == p && (v != 106 || at + p.size() == bits.size())) {
                found = v;
                break;
            }
        }
        if (found < 0)
            return {};
        values << found;
        at += QString::fromLatin1(kPatterns[found]).size();
    }
    return values;
}

// Decodes data values back to text through code sets A, B and C (no FNC characters).
QString decode(const QList<int> &values)
{
    int set = values.value(0) - 103; // 0 = A, 1 = B, 2 = C
    QString text;
    for (qsizetype i = 1; i + 2 < values.size(); ++i) {
        const int v = values.at(i);
        if (set == 2 && v < 100) {
            text += u"%1"_s.arg(v, 2, 10, QChar(u'0'));
            continue;
        }
        if (v == 99 && set != 2) {
            set = 2;
        } else if (v == 100 && set != 1) {
            set = 1;
        } else if (v == 101 && set != 0) {
            set = 0;
        } else if (set == 1) {
            text += QChar(v + 32);
        } else {
            text += QChar(v < 64 ? v + 32 : v - 64);
        }
    }
    return text;
}

int checkSymbol(const QList<int> &values)
{
    int sum = values.value(0);
    for (qsizetype i = 1; i + 2 < values.size(); ++i)
        sum += int(i) * values.at(i);
    return sum % 103;
}

Order sandboxOrder(int index)
{
    const sandbox::OrderGenerator generator(11, u"demo"_s,
                                            QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    for (int i = index;; ++i) {
        const sandbox::GeneratedOrder g = generator.make(i, generator.backlogCreationDate(i, 400),
                                                         sandbox::OrderGenerator::Kind::Backlog);
        const OrderParseResult r =
            orderFromVtexJson(sandbox::orderDocument(g, g.initial, u"demo"_s));
        if (!r.ok())
            qFatal("sandbox order does not parse: %s", qPrintable(r.error));
        bool hasEan = false;
        for (const OrderItem &item : r.order.items)
            hasEan = hasEan || !item.ean.isEmpty();
        if (hasEan && !r.order.courier().isEmpty())
            return r.order;
    }
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPackingSlip : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // DESPACHO_KEEP_TEST_OUTPUT=1 keeps the PDFs to look at.
        if (qEnvironmentVariableIsSet("DESPACHO_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
    }

    void code128KnownEncodings()
    {
        // "PJJ123C", the classic check-symbol example: code set B, check symbol 55.
        gui::Barcode b = gui::encodeCode128(u"PJJ123C"_s);
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(symbolValues(b), (QList<int>{104, 48, 42, 42, 17, 18, 19, 35, 55, 106}));
        QVERIFY(b.runLengths().startsWith(u"211214"_s)); // Start B
        QVERIFY(b.runLengths().endsWith(u"2331112"_s));  // Stop
        QCOMPARE(b.modules.size(), 11 * 9 + 13);

        // All digits: code set C, two digits a symbol; check (105+12+2·34+3·56+4·78+5·90) % 103.
        b = gui::encodeCode128(u"1234567890"_s);
        QCOMPARE(symbolValues(b), (QList<int>{105, 12, 34, 56, 78, 90, 85, 106}));
        QVERIFY(b.runLengths().startsWith(u"211232"_s)); // Start C
    }

    void code128OrderIds_data()
    {
        QTest::addColumn<QString>("data");
        QTest::newRow("vtex order id") << u"1340110501811-01"_s;
        QTest::newRow("sandbox order id") << u"v5034621dsp-01"_s;
        QTest::newRow("sequence") << u"502344"_s;
        QTest::newRow("odd digits") << u"SLR-1234567"_s;
    }
    void code128OrderIds()
    {
        QFETCH(QString, data);
        const gui::Barcode b = gui::encodeCode128(data);
        QVERIFY2(b.ok(), qPrintable(b.error));
        const QList<int> values = symbolValues(b);
        QVERIFY2(values.size() >= 4, qPrintable(b.runLengths()));
        QVERIFY(values.first() >= 103 && values.first() <= 105);
        QCOMPARE(values.last(), 106);
        QCOMPARE(values.at(values.size() - 2), checkSymbol(values));
        QCOMPARE(decode(values), data);
        QVERIFY(!gui::encodeCode128(QString()).ok());
    }

    void slipContent()
    {
        const Order o = sandboxOrder(0);
        const gui::PackingSlipContent c = gui::PackingSlipContent::fromOrder(o, u"demo"_s);
        QCOMPARE(c.orderId, o.orderId);
        QCOMPARE(c.sequence, o.sequence);
        QCOMPARE(c.store, u"demo"_s);
        QCOMPARE(c.shipToName, o.shippingAddress.receiverName);
        QVERIFY(c.shipToAddress.join(u'\n').contains(o.shippingAddress.street));
        QVERIFY(c.shipToAddress.join(u'\n').contains(o.shippingAddress.city + u'/' +
                                                     o.shippingAddress.state));
        QVERIFY(c.carrier.startsWith(o.courier()));
        QCOMPARE(c.lines.size(), o.items.size());
        for (qsizetype i = 0; i < o.items.size(); ++i) {
            QCOMPARE(c.lines[i].ean, o.items[i].ean);
            QCOMPARE(c.lines[i].refId, o.items[i].refId);
            QCOMPARE(c.lines[i].quantity, o.items[i].quantity);
        }
        QCOMPARE(c.units, o.totalQuantity());
    }

    void printsOnePagePerOrderToPdf()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext missing: run packaging/install-deps.sh");
        QList<gui::PackingSlipContent> slips;
        QList<Order> orders;
        for (int i = 0; i < 3; ++i) {
            orders << sandboxOrder(i * 25);
            slips << gui::PackingSlipContent::fromOrder(orders.last(), u"demo"_s);
        }
        QVERIFY(orders[0].orderId != orders[1].orderId && orders[1].orderId != orders[2].orderId);
        // Distinctive quantities, so they can be found in the text.
        slips[1].lines[0].quantity = 37;
        const QString file = m_dir.filePath(u"slips.pdf"_s);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QString error;
        QCOMPARE(gui::PackingSlip(slips).print(&printer, &error), 3);
        QVERIFY(error.isEmpty());

        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const auto pages =
            QString::fromLatin1(bytes).count(QRegularExpression(u"/Type\\s*/Page(?!s)"_s));
        QCOMPARE(pages, 3);

        for (int page = 1; page <= 3; ++page) {
            const Order &o = orders[page - 1];
            const QString text =
                run(pdftotext, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                                u"-layout"_s, file, u"-"_s});
            QVERIFY2(text.contains(o.orderId), qPrintable(text));
            QVERIFY2(text.contains(u"Sequence %1"_s.arg(o.sequence)), qPrintable(text));
            QVERIFY2(text.contains(o.shippingAddress.receiverName), qPrintable(text));
            QVERIFY2(text.contains(o.shippingAddress.street), qPrintable(text));
            QVERIFY2(text.contains(o.shippingAddress.city + u'/' + o.shippingAddress.state),
                     qPrintable(text));
            QVERIFY2(text.contains(o.shippingAddress.postalCode), qPrintable(text));
            QVERIFY2(text.contains(o.courier()), qPrintable(text));
            const gui::PackingSlipContent &c = slips[page - 1];
            for (const auto &line : c.lines) {
                if (!line.ean.isEmpty())
                    QVERIFY2(text.contains(line.ean), qPrintable(text));
                QVERIFY2(text.contains(line.refId), qPrintable(text));
                QVERIFY2(text.contains(QRegularExpression(u"(^|\\s)%1\\s"_s.arg(line.quantity))),
                         qPrintable(text));
            }
            QVERIFY2(text.contains(u"%1 unit"_s.arg(c.units)), qPrintable(text));
            // Nothing of the other orders on this page.
            QVERIFY(!text.contains(orders[page % 3].orderId));
        }
        QVERIFY(run(pdftotext, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, file, u"-"_s}).contains(u"37"_s));
    }

    void longOrderContinuesOnNextPages()
    {
        Order o = sandboxOrder(0);
        const OrderItem item = o.items.first();
        o.items.clear();
        for (int i = 0; i < 40; ++i) {
            OrderItem copy = item;
            copy.refId = u"REF-%1"_s.arg(i, 3, 10, QChar(u'0'));
            copy.quantity = 1;
            o.items << copy;
        }
        const QString file = m_dir.filePath(u"long.pdf"_s);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        const int pages = gui::PackingSlip({gui::PackingSlipContent::fromOrder(o)}).print(&printer);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY(!pdftotext.isEmpty());
        const QString text = run(pdftotext, {file, u"-"_s});
        for (int i = 0; i < 40; ++i)
            QVERIFY2(text.contains(u"REF-%1"_s.arg(i, 3, 10, QChar(u'0'))), qPrintable(text));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"40 line(s)"_s) || text.contains(u"40 lines"_s));
    }
};

QTEST_MAIN(TestPackingSlip)
#include "tst_packingslip.moc"
