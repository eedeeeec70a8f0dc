#include "core/workstate.h"

#include "core/orderstatus.h"

#include <array>

namespace despacho {

namespace {
WorkState vtexWorkState(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PaymentPending:
    case OrderStatus::PaymentApproved:
    case OrderStatus::WaitingForSellerDecision:
    case OrderStatus::WindowToCancel:
        return WorkState::BeforeHandling;
    case OrderStatus::ReadyForHandling:
        return WorkState::ReadyForHandling;
    case OrderStatus::Handling:
        return WorkState::Handling;
    case OrderStatus::StartHandling:
    case OrderStatus::InvoiceAfterCancellationDeny:
    case OrderStatus::OrderAccepted:
    case OrderStatus::Invoice:
        return WorkState::InTransition;
    case OrderStatus::Invoiced:
        return WorkState::Shipped;
    case OrderStatus::CancellationRequested:
    case OrderStatus::Canceling:
        return WorkState::Canceling;
    case OrderStatus::Canceled:
        return WorkState::Canceled;
    case OrderStatus::Replaced:
    case OrderStatus::Other:
        break;
    }
    return WorkState::Other;
}

constexpr std::array kVtexStatuses{
    OrderStatus::PaymentPending,
    OrderStatus::PaymentApproved,
    OrderStatus::WaitingForSellerDecision,
    OrderStatus::WindowToCancel,
    OrderStatus::ReadyForHandling,
    OrderStatus::StartHandling,
    OrderStatus::Handling,
    OrderStatus::InvoiceAfterCancellationDeny,
    OrderStatus::OrderAccepted,
    OrderStatus::Invoice,
    OrderStatus::Invoiced,
    OrderStatus::Replaced,
    OrderStatus::CancellationRequested,
    OrderStatus::Canceling,
    OrderStatus::Canceled,
};
} // namespace

WorkState workStateOf(Channel channel, const QString &status)
{
    switch (channel) {
    case Channel::Vtex:
        return vtexWorkState(orderStatusFromString(status));
    case Channel::Evendi:
    case Channel::Unknown:
        break;
    }
    return WorkState::Other;
}

QStringList statusesInWorkState(WorkState state)
{
    QStringList out;
    for (OrderStatus s : kVtexStatuses) {
        if (vtexWorkState(s) == state)
            out << orderStatusToString(s);
    }
    return out;
}

} // namespace despacho
