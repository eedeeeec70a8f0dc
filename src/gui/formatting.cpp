#include "gui/formatting.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace despacho::gui {

// Direct translate() calls (not a local tr() helper) so that lupdate sees the plural forms.
namespace {
QString days(int n)
{
    return QCoreApplication::translate("despacho::gui::Formatting", "%n day(s)", nullptr, n);
}
QString hours(int n)
{
    return QCoreApplication::translate("despacho::gui::Formatting", "%n hour(s)", nullptr, n);
}
QString minutes(int n)
{
    return QCoreApplication::translate("despacho::gui::Formatting", "%n minute(s)", nullptr, n);
}
} // namespace

QString formatShippingEstimate(const QString &vtexEstimate)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+)\\s*(bd|d|h|m)\\s*$"_s);
    const auto m = pattern.match(vtexEstimate);
    if (!m.hasMatch())
        return vtexEstimate;
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2);
    if (unit == u"bd"_s) {
        return QCoreApplication::translate("despacho::gui::Formatting", "%n business day(s)",
                                           nullptr, n);
    }
    if (unit == u"d"_s)
        return days(n);
    if (unit == u"h"_s)
        return hours(n);
    return minutes(n);
}

QString formatLateness(const QDateTime &since, const QDateTime &now)
{
    const qint64 total = std::max<qint64>(0, since.secsTo(now) / 60);
    const int d = int(total / (24 * 60));
    const int h = int(total / 60 % 24);
    const int m = int(total % 60);
    if (d > 0)
        return h > 0 ? u"%1 %2"_s.arg(days(d), hours(h)) : days(d);
    if (h > 0)
        return m > 0 ? u"%1 %2"_s.arg(hours(h), minutes(m)) : hours(h);
    return minutes(m);
}

QString formatPaymentGroup(const QString &group)
{
    static constexpr std::pair<const char16_t *, const char *> kGroups[] = {
        {u"creditCard", QT_TRANSLATE_NOOP("despacho::gui::Formatting", "Credit card")},
        {u"debitCard", QT_TRANSLATE_NOOP("despacho::gui::Formatting", "Debit card")},
        {u"bankInvoice", QT_TRANSLATE_NOOP("despacho::gui::Formatting", "Boleto")},
        {u"instantPayment", QT_TRANSLATE_NOOP("despacho::gui::Formatting", "Pix")},
        {u"giftCard", QT_TRANSLATE_NOOP("despacho::gui::Formatting", "Gift card")},
        {u"promissory", QT_TRANSLATE_NOOP("despacho::gui::Formatting", "Promissory note")},
    };
    for (const auto &[key, text] : kGroups) {
        if (group == QStringView(key))
            return QCoreApplication::translate("despacho::gui::Formatting", text);
    }
    return group;
}

QString formatSalesChannel(const QString &key)
{
    if (key.isEmpty())
        return {};
    const qsizetype slash = key.indexOf(u'/');
    if (slash < 0)
        return QCoreApplication::translate("despacho::gui::Formatting", "Channel %1").arg(key);
    return QCoreApplication::translate("despacho::gui::Formatting", "Channel %1 · %2")
        .arg(key.left(slash), key.mid(slash + 1));
}

QString formatDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    // Brazilian style also for the C locale, whose short format is long ("19 Nov 2026 21:20:00").
    if (locale.language() == QLocale::Portuguese || locale.language() == QLocale::C)
        return locale.toString(local, u"dd/MM/yyyy HH:mm"_s);
    return locale.toString(local, QLocale::ShortFormat);
}

QString formatDate(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    const QDate local = dateTime.toLocalTime().date();
    if (locale.language() == QLocale::Portuguese || locale.language() == QLocale::C)
        return locale.toString(local, u"dd/MM/yyyy"_s);
    return locale.toString(local, QLocale::ShortFormat);
}

QString formatPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.startsWith(u"55"_s) && (digits.size() == 12 || digits.size() == 13))
        digits = digits.mid(2);
    else if (phone.trimmed().startsWith(u'+'))
        return phone; // another country: leave it alone
    if (digits.size() != 10 && digits.size() != 11)
        return phone;
    const QString area = digits.left(2);
    const QString local = digits.mid(2);
    const int split = int(local.size()) - 4;
    return u"+55 "_s + area + u' ' + local.left(split) + u'-' + local.mid(split);
}

QString storageErrorText(const QString &detail)
{
    return QCoreApplication::translate("despacho::gui::Formatting",
                                       "The local database could not be read or written, so what "
                                       "is shown may be incomplete: %1")
        .arg(detail);
}

} // namespace despacho::gui
