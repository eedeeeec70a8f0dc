#pragma once

#include "sync/operatorservice.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace despacho::gui {

// Who works at this station: an operator's name and PIN, checked by OperatorService (refusals,
// wrong PINs and locks are audited there). A refusal is shown in the dialog, the PIN is cleared
// and the dialog stays open. With no operator yet (first run) the same dialog creates the first
// supervisor (name, PIN, confirmation) and logs in as them.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(sync::OperatorService *ops, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // The operator who logged in; empty name until the dialog is accepted.
    sync::OperatorService::Identity identity() const { return m_identity; }
    bool isFirstRun() const { return m_firstRun; }

    // A line under the title, e.g. demoHint() in demo mode; empty hides it.
    void setHint(const QString &hint);
    static QString demoHint();
    // Quick user switch: pre-selects this operator and puts the cursor in the PIN field.
    void setCurrentOperator(const QString &name);

    // At start-up, closing the login quits Despacho: Escape (or Cancel) then asks first, in a box
    // (objectName "quitConfirm") whose "Back to login" keeps the dialog open.
    void setConfirmQuit(bool confirm) { m_confirmQuit = confirm; }

public Q_SLOTS:
    // Checks the name and PIN (or creates the first supervisor); closes only on success.
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadOperators();
    bool m_confirmQuit = false;
    void logIn();
    void createFirstSupervisor();
    void refuse(const QString &message);
    void retranslateUi();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    sync::OperatorService *m_ops;
    sync::OperatorService::Identity m_identity;
    QString m_hint;
    bool m_firstRun = false;
};

} // namespace despacho::gui
