// The main window over the demo store: queues, table, search, scan-to-open, every detail tab
// and the on-demand payment transaction, checked against the cache and the sandbox.
#include "childprocess.h"
#include "demofixture.h"
#include "keyclashes.h"

#include "core/orderjson.h"
#include "core/orderstatus.h"
#include "gui/formatting.h"
#include "gui/languagemanager.h"
#include "gui/messagebar.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/ordertablemodel.h"
#include "gui/queuepane.h"
#include "sandbox/sandboxserver.h"
#include "storage/ordercache.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace despacho;

class TestMainWindowDemo : public QObject
{
    Q_OBJECT
    DemoFixture m_fx;
    static constexpr int kOrders = 200;

    storage::OrderCache *cache() const { return m_fx.services->orders(); }
    gui::MainWindow *window() const { return m_fx.window.get(); }
    template <typename T> T *find(const QString &name) const
    {
        T *w = window()->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    QString labelText(const QString &name) const { return find<QLabel>(name)->text(); }

    // The first cached order with a tracking number (an invoiced one), as the cache has it.
    OrderSummary invoicedOrder() const
    {
        const auto rows = cache()->query({.status = u"invoiced"_s});
        for (const OrderSummary &s : rows) {
            if (!s.trackingNumber.isEmpty())
                return s;
        }
        return rows.value(0);
    }
    Order parsed(const OrderSummary &s) const
    {
        const auto doc = QJsonDocument::fromJson(cache()->rawJson(s.account, s.orderId));
        return orderFromVtexJson(doc.object()).order;
    }
    void selectQueue(const QString &status)
    {
        auto *queues = find<QListWidget>(u"queueList"_s);
        for (int i = 0; i < queues->count(); ++i) {
            if (queues->item(i)->data(Qt::UserRole).toString() == status)
                queues->setCurrentRow(i);
        }
    }
    void scan(const QString &text)
    {
        auto *search = find<QLineEdit>(u"searchEdit"_s);
        search->setFocus();
        search->selectAll();
        QTest::keyClicks(search, text);
        QTest::keyClick(search, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(kOrders, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() >= 1, 120000);
        QCOMPARE(m_fx.window->syncController()->status(u"demo"_s).failed, false);
    }

    void demoBanner()
    {
        auto *banner = find<QLabel>(u"demoBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"DEMO"_s));
        QVERIFY(labelText(u"syncStatusLabel"_s).startsWith(u"Last sync: "_s));
        QVERIFY(!labelText(u"syncStatusLabel"_s).contains(u"never"_s));
    }

    void queueCountsMatchCacheAndSandbox()
    {
        const QHash<QString, int> counts = cache()->countsByStatus();
        int total = 0;
        for (int n : counts)
            total += n;
        QCOMPARE(total, m_fx.demo->server()->orderCount());
        QCOMPARE(total, kOrders);
        // Every cached order has the sandbox's status, so the counts are the sandbox's.
        const auto all = cache()->query({});
        for (const OrderSummary &s : all)
            QCOMPARE(s.status, m_fx.demo->server()->order(s.orderId).value("status"_L1).toString());
        QVERIFY(counts.value(u"ready-for-handling"_s) > 0);

        auto *queues = find<QListWidget>(u"queueList"_s);
        const auto expected = statusQueues();
        QCOMPARE(queues->count(), int(expected.size()));
        for (int i = 0; i < expected.size(); ++i) {
            const int n = expected[i].key.isEmpty() ? total : counts.value(expected[i].key);
            QCOMPARE(queues->item(i)->text(), u"%1 (%2)"_s.arg(expected[i].label).arg(n));
        }
        QCOMPARE(queues->item(0)->text(),
                 u"Ready for handling (%1)"_s.arg(counts.value(u"ready-for-handling"_s)));
    }

    void tableRowsPerQueue()
    {
        auto *table = find<QTableView>(u"orderTable"_s);
        const QHash<QString, int> counts = cache()->countsByStatus();
        for (const StatusQueue &queue : statusQueues()) {
            selectQueue(queue.key);
            const int expected = queue.key.isEmpty() ? kOrders : counts.value(queue.key);
            QCOMPARE(table->model()->rowCount(), expected);
            if (expected > 0 && !queue.key.isEmpty())
                QCOMPARE(table->model()->index(0, gui::OrderTableModel::Status).data().toString(),
                         orderStatusDisplayName(queue.key));
        }
    }

    void searchFiltersAndEscapeClears()
    {
        selectQueue(QString());
        auto *table = find<QTableView>(u"orderTable"_s);
        auto *search = find<QLineEdit>(u"searchEdit"_s);
        const OrderSummary sample = cache()->query({.limit = 1, .offset = 17}).value(0);
        const QString surname = sample.clientName.section(u' ', -1);
        QVERIFY(surname.size() >= 3);
        search->setFocus();
        QTest::keyClicks(search, surname);
        const int expected = cache()->count({.search = surname});
        QVERIFY(expected >= 1 && expected < kOrders);
        QTRY_COMPARE(table->model()->rowCount(), expected);
        bool found = false;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            found |=
                table->model()->index(r, gui::OrderTableModel::OrderId).data() == sample.orderId;
        QVERIFY(found);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(table->model()->rowCount(), kOrders);
    }

    void ctrlFFocusesSearch()
    {
        find<QTableView>(u"orderTable"_s)->setFocus();
        window()->activateWindow();
        QTRY_VERIFY(window()->isActiveWindow());
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(find<QLineEdit>(u"searchEdit"_s)->hasFocus());
    }

    void scanOpensOrderFromAnotherQueue()
    {
        const OrderSummary s = invoicedOrder();
        QVERIFY(!s.orderId.isEmpty());
        selectQueue(u"ready-for-handling"_s); // the scanned order is not in this queue
        scan(s.orderId);
        auto *detail = window()->detailView();
        QTRY_COMPARE(detail->orderId(), s.orderId);
        QCOMPARE(labelText(u"summaryStatus"_s), orderStatusDisplayName(s.status));
        QCOMPARE(labelText(u"summaryTotal"_s), gui::formatMoney(s.totalValue));
        QCOMPARE(labelText(u"summaryOrderId"_s), s.orderId);
        QVERIFY2(labelText(u"summaryOrigin"_s).contains(u"sales channel 1"_s),
                 qPrintable(labelText(u"summaryOrigin"_s)));
        const QModelIndex current = find<QTableView>(u"orderTable"_s)->currentIndex();
        QCOMPARE(current.data(gui::OrderTableModel::OrderIdRole).toString(), s.orderId);
        // The text stays selected, so the next scan replaces it.
        QCOMPARE(find<QLineEdit>(u"searchEdit"_s)->selectedText(), s.orderId);

        // The sequence (what some labels print) opens the same order.
        const OrderSummary other = cache()->query({.status = u"handling"_s}).value(0);
        scan(other.sequence);
        QTRY_COMPARE(detail->orderId(), other.orderId);
    }

    void detailTabsShowTheOrder()
    {
        const OrderSummary s = invoicedOrder();
        const Order o = parsed(s);
        scan(s.orderId);
        auto *detail = window()->detailView();
        QTRY_COMPARE(detail->orderId(), s.orderId);
        auto *tabs = find<QTabWidget>(u"detailTabs"_s);
        QCOMPARE(tabs->count(), int(gui::OrderDetailView::TabCount));

        QCOMPARE(find<QTableWidget>(u"itemsTable"_s)->rowCount(), int(o.items.size()));
        QCOMPARE(find<QTableWidget>(u"itemsTable"_s)
                     ->item(0, gui::OrderDetailView::ItemSkuColumn)
                     ->text(),
                 o.items[0].skuId);
        QCOMPARE(find<QTableWidget>(u"itemsTable"_s)
                     ->item(0, gui::OrderDetailView::ItemLineTotalColumn)
                     ->text(),
                 gui::formatMoney(o.items[0].lineTotal()));
        QCOMPARE(labelText(u"customerName"_s), o.customer.fullName());
        QCOMPARE(labelText(u"customerName"_s), s.clientName);
        QVERIFY(!labelText(u"customerEmail"_s).isEmpty());
        QCOMPARE(labelText(u"shippingCity"_s),
                 o.shippingAddress.city + u'/' + o.shippingAddress.state);
        QVERIFY(labelText(u"shippingAddress"_s).contains(o.shippingAddress.city));
        QVERIFY(find<QTableWidget>(u"logisticsTable"_s)->rowCount() >= o.items.size());
        QVERIFY(find<QTableWidget>(u"paymentTable"_s)->rowCount() >= 1);

        auto *packages = find<QTableWidget>(u"packagesTable"_s);
        QVERIFY(packages->rowCount() >= 1);
        QStringList trackingNumbers;
        for (int r = 0; r < packages->rowCount(); ++r)
            trackingNumbers << packages->item(r, 6)->text();
        QVERIFY2(trackingNumbers.contains(s.trackingNumber),
                 qPrintable(trackingNumbers.join(u',')));

        QVERIFY(find<QPlainTextEdit>(u"rawJson"_s)
                    ->toPlainText()
                    .contains(u"\"orderId\": \"%1\""_s.arg(s.orderId)));

        // Keyboard: Alt+N / Ctrl+N open the tabs.
        window()->activateWindow();
        QTRY_VERIFY(window()->isActiveWindow());
        QTest::keyClick(window(), Qt::Key_8, Qt::AltModifier);
        QCOMPARE(tabs->currentIndex(), int(gui::OrderDetailView::RawJsonTab));
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), int(gui::OrderDetailView::ItemsTab));
    }

    void paymentTabLoadsTransaction()
    {
        const OrderSummary s = invoicedOrder();
        const Order o = parsed(s);
        QVERIFY(!o.transactions.isEmpty());
        scan(s.orderId);
        QTRY_COMPARE(window()->detailView()->orderId(), s.orderId);
        find<QTabWidget>(u"detailTabs"_s)->setCurrentIndex(gui::OrderDetailView::PaymentTab);
        auto *button = find<QPushButton>(u"loadTransactionButton"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(u"transactionId"_s), o.transactions[0].transactionId,
                                  20000);
        // The sandbox settles invoiced orders' transactions.
        QCOMPARE(labelText(u"transactionStatus"_s), u"Finished"_s);
        QCOMPARE(labelText(u"transactionValue"_s), gui::formatMoney(o.value));
        QVERIFY(find<QWidget>(u"transactionDetails"_s)->isVisible());
        QVERIFY(!find<QWidget>(u"paymentMessageBar"_s)->isVisible());
        // However short the detail pane, every row keeps its height (the details scroll): they
        // were once squeezed on top of each other at the bench.
        QApplication::processEvents();
        for (auto *value : find<QWidget>(u"transactionDetails"_s)->findChildren<QLabel *>()) {
            if (value->isVisible())
                QVERIFY2(value->height() >= value->minimumSizeHint().height(),
                         qPrintable(value->objectName() + u" squeezed to "_s +
                                    QString::number(value->height()) + u" px"_s));
        }
    }

    void arrowKeysMoveBetweenOrders()
    {
        auto *search = find<QLineEdit>(u"searchEdit"_s);
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape); // the last scan left the list filtered
        selectQueue(QString());
        auto *table = find<QTableView>(u"orderTable"_s);
        table->setFocus();
        table->selectRow(0);
        const QString first = window()->detailView()->orderId();
        QTest::keyClick(table, Qt::Key_Down);
        QTRY_VERIFY(window()->detailView()->orderId() != first);
        QCOMPARE(window()->detailView()->orderId(),
                 table->model()->index(1, 0).data(gui::OrderTableModel::OrderIdRole).toString());
    }

    void resyncKeepsSelection()
    {
        auto *table = find<QTableView>(u"orderTable"_s);
        table->selectRow(3);
        const QString selected = window()->detailView()->orderId();
        const int before = m_fx.syncFinished->count();
        window()->startSync(demo::DemoSession::syncSince());
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() > before, 60000);
        QCOMPARE(window()->detailView()->orderId(), selected);
        QCOMPARE(table->currentIndex().data(gui::OrderTableModel::OrderIdRole).toString(),
                 selected);
    }

    void accountFilterAppearsWithTwoAccounts()
    {
        auto *filter = find<QComboBox>(u"accountFilter"_s);
        QVERIFY(!filter->isVisible()); // one account: nothing to choose
        auto record = *m_fx.services->accounts()->find(u"demo"_s);
        record.name = u"outra"_s;
        bool saved = false;
        m_fx.services->saveVtexAccount(record, demo::DemoSession::appToken(), this,
                                       [&saved](const QString &, int) { saved = true; });
        QTRY_VERIFY(saved);
        window()->reloadAccounts();
        QVERIFY(filter->isVisible());
        QCOMPARE(filter->count(), 3); // all, demo, outra
        filter->setCurrentIndex(filter->findData(u"outra"_s));
        QCOMPARE(find<QTableView>(u"orderTable"_s)->model()->rowCount(), 0);
        filter->setCurrentIndex(filter->findData(u"demo"_s));
        selectQueue(QString());
        QCOMPARE(find<QTableView>(u"orderTable"_s)->model()->rowCount(), kOrders);
        bool removed = false;
        m_fx.services->removeAccount(u"outra"_s, this,
                                     [&removed](const QString &, int) { removed = true; });
        QTRY_VERIFY(removed);
        window()->reloadAccounts();
        QVERIFY(!filter->isVisible());
    }

    void progressBarAndCancel()
    {
        m_fx.demo->server()->setLatencyMs(400); // slow enough to watch the sync run
        const int before = m_fx.syncFinished->count();
        window()->startSync();
        auto *progress = find<QProgressBar>(u"syncProgress"_s);
        auto *cancel = find<QPushButton>(u"cancelSyncButton"_s);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible());
        QCOMPARE(labelText(u"syncStatusLabel"_s), u"Syncing…"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(m_fx.syncFinished->count() > before);
        m_fx.demo->server()->setLatencyMs(0);
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY2(labelText(u"syncStatusLabel"_s).endsWith(u"(canceled)"_s),
                 qPrintable(labelText(u"syncStatusLabel"_s)));
        QCOMPARE(find<QTableView>(u"orderTable"_s)->model()->rowCount(), kOrders);
    }

    // Failures show in the list pane's message bar and the status bar, not in modal boxes.
    void wrongTokenShowsAuthenticationProblem()
    {
        auto record = *m_fx.services->accounts()->find(u"demo"_s);
        bool saved = false;
        m_fx.services->saveVtexAccount(record, u"wrong-token"_s, this,
                                       [&saved](const QString &, int) { saved = true; });
        QTRY_VERIFY(saved);
        const int before = m_fx.syncFinished->count();
        window()->startSync();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() > before, 60000);
        auto *bar = find<gui::MessageBar>(u"listMessageBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"credentials"_s), qPrintable(bar->text()));
        QVERIFY(labelText(u"syncStatusLabel"_s).startsWith(u"Failed: "_s));
    }

    // No secret service at all: a fresh process with no session bus and the real keychain store,
    // over this data directory. The list says what to start or unlock in the app's own words, and
    // the cached orders stay usable.
    void missingKeychainIsExplained()
    {
        testing::ChildProcess child(u"no-keychain"_s,
                                    {{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s},
                                     {u"DESPACHO_TEST_DATA_DIR"_s, m_fx.services->dataDir()}});
        QVERIFY(child.started());
        QString message;
        QString status;
        QString rows;
        QVERIFY(child.waitForLine(u"message: "_s, 60000, &message));
        QVERIFY(child.waitForLine(u"status: "_s, 5000, &status));
        QVERIFY(child.waitForLine(u"rows: "_s, 5000, &rows));
        QCOMPARE(child.waitForExit(30000), 0);
        QVERIFY2(message.contains(u"demo"_s), qPrintable(message)); // names the account
        QVERIFY2(message.contains(u"start and unlock GNOME Keyring or KWallet"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"never stores secrets in a file"_s), qPrintable(message));
        QVERIFY2(status.startsWith(u"Failed: "_s), qPrintable(status));
        QCOMPARE(rows.toInt(), kOrders);
    }

    // The menus as keys: in en and pt_BR, no two entries of the menu bar or of one menu share an
    // Alt/underlined letter, and no two of the window's actions share a shortcut (Qt then calls
    // it ambiguous and runs neither).
    void menusHaveDistinctKeys_data() { testing::addLanguageRows(); }
    void menusHaveDistinctKeys()
    {
        QFETCH(QString, language);
        gui::LanguageManager languages;
        const auto english = qScopeGuard([&languages] { languages.setLanguage(u"en"_s); });
        QVERIFY(languages.setLanguage(language));
        QCoreApplication::processEvents(); // the LanguageChange that retranslates the menus
        const auto checkMenu = [](const QString &where, const QList<QAction *> &actions) {
            QStringList texts;
            for (const QAction *a : actions) {
                if (!a->isSeparator() && a->isVisible())
                    texts << a->text();
            }
            const QString clash = testing::mnemonicClash(texts);
            return clash.isEmpty() ? clash : where + u": "_s + clash;
        };
        QMenuBar *bar = window()->menuBar();
        QString problem = checkMenu(u"menu bar"_s, bar->actions());
        QVERIFY2(problem.isEmpty(), qPrintable(language + u": "_s + problem));
        int menus = 0;
        QList<QMenu *> pending;
        for (QAction *a : bar->actions()) {
            if (a->menu())
                pending << a->menu();
        }
        while (!pending.isEmpty()) {
            QMenu *menu = pending.takeFirst();
            ++menus;
            problem = checkMenu(menu->title(), menu->actions());
            QVERIFY2(problem.isEmpty(), qPrintable(language + u": "_s + problem));
            for (QAction *a : menu->actions()) {
                if (a->menu())
                    pending << a->menu();
            }
        }
        QVERIFY(menus >= 4);
        QHash<QKeySequence, const QAction *> shortcuts;
        for (const QAction *a : window()->findChildren<QAction *>()) {
            if (a->shortcutContext() == Qt::WidgetShortcut)
                continue; // only where its own widget has the focus
            for (const QKeySequence &k : a->shortcuts()) {
                const QAction *other = shortcuts.value(k, a);
                QVERIFY2(other == a, qPrintable(u"%1: %2 is both \"%3\" and \"%4\""_s.arg(
                                         language, k.toString(), other->text(), a->text())));
                shortcuts.insert(k, a);
            }
        }
        QVERIFY(shortcuts.size() >= 10);
    }
};

// The child of missingKeychainIsExplained: the window over the demo's data directory with the
// system keychain (no test double), syncing once.
static int runChild(const QString &role)
{
    if (role != u"no-keychain"_s)
        return 2;
    QStandardPaths::setTestModeEnabled(true);
    sync::AppServices services; // the system keychain, unreachable without a session bus
    if (!services.open(qEnvironmentVariable("DESPACHO_TEST_DATA_DIR")).ok())
        return 3;
    gui::MainWindow window(&services);
    window.show();
    QSignalSpy finished(window.syncController(), &gui::SyncController::finished);
    window.startSync();
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000))
        return 4;
    auto *bar = window.findChild<gui::MessageBar *>(u"listMessageBar"_s);
    testing::tellParent(u"message: "_s + (bar && bar->isVisible() ? bar->text() : QString()));
    testing::tellParent(u"status: "_s + window.findChild<QLabel *>(u"syncStatusLabel"_s)->text());
    // Every order, as the "All orders" queue lists them.
    auto *queues = window.findChild<QListWidget *>(u"queueList"_s);
    for (int i = 0; i < queues->count(); ++i) {
        if (queues->item(i)->data(Qt::UserRole).toString().isEmpty())
            queues->setCurrentRow(i);
    }
    const QAbstractItemModel *table = window.findChild<QTableView *>(u"orderTable"_s)->model();
    if (!QTest::qWaitFor([table] { return table->rowCount() > 0; }, 5000))
        return 5;
    testing::tellParent(u"rows: "_s + QString::number(table->rowCount()));
    return 0;
}

DESPACHO_TEST_MAIN_WITH_CHILD(TestMainWindowDemo, runChild)
#include "tst_mainwindow_demo.moc"
