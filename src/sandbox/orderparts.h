#pragma once

#include "sandbox/ordergenerator.h"

#include <QJsonObject>

// Builders for sections of the get-order document (orderdocument.cpp assembles them).
namespace despacho::sandbox::detail {

QJsonObject pickupStoreInfo(bool pickup);
QJsonObject shippingAddress(const GeneratedOrder &order);
// `imageBase` (http://127.0.0.1:PORT of a running sandbox) makes imageUrl point at the sandbox's
// own product images; empty keeps VTEX's CDN shape (never fetched by tests or the demo).
QJsonObject itemDocument(const GeneratedOrder &order, const GeneratedItem &item,
                         const QString &account, const QString &imageBase = {});
QJsonObject logisticsDocument(const GeneratedOrder &order, qsizetype itemIndex);
QJsonObject paymentDocument(const GeneratedOrder &order);

} // namespace despacho::sandbox::detail
