#include "gui/canceldialog.h"

#include "core/orderstatus.h"
#include "gui/formatting.h"
#include "gui/orderbanner.h"
#include "ui_canceldialog.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace despacho::gui {

CancelDialog::CancelDialog(const Order &order, const QString &operatorName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CancelDialog>())
    , m_order(order)
    , m_operator(operatorName)
{
    m_ui->setupUi(this);
    OrderBanner::addTo(this, m_order);
    m_issues.setSummary(m_ui->summaryLabel);
    m_issues.addField(u"reason"_s, m_ui->reasonError);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CancelDialog::tryAccept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!reason().isEmpty())
            setIssueText(m_ui->reasonError, {}, false);
    });
    m_ui->orderIdValue->setText(m_order.orderId);
    m_ui->valueValue->setText(formatMoney(m_order.value));
    m_ui->customerValue->setText(m_order.customer.fullName());
    m_ui->operatorValue->setText(m_operator);
    // Said at once when the order cannot be canceled, rather than after typing a reason.
    if (const QString blocker = cancelBlocker(m_order); !blocker.isEmpty())
        setIssueText(m_ui->summaryLabel, blocker, false);
    retranslateUi();
    m_ui->reasonEdit->setFocus();
}

CancelDialog::~CancelDialog() = default;

QString CancelDialog::reason() const
{
    return m_ui->reasonEdit->toPlainText().trimmed();
}

void CancelDialog::tryAccept()
{
    if (m_issues.accept(issues()))
        accept();
}

void CancelDialog::retranslateUi()
{
    setWindowTitle(tr("Cancel order %1").arg(m_order.orderId));
    m_ui->statusValue->setText(orderStatusDisplayName(m_order.status));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Keep order"));
}

void CancelDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace despacho::gui
