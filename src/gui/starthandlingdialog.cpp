#include "gui/starthandlingdialog.h"

#include "core/actionforms.h"
#include "gui/formatting.h"
#include "gui/orderbanner.h"
#include "ui_confirmstarthandlingdialog.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace despacho::gui {

StartHandlingDialog::StartHandlingDialog(const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StartHandlingDialog>())
    , m_order(order)
{
    m_ui->setupUi(this);
    OrderBanner::addTo(this, m_order);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->orderIdValue->setText(m_order.orderId);
    m_ui->customerValue->setText(m_order.customer.fullName());
    m_ui->totalValue->setText(formatMoney(m_order.value));
    const QString blocker = startHandlingBlocker(m_order);
    m_ui->blockerLabel->setText(blocker);
    m_ui->blockerLabel->setVisible(!blocker.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(blocker.isEmpty());
    retranslateUi();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
}

StartHandlingDialog::~StartHandlingDialog() = default;

void StartHandlingDialog::retranslateUi()
{
    setWindowTitle(tr("Start handling order %1").arg(m_order.orderId));
    m_ui->itemsValue->setText(
        tr("%n unit(s) in %1 line(s)", nullptr, m_order.totalQuantity()).arg(m_order.items.size()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Start handling"));
}

void StartHandlingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace despacho::gui
