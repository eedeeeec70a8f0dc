// Every order action through the main window over the demo store, as a person does it: pick the
// order, trigger the action (menu item or shortcut), fill the form, submit, watch the outbox entry
// become sent and the order reach its new state in the cache, the detail view and the sandbox.
// Also: actions disabled with a reason, a refused cancel that sends nothing, the outbox dock and
// the audit log.
#include "demofixture.h"

#include "core/actionforms.h"
#include "core/money.h"
#include "core/orderjson.h"
#include "core/orderstatus.h"
#include "core/validators.h"
#include "gui/canceldialog.h"
#include "gui/formdraft.h"
#include "gui/invoicedialog.h"
#include "gui/messagebar.h"
#include "gui/orderactioncontroller.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/outboxview.h"
#include "gui/starthandlingdialog.h"
#include "gui/supervisorprompt.h"
#include "gui/trackingdialog.h"
#include "gui/trackingeventsdialog.h"
#include "sandbox/sandboxserver.h"
#include "storage/auditlog.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/outboxdispatcher.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace despacho;

class TestOrderActions : public QObject
{
    Q_OBJECT
    DemoFixture m_fx;
    static constexpr int kOrders = 120;
    static constexpr int kSendTimeoutMs = 30000;

    gui::MainWindow *window() const { return m_fx.window.get(); }
    storage::OrderCache *cache() const { return m_fx.services->orders(); }
    storage::Outbox *outbox() const { return m_fx.services->outbox(); }
    sandbox::SandboxServer *server() const { return m_fx.demo->server(); }
    QAction *action(const QString &name) const
    {
        auto *a = window()->findChild<QAction *>(name);
        if (!a)
            qWarning("no action named %s", qPrintable(name));
        return a;
    }
    template <typename T> T *child(QObject *parent, const QString &name) const
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }

    // An order of this status, its details cached, with no command yet.
    QString orderWithStatus(const QString &status, bool needsAllowCancellation = false) const
    {
        for (const OrderSummary &s : cache()->query({.status = status})) {
            if (!outbox()->list({.orderId = s.orderId}).isEmpty())
                continue;
            const auto doc = QJsonDocument::fromJson(cache()->rawJson(s.account, s.orderId));
            const auto parsed = orderFromVtexJson(doc.object());
            if (!parsed.ok())
                continue;
            if (needsAllowCancellation && !cancelBlocker(parsed.order).isEmpty())
                continue;
            return s.orderId;
        }
        return {};
    }

    void open(const QString &orderId)
    {
        auto *queues = window()->findChild<QListWidget *>(u"queueList"_s);
        for (int i = 0; i < queues->count(); ++i) {
            if (queues->item(i)->data(Qt::UserRole).toString().isEmpty())
                queues->setCurrentRow(i);
        }
        auto *search = window()->findChild<QLineEdit *>(u"searchEdit"_s);
        search->setText(orderId);
        window()->orderList()->applySearchNow();
        QVERIFY(window()->orderList()->selectOrder(u"demo"_s, orderId));
        QTRY_COMPARE(window()->detailView()->orderId(), orderId);
    }

    // A shortcut as a person presses it: on the active window, the order list focused.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        window()->orderList()->table()->setFocus();
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), key, modifiers);
    }

    template <typename T> T *currentDialog() const
    {
        return qobject_cast<T *>(window()->orderActions()->currentDialog());
    }

    static void clickOk(QDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QPushButton *ok = box->button(QDialogButtonBox::Ok);
        if (!ok)
            ok = box->button(QDialogButtonBox::Save);
        QVERIFY(ok);
        QVERIFY(ok->isEnabled());
        ok->click();
    }

    // The order's only command, once it is final.
    Command waitForFinalCommand(const QString &orderId)
    {
        Command result;
        const auto final = [&] {
            const QList<Command> commands = outbox()->list({.orderId = orderId});
            if (commands.size() != 1 || !isFinalState(commands.first().state))
                return false;
            result = commands.first();
            return true;
        };
        if (!QTest::qWaitFor(final, kSendTimeoutMs))
            qWarning("order %s: no final command after %d ms", qPrintable(orderId), kSendTimeoutMs);
        return result;
    }

    QString cachedStatus(const QString &orderId) const
    {
        const auto s = cache()->summary(u"demo"_s, orderId);
        return s ? s->status : QString();
    }

    void login(const QString &name, const QString &pin)
    {
        const auto identity = window()->operators()->authenticate(name, pin, u"login"_s);
        QVERIFY2(identity.ok(), qPrintable(identity.message));
        window()->setOperator(identity.identity);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(kOrders, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() >= 1, 120000);
        window()->operators()->setIterationsForTesting(1000);
        QVERIFY(window()->operators()->ensureDemoOperators(&error));
        QVERIFY(window()->dispatcher()->isActive());
    }

    void actionsNeedALogin()
    {
        const QString id = orderWithStatus(u"ready-for-handling"_s);
        QVERIFY(!id.isEmpty());
        open(id);
        QVERIFY(!action(u"actionStartHandling"_s)->isEnabled());
        QVERIFY(action(u"actionStartHandling"_s)->toolTip().contains(u"Log in"_s));
        login(u"ana"_s, u"1111"_s);
        QVERIFY(action(u"actionStartHandling"_s)->isEnabled());
        QCOMPARE(window()->findChild<QLabel *>(u"operatorLabel"_s)->text(), u"Operator: ana"_s);
    }

    void disabledActionsSayWhy()
    {
        if (window()->currentOperator().name.isEmpty())
            login(u"ana"_s, u"1111"_s);
        const QString id = orderWithStatus(u"invoiced"_s);
        QVERIFY(!id.isEmpty());
        open(id);
        const Order order = *window()->detailView()->order();
        QAction *start = action(u"actionStartHandling"_s);
        QVERIFY(!start->isEnabled());
        QVERIFY2(start->toolTip().startsWith(startHandlingBlocker(order)),
                 qPrintable(start->toolTip()));
        QVERIFY(!action(u"actionInvoice"_s)->isEnabled() ||
                invoiceBlocker(order).isEmpty()); // an invoiced order may still have items left
        QVERIFY(!action(u"actionCancelOrder"_s)->isEnabled());
        QVERIFY(!action(u"actionCancelOrder"_s)->toolTip().isEmpty());
        QVERIFY(action(u"actionTracking"_s)->isEnabled());
        // Triggering a disabled action opens nothing.
        start->trigger();
        QVERIFY(!window()->orderActions()->currentDialog());
    }

    void startHandlingThenInvoiceThenTracking()
    {
        if (window()->currentOperator().name.isEmpty())
            login(u"ana"_s, u"1111"_s);
        const QString id = orderWithStatus(u"ready-for-handling"_s);
        QVERIFY(!id.isEmpty());
        open(id);

        // Start handling: Ctrl+H opens the confirmation.
        QVERIFY(!window()->orderActions()->currentDialog());
        press(Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(currentDialog<gui::StartHandlingDialog>());
        auto *confirm = currentDialog<gui::StartHandlingDialog>();
        QCOMPARE(child<QLabel>(confirm, u"orderIdValue"_s)->text(), id);
        clickOk(confirm);
        Command c = waitForFinalCommand(id);
        QCOMPARE(c.state, CommandState::Sent);
        QCOMPARE(c.kind, CommandKind::StartHandling);
        QCOMPARE(c.operatorName, u"ana"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cachedStatus(id), u"handling"_s, kSendTimeoutMs);
        QCOMPARE(server()->order(id).value("status"_L1).toString(), u"handling"_s);
        QTRY_COMPARE(window()->detailView()->order()->status, u"handling"_s);
        auto *commands = window()->findChild<QTableWidget *>(u"commandsTable"_s);
        QTRY_COMPARE(commands->rowCount(), 1);
        QTRY_COMPARE(commands->item(0, 4)->text(), commandStateDisplayName(CommandState::Sent));

        // Invoice: a number with "/" is refused under the field; then a good one goes out.
        QVERIFY(action(u"actionInvoice"_s)->isEnabled());
        action(u"actionInvoice"_s)->trigger();
        auto *invoice = currentDialog<gui::InvoiceDialog>();
        QVERIFY(invoice);
        auto *number = child<QLineEdit>(invoice, u"numberEdit"_s);
        number->setText(u"NF 12/3"_s);
        clickOk(invoice);
        QVERIFY(invoice->isVisible());
        QVERIFY(!child<QLabel>(invoice, u"numberError"_s)->text().isEmpty());
        QVERIFY(outbox()->list({.orderId = id}).size() == 1); // nothing queued
        number->setText(u"778899"_s);
        const QString value = child<QLineEdit>(invoice, u"valueEdit"_s)->text();
        QVERIFY2(value.contains(u','), qPrintable(value)); // BRL, comma decimals
        clickOk(invoice);
        if (invoice->isVisible())
            qWarning("invoice form stayed open: %s", qPrintable(describeIssues(invoice->issues())));
        QTRY_COMPARE_WITH_TIMEOUT(outbox()->list({.orderId = id}).size(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            outbox()->list({.orderId = id}).first().state == CommandState::Sent, kSendTimeoutMs);
        const Command sentInvoice = outbox()->list({.orderId = id}).first();
        QCOMPARE(sentInvoice.kind, CommandKind::Invoice);
        QVERIFY(!sentInvoice.receipt.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(cachedStatus(id), u"invoiced"_s, kSendTimeoutMs);
        const QJsonArray packages =
            server()->order(id)["packageAttachment"_L1]["packages"_L1].toArray();
        QCOMPARE(packages.size(), 1);
        QCOMPARE(packages.first()["invoiceNumber"_L1].toString(), u"778899"_s);
        QCOMPARE(packages.first()["invoiceValue"_L1].toInteger(), Money::parse(value)->cents());

        // Tracking on that invoice: Loggi, URL from the template.
        QTRY_VERIFY(action(u"actionTracking"_s)->isEnabled());
        action(u"actionTracking"_s)->trigger();
        auto *tracking = currentDialog<gui::TrackingDialog>();
        QVERIFY(tracking);
        auto *courier = child<QComboBox>(tracking, u"courierCombo"_s);
        courier->setCurrentText(u"Loggi"_s);
        child<QLineEdit>(tracking, u"numberEdit"_s)->setText(u"LG123456789"_s);
        QCOMPARE(child<QLineEdit>(tracking, u"urlEdit"_s)->text(),
                 u"https://www.loggi.com/rastreador/LG123456789"_s);
        clickOk(tracking);
        QTRY_COMPARE_WITH_TIMEOUT(outbox()->list({.orderId = id}).size(), 3, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            outbox()->list({.orderId = id}).first().state == CommandState::Sent, kSendTimeoutMs);
        const QJsonObject tracked =
            server()->order(id)["packageAttachment"_L1]["packages"_L1][0].toObject();
        QCOMPARE(tracked["trackingNumber"_L1].toString(), u"LG123456789"_s);
        QCOMPARE(tracked["courier"_L1].toString(), u"Loggi"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            cache()->rawJson(u"demo"_s, id).contains(QByteArrayLiteral("LG123456789")),
            kSendTimeoutMs);

        // Tracking events: one event and delivered.
        action(u"actionTrackingEvents"_s)->trigger();
        auto *events = currentDialog<gui::TrackingEventsDialog>();
        QVERIFY(events);
        fillTrackingEvent(events);
        clickOk(events);
        QTRY_COMPARE_WITH_TIMEOUT(outbox()->list({.orderId = id}).size(), 4, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            outbox()->list({.orderId = id}).first().state == CommandState::Sent, kSendTimeoutMs);
        const QJsonObject courierStatus = server()
                                              ->order(id)["packageAttachment"_L1]["packages"_L1][0]
                                              .toObject()["courierStatus"_L1]
                                              .toObject();
        QCOMPARE(courierStatus["status"_L1].toString(), u"delivered"_s);
        QVERIFY(QJsonDocument(courierStatus).toJson().contains("Campinas"));

        // The Commands tab lists all four, newest first, all sent.
        QTRY_COMPARE(commands->rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QTRY_COMPARE(commands->item(row, 4)->text(),
                         commandStateDisplayName(CommandState::Sent));
    }

    // What is typed survives the window going away without OK or Cancel (a crash, a power cut):
    // the same form on the same order comes back filled; Cancel forgets it.
    void typedFormSurvivesACrash()
    {
        if (window()->currentOperator().name.isEmpty())
            login(u"ana"_s, u"1111"_s);
        const QString id = orderWithStatus(u"ready-for-handling"_s);
        QVERIFY(!id.isEmpty());
        open(id);
        action(u"actionInvoice"_s)->trigger();
        auto *invoice = currentDialog<gui::InvoiceDialog>();
        QVERIFY(invoice);
        child<QLineEdit>(invoice, u"numberEdit"_s)->setText(u"445566"_s);
        child<QLineEdit>(invoice, u"keyEdit"_s)->setText(u"3526"_s);
        QTRY_VERIFY(QSettings()
                        .value(gui::FormDraft::settingsKey(u"invoice/demo/"_s + id))
                        .toString()
                        .contains(u"445566"_s));
        delete invoice; // no OK, no Cancel: as if the process died
        QVERIFY(!window()->orderActions()->currentDialog());

        action(u"actionInvoice"_s)->trigger();
        invoice = currentDialog<gui::InvoiceDialog>();
        QVERIFY(invoice);
        QCOMPARE(child<QLineEdit>(invoice, u"numberEdit"_s)->text(), u"445566"_s);
        QVERIFY(window()->detailView()->messageBar()->text().contains(u"Restored"_s));
        invoice->reject();
        QVERIFY(!gui::FormDraft::exists(u"invoice/demo/"_s + id));
        QTRY_VERIFY(!window()->orderActions()->currentDialog());
        action(u"actionInvoice"_s)->trigger();
        invoice = currentDialog<gui::InvoiceDialog>();
        QVERIFY(invoice);
        QVERIFY(child<QLineEdit>(invoice, u"numberEdit"_s)->text().isEmpty());
        invoice->reject();
        QTRY_VERIFY(!window()->orderActions()->currentDialog());
    }

    void refusedCancelSendsNothing()
    {
        if (window()->currentOperator().name.isEmpty())
            login(u"ana"_s, u"1111"_s);
        const QString id = orderWithStatus(u"ready-for-handling"_s, true);
        QVERIFY(!id.isEmpty());
        open(id);
        QVERIFY(action(u"actionCancelOrder"_s)->isEnabled());
        action(u"actionCancelOrder"_s)->trigger();
        auto *cancel = currentDialog<gui::CancelDialog>();
        QVERIFY(cancel);
        clickOk(cancel); // no reason
        QVERIFY(cancel->isVisible());
        child<QPlainTextEdit>(cancel, u"reasonEdit"_s)->setPlainText(u"Cliente desistiu"_s);
        clickOk(cancel);
        QTRY_VERIFY(currentDialog<gui::SupervisorPrompt>());
        auto *prompt = currentDialog<gui::SupervisorPrompt>();
        child<QComboBox>(prompt, u"supervisorCombo"_s)->setCurrentText(u"chefe"_s);
        child<QLineEdit>(prompt, u"pinEdit"_s)->setText(u"0000"_s);
        clickOk(prompt);
        QVERIFY(prompt->isVisible()); // refused: stays open
        QVERIFY(child<QLineEdit>(prompt, u"pinEdit"_s)->text().isEmpty());
        prompt->reject();
        QTest::qWait(300);
        QVERIFY(outbox()->list({.orderId = id}).isEmpty());
        QCOMPARE(server()->order(id).value("status"_L1).toString(), u"ready-for-handling"_s);
        const auto refusals =
            m_fx.services->auditLog()->entries({.operatorName = u"chefe"_s, .text = u"refused"_s});
        QVERIFY(!refusals.isEmpty());
    }

    void supervisedCancel()
    {
        if (window()->currentOperator().name.isEmpty())
            login(u"ana"_s, u"1111"_s);
        const QString id = orderWithStatus(u"ready-for-handling"_s, true);
        QVERIFY(!id.isEmpty());
        open(id);
        QVERIFY(!window()->orderActions()->currentDialog());
        press(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(currentDialog<gui::CancelDialog>());
        auto *cancel = currentDialog<gui::CancelDialog>();
        child<QPlainTextEdit>(cancel, u"reasonEdit"_s)->setPlainText(u"Sem estoque"_s);
        clickOk(cancel);
        QTRY_VERIFY(currentDialog<gui::SupervisorPrompt>());
        auto *prompt = currentDialog<gui::SupervisorPrompt>();
        child<QComboBox>(prompt, u"supervisorCombo"_s)->setCurrentText(u"chefe"_s);
        child<QLineEdit>(prompt, u"pinEdit"_s)->setText(u"9999"_s);
        clickOk(prompt);
        const Command c = waitForFinalCommand(id);
        QCOMPARE(c.state, CommandState::Sent);
        QCOMPARE(c.kind, CommandKind::Cancel);
        QCOMPARE(c.operatorName, u"ana"_s);
        QCOMPARE(c.supervisor, u"chefe"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cachedStatus(id), u"canceled"_s, kSendTimeoutMs);
        const auto audit = m_fx.services->auditLog()->entries({.orderId = id});
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const storage::AuditEntry &e) {
            return e.action == u"cancel"_s && e.outcome == u"queued"_s &&
                   e.operatorName == u"ana"_s && e.supervisor == u"chefe"_s &&
                   e.detail == u"Sem estoque"_s;
        }));
        // Queued: the reason lives in the outbox, no longer in the settings file on disk.
        QVERIFY(!gui::FormDraft::exists(u"cancel/demo/"_s + id));
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("Sem estoque"));
    }

    void outboxDockAndStatus()
    {
        auto *label = window()->findChild<QLabel *>(u"outboxStatusLabel"_s);
        QVERIFY(label->text().contains(u"Outbox empty"_s));
        QVERIFY(!window()->outboxDock()->isVisible());
        press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window()->outboxDock()->isVisible());
        auto *table = window()->outboxView()->findChild<QTableView *>();
        QVERIFY(table);
    }

    void accountsNeedASupervisor()
    {
        login(u"ana"_s, u"1111"_s);
        action(u"actionAccounts"_s)->trigger();
        auto *prompt = window()->findChild<gui::SupervisorPrompt *>(u"supervisorPrompt"_s);
        QVERIFY(prompt);
        QVERIFY(prompt->isVisible());
        child<QComboBox>(prompt, u"supervisorCombo"_s)->setCurrentText(u"ana"_s);
        child<QLineEdit>(prompt, u"pinEdit"_s)->setText(u"1111"_s);
        clickOk(prompt);
        QVERIFY(prompt->isVisible()); // an operator cannot authorise
        QVERIFY(!window()->findChild<QDialog *>(u"accountsDialog"_s));
        prompt->reject();
        QTRY_VERIFY(!window()->findChild<gui::SupervisorPrompt *>(u"supervisorPrompt"_s));
        QVERIFY(!window()->findChild<QDialog *>(u"accountsDialog"_s));
    }

    void switchOperatorWithCtrlL()
    {
        QVERIFY(!window()->findChild<QDialog *>(u"loginDialog"_s));
        press(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window()->findChild<QDialog *>(u"loginDialog"_s));
        auto *dialog = window()->findChild<QDialog *>(u"loginDialog"_s);
        child<QComboBox>(dialog, u"nameCombo"_s)->setCurrentText(u"chefe"_s);
        child<QLineEdit>(dialog, u"pinEdit"_s)->setText(u"9999"_s);
        clickOk(dialog);
        QTRY_COMPARE(window()->currentOperator().name, u"chefe"_s);
        QCOMPARE(window()->findChild<QLabel *>(u"operatorLabel"_s)->text(),
                 u"Operator: chefe (supervisor)"_s);
        // A supervisor logged in manages accounts without a second PIN.
        action(u"actionAccounts"_s)->trigger();
        QTRY_VERIFY(window()->findChild<QDialog *>(u"accountsDialog"_s));
        window()->findChild<QDialog *>(u"accountsDialog"_s)->reject();
    }

    void cleanupTestCase() { window()->close(); }

private:
    void fillTrackingEvent(gui::TrackingEventsDialog *dialog);
};

void TestOrderActions::fillTrackingEvent(gui::TrackingEventsDialog *dialog)
{
    child<QPushButton>(dialog, u"addEventButton"_s)->click();
    auto *table = child<QTableWidget>(dialog, u"eventsTable"_s);
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(u"Campinas"_s);
    child<QComboBox>(dialog, u"stateCombo0"_s)->setCurrentText(u"SP"_s);
    table->item(0, 2)->setText(u"Objeto entregue ao destinatário"_s);
    child<QCheckBox>(dialog, u"deliveredCheck"_s)->setChecked(true);
}

QTEST_MAIN(TestOrderActions)
#include "tst_orderactions.moc"
