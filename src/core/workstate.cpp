#include "core/workstate.h"

#include "core/orderstatus.h"

#include <array>

using namespace Qt::StringLiterals;

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

WorkState evendiWorkState(const QString &status)
{
    if (status == u"OPEN")
        return WorkState::ReadyForHandling; // paid and waiting for the warehouse
    if (status == u"CLOSED")
        return WorkState::Shipped; // closed by the seller once shipped
    if (status == u"REVERSED")
        return WorkState::Canceled; // refunded (reverse-order)
    if (status == u"REFUSED")
        return WorkState::BeforeHandling; // payment refused: e-vendi allows a cancel only here
    return WorkState::Other;
}
} // namespace

QStringList evendiStatuses()
{
    return {u"OPEN"_s, u"CLOSED"_s, u"REVERSED"_s, u"REFUSED"_s};
}

WorkState workStateOf(Channel channel, const QString &status)
{
    switch (channel) {
    case Channel::Vtex:
        return vtexWorkState(orderStatusFromString(status));
    case Channel::Evendi:
        return evendiWorkState(status);
    case Channel::Unknown:
        break;
    }
    return WorkState::Other;
}

QStringList statusesInWorkState(Channel channel, WorkState state)
{
    QStringList out;
    switch (channel) {
    case Channel::Vtex:
        for (OrderStatus s : kVtexStatuses) {
            if (vtexWorkState(s) == state)
                out << orderStatusToString(s);
        }
        break;
    case Channel::Evendi:
        for (const QString &s : evendiStatuses()) {
            if (evendiWorkState(s) == state)
                out << s;
        }
        break;
    case Channel::Unknown:
        break;
    }
    return out;
}

QStringList statusesInWorkState(WorkState state)
{
    return statusesInWorkState(Channel::Vtex, state) + statusesInWorkState(Channel::Evendi, state);
}

} // namespace despacho
