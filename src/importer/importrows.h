#pragma once

#include "core/channel.h"
#include "importer/columnmapping.h"
#include "importer/sheet.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace despacho::importer {

// Where a row of a tracking batch stands. The report's status column: sent, queued, dry-run-ok,
// duplicate-in-file, already-applied, error ("ready" before anything was done with it, "not-sent"
// when the batch was stopped first).
enum class RowStatus
{
    Ready,
    DryRunOk,
    Queued,
    Sent,
    DuplicateInFile,
    AlreadyApplied,
    NotSent, // ready, but the person stopped the batch before it was queued
    Error,
};
QString rowStatusKey(RowStatus status);
QString rowStatusDisplayName(RowStatus status); // translated
// Rows that are fine in the batch's outcome: nothing rejected (a duplicate is not an error).
bool isRejected(RowStatus status);

// One data row of the sheet, as read and then as validated.
struct ImportRow
{
    int fileRow = 0;   // as the spreadsheet program numbers it (1-based)
    QStringList cells; // the row's cells by column, for "export failed rows"
    // As read (trimmed):
    QString accountName; // the account column, if any
    QString orderId;
    QString invoice;
    QString courier;
    QString trackingNumber;
    QString trackingUrl;
    QDateTime dispatched;
    // As resolved by validation:
    QString account;
    Channel channel = Channel::Vtex;
    QString invoiceNumber; // the order's invoice the row goes to (VTEX)
    bool urlFromTemplate = false;
    RowStatus status = RowStatus::Ready;
    QString message;       // the error, or what made it a duplicate / already applied
    QStringList notes;     // warnings shown beside it (a date read from a serial number…)
    QJsonObject payload;   // the command it becomes (when Ready)
    QStringList overrides; // warnings recorded in the audit line
    qint64 commandId = 0;
    bool orderMissing = false; // the order was not in the cache when validated

    void fail(const QString &why)
    {
        status = RowStatus::Error;
        message = why;
    }
};

// The data rows under the mapping's header (rows with nothing in a mapped column are skipped),
// with their values checked for what spreadsheets do to them: numbers that lost digits
// ("4,4E+43"), dates as serial numbers or dd/mm/yyyy, accents already broken (U+FFFD).
// Messages name the row and the column's header.
QList<ImportRow> extractRows(const Sheet &sheet, const ColumnMapping &mapping);

// "2026-12-01", "01/12/2026 14:30", an Excel serial number (45627): the station's local time.
// `note` says how a serial number was read. Invalid when the text is no date.
QDateTime parseSheetDate(const Cell &cell, QString *note);
// Whether the text is a number as Excel writes one it could not keep whole: "4,4E+43",
// "2.71039E+09".
bool looksLikeLostDigits(const QString &text);

// The CLI's and the summary's report: row,order,invoice,tracking_number,status,message.
QByteArray reportCsv(const QList<ImportRow> &rows);
// The failed rows with the input's own columns (headers first) and a message column last.
QList<QStringList> failedRowsTable(const QList<ImportRow> &rows, const QStringList &headers);
// RFC 4180 text, comma separated, CRLF, UTF-8 (with a BOM when `bom`, so Excel reads accents).
QByteArray toCsv(const QList<QStringList> &table, bool bom = false, QChar delimiter = u',');
// Writes `bytes` to `path` all at once (QSaveFile: a crash leaves the old file or none, never
// half a report). False with the reason in `error`.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);

} // namespace despacho::importer
