#include "importer/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace despacho::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::CsvReader)
};

bool startsWithUtf8Bom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF");
}

QString decode(const QByteArray &data, const QString &encoding)
{
    if (encoding == u"windows-1252"_s) {
        // ICU's windows-1252 when Qt has it; else Latin-1 with 0x80–0x9F mapped as Windows does
        // (€, ‚, ƒ, „, …), which is all that differs.
        QStringDecoder decoder("windows-1252");
        if (decoder.isValid())
            return decoder.decode(data);
        static constexpr std::array<char16_t, 32> high = {
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
            0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
        QString text = QString::fromLatin1(data);
        for (QChar &c : text) {
            if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
                c = QChar(high[c.unicode() - 0x80]);
        }
        return text;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    return decoder.decode(startsWithUtf8Bom(data) ? data.mid(3) : data);
}

// Splits RFC 4180 text into rows; a quote only opens a quoted field at the start of a field, as
// Excel reads it ("5"" screen" inside an unquoted field stays as typed).
class Parser
{
public:
    Parser(const QString &text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    bool parse(int maxRows, QList<Row> *rows)
    {
        Row row;
        QString field;
        bool quoted = false;
        bool fieldStarted = false;
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = m_text.at(i);
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < n && m_text.at(i + 1) == u'"') {
                        field += u'"';
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
                continue;
            }
            if (c == u'"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == m_delimiter) {
                append(row, field);
                fieldStarted = false;
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && i + 1 < n && m_text.at(i + 1) == u'\n')
                    ++i;
                append(row, field);
                fieldStarted = false;
                endRow(rows, row);
                if (rows->size() > maxRows)
                    return false;
            } else {
                field += c;
                fieldStarted = true;
            }
        }
        if (fieldStarted || !row.isEmpty()) {
            append(row, field);
            endRow(rows, row);
        }
        return rows->size() <= maxRows;
    }

private:
    static void append(Row &row, QString &field)
    {
        Cell cell;
        if (!field.isEmpty()) {
            cell.text = field;
            cell.kind = CellKind::Text;
        }
        row.append(cell);
        field.clear();
    }
    static void endRow(QList<Row> *rows, Row &row)
    {
        // A row of empty fields ("; ;" lines Excel writes under a table) is an empty row.
        while (!row.isEmpty() && row.constLast().kind == CellKind::Empty)
            row.removeLast();
        rows->append(row);
        row.clear();
    }

    const QString &m_text;
    QChar m_delimiter;
};

} // namespace

QString detectEncoding(const QByteArray &data)
{
    if (startsWithUtf8Bom(data))
        return u"utf-8"_s;
    // Bytes that are not UTF-8 decode to U+FFFD; a file may also hold U+FFFD itself (accents
    // lost earlier), written as EF BF BD, which is valid UTF-8.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    const qsizetype replaced = text.count(QChar(QChar::ReplacementCharacter));
    return replaced > data.count("\xEF\xBF\xBD") ? u"windows-1252"_s : u"utf-8"_s;
}

QChar detectDelimiter(const QString &text)
{
    // Count each candidate per line over the first lines, outside quotes; the one with the same
    // non-zero count on most lines wins, more fields breaking a tie.
    static const QList<QChar> candidates{u';', u',', u'\t'};
    QChar best = u';';
    int bestLines = -1;
    int bestFields = 0;
    for (const QChar delimiter : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < 30; ++i) {
            const QChar c = text.at(i);
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == delimiter)
                ++count;
            else if (!quoted && c == u'\n') {
                if (count > 0)
                    counts.append(count);
                count = 0;
            }
        }
        if (count > 0)
            counts.append(count);
        if (counts.isEmpty())
            continue;
        // The most common count and on how many lines it appears.
        int modeLines = 0;
        int mode = 0;
        for (int candidateCount : counts) {
            const int lines = int(counts.count(candidateCount));
            if (lines > modeLines || (lines == modeLines && candidateCount > mode)) {
                modeLines = lines;
                mode = candidateCount;
            }
        }
        if (modeLines > bestLines || (modeLines == bestLines && mode > bestFields)) {
            best = delimiter;
            bestLines = modeLines;
            bestFields = mode;
        }
    }
    return best;
}

std::optional<CsvSheet> readCsv(const QByteArray &data, const CsvOptions &options,
                                const ReadLimits &limits, ReadError *error)
{
    if (data.size() > limits.maxFileBytes) {
        *error = {ReadFailure::TooLarge, Tr::tr("the file has %1 MB; the limit is %2 MB")
                                             .arg(data.size() / (1024 * 1024))
                                             .arg(limits.maxFileBytes / (1024 * 1024))};
        return std::nullopt;
    }
    CsvSheet result;
    result.encoding = options.encoding.isEmpty() ? detectEncoding(data) : options.encoding;
    if (result.encoding != u"utf-8"_s && result.encoding != u"windows-1252"_s) {
        *error = {
            ReadFailure::Unreadable,
            Tr::tr("unknown encoding \"%1\" (use utf-8 or windows-1252)").arg(options.encoding)};
        return std::nullopt;
    }
    // NUL bytes do not occur in text: a binary file (or UTF-16) renamed .csv.
    if (data.left(4096).contains('\0')) {
        *error = {ReadFailure::Unreadable,
                  Tr::tr("this is not a text file; save the spreadsheet as CSV or XLSX")};
        return std::nullopt;
    }
    const QString text = decode(data, result.encoding);
    result.delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;
    Parser parser(text, result.delimiter);
    if (!parser.parse(limits.maxRows, &result.sheet.rows)) {
        *error = {ReadFailure::TooManyRows,
                  Tr::tr("the file has more than %L1 rows; split it").arg(limits.maxRows)};
        return std::nullopt;
    }
    for (int r = 0; r < result.sheet.rows.size() && result.brokenCharacterRow < 0; ++r) {
        for (const Cell &cell : std::as_const(result.sheet.rows[r])) {
            if (cell.text.contains(QChar(QChar::ReplacementCharacter))) {
                result.brokenCharacterRow = r;
                break;
            }
        }
    }
    bool any = false;
    for (const Row &row : std::as_const(result.sheet.rows))
        any = any || !row.isEmpty();
    if (!any) {
        *error = {ReadFailure::Empty, Tr::tr("the file has no data")};
        return std::nullopt;
    }
    return result;
}

} // namespace despacho::importer
