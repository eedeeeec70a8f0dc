#pragma once

#include "importer/sheet.h"

#include <QByteArray>
#include <QChar>
#include <QString>

#include <optional>

namespace despacho::importer {

// CSV as Excel and LibreOffice write it in Brazil: UTF-8 with or without a BOM, or Windows-1252;
// ';', ',' or tab between fields; quoted fields with delimiters, quotes ("") and line breaks
// inside; CRLF or LF. Encoding and delimiter are detected unless given; what was used is
// reported so the user can see it and override it.
struct CsvOptions
{
    QString encoding; // "utf-8" or "windows-1252"; empty: detect
    QChar delimiter;  // ';', ',' or '\t'; null: detect
};

struct CsvSheet
{
    Sheet sheet;
    QString encoding; // what was used
    QChar delimiter;
    // U+FFFD in the text: the accents were lost before the file reached us (saved through a
    // program that could not read them), or the wrong encoding was chosen.
    int brokenCharacterRow = -1; // first row (0-based) with one; -1 when none
};

// "utf-8" when the bytes are valid UTF-8 (or start with its BOM), else "windows-1252".
QString detectEncoding(const QByteArray &data);
// The delimiter that splits the first lines into the same number of fields (most fields wins).
QChar detectDelimiter(const QString &text);

std::optional<CsvSheet> readCsv(const QByteArray &data, const CsvOptions &options,
                                const ReadLimits &limits, ReadError *error);

} // namespace despacho::importer
