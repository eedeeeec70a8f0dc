#pragma once

#include "sandbox/httptypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace despacho::sandbox {

// e-vendi's order API (https://e-vendi.com.br/api/...), after the request examples in e-vendi's
// docs: POST searchOrders, GET getOrderById and getOrdersOpened (token in the query string),
// POST saveOrderTrackingCode, closeOrder and saveOrderFiscalNote. Every call carries env
// ("dev"/"prod", any case), integrationToken and organizationExternalId.
class EvendiStore
{
public:
    EvendiStore(quint32 seed, QString integrationToken, QDateTime referenceDate, int count = 50);

    // nullopt when the path is not an e-vendi route
    std::optional<HttpReply> handle(const HttpRequest &request);

    int count() const { return int(m_orders.size()); }
    QJsonObject order(const QString &idOrNumber) const; // empty when unknown

private:
    std::optional<HttpReply> checkAccess(const QJsonObject &params) const;
    QJsonObject *find(const QString &idOrNumber);
    HttpReply search(const QJsonObject &params) const;
    HttpReply saveTrackingCode(const QJsonObject &params);
    HttpReply close(const QJsonObject &params);
    HttpReply saveFiscalNote(const QJsonObject &params);
    QJsonObject present(const QJsonObject &order, const QString &organization) const;

    QString m_token;
    QList<QJsonObject> m_orders;
    QHash<QString, qsizetype> m_index; // id and orderNumber -> position
};

} // namespace despacho::sandbox
