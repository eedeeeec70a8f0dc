#pragma once

// Internals of XlsxReader: the zip package with its size limits and one part's XML read as a
// stream (xlsxparts.cpp), turning stored values into the text a person sees (xlsxvalues.cpp),
// and a worksheet's cells (xlsxworksheet.cpp).

#include "importer/sheet.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QXmlStreamReader>

#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;

namespace despacho::importer::xlsx {

class Package
{
public:
    Package();
    ~Package();
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;

    // `device` must stay open and alive while the package is used.
    bool open(QIODevice *device, const ReadLimits &limits, ReadError *error);
    // The zip entry holding a part ("xl/workbook.xml"), matched exactly, then ignoring case and
    // slash direction; empty when there is none.
    QString entryFor(const QString &part) const;
    bool contains(const QString &part) const { return !entryFor(part).isEmpty(); }

private:
    friend class XmlPart;
    struct Entry
    {
        QString name;
        quint64 packedSize = 0;
        quint64 size = 0; // as declared in the zip directory
    };
    std::unique_ptr<QuaZip> m_zip;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_exact;
    QHash<QString, qsizetype> m_folded;
    ReadLimits m_limits;
};

// One part's XML, decompressed a chunk at a time into the reader, so a sheet is never held whole
// and reading stops at the size limits whatever the zip declared.
class XmlPart
{
public:
    XmlPart(Package &package, const QString &part);
    ~XmlPart();
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;

    bool open(ReadError *error);
    // Like QXmlStreamReader::readNext(); Invalid on any failure (see failure()), EndDocument once
    // the root element is closed.
    QXmlStreamReader::TokenType next();
    const QXmlStreamReader &xml() const { return m_xml; }
    // After next() returned Invalid: the reason, naming the part (and line for bad XML).
    ReadError failure() const;

private:
    bool feed();

    Package &m_package;
    QString m_part;
    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    quint64 m_compressed = 0;
    qint64 m_read = 0;
    int m_depth = 0;
    bool m_eof = false;
    bool m_done = false;
    ReadError m_error; // zip-level failure while reading
};

enum class Step
{
    Continue,
    Stop,
    Fail
};

// Visits every token of a part; the handler stops early or fails (setting *error itself).
template <typename Handler>
bool walk(Package &package, const QString &part, ReadError *error, Handler handler)
{
    XmlPart xml(package, part);
    if (!xml.open(error))
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = xml.next();
        if (token == QXmlStreamReader::Invalid) {
            *error = xml.failure();
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            return true;
        const Step step = handler(token, xml.xml());
        if (step != Step::Continue)
            return step == Step::Stop;
    }
}

// Local name of an attribute, whatever its prefix or namespace; empty when absent.
QStringView attribute(const QXmlStreamAttributes &attributes, QStringView localName);

QString folderOf(const QString &part);
// The relationships part of `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
QString relsPartOf(const QString &part);
// A relationship target resolved against the folder of its source part; "/" makes it absolute.
QString resolveTarget(const QString &folder, const QString &target);

// "1" or "true", as booleans are written in OOXML.
bool isTrue(QStringView value);

// Undoes the _xHHHH_ escapes Excel writes for characters XML cannot carry (_x000D_ is CR).
QString decodeEscapes(const QString &text);

enum FormatFlag : quint8
{
    DateFormat = 1,
    TimeFormat = 2,
};
quint8 builtinFormatFlags(int numFmtId);
quint8 formatCodeFlags(QStringView code);

// A <v> of a numeric cell: the number as stored, or a date when the style says so.
Cell numberCell(const QString &literal, quint8 formatFlags, bool date1904);
// A t="d" cell's ISO 8601 text.
Cell isoDateCell(const QString &literal, quint8 formatFlags);

// What a worksheet's cells need from the rest of the workbook.
struct CellContext
{
    const QStringList &sharedStrings;
    const QList<quint8> &styleFlags; // format flags per cellXfs index
    bool date1904 = false;
    int maxRows = 0;
};

// Reads a worksheet part into `sheet`; with no sheet, only finds whether any cell has a value
// (stopping at the first), as listing the sheets needs.
bool readWorksheet(Package &package, const QString &part, const QString &sheetName,
                   const CellContext &context, Sheet *sheet, bool *hasData, ReadError *error);

} // namespace despacho::importer::xlsx
