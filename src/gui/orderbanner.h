#pragma once

#include "core/order.h"

#include <QLabel>

class QDialog;

namespace despacho::gui {

// The order a form acts on, in large type at the top of the form ("Order 1234567890123-01 ·
// #502556"), so the packer sees at a glance that the form is about the parcel in hand.
// objectName: orderBanner.
class OrderBanner : public QLabel
{
    Q_OBJECT
public:
    OrderBanner(const Order &order, QWidget *parent);
    // Puts a banner above everything else in the dialog's top-level box layout.
    static OrderBanner *addTo(QDialog *dialog, const Order &order);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString m_orderId;
    QString m_sequence;
};

} // namespace despacho::gui
