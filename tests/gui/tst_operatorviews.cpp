// Login (and first run), the supervisor prompt and the operators dialog over a real SQLite file:
// refusals are shown in the dialog, which stays open with its PIN fields cleared, and they reach
// the audit log.
#include "gui/logindialog.h"
#include "gui/messagebar.h"
#include "gui/operatorsdialog.h"
#include "gui/supervisorprompt.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "sync/operatorservice.h"
#include "widgetlookup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace despacho;
using despacho::testing::field;
using despacho::testing::type;

class TestOperatorViews : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<sync::OperatorService> m_ops;

    static void typeInCombo(QWidget *dialog, const QString &name, const QString &text)
    {
        auto *combo = field<QComboBox>(dialog, name);
        combo->lineEdit()->clear();
        QTest::keyClicks(combo->lineEdit(), text);
    }
    static void clickOk(QWidget *dialog)
    {
        QTest::mouseClick(
            field<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
    }
    static QString message(QWidget *dialog)
    {
        auto *bar = field<gui::MessageBar>(dialog, u"messageBar"_s);
        return bar->isVisible() ? bar->text() : QString();
    }
    QList<storage::AuditEntry> audit(const QString &action, const QString &name = {})
    {
        storage::AuditFilter f;
        f.action = action;
        f.operatorName = name;
        return storage::AuditLog(m_db.get()).entries(f);
    }
    void addTeam()
    {
        QVERIFY(m_ops->addOperator(u"chefe"_s, u"supervisor"_s, u"9999"_s, {}, {}).ok());
        QVERIFY(m_ops->addOperator(u"ana"_s, u"operator"_s, u"1111"_s, u"chefe"_s, u"9999"_s).ok());
    }
    bool hasOperator(const QString &name) const
    {
        const auto all = m_ops->operators();
        return std::any_of(all.begin(), all.end(), [&](const auto &r) { return r.name == name; });
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<storage::Database>(m_dir->filePath(u"despacho.sqlite"_s));
        QVERIFY(m_db->open().ok());
        m_ops = std::make_unique<sync::OperatorService>(m_db.get());
        m_ops->setIterationsForTesting(1000);
    }
    void cleanup()
    {
        m_ops.reset();
        m_db.reset();
        m_dir.reset();
    }

    void wrongPinIsRefusedInlineAndAudited()
    {
        addTeam();
        gui::LoginDialog dialog(m_ops.get());
        QVERIFY(!dialog.isFirstRun());
        QVERIFY(!field<QLineEdit>(&dialog, u"confirmEdit"_s)->isVisibleTo(&dialog));
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        typeInCombo(&dialog, u"nameCombo"_s, u"ana"_s);
        type(&dialog, u"pinEdit"_s, u"4321"_s);
        clickOk(&dialog);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.identity().name.isEmpty());
        QVERIFY2(message(&dialog).contains(u"Wrong PIN for ana"_s), qPrintable(message(&dialog)));
        QVERIFY(field<QLineEdit>(&dialog, u"pinEdit"_s)->text().isEmpty());
        const auto refused = audit(u"pin-refused"_s, u"ana"_s);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().detail, u"login: wrong PIN"_s);
        QVERIFY(!refused.first().detail.contains(u"4321"_s));
        QVERIFY(audit(u"login"_s).isEmpty());
    }

    void rightPinAcceptsWithIdentity()
    {
        addTeam();
        gui::LoginDialog dialog(m_ops.get());
        dialog.show();
        // Both operators are offered; the PIN field accepts digits only.
        auto *combo = field<QComboBox>(&dialog, u"nameCombo"_s);
        QCOMPARE(combo->count(), 2);
        QVERIFY(combo->findText(u"ana"_s) >= 0);
        typeInCombo(&dialog, u"nameCombo"_s, u"ana"_s);
        QTest::keyClicks(field<QLineEdit>(&dialog, u"pinEdit"_s), u"1a1b1 1"_s);
        QCOMPARE(field<QLineEdit>(&dialog, u"pinEdit"_s)->text(), u"1111"_s);
        QCOMPARE(field<QLineEdit>(&dialog, u"pinEdit"_s)->echoMode(), QLineEdit::Password);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(field<QLineEdit>(&dialog, u"pinEdit"_s), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.identity().name, u"ana"_s);
        QCOMPARE(dialog.identity().role, u"operator"_s);
        QCOMPARE(audit(u"login"_s, u"ana"_s).size(), 1);
    }

    void emptyPinDoesNotCountAsAttempt()
    {
        addTeam();
        gui::LoginDialog dialog(m_ops.get());
        dialog.show();
        typeInCombo(&dialog, u"nameCombo"_s, u"ana"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(!message(&dialog).isEmpty());
        QVERIFY(audit(u"pin-refused"_s).isEmpty());
    }

    void lockIsExplained()
    {
        addTeam();
        gui::LoginDialog dialog(m_ops.get());
        dialog.show();
        dialog.setCurrentOperator(u"ana"_s);
        QCOMPARE(field<QComboBox>(&dialog, u"nameCombo"_s)->currentText(), u"ana"_s);
        for (int i = 0; i < sync::OperatorService::kAttemptsBeforeLock; ++i) {
            type(&dialog, u"pinEdit"_s, u"0000"_s);
            clickOk(&dialog);
        }
        QVERIFY2(message(&dialog).contains(u"locked until"_s), qPrintable(message(&dialog)));
        // Even the right PIN is refused while locked.
        type(&dialog, u"pinEdit"_s, u"1111"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.identity().name.isEmpty());
        QVERIFY(message(&dialog).contains(u"locked until"_s));
        QCOMPARE(audit(u"operator-locked"_s, u"ana"_s).size(), 1);
    }

    void hintAndEscape()
    {
        addTeam();
        gui::LoginDialog dialog(m_ops.get());
        dialog.show();
        auto *hint = field<QLabel>(&dialog, u"hintLabel"_s);
        QVERIFY(!hint->isVisible());
        dialog.setHint(gui::LoginDialog::demoHint());
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"chefe / 9999"_s));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(field<QLineEdit>(&dialog, u"pinEdit"_s), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(dialog.identity().name.isEmpty());
    }

    void firstRunCreatesTheFirstSupervisor()
    {
        QVERIFY(!m_ops->hasOperators());
        gui::LoginDialog dialog(m_ops.get());
        QVERIFY(dialog.isFirstRun());
        dialog.show();
        QVERIFY(field<QLineEdit>(&dialog, u"confirmEdit"_s)->isVisible());
        QVERIFY(field<QLabel>(&dialog, u"ruleLabel"_s)->text().contains(u"4 to 12 digits"_s));
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        // Confirmation differs: refused, nothing created, both PIN fields cleared.
        typeInCombo(&dialog, u"nameCombo"_s, u"maria"_s);
        type(&dialog, u"pinEdit"_s, u"2468"_s);
        type(&dialog, u"confirmEdit"_s, u"2469"_s);
        clickOk(&dialog);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(message(&dialog).contains(u"do not match"_s));
        QVERIFY(field<QLineEdit>(&dialog, u"pinEdit"_s)->text().isEmpty());
        QVERIFY(field<QLineEdit>(&dialog, u"confirmEdit"_s)->text().isEmpty());
        QVERIFY(!m_ops->hasOperators());

        // Too short a PIN: the rule is named.
        type(&dialog, u"pinEdit"_s, u"12"_s);
        type(&dialog, u"confirmEdit"_s, u"12"_s);
        clickOk(&dialog);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(message(&dialog).contains(sync::OperatorService::pinRule()));
        QVERIFY(!m_ops->hasOperators());

        // An invalid name.
        typeInCombo(&dialog, u"nameCombo"_s, u"maria silva"_s);
        type(&dialog, u"pinEdit"_s, u"2468"_s);
        type(&dialog, u"confirmEdit"_s, u"2468"_s);
        clickOk(&dialog);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(message(&dialog).contains(sync::OperatorService::nameRule()));
        QVERIFY(!m_ops->hasOperators());

        typeInCombo(&dialog, u"nameCombo"_s, u"maria"_s);
        type(&dialog, u"pinEdit"_s, u"2468"_s);
        type(&dialog, u"confirmEdit"_s, u"2468"_s);
        clickOk(&dialog);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.identity().name, u"maria"_s);
        QVERIFY(dialog.identity().isSupervisor());
        const auto all = m_ops->operators();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().role, u"supervisor"_s);
        QCOMPARE(audit(u"operator-added"_s, u"maria"_s).size(), 1);
        QCOMPARE(audit(u"login"_s, u"maria"_s).size(), 1);
        QVERIFY(m_ops->authenticate(u"maria"_s, u"2468"_s, u"check"_s).ok());
    }

    void supervisorPromptRefusesAnOperator()
    {
        addTeam();
        gui::SupervisorPrompt prompt(m_ops.get(), u"discard"_s, u"Discard command 7?"_s);
        prompt.show();
        QCOMPARE(field<QLabel>(&prompt, u"explanationLabel"_s)->text(), u"Discard command 7?"_s);
        auto *combo = field<QComboBox>(&prompt, u"supervisorCombo"_s);
        QCOMPARE(combo->count(), 1); // only supervisors are offered
        QCOMPARE(combo->itemText(0), u"chefe"_s);
        QSignalSpy accepted(&prompt, &QDialog::accepted);

        // An operator with their right PIN is still not a supervisor.
        typeInCombo(&prompt, u"supervisorCombo"_s, u"ana"_s);
        type(&prompt, u"pinEdit"_s, u"1111"_s);
        clickOk(&prompt);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(prompt.isVisible());
        QVERIFY(prompt.supervisorName().isEmpty());
        QVERIFY2(message(&prompt).contains(u"not a supervisor"_s), qPrintable(message(&prompt)));
        QVERIFY(field<QLineEdit>(&prompt, u"pinEdit"_s)->text().isEmpty());
        const auto refused = audit(u"pin-refused"_s, u"ana"_s);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().detail, u"discard: not a supervisor"_s);

        // The supervisor with a wrong PIN, then the right one.
        combo->setCurrentIndex(0);
        type(&prompt, u"pinEdit"_s, u"1234"_s);
        clickOk(&prompt);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(message(&prompt).contains(u"Wrong PIN for chefe"_s));
        QCOMPARE(audit(u"pin-refused"_s, u"chefe"_s).size(), 1);
        type(&prompt, u"pinEdit"_s, u"9999"_s);
        clickOk(&prompt);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(prompt.supervisorName(), u"chefe"_s);
    }

    void supervisorPromptCancelAuthorisesNothing()
    {
        addTeam();
        gui::SupervisorPrompt prompt(m_ops.get(), u"cancel"_s, {});
        prompt.show();
        QVERIFY(!field<QLabel>(&prompt, u"explanationLabel"_s)->text().isEmpty());
        type(&prompt, u"pinEdit"_s, u"9999"_s);
        QSignalSpy rejected(&prompt, &QDialog::rejected);
        QTest::keyClick(field<QLineEdit>(&prompt, u"pinEdit"_s), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(prompt.supervisorName().isEmpty());
    }

    void operatorsDialogAddsOnlyWithTheSupervisorsPin()
    {
        addTeam();
        gui::OperatorsDialog dialog(m_ops.get(), u"chefe"_s);
        dialog.show();
        auto *table = field<QTableWidget>(&dialog, u"operatorTable"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->item(0, 0)->text(), u"ana"_s);
        QCOMPARE(table->item(1, 0)->text(), u"chefe"_s);
        QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsEditable));
        QVERIFY(field<QLabel>(&dialog, u"supervisorPinLabel"_s)->text().contains(u"chefe"_s));
        auto *add = field<QPushButton>(&dialog, u"addButton"_s);
        QSignalSpy added(&dialog, &gui::OperatorsDialog::operatorAdded);

        // Mismatched confirmation: refused before the supervisor's PIN is even checked.
        type(&dialog, u"nameEdit"_s, u"bia"_s);
        type(&dialog, u"pinEdit"_s, u"2468"_s);
        type(&dialog, u"confirmEdit"_s, u"8642"_s);
        type(&dialog, u"supervisorPinEdit"_s, u"9999"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(message(&dialog).contains(u"do not match"_s));
        QVERIFY(!hasOperator(u"bia"_s));
        QVERIFY(audit(u"pin-refused"_s).isEmpty());

        // Wrong supervisor PIN: refused, audited, every PIN field cleared.
        type(&dialog, u"pinEdit"_s, u"2468"_s);
        type(&dialog, u"confirmEdit"_s, u"2468"_s);
        type(&dialog, u"supervisorPinEdit"_s, u"1111"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(message(&dialog).contains(u"Wrong PIN for chefe"_s), qPrintable(message(&dialog)));
        QVERIFY(!hasOperator(u"bia"_s));
        QCOMPARE(added.count(), 0);
        for (const auto &name : {u"pinEdit"_s, u"confirmEdit"_s, u"supervisorPinEdit"_s})
            QVERIFY(field<QLineEdit>(&dialog, name)->text().isEmpty());
        const auto refused = audit(u"pin-refused"_s, u"chefe"_s);
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().detail.startsWith(u"operator-add bia"_s));

        // Right PIN, as a supervisor: added, listed, audited with the authoriser.
        auto *role = field<QComboBox>(&dialog, u"roleCombo"_s);
        role->setCurrentIndex(role->findData(u"supervisor"_s));
        type(&dialog, u"pinEdit"_s, u"2468"_s);
        type(&dialog, u"confirmEdit"_s, u"2468"_s);
        type(&dialog, u"supervisorPinEdit"_s, u"9999"_s);
        QTest::keyClick(field<QLineEdit>(&dialog, u"supervisorPinEdit"_s), Qt::Key_Return);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), u"bia"_s);
        QVERIFY(dialog.isVisible()); // Enter added the operator, it did not close the dialog
        QVERIFY(hasOperator(u"bia"_s));
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(field<QLineEdit>(&dialog, u"supervisorPinEdit"_s)->text().isEmpty());
        const auto entries = audit(u"operator-added"_s, u"bia"_s);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().supervisor, u"chefe"_s);
        QVERIFY(entries.first().detail.contains(u"supervisor"_s));
        QVERIFY(m_ops->authenticateSupervisor(u"bia"_s, u"2468"_s, u"check"_s).ok());
    }

    void operatorsDialogNamesTheRule()
    {
        addTeam();
        gui::OperatorsDialog dialog(m_ops.get(), u"chefe"_s);
        dialog.show();
        type(&dialog, u"nameEdit"_s, u"bia souza"_s);
        type(&dialog, u"pinEdit"_s, u"2468"_s);
        type(&dialog, u"confirmEdit"_s, u"2468"_s);
        type(&dialog, u"supervisorPinEdit"_s, u"9999"_s);
        QVERIFY(!dialog.addOperator());
        QVERIFY(message(&dialog).contains(sync::OperatorService::nameRule()));
        QCOMPARE(m_ops->operators().size(), 2);
    }
};

QTEST_MAIN(TestOperatorViews)
#include "tst_operatorviews.moc"
