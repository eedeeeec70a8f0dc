#include "importer/xlsxreader.h"

#include "importer/xlsxparts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>

// Handled: parts found through _rels/.rels and the workbook's relationships (relative, absolute
// and "../" targets, entry names matched ignoring case), any namespace prefix and the strict
// OOXML namespaces, hidden/very hidden/chart sheets left out, shared strings with rich text and
// phonetic runs, inline strings, every cell type, cells and rows without r, _xHHHH_ escapes,
// dates by built-in or custom number format in the 1900 and 1904 systems, ISO t="d" cells.
// Refused before they can cost memory: files over maxFileBytes, parts over maxPartBytes or
// maxRatio (declared or actual), sheets over maxRows, DTDs (entity bombs) and legacy .xls.

using namespace Qt::StringLiterals;

namespace despacho::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::XlsxReader)
};

using xlsx::attribute;
using Token = QXmlStreamReader::TokenType;

using xlsx::Step;
using xlsx::walk;

struct Relationship
{
    QString id;
    QString type;
    QString target; // resolved part name
};

struct WorkbookSheet
{
    QString name;
    QString relationshipId;
    bool visible = true;
};

// minizip seeks wherever a damaged zip directory points; QBuffer would warn on each such seek
// (a flood under the fuzzer) where a QFile just fails the read that follows.
class PackageBuffer : public QBuffer
{
public:
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > buffer().size())
            return false;
        return QBuffer::seek(pos);
    }
};

struct SheetEntry
{
    QString name;
    QString part;
    bool hasData = false;
};

} // namespace

struct XlsxReader::Private
{
    ReadLimits limits;
    QByteArray data;
    PackageBuffer buffer;
    std::unique_ptr<QFile> file;
    std::unique_ptr<xlsx::Package> package; // after the devices: destroyed before them
    QStringList sharedStrings;
    QList<quint8> styleFlags; // per cellXfs index
    bool date1904 = false;
    QList<SheetEntry> sheets;

    void reset();
    bool openDevice(QIODevice *device, ReadError *error);
    bool load(ReadError *error);
    bool readRelationships(const QString &source, QList<Relationship> *rels, ReadError *error);
    bool readWorkbook(const QString &part, QList<WorkbookSheet> *list, ReadError *error);
    bool readSharedStrings(const QString &part, ReadError *error);
    bool readStyles(const QString &part, ReadError *error);
    bool readCells(const SheetEntry &entry, Sheet *sheet, bool *hasData, ReadError *error)
    {
        return xlsx::readWorksheet(*package, entry.part, entry.name,
                                   {sharedStrings, styleFlags, date1904, limits.maxRows}, sheet,
                                   hasData, error);
    }
};

void XlsxReader::Private::reset()
{
    package.reset();
    if (buffer.isOpen())
        buffer.close();
    data.clear();
    file.reset();
    sharedStrings.clear();
    styleFlags.clear();
    date1904 = false;
    sheets.clear();
}

bool XlsxReader::Private::openDevice(QIODevice *device, ReadError *error)
{
    if (device->peek(8) == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        // An OLE2 compound file: an .xls, or an .xlsx that Excel encrypted with a password.
        QByteArray encrypted; // the stream name, UTF-16LE in the compound file's directory
        for (char c : "EncryptedPackage"_ba)
            encrypted.append(c).append('\0');
        if (device->readAll().contains(encrypted)) {
            *error = {ReadFailure::Unreadable,
                      Tr::tr("the workbook is protected with a password; open it in Excel, remove "
                             "the password and save it again")};
        } else {
            *error = {ReadFailure::LegacyXls,
                      Tr::tr("this is an old Excel 97–2003 (.xls) file; open it in Excel or "
                             "LibreOffice and save it as .xlsx or .csv")};
        }
        return false;
    }
    package = std::make_unique<xlsx::Package>();
    if (package->open(device, limits, error) && load(error))
        return true;
    reset();
    return false;
}

bool XlsxReader::Private::load(ReadError *error)
{
    QList<Relationship> packageRels;
    if (!package->contains(u"_rels/.rels"_s)) {
        *error = {ReadFailure::BrokenZip,
                  Tr::tr("the file is not an Excel workbook (its package has no _rels/.rels)")};
        return false;
    }
    if (!readRelationships(QString(), &packageRels, error))
        return false;
    QString workbookPart;
    for (const Relationship &rel : std::as_const(packageRels)) {
        if (rel.type.endsWith(u"/officeDocument"_s)) {
            workbookPart = rel.target;
            break;
        }
    }
    if (workbookPart.isEmpty()) {
        *error = {ReadFailure::BrokenZip,
                  Tr::tr("the file is not an Excel workbook (its package names no workbook)")};
        return false;
    }
    QList<WorkbookSheet> listed;
    if (!readWorkbook(workbookPart, &listed, error))
        return false;
    QList<Relationship> rels;
    if (!listed.isEmpty() && !readRelationships(workbookPart, &rels, error))
        return false;
    QHash<QString, Relationship> byId;
    for (const Relationship &rel : std::as_const(rels)) {
        byId.insert(rel.id, rel);
        // Both parts are optional: a workbook of numbers needs no strings, styles default.
        if (rel.type.endsWith(u"/sharedStrings"_s) && package->contains(rel.target) &&
            !readSharedStrings(rel.target, error))
            return false;
        if (rel.type.endsWith(u"/styles"_s) && package->contains(rel.target) &&
            !readStyles(rel.target, error))
            return false;
    }
    for (const WorkbookSheet &listedSheet : std::as_const(listed)) {
        const auto rel = byId.constFind(listedSheet.relationshipId);
        // Chart sheets, dialog and macro sheets have other relationship types.
        if (!listedSheet.visible || rel == byId.cend() || !rel->type.endsWith(u"/worksheet"_s))
            continue;
        SheetEntry entry{listedSheet.name, rel->target};
        if (!readCells(entry, nullptr, &entry.hasData, error))
            return false;
        sheets.append(entry);
    }
    return true;
}

bool XlsxReader::Private::readRelationships(const QString &source, QList<Relationship> *rels,
                                            ReadError *error)
{
    const QString part = source.isEmpty() ? u"_rels/.rels"_s : xlsx::relsPartOf(source);
    const QString folder = xlsx::folderOf(source);
    return walk(*package, part, error, [&](Token token, const QXmlStreamReader &xml) {
        if (token != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            return Step::Continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attribute(attributes, u"TargetMode").compare(u"External", Qt::CaseInsensitive) != 0) {
            rels->append(
                {attribute(attributes, u"Id").toString(), attribute(attributes, u"Type").toString(),
                 xlsx::resolveTarget(folder, attribute(attributes, u"Target").toString())});
        }
        return Step::Continue;
    });
}

bool XlsxReader::Private::readWorkbook(const QString &part, QList<WorkbookSheet> *list,
                                       ReadError *error)
{
    bool inSheets = false;
    return walk(*package, part, error, [&](Token token, const QXmlStreamReader &xml) {
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheets")
            inSheets = false;
        if (token != QXmlStreamReader::StartElement)
            return Step::Continue;
        const QStringView name = xml.name();
        const QXmlStreamAttributes attributes = xml.attributes();
        if (name == u"sheets") {
            inSheets = true;
        } else if (name == u"sheet" && inSheets) {
            const QStringView state = attribute(attributes, u"state");
            list->append({attribute(attributes, u"name").toString(),
                          attribute(attributes, u"id").toString(),
                          state.compare(u"hidden", Qt::CaseInsensitive) != 0 &&
                              state.compare(u"veryHidden", Qt::CaseInsensitive) != 0});
        } else if (name == u"workbookPr") {
            date1904 = xlsx::isTrue(attribute(attributes, u"date1904"));
        }
        return Step::Continue;
    });
}

bool XlsxReader::Private::readSharedStrings(const QString &part, ReadError *error)
{
    QString current;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0; // inside <rPh>: the reading of East Asian text, not shown in the cell
    return walk(*package, part, error, [&](Token token, const QXmlStreamReader &xml) {
        if (token == QXmlStreamReader::Characters) {
            if (inText)
                current += xml.text();
            return Step::Continue;
        }
        const bool start = token == QXmlStreamReader::StartElement;
        if (!start && token != QXmlStreamReader::EndElement)
            return Step::Continue;
        const QStringView name = xml.name();
        if (name == u"si") {
            inItem = start;
            if (!start)
                sharedStrings.append(xlsx::decodeEscapes(current));
            current.clear();
        } else if (name == u"rPh") {
            phonetic += start ? 1 : -1;
        } else if (name == u"t") {
            inText = start && inItem && phonetic == 0;
        }
        return Step::Continue;
    });
}

bool XlsxReader::Private::readStyles(const QString &part, ReadError *error)
{
    QHash<int, QString> customCodes;
    QList<int> formatIds;
    QStringView section;
    const bool ok = walk(*package, part, error, [&](Token token, const QXmlStreamReader &xml) {
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::EndElement && (name == u"numFmts" || name == u"cellXfs"))
            section = {};
        if (token != QXmlStreamReader::StartElement)
            return Step::Continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (name == u"numFmts")
            section = u"numFmts";
        else if (name == u"cellXfs")
            section = u"cellXfs";
        else if (name == u"numFmt" && section == u"numFmts")
            customCodes.insert(attribute(attributes, u"numFmtId").toInt(),
                               attribute(attributes, u"formatCode").toString());
        else if (name == u"xf" && section == u"cellXfs")
            formatIds.append(attribute(attributes, u"numFmtId").toInt());
        return Step::Continue;
    });
    // A workbook may give a built-in id its own code ("0.00" as id 14): the code decides.
    QHash<int, quint8> flagsById;
    for (int id : std::as_const(formatIds)) {
        auto flags = flagsById.constFind(id);
        if (flags == flagsById.cend()) {
            const auto custom = customCodes.constFind(id);
            flags =
                flagsById.insert(id, custom == customCodes.cend() ? xlsx::builtinFormatFlags(id)
                                                                  : xlsx::formatCodeFlags(*custom));
        }
        styleFlags.append(*flags);
    }
    return ok;
}

XlsxReader::XlsxReader(ReadLimits limits)
    : d(std::make_unique<Private>())
{
    d->limits = limits;
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(const QString &path, ReadError *error)
{
    d->reset();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = {ReadFailure::Unreadable,
                  Tr::tr("the file cannot be opened: %1").arg(file->errorString())};
        return false;
    }
    if (file->size() > d->limits.maxFileBytes) {
        *error = {ReadFailure::TooLarge, Tr::tr("the file has %1 MB; the limit is %2 MB")
                                             .arg(file->size() / (1024 * 1024))
                                             .arg(d->limits.maxFileBytes / (1024 * 1024))};
        return false;
    }
    d->file = std::move(file);
    return d->openDevice(d->file.get(), error);
}

bool XlsxReader::openData(const QByteArray &data, ReadError *error)
{
    d->reset();
    if (data.size() > d->limits.maxFileBytes) {
        *error = {ReadFailure::TooLarge, Tr::tr("the file has %1 MB; the limit is %2 MB")
                                             .arg(data.size() / (1024 * 1024))
                                             .arg(d->limits.maxFileBytes / (1024 * 1024))};
        return false;
    }
    d->data = data;
    d->buffer.setBuffer(&d->data);
    d->buffer.open(QIODevice::ReadOnly);
    return d->openDevice(&d->buffer, error);
}

QList<SheetInfo> XlsxReader::sheets() const
{
    QList<SheetInfo> list;
    for (const SheetEntry &entry : std::as_const(d->sheets))
        list.append({entry.name, entry.hasData});
    return list;
}

QString XlsxReader::defaultSheet() const
{
    for (const SheetEntry &entry : std::as_const(d->sheets)) {
        if (entry.hasData)
            return entry.name;
    }
    return {};
}

std::optional<Sheet> XlsxReader::readSheet(const QString &name, ReadError *error)
{
    if (!d->package) {
        *error = {ReadFailure::Unreadable, Tr::tr("no workbook is open")};
        return std::nullopt;
    }
    if (defaultSheet().isEmpty()) {
        *error = {ReadFailure::Empty, Tr::tr("the workbook has no sheet with data")};
        return std::nullopt;
    }
    const SheetEntry *entry = nullptr;
    for (const SheetEntry &candidate : std::as_const(d->sheets)) {
        if (candidate.name == name) {
            entry = &candidate;
            break;
        }
    }
    if (!entry) {
        *error = {ReadFailure::NoSuchSheet,
                  Tr::tr("the workbook has no sheet named \"%1\"").arg(name)};
        return std::nullopt;
    }
    if (!entry->hasData) {
        *error = {ReadFailure::Empty, Tr::tr("the sheet %1 is empty").arg(name)};
        return std::nullopt;
    }
    Sheet sheet;
    sheet.name = entry->name;
    bool hasData = false;
    if (!d->readCells(*entry, &sheet, &hasData, error))
        return std::nullopt;
    return sheet;
}

} // namespace despacho::importer
