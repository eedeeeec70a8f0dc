#pragma once

#include "sandbox/httptypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace despacho::sandbox {

// e-vendi's order API (https://e-vendi.com.br/api/...), after e-vendi's own pages: POST
// searchOrders, GET getOrderById and getOrdersOpened (token in the query string), POST
// saveOrderTrackingCode, saveOrderFiscalNote, closeOrder, cancelOrder and reverse-order. Every
// call carries env ("dev"/"prod", any case), integrationToken and organizationExternalId. As
// documented: writes answer the bare text "success" (reverse-order: {"success": true}); 400 for
// anything wrong in the request (a bad token, a missing field, an unknown order), 405 for the
// wrong method, 415 without Content-Type: application/json; the order object has no status and
// does not give back a saved tracking code or fiscal note. dev and prod are two stores apart.
class EvendiStore
{
public:
    EvendiStore(quint32 seed, QString integrationToken, QDateTime referenceDate, int count = 50);

    // nullopt when the path is not an e-vendi route
    std::optional<HttpReply> handle(const HttpRequest &request);

    int count() const { return int(m_dev.orders.size()); }
    // As the store keeps it, with its status and what was saved on it; empty when unknown.
    QJsonObject order(const QString &idOrNumber, const QString &env = QStringLiteral("dev")) const;

private:
    struct Orders
    {
        QList<QJsonObject> orders;
        QHash<QString, qsizetype> index; // id and orderNumber -> position
        QJsonObject *find(const QString &idOrNumber);
        const QJsonObject *find(const QString &idOrNumber) const;
    };
    Orders &store(const QJsonObject &params);
    std::optional<HttpReply> checkAccess(const QJsonObject &params) const;
    HttpReply search(const Orders &orders, const QJsonObject &params) const;
    HttpReply saveTrackingCode(QJsonObject &order, const QJsonObject &params);
    HttpReply close(QJsonObject &order);
    HttpReply saveFiscalNote(QJsonObject &order, const QJsonObject &params);
    HttpReply cancel(QJsonObject &order);
    HttpReply reverse(QJsonObject &order, const QJsonObject &params);
    static QJsonObject present(const QJsonObject &order, const QString &organization);

    QString m_token;
    Orders m_dev, m_prod;
};

} // namespace despacho::sandbox
