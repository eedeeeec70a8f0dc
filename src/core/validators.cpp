#include "core/validators.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

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

namespace despacho {

QString invoiceNumberProblem(const QString &number)
{
    if (number.isEmpty())
        return QCoreApplication::translate("despacho::validators", "the invoice number is empty");
    if (number.size() > 50)
        return QCoreApplication::translate("despacho::validators",
                                           "the invoice number is longer than 50 characters");
    for (const QChar c : number) {
        const bool ascii = c.unicode() < 128;
        if (!(ascii && c.isLetterOrNumber())) {
            return QCoreApplication::translate("despacho::validators",
                                               "the invoice number may hold only letters and "
                                               "digits (found \"%1\")")
                .arg(c);
        }
    }
    return {};
}

int nfeCheckDigit(const QString &first43)
{
    if (first43.size() != 43 || digitsOnly(first43).size() != 43)
        return -1;
    int sum = 0;
    int weight = 2;
    for (int i = 42; i >= 0; --i) {
        sum += first43.at(i).digitValue() * weight;
        weight = weight == 9 ? 2 : weight + 1;
    }
    const int rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
}

QString nfeKeyProblem(const QString &key)
{
    const QString d = digitsOnly(key);
    QString stripped = key;
    stripped.remove(u' ');
    if (d.size() != stripped.size() || d.size() != 44)
        return QCoreApplication::translate("despacho::validators",
                                           "the NF-e access key must have exactly 44 digits "
                                           "(has %1)")
            .arg(d.size());
    const int expected = nfeCheckDigit(d.left(43));
    if (expected != d.at(43).digitValue())
        return QCoreApplication::translate("despacho::validators",
                                           "the NF-e access key's check digit is %1, expected %2")
            .arg(d.at(43))
            .arg(expected);
    return {};
}

QString formatNfeKey(const QString &key)
{
    const QString d = digitsOnly(key);
    QStringList groups;
    for (int i = 0; i < d.size(); i += 4)
        groups << d.mid(i, 4);
    return groups.join(u' ');
}

int s10CheckDigit(const QString &eight)
{
    if (eight.size() != 8 || digitsOnly(eight).size() != 8)
        return -1;
    static const int weights[] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += eight.at(i).digitValue() * weights[i];
    const int rest = sum % 11;
    if (rest == 0)
        return 5;
    if (rest == 1)
        return 0;
    return 11 - rest;
}

S10Check checkS10(const QString &input)
{
    static const QRegularExpression re(u"^[A-Z]{2}(\\d{8})(\\d)[A-Z]{2}$"_s);
    S10Check c;
    const auto m = re.match(input.trimmed().toUpper());
    if (!m.hasMatch())
        return c;
    c.wellFormed = true;
    c.expectedDigit = s10CheckDigit(m.captured(1));
    c.checkDigitOk = c.expectedDigit == m.captured(2).toInt();
    return c;
}

const QStringList &brazilianStates()
{
    static const QStringList states{u"AC"_s, u"AL"_s, u"AP"_s, u"AM"_s, u"BA"_s, u"CE"_s, u"DF"_s,
                                    u"ES"_s, u"GO"_s, u"MA"_s, u"MT"_s, u"MS"_s, u"MG"_s, u"PA"_s,
                                    u"PB"_s, u"PR"_s, u"PE"_s, u"PI"_s, u"RJ"_s, u"RN"_s, u"RS"_s,
                                    u"RO"_s, u"RR"_s, u"SC"_s, u"SP"_s, u"SE"_s, u"TO"_s};
    return states;
}

bool isBrazilianState(const QString &uf)
{
    return brazilianStates().contains(uf.trimmed().toUpper());
}

} // namespace despacho
