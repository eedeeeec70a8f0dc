// The filter bar over the order list in the main window: reached with the keyboard (Alt+R,
// Alt+N, Alt+B, Alt+Y), each filter lists what the cache holds under it, the queue counts
// count the same filtered orders (and say so), and the choices come back in the next session.
#include "core/orderstatus.h"
#include "gui/mainwindow.h"
#include "gui/orderfilterbar.h"
#include "gui/orderlistpane.h"
#include "gui/ordertablemodel.h"
#include "storage/ordercache.h"
#include "sync/appservices.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace despacho;

class TestOrderFilterBar : public QObject
{
    Q_OBJECT
    static constexpr int kOrders = 60;
    QTemporaryDir m_dir;
    std::unique_ptr<sync::AppServices> m_services;
    std::unique_ptr<gui::MainWindow> m_window;

    storage::OrderCache *cache() const { return m_services->orders(); }
    template <typename T> T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    int rows() const { return m_window->orderList()->model()->rowCount(); }
    void openWindow()
    {
        m_window = std::make_unique<gui::MainWindow>(m_services.get());
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    // The queue list's labels against the cache's counts under the same filters.
    void queueCountsMatch(const storage::OrderQuery &filter)
    {
        auto *queues = find<QListWidget>(u"queueList"_s);
        const QHash<QString, int> counts = cache()->countsByStatus(filter);
        const QList<StatusQueue> expected = statusQueues();
        int total = 0;
        for (int n : counts)
            total += n;
        for (int i = 0; i < expected.size(); ++i) {
            const int n = expected[i].key.isEmpty() ? total : counts.value(expected[i].key);
            QCOMPARE(queues->item(i)->text(), u"%1 (%2)"_s.arg(expected[i].label).arg(n));
        }
        // The "all orders" queue lists as many as its count claims.
        queues->setCurrentRow(int(expected.size()) - 1);
        QCOMPARE(rows(), total);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "America/Sao_Paulo");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_services = std::make_unique<sync::AppServices>();
        QVERIFY(m_services->open(m_dir.path()).ok());
        const QStringList statuses{u"ready-for-handling"_s, u"handling"_s, u"invoiced"_s};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<std::pair<OrderSummary, QByteArray>> details;
        for (int i = 0; i < kOrders; ++i) {
            OrderSummary s;
            s.account = u"loja"_s;
            s.orderId = u"v%1-01"_s.arg(7000 + i);
            s.sequence = QString::number(7000 + i);
            s.status = statuses.at(i % statuses.size());
            s.creationDate = now.addSecs(-3600LL * (i + 1));
            s.clientName = u"Cliente %1"_s.arg(i);
            s.totalValue = Money(1000 + i);
            s.itemCount = 1;
            s.courier = i % 2 ? u"Correios"_s : u"Jadlog"_s;
            s.salesChannel = i % 4 == 0 ? u"2/MLB"_s : u"1"_s;
            // From 20 hours late to 39 hours ahead; every seventh has no estimate.
            if (i % 7 != 6)
                s.shipBy = now.addSecs(3600LL * (i - 20));
            details.append({s, QByteArray("{}")});
        }
        QString error;
        QVERIFY2(cache()->storeDetails(details, &error), qPrintable(error));
        openWindow();
        find<QListWidget>(u"queueList"_s)->setCurrentRow(int(statusQueues().size()) - 1);
        QCOMPARE(rows(), kOrders);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }

    void carrierByKeyboard()
    {
        auto *carrier = find<QComboBox>(u"carrierFilter"_s);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), carrier);
        // The choices are what the cache holds, with their counts: All, Correios, Jadlog.
        QCOMPARE(carrier->count(), 3);
        QCOMPARE(carrier->itemText(1), u"Correios (%1)"_s.arg(kOrders / 2));
        QTest::keyClick(carrier, Qt::Key_Down);
        QCOMPARE(carrier->currentData().toString(), u"Correios"_s);
        QCOMPARE(rows(), kOrders / 2);
        for (int r = 0; r < rows(); ++r) {
            QCOMPARE(m_window->orderList()
                         ->model()
                         ->index(r, gui::OrderTableModel::Courier)
                         .data()
                         .toString(),
                     u"Correios"_s);
        }
        QCOMPARE(find<QLabel>(u"queuesTitle"_s)->text(), u"Queues (filtered)"_s);
        queueCountsMatch({.carrier = u"Correios"_s});
    }

    void channelShipByAndLateOnly()
    {
        auto *channel = find<QComboBox>(u"salesChannelFilter"_s);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), channel);
        channel->setCurrentIndex(channel->findData(u"2/MLB"_s));
        QCOMPARE(channel->currentText(), u"Channel 2 · MLB (%1)"_s.arg(kOrders / 4));
        storage::OrderQuery q{.carrier = u"Correios"_s, .salesChannel = u"2/MLB"_s};
        // Channel 2/MLB are the multiples of 4, Correios the odd ones: nothing left.
        QCOMPARE(rows(), 0);
        queueCountsMatch(q);
        find<QComboBox>(u"carrierFilter"_s)->setCurrentIndex(0);
        q.carrier.clear();
        QCOMPARE(rows(), cache()->count(q));
        QVERIFY(rows() > 0);

        auto *shipBy = find<QComboBox>(u"shipByFilter"_s);
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), shipBy);
        shipBy->setCurrentIndex(shipBy->findData(int(gui::OrderFilterBar::Today)));
        q.shipByBefore = QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)).toUTC();
        QCOMPARE(rows(), cache()->count(q));
        for (int r = 0; r < rows(); ++r) {
            const auto s = m_window->orderList()->model()->summaryAt(r);
            QVERIFY(s->shipBy.isValid() && s->shipBy < q.shipByBefore);
        }
        queueCountsMatch(q);

        auto *late = find<QCheckBox>(u"overdueFilter"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::AltModifier); // toggles it
        QTRY_VERIFY(late->isChecked());
        q.overdueOnly = true;
        QCOMPARE(rows(), cache()->count(q));
        QVERIFY(rows() > 0);
        for (int r = 0; r < rows(); ++r) {
            const QModelIndex index = m_window->orderList()->model()->index(r, 0);
            QVERIFY(index.data(gui::OrderTableModel::OverdueRole).toBool());
            QVERIFY(index.data(gui::OrderTableModel::StatusRole).toString() != u"invoiced"_s);
        }
        queueCountsMatch(q);
        QCOMPARE(find<QListWidget>(u"queueList"_s)->item(2)->text(),
                 u"%1 (0)"_s.arg(orderStatusDisplayName(u"invoiced"_s))); // never late
    }

    void rememberedInTheNextSession()
    {
        const int before = rows();
        m_window->close(); // saves the settings
        m_window.reset();
        openWindow();
        QCOMPARE(find<QComboBox>(u"salesChannelFilter"_s)->currentData().toString(), u"2/MLB"_s);
        QCOMPARE(find<QComboBox>(u"shipByFilter"_s)->currentData().toInt(),
                 int(gui::OrderFilterBar::Today));
        QVERIFY(find<QCheckBox>(u"overdueFilter"_s)->isChecked());
        find<QListWidget>(u"queueList"_s)->setCurrentRow(int(statusQueues().size()) - 1);
        QCOMPARE(rows(), before);
        QCOMPARE(find<QLabel>(u"queuesTitle"_s)->text(), u"Queues (filtered)"_s);
        // Clearing shows everything again and the counts are plain again.
        QTest::mouseClick(find<QWidget>(u"clearFilters"_s), Qt::LeftButton);
        QCOMPARE(rows(), kOrders);
        QCOMPARE(find<QLabel>(u"queuesTitle"_s)->text(), u"Queues"_s);
        queueCountsMatch({});
    }
};

QTEST_MAIN(TestOrderFilterBar)
#include "tst_orderfilterbar.moc"
