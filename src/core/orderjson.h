#pragma once

#include "core/order.h"

#include <QJsonObject>
#include <QString>

namespace despacho {

// Mapping of VTEX's JSON (List orders rows and Get order replies) to domain values. Tolerant of the
// nulls VTEX really sends (ean, complement, reference, …) and of missing sections; strict about the
// fields the back office cannot work without, which it reports by name.
struct OrderParseResult
{
    Order order;
    QString error; // empty when the order is usable; else names the missing/invalid field
    bool ok() const { return error.isEmpty(); }
};

OrderParseResult orderFromVtexJson(const QJsonObject &json);

// Index columns for the cache from a full order.
OrderSummary summaryFromOrder(const Order &order, const QString &account);
// The order's packages as the cache indexes them (OrderSummary::packages), in its order.
QList<PackageRef> packageRefsOf(const Order &order);

// Index columns from a List orders row (values there are provisional: VTEX rounds totalValue and
// lags behind; they are replaced by the get-order values once the detail is fetched).
OrderParseResult summaryFromListRow(const QJsonObject &row, const QString &account,
                                    OrderSummary *summary);

// A digest of a list row's mutable fields; a change means the detail must be fetched again.
QString listRowDigest(const QJsonObject &row);

} // namespace despacho
