#pragma once

#include "core/workstate.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace despacho {

// VTEX order workflow states that the back office distinguishes. Anything else VTEX sends is kept
// verbatim as Other (the raw string stays in the cache), so a new VTEX status never breaks a sync.
enum class OrderStatus
{
    PaymentPending,
    PaymentApproved,
    WaitingForSellerDecision,
    WindowToCancel,
    ReadyForHandling,
    StartHandling,
    Handling,
    InvoiceAfterCancellationDeny,
    OrderAccepted,
    Invoice,
    Invoiced,
    Replaced,
    CancellationRequested,
    Canceling,
    Canceled,
    Other,
};

OrderStatus orderStatusFromString(const QString &vtexStatus);
QString orderStatusToString(OrderStatus status);           // the VTEX string, "" for Other
QString orderStatusDisplayName(const QString &vtexStatus); // translated, for the UI
bool isFinalStatus(const QString &vtexStatus);             // invoiced, canceled, replaced
// Place in the workflow (payment pending first, canceled last; unknown statuses after all), what
// sorting by status means.
int orderStatusRank(const QString &vtexStatus);

// The queues shown to warehouse staff, in display order.
// Each queue is one work state (see workstate.h), so it holds the orders of every channel whose
// status means that state.
struct StatusQueue
{
    QString key;   // "ready-for-handling", …, or "" for all
    QString label; // translated
    WorkState state = WorkState::Other;
    QStringList statuses; // every channel's statuses in `state`; empty for all orders
};
// The queue with that key, or nothing.
std::optional<StatusQueue> statusQueue(const QString &key);
QList<StatusQueue> statusQueues();

// The statuses the synchronizer fetches by default.
QStringList defaultSyncStatuses();

} // namespace despacho
