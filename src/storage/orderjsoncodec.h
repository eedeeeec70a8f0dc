#pragma once

// How an order's raw JSON is kept on disk (table order_json). A real store's million orders hold
// about 11 GB of JSON; deflated by zlib against a preset dictionary they take a sixth of that.
// The dictionary is the example order of VTEX's own Orders API spec
// (vtex-order-dictionary.json, from ../shared/api/vtex-orders-api.json), so the keys and the
// shape every order repeats cost almost nothing. The bytes are the store's reply as it came;
// decoding gives them back exactly.
#include <QByteArray>
#include <QString>

class QSqlDatabase;

namespace despacho::storage::detail {

enum class JsonEncoding : int
{
    Plain = 0,      // UTF-8 as received (never written now; readable for safety)
    ZlibVtexV1 = 1, // a zlib stream made with the preset dictionary vtex-order-dictionary.json
};

// Never change the dictionary file: stored JSON needs the same bytes to be read back. A new
// dictionary is a new JsonEncoding value.
QByteArrayView vtexOrderDictionary();

QByteArray encodeOrderJson(const QByteArray &raw);
// The raw JSON; a null QByteArray and *error set when the stored bytes cannot be decoded.
QByteArray decodeOrderJson(int encoding, const QByteArray &stored, QString *error);

} // namespace despacho::storage::detail

namespace despacho::storage {
// Migration 5's step: every orders.detail_json of the old table, compressed into order_json
// under the order's rowid (kept by the rebuilt table).
bool moveOrderJson(QSqlDatabase &db, QString *error);
} // namespace despacho::storage
