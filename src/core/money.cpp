#include "core/money.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace despacho {

QString Money::toDisplayString(const QLocale &locale) const
{
    const qint64 absCents = m_cents < 0 ? -m_cents : m_cents;
    const QString units = locale.toString(absCents / 100);
    const QString cents = u"%1"_s.arg(absCents % 100, 2, 10, QLatin1Char('0'));
    const QString number = units + locale.decimalPoint() + cents;
    const QString sign = m_cents < 0 ? u"-"_s : QString();
    if (locale.language() == QLocale::Portuguese)
        return sign + u"R$\u00a0"_s + number;
    return sign + u"R$"_s + number;
}

QString Money::toDisplayString() const
{
    return toDisplayString(QLocale());
}

QString Money::toDecimalString() const
{
    const qint64 absCents = m_cents < 0 ? -m_cents : m_cents;
    return (m_cents < 0 ? u"-"_s : QString()) + QString::number(absCents / 100) + u'.' +
           u"%1"_s.arg(absCents % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::fromReais(double reais)
{
    if (!std::isfinite(reais) || std::abs(reais) > 1e13)
        return std::nullopt;
    // The shortest decimal text that reads back as the same double: what the sender wrote.
    const QString text = QString::number(std::abs(reais), 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    bool ok = false;
    qint64 cents = whole.toLongLong(&ok) * 100;
    if (!ok)
        return std::nullopt;
    const QString two = QString(fraction + u"00"_s).left(2);
    cents += two.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (fraction.size() > 2 && fraction.at(2) >= u'5')
        ++cents; // half away from zero, on the decimal digits themselves
    return Money(reais < 0 ? -cents : cents);
}

std::optional<Money> Money::parse(const QString &input)
{
    QString text = input.trimmed();
    text.remove(u"R$"_s);
    text.remove(QChar(0x00a0));
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty())
        return std::nullopt;

    QString units;
    QString fraction;
    static const QRegularExpression brazilian(u"^(\\d{1,3}(?:\\.\\d{3})*|\\d+)(?:,(\\d{1,2}))?$"_s);
    static const QRegularExpression dotted(u"^(\\d+)\\.(\\d{1,2})$"_s);
    if (const auto m = brazilian.match(text); m.hasMatch()) {
        units = m.captured(1).remove(u'.');
        fraction = m.captured(2);
    } else if (const auto d = dotted.match(text); d.hasMatch()) {
        units = d.captured(1);
        fraction = d.captured(2);
    } else {
        return std::nullopt;
    }
    if (units.size() > 15)
        return std::nullopt;
    while (fraction.size() < 2)
        fraction.append(u'0');
    const qint64 cents = units.toLongLong() * 100 + fraction.toLongLong();
    return Money(negative ? -cents : cents);
}

} // namespace despacho
