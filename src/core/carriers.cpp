#include "core/carriers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace despacho {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::Carriers)
};
} // namespace

QList<Carrier> defaultCarriers()
{
    return {
        {u"Correios"_s, u"https://rastreamento.correios.com.br/app/index.php?objetos={code}"_s},
        {u"Jadlog"_s, u"https://www.jadlog.com.br/jadlog/tracking?cte={code}"_s},
        {u"Loggi"_s, u"https://www.loggi.com/rastreador/{code}"_s},
        {u"Total Express"_s,
         u"https://tracking.totalexpress.com.br/poupup_track.php?reid=&pedido={code}&nfiscal="_s},
    };
}

std::optional<Carrier> findCarrier(const QList<Carrier> &carriers, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Carrier &c : carriers) {
        if (c.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString trackingUrlFor(const Carrier &carrier, const QString &code)
{
    const QString trimmed = code.trimmed();
    if (carrier.urlTemplate.isEmpty() || trimmed.isEmpty())
        return {};
    // Encoded so a code with '&', '/' or spaces cannot change the address's shape.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(trimmed));
    QString url = carrier.urlTemplate;
    return url.replace(u"{code}"_s, encoded);
}

bool isCorreios(const QString &courierName)
{
    return courierName.contains(u"correios"_s, Qt::CaseInsensitive);
}

QByteArray carriersToJson(const QList<Carrier> &carriers)
{
    QJsonArray array;
    for (const Carrier &c : carriers)
        array.append(QJsonObject{{u"name"_s, c.name}, {u"urlTemplate"_s, c.urlTemplate}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<QList<Carrier>> carriersFromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QList<Carrier>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Tr::tr("the carrier list is not valid JSON: %1").arg(parseError.errorString()));
    if (!doc.isArray())
        return fail(Tr::tr("the carrier list must be a JSON array"));
    QList<Carrier> carriers;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(Tr::tr("carrier %1 is not a JSON object").arg(i + 1));
        const QJsonObject o = array.at(i).toObject();
        const Carrier c{o.value(u"name"_s).toString().trimmed(),
                        o.value(u"urlTemplate"_s).toString().trimmed()};
        if (c.name.isEmpty() || findCarrier(carriers, c.name))
            continue;
        carriers.append(c);
    }
    if (error)
        error->clear();
    return carriers;
}

} // namespace despacho
