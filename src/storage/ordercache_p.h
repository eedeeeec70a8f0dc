#pragma once

// Shared by ordercache.cpp (writes, single reads) and ordercachequery.cpp (the list's queries).
#include "core/datetime.h"
#include "core/order.h"
#include "storage/sqlerror_p.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcOrders) // "despacho.storage.orders", defined in ordercache.cpp

namespace despacho::storage::detail {

using namespace Qt::StringLiterals;

inline constexpr auto kSummaryColumns =
    "account, order_id, sequence, status, creation_date, client_name, client_document, "
    "client_email, total_cents, item_count, courier, tracking_number, last_change, list_digest, "
    "ship_by, pickup, sales_channel, channel"_L1;

inline OrderSummary summaryFromQuery(const QSqlQuery &q)
{
    OrderSummary s;
    s.account = q.value(0).toString();
    s.orderId = q.value(1).toString();
    s.sequence = q.value(2).toString();
    s.status = q.value(3).toString();
    s.creationDate = parseVtexDateTime(q.value(4).toString());
    s.clientName = q.value(5).toString();
    s.clientDocument = q.value(6).toString();
    s.clientEmail = q.value(7).toString();
    s.totalValue = Money(q.value(8).toLongLong());
    s.itemCount = q.value(9).toInt();
    s.courier = q.value(10).toString();
    s.trackingNumber = q.value(11).toString();
    s.lastChange = parseVtexDateTime(q.value(12).toString());
    s.listDigest = q.value(13).toString();
    s.shipBy = parseVtexDateTime(q.value(14).toString());
    s.pickup = q.value(15).toBool();
    s.salesChannel = q.value(16).toString();
    s.channel = channelFromString(q.value(17).toString());
    return s;
}

// Logs what failed under despacho.storage.orders and hands the database's message to the caller.
template <typename Failed> bool fail(const QString &what, const Failed &failed, QString *error)
{
    return sqlFail(lcOrders, what, failed, error);
}

} // namespace despacho::storage::detail
