#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace despacho::importer {

// What a spreadsheet reader hands on: each sheet's cells as the text a person sees in the cell,
// plus what kind of value it was, so later checks can tell an id typed as text from a number that
// Excel rounded. Rows and columns keep their place in the file (row 0 is the file's first row,
// column 0 is A), so messages can name "row 7, column C" as the user's program shows it.
enum class CellKind
{
    Empty,
    Text,
    Number,  // text: digits as stored, integers without ".0" or exponent when exact
    Date,    // text: ISO "yyyy-MM-dd" or "yyyy-MM-ddTHH:mm:ss"
    Boolean, // text: "TRUE" / "FALSE"
    Error,   // text: "#N/A", "#REF!"…
};

struct Cell
{
    QString text;
    CellKind kind = CellKind::Empty;
    // A number too big for its digits to survive (more than 15 significant digits, or shown in
    // scientific notation): "4.4E+43" where a 44-digit NF-e key was. Text is what was stored.
    bool lostDigits = false;
    bool operator==(const Cell &) const = default;
};

using Row = QList<Cell>; // may be shorter than the widest row; missing cells are Empty

struct Sheet
{
    QString name;
    QList<Row> rows; // index = row in the file (0-based); empty rows are empty lists
    int columnCount() const;
    const Cell &cell(int row, int column) const; // an Empty cell outside the data
};

// A sheet the user could pick. Hidden, very hidden and chart sheets are never listed.
struct SheetInfo
{
    QString name;
    bool hasData = false; // at least one non-empty cell
};

// Refusals that apply to every format (checked before anything is queued).
struct ReadLimits
{
    qint64 maxFileBytes = 50LL * 1024 * 1024;
    int maxRows = 200000;
    // An XLSX part whose uncompressed size passes this, or whose ratio to its compressed size
    // passes maxRatio while above 1 MB, is a zip bomb.
    qint64 maxPartBytes = 512LL * 1024 * 1024;
    int maxRatio = 200;
};

enum class ReadFailure
{
    None,
    TooLarge,    // file over maxFileBytes
    TooManyRows, // a sheet over maxRows
    ZipBomb,
    BrokenZip,
    BrokenXml,
    LegacyXls, // binary .xls (OLE2), not readable: save as .xlsx or .csv
    Empty,     // no sheet with data
    NoSuchSheet,
    Unreadable, // cannot open the file
};

// A translated message naming the file part, sheet and row where it applies, and the failure.
struct ReadError
{
    ReadFailure failure = ReadFailure::None;
    QString message;
    explicit operator bool() const { return failure != ReadFailure::None; }
};

} // namespace despacho::importer
