#pragma once

#include <QString>
#include <QStringList>

namespace despacho {

QString digitsOnly(const QString &text);

// CPF (11 digits) and CNPJ (14 digits) with their mod-11 check digits; punctuation is ignored.
bool isValidCpf(const QString &text);
bool isValidCnpj(const QString &text);
// "123.456.789-09" from "12345678909" (returns the input unchanged when it is not 11 digits).
QString formatCpf(const QString &text);

} // namespace despacho

namespace despacho {
// Lower-case, accents removed, whitespace collapsed: the form both the search index and the
// search box use, so "JOSÉ" finds "José".
QString foldForSearch(const QString &text);
} // namespace despacho

namespace despacho {
// VTEX invoice numbers: letters and digits only (spaces, '/', '#' and other symbols break later
// VTEX calls on the invoice). Returns an empty string when valid, else the reason.
QString invoiceNumberProblem(const QString &number);

// NF-e access key: 44 digits whose last is a mod-11 check digit over the first 43.
int nfeCheckDigit(const QString &first43Digits); // -1 when not 43 digits
QString nfeKeyProblem(const QString &key);       // empty when valid
QString formatNfeKey(const QString &key);        // groups of four digits

// Correios S10 tracking code (e.g. "AA123456785BR"): two letters, 8 digits, a mod-11 check digit,
// two letters. The check digit is computed with weights 8 6 4 2 3 5 9 7.
int s10CheckDigit(const QString &eightDigits); // -1 when not 8 digits
struct S10Check
{
    bool wellFormed = false; // pattern LL########LL
    bool checkDigitOk = false;
    int expectedDigit = -1;
};
S10Check checkS10(const QString &code);

// The 27 Brazilian federative units.
const QStringList &brazilianStates();
bool isBrazilianState(const QString &uf);
} // namespace despacho
