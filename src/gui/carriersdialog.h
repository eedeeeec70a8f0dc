#pragma once

#include "core/carriers.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CarriersDialog;
}

namespace despacho::gui {

// Edits the courier list and its tracking URL templates (File > Carriers). A row without a
// courier name, a name listed twice or a template that is not an http(s) address keeps the dialog
// open with the row named. Widgets: carriersTable, addCarrierButton, removeCarrierButton,
// restoreCarriersButton, carriersMessageBar, carriersButtonBox.
class CarriersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CarriersDialog(const QList<Carrier> &carriers, QWidget *parent = nullptr);
    ~CarriersDialog() override;

    QList<Carrier> carriers() const; // as edited (valid once accepted)

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setRows(const QList<Carrier> &carriers);
    QString problem() const;

    std::unique_ptr<Ui::CarriersDialog> m_ui;
};

} // namespace despacho::gui
