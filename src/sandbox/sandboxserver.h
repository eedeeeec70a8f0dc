#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

#include <deque>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace despacho::sandbox {

struct SandboxOptions
{
    quint16 port = 0; // 0 = any free port
    int orders = 500;
    int evendiOrders = 50; // per e-vendi environment (dev and prod each)
    quint32 seed = 42;
    int latencyMs = 0;          // added to every reply without blocking the server
    double failRate = 0.0;      // fraction of requests answered 503/500/502, seeded
    int rateLimitPerMinute = 0; // 0 = unlimited; past it 429 with Retry-After
    int retryAfterSeconds = 1;  // Retry-After on 429
    double throttleRate = 0.0;  // fraction of requests answered 429 at random, seeded
    QString appKey = QStringLiteral("demo-key");
    QString appToken = QStringLiteral("demo-token");
    QString evendiToken = QStringLiteral("demo-evendi-token");
    QString account = QStringLiteral("demo"); // VTEX account name
};

class OrderStore;
class EvendiStore;
class VtexRoutes;
struct HttpRequest;
struct HttpReply;
namespace detail {
class HttpFrontend;
}

// A local stand-in for VTEX OMS, the VTEX Payments Gateway and e-vendi, all on one port of
// 127.0.0.1. Requests are answered from in-memory stores generated from the seed; latency,
// failures and a rate limit can be switched on to exercise a client's retry logic.
//
//   VTEX (X-VTEX-API-AppKey/AppToken; missing 401, wrong 403):
//     GET   /api/oms/pvt/orders                       f_status, f_creationDate, q, orderBy,
//                                                     page (<= 30), per_page (<= 100)
//     GET   /api/oms/pvt/orders/{id}
//     POST  /api/oms/pvt/orders/{id}/start-handling   204; 409 unless ready-for-handling
//     POST  /api/oms/pvt/orders/{id}/invoice          full -> invoiced, partial -> handling
//     PATCH /api/oms/pvt/orders/{id}/invoice/{number} tracking number, url, courier
//     PUT   /api/oms/pvt/orders/{id}/invoice/{number}/tracking
//     POST  /api/oms/pvt/orders/{id}/cancel           straight to canceled (no "canceling")
//     GET   /api/orders/feed?maxlot=N, POST /api/orders/feed {handles} (200)
//     GET   /api/pvt/transactions/{transactionId}
//   Product images (no credentials, like VTEX's image CDN): GET
//   /arquivos/ids/{skuId}-55-55/{slug}.png,
//     a small PNG generated per SKU; items' imageUrl points here once the server listens.
//   e-vendi (env dev|prod, integrationToken, organizationExternalId): POST /api/searchOrders,
//     GET /api/getOrderById, GET /api/getOrdersOpened, POST /api/saveOrderTrackingCode,
//     POST /api/closeOrder, POST /api/saveOrderFiscalNote, POST /api/cancelOrder,
//     POST /api/reverse-order
//
// One request per line goes to the "despacho.sandbox.requests" logging category (info level,
// off by default; tokens and query strings are never logged).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(); // listens on 127.0.0.1 only; false + errorString() on failure
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const;

    int orderCount() const;
    qint64 requestCount() const;                     // all requests received
    qint64 connectionCount() const;                  // TCP connections accepted
    QJsonObject order(const QString &orderId) const; // full get-order JSON as stored now
    void setFailRate(double rate);
    void setThrottleRate(double rate);
    void setLatencyMs(int ms);
    void setRateLimitPerMinute(int limit);
    void addOrders(int n); // n more orders, deterministic continuation
    void setOrderStatus(const QString &orderId, const QString &status); // updates lastChange

    int evendiOrderCount() const;
    QJsonObject evendiOrder(const QString &idOrNumber,
                            const QString &env = QStringLiteral("dev")) const;

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    HttpReply dispatch(const HttpRequest &request);
    bool admitForRateLimit();

    SandboxOptions m_options;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<EvendiStore> m_evendi;
    std::unique_ptr<VtexRoutes> m_vtex;
    std::unique_ptr<detail::HttpFrontend> m_http; // last: goes first, before what it calls
    QRandomGenerator m_failures;
    std::deque<qint64> m_window; // arrival times (ms) of the requests admitted in the last minute
    QElapsedTimer m_clock;
    qint64 m_requests = 0;
    qint64 m_connections = 0;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace despacho::sandbox
