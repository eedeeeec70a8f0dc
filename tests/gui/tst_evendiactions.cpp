// e-vendi's order actions through the main window over the demo (both channels), as a person
// does them: pick an e-vendi order, trigger the same actions as for VTEX (Ctrl+T, Ctrl+I, cancel)
// or e-vendi's own (close, refund), fill the form, submit, and watch the command reach e-vendi's
// store, the cache and the detail view's "sent by Despacho" line. The intents e-vendi has not say
// why they are off, and an account on e-vendi's prod carries its marker.
#include "demofixture.h"

#include "core/orderdecoder.h"
#include "gui/accountsdialog.h"
#include "gui/evendiaccountdialog.h"
#include "gui/evendiactiondialog.h"
#include "gui/formdraft.h"
#include "gui/orderactioncontroller.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/ordertablemodel.h"
#include "gui/supervisorprompt.h"
#include "sandbox/sandboxserver.h"
#include "security/secretstore.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/channelsync.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
const QString kEvendi = u"marketplace"_s;
}

class TestEvendiActions : public QObject
{
    Q_OBJECT
    DemoFixture m_fx;
    QSet<QString> m_used;
    static constexpr int kSendTimeoutMs = 30000;

    gui::MainWindow *window() const { return m_fx.window.get(); }
    storage::OrderCache *cache() const { return m_fx.services->orders(); }
    storage::Outbox *outbox() const { return m_fx.services->outbox(); }
    QJsonObject stored(const QString &id) const { return m_fx.demo->server()->evendiOrder(id); }
    QAction *action(const QString &name) const { return window()->findChild<QAction *>(name); }
    template <typename T> T *child(QObject *parent, const QString &name) const
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }

    QString orderWith(const QString &status, const QString &method = {})
    {
        for (const OrderSummary &s : cache()->query({.account = kEvendi, .status = status})) {
            if (m_used.contains(s.orderId) || stored(s.orderId).value("status"_L1) != status)
                continue;
            if (!method.isEmpty() && stored(s.orderId).value("paymentMethod"_L1) != method)
                continue;
            m_used.insert(s.orderId);
            return s.orderId;
        }
        return {};
    }

    void open(const QString &account, const QString &orderId)
    {
        auto *queues = window()->findChild<QListWidget *>(u"queueList"_s);
        for (int i = 0; i < queues->count(); ++i) {
            if (queues->item(i)->data(Qt::UserRole).toString().isEmpty())
                queues->setCurrentRow(i);
        }
        window()->findChild<QLineEdit *>(u"searchEdit"_s)->setText(orderId);
        window()->orderList()->applySearchNow();
        QVERIFY(window()->orderList()->selectOrder(account, orderId));
        QTRY_COMPARE(window()->detailView()->orderId(), orderId);
    }

    gui::EvendiActionDialog *evendiDialog() const
    {
        return qobject_cast<gui::EvendiActionDialog *>(window()->orderActions()->currentDialog());
    }

    static void clickOk(QDialog *dialog)
    {
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok && ok->isEnabled());
        ok->click();
    }

    void supervise(const QString &pin)
    {
        QTRY_VERIFY(
            qobject_cast<gui::SupervisorPrompt *>(window()->orderActions()->currentDialog()));
        auto *prompt =
            qobject_cast<gui::SupervisorPrompt *>(window()->orderActions()->currentDialog());
        child<QComboBox>(prompt, u"supervisorCombo"_s)->setCurrentText(u"chefe"_s);
        child<QLineEdit>(prompt, u"pinEdit"_s)->setText(pin);
        clickOk(prompt);
    }

    Command finalCommand(const QString &orderId)
    {
        Command result;
        (void)QTest::qWaitFor(
            [&] {
                const QList<Command> all = outbox()->list({.account = kEvendi, .orderId = orderId});
                if (all.isEmpty() || !isFinalState(all.first().state))
                    return false;
                result = all.first();
                return true;
            },
            kSendTimeoutMs);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(60, &error, true), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() >= 1, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(cache()->count({.account = kEvendi}), 50, 30000);
        window()->operators()->setIterationsForTesting(1000);
        QVERIFY(window()->operators()->ensureDemoOperators(&error));
        const auto identity = window()->operators()->authenticate(u"ana"_s, u"1111"_s, u"login"_s);
        QVERIFY(identity.ok());
        window()->setOperator(identity.identity);
    }

    void theQueuesHoldBothChannels()
    {
        const storage::OrderQuery ready{.workState = WorkState::ReadyForHandling};
        const auto rows = cache()->query(ready);
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                            [](const OrderSummary &s) { return s.channel == Channel::Evendi; }));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                            [](const OrderSummary &s) { return s.channel == Channel::Vtex; }));
    }

    void aChannelColumnAndFilter()
    {
        open(kEvendi, orderWith(u"OPEN"_s)); // the all-orders queue
        auto *filter = window()->findChild<QComboBox *>(u"salesChannelFilter"_s);
        QTRY_VERIFY(filter->findData(u"channel:evendi"_s) >= 0);
        QVERIFY(
            filter->itemText(filter->findData(u"channel:evendi"_s)).contains(u"e-vendi (50)"_s));
        window()->findChild<QLineEdit *>(u"searchEdit"_s)->clear();
        window()->orderList()->applySearchNow();
        filter->setCurrentIndex(filter->findData(u"channel:evendi"_s));
        auto *table = window()->findChild<QTableView *>(u"orderTable"_s);
        QTRY_COMPARE(table->model()->rowCount(), 50);
        for (int row = 0; row < 50; ++row)
            QCOMPARE(table->model()->index(row, gui::OrderTableModel::Channel).data().toString(),
                     u"e-vendi"_s);
        filter->setCurrentIndex(filter->findData(u"channel:vtex"_s));
        QTRY_COMPARE(table->model()->rowCount(), 60);
        QCOMPARE(table->model()->index(0, gui::OrderTableModel::Channel).data().toString(),
                 u"VTEX"_s);
        filter->setCurrentIndex(0);
        QTRY_COMPARE(table->model()->rowCount(), 110);
    }

    void intentsEvendiHasNotSayWhy()
    {
        open(kEvendi, orderWith(u"OPEN"_s));
        for (const QString &name : {u"actionStartHandling"_s, u"actionTrackingEvents"_s}) {
            QVERIFY(!action(name)->isEnabled());
            QVERIFY2(action(name)->toolTip().contains(u"e-vendi"_s),
                     qPrintable(action(name)->toolTip()));
        }
        for (const QString &name : {u"actionTracking"_s, u"actionInvoice"_s, u"actionCloseOrder"_s,
                                    u"actionRefundOrder"_s})
            QVERIFY2(action(name)->isEnabled(), qPrintable(name + action(name)->toolTip()));
        QVERIFY(!action(u"actionCancelOrder"_s)->isEnabled()); // open, not refused
        // A VTEX order: close and refund are e-vendi's.
        const QString vtex = cache()->query({.account = u"demo"_s, .limit = 1}).first().orderId;
        open(u"demo"_s, vtex);
        QVERIFY(!action(u"actionCloseOrder"_s)->isEnabled());
        QVERIFY(!action(u"actionRefundOrder"_s)->isEnabled());
        // No prod marker on a dev account.
        QVERIFY(!window()->detailView()->findChild<QLabel *>(u"prodMarker"_s)->isVisible());
    }

    void trackingCodeWithItsCheckDigit()
    {
        const QString id = orderWith(u"OPEN"_s);
        open(kEvendi, id);
        action(u"actionTracking"_s)->trigger();
        QTRY_VERIFY(evendiDialog());
        auto *dialog = evendiDialog();
        QCOMPARE(dialog->kind(), CommandKind::Tracking);
        child<QLineEdit>(dialog, u"evendiCode"_s)->setText(u"AA123456781BR"_s);
        clickOk(dialog); // the warning first
        QVERIFY(dialog->isVisible());
        QVERIFY2(child<QLabel>(dialog, u"evendiCodeError"_s)->text().contains(u"5"_s),
                 qPrintable(child<QLabel>(dialog, u"evendiCodeError"_s)->text()));
        clickOk(dialog); // confirmed
        const Command c = finalCommand(id);
        QCOMPARE(c.state, CommandState::Sent);
        QCOMPARE(stored(id).value("trackingCode"_L1).toString(), u"AA123456781BR"_s);
        auto *sent = window()->detailView()->findChild<QLabel *>(u"sentByDespacho"_s);
        QTRY_VERIFY2(sent->text().contains(u"AA123456781BR"_s), qPrintable(sent->text()));
        const auto audit = m_fx.services->auditLog()->entries({.orderId = id});
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const storage::AuditEntry &e) {
            return e.outcome == u"queued"_s && e.detail.contains(u"override"_s);
        }));
    }

    void fiscalNoteOverHttpsOnly()
    {
        const QString id = orderWith(u"OPEN"_s);
        open(kEvendi, id);
        action(u"actionInvoice"_s)->trigger();
        QTRY_VERIFY(evendiDialog());
        auto *dialog = evendiDialog();
        QCOMPARE(dialog->kind(), CommandKind::Invoice);
        auto *url = child<QLineEdit>(dialog, u"evendiUrl"_s);
        url->setText(u"http://nfe.example.com/1.pdf"_s);
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, u"evendiUrlError"_s)->text().contains(u"https"_s));
        QVERIFY(outbox()->list({.account = kEvendi, .orderId = id}).isEmpty());
        url->setText(u"https://nfe.example.com/1.pdf"_s);
        clickOk(dialog);
        QCOMPARE(finalCommand(id).state, CommandState::Sent);
        QCOMPARE(stored(id).value("fiscalNoteUrl"_L1).toString(),
                 u"https://nfe.example.com/1.pdf"_s);
    }

    void closeSaysWhatItDoes()
    {
        const QString id = orderWith(u"OPEN"_s);
        open(kEvendi, id);
        window()->orderList()->table()->setFocus();
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(evendiDialog());
        auto *dialog = evendiDialog();
        QCOMPARE(dialog->kind(), CommandKind::Close);
        QVERIFY(child<QLabel>(dialog, u"evendiExplanation"_s)->text().contains(u"refunded"_s));
        clickOk(dialog);
        QCOMPARE(finalCommand(id).state, CommandState::Sent);
        QCOMPARE(stored(id).value("status"_L1).toString(), u"CLOSED"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cache()->summary(kEvendi, id)->status, u"CLOSED"_s,
                                  kSendTimeoutMs);
        QTRY_VERIFY(!action(u"actionCloseOrder"_s)->isEnabled());
    }

    void cancelARefusedOrderWithASupervisor()
    {
        const QString id = orderWith(u"REFUSED"_s);
        QVERIFY2(!id.isEmpty(), "the demo has a refused e-vendi order");
        open(kEvendi, id);
        QVERIFY(action(u"actionCancelOrder"_s)->isEnabled());
        action(u"actionCancelOrder"_s)->trigger();
        QTRY_VERIFY(evendiDialog());
        child<QLineEdit>(evendiDialog(), u"evendiReason"_s)->setText(u"pagamento recusado"_s);
        clickOk(evendiDialog());
        supervise(u"9999"_s);
        const Command c = finalCommand(id);
        QCOMPARE(c.state, CommandState::Sent);
        QCOMPARE(c.kind, CommandKind::Cancel);
        QCOMPARE(c.supervisor, u"chefe"_s);
        QVERIFY(stored(id).value("status"_L1).toString() != u"REFUSED"_s);
    }

    void refundABoletoWithTheBankAccountKeptNowhere()
    {
        const QString id = orderWith(u"CLOSED"_s, u"boleto"_s);
        QVERIFY2(!id.isEmpty(), "the demo has a closed boleto e-vendi order");
        open(kEvendi, id);
        action(u"actionRefundOrder"_s)->trigger();
        QTRY_VERIFY(evendiDialog());
        auto *dialog = evendiDialog();
        child<QLineEdit>(dialog, u"evendiReason"_s)->setText(u"defeito"_s);
        clickOk(dialog); // the bank account is required for a boleto
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QLabel>(dialog, u"accountNumberError"_s)->text().isEmpty());
        child<QLineEdit>(dialog, u"bankCode"_s)->setText(u"341"_s);
        child<QLineEdit>(dialog, u"agency"_s)->setText(u"0123"_s);
        child<QLineEdit>(dialog, u"accountNumber"_s)->setText(u"4455667"_s);
        child<QLineEdit>(dialog, u"documentNumber"_s)->setText(u"529.982.247-25"_s);
        child<QLineEdit>(dialog, u"holderName"_s)->setText(u"Maria da Silva"_s);
        QTest::qWait(400); // the draft is written within 200 ms of a change
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(!settings.open(QIODevice::ReadOnly) || !settings.readAll().contains("4455667"));
        clickOk(dialog);
        supervise(u"9999"_s);
        const Command c = finalCommand(id);
        QCOMPARE(c.state, CommandState::Sent);
        QCOMPARE(stored(id).value("status"_L1).toString(), u"REVERSED"_s);
        QSqlQuery q(m_fx.services->database()->connection());
        QVERIFY(q.exec(u"SELECT payload FROM commands WHERE id = %1"_s.arg(c.id)) && q.next());
        QVERIFY2(!q.value(0).toString().contains(u"4455667"_s), qPrintable(q.value(0).toString()));
    }

    void prodCarriesItsMarker()
    {
        gui::EvendiActionDialog dialog(
            CommandKind::Close,
            decodeOrder(Channel::Evendi, cache()->rawJson(kEvendi, orderWith(u"OPEN"_s))).order,
            kEvendi, true);
        QVERIFY(dialog.findChild<QLabel *>(u"evendiProdMarker"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"evendiProdMarker"_s)->text().contains(u"PROD"_s));
        // The account on prod: its orders carry the marker in the detail view.
        storage::AccountRecord a = *m_fx.services->accounts()->find(kEvendi);
        a.settings.insert(u"env"_s, u"prod"_s);
        QString error;
        QVERIFY2(m_fx.services->accounts()->save(a, &error), qPrintable(error));
        const QString id = orderWith(u"OPEN"_s);
        open(kEvendi, id);
        window()->detailView()->showOrder(kEvendi, id);
        QVERIFY(window()->detailView()->findChild<QLabel *>(u"prodMarker"_s)->isVisible());
        // And in the list, its Channel cell.
        window()->reloadAccounts();
        auto *model = window()->orderList()->model();
        const int row = model->rowOf(kEvendi, id);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, gui::OrderTableModel::Channel).data().toString(),
                 u"e-vendi PROD"_s);
        a.settings.insert(u"env"_s, u"dev"_s);
        QVERIFY(m_fx.services->accounts()->save(a, &error));
        window()->reloadAccounts();
        QCOMPARE(model->index(row, gui::OrderTableModel::Channel).data().toString(), u"e-vendi"_s);
        // The payment's status beside the order's.
        QVERIFY2(
            window()
                ->detailView()
                ->findChild<QLabel *>(u"summaryStatus"_s)
                ->text()
                .contains(u"payment"_s),
            qPrintable(window()->detailView()->findChild<QLabel *>(u"summaryStatus"_s)->text()));
    }

    void prodAccountNeedsConfirmationAndASupervisor()
    {
        gui::EvendiAccountDialog dialog(m_fx.services.get(), window()->operators(), {});
        dialog.show();
        child<QLineEdit>(&dialog, u"evendiNameEdit"_s)->setText(u"loja-prod"_s);
        auto *env = child<QComboBox>(&dialog, u"envCombo"_s);
        env->setCurrentIndex(env->findData(u"prod"_s));
        QVERIFY(child<QLabel>(&dialog, u"prodWarning"_s)->isVisible());
        child<QLineEdit>(&dialog, u"tokenEdit"_s)->setText(u"prod-token"_s);
        QVERIFY(!dialog.validate()); // no organization
        QVERIFY(child<QLabel>(&dialog, u"organizationEditError"_s)->isVisible());
        child<QLineEdit>(&dialog, u"organizationEdit"_s)->setText(u"2002"_s);
        QSignalSpy finished(&dialog, &gui::EvendiAccountDialog::saveFinished);
        // The consequence is named; giving up saves nothing.
        dialog.save();
        auto *box = dialog.findChild<QMessageBox *>(u"prodConfirmation"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"real money"_s), qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!m_fx.services->accounts()->find(u"loja-prod"_s));
        // Going ahead asks a supervisor's PIN now.
        dialog.save();
        QTRY_VERIFY(dialog.findChild<QMessageBox *>(u"prodConfirmation"_s));
        dialog.findChild<QMessageBox *>(u"prodConfirmation"_s)
            ->findChild<QPushButton *>(u"useProdButton"_s)
            ->click();
        QTRY_VERIFY(dialog.findChild<gui::SupervisorPrompt *>(u"supervisorPrompt"_s));
        auto *prompt = dialog.findChild<gui::SupervisorPrompt *>(u"supervisorPrompt"_s);
        child<QComboBox>(prompt, u"supervisorCombo"_s)->setCurrentText(u"chefe"_s);
        child<QLineEdit>(prompt, u"pinEdit"_s)->setText(u"9999"_s);
        clickOk(prompt);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.last().first().toBool(), true);
        const auto saved = m_fx.services->accounts()->find(u"loja-prod"_s);
        QVERIFY(saved);
        QCOMPARE(saved->kind, u"evendi"_s);
        QCOMPARE(saved->settings.value("env"_L1).toString(), u"prod"_s);
        QCOMPARE(saved->settings.value("organizationExternalId"_L1).toString(), u"2002"_s);
        QString token;
        bool read = false;
        m_fx.services->secrets()->read(security::SecretStore::evendiTokenKey(u"loja-prod"_s), this,
                                       [&](const QString &t, const security::SecretError &) {
                                           token = t;
                                           read = true;
                                       });
        QTRY_VERIFY(read);
        QCOMPARE(token, u"prod-token"_s);
        QVERIFY(!QJsonDocument(saved->settings).toJson().contains("prod-token"));
        QString error;
        bool removed = false;
        m_fx.services->removeAccount(u"loja-prod"_s, this,
                                     [&](const QString &, int) { removed = true; });
        QTRY_VERIFY(removed);
    }

    void editingADevAccountKeepsItsToken()
    {
        gui::AccountsDialog accounts(m_fx.services.get(), window(), window()->operators());
        accounts.show();
        auto *list = accounts.findChild<QListWidget *>(u"accountList"_s);
        list->setCurrentItem(list->findItems(kEvendi, Qt::MatchExactly).first());
        QTRY_VERIFY(accounts.findChild<gui::EvendiAccountDialog *>());
        auto *dialog = accounts.findChild<gui::EvendiAccountDialog *>();
        QCOMPARE(child<QLineEdit>(dialog, u"organizationEdit"_s)->text(), u"1001"_s);
        QVERIFY(child<QLineEdit>(dialog, u"evendiNameEdit"_s)->isReadOnly());
        child<QSpinBox>(dialog, u"rateSpin"_s)->setValue(600);
        QSignalSpy finished(dialog, &gui::EvendiAccountDialog::saveFinished);
        dialog->save(); // dev: no confirmation, no PIN
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(
            m_fx.services->accounts()->find(kEvendi)->settings.value("ratePerMinute"_L1).toInt(),
            600);
        // The stored token still works: a sync of the account succeeds.
        bool synced = false;
        m_fx.services->channelAdapter(Channel::Evendi)
            ->createSync(kEvendi, this, [&](sync::ChannelSync *s, const QString &, int) {
                QVERIFY(s);
                connect(s, &sync::ChannelSync::finished, this, [&](const sync::SyncReport &r) {
                    QVERIFY2(r.ok(), qPrintable(r.messages.join(u'\n')));
                    synced = true;
                });
                s->start({.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)});
            });
        QTRY_VERIFY_WITH_TIMEOUT(synced, 30000);
    }

    void cleanupTestCase() { window()->close(); }
};

QTEST_MAIN(TestEvendiActions)
#include "tst_evendiactions.moc"
