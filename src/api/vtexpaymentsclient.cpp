#include "api/vtexpaymentsclient.h"

#include "api/transport.h"

#include <QLoggingCategory>

namespace despacho::api {

namespace {
Q_LOGGING_CATEGORY(lcVtexPayments, "despacho.api.vtex.payments")
} // namespace

VtexPaymentsClient::VtexPaymentsClient(Transport *transport, VtexAccountConfig config,
                                       QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_config(std::move(config))
{}

quint64 VtexPaymentsClient::getTransaction(const QString &transactionId, QObject *ctx,
                                           TransactionCallback done)
{
    const QString id = transactionId.trimmed();
    const QString operation = u"get payment transaction " + id;
    if (!m_transport) {
        ApiError error;
        error.kind = ErrorKind::Network;
        error.detail = operation + u": no transport";
        QMetaObject::invokeMethod(
            ctx ? ctx : this, [done = std::move(done), error] { done({}, error); },
            Qt::QueuedConnection);
        return 0;
    }
    ApiRequest request = vtexRequest(
        m_config, "GET", vtexUrl(m_config.paymentsBase(), u"/api/pvt/transactions", {id}));
    request.operation = operation;
    qCDebug(lcVtexPayments).noquote() << operation << "on account" << m_config.account;
    return m_transport->send(
        std::move(request), ctx, [operation, done = std::move(done)](const ApiResponse &response) {
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
                qCWarning(lcVtexPayments).noquote() << error.logText();
            done(doc.object(), error);
        });
}

} // namespace despacho::api
