#pragma once

#include <QString>
#include <QStringList>

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
struct StatusQueue
{
    QString key;   // "ready-for-handling", …, or "" for all
    QString label; // translated
};
QList<StatusQueue> statusQueues();

// The statuses the synchronizer fetches by default.
QStringList defaultSyncStatuses();

} // namespace despacho
