// The main window's part in the tracking import: File > Import tracking codes (Ctrl+Shift+I),
// File > Watched folder, and the status-bar notice of a batch waiting in the watched folder.
#include "gui/importwizard.h"
#include "gui/mainwindow.h"
#include "gui/watchfolderdialog.h"
#include "importer/folderwatcher.h"
#include "importer/trackingimport.h"
#include "sync/carrierlist.h"
#include "ui_mainwindow.h"

#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
constexpr auto kWatchFolderKey = "import/watchFolder";
constexpr auto kWatchAutoSendKey = "import/watchAutoSend";
} // namespace

void MainWindow::setUpImport()
{
    connect(m_ui->actionImportTracking, &QAction::triggered, this,
            [this] { openImportWizard({}); });
    connect(m_ui->actionWatchFolder, &QAction::triggered, this, &MainWindow::openWatchFolder);
    m_batchButton = new QToolButton(this);
    m_batchButton->setObjectName(u"pendingBatchButton"_s);
    m_batchButton->setAutoRaise(true);
    m_batchButton->hide();
    statusBar()->addPermanentWidget(m_batchButton);
    connect(m_batchButton, &QToolButton::clicked, this, [this] {
        if (!m_pendingBatches.isEmpty())
            openImportWizard(m_pendingBatches.first());
    });
    restartWatcher();
}

ImportWizard *MainWindow::openImportWizard(const QString &path)
{
    if (m_identity.name.isEmpty()) {
        showListProblem(tr("Log in first: the rows are sent in the name of whoever is logged in."));
        return nullptr;
    }
    auto *wizard = new ImportWizard(m_services, m_identity.name, m_dispatcher, this);
    wizard->setObjectName(u"importWizard"_s);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::batchFinished, this, [this, wizard](const QString &file) {
        onCommandChanged();
        if (m_watcher && m_pendingBatches.contains(file)) {
            m_watcher->finish(file, wizard->batch()->rows());
            m_pendingBatches.removeAll(file);
            updateBatchNotice();
        }
    });
    wizard->open();
    if (!path.isEmpty())
        wizard->openFile(path);
    return wizard;
}

void MainWindow::openWatchFolder()
{
    QSettings settings;
    auto *dialog =
        new WatchFolderDialog(settings.value(QLatin1StringView(kWatchFolderKey)).toString(),
                              settings.value(QLatin1StringView(kWatchAutoSendKey)).toBool(), this);
    dialog->setObjectName(u"watchFolderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString folder = dialog->folder();
        const bool autoSend = dialog->autoSend();
        auto save = [this, folder, autoSend](const QString &supervisor) {
            QSettings s;
            s.setValue(QLatin1StringView(kWatchFolderKey), folder);
            s.setValue(QLatin1StringView(kWatchAutoSendKey), autoSend);
            s.setValue(u"import/watchAutoSendBy"_s, supervisor);
            restartWatcher();
        };
        if (autoSend && !QSettings().value(QLatin1StringView(kWatchAutoSendKey)).toBool())
            asSupervisor(u"watch-folder auto-send"_s,
                         tr("Sending a watched folder's files without asking needs a "
                            "supervisor."),
                         save);
        else
            save({});
    });
    dialog->open();
}

void MainWindow::restartWatcher()
{
    delete m_watcher;
    m_watcher = nullptr;
    m_pendingBatches.clear();
    updateBatchNotice();
    QSettings settings;
    const QString folder = settings.value(QLatin1StringView(kWatchFolderKey)).toString();
    if (folder.isEmpty())
        return;
    importer::FolderWatcher::Settings ws;
    ws.folder = folder;
    ws.autoSend = settings.value(QLatin1StringView(kWatchAutoSendKey)).toBool();
    ws.operatorName = settings.value(u"import/watchAutoSendBy"_s).toString();
    ws.validate = {{}, sync::loadCarriers(settings)};
    m_watcher = new importer::FolderWatcher(m_services, ws, this);
    m_watcher->setDispatcher(m_dispatcher);
    connect(
        m_watcher, &importer::FolderWatcher::batchReady, this,
        [this](const QString &path, importer::TrackingImport *) {
            if (!m_pendingBatches.contains(path))
                m_pendingBatches << path;
            updateBatchNotice();
            statusBar()->showMessage(
                tr("Watched folder: %1 is ready to check and send").arg(QFileInfo(path).fileName()),
                10000);
        });
    connect(m_watcher, &importer::FolderWatcher::batchFiled, this,
            [this](const QString &path, const QString &movedTo, const QString &, int rejected) {
                m_pendingBatches.removeAll(path);
                updateBatchNotice();
                onCommandChanged();
                statusBar()->showMessage(
                    rejected == 0 ? tr("Watched folder: %1 sent; filed in %2")
                                        .arg(QFileInfo(path).fileName(), movedTo)
                                  : tr("Watched folder: %1 filed in %2 with %n row(s) not sent",
                                       nullptr, std::max(rejected, 0))
                                        .arg(QFileInfo(path).fileName(), movedTo),
                    10000);
            });
    connect(m_watcher, &importer::FolderWatcher::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    QString error;
    if (!m_watcher->start(&error))
        showListProblem(tr("Watched folder: %1").arg(error));
}

void MainWindow::updateBatchNotice()
{
    if (!m_batchButton)
        return;
    m_batchButton->setVisible(!m_pendingBatches.isEmpty());
    if (m_pendingBatches.isEmpty())
        return;
    m_batchButton->setText(tr("%n batch(es) waiting", nullptr, int(m_pendingBatches.size())));
    m_batchButton->setToolTip(
        tr("Open %1 in the import wizard").arg(QFileInfo(m_pendingBatches.first()).fileName()));
}

} // namespace despacho::gui
