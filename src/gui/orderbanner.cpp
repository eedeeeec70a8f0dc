#include "gui/orderbanner.h"

#include <QBoxLayout>
#include <QDialog>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace despacho::gui {

OrderBanner::OrderBanner(const Order &order, QWidget *parent)
    : QLabel(parent)
    , m_orderId(order.orderId)
    , m_sequence(order.sequence)
{
    setObjectName(u"orderBanner"_s);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    setFont(big);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(true);
    retranslateUi();
}

OrderBanner *OrderBanner::addTo(QDialog *dialog, const Order &order)
{
    auto *banner = new OrderBanner(order, dialog);
    if (auto *box = qobject_cast<QBoxLayout *>(dialog->layout()))
        box->insertWidget(0, banner);
    return banner;
}

void OrderBanner::retranslateUi()
{
    setText(m_sequence.isEmpty() ? tr("Order %1").arg(m_orderId)
                                 : tr("Order %1 · #%2").arg(m_orderId, m_sequence));
    setAccessibleName(text());
}

void OrderBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

} // namespace despacho::gui
