#include "gui/operatorsdialog.h"

#include "gui/formatting.h"
#include "gui/messagebar.h"
#include "sync/operatorservice.h"
#include "ui_operatorsdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidgetItem>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
enum Column
{
    NameColumn,
    RoleColumn,
    CreatedColumn,
    LockedColumn,
    ColumnCount
};

QString roleDisplayName(const QString &role)
{
    if (role == sync::OperatorService::roleSupervisor())
        return OperatorsDialog::tr("Supervisor");
    if (role == sync::OperatorService::roleOperator())
        return OperatorsDialog::tr("Operator");
    return role;
}
} // namespace

OperatorsDialog::OperatorsDialog(sync::OperatorService *ops, const QString &supervisorName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OperatorsDialog>())
    , m_ops(ops)
    , m_supervisor(supervisorName)
{
    m_ui->setupUi(this);
    static const QRegularExpression digits(u"[0-9]{0,12}"_s);
    for (QLineEdit *edit : {m_ui->pinEdit, m_ui->confirmEdit, m_ui->supervisorPinEdit})
        edit->setValidator(new QRegularExpressionValidator(digits, edit));
    m_ui->roleCombo->addItem(QString(), sync::OperatorService::roleOperator());
    m_ui->roleCombo->addItem(QString(), sync::OperatorService::roleSupervisor());
    m_ui->operatorTable->setColumnCount(ColumnCount);
    m_ui->operatorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->addButton, &QPushButton::clicked, this, &OperatorsDialog::addOperator);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    reload();
    m_ui->nameEdit->setFocus();
}

OperatorsDialog::~OperatorsDialog() = default;

void OperatorsDialog::reload()
{
    QString readError;
    const auto records = m_ops->operators(&readError);
    if (!readError.isEmpty())
        m_ui->messageBar->showMessage(readError); // names the database
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTableWidget *table = m_ui->operatorTable;
    table->setRowCount(0);
    table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const auto &r = records.at(row);
        const bool locked = r.lockedUntil.isValid() && r.lockedUntil > now;
        QString name = r.name;
        if (!r.active)
            name = tr("%1 (deactivated)").arg(r.name);
        const QString cells[ColumnCount] = {name, roleDisplayName(r.role),
                                            formatDateTime(r.createdAt),
                                            locked ? formatDateTime(r.lockedUntil) : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setData(Qt::UserRole, r.name);
            table->setItem(row, column, item);
        }
    }
}

bool OperatorsDialog::addOperator()
{
    m_ui->messageBar->clearMessage();
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString role = m_ui->roleCombo->currentData().toString();
    const QString pin = m_ui->pinEdit->text();
    if (!sync::OperatorService::isValidName(name)) {
        refuse(tr("Enter a valid name: %1.").arg(sync::OperatorService::nameRule()),
               m_ui->nameEdit);
        return false;
    }
    if (pin.isEmpty()) {
        refuse(tr("Enter the new operator's PIN: %1.").arg(sync::OperatorService::pinRule()),
               m_ui->pinEdit);
        return false;
    }
    if (pin != m_ui->confirmEdit->text()) {
        refuse(tr("The two PINs for %1 do not match; type the same PIN twice.").arg(name),
               m_ui->pinEdit);
        return false;
    }
    const QString supervisorPin = m_ui->supervisorPinEdit->text();
    if (supervisorPin.isEmpty()) {
        m_ui->messageBar->showMessage(
            tr("%1, enter your own PIN to authorise adding %2.").arg(m_supervisor, name));
        m_ui->supervisorPinEdit->setFocus();
        return false;
    }
    const auto result = m_ops->addOperator(name, role, pin, m_supervisor, supervisorPin);
    if (!result.ok()) {
        using Refusal = sync::OperatorService::Refusal;
        const bool supervisorProblem = result.refusal == Refusal::WrongPin ||
                                       result.refusal == Refusal::Locked ||
                                       result.refusal == Refusal::NotSupervisor;
        refuse(result.message, supervisorProblem                       ? m_ui->supervisorPinEdit
                               : result.refusal == Refusal::InvalidPin ? m_ui->pinEdit
                                                                       : m_ui->nameEdit);
        return false;
    }
    clearPins();
    m_ui->nameEdit->clear();
    m_ui->roleCombo->setCurrentIndex(0);
    reload();
    const auto found = m_ui->operatorTable->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_ui->operatorTable->selectRow(found.first()->row());
    m_ui->messageBar->showMessage(result.message, MessageBar::Level::Information);
    m_ui->nameEdit->setFocus();
    Q_EMIT operatorAdded(name);
    return true;
}

void OperatorsDialog::refuse(const QString &message, QWidget *focus)
{
    m_ui->messageBar->showMessage(message);
    clearPins();
    focus->setFocus();
}

void OperatorsDialog::clearPins()
{
    m_ui->pinEdit->clear();
    m_ui->confirmEdit->clear();
    m_ui->supervisorPinEdit->clear();
}

void OperatorsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void OperatorsDialog::retranslateUi()
{
    m_ui->operatorTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Created"), tr("Locked until")});
    m_ui->roleCombo->setItemText(0, roleDisplayName(sync::OperatorService::roleOperator()));
    m_ui->roleCombo->setItemText(1, roleDisplayName(sync::OperatorService::roleSupervisor()));
    m_ui->supervisorPinLabel->setText(tr("PIN of %1 (supervisor):").arg(m_supervisor));
    m_ui->supervisorPinEdit->setPlaceholderText(tr("Your own PIN, to authorise this addition"));
    QString rule =
        sync::OperatorService::nameRule() + u"; "_s + sync::OperatorService::pinRule() + u'.';
    rule[0] = rule.at(0).toUpper();
    m_ui->ruleLabel->setText(rule);
}

} // namespace despacho::gui
