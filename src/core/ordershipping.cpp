// When an order must ship and whether it is late: the packing station's rules over Order and
// OrderSummary (order.h).
#include "core/order.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace despacho {

QDateTime Order::shipBy() const
{
    QDateTime earliest;
    for (const auto &l : logistics) {
        if (l.shippingEstimateDate.isValid() &&
            (!earliest.isValid() || l.shippingEstimateDate < earliest))
            earliest = l.shippingEstimateDate;
    }
    return earliest;
}

bool Order::isPickup() const
{
    return std::any_of(logistics.cbegin(), logistics.cend(), [](const LogisticsInfo &l) {
        return l.deliveryChannel == "pickup-in-point"_L1;
    });
}

QString salesChannelKey(const QString &salesChannel, const QString &affiliateId)
{
    if (affiliateId.isEmpty())
        return salesChannel;
    return salesChannel + u'/' + affiliateId;
}

QStringList statusesDoneWithShipping()
{
    // "invoice-after-cancellation-deny" is not here: the cancellation was refused, so the order
    // still has to ship.
    return {u"invoice"_s, u"invoiced"_s, u"replaced"_s, u"cancellation-requested"_s, u"canceling"_s,
            u"canceled"_s,
            // e-vendi: closed (shipped), refunded, payment refused.
            u"CLOSED"_s, u"REVERSED"_s, u"REFUSED"_s};
}

bool isOverdue(const QDateTime &shipBy, const QString &status, const QDateTime &now)
{
    static const QStringList done = statusesDoneWithShipping();
    return shipBy.isValid() && shipBy < now && !done.contains(status);
}

} // namespace despacho
