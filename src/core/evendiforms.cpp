#include "core/evendiforms.h"

#include "core/orderstatus.h"
#include "core/validators.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace despacho {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::EvendiForms)
};

// The common part: an e-vendi order whose status is one of `allowed`.
QString blocker(const Order &order, const QStringList &allowed, const QString &why)
{
    if (order.channel != Channel::Evendi)
        return Tr::tr("order %1 is not an e-vendi order").arg(order.orderId);
    if (!allowed.contains(order.status))
        return Tr::tr("order %1 is %2; %3")
            .arg(order.orderId, orderStatusDisplayName(order.status), why);
    return {};
}
} // namespace

QString evendiTrackingBlocker(const Order &order)
{
    return blocker(order, {u"OPEN"_s, u"CLOSED"_s, u"REFUSED"_s},
                   Tr::tr("a refunded order takes no tracking code"));
}

QString evendiFiscalNoteBlocker(const Order &order)
{
    return blocker(order, {u"OPEN"_s, u"CLOSED"_s, u"REFUSED"_s},
                   Tr::tr("a refunded order takes no fiscal note"));
}

QString evendiCloseBlocker(const Order &order)
{
    return blocker(order, {u"OPEN"_s}, Tr::tr("only an open order can be closed"));
}

QString evendiCancelBlocker(const Order &order)
{
    return blocker(order, {u"REFUSED"_s},
                   Tr::tr("e-vendi cancels only orders whose payment was refused"));
}

QString evendiRefundBlocker(const Order &order)
{
    return blocker(order, {u"OPEN"_s, u"CLOSED"_s},
                   Tr::tr("only an open or closed order can be refunded"));
}

bool evendiRefundNeedsBank(const Order &order)
{
    for (const Transaction &t : order.transactions) {
        for (const Payment &p : t.payments) {
            if (p.paymentSystemName.compare(u"boleto"_s, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

FieldIssues validateEvendiTracking(const QString &code, const Order &order)
{
    FieldIssues issues;
    if (const QString b = evendiTrackingBlocker(order); !b.isEmpty())
        issues.append({u"order"_s, b});
    const QString c = code.trimmed();
    if (c.isEmpty()) {
        issues.append({u"code"_s, Tr::tr("the tracking code is required")});
        return issues;
    }
    if (c.contains(QRegularExpression(u"\\s"_s)))
        issues.append({u"code"_s, Tr::tr("\"%1\" has spaces; a tracking code is one word").arg(c)});
    // Correios' S10: checked as for VTEX, named so that confirming one code confirms no other.
    static const QRegularExpression correiosLike(u"^[A-Za-z]{2}\\d+[Bb][Rr]$"_s);
    const S10Check s10 = checkS10(c);
    if (correiosLike.match(c).hasMatch() && !s10.wellFormed)
        issues.append(
            {u"code"_s,
             Tr::tr("%1 is not a Correios code (two letters, 9 digits, two letters)").arg(c),
             true});
    else if (s10.wellFormed && !s10.checkDigitOk)
        issues.append({u"code"_s,
                       Tr::tr("the Correios check digit of %1 should be %2; check the code")
                           .arg(c.toUpper())
                           .arg(s10.expectedDigit),
                       true});
    return issues;
}

FieldIssues validateEvendiFiscalNote(const QString &url, const Order &order)
{
    FieldIssues issues;
    if (const QString b = evendiFiscalNoteBlocker(order); !b.isEmpty())
        issues.append({u"order"_s, b});
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty())
        issues.append({u"url"_s, Tr::tr("the fiscal note's address is required")});
    else if (!u.isValid() || u.scheme() != u"https" || u.host().isEmpty())
        issues.append({u"url"_s, Tr::tr("\"%1\" is not an https:// address; e-vendi takes the "
                                        "fiscal note's address over https only")
                                     .arg(url.trimmed())});
    return issues;
}

bool EvendiRefundForm::hasBank() const
{
    const QString all = bankCode + agency + dvAgency + accountNumber + dvAccount + accountType +
                        documentType + documentNumber + holderName;
    return !all.trimmed().isEmpty();
}

QStringList evendiAccountTypes()
{
    return {u"conta_corrente"_s, u"conta_poupanca"_s, u"conta_corrente_conjunta"_s,
            u"conta_poupanca_conjunta"_s};
}

FieldIssues validateEvendiRefund(const EvendiRefundForm &form, const Order &order)
{
    FieldIssues issues;
    if (const QString b = evendiRefundBlocker(order); !b.isEmpty())
        issues.append({u"order"_s, b});
    if (form.reason.trimmed().isEmpty())
        issues.append({u"reason"_s, Tr::tr("a reason is required to refund")});
    const bool needsBank = evendiRefundNeedsBank(order);
    if (!needsBank && !form.hasBank())
        return issues;
    if (!needsBank)
        issues.append({u"bank"_s,
                       Tr::tr("order %1 was not paid by boleto: e-vendi refunds it to the card; "
                              "the bank account will not be used")
                           .arg(order.orderId),
                       true});
    static const QRegularExpression digits(u"^\\d+$"_s);
    auto required = [&](const QString &field, const QString &value, bool digitsOnly) {
        if (value.trimmed().isEmpty())
            issues.append(
                {field, Tr::tr("required to refund a boleto payment (e-vendi sends the money to "
                               "this bank account)")});
        else if (digitsOnly && !digits.match(value.trimmed()).hasMatch())
            issues.append({field, Tr::tr("\"%1\" must be digits only").arg(value.trimmed())});
    };
    required(u"bank-code"_s, form.bankCode, true);
    required(u"agency"_s, form.agency, true);
    required(u"account-number"_s, form.accountNumber, true);
    required(u"holder-name"_s, form.holderName, false);
    if (!evendiAccountTypes().contains(form.accountType.trimmed()))
        issues.append({u"account-type"_s,
                       Tr::tr("\"%1\" is not one of %2")
                           .arg(form.accountType.trimmed(), evendiAccountTypes().join(u", "_s))});
    const QString type = form.documentType.trimmed().toLower();
    const QString doc = digitsOnly(form.documentNumber);
    if (type != u"cpf" && type != u"cnpj")
        issues.append({u"document-type"_s,
                       Tr::tr("\"%1\" is neither cpf nor cnpj").arg(form.documentType.trimmed())});
    else if (type == u"cpf" ? !isValidCpf(doc) : !isValidCnpj(doc))
        issues.append(
            {u"document-number"_s, Tr::tr("%1 is not a valid %2 (check digits)")
                                       .arg(form.documentNumber.trimmed(), type.toUpper())});
    return issues;
}

QJsonObject evendiRefundPayload(const EvendiRefundForm &form)
{
    QJsonObject payload{{u"reason"_s, form.reason.trimmed()}, {u"withBank"_s, form.hasBank()}};
    if (form.hasBank()) {
        const QJsonObject bank{
            {u"code"_s, form.bankCode.trimmed()},
            {u"agency"_s, form.agency.trimmed()},
            {u"dvAgency"_s, form.dvAgency.trimmed()},
            {u"accountNumber"_s, form.accountNumber.trimmed()},
            {u"dvAccount"_s, form.dvAccount.trimmed()},
            {u"accountType"_s, form.accountType.trimmed()},
            {u"documentType"_s, form.documentType.trimmed().toLower()},
            {u"documentNumber"_s, digitsOnly(form.documentNumber)},
            {u"name"_s, form.holderName.trimmed()},
        };
        payload.insert(u"transient"_s, QJsonObject{{u"bank"_s, bank}});
    }
    return payload;
}

} // namespace despacho
