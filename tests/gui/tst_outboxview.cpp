// The outbox view (counts per filter, Retry, Discard behind a supervisor's PIN, selection kept
// across refresh) and the audit view (filters narrow the rows in SQL, nothing is editable), over a
// real SQLite data directory.
#include "gui/auditview.h"
#include "gui/messagebar.h"
#include "gui/outboxmodel.h"
#include "gui/outboxview.h"
#include "gui/supervisorprompt.h"
#include "security/secretstore.h"
#include "storage/auditlog.h"
#include "storage/outbox.h"
#include "sync/appservices.h"
#include "sync/operatorservice.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace despacho;
using despacho::testing::field;
using despacho::testing::type;
using Filter = gui::OutboxView::Filter;

class TestOutboxView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sync::AppServices> m_services;
    std::unique_ptr<sync::OperatorService> m_ops;
    // One command in each interesting state (see init()).
    qint64 m_pending = 0, m_failed = 0, m_retrying = 0, m_sent = 0, m_failed2 = 0;

    storage::Outbox *outbox() const { return m_services->outbox(); }
    CommandState stateOf(qint64 id) const { return outbox()->find(id)->state; }

    qint64 enqueue(CommandKind kind, const QString &orderId)
    {
        Command c;
        c.kind = kind;
        c.account = u"loja"_s;
        c.orderId = orderId;
        c.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.operatorName = u"ana"_s;
        storage::AuditEntry a;
        a.operatorName = u"ana"_s;
        a.action = commandKindToString(kind);
        a.account = c.account;
        a.orderId = orderId;
        a.outcome = u"queued"_s;
        QString error;
        const qint64 id = outbox()->enqueue(c, a, &error);
        if (!id)
            qWarning() << error;
        return id;
    }
    storage::AuditEntry system(const QString &outcome)
    {
        storage::AuditEntry a;
        a.operatorName = u"system"_s;
        a.action = u"invoice"_s;
        a.outcome = outcome;
        return a;
    }
    QList<storage::AuditEntry> audit(const QString &action, qint64 commandId)
    {
        storage::AuditFilter f;
        f.action = action;
        QList<storage::AuditEntry> out;
        const auto all = m_services->auditLog()->entries(f);
        for (const auto &e : all) {
            if (e.commandId == commandId)
                out.append(e);
        }
        return out;
    }
    static void selectById(gui::OutboxView &view, qint64 id)
    {
        view.selectCommand(id);
        QCOMPARE(view.selectedCommandIds(), QList<qint64>{id});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        static int n = 0;
        m_services = std::make_unique<sync::AppServices>();
        m_services->setSecretStore(std::make_unique<security::MemorySecretStore>());
        QVERIFY(m_services->open(m_dir.filePath(u"data%1"_s.arg(++n))).ok());
        m_ops = std::make_unique<sync::OperatorService>(m_services->database());
        m_ops->setIterationsForTesting(1000);
        QVERIFY(m_ops->addOperator(u"chefe"_s, u"supervisor"_s, u"9999"_s, {}, {}).ok());
        QVERIFY(m_ops->addOperator(u"ana"_s, u"operator"_s, u"1111"_s, u"chefe"_s, u"9999"_s).ok());

        QString error;
        m_pending = enqueue(CommandKind::StartHandling, u"1001-01"_s);
        m_failed = enqueue(CommandKind::Invoice, u"1002-01"_s);
        m_retrying = enqueue(CommandKind::Tracking, u"1003-01"_s);
        m_sent = enqueue(CommandKind::Invoice, u"1004-01"_s);
        m_failed2 = enqueue(CommandKind::Cancel, u"1005-01"_s);
        for (qint64 id : {m_failed, m_retrying, m_sent, m_failed2})
            QVERIFY(outbox()->markSending(id, &error));
        QVERIFY(outbox()->markFailed(m_failed, u"invoice number already used"_s,
                                     system(u"failed"_s), &error));
        QVERIFY(outbox()->markFailed(m_failed2, u"order is now invoiced"_s, system(u"failed"_s),
                                     &error));
        QVERIFY(outbox()->markRetry(m_retrying, QDateTime::currentDateTimeUtc().addSecs(600),
                                    u"timeout"_s, &error));
        QVERIFY(outbox()->markSent(m_sent, u"receipt-abc"_s, system(u"sent"_s), &error));
    }
    void cleanup()
    {
        m_ops.reset();
        m_services.reset();
    }

    void countsPerFilter()
    {
        gui::OutboxView view(m_services.get(), m_ops.get());
        view.show();
        auto *table = field<QTableView>(&view, u"commandTable"_s);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.count(Filter::Pending), 1);
        QCOMPARE(view.count(Filter::Retrying), 1);
        QCOMPARE(view.count(Filter::Failed), 2);
        QCOMPARE(view.count(Filter::SentToday), 1);
        QCOMPARE(view.count(Filter::All), 5);
        QCOMPARE(outbox()->count({.states = {CommandState::Failed}}), 2);
        QCOMPARE(outbox()->count({.orderId = u"1002-01"_s}), 1);
        QCOMPARE(outbox()->count({.updatedSince = QDateTime::currentDateTimeUtc().addDays(1)}), 0);
        QVERIFY(field<QToolButton>(&view, u"failedFilter"_s)->text().contains(u"(2)"_s));
        QVERIFY(field<QToolButton>(&view, u"allFilter"_s)->text().contains(u"(5)"_s));

        QCOMPARE(view.filter(), Filter::Pending);
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(field<QToolButton>(&view, u"failedFilter"_s), Qt::LeftButton);
        QCOMPARE(view.filter(), Filter::Failed);
        QCOMPARE(table->model()->rowCount(), 2);
        QTest::mouseClick(field<QToolButton>(&view, u"sentTodayFilter"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->index(0, gui::OutboxModel::Result).data().toString(), u"receipt-abc"_s);
        QCOMPARE(model->index(0, gui::OutboxModel::State).data().toString(),
                 commandStateDisplayName(CommandState::Sent));
        QCOMPARE(model->index(0, gui::OutboxModel::Kind).data().toString(),
                 commandKindDisplayName(CommandKind::Invoice));
        QCOMPARE(model->index(0, gui::OutboxModel::Attempts).data().toInt(), 1);
        view.setFilter(Filter::All);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(0, gui::OutboxModel::Id).data().toLongLong(), m_failed2); // newest
        view.setFilter(Filter::Retrying);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!model->index(0, gui::OutboxModel::NextAttempt).data().toString().isEmpty());
        QCOMPARE(model->index(0, gui::OutboxModel::Result).data().toString(), u"timeout"_s);
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));
    }

    void retryMovesFailedToPending()
    {
        gui::OutboxView view(m_services.get(), m_ops.get());
        view.show();
        view.setFilter(Filter::Failed);
        selectById(view, m_failed);
        auto *retry = field<QPushButton>(&view, u"retryButton"_s);
        QVERIFY(!retry->isEnabled()); // nobody logged in
        QVERIFY(retry->toolTip().contains(u"Log in"_s));
        view.setOperator(u"ana"_s);
        QVERIFY(retry->isEnabled());
        QVERIFY(retry->toolTip().contains(u"Ctrl+Shift+R"_s));
        QSignalSpy requeued(&view, &gui::OutboxView::commandRequeued);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(stateOf(m_failed), CommandState::Pending);
        QCOMPARE(stateOf(m_failed2), CommandState::Failed); // not selected, untouched
        QCOMPARE(requeued.count(), 1);
        QCOMPARE(requeued.first().first().toLongLong(), m_failed);
        const auto lines = audit(u"retry"_s, m_failed);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().operatorName, u"ana"_s);
        QCOMPARE(lines.first().orderId, u"1002-01"_s);
        QCOMPARE(lines.first().outcome, u"requeued"_s);
        QCOMPARE(view.count(Filter::Failed), 1);
        QCOMPARE(view.count(Filter::Pending), 2);
    }

    void retryByShortcut()
    {
        gui::OutboxView view(m_services.get(), m_ops.get());
        view.setOperator(u"ana"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFilter(Filter::Retrying);
        selectById(view, m_retrying);
        auto *table = field<QTableView>(&view, u"commandTable"_s);
        table->setFocus();
        QSignalSpy requeued(&view, &gui::OutboxView::commandRequeued);
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(requeued.count(), 1);
        QCOMPARE(stateOf(m_retrying), CommandState::Pending);
    }

    void buttonsExplainWhyTheyAreDisabled()
    {
        gui::OutboxView view(m_services.get(), m_ops.get());
        view.setOperator(u"ana"_s);
        view.show();
        view.setFilter(Filter::All);
        auto *retry = field<QPushButton>(&view, u"retryButton"_s);
        auto *discard = field<QPushButton>(&view, u"discardButton"_s);
        QVERIFY(!retry->isEnabled());
        QVERIFY(retry->toolTip().contains(u"Select"_s));
        selectById(view, m_sent);
        QVERIFY(!retry->isEnabled());
        QVERIFY(!discard->isEnabled());
        QVERIFY(retry->toolTip().contains(u"Only failed or retrying"_s));
        QVERIFY(discard->toolTip().contains(u"Only pending, retrying or failed"_s));
        selectById(view, m_pending);
        QVERIFY(!retry->isEnabled());
        QVERIFY(discard->isEnabled());
        view.retrySelected(); // refused by the state, as the button is
        QCOMPARE(stateOf(m_pending), CommandState::Pending);
        QVERIFY(audit(u"retry"_s, m_pending).isEmpty());
    }

    void discardNeedsTheSupervisorsPin()
    {
        gui::OutboxView view(m_services.get(), m_ops.get());
        view.setOperator(u"ana"_s);
        view.show();
        view.setFilter(Filter::Failed);
        selectById(view, m_failed2);
        QSignalSpy changed(&view, &gui::OutboxView::outboxChanged);
        QTest::mouseClick(field<QPushButton>(&view, u"discardButton"_s), Qt::LeftButton);
        QPointer<gui::SupervisorPrompt> prompt = view.discardPrompt();
        QVERIFY(prompt);
        QVERIFY(prompt->isVisible());
        QCOMPARE(prompt->purpose(), u"discard"_s);
        auto *pin = field<QLineEdit>(prompt, u"pinEdit"_s);
        auto *ok = field<QDialogButtonBox>(prompt, u"buttonBox"_s)->button(QDialogButtonBox::Ok);

        QTest::keyClicks(pin, u"1234"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(prompt->isVisible());
        QVERIFY(field<gui::MessageBar>(prompt, u"messageBar"_s)->text().contains(u"Wrong PIN"_s));
        QCOMPARE(stateOf(m_failed2), CommandState::Failed);
        QVERIFY(audit(u"discard"_s, m_failed2).isEmpty());
        QCOMPARE(changed.count(), 0);

        QTest::keyClicks(pin, u"9999"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!prompt); // closed and deleted
        QCOMPARE(stateOf(m_failed2), CommandState::Discarded);
        QCOMPARE(changed.count(), 1);
        const auto lines = audit(u"discard"_s, m_failed2);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().operatorName, u"ana"_s);
        QCOMPARE(lines.first().supervisor, u"chefe"_s);
        QCOMPARE(lines.first().outcome, u"discarded"_s);
        QCOMPARE(view.count(Filter::Failed), 1);
        QVERIFY(field<gui::MessageBar>(&view, u"messageBar"_s)->text().contains(u"chefe"_s));
    }

    void cancelledPromptDiscardsNothing()
    {
        gui::OutboxView view(m_services.get(), m_ops.get());
        view.setOperator(u"ana"_s);
        view.show();
        view.setFilter(Filter::Pending);
        selectById(view, m_pending);
        view.discardSelected();
        QPointer<gui::SupervisorPrompt> prompt = view.discardPrompt();
        QVERIFY(prompt);
        // An operator cannot authorise it either.
        auto *combo = field<QComboBox>(prompt, u"supervisorCombo"_s);
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), u"ana"_s);
        QTest::keyClicks(field<QLineEdit>(prompt, u"pinEdit"_s), u"1111"_s);
        QTest::keyClick(field<QLineEdit>(prompt, u"pinEdit"_s), Qt::Key_Return);
        QVERIFY(prompt->isVisible());
        QCOMPARE(stateOf(m_pending), CommandState::Pending);
        prompt->reject();
        QTRY_VERIFY(!prompt);
        QCOMPARE(stateOf(m_pending), CommandState::Pending);
        QVERIFY(audit(u"discard"_s, m_pending).isEmpty());
    }

    void selectionSurvivesRefresh()
    {
        gui::OutboxView view(m_services.get(), m_ops.get());
        view.show();
        view.setFilter(Filter::All);
        selectById(view, m_retrying);
        const qint64 newer = enqueue(CommandKind::StartHandling, u"1006-01"_s);
        QVERIFY(newer > 0);
        view.refresh();
        QCOMPARE(view.count(Filter::All), 6);
        auto *table = field<QTableView>(&view, u"commandTable"_s);
        QCOMPARE(table->model()->rowCount(), 6);
        QCOMPARE(view.selectedCommandIds(), QList<qint64>{m_retrying});
        QCOMPARE(table->currentIndex().data(gui::OutboxModel::CommandIdRole).toLongLong(),
                 m_retrying);
    }

    void doubleClickOpensTheOrder()
    {
        gui::OutboxView view(m_services.get(), m_ops.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFilter(Filter::Failed);
        auto *table = field<QTableView>(&view, u"commandTable"_s);
        QSignalSpy activated(&view, &gui::OutboxView::orderActivated);
        const QModelIndex index = table->model()->index(1, gui::OutboxModel::Order);
        const QPoint at = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), u"loja"_s);
        QCOMPARE(activated.first().at(1).toString(), u"1002-01"_s);
    }

    void auditViewFiltersAndIsReadOnly()
    {
        QString error;
        storage::AuditEntry e;
        e.at = QDateTime(QDate(2025, 3, 10), QTime(14, 0), Qt::UTC);
        e.operatorName = u"bia"_s;
        e.action = u"retry"_s;
        e.account = u"loja"_s;
        e.orderId = u"2001-01"_s;
        e.outcome = u"requeued"_s;
        e.detail = u"invoice"_s;
        QVERIFY(m_services->auditLog()->append(e, &error));
        e.orderId = u"2002-01"_s;
        e.detail = u"tracking number TR123456789BR"_s;
        QVERIFY(m_services->auditLog()->append(e, &error));

        const int total = int(m_services->auditLog()->entries().size());
        gui::AuditView view(m_services->auditLog());
        view.show();
        auto *table = field<QTableView>(&view, u"auditTable"_s);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), total);
        QVERIFY(total > 4);
        // Newest first, time shown in the station's zone (UTC-3).
        QCOMPARE(table->model()->index(0, gui::AuditModel::Order).data().toString(), u"2002-01"_s);
        QVERIFY(
            table->model()->index(0, gui::AuditModel::Time).data().toString().contains(u"11:00"_s));

        QTest::keyClicks(field<QLineEdit>(&view, u"operatorFilter"_s), u"bia"_s);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTest::keyClicks(field<QLineEdit>(&view, u"orderFilter"_s), u"2001-01"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, gui::AuditModel::Detail).data().toString(), u"invoice"_s);
        field<QLineEdit>(&view, u"orderFilter"_s)->clear();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTest::keyClicks(field<QLineEdit>(&view, u"textFilter"_s), u"TR1234"_s);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, gui::AuditModel::Order).data().toString(), u"2002-01"_s);

        // Action: the two operators added at set-up. Known actions are offered before they occur.
        field<QLineEdit>(&view, u"operatorFilter"_s)->clear();
        field<QLineEdit>(&view, u"textFilter"_s)->clear();
        QTRY_COMPARE(table->model()->rowCount(), total);
        auto *action = field<QComboBox>(&view, u"actionFilter"_s);
        QVERIFY(action->findData(u"discard"_s) > 0);
        action->setCurrentIndex(action->findData(u"operator-added"_s));
        QCOMPARE(table->model()->rowCount(), 2);
        action->setCurrentIndex(0);
        QTest::keyClicks(field<QLineEdit>(&view, u"operatorFilter"_s), u"chefe"_s);
        QTRY_COMPARE(table->model()->rowCount(), 2); // chefe added, and authorised adding ana
        QCOMPARE(table->model()->index(0, gui::AuditModel::Supervisor).data().toString(),
                 u"chefe"_s);

        // Not editable: no trigger, no editable flag, edit() opens nothing.
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        const QModelIndex first = table->model()->index(0, gui::AuditModel::Detail);
        QVERIFY(!(table->model()->flags(first) & Qt::ItemIsEditable));
        QVERIFY(!table->model()->setData(first, u"changed"_s));
        table->edit(first);
        QCOMPARE(table->findChildren<QLineEdit *>().size(), 0);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                           table->visualRect(first).center());
        QCOMPARE(table->findChildren<QLineEdit *>().size(), 0);
    }
};

QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
