#pragma once

#include "storage/ordercache.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QTimer;

namespace Ui {
class MainWindow;
}
namespace despacho::sync {
class AppServices;
}

namespace despacho::gui {

class LanguageManager;
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

    explicit MainWindow(sync::AppServices *services, LanguageManager *languages = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoMode(bool demo);
    // Syncs the account chosen in the queue pane, or every account (`since` invalid: default).
    void startSync(const QDateTime &since = {});
    void reloadAccounts();
    // A problem that concerns the whole list (startup, demo set-up...).
    void showListProblem(const QString &message);

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
    void onOrderScanned(const QList<storage::OrderKey> &matches, const QString &text);
    void moveSelection(int delta);
    void openAccounts();
    void showAbout();
    void retranslateUi();
    void saveSettings() const;
    void restoreSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    sync::AppServices *m_services;
    LanguageManager *m_languages;
    QueuePane *m_queues;
    OrderListPane *m_list;
    OrderDetailView *m_detail;
    SyncController *m_sync;
    SyncStatusWidget *m_syncStatus;
    QTimer *m_refreshTimer;
    bool m_dirty = false;
    bool m_demo = false;
};

} // namespace despacho::gui
