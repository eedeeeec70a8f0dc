#pragma once

#include "core/actionforms.h"
#include "core/carriers.h"
#include "gui/fieldissuesview.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TrackingDialog;
}

namespace despacho::gui {

// Adds (or corrects) the courier and tracking number of one of the order's sale invoices. The
// courier is chosen from the carrier list or typed; the tracking URL follows the carrier's
// template until the user types one. OK runs validateTracking: errors keep the dialog open, and a
// Correios code whose check digit is wrong is a warning naming the expected digit, accepted by a
// second OK.
//
// objectNames: headerLabel, invoiceCombo (item data: the invoice number), invoiceError,
// courierCombo, courierError, numberEdit, numberError, urlEdit, urlError, dispatchedEdit,
// summaryLabel, buttonBox.
class TrackingDialog : public QDialog
{
    Q_OBJECT
public:
    TrackingDialog(const Order &order, QList<Carrier> carriers, QWidget *parent = nullptr);
    ~TrackingDialog() override;

    TrackingForm form() const;
    FieldIssues issues() const { return validateTracking(form(), m_order); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillInvoices();
    void invoiceChosen();
    void tryAccept();
    void retranslateUi();

    std::unique_ptr<Ui::TrackingDialog> m_ui;
    Order m_order;
    QList<Carrier> m_carriers;
    FieldIssuesView m_issues;
};

} // namespace despacho::gui
