// Renders the demo main window after a sync, with an order of the first queue open, to
// ${DESPACHO_BINARY_DIR}/screenshots/main-window.png (and to $DESPACHO_SCREENSHOT_DIR when set:
// that is how docs/screenshots/main-window.png is made).
#include "demofixture.h"

#include "gui/languagemanager.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "storage/ordercache.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace despacho;

class TestScreenshot : public QObject
{
    Q_OBJECT
    DemoFixture m_fx;

    static bool save(const QPixmap &pixmap, const QString &dir)
    {
        if (!QDir().mkpath(dir))
            return false;
        return pixmap.save(QDir(dir).filePath(u"main-window.png"_s), "PNG");
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A font that exists on every machine that runs the tests (fonts-dejavu-core).
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 9));
        QString error;
        QVERIFY2(m_fx.start(500, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() >= 1, 180000);
        // Logged in as the demo operator, so the order actions show enabled as staff see them.
        auto *ops = m_fx.window->operators();
        ops->setIterationsForTesting(1000);
        QVERIFY(ops->ensureDemoOperators(&error));
        const auto login = ops->authenticate(u"ana"_s, u"1111"_s, u"login"_s);
        QVERIFY2(login.ok(), qPrintable(login.message));
        m_fx.window->setOperator(login.identity);
    }

    void mainWindow()
    {
        auto *window = m_fx.window.get();
        window->resize(1280, 800);
        // The window opens on the "Ready for handling" queue: the warehouse's work list.
        const auto ready = m_fx.services->orders()->query(
            {.status = u"ready-for-handling"_s, .limit = 1, .offset = 2});
        QVERIFY(!ready.isEmpty());
        QVERIFY(window->orderList()->selectOrder(ready[0].account, ready[0].orderId));
        QTRY_COMPARE(window->detailView()->orderId(), ready[0].orderId);
        window->detailView()->tabs()->setCurrentIndex(gui::OrderDetailView::SummaryTab);
        QTRY_VERIFY(window->findChild<QAction *>(u"actionStartHandling"_s)->isEnabled());
        QCoreApplication::processEvents();

        const QPixmap shot = window->grab();
        QCOMPARE(shot.size(), QSize(1280, 800) * shot.devicePixelRatio());
        const QString dir = QStringLiteral(DESPACHO_BINARY_DIR) + u"/screenshots"_s;
        QVERIFY(save(shot, dir));
        const QFileInfo file(dir + u"/main-window.png"_s);
        QVERIFY(file.exists());
        QVERIFY2(file.size() > 30 * 1024, qPrintable(QString::number(file.size())));
        // Not a blank image: many distinct colours in a sample of pixels.
        const QImage image = shot.toImage();
        QSet<QRgb> colors;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colors.insert(image.pixel(x, y));
        }
        QVERIFY2(colors.size() > 20, qPrintable(QString::number(colors.size())));

        const QString extra = qEnvironmentVariable("DESPACHO_SCREENSHOT_DIR");
        if (!extra.isEmpty())
            QVERIFY(save(shot, extra));
    }

    // The same window switched to Portuguese at runtime (kept beside the English one only).
    void mainWindowPortuguese()
    {
        gui::LanguageManager languages;
        QVERIFY(languages.setLanguage(u"pt_BR"_s));
        auto *window = m_fx.window.get();
        QTRY_COMPARE(window->findChild<QLineEdit *>(u"searchEdit"_s)->placeholderText().left(6),
                     u"Buscar"_s);
        QCoreApplication::processEvents();
        const QPixmap shot = window->grab();
        const QString file =
            QStringLiteral(DESPACHO_BINARY_DIR) + u"/screenshots/main-window-pt_BR.png"_s;
        QVERIFY(shot.save(file, "PNG"));
        QVERIFY(QFileInfo(file).size() > 30 * 1024);
        QVERIFY(languages.setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
