#pragma once

// The e-vendi action forms (GUI dialogs and despacho-cli alike): what each needs, why it is not
// possible on an order now, and the payload the outbox keeps (evendichanneladapter.h).
#include "core/actionforms.h"

namespace despacho {

// Why the action is not possible on this e-vendi order now (empty when it is). An order of
// another channel is refused by every one of them.
QString evendiTrackingBlocker(const Order &order);   // not refunded
QString evendiFiscalNoteBlocker(const Order &order); // not refunded
QString evendiCloseBlocker(const Order &order);      // open
QString evendiCancelBlocker(const Order &order);     // payment refused
QString evendiRefundBlocker(const Order &order);     // open or closed

// Whether e-vendi needs a bank account to refund this order (paid by boleto).
bool evendiRefundNeedsBank(const Order &order);

// The tracking code: present, one word; a Correios-looking code (two letters, digits, "BR")
// whose S10 check digit is wrong is a warning naming the code.
FieldIssues validateEvendiTracking(const QString &code, const Order &order);
// The fiscal note's address: https only, with a host.
FieldIssues validateEvendiFiscalNote(const QString &url, const Order &order);

struct EvendiRefundForm
{
    QString reason;
    // e-vendi's bank fields (reverse-order's "bank"), needed for a boleto payment.
    QString bankCode, agency, dvAgency, accountNumber, dvAccount, accountType, documentType,
        documentNumber, holderName;
    bool hasBank() const;
};
// e-vendi's account types for a refund.
QStringList evendiAccountTypes();
FieldIssues validateEvendiRefund(const EvendiRefundForm &form, const Order &order);
// {"reason", "withBank", "transient": {"bank": {…}}}: the outbox drops "transient" once sent.
QJsonObject evendiRefundPayload(const EvendiRefundForm &form);

} // namespace despacho
