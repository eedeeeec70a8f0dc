#pragma once

#include "importer/sheet.h"

#include <QChar>
#include <QList>
#include <QString>

#include <optional>

namespace despacho::importer {

// A CSV or XLSX file, told apart by its content (not its name): what the import reads.
struct OpenOptions
{
    QString sheet;    // XLSX: the sheet to read; empty: the first visible one with data
    QString encoding; // CSV: "utf-8" or "windows-1252"; empty: detect
};

struct Spreadsheet
{
    enum class Format
    {
        Csv,
        Xlsx,
    };
    Format format = Format::Csv;
    QList<SheetInfo> sheets; // XLSX: the sheets the user can pick; CSV: one, named after the file
    Sheet sheet;             // the sheet read
    QString encoding;        // CSV: the encoding used
    QChar delimiter;         // CSV: the delimiter found
    int brokenCharacterRow = -1; // CSV: first row with U+FFFD (accents lost before us); -1 none
};

std::optional<Spreadsheet> readSpreadsheet(const QString &path, const OpenOptions &options,
                                           const ReadLimits &limits, ReadError *error);
// The same over bytes already read (`name` for messages and a CSV's sheet name).
std::optional<Spreadsheet> readSpreadsheetData(const QByteArray &data, const QString &name,
                                               const OpenOptions &options, const ReadLimits &limits,
                                               ReadError *error);

// "C" for column 2, "AA" for 26: as spreadsheet programs name columns.
QString columnName(int column);

} // namespace despacho::importer
