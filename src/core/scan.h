#pragma once

#include "core/actionforms.h"

#include <QDate>
#include <QString>

#include <optional>

namespace despacho {

// The parts of a 44-digit NF-e access key (the DANFE barcode), as the SEFAZ layout places them:
// cUF(2) AAMM(4) CNPJ(14) mod(2) serie(3) nNF(9) tpEmis(1) cNF(8) cDV(1).
struct NfeKeyParts
{
    QString key; // the 44 digits
    QString stateCode;
    int year = 0; // 2000 + AA
    int month = 0;
    QString issuerCnpj;
    QString model; // "55" NF-e, "65" NFC-e
    QString series;
    QString number; // nNF without its leading zeros: the invoice number
    bool checkDigitOk = false;
};
// Nothing unless the text holds exactly 44 digits (spaces ignored).
std::optional<NfeKeyParts> parseNfeKey(const QString &text);

// What a barcode scan is, read from its shape alone (an order id is looked up in the cache first,
// by the caller).
struct ScanReading
{
    enum class Kind
    {
        Empty,
        NfeKey,       // 44 digits: the DANFE barcode
        TrackingCode, // a carrier label
        Other
    };
    Kind kind = Kind::Empty;
    QString text; // trimmed; upper case for tracking codes
    NfeKeyParts nfe;
    QString courierGuess; // "Correios" for an S10 code; empty when the shape says nothing
};
ScanReading readScan(const QString &raw);

// What a DANFE key says that must agree with the order before it becomes an invoice (field
// "key"): a valid issuer CNPJ and a month neither in the future nor before the order was placed
// (errors), model 55 (a warning otherwise). The check digit is validateInvoice's business.
FieldIssues nfeKeyIssues(const NfeKeyParts &key, const Order &order, const QDate &today);

} // namespace despacho
