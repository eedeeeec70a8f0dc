#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

class QLocale;

namespace despacho {

// Money is integer cents end to end; doubles never hold a price.
class Money
{
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {}
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }

    // "R$ 1.234,56" in pt_BR, "R$1,234.56" in en.
    QString toDisplayString(const QLocale &locale) const;
    QString toDisplayString() const; // default locale
    // "1234.56": plain decimal, for JSON exports and logs.
    QString toDecimalString() const;

    // Parses what a person types: "1.234,56", "1234,5", "R$ 10", "10.50" (a single dot followed by
    // one or two digits is a decimal point). Returns nothing for anything ambiguous or not money.
    static std::optional<Money> parse(const QString &text);
    // A JSON number in reais (e-vendi's "value": 5.4) to cents, exactly: read as the shortest
    // decimal that gives back the same double ("5.4", never 5.39999...), so 5.4 is 540, never
    // 539; a third decimal rounds half away from zero. Nothing for NaN, infinity or more than
    // R$ 10^13.
    static std::optional<Money> fromReais(double reais);

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator*(qint64 n) const { return Money(m_cents * n); }
    constexpr Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    qint64 m_cents = 0;
};

} // namespace despacho
