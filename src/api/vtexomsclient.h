#pragma once

#include "api/apitypes.h"
#include "api/vtexaccount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace despacho::api {

class Transport;

struct ListOrdersQuery
{
    QStringList statuses; // f_status, comma-joined
    // f_creationDate=creationDate:[FROM TO TO], UTC "yyyy-MM-ddTHH:mm:ss.zzzZ". Either may be
    // null: a missing bound becomes 2000-01-01T00:00:00.000Z or 2100-01-01T00:00:00.000Z, since
    // VTEX only documents closed ranges.
    QDateTime from, to;
    QString search; // q
    QString orderBy = QStringLiteral("creationDate,asc");
    int page = 1;      // 1-based
    int perPage = 100; // VTEX max 100
};

struct OrderListPage
{
    QList<QJsonObject> rows;
    int total = 0;
    int pages = 0;
    int currentPage = 0;
    int perPage = 0;
};

// VTEX date-time filter format: UTC, milliseconds, 'Z'.
QString vtexTimestamp(const QDateTime &dateTime);
QUrl listOrdersUrl(const QUrl &omsBase, const ListOrdersQuery &query);
// Rows and paging of a List orders reply; InvalidReply when `list` is missing.
OrderListPage parseOrderListPage(const QJsonDocument &doc, const QString &operation,
                                 ApiError *error);

// VTEX Orders (OMS) API. Reads map their JSON here; writes return the raw ApiResponse so the
// outbox dispatcher can store receipts and server messages as they came.
class VtexOmsClient : public QObject
{
    Q_OBJECT
public:
    using ListCallback = std::function<void(const OrderListPage &, const ApiError &)>;
    using OrderCallback = std::function<void(const QJsonObject &, const ApiError &)>;
    using ResponseCallback = std::function<void(const ApiResponse &)>;

    VtexOmsClient(Transport *transport, VtexAccountConfig config, QObject *parent = nullptr);

    const VtexAccountConfig &config() const { return m_config; }
    Transport *transport() const { return m_transport; }

    quint64 listOrders(const ListOrdersQuery &query, QObject *ctx, ListCallback done);
    quint64 getOrder(const QString &orderId, QObject *ctx, OrderCallback done);

    // Writes. start-handling, cancel and invoice are not idempotent (ApiRequest::retryable is
    // false: resent only when they certainly never reached VTEX); the invoice PATCH and the
    // tracking PUT set absolute values and are retried like reads.
    quint64 startHandling(const QString &orderId, QObject *ctx, ResponseCallback done);
    quint64 cancelOrder(const QString &orderId, const QString &reason, QObject *ctx,
                        ResponseCallback done);
    quint64 sendInvoice(const QString &orderId, const QJsonObject &body, QObject *ctx,
                        ResponseCallback done);
    // PATCH .../invoice/{invoiceNumber}
    quint64 updateInvoiceTracking(const QString &orderId, const QString &invoiceNumber,
                                  const QJsonObject &body, QObject *ctx, ResponseCallback done);
    // PUT .../invoice/{invoiceNumber}/tracking
    quint64 updateTrackingStatus(const QString &orderId, const QString &invoiceNumber,
                                 const QJsonObject &body, QObject *ctx, ResponseCallback done);

private:
    quint64 dispatch(ApiRequest request, QObject *ctx, ResponseCallback done);
    quint64 write(const QByteArray &method, const QUrl &url, const QJsonObject *body,
                  bool retryable, const QString &operation, QObject *ctx, ResponseCallback done);

    QPointer<Transport> m_transport;
    VtexAccountConfig m_config;
};

} // namespace despacho::api
