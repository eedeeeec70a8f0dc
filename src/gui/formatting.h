#pragma once

#include "core/money.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace despacho::gui {

// Dates and times are stored in UTC and shown in the station's zone: "24/11/2026 10:31" in
// Portuguese, the locale's short format otherwise. An invalid time shows as an empty string.
QString formatDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
QString formatDate(const QDateTime &dateTime, const QLocale &locale = QLocale());
// "+55 81 98295-6006" from "+5581982956006"; anything that is not a Brazilian number as given.
QString formatPhone(const QString &phone);
inline QString formatMoney(Money money, const QLocale &locale = QLocale())
{
    return money.toDisplayString(locale);
}

} // namespace despacho::gui
