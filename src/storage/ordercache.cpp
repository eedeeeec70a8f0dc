#include "storage/ordercache.h"

#include "core/datetime.h"
#include "storage/database.h"
#include "storage/ordercache_p.h"
#include "storage/orderindex.h"
#include "storage/orderjsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrders, "despacho.storage.orders")

namespace despacho::storage {

using detail::clearError;
using detail::fail;
using detail::kSummaryColumns;
using detail::summaryFromQuery;

OrderCache::OrderCache(Database *db)
    : m_db(db)
{}

namespace {
// orders.packages: [[type, invoice number, invoice key, tracking number], …]
QString packagesToJson(const QList<PackageRef> &packages)
{
    QJsonArray all;
    for (const PackageRef &p : packages)
        all.append(QJsonArray{p.type, p.invoiceNumber, p.invoiceKey, p.trackingNumber});
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

std::optional<QList<PackageRef>> packagesFromJson(const QVariant &stored)
{
    if (stored.isNull())
        return std::nullopt; // stored before migration 9: the JSON has them
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toString().toUtf8(), &parseError);
    if (!doc.isArray())
        return std::nullopt;
    QList<PackageRef> packages;
    for (const QJsonValue &v : doc.array()) {
        const QJsonArray p = v.toArray();
        packages.append(
            {p.at(0).toString(), p.at(1).toString(), p.at(2).toString(), p.at(3).toString()});
    }
    return packages;
}

bool commit(QSqlDatabase &db, const QString &what, QString *error)
{
    if (db.commit())
        return true;
    fail(what + u" (commit)"_s, db, error);
    db.rollback();
    return false;
}
} // namespace

bool OrderCache::insertNewFromList(const QList<OrderSummary> &rows, QString *error)
{
    const QString what = u"adding %1 listed order(s) of %2"_s.arg(rows.size())
                             .arg(rows.isEmpty() ? QString() : rows.first().account);
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(what + u" (begin)"_s, db, error);
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
                   "client_name, total_cents, item_count, ship_by, sales_channel, status_rank, "
                   "client_key, courier_key, search_text, channel, work_state) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                   "ON CONFLICT (account, order_id) DO NOTHING"_s)) {
        fail(what, q, error);
        db.rollback();
        return false;
    }
    for (const OrderSummary &s : rows) {
        const OrderIndexColumns c = indexColumnsFor(s);
        q.addBindValue(s.account);
        q.addBindValue(s.orderId);
        q.addBindValue(s.sequence);
        q.addBindValue(s.status);
        q.addBindValue(toIsoUtc(s.creationDate));
        q.addBindValue(s.clientName);
        q.addBindValue(s.totalValue.cents());
        q.addBindValue(s.itemCount);
        q.addBindValue(s.shipBy.isValid() ? QVariant(toIsoUtc(s.shipBy)) : QVariant());
        q.addBindValue(nonNull(s.salesChannel));
        q.addBindValue(c.statusRank);
        q.addBindValue(nonNull(c.clientKey));
        q.addBindValue(nonNull(c.courierKey));
        q.addBindValue(nonNull(c.searchText));
        q.addBindValue(channelToString(s.channel));
        q.addBindValue(c.workState);
        if (!q.exec()) {
            fail(u"adding listed order %1 of %2"_s.arg(s.orderId, s.account), q, error);
            db.rollback();
            return false;
        }
    }
    return commit(db, what, error);
}

bool OrderCache::upsertDetail(const OrderSummary &s, const QByteArray &rawJson,
                              const QString &listDigest, QString *error)
{
    // The order, never its JSON: that holds the customer's address and documents.
    const QString what = u"storing the detail of order %1 of %2"_s.arg(s.orderId, s.account);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(
            u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
            "client_name, client_document, client_email, total_cents, item_count, courier, "
            "tracking_number, last_change, list_digest, detail_fetched_at, "
            "ship_by, pickup, sales_channel, status_rank, client_key, courier_key, "
            "search_text, channel, work_state, packages) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (account, order_id) DO UPDATE SET sequence = excluded.sequence, "
            "status = excluded.status, creation_date = excluded.creation_date, "
            "client_name = excluded.client_name, client_document = excluded.client_document, "
            "client_email = excluded.client_email, total_cents = excluded.total_cents, "
            "item_count = excluded.item_count, courier = excluded.courier, "
            "tracking_number = excluded.tracking_number, last_change = excluded.last_change, "
            "list_digest = coalesce(excluded.list_digest, orders.list_digest), "
            "detail_fetched_at = excluded.detail_fetched_at, "
            "ship_by = excluded.ship_by, pickup = excluded.pickup, "
            "sales_channel = excluded.sales_channel, status_rank = excluded.status_rank, "
            "client_key = excluded.client_key, courier_key = excluded.courier_key, "
            "search_text = excluded.search_text, channel = excluded.channel, "
            "work_state = excluded.work_state, packages = excluded.packages RETURNING id"_s))
        return fail(what, q, error);
    const OrderIndexColumns c = indexColumnsFor(s);
    q.addBindValue(s.account);
    q.addBindValue(s.orderId);
    q.addBindValue(s.sequence);
    q.addBindValue(s.status);
    q.addBindValue(toIsoUtc(s.creationDate));
    q.addBindValue(s.clientName);
    q.addBindValue(s.clientDocument);
    q.addBindValue(s.clientEmail);
    q.addBindValue(s.totalValue.cents());
    q.addBindValue(s.itemCount);
    q.addBindValue(s.courier);
    q.addBindValue(s.trackingNumber);
    q.addBindValue(s.lastChange.isValid() ? toIsoUtc(s.lastChange) : QVariant());
    q.addBindValue(listDigest.isEmpty() ? QVariant() : QVariant(listDigest));
    q.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(s.shipBy.isValid() ? QVariant(toIsoUtc(s.shipBy)) : QVariant());
    q.addBindValue(s.pickup ? 1 : 0);
    q.addBindValue(nonNull(s.salesChannel));
    q.addBindValue(c.statusRank);
    q.addBindValue(nonNull(c.clientKey));
    q.addBindValue(nonNull(c.courierKey));
    q.addBindValue(nonNull(c.searchText));
    q.addBindValue(channelToString(s.channel));
    q.addBindValue(c.workState);
    q.addBindValue(packagesToJson(s.packages));
    if (!q.exec() || !q.next())
        return fail(what, q, error);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // The JSON beside it, compressed (orderjsoncodec.h): list queries never read it.
    QSqlQuery json(m_db->connection());
    if (!json.prepare(u"INSERT INTO order_json (order_ref, encoding, data) VALUES (?, ?, ?) "
                      "ON CONFLICT (order_ref) DO UPDATE SET encoding = excluded.encoding, "
                      "data = excluded.data"_s))
        return fail(what, json, error);
    json.addBindValue(id);
    json.addBindValue(int(detail::JsonEncoding::ZlibVtexV1));
    json.addBindValue(detail::encodeOrderJson(rawJson));
    return json.exec() || fail(what, json, error);
}

bool OrderCache::storeDetail(const OrderSummary &summary, const QByteArray &rawJson,
                             const QString &listDigest, QString *error)
{
    const QString what =
        u"storing the detail of order %1 of %2"_s.arg(summary.orderId, summary.account);
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(what + u" (begin)"_s, db, error);
    if (!upsertDetail(summary, rawJson, listDigest, error)) {
        db.rollback();
        return false;
    }
    return commit(db, what, error);
}

bool OrderCache::storeDetails(const QList<std::pair<OrderSummary, QByteArray>> &details,
                              QString *error)
{
    const QString what = u"storing the detail of %1 order(s)"_s.arg(details.size());
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(what + u" (begin)"_s, db, error);
    for (const auto &[summary, json] : details) {
        if (!upsertDetail(summary, json, summary.listDigest, error)) {
            db.rollback();
            return false;
        }
    }
    return commit(db, what, error);
}

bool OrderCache::indexPackages(const QList<IndexedPackages> &orders, QString *error)
{
    if (orders.isEmpty())
        return true;
    const QString what = u"indexing the packages of %1 order(s)"_s.arg(orders.size());
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(what + u" (begin)"_s, db, error);
    QSqlQuery q(db);
    if (!q.prepare(u"UPDATE orders SET packages = ? "
                   "WHERE account = ? AND order_id = ? AND packages IS NULL"_s)) {
        fail(what, q, error);
        db.rollback();
        return false;
    }
    for (const IndexedPackages &o : orders) {
        q.addBindValue(packagesToJson(o.packages));
        q.addBindValue(o.account);
        q.addBindValue(o.orderId);
        if (!q.exec()) {
            fail(what, q, error);
            db.rollback();
            return false;
        }
    }
    return commit(db, what, error);
}

QHash<QString, DetailState> OrderCache::detailStates(const QString &account, QString *error) const
{
    QHash<QString, DetailState> states;
    const QString what = u"reading what is cached of %1"_s.arg(account);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT order_id, status, list_digest, detail_fetched_at FROM orders "
                   "WHERE account = ?"_s)) {
        fail(what, q, error);
        return states;
    }
    q.addBindValue(account);
    if (!q.exec()) {
        fail(what, q, error);
        return states;
    }
    clearError(error);
    while (q.next()) {
        states.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(),
                                              parseVtexDateTime(q.value(3).toString())});
    }
    return states;
}

QByteArray OrderCache::rawJson(const QString &account, const QString &orderId, QString *error) const
{
    const QString what = u"reading the detail of order %1 of %2"_s.arg(orderId, account);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"SELECT j.encoding, j.data FROM orders o JOIN order_json j "
                   "ON j.order_ref = o.id WHERE o.account = ? AND o.order_id = ?"_s)) {
        fail(what, q, error);
        return {};
    }
    q.addBindValue(account);
    q.addBindValue(orderId);
    if (!q.exec()) {
        fail(what, q, error);
        return {};
    }
    if (!q.next()) {
        if (q.lastError().isValid())
            fail(what, q, error);
        else
            clearError(error);
        return {}; // not cached, or cached from a list without its detail
    }
    QString decodeError;
    QByteArray raw =
        detail::decodeOrderJson(q.value(0).toInt(), q.value(1).toByteArray(), &decodeError);
    if (raw.isNull()) {
        fail(what, QSqlError(decodeError, {}, QSqlError::UnknownError), error);
        return {};
    }
    clearError(error);
    return raw;
}

std::optional<OrderSummary> OrderCache::summary(const QString &account, const QString &orderId,
                                                QString *error) const
{
    const QString what = u"reading order %1 of %2"_s.arg(orderId, account);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"SELECT "_s + kSummaryColumns +
                   u" FROM orders WHERE account = ? AND order_id = ?"_s)) {
        fail(what, q, error);
        return std::nullopt;
    }
    q.addBindValue(account);
    q.addBindValue(orderId);
    if (!q.exec()) {
        fail(what, q, error);
        return std::nullopt;
    }
    clearError(error);
    if (q.next())
        return summaryFromQuery(q);
    return std::nullopt;
}

QList<OrderKey> OrderCache::findExact(const QString &idOrSequence, QString *error) const
{
    QList<OrderKey> keys;
    clearError(error);
    const QString text = idOrSequence.trimmed();
    if (text.isEmpty())
        return keys;
    const QString what = u"looking up order id or sequence %1"_s.arg(text.left(64));
    QSqlQuery q(m_db->connection());
    // The id as typed, or in lower or upper case (a scanner's caps lock), through the id index,
    // and a sequence (digits) through the sequence index: COLLATE NOCASE on the id, or the bare
    // sequence column, would read every order (33 ms a lookup at 100,000 orders).
    bool digits = false;
    const qint64 sequence = text.toLongLong(&digits);
    const QString sql =
        u"SELECT account, order_id FROM orders WHERE order_id IN (?, ?, ?)"_s +
        (digits ? u" OR (ifnull(cast(sequence AS INTEGER), 0) = ? AND sequence = ?)"_s
                : QString()) +
        u" ORDER BY creation_date DESC"_s;
    if (!q.prepare(sql)) {
        fail(what, q, error);
        return keys;
    }
    q.addBindValue(text);
    q.addBindValue(text.toLower());
    q.addBindValue(text.toUpper());
    if (digits) {
        q.addBindValue(sequence);
        q.addBindValue(text);
    }
    if (!q.exec()) {
        fail(what, q, error);
        return keys;
    }
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toString()});
    return keys;
}

QByteArray OrderCache::Document::json(QString *error) const
{
    if (stored.isEmpty()) {
        *error = u"order %1 of %2: its detail was not read"_s.arg(orderId, account);
        return {};
    }
    QString decodeError;
    QByteArray raw = detail::decodeOrderJson(encoding, stored, &decodeError);
    if (raw.isNull())
        *error = u"reading the detail of order %1 of %2: %3"_s.arg(orderId, account, decodeError);
    return raw;
}

QHash<QString, QList<OrderCache::Document>>
OrderCache::findDocuments(const QStringList &idsOrSequences, QString *error) const
{
    QHash<QString, QList<Document>> found;
    clearError(error);
    // The same matches as findExact: the id as typed or in one case, or a sequence.
    QHash<QString, QStringList> byId, bySequence; // stored value → names it answers
    QJsonArray ids, sequences, sequenceTexts;
    for (const QString &name : idsOrSequences) {
        const QString text = name.trimmed();
        if (text.isEmpty())
            continue;
        for (const QString &id : {text, text.toLower(), text.toUpper()}) {
            QStringList &names = byId[id];
            if (names.isEmpty())
                ids.append(id);
            if (!names.contains(name))
                names << name;
        }
        bool digits = false;
        const qint64 sequence = text.toLongLong(&digits);
        if (digits) {
            QStringList &names = bySequence[text];
            if (names.isEmpty()) {
                sequences.append(sequence);
                sequenceTexts.append(text);
            }
            if (!names.contains(name))
                names << name;
        }
    }
    if (byId.isEmpty())
        return found;
    // The names go as JSON arrays, three parameters in all however long the batch: SQLite reads
    // them through json_each and still looks each one up in the id and sequence indexes. The
    // JSON is read (a subquery, not a join, which would seek it for every order) only for
    // orders without indexed packages.
    const QString sql =
        u"SELECT o.account, o.order_id, o.sequence, o.channel, o.status, o.packages, "
        "CASE WHEN o.packages IS NULL THEN "
        "(SELECT j.encoding FROM order_json j WHERE j.order_ref = o.id) END, "
        "CASE WHEN o.packages IS NULL THEN "
        "(SELECT j.data FROM order_json j WHERE j.order_ref = o.id) END "
        "FROM orders o "
        "WHERE o.order_id IN (SELECT value FROM json_each(?)) "
        "OR (ifnull(cast(o.sequence AS INTEGER), 0) IN (SELECT value FROM json_each(?)) "
        "AND o.sequence IN (SELECT value FROM json_each(?))) "
        "ORDER BY o.creation_date DESC"_s;
    const QString what = u"looking up %1 order ids or sequences"_s.arg(idsOrSequences.size());
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        fail(what, q, error);
        return {};
    }
    for (const QJsonArray *list : {&ids, &sequences, &sequenceTexts})
        q.addBindValue(QString::fromUtf8(QJsonDocument(*list).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        fail(what, q, error);
        return {};
    }
    while (q.next()) {
        Document d{q.value(0).toString(),
                   q.value(1).toString(),
                   channelFromString(q.value(3).toString()),
                   q.value(4).toString(),
                   packagesFromJson(q.value(5)),
                   q.value(6).toInt(),
                   q.value(7).toByteArray()};
        QStringList names = byId.value(d.orderId);
        if (!bySequence.isEmpty()) {
            names += bySequence.value(q.value(2).toString());
            names.removeDuplicates();
        }
        for (const QString &name : std::as_const(names))
            found[name].append(d);
    }
    if (q.lastError().isValid()) {
        fail(what, q, error);
        return {};
    }
    return found;
}

} // namespace despacho::storage
