#pragma once

#include <QDateTime>
#include <QString>

namespace despacho {

// VTEX sends dates with any fraction length (often 7 digits: "2024-02-06T20:46:11.7010747+00:00")
// or none; Qt's ISODate parser only takes milliseconds. Returns an invalid QDateTime when the text
// is not a date.
QDateTime parseVtexDateTime(const QString &text);

// Canonical storage form: UTC, milliseconds, "2024-02-06T20:46:11.701Z".
QString toIsoUtc(const QDateTime &dateTime);

} // namespace despacho
