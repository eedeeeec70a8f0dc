#include "sandbox/sandboxserver.h"

#include "sandbox/evendistore.h"
#include "sandbox/httptypes.h"
#include "sandbox/orderstore.h"
#include "sandbox/productimages.h"
#include "sandbox/vtexroutes.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxRequests, "despacho.sandbox.requests", QtWarningMsg)

namespace despacho::sandbox {

namespace detail {

// QHttpServer's router answers from the handler's return value; subclassing the abstract server
// instead hands us a QHttpServerResponder we can keep and answer from a timer, which is how
// latency is added without blocking other connections (Qt 6.4 has no other way to defer).
class HttpFrontend final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;
    explicit HttpFrontend(Handler handler)
        : m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

} // namespace detail

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

void send(QHttpServerResponder &responder, const HttpReply &reply)
{
    using Status = QHttpServerResponder::StatusCode;
    responder.writeStatusLine(Status(reply.status));
    // No content, no content type: a proxy that sees one may "serialize" the empty body into a
    // JSON "" and announce two bytes it never sends (Prism does, on a 204).
    if (!reply.body.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    if (reply.status != 204)
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body); // also ends the header block
}

bool alive(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_failures(m_options.seed ^ 0xfa11u)
{
    m_store = std::make_unique<OrderStore>(m_options.seed, m_options.account, m_options.orders);
    m_evendi = std::make_unique<EvendiStore>(m_options.seed, m_options.evendiToken,
                                             OrderStore::referenceDate(), m_options.evendiOrders);
    m_vtex = std::make_unique<VtexRoutes>(*m_store, m_options.appKey, m_options.appToken);
    m_clock.start();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start()
{
    if (m_http)
        return true;
    auto http = std::make_unique<detail::HttpFrontend>(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    auto *tcp = new QTcpServer(http.get());
    if (!tcp->listen(QHostAddress::LocalHost, m_options.port)) {
        m_error =
            u"cannot listen on 127.0.0.1:%1: %2"_s.arg(m_options.port).arg(tcp->errorString());
        return false;
    }
    connect(tcp, &QTcpServer::newConnection, this, [this] { ++m_connections; });
    http->bind(tcp);
    m_port = tcp->serverPort();
    m_store->setImageBase(baseUrl().toString());
    m_http = std::move(http);
    m_error.clear();
    return true;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QString SandboxServer::errorString() const
{
    return m_error;
}

int SandboxServer::orderCount() const
{
    return m_store->count();
}

qint64 SandboxServer::requestCount() const
{
    return m_requests;
}

qint64 SandboxServer::connectionCount() const
{
    return m_connections;
}

QJsonObject SandboxServer::order(const QString &orderId) const
{
    return m_store->document(orderId);
}

void SandboxServer::setFailRate(double rate)
{
    m_options.failRate = std::clamp(rate, 0.0, 1.0);
}

void SandboxServer::setThrottleRate(double rate)
{
    m_options.throttleRate = std::clamp(rate, 0.0, 1.0);
}

void SandboxServer::setLatencyMs(int ms)
{
    m_options.latencyMs = std::max(ms, 0);
}

void SandboxServer::setRateLimitPerMinute(int limit)
{
    m_options.rateLimitPerMinute = std::max(limit, 0);
    m_window.clear();
}

void SandboxServer::addOrders(int n)
{
    m_store->addOrders(std::max(n, 0));
}

void SandboxServer::setOrderStatus(const QString &orderId, const QString &status)
{
    m_store->setStatus(orderId, status);
}

int SandboxServer::evendiOrderCount() const
{
    return m_evendi->count();
}

QJsonObject SandboxServer::evendiOrder(const QString &idOrNumber, const QString &env) const
{
    return m_evendi->order(idOrNumber, env);
}

bool SandboxServer::admitForRateLimit()
{
    if (m_options.rateLimitPerMinute <= 0)
        return true;
    // Sliding window over the last 60 s of admitted requests.
    const qint64 t = m_clock.elapsed();
    while (!m_window.empty() && m_window.front() <= t - 60000)
        m_window.pop_front();
    if (qsizetype(m_window.size()) >= m_options.rateLimitPerMinute)
        return false;
    m_window.push_back(t);
    return true;
}

HttpReply SandboxServer::dispatch(const HttpRequest &request)
{
    if (auto reply = m_vtex->handle(request))
        return *reply;
    if (auto reply = m_evendi->handle(request))
        return *reply;
    if (auto reply = productImage(request))
        return *reply;
    return vtexError(
        404, u"404"_s,
        u"No route for %1 %2"_s.arg(QString::fromLatin1(request.method), request.path));
}

void SandboxServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_requests;
    // Copy what we need now: Qt reuses `request` for the next message on this connection.
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path(QUrl::FullyDecoded);
    req.segments = req.path.split(u'/', Qt::SkipEmptyParts);
    req.query = request.query();
    req.headers = request.headers();
    req.body = request.body();

    // One draw per request, whatever the rate: request k fails or not from the seed alone.
    const double draw = m_failures.generateDouble();
    const int failure = m_failures.bounded(3);
    const double throttleDraw = m_failures.generateDouble();

    HttpReply reply;
    if (!admitForRateLimit()) {
        reply = vtexError(429, u"429"_s,
                          u"Too many requests: the limit is %1 per minute; retry in %2 s"_s
                              .arg(m_options.rateLimitPerMinute)
                              .arg(m_options.retryAfterSeconds));
        reply.headers.append({"Retry-After", QByteArray::number(m_options.retryAfterSeconds)});
    } else if (throttleDraw < m_options.throttleRate) {
        // A throttle VTEX applies for its own reasons, below the advertised limit.
        reply = vtexError(429, u"429"_s,
                          u"Too many requests (sandbox throttle rate): retry in %1 s"_s.arg(
                              m_options.retryAfterSeconds));
        reply.headers.append({"Retry-After", QByteArray::number(m_options.retryAfterSeconds)});
    } else if (draw < m_options.failRate) {
        // Fails before touching any state, like a gateway in front of the service.
        static constexpr std::array<int, 3> codes{503, 500, 502};
        const int code = codes[std::size_t(failure)];
        reply = vtexError(code, QString::number(code),
                          u"Simulated failure (sandbox fail rate): try again"_s);
    } else {
        reply = dispatch(req);
    }
    qCInfo(lcSandboxRequests).noquote()
        << QString::fromLatin1(req.method) << req.path << u"->"_s << reply.status;

    if (m_options.latencyMs <= 0) {
        if (alive(responder.socket()))
            send(responder, reply);
        return;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = pending->socket();
    QTimer::singleShot(m_options.latencyMs, this, [pending, socket, reply] {
        if (alive(socket))
            send(*pending, reply);
    });
}

} // namespace despacho::sandbox
