#include "gui/transactionpanel.h"

#include "gui/formatting.h"
#include "gui/messagebar.h"
#include "sync/appservices.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
// Field order in the form; names double as the value labels' objectNames.
constexpr const char16_t *kFields[] = {u"transactionId",         u"transactionStatus",
                                       u"transactionValue",      u"transactionStarted",
                                       u"transactionAuthorized", u"transactionSettled",
                                       u"transactionCanceled",   u"transactionSoftDescriptor"};
constexpr int kFieldCount = int(std::size(kFields));
} // namespace

TransactionPanel::TransactionPanel(QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(this))
    , m_messages(new MessageBar(this))
    , m_scroll(new QScrollArea(this))
    , m_group(new QGroupBox)
    , m_form(new QFormLayout(m_group))
{
    m_button->setObjectName(u"loadTransactionButton"_s);
    m_button->setEnabled(false);
    m_messages->setObjectName(u"paymentMessageBar"_s);
    m_group->setObjectName(u"transactionDetails"_s);
    for (int i = 0; i < kFieldCount; ++i) {
        auto *caption = new QLabel(m_group);
        auto *value = new QLabel(m_group);
        value->setObjectName(QString::fromUtf16(kFields[i]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_form->addRow(caption, value);
        m_captions.append(caption);
        m_values.append(value);
    }
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_button);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    layout->addLayout(buttonRow);
    // The details scroll rather than squeeze their rows into the tab's height (the detail pane
    // is often a third of the window).
    m_scroll->setWidget(m_group);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->hide();
    layout->addWidget(m_scroll, 1);
    connect(m_button, &QPushButton::clicked, this, &TransactionPanel::load);
    retranslateUi();
}

void TransactionPanel::setTransaction(const QString &account, const QString &transactionId)
{
    if (account == m_account && transactionId == m_transactionId)
        return;
    ++m_generation;
    m_account = account;
    m_transactionId = transactionId;
    m_transaction.reset();
    m_messages->clearMessage();
    m_scroll->hide();
    setLoading(false);
}

void TransactionPanel::load()
{
    if (!m_services || m_transactionId.isEmpty() || m_loading)
        return;
    setLoading(true);
    m_messages->clearMessage();
    const quint64 generation = ++m_generation;
    m_services->fetchTransaction(
        m_account, m_transactionId, this,
        [this, generation](const sync::PaymentTransaction &transaction, const QString &error) {
            if (generation != m_generation)
                return; // another order is shown now
            if (!error.isEmpty()) {
                showError(error);
                return;
            }
            showTransaction(transaction);
        });
}

void TransactionPanel::showTransaction(const sync::PaymentTransaction &transaction)
{
    setLoading(false);
    m_transaction = transaction;
    fillValues();
    m_scroll->show();
    Q_EMIT loaded(transaction);
}

void TransactionPanel::fillValues()
{
    if (!m_transaction)
        return;
    const sync::PaymentTransaction &t = *m_transaction;
    const auto date = [](const QDateTime &when) {
        return when.isValid() ? formatDateTime(when) : QString();
    };
    const QStringList values = {
        t.id,
        t.status,
        formatMoney(t.value),
        date(t.started),
        date(t.authorized),
        date(t.settled),
        date(t.canceled),
        t.statementName,
    };
    for (int i = 0; i < kFieldCount; ++i)
        m_values.at(i)->setText(values.at(i).isEmpty() ? QStringLiteral("—") : values.at(i));
}

void TransactionPanel::showError(const QString &text)
{
    setLoading(false);
    m_messages->showMessage(text, MessageBar::Level::Error);
}

void TransactionPanel::setLoading(bool loading)
{
    m_loading = loading;
    m_button->setEnabled(!loading && !m_transactionId.isEmpty());
    m_button->setText(loading ? tr("Loading transaction…") : tr("Load transaction details"));
}

void TransactionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TransactionPanel::retranslateUi()
{
    m_group->setTitle(tr("Payments gateway transaction"));
    const QStringList captions = {tr("Transaction:"), tr("Status:"),        tr("Value:"),
                                  tr("Started:"),     tr("Authorized:"),    tr("Settled:"),
                                  tr("Canceled:"),    tr("Statement name:")};
    for (int i = 0; i < kFieldCount; ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_button->setText(m_loading ? tr("Loading transaction…") : tr("Load transaction details"));
    m_button->setToolTip(
        tr("Ask the store's payments gateway for this transaction's current state"));
    fillValues();
}

} // namespace despacho::gui
