#pragma once

#include "sandbox/httptypes.h"

namespace despacho::sandbox {

class OrderStore;
struct OrderRecord;

// GET /api/oms/pvt/orders: filters (f_status, f_creationDate, q), orderBy, paging with VTEX's
// 30-page cap, and the stats block.
HttpReply listOrders(const OrderStore &store, const HttpRequest &request);

// One row of the list, exactly the fields of the spec's example (no lastChange: VTEX has none).
QJsonObject listRow(const OrderRecord &record);

} // namespace despacho::sandbox
