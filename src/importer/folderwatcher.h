#pragma once

#include "importer/trackingimport.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QFileInfo;
class QFileSystemWatcher;
class QTimer;

namespace despacho::sync {
class AppServices;
class OutboxDispatcher;
} // namespace despacho::sync

namespace despacho::importer {

// A drop folder (a network share, a carrier's upload folder) whose CSV and XLSX files become
// tracking batches. A file is read once its size and modification time have stayed the same for
// `settleMs` (a file still being copied is left alone), validated as the wizard does, and then
// either offered to a person (batchReady) or, with auto-send, queued and sent at once. When its
// batch is done the file moves to done/ (every row fine) or failed/ (a row rejected, or the file
// unreadable), beside a report named after it (envios.xlsx → envios.report.csv). Dropping the
// same file again applies nothing twice: its rows are already applied. Network shares do not
// always notify, so the folder is also polled.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString folder;
        bool autoSend = false;
        QString operatorName; // who the queued commands are from (auto-send)
        ValidateOptions validate;
        int settleMs = 2000;
        int pollMs = 2000;
    };

    FolderWatcher(sync::AppServices *services, Settings settings, QObject *parent = nullptr);
    ~FolderWatcher() override;

    // Creates done/ and failed/ and starts watching; false with the reason when the folder
    // cannot be used.
    bool start(QString *error);
    // Checks the folder now (the poll does this too).
    void scan();
    void setDispatcher(sync::OutboxDispatcher *dispatcher);

    // The person confirmed a batch offered by batchReady: its Ready rows are queued and sent.
    bool send(const QString &path, QString *error);
    // The batch is done: file it with its report (from `rows` when the person sent it from the
    // wizard, else from the watcher's own batch).
    void finish(const QString &path);
    void finish(const QString &path, const QList<ImportRow> &rows);
    TrackingImport *batch(const QString &path) const;
    int busyCount() const { return int(m_batches.size()); }

    // Whether a file in the folder is a batch (a CSV or XLSX, or an .xls to refuse), not an
    // Office owner file (~$x.xlsx), a LibreOffice lock or a hidden partial download.
    static bool isCandidate(const QFileInfo &info);
    // done/ or failed/ name for `file` (a later drop of the same name does not overwrite).
    static QString destination(const QDir &folder, const QString &sub, const QString &fileName);

Q_SIGNALS:
    // Validated and waiting for a person (not auto-send).
    void batchReady(const QString &path, despacho::importer::TrackingImport *batch);
    // Filed: `movedTo` is the file's new path, `report` its report; `rejected` rows (or -1 when
    // the file could not be read at all).
    void batchFiled(const QString &path, const QString &movedTo, const QString &report,
                    int rejected);
    void problem(const QString &message);

private:
    void consider(const QString &path);
    void process(const QString &path);
    void file(const QString &path, const QByteArray &report, bool failed, int rejected);

    sync::AppServices *m_services;
    Settings m_settings;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_poll = nullptr;
    QPointer<sync::OutboxDispatcher> m_dispatcher;
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        qint64 since = 0; // msecs since epoch when first seen like this
    };
    QHash<QString, Seen> m_seen;
    QHash<QString, TrackingImport *> m_batches; // path → batch being validated, offered or sent
};

} // namespace despacho::importer
