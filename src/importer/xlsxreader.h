#pragma once

#include "importer/sheet.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace despacho::importer {

// Reads Office Open XML workbooks (.xlsx, as Excel, LibreOffice and openpyxl write them) through
// QuaZip and QXmlStreamReader. Parts are found through the package's relationships, never by
// fixed path. See xlsxreader.cpp for what is handled.
class XlsxReader
{
public:
    explicit XlsxReader(ReadLimits limits = {});
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // Opens the package and reads the workbook, relationships, styles and shared strings.
    bool open(const QString &path, ReadError *error);
    bool openData(const QByteArray &data, ReadError *error);

    // Visible worksheets in workbook order (hidden, very hidden and chart sheets left out).
    QList<SheetInfo> sheets() const;
    // The first visible worksheet with data; empty when there is none.
    QString defaultSheet() const;
    // One sheet's cells. NoSuchSheet when `name` is not among sheets().
    std::optional<Sheet> readSheet(const QString &name, ReadError *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace despacho::importer
