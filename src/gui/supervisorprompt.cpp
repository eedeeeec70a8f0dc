#include "gui/supervisorprompt.h"

#include "gui/messagebar.h"
#include "sync/operatorservice.h"
#include "ui_supervisorprompt.h"

#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace despacho::gui {

SupervisorPrompt::SupervisorPrompt(sync::OperatorService *ops, const QString &purpose,
                                   const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SupervisorPrompt>())
    , m_ops(ops)
    , m_purpose(purpose)
    , m_explanation(explanation)
{
    m_ui->setupUi(this);
    static const QRegularExpression digits(u"[0-9]{0,12}"_s);
    m_ui->pinEdit->setValidator(new QRegularExpressionValidator(digits, m_ui->pinEdit));
    const auto records = m_ops->operators(&m_readError);
    for (const auto &record : records) {
        if (record.active && record.role == sync::OperatorService::roleSupervisor())
            m_ui->supervisorCombo->addItem(record.name);
    }
    m_noSupervisor = m_ui->supervisorCombo->count() == 0;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SupervisorPrompt::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_ui->pinEdit->setFocus();
}

SupervisorPrompt::~SupervisorPrompt() = default;

void SupervisorPrompt::setSupervisor(const QString &name)
{
    const int index = m_ui->supervisorCombo->findText(name);
    if (index >= 0)
        m_ui->supervisorCombo->setCurrentIndex(index);
    m_ui->pinEdit->setFocus();
}

void SupervisorPrompt::accept()
{
    const QString name = m_ui->supervisorCombo->currentText().trimmed();
    const QString pin = m_ui->pinEdit->text();
    if (name.isEmpty()) {
        m_ui->messageBar->showMessage(tr("Choose the supervisor who authorises this."));
        m_ui->supervisorCombo->setFocus();
        return;
    }
    if (pin.isEmpty()) {
        m_ui->messageBar->showMessage(tr("The supervisor must enter their PIN."));
        m_ui->pinEdit->setFocus();
        return;
    }
    const auto result = m_ops->authenticateSupervisor(name, pin, m_purpose);
    m_ui->pinEdit->clear();
    if (!result.ok()) {
        m_ui->messageBar->showMessage(result.message);
        m_ui->pinEdit->setFocus();
        return;
    }
    m_ui->messageBar->clearMessage();
    m_supervisor = result.identity.name;
    QDialog::accept();
}

void SupervisorPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SupervisorPrompt::retranslateUi()
{
    m_ui->explanationLabel->setText(m_explanation.isEmpty()
                                        ? tr("This action needs a supervisor's authorisation.")
                                        : m_explanation);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Authorise"));
    m_ui->pinEdit->setPlaceholderText(tr("Entered by the supervisor"));
    if (!m_readError.isEmpty()) // not "no supervisor yet": the operators could not be read
        m_ui->messageBar->showMessage(m_readError);
    else if (m_noSupervisor)
        m_ui->messageBar->showMessage(
            tr("There is no supervisor yet; a supervisor must be added before this action."),
            MessageBar::Level::Warning);
}

} // namespace despacho::gui
