#include "importer/xlsxparts.h"

#include <QCoreApplication>
#include <QIODevice>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Qt::StringLiterals;

namespace despacho::importer::xlsx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::XlsxReader)
};

constexpr qint64 ChunkBytes = 256 * 1024;
// Below this a part is never called a bomb, whatever its ratio: XML of repeated rows compresses
// well past 200:1 when it is small.
constexpr qint64 RatioFloorBytes = 1024 * 1024;

QString foldedName(QString name)
{
    name.replace(u'\\', u'/');
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name.toLower();
}

bool overRatio(quint64 uncompressed, quint64 compressed, int maxRatio)
{
    return uncompressed > quint64(RatioFloorBytes) &&
           uncompressed / std::max<quint64>(compressed, 1) > quint64(std::max(maxRatio, 1));
}

ReadError bombError(const QString &part, const ReadLimits &limits)
{
    return {ReadFailure::ZipBomb,
            Tr::tr("the part %1 unpacks to more than %2 MB or more than %3 times its packed size; "
                   "the file is refused as a zip bomb")
                .arg(part)
                .arg(limits.maxPartBytes / (1024 * 1024))
                .arg(limits.maxRatio)};
}
} // namespace

Package::Package() = default;
Package::~Package() = default;

bool Package::open(QIODevice *device, const ReadLimits &limits, ReadError *error)
{
    m_limits = limits;
    m_zip = std::make_unique<QuaZip>(device);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = {ReadFailure::BrokenZip,
                  Tr::tr("the file is not an Excel workbook, or it is damaged (not a valid zip "
                         "package)")};
        return false;
    }
    const QList<QuaZipFileInfo64> infos = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != UNZ_OK) {
        *error = {ReadFailure::BrokenZip, Tr::tr("the file is damaged (its zip directory cannot "
                                                 "be read)")};
        return false;
    }
    m_entries.reserve(infos.size());
    for (const QuaZipFileInfo64 &info : infos)
        m_entries.append({info.name, info.compressedSize, info.uncompressedSize});
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        // The first of duplicate names wins, as it does when QuaZip looks the entry up.
        const QString &name = m_entries.at(i).name;
        if (!m_exact.contains(name))
            m_exact.insert(name, i);
        const QString folded = foldedName(name);
        if (!m_folded.contains(folded))
            m_folded.insert(folded, i);
    }
    return true;
}

QString Package::entryFor(const QString &part) const
{
    if (m_exact.contains(part))
        return part;
    const auto found = m_folded.constFind(foldedName(part));
    return found == m_folded.cend() ? QString() : m_entries.at(*found).name;
}

XmlPart::XmlPart(Package &package, const QString &part)
    : m_package(package)
    , m_part(part)
{}

XmlPart::~XmlPart()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

bool XmlPart::open(ReadError *error)
{
    const QString entry = m_package.entryFor(m_part);
    if (entry.isEmpty() || !m_package.m_zip) {
        *error = {ReadFailure::BrokenZip,
                  Tr::tr("the workbook is incomplete: the part %1 is missing").arg(m_part)};
        return false;
    }
    const Package::Entry &info = m_package.m_entries.at(m_package.m_exact.value(entry));
    const ReadLimits &limits = m_package.m_limits;
    if (info.size > quint64(std::max<qint64>(limits.maxPartBytes, 0)) ||
        overRatio(info.size, info.packedSize, limits.maxRatio)) {
        *error = bombError(m_part, limits);
        return false;
    }
    m_compressed = info.packedSize;
    m_file = std::make_unique<QuaZipFile>(m_package.m_zip.get());
    if (!m_package.m_zip->setCurrentFile(entry, QuaZip::csSensitive) ||
        !m_file->open(QIODevice::ReadOnly)) {
        *error = {ReadFailure::BrokenZip,
                  Tr::tr("the part %1 cannot be unpacked (damaged or encrypted)").arg(m_part)};
        return false;
    }
    return true;
}

bool XmlPart::feed()
{
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    const qint64 n = m_file->read(chunk.data(), chunk.size());
    if (n < 0) {
        m_error = {ReadFailure::BrokenZip, Tr::tr("the part %1 is damaged").arg(m_part)};
        return false;
    }
    if (n == 0) {
        m_eof = true;
        m_file->close();
        if (m_file->getZipError() != UNZ_OK) {
            m_error = {ReadFailure::BrokenZip,
                       Tr::tr("the part %1 is damaged (checksum mismatch)").arg(m_part)};
            return false;
        }
        return true;
    }
    // The sizes in the zip directory are the writer's word; what actually comes out is counted.
    m_read += n;
    const ReadLimits &limits = m_package.m_limits;
    if (m_read > limits.maxPartBytes || overRatio(quint64(m_read), m_compressed, limits.maxRatio)) {
        m_error = bombError(m_part, limits);
        return false;
    }
    chunk.truncate(n);
    m_xml.addData(chunk);
    return true;
}

QXmlStreamReader::TokenType XmlPart::next()
{
    if (m_done)
        return QXmlStreamReader::EndDocument;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::StartElement:
            ++m_depth;
            return token;
        case QXmlStreamReader::EndElement:
            // Whatever follows the root is never needed; stopping here also saves waiting for
            // the end of the data to learn that the document is complete.
            if (--m_depth <= 0)
                m_done = true;
            return token;
        case QXmlStreamReader::DTD:
            // No OOXML part has one, and entity declarations are how XML bombs are built.
            m_xml.raiseError(Tr::tr("document type declarations are not allowed"));
            return QXmlStreamReader::Invalid;
        case QXmlStreamReader::EndDocument:
            m_done = true;
            return token;
        case QXmlStreamReader::Invalid:
            if (m_error || m_eof || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                return token;
            if (!m_file || !feed())
                return QXmlStreamReader::Invalid;
            continue;
        default:
            return token;
        }
    }
}

ReadError XmlPart::failure() const
{
    if (m_error)
        return m_error;
    if (m_xml.hasError())
        return {ReadFailure::BrokenXml, Tr::tr("the part %1 is not valid XML (line %2: %3)")
                                            .arg(m_part)
                                            .arg(m_xml.lineNumber())
                                            .arg(m_xml.errorString())};
    return {};
}

QStringView attribute(const QXmlStreamAttributes &attributes, QStringView localName)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName)
            return a.value();
    }
    return {};
}

QString folderOf(const QString &part)
{
    return part.left(part.lastIndexOf(u'/') + 1);
}

QString relsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

QString resolveTarget(const QString &folder, const QString &target)
{
    QString path = target;
    if (path.contains(u'%'))
        path = QString::fromUtf8(QByteArray::fromPercentEncoding(path.toUtf8()));
    path.replace(u'\\', u'/');
    if (!path.startsWith(u'/'))
        path.prepend(folder);
    QStringList segments;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u".."_s) {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != u"."_s) {
            segments.append(segment);
        }
    }
    return segments.join(u'/');
}

} // namespace despacho::importer::xlsx
