#include "fakehttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace despacho::api::test {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_handler = [](const RecordedRequest &, int) {
        return FakeReply{};
    };
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_accepted;
            m_connections.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                if (m_connections.value(socket).busy)
                    --m_inFlight;
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeHttpServer::~FakeHttpServer()
{
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool FakeHttpServer::listen()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path);
    return url;
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    if (it->busy)
        return;
    const qsizetype headerEnd = it->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    RecordedRequest request;
    const QList<QByteArray> lines = it->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    length = request.header("Content-Length").toLongLong();
    if (it->buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = it->buffer.mid(headerEnd + 4, length);
    it->buffer.remove(0, headerEnd + 4 + length);
    request.arrivedMs = m_clock.elapsed();
    it->busy = true;
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    m_requests.append(request);
    const FakeReply reply = m_handler(request, int(m_requests.size()) - 1);
    if (reply.mode == FakeReply::Mode::Hang)
        return;
    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            if (guard && m_connections.contains(guard.data()))
                respond(guard.data(), reply);
        });
    } else {
        respond(socket, reply);
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeReply &reply)
{
    const qint64 declared = reply.declaredLength >= 0 ? reply.declaredLength : reply.body.size();
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Fake\r\n";
    out += "Content-Length: " + QByteArray::number(declared) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + reply.body;
    socket->write(out);
    if (reply.mode == FakeReply::Mode::Truncate) {
        socket->flush();
        finishOne(socket);
        socket->disconnectFromHost();
        return;
    }
    finishOne(socket);
    if (!m_connections.value(socket).buffer.isEmpty())
        QTimer::singleShot(0, this, [this, socket] {
            if (m_connections.contains(socket))
                onReadyRead(socket);
        });
}

void FakeHttpServer::finishOne(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it != m_connections.end() && it->busy) {
        it->busy = false;
        --m_inFlight;
    }
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace despacho::api::test
