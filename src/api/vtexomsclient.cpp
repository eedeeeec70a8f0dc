#include "api/vtexomsclient.h"

#include "api/transport.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>

namespace despacho::api {

namespace {
Q_LOGGING_CATEGORY(lcVtex, "despacho.api.vtex")
} // namespace

namespace {

constexpr int kMaxPerPage = 100;

// Query values are percent-encoded by hand: QUrlQuery leaves '+' alone, which servers read as
// a space (VTEX's full-text search rejects '+'). ',' and ':' stay readable.
void addQueryItem(QString &query, QStringView key, const QString &value)
{
    if (!query.isEmpty())
        query += u'&';
    query += key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value, ",:"));
}

QString normalizedId(const QString &orderId)
{
    return orderId.trimmed(); // pasted or scanned ids often carry stray whitespace
}

} // namespace

QString vtexTimestamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");
}

QUrl listOrdersUrl(const QUrl &omsBase, const ListOrdersQuery &q)
{
    QUrl url = vtexUrl(omsBase, u"/api/oms/pvt/orders");
    QString query;
    QStringList statuses;
    for (const QString &status : q.statuses) {
        if (!status.trimmed().isEmpty())
            statuses << status.trimmed();
    }
    if (!statuses.isEmpty())
        addQueryItem(query, u"f_status", statuses.join(u','));
    if (q.from.isValid() || q.to.isValid()) {
        static const QDateTime earliest(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        static const QDateTime latest(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
        addQueryItem(query, u"f_creationDate",
                     u"creationDate:[" + vtexTimestamp(q.from.isValid() ? q.from : earliest) +
                         u" TO " + vtexTimestamp(q.to.isValid() ? q.to : latest) + u']');
    }
    if (!q.search.trimmed().isEmpty())
        addQueryItem(query, u"q", q.search.trimmed());
    if (!q.orderBy.isEmpty())
        addQueryItem(query, u"orderBy", q.orderBy);
    addQueryItem(query, u"page", QString::number(std::max(1, q.page)));
    addQueryItem(query, u"per_page", QString::number(std::clamp(q.perPage, 1, kMaxPerPage)));
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

OrderListPage parseOrderListPage(const QJsonDocument &doc, const QString &operation,
                                 ApiError *error)
{
    OrderListPage page;
    const QJsonValue list = doc.object().value(u"list");
    if (!doc.isObject() || !list.isArray()) {
        if (error) {
            error->kind = ErrorKind::InvalidReply;
            error->detail = u"reply to " + operation + u" has no \"list\" array";
        }
        return page;
    }
    const QJsonArray rows = list.toArray();
    page.rows.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        if (row.isObject())
            page.rows.append(row.toObject());
        else
            qCWarning(lcVtex).noquote()
                << "skipped a list row that is not an object in" << operation;
    }
    const QJsonObject paging = doc.object().value(u"paging").toObject();
    page.total = paging.value(u"total").toInt(int(page.rows.size()));
    page.pages = paging.value(u"pages").toInt(page.rows.isEmpty() ? 0 : 1);
    page.currentPage = paging.value(u"currentPage").toInt(1);
    page.perPage = paging.value(u"perPage").toInt(int(page.rows.size()));
    return page;
}

quint64 VtexOmsClient::dispatch(ApiRequest request, QObject *ctx, ResponseCallback done)
{
    if (m_transport)
        return m_transport->send(std::move(request), ctx, std::move(done));
    ApiResponse response;
    response.error.kind = ErrorKind::Network;
    response.error.detail = request.operation + u": no transport";
    QMetaObject::invokeMethod(
        ctx ? ctx : this, [done = std::move(done), response] { done(response); },
        Qt::QueuedConnection);
    return 0;
}

VtexOmsClient::VtexOmsClient(Transport *transport, VtexAccountConfig config, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_config(std::move(config))
{}

quint64 VtexOmsClient::listOrders(const ListOrdersQuery &query, QObject *ctx, ListCallback done)
{
    ApiRequest request = vtexRequest(m_config, "GET", listOrdersUrl(m_config.omsBase(), query));
    const QString operation = u"list orders page " + QString::number(std::max(1, query.page));
    request.operation = operation;
    qCDebug(lcVtex).noquote() << operation << "of account" << m_config.account;
    // The wrapper captures values only: it may run after this client is gone.
    return dispatch(std::move(request), ctx,
                    [operation, done = std::move(done)](const ApiResponse &response) {
                        if (!response.ok()) {
                            done({}, response.error);
                            return;
                        }
                        ApiError error;
                        const QJsonDocument doc = parseJsonBody(response, operation, &error);
                        OrderListPage page;
                        if (error.isNone())
                            page = parseOrderListPage(doc, operation, &error);
                        if (!error.isNone()) {
                            error.httpStatus = response.httpStatus;
                            qCWarning(lcVtex).noquote() << error.logText();
                        }
                        done(page, error);
                    });
}

quint64 VtexOmsClient::getOrder(const QString &orderId, QObject *ctx, OrderCallback done)
{
    const QString id = normalizedId(orderId);
    ApiRequest request =
        vtexRequest(m_config, "GET", vtexUrl(m_config.omsBase(), u"/api/oms/pvt/orders", {id}));
    const QString operation = u"get order " + id;
    request.operation = operation;
    return dispatch(std::move(request), ctx,
                    [operation, done = std::move(done)](const ApiResponse &response) {
                        if (!response.ok()) {
                            done({}, response.error);
                            return;
                        }
                        ApiError error;
                        const QJsonDocument doc = parseJsonBody(response, operation, &error);
                        if (error.isNone() && !doc.isObject()) {
                            error.kind = ErrorKind::InvalidReply;
                            error.httpStatus = response.httpStatus;
                            error.detail = u"reply to " + operation + u" is not a JSON object";
                        }
                        if (!error.isNone())
                            qCWarning(lcVtex).noquote() << error.logText();
                        done(doc.object(), error);
                    });
}

quint64 VtexOmsClient::write(const QByteArray &method, const QUrl &url, const QJsonObject *body,
                             bool retryable, const QString &operation, QObject *ctx,
                             ResponseCallback done)
{
    ApiRequest request =
        vtexRequest(m_config, method, url,
                    body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray());
    request.retryable = retryable;
    request.operation = operation;
    qCDebug(lcVtex).noquote() << operation << "on account" << m_config.account;
    return dispatch(std::move(request), ctx, std::move(done));
}

quint64 VtexOmsClient::startHandling(const QString &orderId, QObject *ctx, ResponseCallback done)
{
    const QString id = normalizedId(orderId);
    return write("POST",
                 vtexUrl(m_config.omsBase(), u"/api/oms/pvt/orders", {id}, u"/start-handling"),
                 nullptr, false, u"start handling " + id, ctx, std::move(done));
}

quint64 VtexOmsClient::cancelOrder(const QString &orderId, const QString &reason, QObject *ctx,
                                   ResponseCallback done)
{
    const QString id = normalizedId(orderId);
    const QJsonObject body{{QStringLiteral("reason"), reason}};
    return write("POST", vtexUrl(m_config.omsBase(), u"/api/oms/pvt/orders", {id}, u"/cancel"),
                 &body, false, u"cancel order " + id, ctx, std::move(done));
}

quint64 VtexOmsClient::sendInvoice(const QString &orderId, const QJsonObject &body, QObject *ctx,
                                   ResponseCallback done)
{
    const QString id = normalizedId(orderId);
    return write("POST", vtexUrl(m_config.omsBase(), u"/api/oms/pvt/orders", {id}, u"/invoice"),
                 &body, false, u"send invoice for order " + id, ctx, std::move(done));
}

quint64 VtexOmsClient::updateInvoiceTracking(const QString &orderId, const QString &invoiceNumber,
                                             const QJsonObject &body, QObject *ctx,
                                             ResponseCallback done)
{
    const QString id = normalizedId(orderId);
    return write("PATCH",
                 vtexUrl(m_config.omsBase(), u"/api/oms/pvt/orders",
                         {id, QStringLiteral("invoice"), invoiceNumber}),
                 &body, true, u"update tracking of invoice " + invoiceNumber + u" of order " + id,
                 ctx, std::move(done));
}

quint64 VtexOmsClient::updateTrackingStatus(const QString &orderId, const QString &invoiceNumber,
                                            const QJsonObject &body, QObject *ctx,
                                            ResponseCallback done)
{
    const QString id = normalizedId(orderId);
    return write("PUT",
                 vtexUrl(m_config.omsBase(), u"/api/oms/pvt/orders",
                         {id, QStringLiteral("invoice"), invoiceNumber}, u"/tracking"),
                 &body, true,
                 u"update tracking status of invoice " + invoiceNumber + u" of order " + id, ctx,
                 std::move(done));
}

} // namespace despacho::api
