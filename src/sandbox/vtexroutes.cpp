#include "sandbox/vtexroutes.h"

#include "sandbox/orderlist.h"
#include "sandbox/orderstore.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace despacho::sandbox {

namespace {

bool isOmsOrders(const QStringList &s)
{
    return s.size() >= 4 && s[0] == u"api" && s[1] == u"oms" && s[2] == u"pvt" && s[3] == u"orders";
}

bool isFeed(const QStringList &s)
{
    return s.size() == 3 && s[0] == u"api" && s[1] == u"orders" && s[2] == u"feed";
}

bool isTransaction(const QStringList &s)
{
    return s.size() == 4 && s[0] == u"api" && s[1] == u"pvt" && s[2] == u"transactions";
}

HttpReply methodNotAllowed(const HttpRequest &request)
{
    return vtexError(
        405, u"405"_s,
        u"Method %1 is not allowed on %2"_s.arg(QString::fromLatin1(request.method), request.path));
}

// Parses a JSON object body; an empty body is an empty object when `optional`.
std::optional<QJsonObject> jsonBody(const HttpRequest &request, bool optional, HttpReply *error)
{
    if (request.body.trimmed().isEmpty() && optional)
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = vtexError(400, u"OMS005"_s, u"The request body is not a JSON object"_s);
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

VtexRoutes::VtexRoutes(OrderStore &store, QString appKey, QString appToken)
    : m_store(store)
    , m_appKey(std::move(appKey))
    , m_appToken(std::move(appToken))
{}

std::optional<HttpReply> VtexRoutes::handle(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    const bool known = (isOmsOrders(s) && s.size() <= 8) || isFeed(s) || isTransaction(s);
    if (!known)
        return std::nullopt;
    if (auto denied = authenticate(request))
        return denied;
    return route(request);
}

std::optional<HttpReply> VtexRoutes::authenticate(const HttpRequest &request) const
{
    const QByteArray key = request.header("X-VTEX-API-AppKey");
    const QByteArray token = request.header("X-VTEX-API-AppToken");
    if (key.isEmpty() || token.isEmpty()) {
        return vtexError(401, u"1"_s,
                         u"Unauthorized access: send X-VTEX-API-AppKey and X-VTEX-API-AppToken"_s);
    }
    if (QString::fromUtf8(key) != m_appKey || QString::fromUtf8(token) != m_appToken) {
        return vtexError(403, u"1"_s,
                         u"Forbidden: the credentials are not enabled to access the service"_s);
    }
    return std::nullopt;
}

HttpReply VtexRoutes::route(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    const QByteArray &m = request.method;
    HttpReply error;

    if (isTransaction(s)) {
        if (m != "GET")
            return methodNotAllowed(request);
        const QJsonObject transaction = m_store.transaction(s[3]);
        if (transaction.isEmpty())
            return vtexError(404, u"1404"_s, u"Transaction %1 not found"_s.arg(s[3]));
        return HttpReply::json(transaction);
    }

    if (isFeed(s)) {
        if (m == "GET") {
            bool ok = false;
            int maxLot = request.queryValue(u"maxlot"_s).toInt(&ok);
            if (!ok)
                maxLot = 10;
            // The spec caps maxlot at 10.
            return HttpReply::json(m_store.feed(std::clamp(maxLot, 1, 10)));
        }
        if (m == "POST") {
            const auto body = jsonBody(request, false, &error);
            if (!body)
                return error;
            QStringList handles;
            for (const auto &h : body->value(u"handles"_s).toArray())
                handles << h.toString();
            m_store.commitFeed(handles);
            // The spec answers a commit with 200 and no body.
            HttpReply committed;
            committed.status = 200;
            return committed;
        }
        return methodNotAllowed(request);
    }

    // /api/oms/pvt/orders[/{orderId}[/action[/{invoiceNumber}[/tracking]]]]
    if (s.size() == 4) {
        if (m != "GET")
            return methodNotAllowed(request);
        return listOrders(m_store, request);
    }
    const QString orderId = s[4];
    if (s.size() == 5) {
        if (m != "GET")
            return methodNotAllowed(request);
        const QJsonObject order = m_store.document(orderId);
        if (order.isEmpty())
            return vtexError(404, u"OMS001"_s, u"Order %1 not found"_s.arg(orderId));
        return HttpReply::json(order);
    }
    const QString action = s[5];
    if (s.size() == 6 && action == u"start-handling") {
        if (m != "POST")
            return methodNotAllowed(request);
        return m_store.startHandling(orderId);
    }
    if (s.size() == 6 && action == u"cancel") {
        if (m != "POST")
            return methodNotAllowed(request);
        const auto body = jsonBody(request, true, &error);
        return body ? m_store.cancel(orderId, *body) : error;
    }
    if (s.size() == 6 && action == u"invoice") {
        if (m != "POST")
            return methodNotAllowed(request);
        const auto body = jsonBody(request, false, &error);
        return body ? m_store.invoice(orderId, *body) : error;
    }
    if (s.size() == 7 && action == u"invoice") {
        if (m != "PATCH")
            return methodNotAllowed(request);
        const auto body = jsonBody(request, false, &error);
        return body ? m_store.updateInvoice(orderId, s[6], *body) : error;
    }
    if (s.size() == 8 && action == u"invoice" && s[7] == u"tracking") {
        if (m != "PUT")
            return methodNotAllowed(request);
        const auto body = jsonBody(request, false, &error);
        return body ? m_store.updateTracking(orderId, s[6], *body) : error;
    }
    return vtexError(404, u"404"_s, u"No route for %1"_s.arg(request.path));
}

} // namespace despacho::sandbox
