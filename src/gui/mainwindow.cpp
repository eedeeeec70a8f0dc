#include "gui/mainwindow.h"

#include "gui/accountsdialog.h"
#include "gui/carriersettings.h"
#include "gui/formatting.h"
#include "gui/languagemanager.h"
#include "gui/messagebar.h"
#include "gui/orderactioncontroller.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/ordertablemodel.h"
#include "gui/queuepane.h"
#include "gui/screenfit.h"
#include "gui/synccontroller.h"
#include "gui/syncstatuswidget.h"
#include "storage/accountstore.h"
#include "storage/ordercache.h"
#include "sync/appservices.h"
#include "sync/outboxdispatcher.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside a namespace; the icons live in this static library.
static void initDespachoResources()
{
    Q_INIT_RESOURCE(despacho);
}

namespace despacho::gui {

MainWindow::MainWindow(sync::AppServices *services, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
    , m_languages(languages)
    , m_queues(new QueuePane(services->orders(), this))
    , m_list(new OrderListPane(services->orders(), this))
    , m_detail(new OrderDetailView(this))
    , m_sync(new SyncController(services, this))
    , m_syncStatus(new SyncStatusWidget(m_sync, this))
    , m_refreshTimer(new QTimer(this))
    , m_operators(std::make_unique<sync::OperatorService>(services->database()))
{
    initDespachoResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/despacho.svg"_s));
    m_queues->setObjectName(u"queuePane"_s);
    m_list->setObjectName(u"orderListPane"_s);
    m_detail->setObjectName(u"orderDetailView"_s);
    m_syncStatus->setObjectName(u"syncStatus"_s);
    m_detail->setServices(services);
    // Queues on the left; the list above the order's detail, both at the full remaining width
    // so all the table's columns and the detail tabs fit.
    m_ui->mainSplitter->insertWidget(0, m_queues);
    m_ui->contentSplitter->addWidget(m_list);
    m_ui->contentSplitter->addWidget(m_detail);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({190, 1090});
    m_ui->contentSplitter->setStretchFactor(0, 1);
    m_ui->contentSplitter->setStretchFactor(1, 1);
    m_ui->contentSplitter->setSizes({360, 340});
    m_ui->statusbar->addPermanentWidget(m_syncStatus, 1);
    // However the docks and splitters are arranged, the list keeps a few rows in sight.
    QTableView *table = m_list->table();
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() +
                            kMinimumListRows * table->verticalHeader()->defaultSectionSize() +
                            2 * table->frameWidth());
    setUpOutbox();
    setUpActions();
    setUpPrinting();
    setUpImport();
    setUpStationKeys(); // after every action exists: their shortcuts work from any field

    connect(m_queues, &QueuePane::filterChanged, this, &MainWindow::onQueueChanged);
    connect(m_queues, &QueuePane::storageError, this, [this](const QString &error) {
        m_list->messageBar()->showMessage(storageErrorText(error));
    });
    connect(m_list, &OrderListPane::currentOrderChanged, m_detail, &OrderDetailView::showOrder);
    connect(m_list, &OrderListPane::currentOrderChanged, this, &MainWindow::onDetailChanged);
    connect(m_list, &OrderListPane::scanned, this, &MainWindow::handleScan);
    connect(m_list, &OrderListPane::listFilterChanged, this,
            [this] { m_queues->setListFilter(m_list->listFilter()); });

    // While a sync writes orders, refresh counts and the list at most every 500 ms.
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            refreshData();
    });
    connect(m_sync, &SyncController::started, this, [this] {
        m_list->messageBar()->clearMessage();
        m_refreshTimer->start();
        m_syncStatus->updateStatus();
        m_ui->actionCancelSync->setEnabled(true);
    });
    connect(m_sync, &SyncController::progressChanged, this, [this] {
        m_dirty = true;
        m_syncStatus->updateProgress();
    });
    connect(m_sync, &SyncController::accountProblem, this,
            [this](const QString &, const QString &message) {
                m_list->messageBar()->showMessage(message, MessageBar::Level::Error);
            });
    connect(m_sync, &SyncController::finished, this, [this] {
        m_refreshTimer->stop();
        m_ui->actionCancelSync->setEnabled(false);
        refreshData();
        m_list->selectFirstRowIfNone();
    });

    reloadAccounts();
    onQueueChanged();
    restoreSettings();
    retranslateUi();
    updateOperatorStatus();
    startDispatcher();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->actionSync->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionCancelSync->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    m_ui->actionAccounts->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_ui->actionCancelSync->setEnabled(false);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSync, &QAction::triggered, this, [this] { startSync(); });
    connect(m_ui->actionCancelSync, &QAction::triggered, m_sync, &SyncController::cancel);
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::openAccounts);
    connect(m_ui->actionFocusSearch, &QAction::triggered, m_list, &OrderListPane::focusSearch);
    connect(m_ui->actionNextOrder, &QAction::triggered, this, [this] { moveSelection(1); });
    connect(m_ui->actionPreviousOrder, &QAction::triggered, this, [this] { moveSelection(-1); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSwitchOperator, &QAction::triggered, this, &MainWindow::switchOperator);
    connect(m_ui->actionOperators, &QAction::triggered, this, &MainWindow::openOperators);
    connect(m_ui->actionCarriers, &QAction::triggered, this, &MainWindow::openCarriers);
    connect(m_ui->actionAuditLog, &QAction::triggered, this, &MainWindow::openAuditLog);
    for (QMenu *menu : {m_ui->menuFile, m_ui->menuOrders, m_ui->menuView})
        menu->setToolTipsVisible(true); // a disabled action says why

    m_orderActions = new OrderActionController(m_services, m_operators.get(),
                                               {.startHandling = m_ui->actionStartHandling,
                                                .invoice = m_ui->actionInvoice,
                                                .tracking = m_ui->actionTracking,
                                                .trackingEvents = m_ui->actionTrackingEvents,
                                                .cancel = m_ui->actionCancelOrder,
                                                .close = m_ui->actionCloseOrder,
                                                .refund = m_ui->actionRefundOrder},
                                               this, this);
    m_orderActions->setCarriers(loadCarriers());
    connect(m_orderActions, &OrderActionController::queued, this,
            [this](qint64, const QString &message) {
                m_detail->messageBar()->showMessage(message, MessageBar::Level::Information);
                onCommandChanged();
                if (m_dispatcher)
                    m_dispatcher->wake();
            });
    connect(m_orderActions, &OrderActionController::notice, this, [this](const QString &message) {
        m_detail->messageBar()->showMessage(message, MessageBar::Level::Information);
    });
    connect(m_orderActions, &OrderActionController::problem, this, [this](const QString &message) {
        m_detail->messageBar()->showMessage(message, MessageBar::Level::Error);
    });

    auto *languageGroup = new QActionGroup(this);
    languageGroup->addAction(m_ui->actionEnglish);
    languageGroup->addAction(m_ui->actionPortuguese);
    const QString current = m_languages ? m_languages->language() : u"en"_s;
    m_ui->actionPortuguese->setChecked(current == u"pt_BR"_s);
    m_ui->actionEnglish->setChecked(current != u"pt_BR"_s);
    m_ui->menuLanguage->setEnabled(m_languages != nullptr);
    const auto choose = [this](const QString &code) {
        if (m_languages && m_languages->setLanguage(code))
            m_languages->rememberChoice();
    };
    connect(m_ui->actionEnglish, &QAction::triggered, this, [choose] { choose(u"en"_s); });
    connect(m_ui->actionPortuguese, &QAction::triggered, this, [choose] { choose(u"pt_BR"_s); });

    // Detail tabs: Alt+1..8 and Ctrl+1..8.
    for (int i = 0; i < OrderDetailView::TabCount; ++i) {
        for (const auto modifier : {Qt::ALT, Qt::CTRL}) {
            auto *shortcut = new QShortcut(QKeySequence(modifier | Qt::Key(Qt::Key_1 + i)), this);
            connect(shortcut, &QShortcut::activated, this,
                    [this, i] { m_detail->tabs()->setCurrentIndex(i); });
        }
    }
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_ui->demoBanner->setVisible(demo);
    retranslateUi();
}

void MainWindow::startSync(const QDateTime &since)
{
    const QString account = m_queues->currentAccount();
    QString readError;
    const bool none = m_sync->accounts(&readError).isEmpty();
    if (!readError.isEmpty()) {
        m_list->messageBar()->showMessage(storageErrorText(readError));
        return;
    }
    if (none) {
        m_list->messageBar()->showMessage(
            tr("No store account is configured yet. Add one in File > Accounts."),
            MessageBar::Level::Warning);
        return;
    }
    m_sync->syncAccounts(account.isEmpty() ? QStringList() : QStringList{account}, since);
}

void MainWindow::reloadAccounts()
{
    QString readError;
    const QStringList accounts = m_sync->accounts(&readError);
    if (!readError.isEmpty())
        m_list->messageBar()->showMessage(storageErrorText(readError));
    m_queues->setAccounts(accounts);
    QSet<QString> prod;
    for (const storage::AccountRecord &a : m_services->accounts()->list()) {
        if (a.channel() == Channel::Evendi && a.settings.value("env"_L1).toString() == u"prod"_s)
            prod.insert(a.name);
    }
    m_list->model()->setProdAccounts(prod);
    m_queues->refreshCounts();
    m_syncStatus->updateStatus();
}

void MainWindow::showListProblem(const QString &message)
{
    m_list->messageBar()->showMessage(message, MessageBar::Level::Error);
}

void MainWindow::refreshData()
{
    m_dirty = false;
    m_queues->refreshCounts();
    m_list->refresh();
    m_detail->reloadIfChanged();
    onDetailChanged();
    m_syncStatus->updateStatus();
    m_syncStatus->updateProgress();
}

void MainWindow::onQueueChanged()
{
    m_list->setQueue(m_queues->currentAccount(), m_queues->currentStatus());
}

void MainWindow::moveSelection(int delta)
{
    QTableView *table = m_list->table();
    const int rows = table->model()->rowCount();
    if (rows == 0)
        return;
    const int current = table->currentIndex().isValid() ? table->currentIndex().row() : -1;
    const int next = std::clamp(current + delta, 0, rows - 1);
    table->selectRow(next);
    table->scrollTo(table->model()->index(next, 0));
}

void MainWindow::openAccounts()
{
    asSupervisor(u"accounts"_s, tr("Managing accounts and their credentials needs a supervisor."),
                 [this](const QString &) { showAccountsDialog(); });
}

void MainWindow::showAccountsDialog()
{
    auto *dialog = new AccountsDialog(m_services, this, m_operators.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"accountsDialog"_s);
    connect(dialog, &AccountsDialog::accountsChanged, this, &MainWindow::reloadAccounts);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Despacho"),
        tr("<p><b>Despacho %1</b></p><p>Back office for online store warehouses: order "
           "queues, search and barcode scan, order details.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_demo ? tr("Despacho — demo") : tr("Despacho"));
    m_outboxDock->setWindowTitle(tr("Outbox"));
    if (m_orderActions) {
        m_orderActions->updateActions();
        updateOperatorStatus();
        updateOutboxStatus();
    }
    if (m_languages) {
        m_ui->actionPortuguese->setChecked(m_languages->language() == u"pt_BR"_s);
        m_ui->actionEnglish->setChecked(m_languages->language() != u"pt_BR"_s);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_sync->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_ui->mainSplitter->saveState());
    settings.setValue(u"mainWindow/contentSplitter"_s, m_ui->contentSplitter->saveState());
    m_list->saveState(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    fitInScreen();
    const QByteArray splitter = settings.value(u"mainWindow/splitter"_s).toByteArray();
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
    const QByteArray content = settings.value(u"mainWindow/contentSplitter"_s).toByteArray();
    if (!content.isEmpty())
        m_ui->contentSplitter->restoreState(content);
    m_list->restoreState(settings);
}

void MainWindow::fitInScreen()
{
    // A geometry saved on a larger monitor (or the form's default size) must not open the
    // window past the edges of this screen's available area.
    if (isMaximized() || isFullScreen())
        return;
    const QRect available = availableGeometryFor(this);
    const QRect bounded = boundedGeometry(geometry(), available, kWindowFrame);
    if (bounded != geometry())
        setGeometry(bounded);
}

} // namespace despacho::gui
