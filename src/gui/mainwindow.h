#pragma once

#include "storage/ordercache.h"
#include "sync/operatorservice.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMargins>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QTimer;
class QToolButton;

namespace Ui {
class MainWindow;
}
namespace despacho::sync {
class AppServices;
class OutboxDispatcher;
} // namespace despacho::sync

namespace despacho::importer {
class FolderWatcher;
}

namespace despacho::gui {

class AuditView;
class ImportWizard;
class LanguageManager;
class OrderActionController;
class OutboxView;
class OrderDetailView;
class OrderListPane;
class QueuePane;
class SyncController;
class SyncStatusWidget;

// The window: queues on the left, the order list in the centre, the order's detail on the
// right, sync status in the status bar. It wires the panes together and owns nothing heavier
// than the timer that refreshes them while a sync writes to the cache.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int kRefreshIntervalMs = 500;
    static constexpr int kMinimumListRows = 4;
    // Room left for the title bar and borders when fitting the window into the screen.
    static constexpr QMargins kWindowFrame{4, 32, 4, 4};

    explicit MainWindow(sync::AppServices *services, LanguageManager *languages = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoMode(bool demo);
    // Syncs the account chosen in the queue pane, or every account (`since` invalid: default).
    void startSync(const QDateTime &since = {});
    void reloadAccounts();
    // A problem that concerns the whole list (startup, demo set-up...).
    void showListProblem(const QString &message);

    // Who acts. Until someone logs in, the order actions are disabled.
    void setOperator(const sync::OperatorService::Identity &identity);
    sync::OperatorService::Identity currentOperator() const { return m_identity; }
    // Modal login at start (first run: creates the first supervisor); false when dismissed.
    bool login(const QString &hint = {});
    // Starts sending the outbox (another Despacho holding the lock: tries again every 5 s).
    void startDispatcher();
    // What a barcode scan (or Enter in the search box) asks for, read from what it is: an order
    // id or sequence opens the order; a DANFE key fills the invoice form of the open order; a
    // tracking code fills its tracking form; a search shows its results; anything else gets one
    // line saying what was scanned and why nothing happened.
    void handleScan(const QString &text);
    // File > Import tracking codes; with `path`, opened on that file (a watched folder's batch).
    ImportWizard *openImportWizard(const QString &path);
    importer::FolderWatcher *folderWatcher() const { return m_watcher; }
    QStringList pendingBatches() const { return m_pendingBatches; }

    sync::OperatorService *operators() const { return m_operators.get(); }
    sync::OutboxDispatcher *dispatcher() const { return m_dispatcher; }
    OrderActionController *orderActions() const { return m_orderActions; }
    OutboxView *outboxView() const { return m_outboxView; }
    QDockWidget *outboxDock() const { return m_outboxDock; }
    SyncController *syncController() const { return m_sync; }
    QueuePane *queuePane() const { return m_queues; }
    OrderListPane *orderList() const { return m_list; }
    OrderDetailView *detailView() const { return m_detail; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void refreshData();
    void onQueueChanged();
    void openScannedOrders(const QList<storage::OrderKey> &matches);
    void setUpStationKeys();
    void moveSelection(int delta);
    void openAccounts();
    void showAccountsDialog();
    void setUpOutbox();
    void setUpPrinting();
    void updatePrintActions();
    void printOrders(const QList<storage::OrderKey> &orders);
    void openOperators();
    void openCarriers();
    void openAuditLog();
    void setUpImport();
    void openWatchFolder();
    void restartWatcher();
    void updateBatchNotice();
    void switchOperator();
    // Supervisor-only work: runs `then` with the supervisor's name, asking for a supervisor's
    // PIN first unless the operator logged in is one.
    void asSupervisor(const QString &purpose, const QString &explanation,
                      const std::function<void(const QString &)> &then);
    void onDetailChanged();
    void onCommandChanged();
    void updateOperatorStatus();
    void updateOutboxStatus();
    void showAbout();
    void retranslateUi();
    void saveSettings() const;
    void restoreSettings();
    void fitInScreen();

    std::unique_ptr<Ui::MainWindow> m_ui;
    sync::AppServices *m_services;
    LanguageManager *m_languages;
    QueuePane *m_queues;
    OrderListPane *m_list;
    OrderDetailView *m_detail;
    SyncController *m_sync;
    SyncStatusWidget *m_syncStatus;
    QTimer *m_refreshTimer;
    std::unique_ptr<sync::OperatorService> m_operators;
    sync::OperatorService::Identity m_identity;
    OrderActionController *m_orderActions = nullptr;
    sync::OutboxDispatcher *m_dispatcher = nullptr;
    QTimer *m_dispatcherRetry = nullptr;
    OutboxView *m_outboxView = nullptr;
    QDockWidget *m_outboxDock = nullptr;
    AuditView *m_auditView = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_outboxLabel = nullptr;
    class StationKeys *m_keys = nullptr;
    importer::FolderWatcher *m_watcher = nullptr;
    QStringList m_pendingBatches;
    QToolButton *m_batchButton = nullptr;
    bool m_dirty = false;
    bool m_demo = false;
};

} // namespace despacho::gui
