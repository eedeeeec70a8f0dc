#pragma once

#include "storage/accountstore.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace despacho::sync {
class AppServices;
class OperatorService;
} // namespace despacho::sync

namespace despacho::gui {

class MessageBar;

// An e-vendi account: its name in Despacho, organizationExternalId, env (dev | prod), an optional
// base URL (tests, the sandbox), the requests per minute Despacho allows itself, and the
// integration token, which goes only to the keychain (empty while editing keeps the stored one).
// Adding an account on prod, or switching one to prod, first says what prod means (every
// transaction there is real money) and asks for a supervisor's PIN at that moment; nothing is
// saved otherwise. The same rules as `despacho-cli account add-evendi`.
//
// objectNames: evendiNameEdit, organizationEdit, envCombo, baseUrlEdit, rateSpin, tokenEdit, each
// with an <name>Error label; prodWarning, evendiAccountMessageBar, saveButton.
class EvendiAccountDialog : public QDialog
{
    Q_OBJECT
public:
    // `editing`: the name of the e-vendi account to edit; empty for a new one.
    EvendiAccountDialog(sync::AppServices *services, sync::OperatorService *operators,
                        const QString &editing, QWidget *parent = nullptr);

    bool validate();
    void save();

Q_SIGNALS:
    void saved(const QString &name);
    void saveFinished(bool ok);

private:
    QLineEdit *addLine(const QString &name, const QString &label);
    QLabel *errorFor(QWidget *field) const;
    storage::AccountRecord recordFromForm() const;
    bool switchesToProd() const;
    void confirmProdThenWrite(const storage::AccountRecord &record, const QString &token);
    void write(const storage::AccountRecord &record, const QString &token);
    void fail(QWidget *field, const QString &message);

    sync::AppServices *m_services;
    sync::OperatorService *m_operators;
    QString m_editing;
    std::optional<storage::AccountRecord> m_existing;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organization = nullptr;
    QComboBox *m_env = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QSpinBox *m_rate = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_prodWarning = nullptr;
    MessageBar *m_messages = nullptr;
    bool m_ok = true;
};

} // namespace despacho::gui
