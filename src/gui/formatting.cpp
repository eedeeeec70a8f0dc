#include "gui/formatting.h"

using namespace Qt::StringLiterals;

namespace despacho::gui {

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

} // namespace despacho::gui
