#pragma once

#include "core/channel.h"

#include <QString>
#include <QStringList>

namespace despacho {

// Where an order is in the warehouse's own work, whatever its channel calls it: the queues and the
// action blockers are written over this, and each channel maps its statuses onto it (VTEX's
// workflow statuses today; e-vendi's OPEN, CLOSED, REVERSED, REFUSED next).
//
// The values are stored (orders.work_state, indexed with the queue sort keys): never renumber.
enum class WorkState
{
    BeforeHandling = 0,   // not yet the warehouse's: payment pending, cancellation window…
    ReadyForHandling = 1, // waiting for the warehouse to start
    Handling = 2,         // being picked and packed
    InTransition = 3,     // the channel is moving it on (VTEX start-handling, invoice)
    Shipped = 4,          // invoiced or closed: it has left the packing bench
    Canceling = 5,        // a cancellation is under way
    Canceled = 6,
    Other = 7, // replaced, or a status this build does not know
};

WorkState workStateOf(Channel channel, const QString &status);

// The statuses of every channel that mean `state`, for a queue's counts (statuses are written
// differently per channel: VTEX's in kebab case, e-vendi's in capitals, so they never collide).
QStringList statusesInWorkState(WorkState state);
// The statuses of one channel that mean `state`.
QStringList statusesInWorkState(Channel channel, WorkState state);

// e-vendi's order statuses, as searchOrders gives them.
QStringList evendiStatuses();

} // namespace despacho
