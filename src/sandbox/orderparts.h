#pragma once

#include "sandbox/ordergenerator.h"

#include <QJsonObject>

// Builders for sections of the get-order document (orderdocument.cpp assembles them).
namespace despacho::sandbox::detail {

QJsonObject pickupStoreInfo(bool pickup);
QJsonObject shippingAddress(const GeneratedOrder &order);
QJsonObject itemDocument(const GeneratedOrder &order, const GeneratedItem &item,
                         const QString &account);
QJsonObject logisticsDocument(const GeneratedOrder &order, qsizetype itemIndex);
QJsonObject paymentDocument(const GeneratedOrder &order);

} // namespace despacho::sandbox::detail
