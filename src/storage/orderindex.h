#pragma once

#include "core/order.h"

#include <QString>

class QSqlDatabase;

namespace despacho::storage {

// The columns the cache derives from an order for sorting, filtering and search. One place, so
// OrderCache's writes and migration 4's back-fill of older rows cannot disagree.
struct OrderIndexColumns
{
    QString searchText; // folded: order id, sequence, client, document, e-mail, SKU, EAN, tracking
    QString clientKey;  // folded client name: "Álvaro" sorts with "alvaro", not after "Zoe"
    QString courierKey; // folded courier: the carrier filter is case- and accent-blind
    int statusRank = 0; // workflow order of the status (core::orderStatusRank)
    int workState = 0;  // WorkState of the channel's status: the queues' filter
};

OrderIndexColumns indexColumnsFor(const OrderSummary &summary);

// Qt binds a null QString as NULL; the NOT NULL text columns need ''.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Migration 4: fills ship_by, pickup, sales_channel, the sort keys and the wider search text of
// every cached order, decoding the stored raw JSON with the core mapping where there is one.
bool backfillOrderIndex(QSqlDatabase &db, QString *error);

// Migration 8: every cached order's work state from its channel and status (workStateOf).
bool backfillWorkState(QSqlDatabase &db, QString *error);

} // namespace despacho::storage
