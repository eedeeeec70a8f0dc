#pragma once

#include "core/channel.h"

#include <QString>
#include <QStringList>

namespace despacho {

// Where an order is in the warehouse's own work, whatever its channel calls it: the queues and the
// action blockers are written over this, and each channel maps its statuses onto it (VTEX's
// workflow statuses today; e-vendi's OPEN, CLOSED, REVERSED, REFUSED next).
enum class WorkState
{
    BeforeHandling,   // not yet the warehouse's: payment pending, cancellation window…
    ReadyForHandling, // waiting for the warehouse to start
    Handling,         // being picked and packed
    InTransition,     // the channel is moving it on (VTEX start-handling, invoice)
    Shipped,          // invoiced or closed: it has left the packing bench
    Canceling,        // a cancellation is under way
    Canceled,
    Other, // replaced, or a status this build does not know
};

WorkState workStateOf(Channel channel, const QString &status);

// The statuses of every channel that mean `state`, for a queue's SQL filter and counts.
QStringList statusesInWorkState(WorkState state);

} // namespace despacho
