#include "core/validators.h"

using namespace Qt::StringLiterals;

namespace despacho {

QString digitsOnly(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
    }
    return out;
}

namespace {
int mod11Digit(const QString &digits, int count, int firstWeight, int wrapAt)
{
    int sum = 0;
    int weight = firstWeight;
    for (int i = 0; i < count; ++i) {
        sum += digits.at(i).digitValue() * weight;
        weight = weight == 2 ? wrapAt : weight - 1;
    }
    const int rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
}

bool allSame(const QString &d)
{
    return d.count(d.at(0)) == d.size();
}
} // namespace

bool isValidCpf(const QString &text)
{
    const QString d = digitsOnly(text);
    if (d.size() != 11 || allSame(d))
        return false;
    return mod11Digit(d, 9, 10, 0) == d.at(9).digitValue() &&
           mod11Digit(d, 10, 11, 0) == d.at(10).digitValue();
}

bool isValidCnpj(const QString &text)
{
    const QString d = digitsOnly(text);
    if (d.size() != 14 || allSame(d))
        return false;
    return mod11Digit(d, 12, 5, 9) == d.at(12).digitValue() &&
           mod11Digit(d, 13, 6, 9) == d.at(13).digitValue();
}

QString formatCpf(const QString &text)
{
    const QString d = digitsOnly(text);
    if (d.size() != 11)
        return text;
    return d.left(3) + u'.' + d.mid(3, 3) + u'.' + d.mid(6, 3) + u'-' + d.right(2);
}

} // namespace despacho

namespace despacho {
QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toLower());
    }
    return out.simplified();
}
} // namespace despacho
