#include "importer/spreadsheet.h"

#include "importer/csvreader.h"
#include "importer/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace despacho::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::Spreadsheet)
};

const QByteArray zipMagic("PK\x03\x04", 4);
const QByteArray oleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

ReadError tooLarge(qint64 size, const ReadLimits &limits)
{
    return {ReadFailure::TooLarge, Tr::tr("the file has %1 MB; files up to %2 MB can be imported")
                                       .arg(size / (1024 * 1024))
                                       .arg(limits.maxFileBytes / (1024 * 1024))};
}

} // namespace

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

std::optional<Spreadsheet> readSpreadsheet(const QString &path, const OpenOptions &options,
                                           const ReadLimits &limits, ReadError *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = {ReadFailure::Unreadable, Tr::tr("%1: no such file").arg(path)};
        return std::nullopt;
    }
    // The size first: a 2 GB file is refused without being read.
    if (info.size() > limits.maxFileBytes) {
        *error = tooLarge(info.size(), limits);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {ReadFailure::Unreadable, Tr::tr("%1: %2").arg(path, file.errorString())};
        return std::nullopt;
    }
    return readSpreadsheetData(file.readAll(), info.completeBaseName(), options, limits, error);
}

std::optional<Spreadsheet> readSpreadsheetData(const QByteArray &data, const QString &name,
                                               const OpenOptions &options, const ReadLimits &limits,
                                               ReadError *error)
{
    if (data.size() > limits.maxFileBytes) {
        *error = tooLarge(data.size(), limits);
        return std::nullopt;
    }
    if (data.startsWith(oleMagic)) {
        *error = {ReadFailure::LegacyXls,
                  Tr::tr("this is an old binary Excel file (.xls); save it as .xlsx or .csv "
                         "and import that")};
        return std::nullopt;
    }
    Spreadsheet result;
    if (data.startsWith(zipMagic)) {
        result.format = Spreadsheet::Format::Xlsx;
        XlsxReader reader(limits);
        if (!reader.openData(data, error))
            return std::nullopt;
        result.sheets = reader.sheets();
        const QString sheetName = options.sheet.isEmpty() ? reader.defaultSheet() : options.sheet;
        if (sheetName.isEmpty()) {
            *error = {ReadFailure::Empty, Tr::tr("the workbook has no sheet with data")};
            return std::nullopt;
        }
        auto sheet = reader.readSheet(sheetName, error);
        if (!sheet)
            return std::nullopt;
        result.sheet = std::move(*sheet);
        return result;
    }
    CsvOptions csvOptions{options.encoding, {}};
    auto csv = readCsv(data, csvOptions, limits, error);
    if (!csv)
        return std::nullopt;
    result.sheet = std::move(csv->sheet);
    result.sheet.name = name;
    result.sheets = {SheetInfo{name, true}};
    result.encoding = csv->encoding;
    result.delimiter = csv->delimiter;
    result.brokenCharacterRow = csv->brokenCharacterRow;
    return result;
}

} // namespace despacho::importer
