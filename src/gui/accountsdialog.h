#pragma once

#include "storage/accountstore.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class AccountsDialog;
}
namespace despacho::sync {
class AppServices;
class OperatorService;
} // namespace despacho::sync

namespace despacho::gui {

// The configured accounts: list, add, edit, remove. VTEX stores are edited here; an e-vendi
// account (Add e-vendi…, or picking one in the list) opens EvendiAccountDialog. The app token goes
// only to the secret store (AppServices::saveVtexAccount) and is never shown back; an empty token
// field while editing keeps the stored one. Invalid fields are named under the field; a secret
// store failure is shown in words in the dialog's message bar.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    // `operators` asks a supervisor's PIN for an e-vendi account on prod (EvendiAccountDialog).
    explicit AccountsDialog(sync::AppServices *services, QWidget *parent = nullptr,
                            sync::OperatorService *operators = nullptr);
    ~AccountsDialog() override;

    // Validates the form; true when every field is acceptable (messages shown otherwise).
    bool validate();
    void save();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void accountsChanged();
    void saveFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadList(const QString &select = {});
    void newAccount();
    void editAccount(const QString &name);
    void removeSelected();
    void openEvendi(const QString &name); // an e-vendi account has its own editor
    storage::AccountRecord recordFromForm(QString *readError = nullptr) const;
    void writeAccount(const storage::AccountRecord &record, const QString &token);
    void setFieldError(QLabel *label, const QString &text);
    void clearFieldErrors();
    void setBusy(bool busy);
    void retranslateUi();

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    sync::AppServices *m_services;
    sync::OperatorService *m_operators = nullptr;
    QString m_editing; // name of the account being edited; empty: a new one
    QString m_pendingRemoval;
    bool m_busy = false;
};

} // namespace despacho::gui
