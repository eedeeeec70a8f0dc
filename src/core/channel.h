#pragma once

#include <QString>

namespace despacho {

// Where an order comes from and where its commands go. Orders and accounts carry their channel;
// everything above src/api that differs per channel goes through it (decodeOrder, the work state,
// the channel adapters in src/sync) instead of assuming VTEX.
enum class Channel
{
    Vtex,
    Evendi,
    Unknown, // a stored value this build does not know: never decoded, never sent
};

// "vtex", "evendi": the form stored in SQLite (accounts.kind, orders.channel) and shown in JSON.
QString channelToString(Channel channel);
Channel channelFromString(const QString &text); // Unknown for anything else
// The channel's brand name ("VTEX", "e-vendi"), the same in every language.
QString channelDisplayName(Channel channel);

} // namespace despacho
