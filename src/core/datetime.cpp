#include "core/datetime.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace despacho {

QDateTime parseVtexDateTime(const QString &text)
{
    static const QRegularExpression re(
        u"^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d+))?\\s*(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QString timeText = m.captured(2);
    if (timeText.size() == 5)
        timeText += u":00"_s;
    QTime time = QTime::fromString(timeText, Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty()) {
        const QString ms = QString(fraction + u"00"_s).left(3);
        time = time.addMSecs(ms.toInt());
    }
    const QString zone = m.captured(4);
    if (zone.isEmpty() || zone == u"Z"_s)
        return QDateTime(date, time, Qt::UTC);
    const int sign = zone.startsWith(u'-') ? -1 : 1;
    QString digits = zone.mid(1);
    digits.remove(u':');
    const int offset = sign * (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

QString toIsoUtc(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace despacho
