#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

#include <initializer_list>
#include <span>

namespace despacho::sandbox {

// Seeded random source. QRandomGenerator with an explicit seed is documented to give the same
// sequence on every platform, which std:: distributions do not promise.
class Rng
{
public:
    Rng(quint32 seed, quint32 stream, quint32 salt = 0);

    int bounded(int lowest, int highestExclusive)
    {
        return m_gen.bounded(lowest, highestExclusive);
    }
    int bounded(int highestExclusive) { return m_gen.bounded(highestExclusive); }
    double real() { return m_gen.generateDouble(); }
    bool chance(double probability) { return real() < probability; }
    quint32 next() { return m_gen.generate(); }
    QString hex(int length, bool upper = true);
    QString digits(int length);
    template <typename T> const T &pick(std::initializer_list<T> list)
    {
        return *(list.begin() + bounded(int(list.size())));
    }
    template <typename T> const T &pickOne(std::span<const T> list)
    {
        return list[std::size_t(bounded(int(list.size())))];
    }

private:
    QRandomGenerator m_gen;
};

// "2026-11-20T12:00:00.1234567+00:00": VTEX's 7-digit fraction. The last four digits are derived
// from the time itself, so the text is stable for a given instant.
QString vtexDateTime(const QDateTime &dateTime);
// "2026-11-20T12:00:00.1234567Z" (feed items)
QString vtexDateTimeZ(const QDateTime &dateTime);
// "2026-11-20T12:00:00" (Payments Gateway)
QString gatewayDateTime(const QDateTime &dateTime);
QDateTime addBusinessDays(const QDateTime &from, int days);

QString statusDescription(const QString &status); // pt-BR, as VTEX shows it
bool isCancellableStatus(const QString &status);

// Check digits of Brazilian documents and codes.
QString cpfWithCheckDigits(const QString &nineDigits);
bool isValidCpf(const QString &text); // accepts punctuation
QString formatCpf(const QString &elevenDigits);
QString ean13WithCheckDigit(const QString &twelveDigits);
QString correiosS10(const QString &prefix, const QString &eightDigits); // "QB123456785BR"
QString nfeAccessKeyWithCheckDigit(const QString &fortyThreeDigits);
QString digitsOnly(const QString &text);

QString asciiFold(const QString &text); // "João Conceição" -> "Joao Conceicao"
QString slugify(const QString &text);   // "Tênis Corrida 42" -> "tenis-corrida-42"

} // namespace despacho::sandbox
