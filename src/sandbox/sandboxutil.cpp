#include "sandbox/sandboxutil.h"

#include <array>

using namespace Qt::StringLiterals;

namespace despacho::sandbox {

Rng::Rng(quint32 seed, quint32 stream, quint32 salt)
    : m_gen([&] {
        const std::array<quint32, 3> buffer{seed, stream, salt};
        return QRandomGenerator(buffer.data(), qsizetype(buffer.size()));
    }())
{}

QString Rng::hex(int length, bool upper)
{
    static constexpr char16_t lowerDigits[] = u"0123456789abcdef";
    static constexpr char16_t upperDigits[] = u"0123456789ABCDEF";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QChar(upper ? upperDigits[bounded(16)] : lowerDigits[bounded(16)]));
    return out;
}

QString Rng::digits(int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QChar(u'0' + bounded(10)));
    return out;
}

static QString sevenDigitBase(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    const qint64 ms = utc.toMSecsSinceEpoch();
    // Sub-millisecond ticks VTEX would have; a hash of the instant keeps them reproducible.
    quint64 x = quint64(ms);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    const int ticks = int(x % 10000ULL);
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) % u"%1"_s.arg(ticks, 4, 10, QLatin1Char('0'));
}

QString vtexDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return sevenDigitBase(dateTime) % u"+00:00";
}

QString vtexDateTimeZ(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return sevenDigitBase(dateTime) % u"Z";
}

QString gatewayDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QDateTime addBusinessDays(const QDateTime &from, int days)
{
    QDateTime t = from;
    while (days > 0) {
        t = t.addDays(1);
        if (t.date().dayOfWeek() < 6)
            --days;
    }
    return t;
}

QString statusDescription(const QString &status)
{
    static const QHash<QString, QString> names{
        {u"order-created"_s, u"Processando"_s},
        {u"payment-pending"_s, u"Pagamento Pendente"_s},
        {u"payment-approved"_s, u"Pagamento Aprovado"_s},
        {u"waiting-for-seller-decision"_s, u"Aguardando decisão do seller"_s},
        {u"window-to-cancel"_s, u"Carência para Cancelamento"_s},
        {u"ready-for-handling"_s, u"Pronto para o manuseio"_s},
        {u"start-handling"_s, u"Iniciar Manuseio"_s},
        {u"handling"_s, u"Preparando Entrega"_s},
        {u"invoice"_s, u"Faturando"_s},
        {u"invoiced"_s, u"Faturado"_s},
        {u"canceling"_s, u"Cancelando"_s},
        {u"canceled"_s, u"Cancelado"_s},
    };
    return names.value(status, status);
}

bool isCancellableStatus(const QString &status)
{
    static const QStringList cancellable{u"order-created"_s,    u"payment-pending"_s,
                                         u"payment-approved"_s, u"waiting-for-seller-decision"_s,
                                         u"window-to-cancel"_s, u"ready-for-handling"_s,
                                         u"start-handling"_s,   u"handling"_s};
    return cancellable.contains(status);
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

static int digitAt(const QString &s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

QString cpfWithCheckDigits(const QString &nineDigits)
{
    QString cpf = nineDigits;
    for (int round = 0; round < 2; ++round) {
        const qsizetype n = cpf.size();
        int sum = 0;
        for (qsizetype i = 0; i < n; ++i)
            sum += digitAt(cpf, i) * int(n + 1 - i);
        const int rest = (sum * 10) % 11;
        cpf.append(QChar(u'0' + (rest == 10 ? 0 : rest)));
    }
    return cpf;
}

bool isValidCpf(const QString &text)
{
    const QString d = digitsOnly(text);
    if (d.size() != 11 || d == QString(11, d.at(0)))
        return false;
    return cpfWithCheckDigits(d.left(9)) == d;
}

QString formatCpf(const QString &d)
{
    return d.mid(0, 3) % u'.' % d.mid(3, 3) % u'.' % d.mid(6, 3) % u'-' % d.mid(9, 2);
}

QString ean13WithCheckDigit(const QString &twelveDigits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 12; ++i)
        sum += digitAt(twelveDigits, i) * (i % 2 == 0 ? 1 : 3);
    return twelveDigits % QChar(u'0' + (10 - sum % 10) % 10);
}

QString correiosS10(const QString &prefix, const QString &eightDigits)
{
    static constexpr std::array<int, 8> weights{8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digitAt(eightDigits, i) * weights[std::size_t(i)];
    const int rest = sum % 11;
    const int dv = rest == 0 ? 5 : (rest == 1 ? 0 : 11 - rest);
    return prefix % eightDigits % QChar(u'0' + dv) % u"BR";
}

QString nfeAccessKeyWithCheckDigit(const QString &d)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = d.size() - 1; i >= 0; --i) {
        sum += digitAt(d, i) * weight;
        weight = weight == 9 ? 2 : weight + 1;
    }
    const int rest = sum % 11;
    return d % QChar(u'0' + (rest < 2 ? 0 : 11 - rest));
}

QString asciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.unicode() < 128)
            out.append(c);
    }
    return out;
}

QString slugify(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : asciiFold(text).toLower()) {
        if (c.isLetterOrNumber()) {
            out.append(c);
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out.append(u'-');
            dash = true;
        }
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace despacho::sandbox
