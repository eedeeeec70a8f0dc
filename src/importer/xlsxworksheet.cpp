#include "importer/xlsxparts.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace despacho::importer::xlsx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::XlsxReader)
};

using Token = QXmlStreamReader::TokenType;

constexpr int MaxColumn = 16383; // XFD
// Cells a sheet may hold beyond its stored values (gaps before a far column): a few wide rows
// are fine, a row per line with a cell at XFD is a memory bomb.
constexpr qint64 FreeSlots = 1'000'000;
constexpr qint64 SlotsPerCell = 64;

// Column of a reference like "B4" (0-based); -1 when it has no letters, -2 past XFD.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        if (++letters > 3)
            return -2;
        column = column * 26 + (u - u'A' + 1);
    }
    if (letters == 0)
        return -1;
    return column - 1 > MaxColumn ? -2 : column - 1;
}

enum class CellType
{
    Number,
    Shared,
    Inline,
    Formula,
    Boolean,
    Error,
    IsoDate
};

CellType cellType(QStringView t)
{
    if (t == u"s")
        return CellType::Shared;
    if (t == u"inlineStr")
        return CellType::Inline;
    if (t == u"str")
        return CellType::Formula;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::IsoDate;
    return CellType::Number;
}

} // namespace

bool readWorksheet(Package &package, const QString &part, const QString &sheetName,
                   const CellContext &context, Sheet *sheet, bool *hasData, ReadError *error)
{
    *hasData = false;
    qint64 rowIndex = 0;
    qint64 nextRow = 0;
    int column = -1;
    bool skipCell = false;
    CellType type = CellType::Number;
    int style = 0;
    QString value;
    QString inlineText;
    bool hasValue = false;
    bool hasInline = false;
    enum
    {
        None,
        Value,
        InlineText
    } capture = None;
    bool inInline = false;
    int phonetic = 0;
    qint64 allocated = 0;
    qint64 stored = 0;

    const auto cell = [&]() -> Cell {
        switch (type) {
        case CellType::Shared: {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (!hasValue)
                return {};
            if (!ok || index < 0 || index >= context.sharedStrings.size())
                return {QString(), CellKind::Text};
            return {context.sharedStrings.at(index), CellKind::Text};
        }
        case CellType::Inline:
            // <is> is the value; a <v> beside it is a writer's leftover.
            if (hasInline)
                return {decodeEscapes(inlineText), CellKind::Text};
            return hasValue ? Cell{decodeEscapes(value), CellKind::Text} : Cell{};
        case CellType::Formula:
            return hasValue ? Cell{decodeEscapes(value), CellKind::Text} : Cell{};
        case CellType::Boolean:
            if (!hasValue)
                return {};
            return {isTrue(value.trimmed()) ? u"TRUE"_s : u"FALSE"_s, CellKind::Boolean};
        case CellType::Error:
            return hasValue ? Cell{value.trimmed(), CellKind::Error} : Cell{};
        case CellType::IsoDate:
        case CellType::Number:
            break;
        }
        const QString literal = value.trimmed();
        if (!hasValue || literal.isEmpty())
            return {};
        const quint8 flags =
            style >= 0 && style < context.styleFlags.size() ? context.styleFlags.at(style) : 0;
        return type == CellType::IsoDate ? isoDateCell(literal, flags)
                                         : numberCell(literal, flags, context.date1904);
    };

    const auto store = [&](const Cell &c) {
        if (!c.text.isEmpty())
            *hasData = true;
        if (!sheet)
            return *hasData ? Step::Stop : Step::Continue;
        if (rowIndex >= context.maxRows) {
            *error = {
                ReadFailure::TooManyRows,
                Tr::tr("the sheet %1 has more than %2 rows").arg(sheetName).arg(context.maxRows)};
            return Step::Fail;
        }
        while (sheet->rows.size() <= rowIndex)
            sheet->rows.append(Row());
        Row &row = sheet->rows[rowIndex];
        if (row.size() <= column) {
            allocated += column + 1 - row.size();
            if (allocated > FreeSlots + SlotsPerCell * stored) {
                *error = {ReadFailure::TooLarge,
                          Tr::tr("the sheet %1 is too large to read (cells far apart in row %2)")
                              .arg(sheetName)
                              .arg(rowIndex + 1)};
                return Step::Fail;
            }
            row.resize(column + 1);
        }
        row[column] = c;
        ++stored;
        return Step::Continue;
    };

    return walk(package, part, error, [&](Token token, const QXmlStreamReader &xml) {
        if (token == QXmlStreamReader::Characters) {
            if (capture == Value)
                value += xml.text();
            else if (capture == InlineText)
                inlineText += xml.text();
            return Step::Continue;
        }
        if (token != QXmlStreamReader::StartElement && token != QXmlStreamReader::EndElement)
            return Step::Continue;
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"row") {
                bool ok = false;
                const qint64 r = attribute(xml.attributes(), u"r").toLongLong(&ok);
                rowIndex = ok && r >= 1 ? r - 1 : nextRow;
                nextRow = rowIndex + 1;
                column = -1;
            } else if (name == u"c") {
                const QXmlStreamAttributes attributes = xml.attributes();
                const int referenced = columnOf(attribute(attributes, u"r"));
                column = referenced >= 0 ? referenced : column + 1;
                skipCell = referenced == -2 || column > MaxColumn;
                type = cellType(attribute(attributes, u"t"));
                style = attribute(attributes, u"s").toInt(); // "" and garbage are style 0
                value.clear();
                inlineText.clear();
                hasValue = hasInline = inInline = false;
                phonetic = 0;
            } else if (name == u"v" && !inInline) {
                capture = Value;
            } else if (name == u"is") {
                inInline = true;
            } else if (name == u"rPh") {
                ++phonetic;
            } else if (name == u"t" && inInline && phonetic == 0) {
                capture = InlineText;
            }
            return Step::Continue;
        }
        if (name == u"v" && capture == Value) {
            capture = None;
            hasValue = true;
        } else if (name == u"t") {
            capture = None;
        } else if (name == u"rPh") {
            --phonetic;
        } else if (name == u"is") {
            inInline = false;
            hasInline = true;
        } else if (name == u"c") {
            const Cell c = cell();
            if (!skipCell && c.kind != CellKind::Empty)
                return store(c);
        } else if (name == u"sheetData") {
            return Step::Stop; // merged cells, page setup and the rest say nothing of values
        }
        return Step::Continue;
    });
}

} // namespace despacho::importer::xlsx
