#include "core/orderdecoder.h"

#include "core/evendiorder.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace despacho {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::OrderDecoder)
};
} // namespace

OrderParseResult decodeOrder(Channel channel, const QJsonObject &raw)
{
    OrderParseResult result;
    switch (channel) {
    case Channel::Vtex:
        result = orderFromVtexJson(raw);
        break;
    case Channel::Evendi:
        result = orderFromEvendiJson(raw);
        break;
    case Channel::Unknown:
        result.error = Tr::tr("orders of channel %1 cannot be read by this version")
                           .arg(channelDisplayName(channel));
        return result;
    }
    result.order.channel = channel;
    return result;
}

OrderParseResult decodeOrder(Channel channel, const QByteArray &raw)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (!doc.isObject()) {
        OrderParseResult result;
        result.error = raw.isEmpty() ? Tr::tr("the order document is empty")
                                     : Tr::tr("the order document is not a JSON object");
        return result;
    }
    return decodeOrder(channel, doc.object());
}

} // namespace despacho
