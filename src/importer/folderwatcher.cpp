#include "importer/folderwatcher.h"

#include "sync/outboxdispatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace despacho::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::FolderWatcher)
};

} // namespace

bool FolderWatcher::isCandidate(const QFileInfo &info)
{
    const QString name = info.fileName();
    // Office's owner files (~$envios.xlsx), LibreOffice's locks (.~lock.envios.xlsx#) and
    // partial downloads are not batches.
    if (name.startsWith(u'~') || name.startsWith(u'.') || !info.isFile())
        return false;
    const QString suffix = info.suffix().toLower();
    return suffix == u"csv"_s || suffix == u"xlsx"_s || suffix == u"xls"_s;
}

namespace {

QString reportName(const QString &fileName)
{
    return QFileInfo(fileName).completeBaseName() + u".report.csv"_s;
}

} // namespace

FolderWatcher::FolderWatcher(sync::AppServices *services, Settings settings, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(std::move(settings))
{}

FolderWatcher::~FolderWatcher() = default;

void FolderWatcher::setDispatcher(sync::OutboxDispatcher *dispatcher)
{
    m_dispatcher = dispatcher;
}

bool FolderWatcher::start(QString *error)
{
    QDir dir(m_settings.folder);
    if (m_settings.folder.isEmpty() || !dir.exists()) {
        *error = Tr::tr("the folder %1 does not exist").arg(m_settings.folder);
        return false;
    }
    for (const QString &sub : {u"done"_s, u"failed"_s}) {
        if (!dir.mkpath(sub)) {
            *error = Tr::tr("cannot create %1 in %2").arg(sub, dir.absolutePath());
            return false;
        }
    }
    m_watcher = new QFileSystemWatcher({dir.absolutePath()}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::scan);
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, &FolderWatcher::scan);
    m_poll->start(std::min(m_settings.pollMs, std::max(100, m_settings.settleMs / 2)));
    scan();
    return true;
}

void FolderWatcher::scan()
{
    const QDir dir(m_settings.folder);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files, QDir::Name);
    QSet<QString> present;
    for (const QFileInfo &info : entries) {
        if (!isCandidate(info))
            continue;
        present.insert(info.absoluteFilePath());
        consider(info.absoluteFilePath());
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (!present.contains(it.key()))
            it = m_seen.erase(it);
        else
            ++it;
    }
}

void FolderWatcher::consider(const QString &path)
{
    if (m_batches.contains(path))
        return;
    const QFileInfo info(path);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Seen &seen = m_seen[path];
    if (seen.size != info.size() || seen.modified != info.lastModified()) {
        seen = {info.size(), info.lastModified(), now};
        return; // still being written, or new: look again later
    }
    if (now - seen.since < m_settings.settleMs)
        return;
    m_seen.remove(path);
    process(path);
}

void FolderWatcher::process(const QString &path)
{
    ReadError readError;
    const auto sheet = readSpreadsheet(path, {}, ReadLimits{}, &readError);
    std::optional<ColumnMapping> mapping;
    if (sheet) {
        mapping = detectColumns(sheet->sheet);
        if (mapping) {
            QSettings settings;
            applyRememberedMapping(settings, &*mapping);
        }
    }
    const bool mapped = mapping && mapping->columnOf(Field::Order) >= 0 &&
                        mapping->columnOf(Field::TrackingNumber) >= 0;
    if (!sheet || !mapped) {
        const QString why =
            !sheet ? readError.message
                   : Tr::tr("no header row names the order and the tracking number (Pedido, "
                            "Rastreio, Order, Tracking…)");
        Q_EMIT problem(Tr::tr("%1: %2").arg(QFileInfo(path).fileName(), why));
        file(path,
             toCsv({{u"row"_s, u"order"_s, u"invoice"_s, u"tracking_number"_s, u"status"_s,
                     u"message"_s},
                    {u"0"_s, {}, {}, {}, u"error"_s, why}}),
             true, -1);
        return;
    }
    auto *batch = new TrackingImport(m_services, this);
    m_batches.insert(path, batch);
    batch->setSheet(sheet->sheet, *mapping);
    connect(batch, &TrackingImport::storageError, this, [this, path](const QString &message) {
        Q_EMIT problem(Tr::tr("%1: %2").arg(QFileInfo(path).fileName(), message));
    });
    connect(batch, &TrackingImport::validated, this, [this, path, batch] {
        if (!m_settings.autoSend) {
            Q_EMIT batchReady(path, batch);
            return;
        }
        QString error;
        if (!send(path, &error))
            Q_EMIT problem(Tr::tr("%1: %2").arg(QFileInfo(path).fileName(), error));
    });
    batch->validate(m_settings.validate);
}

bool FolderWatcher::send(const QString &path, QString *error)
{
    TrackingImport *batch = m_batches.value(path);
    if (!batch) {
        *error = Tr::tr("no batch for %1").arg(path);
        return false;
    }
    int queued = 0;
    if (!batch->queue(m_settings.operatorName, &queued, error))
        return false;
    if (batch->pendingCount() == 0) {
        finish(path);
        return true;
    }
    connect(batch, &TrackingImport::allSent, this, [this, path] { finish(path); });
    if (m_dispatcher)
        batch->follow(m_dispatcher);
    // Another process may be the one sending (its dispatcher holds the lock): read the outcomes
    // from the outbox too.
    auto *poll = new QTimer(batch);
    connect(poll, &QTimer::timeout, batch, &TrackingImport::refreshOutcomes);
    poll->start(1000);
    return true;
}

void FolderWatcher::finish(const QString &path)
{
    if (TrackingImport *batch = m_batches.value(path))
        finish(path, batch->rows());
}

void FolderWatcher::finish(const QString &path, const QList<ImportRow> &rows)
{
    TrackingImport *batch = m_batches.take(path);
    if (!batch)
        return;
    int rejected = 0;
    for (const ImportRow &r : rows)
        rejected += isRejected(r.status);
    file(path, reportCsv(rows), rejected > 0, rejected);
    batch->deleteLater();
}

QString FolderWatcher::destination(const QDir &folder, const QString &sub, const QString &fileName)
{
    const QDir target(folder.filePath(sub));
    QString candidate = target.filePath(fileName);
    if (!QFileInfo::exists(candidate) && !QFileInfo::exists(target.filePath(reportName(fileName))))
        return candidate;
    const QFileInfo info(fileName);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    for (int n = 1;; ++n) {
        const QString name = u"%1-%2%3.%4"_s.arg(
            info.completeBaseName(), stamp, n > 1 ? u"-%1"_s.arg(n) : QString(), info.suffix());
        candidate = target.filePath(name);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

void FolderWatcher::file(const QString &path, const QByteArray &report, bool failed, int rejected)
{
    const QDir folder(m_settings.folder);
    const QString moved =
        destination(folder, failed ? u"failed"_s : u"done"_s, QFileInfo(path).fileName());
    const QString reportPath = QFileInfo(moved).dir().filePath(reportName(moved));
    QString error;
    if (!saveFile(reportPath, report, &error))
        Q_EMIT problem(Tr::tr("cannot write the report %1: %2").arg(reportPath, error));
    if (!QFile::rename(path, moved)) {
        Q_EMIT problem(Tr::tr("cannot move %1 to %2").arg(path, moved));
        return;
    }
    Q_EMIT batchFiled(path, moved, reportPath, rejected);
}

} // namespace despacho::importer
