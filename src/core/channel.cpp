#include "core/channel.h"

using namespace Qt::StringLiterals;

namespace despacho {

QString channelToString(Channel channel)
{
    switch (channel) {
    case Channel::Vtex:
        return u"vtex"_s;
    case Channel::Evendi:
        return u"evendi"_s;
    case Channel::Unknown:
        break;
    }
    return u"unknown"_s;
}

Channel channelFromString(const QString &text)
{
    if (text == u"vtex"_s)
        return Channel::Vtex;
    if (text == u"evendi"_s)
        return Channel::Evendi;
    return Channel::Unknown;
}

QString channelDisplayName(Channel channel)
{
    switch (channel) {
    case Channel::Vtex:
        return u"VTEX"_s;
    case Channel::Evendi:
        return u"e-vendi"_s;
    case Channel::Unknown:
        break;
    }
    return u"?"_s;
}

} // namespace despacho
