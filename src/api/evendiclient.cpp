#include "api/evendiclient.h"

#include "api/transport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace despacho::api {

namespace {
Q_LOGGING_CATEGORY(lcEvendi, "despacho.api.evendi")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::api::EvendiClient)
};

QString normalizedId(const QString &orderId)
{
    return orderId.trimmed();
}

// What e-vendi's pages say each documented error means, for a person at the bench.
QString documentedMeaning(int status)
{
    switch (status) {
    case 400:
        return Tr::tr("e-vendi did not understand the request (400): check the account's "
                      "organization id, its integration token and the order number.");
    case 405:
        return Tr::tr("e-vendi refused the method of the request (405): Despacho sent a GET where "
                      "e-vendi expects a POST, or the reverse. Report it to whoever supports "
                      "Despacho.");
    case 415:
        return Tr::tr("e-vendi refused the request's format (415): it was not sent as "
                      "application/json. Report it to whoever supports Despacho.");
    default:
        return {};
    }
}

ApiError withMeaning(ApiError error)
{
    if (const QString meaning = documentedMeaning(error.httpStatus); !meaning.isEmpty())
        error.serverMessage = meaning;
    return error;
}
} // namespace

QString evendiEnvName(EvendiEnv env)
{
    return env == EvendiEnv::Prod ? u"prod"_s : u"dev"_s;
}

QJsonObject EvendiBankAccount::toJson() const
{
    return {{u"code"_s, code},
            {u"agency"_s, agency},
            {u"dvAgency"_s, dvAgency},
            {u"accountNumber"_s, accountNumber},
            {u"dvAccount"_s, dvAccount},
            {u"accountType"_s, accountType},
            {u"documentType"_s, documentType},
            {u"documentNumber"_s, documentNumber},
            {u"name"_s, name}};
}

EvendiBankAccount EvendiBankAccount::fromJson(const QJsonObject &json)
{
    auto text = [&json](const char *key) {
        return json.value(QLatin1StringView(key)).toString();
    };
    return {text("code"),          text("agency"),         text("dvAgency"),
            text("accountNumber"), text("dvAccount"),      text("accountType"),
            text("documentType"),  text("documentNumber"), text("name")};
}

ApiError evendiWriteOutcome(const ApiResponse &response, const QString &operation)
{
    if (!response.ok())
        return withMeaning(response.error);
    const QByteArray text = response.body.trimmed();
    // "success", bare or quoted as a JSON string; reverse-order: {"success": true}.
    if (text == "success" || text == "\"success\"")
        return {};
    if (response.json.isObject() && response.json.object().value(u"success"_s).toBool(false) &&
        response.json.object().value(u"success"_s).isBool())
        return {};
    ApiError error;
    error.kind = ErrorKind::InvalidReply;
    error.httpStatus = response.httpStatus;
    error.serverMessage = QString::fromUtf8(text.left(300));
    error.detail = u"reply to "_s + operation + u" is not \"success\""_s;
    return error;
}

EvendiOrderPage parseEvendiSearch(const QJsonDocument &doc, const QString &operation,
                                  ApiError *error)
{
    EvendiOrderPage page;
    const QJsonValue values = doc.object().value(u"values"_s);
    if (!doc.isObject() || !values.isArray()) {
        if (error) {
            error->kind = ErrorKind::InvalidReply;
            error->detail = u"reply to "_s + operation + u" has no \"values\" array"_s;
        }
        return page;
    }
    for (const QJsonValue &v : values.toArray()) {
        if (v.isObject())
            page.values.append(v.toObject());
        else
            qCWarning(lcEvendi).noquote() << "skipped a row that is not an object in" << operation;
    }
    const QJsonObject o = doc.object();
    page.count = o.value(u"count"_s).toInt(int(page.values.size()));
    page.page = o.value(u"page"_s).toInt(1);
    page.pageSize = o.value(u"pageSize"_s).toInt(int(page.values.size()));
    return page;
}

EvendiClient::EvendiClient(Transport *transport, EvendiAccountConfig config, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_config(std::move(config))
{}

Transport *EvendiClient::transport() const
{
    return m_transport;
}

QJsonObject EvendiClient::body(const QJsonObject &fields) const
{
    QJsonObject o = fields;
    o.insert(u"env"_s, evendiEnvName(m_config.env));
    o.insert(u"integrationToken"_s, m_config.integrationToken);
    o.insert(u"organizationExternalId"_s, m_config.organizationExternalId);
    return o;
}

QUrl EvendiClient::url(const QString &method, bool withCredentialsInQuery,
                       const QList<std::pair<QString, QString>> &extra) const
{
    QUrl base = m_config.baseUrl;
    QString path = base.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path + method);
    if (withCredentialsInQuery) {
        QUrlQuery query;
        query.addQueryItem(u"integrationToken"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(m_config.integrationToken)));
        query.addQueryItem(u"env"_s, evendiEnvName(m_config.env));
        query.addQueryItem(u"organizationExternalId"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                                            m_config.organizationExternalId)));
        for (const auto &[key, value] : extra)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        base.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return base;
}

quint64 EvendiClient::send(ApiRequest request, QObject *ctx,
                           std::function<void(const ApiResponse &)> done)
{
    request.limitKey = u"evendi:"_s + m_config.name;
    request.ratePerMinute = m_config.ratePerMinute;
    if (m_transport)
        return m_transport->send(std::move(request), ctx, std::move(done));
    ApiResponse response;
    response.error.kind = ErrorKind::Network;
    response.error.detail = request.operation + u": no transport"_s;
    QMetaObject::invokeMethod(
        ctx ? ctx : this, [done = std::move(done), response] { done(response); },
        Qt::QueuedConnection);
    return 0;
}

quint64 EvendiClient::post(const QString &method, const QJsonObject &fields, bool retryable,
                           const QString &operation, QObject *ctx,
                           std::function<void(const ApiResponse &)> done)
{
    ApiRequest request;
    request.method = "POST";
    request.url = url(method);
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.body = QJsonDocument(body(fields)).toJson(QJsonDocument::Compact);
    request.retryable = retryable;
    request.operation = operation;
    qCDebug(lcEvendi).noquote() << operation << "on account" << m_config.name;
    return send(std::move(request), ctx, std::move(done));
}

quint64 EvendiClient::get(const QString &method, const QList<std::pair<QString, QString>> &extra,
                          const QString &operation, QObject *ctx,
                          std::function<void(const ApiResponse &)> done)
{
    ApiRequest request;
    request.method = "GET";
    request.url = url(method, true, extra);
    request.headers = {{"Accept", "application/json"}};
    request.redactQuery = true; // the token rides in the query string
    request.operation = operation;
    return send(std::move(request), ctx, std::move(done));
}

quint64 EvendiClient::searchOrders(const EvendiSearch &search, QObject *ctx, PageCallback done)
{
    QJsonObject filter;
    if (!search.status.isEmpty())
        filter.insert(u"status"_s, search.status);
    if (!search.query.trimmed().isEmpty())
        filter.insert(u"query"_s, search.query.trimmed());
    if (search.start.isValid() || search.end.isValid()) {
        filter.insert(
            u"dates"_s,
            QJsonObject{{u"start"_s, search.start.isValid()
                                         ? QJsonValue(search.start.toMSecsSinceEpoch())
                                         : QJsonValue()},
                        {u"end"_s, search.end.isValid() ? QJsonValue(search.end.toMSecsSinceEpoch())
                                                        : QJsonValue()}});
    }
    QJsonObject fields{{u"page"_s, std::max(1, search.page)},
                       {u"pageSize"_s, std::clamp(search.pageSize, 1, 100)}};
    if (!filter.isEmpty())
        fields.insert(u"filter"_s, filter);
    const QString operation = u"search orders page %1"_s.arg(std::max(1, search.page));
    // A search changes nothing: safe to send again.
    return post(u"searchOrders"_s, fields, true, operation, ctx,
                [operation, done = std::move(done)](const ApiResponse &response) {
                    if (!response.ok()) {
                        done({}, withMeaning(response.error));
                        return;
                    }
                    ApiError error;
                    const EvendiOrderPage page =
                        parseEvendiSearch(response.json, operation, &error);
                    error.httpStatus = error.isNone() ? 0 : response.httpStatus;
                    done(page, error);
                });
}

quint64 EvendiClient::getOrderById(const QString &orderId, QObject *ctx, OrderCallback done)
{
    const QString id = normalizedId(orderId);
    const QString operation = u"get e-vendi order "_s + id;
    return get(u"getOrderById"_s, {{u"orderId"_s, id}}, operation, ctx,
               [operation, done = std::move(done)](const ApiResponse &response) {
                   if (!response.ok()) {
                       done({}, withMeaning(response.error));
                       return;
                   }
                   ApiError error;
                   if (!response.json.isObject()) {
                       error.kind = ErrorKind::InvalidReply;
                       error.httpStatus = response.httpStatus;
                       error.detail = u"reply to "_s + operation + u" is not a JSON object"_s;
                   }
                   done(response.json.object(), error);
               });
}

quint64 EvendiClient::getOrdersOpened(QObject *ctx, ListCallback done)
{
    const QString operation = u"get open e-vendi orders"_s;
    return get(u"getOrdersOpened"_s, {}, operation, ctx,
               [operation, done = std::move(done)](const ApiResponse &response) {
                   if (!response.ok()) {
                       done({}, withMeaning(response.error));
                       return;
                   }
                   QList<QJsonObject> orders;
                   ApiError error;
                   // An array of orders, or an object holding one (the history page's shape).
                   QJsonArray array = response.json.array();
                   if (response.json.isObject()) {
                       for (const QString &key : {u"values"_s, u"orders"_s, u"data"_s}) {
                           if (response.json.object().value(key).isArray())
                               array = response.json.object().value(key).toArray();
                       }
                   }
                   if (!response.json.isArray() && array.isEmpty() && !response.json.isObject()) {
                       error.kind = ErrorKind::InvalidReply;
                       error.httpStatus = response.httpStatus;
                       error.detail = u"reply to "_s + operation + u" is not JSON"_s;
                   }
                   for (const QJsonValue &v : array) {
                       if (v.isObject())
                           orders.append(v.toObject());
                   }
                   done(orders, error);
               });
}

quint64 EvendiClient::write(const QString &method, const QJsonObject &fields,
                            const QString &operation, QObject *ctx, WriteCallback done)
{
    return post(method, fields, false, operation, ctx,
                [operation, done = std::move(done)](const ApiResponse &response) {
                    done(response, evendiWriteOutcome(response, operation));
                });
}

quint64 EvendiClient::saveOrderTrackingCode(const QString &orderId, const QString &trackingCode,
                                            QObject *ctx, WriteCallback done)
{
    const QString id = normalizedId(orderId);
    return write(u"saveOrderTrackingCode"_s,
                 {{u"orderId"_s, id}, {u"trackingCode"_s, trackingCode.trimmed()}},
                 u"save tracking code of e-vendi order "_s + id, ctx, std::move(done));
}

quint64 EvendiClient::saveOrderFiscalNote(const QString &orderId, const QUrl &fiscalNoteUrl,
                                          QObject *ctx, WriteCallback done)
{
    const QString id = normalizedId(orderId);
    return write(
        u"saveOrderFiscalNote"_s,
        {{u"orderId"_s, id}, {u"fiscalNoteUrl"_s, fiscalNoteUrl.toString(QUrl::FullyEncoded)}},
        u"save fiscal note of e-vendi order "_s + id, ctx, std::move(done));
}

quint64 EvendiClient::closeOrder(const QString &orderId, QObject *ctx, WriteCallback done)
{
    const QString id = normalizedId(orderId);
    return write(u"closeOrder"_s, {{u"orderId"_s, id}}, u"close e-vendi order "_s + id, ctx,
                 std::move(done));
}

quint64 EvendiClient::cancelOrder(const QString &orderId, QObject *ctx, WriteCallback done)
{
    const QString id = normalizedId(orderId);
    return write(u"cancelOrder"_s, {{u"orderId"_s, id}}, u"cancel e-vendi order "_s + id, ctx,
                 std::move(done));
}

quint64 EvendiClient::reverseOrder(const QString &orderId, const QString &reason,
                                   const EvendiBankAccount &bank, QObject *ctx, WriteCallback done)
{
    const QString id = normalizedId(orderId);
    QJsonObject fields{{u"orderId"_s, id}, {u"reason"_s, reason.trimmed()}};
    // The bank account only where e-vendi needs one (a boleto payment): a card is refunded to it.
    const QJsonObject account = bank.toJson();
    for (auto it = account.begin(); it != account.end(); ++it) {
        if (!it->toString().isEmpty()) {
            fields.insert(u"bank"_s, account);
            break;
        }
    }
    return write(u"reverse-order"_s, fields, u"refund e-vendi order "_s + id, ctx, std::move(done));
}

} // namespace despacho::api
