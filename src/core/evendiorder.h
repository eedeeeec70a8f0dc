#pragma once

// e-vendi's order as Despacho keeps it and reads it. e-vendi's order object has no status (the
// status, OPEN | CLOSED | REVERSED | REFUSED, comes only from searchOrders), so the cache keeps
// a document of both: {"order": <getOrderById or getOrdersOpened's object>, "status": "OPEN",
// "searchRow": <searchOrders' row, when there was one>}. Money is float reais in e-vendi's
// JSON, converted to exact cents; createdAt is epoch milliseconds.
#include "core/orderjson.h"

#include <QJsonObject>

namespace despacho {

// The stored document of an e-vendi order.
QJsonObject evendiDocument(const QJsonObject &order, const QString &status,
                           const QJsonObject &searchRow = {});

// Its Order: id, number, status, dates, customer, address, products with their items (size,
// colour), totals (subTotal, freight, discount, value) and the payment (method, status,
// instalments). The error names the field that is missing or wrong.
OrderParseResult orderFromEvendiJson(const QJsonObject &document);

// "1,23" (a package size as e-vendi writes it) as a number; nothing when it is not one.
std::optional<double> evendiDecimal(const QString &text);

} // namespace despacho
