#pragma once

#include "core/actionforms.h"
#include "gui/fieldissuesview.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CancelDialog;
}

namespace despacho::gui {

// First step of a cancel: the order (id, status, value, customer), who asks, and the reason,
// which is required (validateCancel). It does not authenticate: the caller asks a supervisor's
// PIN once this dialog is accepted, as the dialog tells the operator.
//
// objectNames: orderIdValue, statusValue, valueValue, customerValue, operatorValue, reasonEdit
// (QPlainTextEdit), reasonError, pinNoteLabel, summaryLabel, buttonBox (Ok reads "Continue",
// Cancel reads "Keep order").
class CancelDialog : public QDialog
{
    Q_OBJECT
public:
    CancelDialog(const Order &order, const QString &operatorName, QWidget *parent = nullptr);
    ~CancelDialog() override;

    QString reason() const; // trimmed
    FieldIssues issues() const { return validateCancel(reason(), m_order); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryAccept();
    void retranslateUi();

    std::unique_ptr<Ui::CancelDialog> m_ui;
    Order m_order;
    QString m_operator;
    FieldIssuesView m_issues;
};

} // namespace despacho::gui
