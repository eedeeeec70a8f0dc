// Small screens: on a 1024×600 screen (the offscreen platform is given one) every dialog opens
// with its buttons in sight, the main window opens inside the screen's available area (also when
// a geometry saved on a larger monitor is restored), and the outbox dock leaves the order list a
// few rows.
#include "demofixture.h"

#include "core/orderjson.h"
#include "gui/accountsdialog.h"
#include "gui/auditview.h"
#include "gui/canceldialog.h"
#include "gui/carriersdialog.h"
#include "gui/carriersettings.h"
#include "gui/invoicedialog.h"
#include "gui/languagemanager.h"
#include "gui/logindialog.h"
#include "gui/operatorsdialog.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/packingslippreview.h"
#include "gui/screenfit.h"
#include "gui/starthandlingdialog.h"
#include "gui/supervisorprompt.h"
#include "gui/trackingdialog.h"
#include "gui/trackingeventsdialog.h"
#include "storage/ordercache.h"

#include <QApplication>
#include <QDataStream>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QTableView>

#include <functional>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
const QRect kScreen(0, 0, 1024, 600);
constexpr int kTitleBar = 32; // what a window manager adds above a dialog, at least

// QWidget::saveGeometry()'s format (version 3), as written on a 1920×1200 monitor.
QByteArray geometryFromLargerMonitor(const QRect &geometry)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_4_0);
    s << quint32(0x1D9D0CB) << quint16(3) << quint16(0)
      << geometry.adjusted(-4, -32, 4, 4) // frame geometry
      << geometry                         // normal geometry
      << qint32(0) << quint8(0) << quint8(0) << qint32(1920) << geometry;
    return bytes;
}
} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT
    DemoFixture m_fx;

    gui::MainWindow *window() const { return m_fx.window.get(); }

    Order anOrder() const
    {
        for (const OrderSummary &s : m_fx.services->orders()->query({})) {
            const auto doc =
                QJsonDocument::fromJson(m_fx.services->orders()->rawJson(s.account, s.orderId));
            const auto parsed = orderFromVtexJson(doc.object());
            if (parsed.ok() && parsed.order.items.size() >= 3)
                return parsed.order;
        }
        return {};
    }

    // Shows the dialog as the app would and checks that it and its buttons fit the screen.
    static void checkFits(QWidget *dialog, const QString &what)
    {
        dialog->show();
        QVERIFY2(QTest::qWaitForWindowExposed(dialog), qPrintable(what));
        const QRect available = dialog->screen()->availableGeometry();
        QCOMPARE(available, kScreen);
        const QSize size = dialog->frameGeometry().size();
        QVERIFY2(size.width() <= available.width() &&
                     size.height() + kTitleBar <= available.height(),
                 qPrintable(u"%1 is %2×%3"_s.arg(what).arg(size.width()).arg(size.height())));
        const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        QVERIFY2(
            minimum.width() <= available.width() &&
                minimum.height() + kTitleBar <= available.height(),
            qPrintable(
                u"%1 needs at least %2×%3"_s.arg(what).arg(minimum.width()).arg(minimum.height())));
        // Every button box is visible and inside the dialog.
        const auto boxes = dialog->findChildren<QDialogButtonBox *>();
        for (QDialogButtonBox *box : boxes) {
            QVERIFY2(box->isVisible(), qPrintable(what + u" "_s + box->objectName()));
            const QRect inDialog(box->mapTo(dialog, QPoint(0, 0)), box->size());
            QVERIFY2(dialog->rect().contains(inDialog),
                     qPrintable(u"%1: buttons at y %2..%3, dialog height %4"_s.arg(what)
                                    .arg(inDialog.top())
                                    .arg(inDialog.bottom())
                                    .arg(dialog->height())));
        }
        dialog->hide();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->geometry(), kScreen);
        QString error;
        QVERIFY2(m_fx.start(40, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() >= 1, 120000);
        window()->operators()->setIterationsForTesting(1000);
        QVERIFY(window()->operators()->ensureDemoOperators(&error));
    }

    void everyDialogFits()
    {
        const Order order = anOrder();
        QVERIFY(!order.orderId.isEmpty());
        const QList<Carrier> carriers = gui::loadCarriers();
        sync::OperatorService *ops = window()->operators();
        const std::vector<std::pair<QString, std::function<QWidget *()>>> dialogs{
            {u"accounts"_s,
             [&] {
                 return new gui::AccountsDialog(m_fx.services.get(), window());
             }},
            {u"carriers"_s,
             [&] {
                 return new gui::CarriersDialog(carriers, window());
             }},
            {u"start handling"_s,
             [&] {
                 return new gui::StartHandlingDialog(order, window());
             }},
            {u"invoice"_s,
             [&] {
                 return new gui::InvoiceDialog(order, carriers, window());
             }},
            {u"tracking"_s,
             [&] {
                 return new gui::TrackingDialog(order, carriers, window());
             }},
            {u"tracking events"_s,
             [&] {
                 return new gui::TrackingEventsDialog(order, window());
             }},
            {u"cancel"_s,
             [&] {
                 return new gui::CancelDialog(order, u"ana"_s, window());
             }},
            {u"login"_s,
             [&] {
                 return new gui::LoginDialog(ops, window());
             }},
            {u"supervisor"_s,
             [&] {
                 return new gui::SupervisorPrompt(
                     ops, u"accounts"_s, u"Managing accounts needs a supervisor."_s, window());
             }},
            {u"operators"_s,
             [&] {
                 return new gui::OperatorsDialog(ops, u"chefe"_s, window());
             }},
            {u"packing slip preview"_s,
             [&] {
                 QStringList missing;
                 auto slips = gui::packingSlipsFor(m_fx.services->orders(),
                                                   {{u"demo"_s, order.orderId}}, &missing);
                 auto *preview = gui::createPackingSlipPreview(slips, window());
                 gui::fitInAvailableScreen(preview, QSize(900, 1000));
                 return preview;
             }},
        };
        for (const auto &[name, make] : dialogs) {
            std::unique_ptr<QWidget> dialog(make());
            dialog->setAttribute(Qt::WA_DeleteOnClose, false);
            checkFits(dialog.get(), name);
            if (QTest::currentTestFailed())
                return;
        }
        // The audit log window, as the menu opens it.
        window()->findChild<QAction *>(u"actionAuditLog"_s)->trigger();
        auto *audit = window()->findChild<gui::AuditView *>(u"auditView"_s);
        QVERIFY(audit);
        checkFits(audit, u"audit log"_s);
    }

    void mainWindowOpensInsideTheScreen_data()
    {
        QTest::addColumn<QByteArray>("saved");
        QTest::newRow("first start (form's 1280×800)") << QByteArray();
        QTest::newRow("saved on a 1920×1200 monitor")
            << geometryFromLargerMonitor(QRect(300, 200, 1600, 950));
    }
    void mainWindowOpensInsideTheScreen()
    {
        QFETCH(QByteArray, saved);
        QSettings settings;
        settings.remove(u"mainWindow"_s);
        if (!saved.isEmpty())
            settings.setValue(u"mainWindow/geometry"_s, saved);
        settings.sync();
        gui::MainWindow w(m_fx.services.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(available.contains(w.frameGeometry()),
                 qPrintable(u"window at %1,%2 %3×%4"_s.arg(w.frameGeometry().x())
                                .arg(w.frameGeometry().y())
                                .arg(w.frameGeometry().width())
                                .arg(w.frameGeometry().height())));
        QVERIFY(w.minimumSizeHint().height() + kTitleBar <= available.height());
        QVERIFY(w.minimumSizeHint().width() <= available.width());
    }

    // Portuguese labels are longer: the window (its filter bar above all) still fits the width.
    void mainWindowFitsInPortuguese()
    {
        gui::LanguageManager languages;
        QVERIFY(languages.setLanguage(u"pt_BR"_s));
        gui::MainWindow w(m_fx.services.get(), &languages);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(w.minimumSizeHint().width() + 8 <= available.width(),
                 qPrintable(u"minimum width %1"_s.arg(w.minimumSizeHint().width())));
        QVERIFY(available.contains(w.frameGeometry()));
        QVERIFY(languages.setLanguage(u"en"_s));
    }

    void outboxDockLeavesTheListRows()
    {
        QSettings().remove(u"mainWindow"_s);
        gui::MainWindow w(m_fx.services.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QAction *>(u"actionOutbox"_s)->setChecked(true);
        auto *dock = w.findChild<QDockWidget *>(u"outboxDock"_s);
        QTRY_VERIFY(dock->isVisible());
        // Someone drags the dock as high as it goes.
        w.resizeDocks({dock}, {w.height()}, Qt::Vertical);
        QTest::qWait(50);
        QTableView *table = w.orderList()->table();
        QVERIFY(w.minimumSizeHint().height() + kTitleBar <=
                w.screen()->availableGeometry().height());
        const int rows =
            (table->viewport()->height()) / table->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= gui::MainWindow::kMinimumListRows - 1,
                 qPrintable(u"%1 rows visible"_s.arg(rows)));
        QVERIFY2(w.screen()->availableGeometry().contains(w.frameGeometry()),
                 qPrintable(u"window %5,%6 %1x%2, minimum %3x%4"_s.arg(w.frameGeometry().width())
                                .arg(w.frameGeometry().height())
                                .arg(w.minimumSizeHint().width())
                                .arg(w.minimumSizeHint().height())
                                .arg(w.frameGeometry().x())
                                .arg(w.frameGeometry().y())));
    }
};

int main(int argc, char **argv)
{
    // A 1024×600 screen for the offscreen platform (its configfile option, Qt 6).
    const QString config = QDir::temp().filePath(
        u"despacho-smallscreen-%1.json"_s.arg(QCoreApplication::applicationPid()));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(config));
        file.write(R"({"screens": [{"name": "netbook", "x": 0, "y": 0, "width": 1024,
                        "height": 600, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    QFile::remove(config);
    QTEST_SET_MAIN_SOURCE_PATH
    TestSmallScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smallscreen.moc"
