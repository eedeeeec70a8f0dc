// The packing station over the demo store: the Items tab shows EAN, reference, quantity and the
// product picture served by the sandbox on 127.0.0.1 (a placeholder when the picture is
// missing), and packing slips open in a print preview for the shown order (Ctrl+P) or for
// every order selected in the list (Ctrl+Shift+P), one slip per page.
#include "demofixture.h"

#include "core/orderjson.h"
#include "gui/imageloader.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/ordertablemodel.h"
#include "sandbox/sandboxserver.h"
#include "storage/ordercache.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace despacho;
using View = despacho::gui::OrderDetailView;

class TestPackerItems : public QObject
{
    Q_OBJECT
    DemoFixture m_fx;
    static constexpr int kOrders = 60;

    gui::MainWindow *window() const { return m_fx.window.get(); }
    storage::OrderCache *cache() const { return m_fx.services->orders(); }
    QTableWidget *items() const { return window()->findChild<QTableWidget *>(u"itemsTable"_s); }
    QAction *action(const QString &name) const { return window()->findChild<QAction *>(name); }

    void showAllQueues()
    {
        auto *queues = window()->findChild<QListWidget *>(u"queueList"_s);
        for (int i = 0; i < queues->count(); ++i) {
            if (queues->item(i)->data(Qt::UserRole).toString().isEmpty())
                queues->setCurrentRow(i);
        }
    }
    void open(const QString &orderId)
    {
        showAllQueues();
        window()->findChild<QLineEdit *>(u"searchEdit"_s)->clear();
        window()->orderList()->applySearchNow();
        QVERIFY(window()->orderList()->selectOrder(u"demo"_s, orderId));
        QTRY_COMPARE(window()->detailView()->orderId(), orderId);
    }
    Order cached(const QString &orderId) const
    {
        const auto doc = QJsonDocument::fromJson(cache()->rawJson(u"demo"_s, orderId));
        return orderFromVtexJson(doc.object()).order;
    }
    // A cached order with an EAN on some item.
    QString orderWithEan() const
    {
        for (const OrderSummary &s : cache()->query({})) {
            const Order o = cached(s.orderId);
            for (const OrderItem &item : o.items) {
                if (!item.ean.isEmpty() && o.items.size() >= 2)
                    return s.orderId;
            }
        }
        return {};
    }
    QString pictureState(int row) const
    {
        return items()
            ->item(row, View::ItemPictureColumn)
            ->data(View::ItemPictureStateRole)
            .toString();
    }
    QPrintPreviewDialog *preview() const
    {
        return window()->findChild<QPrintPreviewDialog *>(u"packingSlipPreview"_s);
    }
    void closePreview()
    {
        QPointer<QPrintPreviewDialog> dialog = preview();
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(kOrders, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() >= 1, 120000);
    }

    void itemsTabShowsWhatAPackerNeeds()
    {
        const QString id = orderWithEan();
        QVERIFY(!id.isEmpty());
        const Order o = cached(id);
        open(id);
        window()->detailView()->tabs()->setCurrentIndex(View::ItemsTab);
        QCOMPARE(items()->rowCount(), int(o.items.size()));
        for (int row = 0; row < o.items.size(); ++row) {
            const OrderItem &item = o.items.at(row);
            QCOMPARE(items()->item(row, View::ItemEanColumn)->text(),
                     item.ean.isEmpty() ? u"—"_s : item.ean);
            QCOMPARE(items()->item(row, View::ItemRefIdColumn)->text(), item.refId);
            QCOMPARE(items()->item(row, View::ItemQuantityColumn)->text(),
                     QString::number(item.quantity));
            QCOMPARE(items()->item(row, View::ItemSkuColumn)->text(), item.skuId);
            // Large type for the quantity.
            QVERIFY(items()->item(row, View::ItemQuantityColumn)->font().pointSizeF() >=
                    items()->font().pointSizeF() * 1.5);
            QVERIFY(items()->item(row, View::ItemQuantityColumn)->font().bold());
            // The picture comes from the sandbox itself.
            const QUrl url =
                items()->item(row, View::ItemPictureColumn)->data(Qt::UserRole).toUrl();
            QCOMPARE(url.host(), u"127.0.0.1"_s);
            QCOMPARE(url.port(), int(m_fx.demo->server()->port()));
        }
        // Loaded in the background, then drawn: a real 64 px picture, not the placeholder.
        for (int row = 0; row < o.items.size(); ++row) {
            QTRY_COMPARE_WITH_TIMEOUT(pictureState(row), QString::fromLatin1(View::kPictureLoaded),
                                      15000);
            const auto pixmap = items()
                                    ->item(row, View::ItemPictureColumn)
                                    ->data(Qt::DecorationRole)
                                    .value<QPixmap>();
            QCOMPARE(pixmap.size(), QSize(View::kPictureSize, View::kPictureSize));
        }
        // Shown again: from the memory cache, no new download.
        auto *loader = window()->detailView()->imageLoader();
        const int downloads = loader->downloadsStarted();
        window()->detailView()->showOrder(u"demo"_s, id);
        QCOMPARE(pictureState(0), QString::fromLatin1(View::kPictureLoaded));
        QCOMPARE(loader->downloadsStarted(), downloads);
    }

    void missingPictureShowsAPlaceholder()
    {
        // The store names a picture it does not have (404) and another that is not an image
        // address at all: placeholders, no error box, nothing else on the screen changes.
        const QString id = orderWithEan();
        QJsonObject json = QJsonDocument::fromJson(cache()->rawJson(u"demo"_s, id)).object();
        QJsonArray list = json[u"items"_s].toArray();
        const QUrl base = m_fx.demo->server()->baseUrl();
        QJsonObject first = list[0].toObject();
        first[u"imageUrl"_s] = QString(base.toString() + u"/arquivos/ids/nope-55-55/missing.png"_s);
        list[0] = first;
        QJsonObject second = list[1].toObject();
        second[u"imageUrl"_s] = u"ftp://example.invalid/x.png"_s;
        list[1] = second;
        json[u"items"_s] = list;
        const auto summary = cache()->summary(u"demo"_s, id);
        QVERIFY(summary);
        QString error;
        QVERIFY2(cache()->storeDetail(*summary, QJsonDocument(json).toJson(QJsonDocument::Compact),
                                      {}, &error),
                 qPrintable(error));
        window()->detailView()->showOrder(u"demo"_s, id);
        QTRY_COMPARE_WITH_TIMEOUT(pictureState(0), QString::fromLatin1(View::kPicturePlaceholder),
                                  15000);
        QCOMPARE(pictureState(1), QString::fromLatin1(View::kPicturePlaceholder));
        QVERIFY(!items()
                     ->item(0, View::ItemPictureColumn)
                     ->data(Qt::DecorationRole)
                     .value<QPixmap>()
                     .isNull());
        QCOMPARE(items()->item(0, View::ItemRefIdColumn)->text(), list[0][u"refId"].toString());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }

    void printsTheShownOrder()
    {
        const QString id = orderWithEan();
        open(id);
        QVERIFY(action(u"actionPrintPackingSlip"_s)->isEnabled());
        // Ctrl+P, pressed on the window, previews the shown order's slip.
        QVERIFY(!preview());
        window()->orderList()->table()->setFocus();
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(preview() && preview()->isVisible());
        auto *pages = preview()->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_COMPARE(pages->pageCount(), 1);
        QVERIFY(preview()->windowTitle().contains(id));
        closePreview();
    }

    void batchPrintsEverySelectedOrder()
    {
        showAllQueues();
        window()->orderList()->applySearchNow();
        QTableView *table = window()->orderList()->table();
        QVERIFY(table->model()->rowCount() >= 5);
        // Click row 0, Ctrl+click rows 2 and 4: three selected, the detail shows the last click.
        const auto click = [table](int row, Qt::KeyboardModifiers modifiers) {
            const QRect r = table->visualRect(table->model()->index(row, 1));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, r.center());
        };
        table->scrollToTop();
        click(0, Qt::NoModifier);
        click(2, Qt::ControlModifier);
        click(4, Qt::ControlModifier);
        const QList<storage::OrderKey> selected = window()->orderList()->selectedOrders();
        QCOMPARE(selected.size(), 3);
        const QString current =
            table->model()->index(4, 0).data(gui::OrderTableModel::OrderIdRole).toString();
        QCOMPARE(selected.last().orderId, current);
        QTRY_COMPARE(window()->detailView()->orderId(), current);

        QVERIFY(action(u"actionPrintSelectedSlips"_s)->isEnabled());
        action(u"actionPrintSelectedSlips"_s)->trigger();
        QTRY_VERIFY(preview() && preview()->isVisible());
        auto *pages = preview()->findChild<QPrintPreviewWidget *>();
        QTRY_COMPARE(pages->pageCount(), 3);
        closePreview();

        // Shift+click extends the selection; a plain click goes back to one order.
        click(6, Qt::ShiftModifier);
        QVERIFY(window()->orderList()->selectedOrders().size() >= 3);
        click(1, Qt::NoModifier);
        QCOMPARE(window()->orderList()->selectedOrders().size(), 1);
    }
};

QTEST_MAIN(TestPackerItems)
#include "tst_packeritems.moc"
