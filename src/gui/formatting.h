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
// VTEX's shipping estimates ("1bd", "5d", "2h", "30m") in words: "1 business day", "5 days"...
// Anything else is shown as VTEX sent it.
QString formatShippingEstimate(const QString &vtexEstimate);
// How long ago `since` was, for lateness: "2 days 3 hours", "5 hours 10 minutes", "12 minutes".
QString formatLateness(const QDateTime &since, const QDateTime &now);
// A sales channel key (salesChannelKey()): "Channel 1", "Channel 2 · MLB".
QString formatSalesChannel(const QString &key);
// VTEX payment groups in words ("creditCard" → "Credit card", "bankInvoice" → "Boleto"); an
// unknown group as VTEX sent it.
QString formatPaymentGroup(const QString &group);
// What a pane shows when the local database could not be read or written (storage's message,
// which the despacho.storage.* log has in full): what is shown may be incomplete.
QString storageErrorText(const QString &detail);
inline QString formatMoney(Money money, const QLocale &locale = QLocale())
{
    return money.toDisplayString(locale);
}

} // namespace despacho::gui
