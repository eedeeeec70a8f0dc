#include "storage/ordercache.h"

#include "core/datetime.h"
#include "storage/database.h"
#include "storage/ordercache_p.h"
#include "storage/orderindex.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace despacho::storage {

using detail::fail;
using detail::kSummaryColumns;
using detail::summaryFromQuery;

OrderCache::OrderCache(Database *db)
    : m_db(db)
{}

bool OrderCache::insertNewFromList(const QList<OrderSummary> &rows, QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(QSqlQuery(db), error);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
              "client_name, total_cents, item_count, ship_by, sales_channel, status_rank, "
              "client_key, courier_key, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT (account, order_id) DO NOTHING"_s);
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
        if (!q.exec()) {
            fail(q, error);
            db.rollback();
            return false;
        }
    }
    return db.commit() || fail(QSqlQuery(db), error);
}

bool OrderCache::upsertDetail(const OrderSummary &s, const QByteArray &rawJson,
                              const QString &listDigest, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
              "client_name, client_document, client_email, total_cents, item_count, courier, "
              "tracking_number, last_change, list_digest, detail_json, detail_fetched_at, "
              "ship_by, pickup, sales_channel, status_rank, client_key, courier_key, "
              "search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT (account, order_id) DO UPDATE SET sequence = excluded.sequence, "
              "status = excluded.status, creation_date = excluded.creation_date, "
              "client_name = excluded.client_name, client_document = excluded.client_document, "
              "client_email = excluded.client_email, total_cents = excluded.total_cents, "
              "item_count = excluded.item_count, courier = excluded.courier, "
              "tracking_number = excluded.tracking_number, last_change = excluded.last_change, "
              "list_digest = coalesce(excluded.list_digest, orders.list_digest), "
              "detail_json = excluded.detail_json, detail_fetched_at = excluded.detail_fetched_at, "
              "ship_by = excluded.ship_by, pickup = excluded.pickup, "
              "sales_channel = excluded.sales_channel, status_rank = excluded.status_rank, "
              "client_key = excluded.client_key, courier_key = excluded.courier_key, "
              "search_text = excluded.search_text"_s);
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
    q.addBindValue(QString::fromUtf8(rawJson));
    q.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(s.shipBy.isValid() ? QVariant(toIsoUtc(s.shipBy)) : QVariant());
    q.addBindValue(s.pickup ? 1 : 0);
    q.addBindValue(nonNull(s.salesChannel));
    q.addBindValue(c.statusRank);
    q.addBindValue(nonNull(c.clientKey));
    q.addBindValue(nonNull(c.courierKey));
    q.addBindValue(nonNull(c.searchText));
    return q.exec() || fail(q, error);
}

bool OrderCache::storeDetail(const OrderSummary &summary, const QByteArray &rawJson,
                             const QString &listDigest, QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(QSqlQuery(db), error);
    if (!upsertDetail(summary, rawJson, listDigest, error)) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(QSqlQuery(db), error);
}

bool OrderCache::storeDetails(const QList<std::pair<OrderSummary, QByteArray>> &details,
                              QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(QSqlQuery(db), error);
    for (const auto &[summary, json] : details) {
        if (!upsertDetail(summary, json, summary.listDigest, error)) {
            db.rollback();
            return false;
        }
    }
    return db.commit() || fail(QSqlQuery(db), error);
}

QHash<QString, DetailState> OrderCache::detailStates(const QString &account) const
{
    QHash<QString, DetailState> states;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT order_id, status, list_digest, detail_fetched_at FROM orders "
              "WHERE account = ?"_s);
    q.addBindValue(account);
    if (!q.exec())
        return states;
    while (q.next()) {
        states.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(),
                                              parseVtexDateTime(q.value(3).toString())});
    }
    return states;
}

QByteArray OrderCache::rawJson(const QString &account, const QString &orderId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT detail_json FROM orders WHERE account = ? AND order_id = ?"_s);
    q.addBindValue(account);
    q.addBindValue(orderId);
    if (q.exec() && q.next() && !q.isNull(0))
        return q.value(0).toString().toUtf8();
    return {};
}

std::optional<OrderSummary> OrderCache::summary(const QString &account,
                                                const QString &orderId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT "_s + kSummaryColumns +
              u" FROM orders WHERE account = ? AND order_id = ?"_s);
    q.addBindValue(account);
    q.addBindValue(orderId);
    if (q.exec() && q.next())
        return summaryFromQuery(q);
    return std::nullopt;
}

QList<OrderKey> OrderCache::findExact(const QString &idOrSequence) const
{
    QList<OrderKey> keys;
    const QString text = idOrSequence.trimmed();
    if (text.isEmpty())
        return keys;
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT account, order_id FROM orders WHERE order_id = ? COLLATE NOCASE "
              "OR sequence = ? ORDER BY creation_date DESC"_s);
    q.addBindValue(text);
    q.addBindValue(text);
    if (!q.exec())
        return keys;
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toString()});
    return keys;
}

} // namespace despacho::storage
