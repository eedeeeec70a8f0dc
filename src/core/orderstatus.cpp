#include "core/orderstatus.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace despacho {

namespace {
struct StatusName
{
    OrderStatus status;
    const char16_t *name;
};
constexpr std::array kNames{
    StatusName{OrderStatus::PaymentPending, u"payment-pending"},
    StatusName{OrderStatus::PaymentApproved, u"payment-approved"},
    StatusName{OrderStatus::WaitingForSellerDecision, u"waiting-for-seller-decision"},
    StatusName{OrderStatus::WindowToCancel, u"window-to-cancel"},
    StatusName{OrderStatus::ReadyForHandling, u"ready-for-handling"},
    StatusName{OrderStatus::StartHandling, u"start-handling"},
    StatusName{OrderStatus::Handling, u"handling"},
    StatusName{OrderStatus::InvoiceAfterCancellationDeny, u"invoice-after-cancellation-deny"},
    StatusName{OrderStatus::OrderAccepted, u"order-accepted"},
    StatusName{OrderStatus::Invoice, u"invoice"},
    StatusName{OrderStatus::Invoiced, u"invoiced"},
    StatusName{OrderStatus::Replaced, u"replaced"},
    StatusName{OrderStatus::CancellationRequested, u"cancellation-requested"},
    StatusName{OrderStatus::Canceling, u"canceling"},
    StatusName{OrderStatus::Canceled, u"canceled"},
};
} // namespace

OrderStatus orderStatusFromString(const QString &vtexStatus)
{
    for (const auto &n : kNames) {
        if (vtexStatus == QStringView(n.name))
            return n.status;
    }
    return OrderStatus::Other;
}

QString orderStatusToString(OrderStatus status)
{
    for (const auto &n : kNames) {
        if (n.status == status)
            return QString::fromUtf16(n.name);
    }
    return {};
}

QString orderStatusDisplayName(const QString &vtexStatus)
{
    switch (orderStatusFromString(vtexStatus)) {
    case OrderStatus::PaymentPending:
        return QCoreApplication::translate("despacho::OrderStatus", "Payment pending");
    case OrderStatus::PaymentApproved:
        return QCoreApplication::translate("despacho::OrderStatus", "Payment approved");
    case OrderStatus::WaitingForSellerDecision:
        return QCoreApplication::translate("despacho::OrderStatus", "Waiting for seller");
    case OrderStatus::WindowToCancel:
        return QCoreApplication::translate("despacho::OrderStatus", "Cancellation window");
    case OrderStatus::ReadyForHandling:
        return QCoreApplication::translate("despacho::OrderStatus", "Ready for handling");
    case OrderStatus::StartHandling:
        return QCoreApplication::translate("despacho::OrderStatus", "Starting handling");
    case OrderStatus::Handling:
        return QCoreApplication::translate("despacho::OrderStatus", "Handling");
    case OrderStatus::InvoiceAfterCancellationDeny:
        return QCoreApplication::translate("despacho::OrderStatus",
                                           "Invoice after cancellation denied");
    case OrderStatus::OrderAccepted:
        return QCoreApplication::translate("despacho::OrderStatus", "Order accepted");
    case OrderStatus::Invoice:
        return QCoreApplication::translate("despacho::OrderStatus", "Invoicing");
    case OrderStatus::Invoiced:
        return QCoreApplication::translate("despacho::OrderStatus", "Invoiced");
    case OrderStatus::Replaced:
        return QCoreApplication::translate("despacho::OrderStatus", "Replaced");
    case OrderStatus::CancellationRequested:
        return QCoreApplication::translate("despacho::OrderStatus", "Cancellation requested");
    case OrderStatus::Canceling:
        return QCoreApplication::translate("despacho::OrderStatus", "Canceling");
    case OrderStatus::Canceled:
        return QCoreApplication::translate("despacho::OrderStatus", "Canceled");
    case OrderStatus::Other:
        break;
    }
    // e-vendi's statuses (searchOrders), in capitals: they never collide with VTEX's.
    if (vtexStatus == u"OPEN")
        return QCoreApplication::translate("despacho::OrderStatus", "Open");
    if (vtexStatus == u"CLOSED")
        return QCoreApplication::translate("despacho::OrderStatus", "Closed");
    if (vtexStatus == u"REVERSED")
        return QCoreApplication::translate("despacho::OrderStatus", "Refunded");
    if (vtexStatus == u"REFUSED")
        return QCoreApplication::translate("despacho::OrderStatus", "Payment refused");
    return vtexStatus.isEmpty() ? QCoreApplication::translate("despacho::OrderStatus", "Unknown")
                                : vtexStatus;
}

bool isFinalStatus(const QString &vtexStatus)
{
    const auto s = orderStatusFromString(vtexStatus);
    return s == OrderStatus::Invoiced || s == OrderStatus::Canceled || s == OrderStatus::Replaced;
}

int orderStatusRank(const QString &vtexStatus)
{
    return int(orderStatusFromString(vtexStatus));
}

QList<StatusQueue> statusQueues()
{
    auto queue = [](const QString &key, WorkState state) {
        return StatusQueue{key, orderStatusDisplayName(key), state, statusesInWorkState(state)};
    };
    return {
        queue(u"ready-for-handling"_s, WorkState::ReadyForHandling),
        queue(u"handling"_s, WorkState::Handling),
        queue(u"invoiced"_s, WorkState::Shipped),
        queue(u"canceled"_s, WorkState::Canceled),
        {QString(),
         QCoreApplication::translate("despacho::OrderStatus", "All orders"),
         WorkState::Other,
         {}},
    };
}

std::optional<StatusQueue> statusQueue(const QString &key)
{
    for (const StatusQueue &q : statusQueues()) {
        if (q.key == key)
            return q;
    }
    return std::nullopt;
}

QStringList defaultSyncStatuses()
{
    return {u"ready-for-handling"_s, u"handling"_s,         u"invoiced"_s,        u"canceled"_s,
            u"payment-pending"_s,    u"payment-approved"_s, u"window-to-cancel"_s};
}

} // namespace despacho
