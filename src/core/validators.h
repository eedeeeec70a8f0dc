#pragma once

#include <QString>

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
