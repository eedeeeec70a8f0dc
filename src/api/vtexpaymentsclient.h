#pragma once

#include "api/apitypes.h"
#include "api/vtexaccount.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace despacho::api {

class Transport;

// VTEX Payments Gateway: GET {paymentsBase}/api/pvt/transactions/{transactionId}.
class VtexPaymentsClient : public QObject
{
    Q_OBJECT
public:
    using TransactionCallback = std::function<void(const QJsonObject &, const ApiError &)>;

    VtexPaymentsClient(Transport *transport, VtexAccountConfig config, QObject *parent = nullptr);

    const VtexAccountConfig &config() const { return m_config; }

    quint64 getTransaction(const QString &transactionId, QObject *ctx, TransactionCallback done);

private:
    QPointer<Transport> m_transport;
    VtexAccountConfig m_config;
};

} // namespace despacho::api
