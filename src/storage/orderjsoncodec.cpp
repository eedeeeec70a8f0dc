#include "storage/orderjsoncodec.h"

#include "orderjsondictionary.h" // generated: kVtexOrderDictionary

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace despacho::storage::detail {

namespace {
constexpr int kLevel = 6;

struct Deflater
{
    z_stream stream{};
    bool ready = false;
    Deflater() { ready = deflateInit(&stream, kLevel) == Z_OK; }
    ~Deflater()
    {
        if (ready)
            deflateEnd(&stream);
    }
    Q_DISABLE_COPY_MOVE(Deflater)
};

struct Inflater
{
    z_stream stream{};
    bool ready = false;
    Inflater() { ready = inflateInit(&stream) == Z_OK; }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
    Q_DISABLE_COPY_MOVE(Inflater)
};

Bytef *bytes(const char *data)
{
    return reinterpret_cast<Bytef *>(const_cast<char *>(data));
}
} // namespace

QByteArrayView vtexOrderDictionary()
{
    return {reinterpret_cast<const char *>(kVtexOrderDictionary),
            qsizetype(sizeof(kVtexOrderDictionary))};
}

QByteArray encodeOrderJson(const QByteArray &raw)
{
    Deflater z;
    const QByteArrayView dictionary = vtexOrderDictionary();
    if (!z.ready ||
        deflateSetDictionary(&z.stream, bytes(dictionary.data()), uInt(dictionary.size())) != Z_OK)
        qFatal("zlib: cannot start deflating");
    QByteArray out(qsizetype(deflateBound(&z.stream, uLong(raw.size()))), Qt::Uninitialized);
    z.stream.next_in = bytes(raw.constData());
    z.stream.avail_in = uInt(raw.size());
    z.stream.next_out = reinterpret_cast<Bytef *>(out.data());
    z.stream.avail_out = uInt(out.size());
    if (deflate(&z.stream, Z_FINISH) != Z_STREAM_END)
        qFatal("zlib: deflate did not finish within its own bound");
    out.truncate(qsizetype(z.stream.total_out));
    return out;
}

QByteArray decodeOrderJson(int encoding, const QByteArray &stored, QString *error)
{
    if (encoding == int(JsonEncoding::Plain))
        return stored.isNull() ? QByteArray("") : stored;
    if (encoding != int(JsonEncoding::ZlibVtexV1)) {
        *error = u"the stored order JSON has an unknown encoding %1"_s.arg(encoding);
        return {};
    }
    Inflater z;
    if (!z.ready) {
        *error = u"zlib cannot start inflating"_s;
        return {};
    }
    QByteArray out(""); // not null: an empty document is still a document
    char chunk[16384];
    z.stream.next_in = bytes(stored.constData());
    z.stream.avail_in = uInt(stored.size());
    for (;;) {
        z.stream.next_out = reinterpret_cast<Bytef *>(chunk);
        z.stream.avail_out = sizeof(chunk);
        int rc = inflate(&z.stream, Z_NO_FLUSH);
        if (rc == Z_NEED_DICT) {
            const QByteArrayView dictionary = vtexOrderDictionary();
            rc = inflateSetDictionary(&z.stream, bytes(dictionary.data()), uInt(dictionary.size()));
            if (rc != Z_OK) {
                *error = u"the stored order JSON was compressed with another dictionary"_s;
                return {};
            }
            continue;
        }
        out.append(chunk, qsizetype(sizeof(chunk) - z.stream.avail_out));
        if (rc == Z_STREAM_END)
            return out;
        if (rc != Z_OK) {
            *error = u"the stored order JSON (%1 bytes of zlib) is damaged: %2"_s.arg(stored.size())
                         .arg(QString::fromLatin1(z.stream.msg ? z.stream.msg : "truncated"));
            return {};
        }
    }
}

} // namespace despacho::storage::detail

namespace despacho::storage {

bool moveOrderJson(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT rowid, account, order_id, detail_json FROM orders "
                   "WHERE detail_json IS NOT NULL"_s)) {
        *error = u"reading the cached order JSON: "_s + read.lastError().text();
        return false;
    }
    QSqlQuery write(db);
    if (!write.prepare(u"INSERT INTO order_json (order_ref, encoding, data) VALUES (?, ?, ?)"_s)) {
        *error = u"preparing the copy of the cached order JSON: "_s + write.lastError().text();
        return false;
    }
    while (read.next()) {
        write.addBindValue(read.value(0));
        write.addBindValue(int(detail::JsonEncoding::ZlibVtexV1));
        write.addBindValue(detail::encodeOrderJson(read.value(3).toString().toUtf8()));
        if (!write.exec()) {
            *error = u"copying the JSON of order %1 of %2: "_s.arg(read.value(2).toString(),
                                                                   read.value(1).toString()) +
                     write.lastError().text();
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = u"reading the cached order JSON: "_s + read.lastError().text();
        return false;
    }
    return true;
}

} // namespace despacho::storage
