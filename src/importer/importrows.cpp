#include "importer/importrows.h"

#include "importer/spreadsheet.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace despacho::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::ImportRows)
};

QString headerName(const ColumnMapping &mapping, int column)
{
    const QString h = mapping.headers.value(column).trimmed();
    return h.isEmpty() ? Tr::tr("column %1").arg(columnName(column)) : h;
}

// Excel's 1900 day numbers: serial 61 is 1900-03-01 (it counts a 29 February 1900 that never
// was), so from there day 0 is 1899-12-30.
QDate serialDate(double serial)
{
    return QDate(1899, 12, 30).addDays(qint64(serial));
}

} // namespace

QString rowStatusKey(RowStatus status)
{
    switch (status) {
    case RowStatus::Ready:
        return u"ready"_s;
    case RowStatus::DryRunOk:
        return u"dry-run-ok"_s;
    case RowStatus::Queued:
        return u"queued"_s;
    case RowStatus::Sent:
        return u"sent"_s;
    case RowStatus::DuplicateInFile:
        return u"duplicate-in-file"_s;
    case RowStatus::AlreadyApplied:
        return u"already-applied"_s;
    case RowStatus::NotSent:
        return u"not-sent"_s;
    case RowStatus::Error:
        break;
    }
    return u"error"_s;
}

QString rowStatusDisplayName(RowStatus status)
{
    switch (status) {
    case RowStatus::Ready:
        return Tr::tr("Ready");
    case RowStatus::DryRunOk:
        return Tr::tr("OK (dry run)");
    case RowStatus::Queued:
        return Tr::tr("Queued");
    case RowStatus::Sent:
        return Tr::tr("Sent");
    case RowStatus::DuplicateInFile:
        return Tr::tr("Duplicate in file");
    case RowStatus::AlreadyApplied:
        return Tr::tr("Already applied");
    case RowStatus::NotSent:
        return Tr::tr("Not sent");
    case RowStatus::Error:
        break;
    }
    return Tr::tr("Error");
}

bool isRejected(RowStatus status)
{
    return status == RowStatus::Error;
}

bool looksLikeLostDigits(const QString &text)
{
    static const QRegularExpression scientific(u"^\\d+([.,]\\d+)?[eE][+]?\\d+$"_s);
    return scientific.match(text.trimmed()).hasMatch();
}

QDateTime parseSheetDate(const Cell &cell, QString *note)
{
    const QString text = cell.text.trimmed();
    if (text.isEmpty())
        return {};
    if (cell.kind == CellKind::Date) {
        const QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
        if (iso.isValid())
            return iso;
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.startOfDay() : QDateTime();
    }
    // A serial number: a date column that lost its format (or a CSV of one).
    static const QRegularExpression serial(u"^(\\d{5})([.,]\\d+)?$"_s);
    if (const auto m = serial.match(text); m.hasMatch()) {
        const double value = QString(text).replace(u',', u'.').toDouble();
        if (value >= 20000 && value < 80000) {
            const QDate date = serialDate(value);
            const double fraction = value - std::floor(value);
            const QDateTime when(date, QTime(0, 0).addSecs(qint64(std::lround(fraction * 86400))));
            *note = Tr::tr("the date was the number %1 (how Excel stores dates); read as %2")
                        .arg(text, QLocale().toString(when, QLocale::ShortFormat));
            return when;
        }
        return {};
    }
    static const QRegularExpression brazilian(
        u"^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"_s);
    if (const auto m = brazilian.match(text); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (year < 100)
            year += 2000;
        const QDate date(year, m.captured(2).toInt(), m.captured(1).toInt());
        const QTime time =
            m.captured(4).isEmpty()
                ? QTime(0, 0)
                : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time);
    }
    QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    if (!iso.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            iso = date.startOfDay();
    }
    return iso;
}

QList<ImportRow> extractRows(const Sheet &sheet, const ColumnMapping &mapping)
{
    QList<ImportRow> rows;
    const int columns = sheet.columnCount();
    for (int r = mapping.firstDataRow(); r < sheet.rows.size(); ++r) {
        bool any = false;
        for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend() && !any; ++it)
            any = !sheet.cell(r, it.key()).text.trimmed().isEmpty();
        if (!any)
            continue;
        ImportRow row;
        row.fileRow = r + 1;
        for (int c = 0; c < columns; ++c)
            row.cells << sheet.cell(r, c).text;
        QStringList problems;
        bool broken = false;
        for (auto it = mapping.fields.cbegin(); it != mapping.fields.cend(); ++it) {
            const Cell &cell = sheet.cell(r, it.key());
            const QString text = cell.text.trimmed();
            broken = broken || text.contains(QChar(QChar::ReplacementCharacter));
            const Field field = it.value();
            if (field != Field::Dispatched && field != Field::TrackingUrl &&
                (cell.lostDigits || looksLikeLostDigits(text))) {
                problems << Tr::tr("%1 is \"%2\": the spreadsheet turned it into a number and "
                                   "lost its digits; format the column as text and type it again")
                                .arg(headerName(mapping, it.key()), text);
                continue;
            }
            switch (field) {
            case Field::Order:
                row.orderId = text;
                break;
            case Field::Invoice:
                row.invoice = text;
                break;
            case Field::Courier:
                row.courier = text;
                break;
            case Field::TrackingNumber:
                row.trackingNumber = text;
                break;
            case Field::TrackingUrl:
                row.trackingUrl = text;
                break;
            case Field::Account:
                row.accountName = text;
                break;
            case Field::Dispatched: {
                QString note;
                row.dispatched = parseSheetDate(cell, &note);
                if (!text.isEmpty() && !row.dispatched.isValid())
                    problems << Tr::tr("%1: \"%2\" is not a date (write dd/mm/yyyy or "
                                       "dd/mm/yyyy hh:mm)")
                                    .arg(headerName(mapping, it.key()), text);
                if (!note.isEmpty())
                    row.notes << note;
                break;
            }
            case Field::None:
                break;
            }
        }
        if (broken)
            problems.prepend(Tr::tr("the row has characters that were lost before the file got "
                                    "here (\uFFFD where accents were): fix the file's encoding"));
        if (!problems.isEmpty())
            row.fail(problems.join(u"; "_s));
        rows.append(row);
    }
    return rows;
}

QByteArray toCsv(const QList<QStringList> &table, bool bom, QChar delimiter)
{
    QString out;
    for (const QStringList &line : table) {
        QStringList fields;
        for (const QString &f : line) {
            const bool quote =
                f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r');
            fields << (quote ? u'"' + QString(f).replace(u"\""_s, u"\"\""_s) + u'"' : f);
        }
        out += fields.join(delimiter) + u"\r\n"_s;
    }
    QByteArray bytes = out.toUtf8();
    if (bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QByteArray reportCsv(const QList<ImportRow> &rows)
{
    QList<QStringList> table{
        {u"row"_s, u"order"_s, u"invoice"_s, u"tracking_number"_s, u"status"_s, u"message"_s}};
    for (const ImportRow &r : rows) {
        QString message = r.message;
        if (!r.notes.isEmpty())
            message = (QStringList{message} + r.notes).join(u"; "_s);
        if (message.startsWith(u"; "_s))
            message = message.mid(2);
        table << QStringList{QString::number(r.fileRow),
                             r.orderId,
                             r.invoiceNumber.isEmpty() ? r.invoice : r.invoiceNumber,
                             r.trackingNumber,
                             rowStatusKey(r.status),
                             message};
    }
    return toCsv(table);
}

QList<QStringList> failedRowsTable(const QList<ImportRow> &rows, const QStringList &headers)
{
    QList<QStringList> table;
    QStringList head = headers;
    int width = int(headers.size());
    for (const ImportRow &r : rows)
        width = std::max(width, int(r.cells.size()));
    while (head.size() < width)
        head << QString();
    head << Tr::tr("Message");
    table << head;
    for (const ImportRow &r : rows) {
        if (!isRejected(r.status))
            continue;
        QStringList line = r.cells;
        while (line.size() < width)
            line << QString();
        line << r.message;
        table << line;
    }
    return table;
}

} // namespace despacho::importer
