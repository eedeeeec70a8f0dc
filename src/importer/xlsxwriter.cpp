#include "importer/xlsxwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace despacho::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::XlsxReader)
};

const QString MainNs = u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s;
const QString RelNs = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;
const QString PackageRelNs = u"http://schemas.openxmlformats.org/package/2006/relationships"_s;

constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;
constexpr int MaxCellChars = 32767; // what Excel keeps in a cell

// Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) are left
// out; a package with them does not open.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += text.at(i);
            out += text.at(++i);
        } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                   (c >= 0xE000 && c <= 0xFFFD)) {
            out += QChar(c);
        }
    }
    return out;
}

bool looksLikeEscape(const QString &text, qsizetype i)
{
    if (i + 6 >= text.size() || text.at(i + 1) != u'x' || text.at(i + 6) != u'_')
        return false;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const char16_t c = text.at(k).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

// Cell text as Excel stores it: an XML parser turns a bare CR into LF, so CR goes as &#13;, and
// text that already looks like an _xHHHH_ escape gets its underscore escaped (_x005F_).
void writeCellText(QXmlStreamWriter &xml, const QString &raw)
{
    QString text = xmlSafe(raw);
    if (text.size() > MaxCellChars)
        text.truncate(text.at(MaxCellChars - 1).isHighSurrogate() ? MaxCellChars - 1
                                                                  : MaxCellChars);
    QString run;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            xml.writeCharacters(run);
            run.clear();
            xml.writeEntityReference(u"#13"_s);
        } else if (c == u'_' && looksLikeEscape(text, i)) {
            run += u"_x005F_"_s;
        } else {
            run += c;
        }
    }
    xml.writeCharacters(run);
}

QString columnName(int index)
{
    QString name;
    for (++index; index > 0; index = (index - 1) / 26)
        name.prepend(QChar(u'A' + (index - 1) % 26));
    return name;
}

QString sanitizeSheetName(const QString &name)
{
    QString out;
    for (const QChar c : xmlSafe(name)) {
        if (c == u':' || c == u'/' || c == u'\\')
            out += u'-';
        else if (c != u'[' && c != u']' && c != u'*' && c != u'?' && c.unicode() >= 0x20)
            out += c;
    }
    // Excel refuses names that start or end with an apostrophe and reserves "History".
    while (out.startsWith(u'\''))
        out.remove(0, 1);
    out = out.left(out.size() > 31 && out.at(30).isHighSurrogate() ? 30 : 31);
    while (out.endsWith(u'\''))
        out.chop(1);
    if (out.trimmed().isEmpty())
        out = u"Planilha1"_s;
    if (out.compare(u"History"_s, Qt::CaseInsensitive) == 0)
        out += u"_"_s;
    return out;
}

QByteArray xmlPart(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument(u"1.0"_s, true);
    body(xml);
    xml.writeEndDocument();
    return out;
}

QByteArray contentTypes()
{
    return xmlPart([](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(
            u"http://schemas.openxmlformats.org/package/2006/content-types"_s);
        xml.writeStartElement(u"Types"_s);
        const auto type = [&](const QString &element, const QString &key, const QString &value,
                              const QString &contentType) {
            xml.writeEmptyElement(element);
            xml.writeAttribute(key, value);
            xml.writeAttribute(u"ContentType"_s, contentType);
        };
        const QString office = u"application/vnd.openxmlformats-officedocument.spreadsheetml."_s;
        type(u"Default"_s, u"Extension"_s, u"rels"_s,
             u"application/vnd.openxmlformats-package.relationships+xml"_s);
        type(u"Default"_s, u"Extension"_s, u"xml"_s, u"application/xml"_s);
        type(u"Override"_s, u"PartName"_s, u"/xl/workbook.xml"_s, office + u"sheet.main+xml"_s);
        type(u"Override"_s, u"PartName"_s, u"/xl/worksheets/sheet1.xml"_s,
             office + u"worksheet+xml"_s);
        type(u"Override"_s, u"PartName"_s, u"/xl/styles.xml"_s, office + u"styles+xml"_s);
        xml.writeEndElement();
    });
}

QByteArray relationships(const QList<std::pair<QString, QString>> &typeAndTarget)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(PackageRelNs);
        xml.writeStartElement(u"Relationships"_s);
        for (qsizetype i = 0; i < typeAndTarget.size(); ++i) {
            xml.writeEmptyElement(u"Relationship"_s);
            xml.writeAttribute(u"Id"_s, u"rId"_s + QString::number(i + 1));
            xml.writeAttribute(u"Type"_s, RelNs + u'/' + typeAndTarget.at(i).first);
            xml.writeAttribute(u"Target"_s, typeAndTarget.at(i).second);
        }
        xml.writeEndElement();
    });
}

QByteArray workbook(const QString &sheetName)
{
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(MainNs);
        xml.writeNamespace(RelNs, u"r"_s);
        xml.writeStartElement(u"workbook"_s);
        xml.writeStartElement(u"bookViews"_s);
        xml.writeEmptyElement(u"workbookView"_s);
        xml.writeEndElement();
        xml.writeStartElement(u"sheets"_s);
        xml.writeEmptyElement(u"sheet"_s);
        xml.writeAttribute(u"name"_s, sheetName);
        xml.writeAttribute(u"sheetId"_s, u"1"_s);
        xml.writeAttribute(RelNs, u"id"_s, u"rId1"_s);
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray styles()
{
    // Both cell formats are text (built-in 49, "@"), so what a user types in the template stays
    // as typed; the second is bold for the header.
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<fonts count=\"2\">"
        "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        "</borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        "</cellStyleXfs>"
        "<cellXfs count=\"2\">"
        "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\" applyFont=\"1\"/></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
        "</cellStyles></styleSheet>");
}

QByteArray worksheet(const QList<QStringList> &rows)
{
    int columns = 0;
    for (const QStringList &row : rows)
        columns = std::max(columns, int(row.size()));
    // About one width unit per character of the longest line, within reason.
    QList<int> widths(columns, 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            for (const QStringView line : QStringView(row.at(c)).split(u'\n'))
                widths[c] = std::max(widths[c], int(std::min<qsizetype>(line.size(), 1000)));
        }
    }
    return xmlPart([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(MainNs);
        xml.writeStartElement(u"worksheet"_s);
        if (columns > 0 && !rows.isEmpty()) {
            xml.writeEmptyElement(u"dimension"_s);
            xml.writeAttribute(u"ref"_s,
                               u"A1:"_s + columnName(columns - 1) + QString::number(rows.size()));
        }
        xml.writeStartElement(u"sheetViews"_s);
        xml.writeStartElement(u"sheetView"_s);
        xml.writeAttribute(u"workbookViewId"_s, u"0"_s);
        if (rows.size() > 1) { // the header stays in view while scrolling
            xml.writeEmptyElement(u"pane"_s);
            xml.writeAttribute(u"ySplit"_s, u"1"_s);
            xml.writeAttribute(u"topLeftCell"_s, u"A2"_s);
            xml.writeAttribute(u"activePane"_s, u"bottomLeft"_s);
            xml.writeAttribute(u"state"_s, u"frozen"_s);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEmptyElement(u"sheetFormatPr"_s);
        xml.writeAttribute(u"defaultRowHeight"_s, u"15"_s);
        if (columns > 0) {
            xml.writeStartElement(u"cols"_s);
            for (int c = 0; c < columns; ++c) {
                xml.writeEmptyElement(u"col"_s);
                xml.writeAttribute(u"min"_s, QString::number(c + 1));
                xml.writeAttribute(u"max"_s, QString::number(c + 1));
                xml.writeAttribute(u"width"_s, QString::number(std::clamp(widths[c] + 3, 10, 60)));
                xml.writeAttribute(u"customWidth"_s, u"1"_s);
            }
            xml.writeEndElement();
        }
        xml.writeStartElement(u"sheetData"_s);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QString rowNumber = QString::number(r + 1);
            xml.writeStartElement(u"row"_s);
            xml.writeAttribute(u"r"_s, rowNumber);
            for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
                if (rows.at(r).at(c).isEmpty())
                    continue;
                xml.writeStartElement(u"c"_s);
                xml.writeAttribute(u"r"_s, columnName(int(c)) + rowNumber);
                if (r == 0)
                    xml.writeAttribute(u"s"_s, u"1"_s);
                xml.writeAttribute(u"t"_s, u"inlineStr"_s);
                xml.writeStartElement(u"is"_s);
                xml.writeStartElement(u"t"_s);
                xml.writeAttribute(u"xml:space"_s, u"preserve"_s);
                writeCellText(xml, rows.at(r).at(c));
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &content)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime::currentDateTime();
    info.externalAttr = 0644u << 16; // a regular file, readable when unpacked
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool written = file.write(content) == content.size();
    file.close();
    return written && file.getZipError() == ZIP_OK;
}

} // namespace

QByteArray xlsxWorkbook(const QString &sheetName, const QList<QStringList> &rows, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (rows.size() > MaxRows)
        return fail(Tr::tr("%1 rows do not fit in an Excel sheet (the limit is %2)")
                        .arg(rows.size())
                        .arg(MaxRows));
    for (const QStringList &row : rows) {
        if (row.size() > MaxColumns)
            return fail(Tr::tr("%1 columns do not fit in an Excel sheet (the limit is %2)")
                            .arg(row.size())
                            .arg(MaxColumns));
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return fail(
                Tr::tr("the spreadsheet cannot be created (zip error %1)").arg(zip.getZipError()));
        // Sizes in the local headers rather than trailing descriptors: what older readers expect.
        zip.setDataDescriptorWritingEnabled(false);
        const QList<std::pair<QString, QByteArray>> parts{
            {u"[Content_Types].xml"_s, contentTypes()},
            {u"_rels/.rels"_s, relationships({{u"officeDocument"_s, u"xl/workbook.xml"_s}})},
            {u"xl/workbook.xml"_s, workbook(sanitizeSheetName(sheetName))},
            {u"xl/_rels/workbook.xml.rels"_s,
             relationships(
                 {{u"worksheet"_s, u"worksheets/sheet1.xml"_s}, {u"styles"_s, u"styles.xml"_s}})},
            {u"xl/styles.xml"_s, styles()},
            {u"xl/worksheets/sheet1.xml"_s, worksheet(rows)},
        };
        for (const auto &[name, content] : parts) {
            if (!addEntry(zip, name, content))
                return fail(Tr::tr("the spreadsheet cannot be created (zip error %1 in %2)")
                                .arg(zip.getZipError())
                                .arg(name));
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return fail(
                Tr::tr("the spreadsheet cannot be created (zip error %1)").arg(zip.getZipError()));
    }
    return bytes;
}

bool writeXlsx(const QString &path, const QString &sheetName, const QList<QStringList> &rows,
               QString *error)
{
    const QByteArray bytes = xlsxWorkbook(sheetName, rows, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace despacho::importer
