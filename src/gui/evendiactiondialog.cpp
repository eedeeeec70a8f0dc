#include "gui/evendiactiondialog.h"

#include "core/orderstatus.h"
#include "gui/formatting.h"
#include "gui/formdraft.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace despacho::gui {

QString evendiProdMarkerText()
{
    return EvendiActionDialog::tr("e-vendi PROD: real money");
}

QString evendiProdMarkerStyle()
{
    return u"QLabel { background: #b00020; color: white; font-weight: bold; padding: 3px 8px; "
           "border-radius: 3px; }"_s;
}

EvendiActionDialog::EvendiActionDialog(CommandKind kind, const Order &order, const QString &account,
                                       bool prod, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_order(order)
{
    setObjectName(u"evendiActionDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *title =
        new QLabel(tr("e-vendi order %1 (number %2) · account %3 · %4 · %5")
                       .arg(order.orderId, order.sequence, account,
                            orderStatusDisplayName(order.status), formatMoney(order.value)),
                   this);
    title->setObjectName(u"evendiOrderLabel"_s);
    title->setWordWrap(true);
    layout->addWidget(title);
    if (prod) {
        auto *marker = new QLabel(evendiProdMarkerText(), this);
        marker->setObjectName(u"evendiProdMarker"_s);
        marker->setStyleSheet(evendiProdMarkerStyle());
        layout->addWidget(marker);
    }
    auto *explanation = new QLabel(this);
    explanation->setObjectName(u"evendiExplanation"_s);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    switch (kind) {
    case CommandKind::Tracking:
        setWindowTitle(tr("Tracking code (e-vendi)"));
        explanation->setText(tr("e-vendi keeps one tracking code per order; sending one replaces "
                                "the one it had."));
        addLine(u"evendiCode"_s, tr("Tracking code:"), u"code"_s);
        break;
    case CommandKind::Invoice:
        setWindowTitle(tr("Fiscal note (e-vendi)"));
        explanation->setText(tr("The address where the customer finds the fiscal note (DANFE "
                                "or XML); e-vendi takes https:// addresses only."));
        addLine(u"evendiUrl"_s, tr("Fiscal note URL:"), u"url"_s);
        break;
    case CommandKind::Close:
        setWindowTitle(tr("Close order (e-vendi)"));
        explanation->setText(
            tr("Closing tells e-vendi that order %1 is finished: it leaves the open orders and "
               "can no longer be canceled, only refunded. Close it once it has shipped.")
                .arg(order.orderId));
        break;
    case CommandKind::Cancel:
        setWindowTitle(tr("Cancel order (e-vendi)"));
        explanation->setText(tr("e-vendi cancels only orders whose payment was refused. A "
                                "supervisor's PIN is asked next."));
        addLine(u"evendiReason"_s, tr("Reason:"), u"reason"_s);
        break;
    case CommandKind::Refund: {
        setWindowTitle(tr("Refund (e-vendi)"));
        const bool bank = evendiRefundNeedsBank(order);
        explanation->setText(
            bank ? tr("Order %1 was paid by boleto: e-vendi returns the money to the bank account "
                      "below. The account is sent once and then kept nowhere. A supervisor's PIN "
                      "is asked next.")
                       .arg(order.orderId)
                 : tr("e-vendi returns the money of order %1 to the payment it came from. A "
                      "supervisor's PIN is asked next.")
                       .arg(order.orderId));
        addLine(u"evendiReason"_s, tr("Reason:"), u"reason"_s);
        if (bank) {
            addLine(u"bankCode"_s, tr("Bank code:"), u"bank-code"_s);
            addLine(u"agency"_s, tr("Agency:"), u"agency"_s);
            addLine(u"dvAgency"_s, tr("Agency digit:"), u"dv-agency"_s);
            addLine(u"accountNumber"_s, tr("Account number:"), u"account-number"_s);
            addLine(u"dvAccount"_s, tr("Account digit:"), u"dv-account"_s);
            addLine(u"accountType"_s, tr("Account type:"), u"account-type"_s)
                ->setText(evendiAccountTypes().first());
            addLine(u"documentType"_s, tr("Document type (cpf/cnpj):"), u"document-type"_s)
                ->setText(u"cpf"_s);
            addLine(u"documentNumber"_s, tr("Holder's CPF/CNPJ:"), u"document-number"_s);
            addLine(u"holderName"_s, tr("Account holder:"), u"holder-name"_s);
            for (const QString &name :
                 {u"bankCode"_s, u"agency"_s, u"dvAgency"_s, u"accountNumber"_s, u"dvAccount"_s,
                  u"accountType"_s, u"documentType"_s, u"documentNumber"_s, u"holderName"_s})
                m_edits.value(name)->setProperty(kNoDraftProperty, true);
        }
        break;
    }
    default:
        break;
    }
    auto *orderError = new QLabel(this);
    orderError->setObjectName(u"orderError"_s);
    orderError->setWordWrap(true);
    layout->addWidget(orderError);
    m_issues.addField(u"order"_s, orderError);
    m_issues.addField(u"bank"_s, orderError);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"evendiSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_issues.setSummary(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    const bool supervised = kind == CommandKind::Cancel || kind == CommandKind::Refund;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(supervised                   ? tr("Continue")
                  : kind == CommandKind::Close ? tr("Close order")
                                               : tr("Send"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EvendiActionDialog::tryAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

QLineEdit *EvendiActionDialog::addLine(const QString &name, const QString &label,
                                       const QString &field)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    auto *error = new QLabel(this);
    error->setObjectName(name + u"Error"_s);
    error->setWordWrap(true);
    error->hide();
    auto *column = new QVBoxLayout;
    column->addWidget(edit);
    column->addWidget(error);
    m_form->addRow(label, column);
    m_issues.addField(field, error);
    m_edits.insert(name, edit);
    // The tracking code's check digit is said while it is typed.
    if (field == u"code"_s) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            FieldIssues live;
            for (const FieldIssue &i : issues()) {
                if (i.field == u"code"_s)
                    live << i;
            }
            m_issues.showLive(u"code"_s, live);
        });
    }
    return edit;
}

void EvendiActionDialog::setTrackingCode(const QString &code)
{
    if (QLineEdit *e = m_edits.value(u"evendiCode"_s))
        e->setText(code);
}

QString EvendiActionDialog::reason() const
{
    const QLineEdit *e = m_edits.value(u"evendiReason"_s);
    return e ? e->text().trimmed() : QString();
}

EvendiRefundForm EvendiActionDialog::refundForm() const
{
    auto text = [this](const QString &name) {
        const QLineEdit *e = m_edits.value(name);
        return e ? e->text() : QString();
    };
    return {reason(),
            text(u"bankCode"_s),
            text(u"agency"_s),
            text(u"dvAgency"_s),
            text(u"accountNumber"_s),
            text(u"dvAccount"_s),
            text(u"accountType"_s),
            text(u"documentType"_s),
            text(u"documentNumber"_s),
            text(u"holderName"_s)};
}

FieldIssues EvendiActionDialog::issues() const
{
    auto blocked = [](const QString &b) {
        return b.isEmpty() ? FieldIssues{} : FieldIssues{{u"order"_s, b}};
    };
    switch (m_kind) {
    case CommandKind::Tracking:
        return validateEvendiTracking(m_edits.value(u"evendiCode"_s)->text(), m_order);
    case CommandKind::Invoice:
        return validateEvendiFiscalNote(m_edits.value(u"evendiUrl"_s)->text(), m_order);
    case CommandKind::Close:
        return blocked(evendiCloseBlocker(m_order));
    case CommandKind::Cancel:
        return blocked(evendiCancelBlocker(m_order));
    case CommandKind::Refund:
        return validateEvendiRefund(refundForm(), m_order);
    default:
        break;
    }
    return {{u"order"_s,
             tr("%1 is not possible for e-vendi orders").arg(commandKindDisplayName(m_kind))}};
}

QJsonObject EvendiActionDialog::payload() const
{
    switch (m_kind) {
    case CommandKind::Tracking:
        return {{u"trackingCode"_s, m_edits.value(u"evendiCode"_s)->text().trimmed()}};
    case CommandKind::Invoice:
        return {{u"fiscalNoteUrl"_s, m_edits.value(u"evendiUrl"_s)->text().trimmed()}};
    case CommandKind::Cancel:
        return {{u"reason"_s, reason()}};
    case CommandKind::Refund:
        return evendiRefundPayload(refundForm());
    default:
        break;
    }
    return {};
}

void EvendiActionDialog::tryAccept()
{
    if (m_issues.accept(issues()))
        accept();
}

} // namespace despacho::gui
