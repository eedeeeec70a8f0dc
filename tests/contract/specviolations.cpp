#include "specviolations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// The routes the sandbox serves, as the specs name them.
const QStringList &routeTemplates()
{
    static const QStringList templates{
        u"/api/oms/pvt/orders"_s,
        u"/api/oms/pvt/orders/{orderId}"_s,
        u"/api/oms/pvt/orders/{orderId}/start-handling"_s,
        u"/api/oms/pvt/orders/{orderId}/cancel"_s,
        u"/api/oms/pvt/orders/{orderId}/invoice"_s,
        u"/api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}"_s,
        u"/api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}/tracking"_s,
        u"/api/orders/feed"_s,
        u"/api/pvt/transactions/{transactionId}"_s,
    };
    return templates;
}

QByteArray methodOf(const QNetworkReply *reply)
{
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

} // namespace

QString specRoute(const QByteArray &method, const QString &path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &t : routeTemplates()) {
        const QStringList parts = t.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() != segments.size())
            continue;
        bool match = true;
        for (qsizetype i = 0; i < parts.size() && match; ++i)
            match = parts[i].startsWith(u'{') || parts[i] == segments[i];
        if (match)
            return QString::fromLatin1(method) + u' ' + t;
    }
    return QString::fromLatin1(method) + u' ' + path;
}

QStringList sandboxSpecRoutes()
{
    return {u"GET /api/oms/pvt/orders"_s,
            u"GET /api/oms/pvt/orders/{orderId}"_s,
            u"POST /api/oms/pvt/orders/{orderId}/start-handling"_s,
            u"POST /api/oms/pvt/orders/{orderId}/cancel"_s,
            u"POST /api/oms/pvt/orders/{orderId}/invoice"_s,
            u"PATCH /api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}"_s,
            u"PUT /api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}/tracking"_s,
            u"GET /api/orders/feed"_s,
            u"POST /api/orders/feed"_s,
            u"GET /api/pvt/transactions/{transactionId}"_s};
}

QString foldIndices(const QString &text)
{
    static const QRegularExpression index(uR"(\.\d+(?=[.\s]|$))"_s);
    QString out = text;
    out.replace(index, u"[]"_s);
    return out;
}

QList<SpecViolation> parseViolationHeader(const QByteArray &header, const QString &route,
                                          const QString &example, bool *truncated)
{
    QList<SpecViolation> out;
    *truncated = header.startsWith("Too many violations!");
    if (*truncated)
        return out;
    const QJsonArray list = QJsonDocument::fromJson(header).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        QStringList location;
        for (const QJsonValue &segment : o.value(u"location"_s).toArray())
            location << segment.toVariant().toString();
        SpecViolation violation;
        violation.route = route;
        violation.path = foldIndices(location.join(u'.'));
        violation.message = foldIndices(o.value(u"message"_s).toString());
        violation.severity = o.value(u"severity"_s).toString();
        violation.example = example;
        out << violation;
    }
    return out;
}

QList<KnownDeparture> loadKnownDepartures(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file, f.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"%1 is not a JSON object: %2"_s.arg(file, parseError.errorString());
        return {};
    }
    QList<KnownDeparture> out;
    const auto compact = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    for (const QJsonValue &v : doc.object().value(u"departures"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString route = o.value(u"route"_s).toString();
        const QString reason = o.value(u"reason"_s).toString().trimmed();
        const QJsonArray violations = o.value(u"violations"_s).toArray();
        if (route.isEmpty() || reason.isEmpty() || violations.isEmpty()) {
            *error = u"%1: an entry lacks route, reason or violations: %2"_s.arg(file, compact(o));
            return {};
        }
        for (const QJsonValue &w : violations) {
            const KnownDeparture d{route, w[u"path"_s].toString(), w[u"message"_s].toString(),
                                   reason};
            if (d.path.isEmpty() || d.message.isEmpty()) {
                *error = u"%1: a violation lacks path or message: %2"_s.arg(file, compact(o));
                return {};
            }
            out << d;
        }
    }
    return out;
}

DepartureCheck checkDepartures(const QList<SpecViolation> &seen, const QList<KnownDeparture> &known)
{
    QSet<QString> knownKeys;
    for (const KnownDeparture &d : known)
        knownKeys.insert(d.key());
    struct Tally
    {
        SpecViolation first;
        int count = 0;
    };
    QMap<QString, Tally> unexpected; // sorted: a stable report
    QSet<QString> seenKeys;
    for (const SpecViolation &v : seen) {
        seenKeys.insert(v.key());
        if (knownKeys.contains(v.key()))
            continue;
        Tally &t = unexpected[v.key()];
        if (t.count++ == 0)
            t.first = v;
    }
    DepartureCheck check;
    for (const Tally &t : std::as_const(unexpected)) {
        check.unexpected << u"%1  %2  \"%3\" (%4 %5, e.g. %6)"_s.arg(
            t.first.route, t.first.path, t.first.message, QString::number(t.count),
            t.count == 1 ? u"time"_s : u"times"_s, t.first.example);
    }
    for (const KnownDeparture &d : known) {
        if (!seenKeys.contains(d.key()))
            check.stale << u"%1  %2  \"%3\""_s.arg(d.route, d.path, d.message);
    }
    return check;
}

QNetworkReply *RecordingNetworkAccessManager::createRequest(Operation op,
                                                            const QNetworkRequest &request,
                                                            QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        const QString path = reply->url().path();
        const QString route = specRoute(methodOf(reply), path);
        ++m_replies;
        ++m_byRoute[route];
        const QByteArray header = reply->rawHeader("sl-violations");
        if (header.isEmpty())
            return;
        bool truncated = false;
        const QList<SpecViolation> all = parseViolationHeader(header, route, path, &truncated);
        if (truncated)
            m_truncated << route + u' ' + path;
        for (const SpecViolation &v : all) {
            if (v.path.startsWith(u"request"))
                m_request << v;
            else
                m_response << v;
        }
    });
    return reply;
}
