#pragma once

// A deliberately small HTTP/1.1 server on 127.0.0.1 for what QHttpServer cannot do: delayed
// replies with an in-flight count, lying Content-Length, connections dropped mid-body, replies
// that never come. It also records the raw request target exactly as it crossed the wire.

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <utility>

class QTcpSocket;

namespace despacho::api::test {

struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path and query, raw
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 arrivedMs = 0; // since the server started

    QByteArray header(const QByteArray &name) const;
};

struct FakeReply
{
    enum class Mode
    {
        Normal,
        Truncate, // announce declaredLength, send body, then close the connection
        Hang,     // never answer
    };
    Mode mode = Mode::Normal;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body = "{}";
    QByteArray contentType = "application/json";
    int delayMs = 0;
    qint64 declaredLength = -1; // -1: body.size()
};

class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeReply(const RecordedRequest &, int index)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    int connectionsAccepted() const { return m_accepted; } // TCP connections, ever
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;
    };
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeReply &reply);
    void finishOne(QTcpSocket *socket);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    Handler m_handler;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<RecordedRequest> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_accepted = 0;
};

// A port on 127.0.0.1 where nothing listens (bound, then closed).
quint16 closedPort();

} // namespace despacho::api::test
