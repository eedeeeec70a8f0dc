#include "core/scan.h"

#include "core/order.h"
#include "core/validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace despacho {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::Scan)
};
} // namespace

std::optional<NfeKeyParts> parseNfeKey(const QString &text)
{
    QString stripped = text;
    stripped.remove(u' ');
    const QString d = digitsOnly(stripped);
    if (d.size() != 44 || d.size() != stripped.size())
        return std::nullopt;
    NfeKeyParts p;
    p.key = d;
    p.stateCode = d.mid(0, 2);
    p.year = 2000 + d.mid(2, 2).toInt();
    p.month = d.mid(4, 2).toInt();
    p.issuerCnpj = d.mid(6, 14);
    p.model = d.mid(20, 2);
    p.series = QString::number(d.mid(22, 3).toInt());
    p.number = QString::number(d.mid(25, 9).toLongLong());
    p.checkDigitOk = nfeCheckDigit(d.left(43)) == d.at(43).digitValue();
    return p;
}

ScanReading readScan(const QString &raw)
{
    ScanReading r;
    r.text = raw.trimmed();
    if (r.text.isEmpty())
        return r;
    if (const auto key = parseNfeKey(r.text)) {
        r.kind = ScanReading::Kind::NfeKey;
        r.nfe = *key;
        r.text = key->key;
        return r;
    }
    const QString upper = r.text.toUpper();
    if (checkS10(upper).wellFormed) {
        r.kind = ScanReading::Kind::TrackingCode;
        r.text = upper;
        r.courierGuess = u"Correios"_s;
        return r;
    }
    // Carrier labels: letters and digits (a dash at most), with at least one digit, 8 to 40
    // long. Shorter runs of digits are more likely a sequence that is not cached.
    static const QRegularExpression label(u"^(?=.*\\d)[A-Z0-9][A-Z0-9-]{7,39}$"_s);
    if (label.match(upper).hasMatch()) {
        r.kind = ScanReading::Kind::TrackingCode;
        r.text = upper;
        return r;
    }
    r.kind = ScanReading::Kind::Other;
    return r;
}

FieldIssues nfeKeyIssues(const NfeKeyParts &key, const Order &order, const QDate &today)
{
    FieldIssues issues;
    const auto add = [&issues](const QString &message, bool warning = false) {
        issues.append({u"key"_s, message, warning});
    };
    if (!isValidCnpj(key.issuerCnpj))
        add(Tr::tr("the issuer CNPJ in the key, %1, is not a valid CNPJ").arg(key.issuerCnpj));
    if (key.model != u"55"_s)
        add(Tr::tr("the key is of model %1, not an NF-e (55)").arg(key.model), true);
    const auto monthYear = [](int month, int year) {
        return u"%1/%2"_s.arg(month, 2, 10, QLatin1Char('0')).arg(year);
    };
    const QDate keyMonth(key.year, key.month, 1);
    if (!keyMonth.isValid()) {
        add(Tr::tr("the key's month %1 is not a date").arg(monthYear(key.month, key.year)));
        return issues;
    }
    if (keyMonth > QDate(today.year(), today.month(), 1))
        add(Tr::tr("the key was issued in %1, a month still to come")
                .arg(monthYear(key.month, key.year)));
    const QDate placed = order.creationDate.toLocalTime().date();
    if (placed.isValid() && keyMonth < QDate(placed.year(), placed.month(), 1))
        add(Tr::tr("the key was issued in %1, before order %2 was placed (%3)")
                .arg(monthYear(key.month, key.year), order.orderId,
                     monthYear(placed.month(), placed.year())));
    return issues;
}

} // namespace despacho
