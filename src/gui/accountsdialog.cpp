#include "gui/accountsdialog.h"

#include "api/urlpolicy.h"
#include "gui/evendiaccountdialog.h"
#include "gui/formatting.h"
#include "gui/messagebar.h"
#include "security/secretstore.h"
#include "sync/appservices.h"
#include "ui_accountsdialog.h"

#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
QString secretProblem(const QString &message, int kind)
{
    if (kind == security::SecretError::NoSecretService)
        return AccountsDialog::tr("The system keychain is not available, so the app token cannot "
                                  "be stored. Start or unlock your desktop's keyring (GNOME "
                                  "Keyring or KWallet) and save again. Details: %1")
            .arg(message);
    if (kind == security::SecretError::AccessDenied)
        return AccountsDialog::tr("The system keychain refused access to the app token. Allow "
                                  "Despacho in the keyring prompt and save again. Details: %1")
            .arg(message);
    return message;
}
} // namespace

AccountsDialog::AccountsDialog(sync::AppServices *services, QWidget *parent,
                               sync::OperatorService *operators)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_services(services)
    , m_operators(operators)
{
    m_ui->setupUi(this);
    auto *addEvendi = new QPushButton(tr("Add e-vendi…"), this);
    addEvendi->setObjectName(u"addEvendiButton"_s);
    m_ui->listButtons->addWidget(addEvendi);
    connect(addEvendi, &QPushButton::clicked, this, [this] { openEvendi({}); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::newAccount);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_ui->accountList, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && !m_busy)
            editAccount(name);
    });
    reloadList();
    if (m_ui->accountList->count() == 0)
        newAccount();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_ui->accountList);
    m_ui->accountList->clear();
    QString readError;
    const auto records = m_services->accounts()->list(&readError);
    if (!readError.isEmpty())
        m_ui->dialogMessageBar->showMessage(storageErrorText(readError));
    for (const auto &record : records)
        m_ui->accountList->addItem(record.name);
    const auto found = m_ui->accountList->findItems(select, Qt::MatchExactly);
    if (!found.isEmpty())
        m_ui->accountList->setCurrentItem(found.first());
    m_ui->removeButton->setEnabled(m_ui->accountList->count() > 0);
}

void AccountsDialog::newAccount()
{
    m_editing.clear();
    m_ui->accountList->clearSelection();
    m_ui->nameEdit->clear();
    m_ui->nameEdit->setReadOnly(false);
    m_ui->accountEdit->clear();
    m_ui->environmentCombo->setCurrentText(u"vtexcommercestable"_s);
    m_ui->appKeyEdit->clear();
    m_ui->appTokenEdit->clear();
    m_ui->baseUrlEdit->clear();
    m_ui->paymentsUrlEdit->clear();
    clearFieldErrors();
    retranslateUi();
    m_ui->nameEdit->setFocus();
}

void AccountsDialog::editAccount(const QString &name)
{
    QString readError;
    const auto record = m_services->accounts()->find(name, &readError);
    if (!readError.isEmpty())
        m_ui->dialogMessageBar->showMessage(storageErrorText(readError));
    if (!record)
        return;
    if (record->channel() == Channel::Evendi) {
        newAccount(); // this form stays VTEX's
        openEvendi(name);
        return;
    }
    m_editing = name;
    m_pendingRemoval.clear();
    m_ui->nameEdit->setText(record->name);
    m_ui->nameEdit->setReadOnly(true); // the name keys the token in the keychain
    m_ui->accountEdit->setText(record->account);
    m_ui->environmentCombo->setCurrentText(record->environment);
    m_ui->appKeyEdit->setText(record->appKey);
    m_ui->appTokenEdit->clear();
    m_ui->baseUrlEdit->setText(record->baseUrl.toString());
    m_ui->paymentsUrlEdit->setText(record->paymentsUrl.toString());
    clearFieldErrors();
    retranslateUi();
}

storage::AccountRecord AccountsDialog::recordFromForm(QString *readError) const
{
    storage::AccountRecord record;
    if (!m_editing.isEmpty()) {
        if (const auto existing = m_services->accounts()->find(m_editing, readError))
            record = *existing; // keeps fields the form does not show (refresh interval)
    }
    record.name = m_ui->nameEdit->text().trimmed();
    record.account = m_ui->accountEdit->text().trimmed().toLower();
    record.environment = m_ui->environmentCombo->currentText().trimmed();
    record.appKey = m_ui->appKeyEdit->text().trimmed();
    record.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    record.paymentsUrl = QUrl(m_ui->paymentsUrlEdit->text().trimmed(), QUrl::StrictMode);
    return record;
}

bool AccountsDialog::validate()
{
    clearFieldErrors();
    const storage::AccountRecord r = recordFromForm();
    bool ok = true;
    const auto fail = [&ok, this](QLabel *label, const QString &text) {
        setFieldError(label, text);
        ok = false;
    };
    static const QRegularExpression accountName(u"^[a-z0-9][a-z0-9-]{1,62}$"_s);
    static const QRegularExpression environment(u"^[a-z0-9][a-z0-9.-]*$"_s);
    if (r.name.isEmpty())
        fail(m_ui->nameError, tr("Give the account a name."));
    else if (r.name.size() > 60)
        fail(m_ui->nameError, tr("Use at most 60 characters."));
    else if (QString readError;
             m_editing.isEmpty() && m_services->accounts()->find(r.name, &readError))
        fail(m_ui->nameError, tr("An account named \"%1\" already exists.").arg(r.name));
    else if (!readError.isEmpty())
        fail(m_ui->nameError, storageErrorText(readError));
    if (r.account.isEmpty())
        fail(m_ui->accountError, tr("Enter the VTEX account name."));
    else if (!accountName.match(r.account).hasMatch())
        fail(m_ui->accountError, tr("Use only lower-case letters, digits and hyphens, as in the "
                                    "store's VTEX address."));
    if (!environment.match(r.environment).hasMatch())
        fail(m_ui->environmentError, tr("Choose an environment such as vtexcommercestable."));
    if (r.appKey.isEmpty())
        fail(m_ui->appKeyError, tr("Enter the app key."));
    else if (r.appKey.contains(u' '))
        fail(m_ui->appKeyError, tr("The app key cannot contain spaces."));
    const QString token = m_ui->appTokenEdit->text();
    if (m_editing.isEmpty() && token.isEmpty())
        fail(m_ui->appTokenError, tr("Enter the app token."));
    else if (!token.isEmpty() && token.trimmed() != token)
        fail(m_ui->appTokenError, tr("The app token must not start or end with spaces."));
    const auto checkUrl = [&fail](QLabel *label, const QString &text, const QUrl &url) {
        if (text.isEmpty())
            return;
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            fail(label, tr("Enter a full address such as https://example.com."));
        else if (url.scheme() == u"http"_s && !api::isLoopbackHost(url.host()))
            fail(label, tr("Use https; plain http is accepted only for this computer "
                           "(127.0.0.1 or localhost)."));
    };
    checkUrl(m_ui->baseUrlError, m_ui->baseUrlEdit->text().trimmed(), r.baseUrl);
    checkUrl(m_ui->paymentsUrlError, m_ui->paymentsUrlEdit->text().trimmed(), r.paymentsUrl);
    return ok;
}

void AccountsDialog::save()
{
    if (m_busy)
        return;
    m_ui->dialogMessageBar->clearMessage();
    if (!validate()) {
        Q_EMIT saveFinished(false);
        return;
    }
    QString readError;
    const storage::AccountRecord record = recordFromForm(&readError);
    if (!readError.isEmpty()) {
        // Saving now would reset what the form does not show (the refresh interval).
        m_ui->dialogMessageBar->showMessage(storageErrorText(readError));
        Q_EMIT saveFinished(false);
        return;
    }
    const QString token = m_ui->appTokenEdit->text();
    setBusy(true);
    if (!token.isEmpty()) {
        writeAccount(record, token);
        return;
    }
    // Editing without a new token: keep the stored one (saveVtexAccount also renews the clients).
    m_services->secrets()->read(
        security::SecretStore::vtexAppTokenKey(record.name), this,
        [this, record](const QString &stored, const security::SecretError &error) {
            if (!error.isNone()) {
                setBusy(false);
                if (error.kind == security::SecretError::NotFound)
                    setFieldError(m_ui->appTokenError,
                                  tr("No token is stored for this account; enter it again."));
                else
                    m_ui->dialogMessageBar->showMessage(secretProblem(error.message, error.kind));
                Q_EMIT saveFinished(false);
                return;
            }
            writeAccount(record, stored);
        });
}

void AccountsDialog::writeAccount(const storage::AccountRecord &record, const QString &token)
{
    m_services->saveVtexAccount(
        record, token, this, [this, record](const QString &error, int secretErrorKind) {
            setBusy(false);
            if (!error.isEmpty()) {
                m_ui->dialogMessageBar->showMessage(secretProblem(error, secretErrorKind));
                Q_EMIT saveFinished(false);
                return;
            }
            m_ui->appTokenEdit->clear();
            reloadList(record.name);
            editAccount(record.name);
            m_ui->dialogMessageBar->showMessage(tr("Account %1 saved.").arg(record.name),
                                                MessageBar::Level::Information);
            Q_EMIT accountsChanged();
            Q_EMIT saveFinished(true);
        });
}

void AccountsDialog::openEvendi(const QString &name)
{
    auto *dialog = new EvendiAccountDialog(m_services, m_operators, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EvendiAccountDialog::saved, this, [this](const QString &saved) {
        reloadList();
        m_ui->dialogMessageBar->showMessage(tr("Account %1 saved.").arg(saved),
                                            MessageBar::Level::Information);
        Q_EMIT accountsChanged();
    });
    dialog->open();
}

void AccountsDialog::removeSelected()
{
    const QListWidgetItem *item = m_ui->accountList->currentItem();
    if (!item || m_busy)
        return;
    const QString name = item->text();
    if (m_pendingRemoval != name) {
        // Two steps instead of a modal box: the first press explains, the second removes.
        m_pendingRemoval = name;
        m_ui->dialogMessageBar->showMessage(
            tr("Press Remove again to delete account %1 and its app token from the keychain. "
               "Cached orders stay until they are cleared.")
                .arg(name),
            MessageBar::Level::Warning);
        return;
    }
    m_pendingRemoval.clear();
    setBusy(true);
    m_services->removeAccount(name, this, [this, name](const QString &error, int kind) {
        setBusy(false);
        if (!error.isEmpty()) {
            m_ui->dialogMessageBar->showMessage(secretProblem(error, kind));
            return;
        }
        m_ui->dialogMessageBar->showMessage(tr("Account %1 removed.").arg(name),
                                            MessageBar::Level::Information);
        reloadList();
        newAccount();
        Q_EMIT accountsChanged();
    });
}

void AccountsDialog::setFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void AccountsDialog::clearFieldErrors()
{
    for (QLabel *label :
         {m_ui->nameError, m_ui->accountError, m_ui->environmentError, m_ui->appKeyError,
          m_ui->appTokenError, m_ui->baseUrlError, m_ui->paymentsUrlError})
        setFieldError(label, {});
}

void AccountsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->saveButton->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy && m_ui->accountList->count() > 0);
    m_ui->addButton->setEnabled(!busy);
}

void AccountsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AccountsDialog::retranslateUi()
{
    m_ui->formGroup->setTitle(m_editing.isEmpty() ? tr("New VTEX account")
                                                  : tr("VTEX account %1").arg(m_editing));
    m_ui->appTokenEdit->setPlaceholderText(m_editing.isEmpty()
                                               ? tr("Stored only in the system keychain")
                                               : tr("Leave empty to keep the stored token"));
}

} // namespace despacho::gui
