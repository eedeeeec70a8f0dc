// The packing station over the demo store, with the keyboard and a scanner only: scan the order,
// scan the DANFE, Enter, scan the carrier label, Enter. Checks what each command will send (the
// value with the freight, the URL of the code that is sent, the check digit that was confirmed),
// that the detail pane never acts on an order that is not the selected row, and the station's
// keys (shortcuts from any field, Enter on a row, Escape on the start-up login).
#include "demofixture.h"
#include "stationdriver.h"

#include "core/actionforms.h"
#include "core/carriers.h"
#include "core/money.h"
#include "core/orderjson.h"
#include "core/validators.h"
#include "gui/invoicedialog.h"
#include "gui/logindialog.h"
#include "gui/messagebar.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/ordertablemodel.h"
#include "gui/queuepane.h"
#include "gui/stationkeys.h"
#include "gui/trackingdialog.h"
#include "gui/trackingeventsdialog.h"
#include "sandbox/sandboxserver.h"
#include "storage/auditlog.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/appservices.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
const QString kCorreiosUrl = u"https://rastreamento.correios.com.br/app/index.php?objetos="_s;
using testing::danfeKey;
using testing::s10;
} // namespace

class TestPackingStation : public QObject
{
    Q_OBJECT
    DemoFixture m_fx;
    static constexpr int kOrders = 120;
    static constexpr int kSendTimeoutMs = 30000;

    gui::MainWindow *window() const { return m_fx.window.get(); }
    storage::OrderCache *cache() const { return m_fx.services->orders(); }
    storage::Outbox *outbox() const { return m_fx.services->outbox(); }
    QAction *action(const QString &name) const { return window()->findChild<QAction *>(name); }
    QDialog *form() const { return window()->orderActions()->currentDialog(); }

    std::optional<Order> cachedOrder(const QString &orderId) const
    {
        const auto parsed = orderFromVtexJson(
            QJsonDocument::fromJson(cache()->rawJson(u"demo"_s, orderId)).object());
        if (!parsed.ok())
            return std::nullopt;
        return parsed.order;
    }

    // An order of this status with no command yet.
    QString untouchedOrder(const QString &status) const
    {
        for (const OrderSummary &s : cache()->query({.status = status})) {
            if (outbox()->list({.orderId = s.orderId}).isEmpty())
                return s.orderId;
        }
        return {};
    }

    // A ready-for-handling order that pays freight, with no command yet.
    QString freshOrderWithFreight() const
    {
        for (const OrderSummary &s : cache()->query({.status = u"ready-for-handling"_s})) {
            if (!outbox()->list({.orderId = s.orderId}).isEmpty())
                continue;
            const auto order = cachedOrder(s.orderId);
            if (order && order->totals.shipping.cents() > 0 && order->items.size() >= 1)
                return s.orderId;
        }
        return {};
    }

    void showAllQueues()
    {
        window()->queuePane()->setCurrentStatus(QString());
        window()->queuePane()->setCurrentAccount(QString());
    }

    void focusTable()
    {
        QApplication::setActiveWindow(window());
        window()->orderList()->table()->setFocus();
        QTRY_VERIFY(window()->orderList()->table()->hasFocus());
    }

    void login()
    {
        const auto identity = window()->operators()->authenticate(u"ana"_s, u"1111"_s, u"login"_s);
        QVERIFY2(identity.ok(), qPrintable(identity.message));
        window()->setOperator(identity.identity);
    }

    bool allSent(const QString &orderId, int count) const
    {
        const QList<Command> commands = outbox()->list({.orderId = orderId});
        return commands.size() == count &&
               std::all_of(commands.cbegin(), commands.cend(),
                           [](const Command &c) { return c.state == CommandState::Sent; });
    }

    // Scans the order and checks that it is the one the detail shows.
    void scanOrder(testing::StationDriver &station, const QString &orderId)
    {
        station.scan(orderId);
        QTRY_COMPARE(window()->detailView()->orderId(), orderId);
        QVERIFY(window()->detailView()->order().has_value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(kOrders, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() >= 1, 120000);
        window()->operators()->setIterationsForTesting(1000);
        QVERIFY(window()->operators()->ensureDemoOperators(&error));
        login();
    }

    // 3 scans and 2 key presses from "order in hand" to invoiced and tracked; each command
    // carries exactly what the forms showed, and the store keeps the order's full value.
    void threeScansAndTwoKeys()
    {
        const QString id = freshOrderWithFreight();
        QVERIFY(!id.isEmpty());
        const Order order = *cachedOrder(id);
        // The packer works from the queue of orders ready for handling, which the invoice moves
        // this order out of: it must stay open for its label.
        showAllQueues();
        window()->queuePane()->setCurrentStatus(u"ready-for-handling"_s);
        focusTable();
        testing::StationDriver station(window());

        scanOrder(station, id);
        const QString key = danfeKey(4242);
        station.scan(key);
        auto *invoice = qobject_cast<gui::InvoiceDialog *>(form());
        QVERIFY(invoice);
        QCOMPARE(invoice->findChild<QLineEdit *>(u"numberEdit"_s)->text(), u"4242"_s);
        QVERIFY(invoice->findChild<QLabel *>(u"orderBanner"_s)->text().contains(id));
        // A full invoice is worth what is left of the order's total: freight included.
        QCOMPARE(Money::parse(invoice->findChild<QLineEdit *>(u"valueEdit"_s)->text())->cents(),
                 order.value.cents());
        station.press(Qt::Key_Return);

        // Start handling went ahead of the invoice, in the same step.
        QTRY_COMPARE(outbox()->list({.orderId = id}).size(), 2);
        const QList<Command> queued = outbox()->list({.orderId = id}); // newest first
        QCOMPARE(queued.last().kind, CommandKind::StartHandling);
        QCOMPARE(queued.first().kind, CommandKind::Invoice);
        const QJsonObject body = queued.first().payload;
        QCOMPARE(body["invoiceValue"_L1].toString(), QString::number(order.value.cents()));
        QCOMPARE(body["invoiceNumber"_L1].toString(), u"4242"_s);
        QCOMPARE(body["invoiceKey"_L1].toString(), key);
        QTRY_VERIFY_WITH_TIMEOUT(allSent(id, 2), kSendTimeoutMs);
        // The store settled the order for the invoice: nothing of the freight was lost.
        const QJsonObject stored = m_fx.demo->server()->order(id);
        QCOMPARE(stored["status"_L1].toString(), u"invoiced"_s);
        QCOMPARE(stored["value"_L1].toInteger(), order.value.cents());
        QTRY_VERIFY_WITH_TIMEOUT(action(u"actionTracking"_s)->isEnabled(), kSendTimeoutMs);

        const QString code = s10(u"12345678"_s);
        station.scan(code);
        auto *tracking = qobject_cast<gui::TrackingDialog *>(form());
        QVERIFY(tracking);
        QCOMPARE(tracking->findChild<QComboBox *>(u"courierCombo"_s)->currentText(), u"Correios"_s);
        QCOMPARE(tracking->findChild<QLineEdit *>(u"urlEdit"_s)->text(), kCorreiosUrl + code);
        station.press(Qt::Key_Return);
        QTRY_COMPARE(outbox()->list({.orderId = id}).size(), 3);
        const QJsonObject sent = outbox()->list({.orderId = id}).first().payload;
        QCOMPARE(sent["invoiceNumber"_L1].toString(), u"4242"_s);
        QCOMPARE(sent["body"_L1]["trackingNumber"_L1].toString(), code);
        QCOMPARE(sent["body"_L1]["courier"_L1].toString(), u"Correios"_s);
        QCOMPARE(sent["body"_L1]["trackingUrl"_L1].toString(), kCorreiosUrl + code);
        QCOMPARE(station.scans(), 3);
        QCOMPARE(station.keys(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(allSent(id, 3), kSendTimeoutMs);
    }

    // A value that is not what the items imply warns with the difference, queues nothing, and a
    // second Enter records the override in the audit line.
    void invoiceValueWithoutFreightWarns()
    {
        const QString id = freshOrderWithFreight();
        QVERIFY(!id.isEmpty());
        const Order order = *cachedOrder(id);
        showAllQueues();
        focusTable();
        testing::StationDriver station(window());
        scanOrder(station, id);
        station.press(Qt::Key_I, Qt::ControlModifier); // from the table: the window's shortcut
        auto *invoice = qobject_cast<gui::InvoiceDialog *>(form());
        QVERIFY(invoice);
        invoice->findChild<QLineEdit *>(u"numberEdit"_s)->setText(u"5151"_s);
        qint64 items = 0;
        for (const OrderItem &i : order.items)
            items += i.lineTotal().cents();
        auto *value = invoice->findChild<QLineEdit *>(u"valueEdit"_s);
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, Money(items)
                                    .toDisplayString(QLocale(QLocale::Portuguese, QLocale::Brazil))
                                    .remove(u"R$"_s)
                                    .trimmed());
        QCOMPARE(Money::parse(value->text())->cents(), items);
        station.press(Qt::Key_Return);
        QVERIFY(invoice->isVisible());
        auto *valueError = invoice->findChild<QLabel *>(u"valueError"_s);
        QVERIFY(valueError->isVisible());
        const QString difference = Money(order.value.cents() - items).toDisplayString();
        QVERIFY2(valueError->text().contains(difference), qPrintable(valueError->text()));
        QVERIFY(outbox()->list({.orderId = id}).isEmpty());

        station.press(Qt::Key_Return); // the person read it and goes ahead
        QTRY_COMPARE(outbox()->list({.orderId = id}).size(), 2);
        QCOMPARE(outbox()->list({.orderId = id}).first().payload["invoiceValue"_L1].toString(),
                 QString::number(items));
        const QList<storage::AuditEntry> audit =
            storage::AuditLog(m_fx.services->database())
                .entries({.orderId = id, .action = u"invoice"_s});
        QCOMPARE(audit.size(), 1);
        QVERIFY2(audit.first().detail.contains(u"override: value"_s) &&
                     audit.first().detail.contains(difference),
                 qPrintable(audit.first().detail));
        QTRY_VERIFY_WITH_TIMEOUT(allSent(id, 2), kSendTimeoutMs);
    }

    // Every change of the code checks it again; the confirmed code is the one in the audit line.
    void checkDigitIsCheckedOnEveryChange()
    {
        const QString id = untouchedOrder(u"invoiced"_s);
        QVERIFY(!id.isEmpty());
        showAllQueues();
        focusTable();
        testing::StationDriver station(window());
        scanOrder(station, id);
        station.press(Qt::Key_T, Qt::ControlModifier);
        auto *tracking = qobject_cast<gui::TrackingDialog *>(form());
        QVERIFY(tracking);
        tracking->findChild<QComboBox *>(u"courierCombo"_s)->setCurrentText(u"Correios"_s);
        auto *number = tracking->findChild<QLineEdit *>(u"numberEdit"_s);
        auto *error = tracking->findChild<QLabel *>(u"numberError"_s);
        const QString wrong1 = s10(u"11111111"_s, false);
        const QString wrong2 = s10(u"22222222"_s, false);
        number->setText(wrong1);
        QVERIFY(error->isVisible() && error->text().contains(wrong1));
        station.press(Qt::Key_Return);
        QVERIFY(tracking->isVisible());
        number->setText(wrong2); // another wrong code: warned again, not carried by the first OK
        QVERIFY2(error->isVisible() && error->text().contains(wrong2), qPrintable(error->text()));
        station.press(Qt::Key_Return);
        QVERIFY(tracking->isVisible());
        QVERIFY(outbox()->list({.orderId = id}).isEmpty());
        number->setText(s10(u"22222222"_s)); // fixed: the warning goes with the wrong code
        QVERIFY(!error->isVisible());
        number->setText(wrong2);
        station.press(Qt::Key_Return);
        station.press(Qt::Key_Return);
        QTRY_COMPARE(outbox()->list({.orderId = id}).size(), 1);
        QCOMPARE(outbox()
                     ->list({.orderId = id})
                     .first()
                     .payload["body"_L1]["trackingNumber"_L1]
                     .toString(),
                 wrong2);
        const auto audit = storage::AuditLog(m_fx.services->database())
                               .entries({.orderId = id, .action = u"tracking"_s});
        QCOMPARE(audit.size(), 1);
        QVERIFY2(audit.first().detail.contains(u"override: number"_s) &&
                     audit.first().detail.contains(wrong2),
                 qPrintable(audit.first().detail));
        QTRY_VERIFY_WITH_TIMEOUT(allSent(id, 1), kSendTimeoutMs);
    }

    // The pane shows the selected row or nothing; the actions follow the pane.
    void detailFollowsTheSelectedRowOnly()
    {
        showAllQueues();
        gui::OrderListPane *list = window()->orderList();
        list->searchEdit()->clear();
        list->applySearchNow();
        list->table()->selectRow(0);
        QTRY_VERIFY(!window()->detailView()->orderId().isEmpty());
        const QString shown = window()->detailView()->orderId();
        const auto summary = cache()->summary(u"demo"_s, shown);
        QVERIFY(summary);

        // A queue that does not hold the order: nothing shown, nothing to act on.
        const QString other = summary->status == u"invoiced"_s ? u"canceled"_s : u"invoiced"_s;
        window()->queuePane()->setCurrentStatus(other);
        QTRY_VERIFY(window()->detailView()->orderId().isEmpty());
        QString why;
        QVERIFY(!window()->orderActions()->canInvoice(&why));
        QVERIFY(!action(u"actionInvoice"_s)->isEnabled());
        QVERIFY(!action(u"actionTracking"_s)->isEnabled());
        QVERIFY(!action(u"actionCancelOrder"_s)->isEnabled());

        // A sort keeps the pane on the selected row.
        showAllQueues();
        list->table()->selectRow(2);
        QTRY_VERIFY(!window()->detailView()->orderId().isEmpty());
        list->table()->horizontalHeader()->setSortIndicator(
            list->table()->horizontalHeader()->sortIndicatorSection(),
            list->table()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder);
        const QModelIndex current = list->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(window()->detailView()->orderId(),
                 current.data(gui::OrderTableModel::OrderIdRole).toString());

        // A search that matches nothing: nothing shown.
        focusTable();
        QTest::keyClicks(list->searchEdit(), u"zzzz-no-such-client"_s);
        list->applySearchNow();
        QTRY_VERIFY(window()->detailView()->orderId().isEmpty());
        QVERIFY(!action(u"actionStartHandling"_s)->isEnabled());
        list->searchEdit()->clear();
        list->applySearchNow();
    }

    // A scan while the focus is in another text field of the window (a filter box): the field
    // keeps what the person typed, the scan is read; slow typing ending in Enter stays typing.
    void aScanIntoAnotherFieldIsStillAScan()
    {
        QString id;
        for (const OrderSummary &s : cache()->query({.status = u"handling"_s}))
            id = s.orderId;
        QVERIFY(!id.isEmpty());
        showAllQueues();
        auto *field = new QLineEdit(window());
        field->setObjectName(u"someFilter"_s);
        window()->statusBar()->addWidget(field);
        field->show();
        QApplication::setActiveWindow(window());
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, u"abc"_s);
        QTest::qWait(2 * gui::StationKeys::kScanGapMs);
        testing::StationDriver station(window());
        station.scan(id);
        QTRY_COMPARE(window()->detailView()->orderId(), id);
        QCOMPARE(field->text(), u"abc"_s);

        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        field->clear();
        for (const QChar c : u"typed slowly"_s) {
            QTest::keyClick(field, c.toLatin1());
            QTest::qWait(gui::StationKeys::kScanGapMs + 25);
        }
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(field->text(), u"typed slowly"_s);
        QCOMPARE(window()->detailView()->orderId(), id);
        delete field;
    }

    void aScanOfNothingSaysWhat()
    {
        showAllQueues();
        focusTable();
        testing::StationDriver station(window());
        const QString before = window()->detailView()->orderId();
        station.scan(u"#?!"_s);
        const QString message = window()->orderList()->messageBar()->text();
        QVERIFY2(message.contains(u"#?!"_s) && message.contains(u"nothing was done"_s),
                 qPrintable(message));
        QVERIFY(!form());
        QCOMPARE(window()->detailView()->orderId(), before);
        // Tracking code with no order open.
        window()->orderList()->table()->clearSelection();
        window()->orderList()->table()->selectionModel()->clear();
        QTRY_VERIFY(window()->detailView()->orderId().isEmpty());
        focusTable();
        station.scan(s10(u"33333333"_s));
        QVERIFY(!form());
        QVERIFY(window()->orderList()->messageBar()->text().contains(s10(u"33333333"_s)));
    }

    void shortcutsWorkFromTheSearchBox()
    {
        const QString id = untouchedOrder(u"invoiced"_s);
        showAllQueues();
        focusTable();
        testing::StationDriver station(window());
        scanOrder(station, id);
        window()->orderList()->searchEdit()->setFocus();
        QTRY_VERIFY(window()->orderList()->searchEdit()->hasFocus());
        station.press(Qt::Key_E, Qt::ControlModifier);
        auto *events = qobject_cast<gui::TrackingEventsDialog *>(form());
        QVERIFY2(events, "Ctrl+E from the search box opens the tracking events form");
        events->reject();
        QTRY_VERIFY(!form());
    }

    void enterOnARowOpensIt()
    {
        showAllQueues();
        focusTable();
        window()->orderList()->table()->selectRow(1);
        QTRY_VERIFY(!window()->detailView()->orderId().isEmpty());
        testing::StationDriver station(window());
        station.press(Qt::Key_Return);
        QTRY_VERIFY(window()->detailView()->isAncestorOf(QApplication::focusWidget()));
    }

    void escapeOnTheStartupLoginAsks()
    {
        gui::LoginDialog dialog(window()->operators());
        dialog.setConfirmQuit(true);
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        auto *box = dialog.findChild<QMessageBox *>(u"quitConfirm"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->findChild<QPushButton *>(u"backButton"_s)->click();
        QVERIFY(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        box = dialog.findChild<QMessageBox *>(u"quitConfirm"_s);
        QVERIFY(box);
        box->findChild<QPushButton *>(u"quitButton"_s)->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void cleanupTestCase() { window()->close(); }
};

QTEST_MAIN(TestPackingStation)
#include "tst_packingstation.moc"
