#include "gui/evendiaccountdialog.h"

#include "api/urlpolicy.h"
#include "gui/evendiactiondialog.h"
#include "gui/formatting.h"
#include "gui/messagebar.h"
#include "gui/supervisorprompt.h"
#include "sync/accountconfig.h"
#include "sync/appservices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace despacho::gui {

EvendiAccountDialog::EvendiAccountDialog(sync::AppServices *services,
                                         sync::OperatorService *operators, const QString &editing,
                                         QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_operators(operators)
    , m_editing(editing)
{
    setObjectName(u"evendiAccountDialog"_s);
    setWindowTitle(editing.isEmpty() ? tr("New e-vendi account")
                                     : tr("e-vendi account %1").arg(editing));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    m_messages->setObjectName(u"evendiAccountMessageBar"_s);
    layout->addWidget(m_messages);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_name = addLine(u"evendiNameEdit"_s, tr("Name:"));
    m_organization = addLine(u"organizationEdit"_s, tr("Organization id:"));
    m_organization->setPlaceholderText(tr("organizationExternalId, as e-vendi gave it"));
    m_env = new QComboBox(this);
    m_env->setObjectName(u"envCombo"_s);
    m_env->addItem(tr("dev (tests, no real money)"), u"dev"_s);
    m_env->addItem(tr("prod (real money)"), u"prod"_s);
    m_form->addRow(tr("Environment:"), m_env);
    m_prodWarning = new QLabel(evendiProdMarkerText(), this);
    m_prodWarning->setObjectName(u"prodWarning"_s);
    m_prodWarning->setStyleSheet(evendiProdMarkerStyle());
    m_form->addRow(QString(), m_prodWarning);
    m_baseUrl = addLine(u"baseUrlEdit"_s, tr("Base URL (optional):"));
    m_baseUrl->setPlaceholderText(u"https://e-vendi.com.br/api/"_s);
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(u"rateSpin"_s);
    m_rate->setRange(1, 6000);
    m_rate->setValue(sync::defaultEvendiRatePerMinute());
    m_rate->setSuffix(tr(" requests per minute"));
    m_form->addRow(tr("Rate limit:"), m_rate);
    m_token = addLine(u"tokenEdit"_s, tr("Integration token:"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(editing.isEmpty() ? tr("Stored only in the system keychain")
                                                  : tr("Leave empty to keep the stored token"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &EvendiAccountDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_env, &QComboBox::currentIndexChanged, this,
            [this] { m_prodWarning->setVisible(m_env->currentData() == u"prod"_s); });

    if (!editing.isEmpty()) {
        QString readError;
        m_existing = m_services->accounts()->find(editing, &readError);
        if (!readError.isEmpty())
            m_messages->showMessage(storageErrorText(readError));
        if (m_existing) {
            m_name->setText(m_existing->name);
            m_name->setReadOnly(true); // the name keys the token in the keychain
            m_organization->setText(
                m_existing->settings.value("organizationExternalId"_L1).toString());
            m_env->setCurrentIndex(
                m_env->findData(m_existing->settings.value("env"_L1).toString()));
            m_baseUrl->setText(m_existing->baseUrl.toString());
            if (const int rate = m_existing->settings.value("ratePerMinute"_L1).toInt(); rate > 0)
                m_rate->setValue(rate);
        }
    }
    m_prodWarning->setVisible(m_env->currentData() == u"prod"_s);
    setMinimumWidth(520);
}

QLineEdit *EvendiAccountDialog::addLine(const QString &name, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    auto *error = new QLabel(this);
    error->setObjectName(name + u"Error"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #b00020;"_s);
    error->hide();
    auto *column = new QVBoxLayout;
    column->addWidget(edit);
    column->addWidget(error);
    m_form->addRow(label, column);
    return edit;
}

QLabel *EvendiAccountDialog::errorFor(QWidget *field) const
{
    return findChild<QLabel *>(field->objectName() + u"Error"_s);
}

void EvendiAccountDialog::fail(QWidget *field, const QString &message)
{
    if (QLabel *label = errorFor(field)) {
        label->setText(message);
        label->show();
    }
    m_ok = false;
}

storage::AccountRecord EvendiAccountDialog::recordFromForm() const
{
    storage::AccountRecord r = m_existing.value_or(storage::AccountRecord{});
    r.name = m_name->text().trimmed();
    r.kind = channelToString(Channel::Evendi);
    r.account.clear();
    r.appKey.clear();
    r.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    r.settings.insert(u"organizationExternalId"_s, m_organization->text().trimmed());
    r.settings.insert(u"env"_s, m_env->currentData().toString());
    r.settings.insert(u"ratePerMinute"_s, m_rate->value());
    return r;
}

bool EvendiAccountDialog::validate()
{
    m_ok = true;
    for (QLineEdit *e : {m_name, m_organization, m_baseUrl, m_token})
        errorFor(e)->hide();
    const storage::AccountRecord r = recordFromForm();
    static const QRegularExpression name(u"^[A-Za-z0-9._-]{1,64}$"_s);
    QString readError;
    if (!name.match(r.name).hasMatch())
        fail(m_name, tr("Use 1 to 64 letters, digits, '.', '_' or '-'."));
    else if (m_editing.isEmpty() && m_services->accounts()->find(r.name, &readError))
        fail(m_name, tr("An account named \"%1\" already exists.").arg(r.name));
    else if (!readError.isEmpty())
        fail(m_name, storageErrorText(readError));
    if (m_organization->text().trimmed().isEmpty())
        fail(m_organization, tr("Enter the organization id e-vendi gave you."));
    const QString base = m_baseUrl->text().trimmed();
    if (!base.isEmpty()) {
        const QUrl url = r.baseUrl;
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http"))
            fail(m_baseUrl, tr("Enter a full address such as https://e-vendi.com.br/api/."));
        else if (url.scheme() == u"http" && !api::isLoopbackHost(url.host()))
            fail(m_baseUrl, tr("Use https; plain http is accepted only for this computer "
                               "(127.0.0.1 or localhost)."));
    }
    const QString token = m_token->text();
    if (m_editing.isEmpty() && token.isEmpty())
        fail(m_token, tr("Enter the integration token."));
    else if (!token.isEmpty() && token.trimmed() != token)
        fail(m_token, tr("The token must not start or end with spaces."));
    return m_ok;
}

bool EvendiAccountDialog::switchesToProd() const
{
    const bool wasProd = m_existing && m_existing->settings.value("env"_L1).toString() == u"prod"_s;
    return m_env->currentData() == u"prod"_s && !wasProd;
}

void EvendiAccountDialog::save()
{
    m_messages->clearMessage();
    if (!validate()) {
        Q_EMIT saveFinished(false);
        return;
    }
    const storage::AccountRecord record = recordFromForm();
    if (switchesToProd())
        confirmProdThenWrite(record, m_token->text());
    else
        write(record, m_token->text());
}

void EvendiAccountDialog::confirmProdThenWrite(const storage::AccountRecord &record,
                                               const QString &token)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("e-vendi prod"),
        tr("Account %1 will work on e-vendi's prod: there every transaction is real money. "
           "Closing, canceling and refunding orders charge and pay back customers for real. A "
           "supervisor's PIN is asked next.")
            .arg(record.name),
        QMessageBox::Cancel, this);
    box->setObjectName(u"prodConfirmation"_s);
    QPushButton *yes = box->addButton(tr("Use prod"), QMessageBox::AcceptRole);
    yes->setObjectName(u"useProdButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, yes, record, token](auto *b) {
        if (b != yes) {
            m_messages->showMessage(tr("Nothing was saved."), MessageBar::Level::Information);
            Q_EMIT saveFinished(false);
            return;
        }
        auto *prompt = new SupervisorPrompt(
            m_operators, u"e-vendi prod account %1"_s.arg(record.name),
            tr("Putting account %1 on e-vendi's prod (real money) needs a supervisor's PIN now.")
                .arg(record.name),
            this);
        prompt->setObjectName(u"supervisorPrompt"_s);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        connect(prompt, &QDialog::accepted, this, [this, record, token] { write(record, token); });
        connect(prompt, &QDialog::rejected, this, [this] {
            m_messages->showMessage(tr("Nothing was saved."), MessageBar::Level::Information);
            Q_EMIT saveFinished(false);
        });
        prompt->open();
        Q_UNUSED(box);
    });
    box->open();
}

void EvendiAccountDialog::write(const storage::AccountRecord &record, const QString &token)
{
    const auto done = [this, record](const QString &error, int) {
        if (!error.isEmpty()) {
            m_messages->showMessage(error);
            Q_EMIT saveFinished(false);
            return;
        }
        m_token->clear();
        m_existing = record;
        m_editing = record.name;
        m_name->setReadOnly(true);
        m_messages->showMessage(tr("Account %1 saved.").arg(record.name),
                                MessageBar::Level::Information);
        Q_EMIT saved(record.name);
        Q_EMIT saveFinished(true);
    };
    if (!token.isEmpty()) {
        m_services->saveAccount(record, token, this, done);
        return;
    }
    // Editing without a new token: the stored one stays in the keychain.
    QString error;
    if (!m_services->saveAccountSettings(record, &error))
        done(error, 0);
    else
        done({}, 0);
}

} // namespace despacho::gui
