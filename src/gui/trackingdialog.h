#pragma once

#include "core/actionforms.h"
#include "core/carriers.h"
#include "gui/carriersettings.h"
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
    // Warnings the person went ahead with (recorded in the audit line).
    FieldIssues confirmedWarnings() const { return m_issues.confirmedWarnings(); }
    bool urlTyped() const;
    // A scanned carrier label: the code, on the latest invoice that has no tracking yet, with the
    // courier guessed from the code's shape, else the one already chosen or the order's.
    void applyScannedCode(const QString &code, const QString &courierGuess);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillInvoices();
    void invoiceChosen();
    void recheckNumber();
    void tryAccept();
    void retranslateUi();

    std::unique_ptr<Ui::TrackingDialog> m_ui;
    Order m_order;
    QList<Carrier> m_carriers;
    FieldIssuesView m_issues;
    TrackingUrlAutoFill *m_urlFill = nullptr;
};

} // namespace despacho::gui
