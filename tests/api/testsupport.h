#pragma once

// Shared by the api tests: a recording QHttpServer on 127.0.0.1, a QNetworkAccessManager that
// counts what really reaches the network layer, and a collector for transport callbacks.

#include "api/transport.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <functional>
#include <memory>

namespace despacho::api::test {

struct SeenRequest
{
    QByteArray method;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 arrivedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

inline QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

class RecordingServer
{
public:
    using Handler = std::function<QHttpServerResponse(const SeenRequest &, int index)>;

    RecordingServer()
    {
        m_clock.start();
        m_handler = [](const SeenRequest &, int) {
            return QHttpServerResponse(QJsonObject{});
        };
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                SeenRequest seen;
                seen.method = methodName(request.method());
                seen.url = request.url();
                for (const auto &header : request.headers())
                    seen.headers.append({header.first, header.second});
                seen.body = request.body();
                seen.arrivedMs = m_clock.elapsed();
                m_requests.append(seen);
                m_handler(seen, int(m_requests.size()) - 1).write(std::move(responder));
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_port != 0; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl url(const QString &path) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        url.setPath(path);
        return url;
    }
    quint16 port() const { return m_port; }
    const QList<SeenRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    QHttpServer m_server;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
    Handler m_handler;
    QList<SeenRequest> m_requests;
};

inline QHttpServerResponse jsonReply(const QByteArray &json, int status = 200)
{
    return QHttpServerResponse("application/json", json, QHttpServerResponse::StatusCode(status));
}

class CountingNam : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct Collected
{
    int calls = 0;
    ApiResponse response;
    qint64 atMs = 0;
};

inline std::shared_ptr<Collected> sendCollect(Transport &transport, ApiRequest request,
                                              QObject *context, quint64 *id = nullptr)
{
    auto result = std::make_shared<Collected>();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const quint64 sent =
        transport.send(std::move(request), context, [result, clock](const ApiResponse &response) {
            ++result->calls;
            result->response = response;
            result->atMs = clock->elapsed();
        });
    if (id)
        *id = sent;
    return result;
}

inline ApiRequest getRequest(const QUrl &url)
{
    ApiRequest request;
    request.url = url;
    return request;
}

// Milliseconds for the tests: fast retries, short pauses, short timeouts.
inline TransportSettings fastSettings()
{
    TransportSettings settings;
    settings.timeoutMs = 500;
    settings.maxAttempts = 3;
    settings.backoffBaseMs = 5;
    settings.backoffMaxMs = 50;
    settings.pauseOn429Ms = 200;
    settings.ratePerMinute = 0;
    settings.maxConcurrency = 4;
    return settings;
}

} // namespace despacho::api::test
