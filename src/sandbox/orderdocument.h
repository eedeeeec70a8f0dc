#pragma once

#include "sandbox/ordergenerator.h"

#include <QJsonObject>
#include <QString>

namespace despacho::sandbox {

// GET /api/oms/pvt/orders/{orderId}, shaped like the spec's example.
QJsonObject orderDocument(const GeneratedOrder &order, const OrderState &state,
                          const QString &account, const QString &imageBase = {});

// GET /api/pvt/transactions/{transactionId} (Payments Gateway), consistent with the order.
QJsonObject transactionDocument(const GeneratedOrder &order, const OrderState &state,
                                const QString &account);

bool hasOutputInvoice(const OrderState &state);
bool allowCancellation(const OrderState &state);

} // namespace despacho::sandbox
