#pragma once

// Test-side HTTP helper: one QNetworkAccessManager, requests answered by waiting on the reply's
// finished signal (a nested loop is fine in tests, never in product code).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

#include <initializer_list>
#include <utility>

inline QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[k, v] : items)
        q.addQueryItem(k, v);
    return q;
}

// "2026-10-01T10:00:00.1234567+00:00": the first 23 characters carry the milliseconds.
inline QDateTime listDate(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString().left(23) + u'Z', Qt::ISODateWithMs);
}

struct Response
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QJsonDocument json;

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    QString errorCode() const
    {
        return object().value(u"error").toObject().value(u"code").toString();
    }
    QString errorMessage() const
    {
        return object().value(u"error").toObject().value(u"message").toString();
    }
};

class SandboxClient
{
public:
    explicit SandboxClient(QUrl base, QByteArray appKey = "demo-key",
                           QByteArray appToken = "demo-token")
        : m_base(std::move(base))
        , m_key(std::move(appKey))
        , m_token(std::move(appToken))
    {}

    QNetworkRequest request(const QString &path, const QUrlQuery &query = {},
                            bool auth = true) const
    {
        QUrl url = m_base;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest req(url);
        req.setRawHeader("Accept", "application/json");
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (auth) {
            req.setRawHeader("X-VTEX-API-AppKey", m_key);
            req.setRawHeader("X-VTEX-API-AppToken", m_token);
        }
        return req;
    }

    QNetworkReply *start(const QByteArray &verb, const QNetworkRequest &req,
                         const QByteArray &body = {})
    {
        return m_nam.sendCustomRequest(req, verb, body);
    }

    static Response finish(QNetworkReply *reply)
    {
        Response r;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(20000);
        }
        r.finished = reply->isFinished();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.retryAfter = reply->rawHeader("Retry-After");
        r.json = QJsonDocument::fromJson(r.body);
        reply->deleteLater();
        return r;
    }

    Response send(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                  const QByteArray &body = {}, bool auth = true)
    {
        return finish(start(verb, request(path, query, auth), body));
    }
    Response get(const QString &path, const QUrlQuery &query = {})
    {
        return send("GET", path, query);
    }
    Response post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Response patch(const QString &path, const QJsonObject &body)
    {
        return send("PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Response put(const QString &path, const QJsonObject &body)
    {
        return send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QUrl m_base;
    QByteArray m_key;
    QByteArray m_token;
    QNetworkAccessManager m_nam;
};
