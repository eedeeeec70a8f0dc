#pragma once

#include "core/actionforms.h"
#include "core/carriers.h"
#include "core/scan.h"
#include "gui/carriersettings.h"
#include "gui/fieldissuesview.h"

#include <QDialog>

#include <memory>

class QSpinBox;

namespace Ui {
class InvoiceDialog;
}

namespace despacho::gui {

// Invoices an order (or records a return): type, number, value, issuance, NF-e key and URL, the
// items and quantities, and optionally the courier and tracking number. OK runs validateInvoice;
// errors appear under the fields they name and keep the dialog open, warnings (a Correios code
// with an unexpected check digit) are shown and a second OK accepts. Money in this dialog is
// Brazilian-formatted whatever the UI language ("1.234,56"), as it is typed.
//
// objectNames: typeCombo (0 Output, 1 Input), numberEdit, numberHint, numberError, valueEdit,
// itemsTotalLabel, valueError, issuedEdit, issuedError, keyEdit, keyError, urlEdit, urlError,
// itemsTable (columns: Column), quantitySpin<row> (row = the order's item index), itemsError,
// courierCombo, trackingError, trackingNumberEdit, trackingNumberError, trackingUrlEdit,
// trackingUrlError, summaryLabel, buttonBox.
class InvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        SkuColumn,
        NameColumn,
        RemainingColumn,
        QuantityColumn,
        UnitPriceColumn,
        LineTotalColumn,
        ColumnCount
    };

    InvoiceDialog(const Order &order, QList<Carrier> carriers, QWidget *parent = nullptr);
    ~InvoiceDialog() override;

    // The form as filled. Only meaningful once accepted: rows at quantity 0 are left out, and a
    // value that does not parse is -1 (issues() reports both).
    InvoiceForm form() const;
    // Everything OK checks: the dialog's own (value typed, at least one item) and validateInvoice.
    FieldIssues issues() const;
    QSpinBox *quantitySpin(int row) const;
    // What the chosen items imply (see expectedInvoiceValue), in cents.
    qint64 expectedValueCents() const { return m_expectedCents; }
    // A DANFE barcode was scanned: number, key and what the key says, checked.
    void applyScannedKey(const NfeKeyParts &key);
    FieldIssues confirmedWarnings() const { return m_issues.confirmedWarnings(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillItems();
    void updateTypeLimits();
    void updateTotals();
    void keyEdited();
    void checkKeyNow();
    void showKeyDetails();
    void tryAccept();
    void retranslateUi();

    std::unique_ptr<Ui::InvoiceDialog> m_ui;
    Order m_order;
    QList<Carrier> m_carriers;
    QList<int> m_remaining;
    FieldIssuesView m_issues;
    // The value this form last filled in from the items. Any other text was typed by hand (or
    // restored from a draft of what was typed) and no longer follows the items.
    QString m_filledValue;
    qint64 m_expectedCents = 0;
    TrackingUrlAutoFill *m_urlFill = nullptr;
};

} // namespace despacho::gui
