#include "gui/logindialog.h"

#include "gui/messagebar.h"
#include "ui_logindialog.h"

#include <QEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
// Digits only while typing; the length and the rest of the rule are OperatorService's.
void makePinField(QLineEdit *edit)
{
    static const QRegularExpression digits(u"[0-9]{0,12}"_s);
    edit->setValidator(new QRegularExpressionValidator(digits, edit));
}
} // namespace

LoginDialog::LoginDialog(sync::OperatorService *ops, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_ops(ops)
    , m_firstRun(!ops->hasOperators())
{
    m_ui->setupUi(this);
    makePinField(m_ui->pinEdit);
    makePinField(m_ui->confirmEdit);
    m_ui->confirmLabel->setVisible(m_firstRun);
    m_ui->confirmEdit->setVisible(m_firstRun);
    m_ui->ruleLabel->setVisible(m_firstRun);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_firstRun)
        reloadOperators();
    retranslateUi();
    if (m_firstRun || m_ui->nameCombo->currentText().isEmpty())
        m_ui->nameCombo->setFocus();
    else
        m_ui->pinEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::reject()
{
    if (!m_confirmQuit) {
        QDialog::reject();
        return;
    }
    if (findChild<QMessageBox *>(u"quitConfirm"_s))
        return; // already asking
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit Despacho?"),
                                tr("Nobody is logged in. Quit Despacho, or go back and log in?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"quitConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *quit = box->addButton(tr("&Quit Despacho"), QMessageBox::DestructiveRole);
    quit->setObjectName(u"quitButton"_s);
    QPushButton *back = box->addButton(tr("&Back to login"), QMessageBox::RejectRole);
    back->setObjectName(u"backButton"_s);
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    connect(quit, &QPushButton::clicked, this, [this] { QDialog::reject(); });
    box->open();
}

QString LoginDialog::demoHint()
{
    return tr("Demo: ana / 1111 (operator), chefe / 9999 (supervisor)");
}

void LoginDialog::setHint(const QString &hint)
{
    m_hint = hint;
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
}

void LoginDialog::setCurrentOperator(const QString &name)
{
    if (m_firstRun || name.isEmpty())
        return;
    const int index = m_ui->nameCombo->findText(name);
    if (index >= 0)
        m_ui->nameCombo->setCurrentIndex(index);
    else
        m_ui->nameCombo->setEditText(name);
    m_ui->pinEdit->clear();
    m_ui->pinEdit->setFocus();
}

void LoginDialog::reloadOperators()
{
    const QString current = m_ui->nameCombo->currentText();
    m_ui->nameCombo->clear();
    QString readError;
    const auto records = m_ops->operators(&readError);
    if (!readError.isEmpty())
        m_ui->messageBar->showMessage(readError); // names the database
    for (const auto &record : records) {
        if (record.active)
            m_ui->nameCombo->addItem(record.name);
    }
    // Nobody pre-selected when several can log in: the name is a choice, not a default.
    if (!current.isEmpty())
        setCurrentOperator(current);
    else if (m_ui->nameCombo->count() != 1)
        m_ui->nameCombo->setEditText({});
}

void LoginDialog::accept()
{
    m_ui->messageBar->clearMessage();
    if (m_firstRun)
        createFirstSupervisor();
    else
        logIn();
}

void LoginDialog::logIn()
{
    const QString name = m_ui->nameCombo->currentText().trimmed();
    const QString pin = m_ui->pinEdit->text();
    // Checked here so that an Enter pressed too early does not count as a wrong PIN.
    if (name.isEmpty()) {
        m_ui->messageBar->showMessage(tr("Choose or type your operator name."));
        m_ui->nameCombo->setFocus();
        return;
    }
    if (pin.isEmpty()) {
        m_ui->messageBar->showMessage(tr("Enter your PIN."));
        m_ui->pinEdit->setFocus();
        return;
    }
    const auto result = m_ops->authenticate(name, pin, u"login"_s);
    if (!result.ok()) {
        refuse(result.message);
        return;
    }
    m_ui->pinEdit->clear();
    m_identity = result.identity;
    QDialog::accept();
}

void LoginDialog::createFirstSupervisor()
{
    const QString name = m_ui->nameCombo->currentText().trimmed();
    const QString pin = m_ui->pinEdit->text();
    if (!sync::OperatorService::isValidName(name)) {
        m_ui->messageBar->showMessage(
            tr("Choose a name for the supervisor: %1.").arg(sync::OperatorService::nameRule()));
        m_ui->nameCombo->setFocus();
        return;
    }
    if (pin != m_ui->confirmEdit->text()) {
        refuse(tr("The two PINs do not match; type the same PIN twice."));
        return;
    }
    const auto added =
        m_ops->addOperator(name, sync::OperatorService::roleSupervisor(), pin, {}, {});
    if (!added.ok()) {
        refuse(added.message);
        return;
    }
    // Logging in through the service writes the same "login" audit line as every later login.
    const auto login = m_ops->authenticate(name, pin, u"login"_s);
    m_ui->pinEdit->clear();
    m_ui->confirmEdit->clear();
    if (!login.ok()) {
        m_firstRun = false;
        reloadOperators();
        retranslateUi();
        refuse(login.message);
        return;
    }
    m_identity = login.identity;
    QDialog::accept();
}

void LoginDialog::refuse(const QString &message)
{
    m_ui->messageBar->showMessage(message);
    m_ui->pinEdit->clear();
    m_ui->confirmEdit->clear();
    m_ui->pinEdit->setFocus();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    m_ui->confirmLabel->setVisible(m_firstRun);
    m_ui->confirmEdit->setVisible(m_firstRun);
    m_ui->ruleLabel->setVisible(m_firstRun);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (m_firstRun) {
        setWindowTitle(tr("Create the first supervisor"));
        m_ui->titleLabel->setText(
            tr("Despacho has no operators yet. Create the first supervisor: they can add the "
               "other operators and authorise cancellations."));
        QString rule =
            sync::OperatorService::nameRule() + u"; "_s + sync::OperatorService::pinRule() + u'.';
        if (!rule.isEmpty())
            rule[0] = rule.at(0).toUpper();
        m_ui->ruleLabel->setText(rule);
        m_ui->nameCombo->lineEdit()->setPlaceholderText(tr("e.g. maria"));
        ok->setText(tr("&Create supervisor"));
    } else {
        setWindowTitle(tr("Log in"));
        m_ui->titleLabel->setText(tr("Who is working at this station?"));
        m_ui->nameCombo->lineEdit()->setPlaceholderText(tr("Operator name"));
        ok->setText(tr("&Log in"));
    }
    m_ui->pinEdit->setPlaceholderText(tr("4 to 12 digits"));
    m_ui->hintLabel->setText(m_hint);
    m_ui->hintLabel->setVisible(!m_hint.isEmpty());
}

} // namespace despacho::gui
