#include "importer/xlsxparts.h"

#include <QDate>
#include <QLocale>
#include <QTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace despacho::importer::xlsx {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Digits from the first non-zero one to the last significant one of the mantissa: "4.4E+43" has
// 2, "2710393603.0" has 10, "0.30000000000000004" has 17.
int significantDigits(QStringView literal)
{
    qsizetype end = literal.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (end < 0)
        end = literal.size();
    const QStringView mantissa = literal.first(end);
    const qsizetype point = mantissa.indexOf(u'.');
    QStringView fraction = point < 0 ? QStringView() : mantissa.sliced(point + 1);
    while (!fraction.isEmpty() && fraction.back() == u'0')
        fraction.chop(1);
    int count = 0;
    bool leading = true;
    const auto countDigits = [&](QStringView digits) {
        for (QChar c : digits) {
            if (!c.isDigit())
                continue;
            if (leading && c == u'0')
                continue;
            leading = false;
            ++count;
        }
    };
    countDigits(point < 0 ? mantissa : mantissa.first(point));
    countDigits(fraction);
    return count;
}

bool isIntegerLiteral(QStringView literal)
{
    if (literal.startsWith(u'-'))
        literal = literal.sliced(1);
    if (literal.isEmpty())
        return false;
    for (QChar c : literal) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

QString dateText(const QString &date, int secondsOfDay, bool withTime)
{
    if (!withTime)
        return date;
    return date + u'T' + QTime::fromMSecsSinceStartOfDay(secondsOfDay * 1000).toString(Qt::ISODate);
}

// Serial days since the epoch as Excel counts them (the time shown only when the format has one):
// 1900 system with its 29 February 1900 that never was (serial 60), so serials before it are one
// day off the plain count.
bool serialToDate(double serial, bool date1904, bool withTime, QString *text)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return false;
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const int secondsOfDay = int(seconds % 86400);
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days == 60) {
        *text = dateText(u"1900-02-29"_s, secondsOfDay, withTime);
        return true;
    } else
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
    if (!date.isValid() || date.year() > 9999)
        return false;
    *text = dateText(date.toString(Qt::ISODate), secondsOfDay, withTime);
    return true;
}

} // namespace

bool isTrue(QStringView value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

QString decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"_s))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == u'_' && i + 6 < n && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            int code = 0;
            bool hex = true;
            for (qsizetype k = i + 2; k < i + 6 && hex; ++k) {
                const int digit = hexValue(text.at(k));
                hex = digit >= 0;
                code = code * 16 + digit;
            }
            if (hex) {
                out += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

quint8 builtinFormatFlags(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 54) || id == 57 || id == 58)
        return DateFormat;
    if ((id >= 18 && id <= 22) || id == 32 || id == 33 || (id >= 45 && id <= 47) || id == 55 ||
        id == 56)
        return DateFormat | TimeFormat;
    return 0;
}

quint8 formatCodeFlags(QStringView code)
{
    quint8 flags = 0;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? n : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is a literal, a padding width or a fill
        } else if (c == u'[') {
            // [h], [mm], [ss] are elapsed time; [Red], [<0], [$-416] are not tokens.
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inner = code.sliced(i + 1, (close < 0 ? n : close) - i - 1);
            if (!inner.isEmpty()) {
                const QChar first = inner.front().toLower();
                bool elapsed = first == u'h' || first == u'm' || first == u's';
                for (QChar k : inner)
                    elapsed = elapsed && k.toLower() == first;
                if (elapsed)
                    flags |= DateFormat | TimeFormat;
            }
            i = close < 0 ? n : close;
        } else {
            const QChar lower = c.toLower();
            if (lower == u'd' || lower == u'y' || lower == u'm')
                flags |= DateFormat;
            else if (lower == u'h' || lower == u's')
                flags |= DateFormat | TimeFormat;
            else if (code.sliced(i).startsWith(u"am/pm", Qt::CaseInsensitive)) {
                flags |= DateFormat | TimeFormat;
                i += 4;
            } else if (code.sliced(i).startsWith(u"a/p", Qt::CaseInsensitive)) {
                flags |= DateFormat | TimeFormat;
                i += 2;
            }
        }
    }
    return flags;
}

Cell numberCell(const QString &literal, quint8 formatFlags, bool date1904)
{
    bool ok = false;
    const double value = literal.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return {literal, CellKind::Text};
    if (formatFlags & DateFormat) {
        QString text;
        if (serialToDate(value, date1904, formatFlags & TimeFormat, &text))
            return {text, CellKind::Date};
    }
    const bool manyDigits = significantDigits(literal) > 15;
    if (isIntegerLiteral(literal))
        return {literal, CellKind::Number, manyDigits};
    const bool integral = value == std::trunc(value);
    if (integral && std::fabs(value) >= 1e15)
        return {literal, CellKind::Number, true};
    if (manyDigits)
        return {literal, CellKind::Number, true};
    if (integral)
        return {QString::number(qint64(value)), CellKind::Number};
    return {QString::number(value, 'g', QLocale::FloatingPointShortest), CellKind::Number};
}

Cell isoDateCell(const QString &literal, quint8 formatFlags)
{
    const QString trimmed = literal.trimmed();
    const QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return {literal, CellKind::Text};
    int secondsOfDay = 0;
    if (trimmed.size() > 10) {
        if (trimmed.at(10) != u'T')
            return {literal, CellKind::Text};
        const QString clock = trimmed.mid(11, 8);
        QTime time = QTime::fromString(clock, u"HH:mm:ss"_s);
        if (!time.isValid())
            time = QTime::fromString(clock.left(5), u"HH:mm"_s);
        if (!time.isValid())
            return {literal, CellKind::Text};
        secondsOfDay = time.msecsSinceStartOfDay() / 1000;
    }
    // Strict workbooks often leave these cells in General, so the value's own time counts.
    return {dateText(date.toString(Qt::ISODate), secondsOfDay,
                     (formatFlags & TimeFormat) || secondsOfDay != 0),
            CellKind::Date};
}
} // namespace despacho::importer::xlsx
