#pragma once

#include "core/channel.h"
#include "core/orderjson.h"

#include <QByteArray>
#include <QJsonObject>

namespace despacho {

// The one way from a channel's stored or received order document to the domain Order: the
// synchronizer, the dispatcher's re-reads, the cache's back-fills, the detail view, the packing
// slips and the CLI all decode here, so a new channel is one more decoder behind this switch.
// The decoded order carries its channel. A channel without a decoder in this build (or Unknown)
// is an error naming it, never a VTEX guess.
OrderParseResult decodeOrder(Channel channel, const QJsonObject &raw);
// The same from the raw bytes the cache keeps; a document that is not a JSON object is an error.
OrderParseResult decodeOrder(Channel channel, const QByteArray &raw);

} // namespace despacho
