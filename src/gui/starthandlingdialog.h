#pragma once

#include "core/order.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StartHandlingDialog;
}

namespace despacho::gui {

// Confirms "start handling" for one order before the command is queued: order id, customer, item
// count and total, and why it is not possible when the order's status forbids it (OK disabled).
//
// objectNames: orderIdValue, customerValue, itemsValue, totalValue, blockerLabel, buttonBox (its Ok
// button reads "Start handling").
class StartHandlingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StartHandlingDialog(const Order &order, QWidget *parent = nullptr);
    ~StartHandlingDialog() override;

    QString orderId() const { return m_order.orderId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::unique_ptr<Ui::StartHandlingDialog> m_ui;
    Order m_order;
};

} // namespace despacho::gui
