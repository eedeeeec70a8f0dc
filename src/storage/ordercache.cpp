#include "storage/ordercache.h"

#include "core/datetime.h"
#include "core/validators.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace despacho::storage {

namespace {

constexpr auto kSummaryColumns =
    "account, order_id, sequence, status, creation_date, client_name, client_document, "
    "client_email, total_cents, item_count, courier, tracking_number, last_change, list_digest"_L1;

OrderSummary summaryFromQuery(const QSqlQuery &q)
{
    OrderSummary s;
    s.account = q.value(0).toString();
    s.orderId = q.value(1).toString();
    s.sequence = q.value(2).toString();
    s.status = q.value(3).toString();
    s.creationDate = parseVtexDateTime(q.value(4).toString());
    s.clientName = q.value(5).toString();
    s.clientDocument = q.value(6).toString();
    s.clientEmail = q.value(7).toString();
    s.totalValue = Money(q.value(8).toLongLong());
    s.itemCount = q.value(9).toInt();
    s.courier = q.value(10).toString();
    s.trackingNumber = q.value(11).toString();
    s.lastChange = parseVtexDateTime(q.value(12).toString());
    s.listDigest = q.value(13).toString();
    return s;
}

// Builds the WHERE clause shared by query() and count().
QString whereClause(const OrderQuery &q, QVariantList *binds)
{
    QStringList conditions;
    if (!q.account.isEmpty()) {
        conditions << u"account = ?"_s;
        binds->append(q.account);
    }
    if (!q.status.isEmpty()) {
        conditions << u"status = ?"_s;
        binds->append(q.status);
    }
    const QString folded = foldForSearch(q.search);
    if (!folded.isEmpty()) {
        if (folded.size() >= 3) {
            // Trigram index: a quoted phrase matches as a substring.
            QString phrase = folded;
            phrase.replace(u'"', u"\"\""_s);
            conditions << u"rowid IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)"_s;
            binds->append(QString(u'"' + phrase + u'"'));
        } else {
            QString like = folded;
            like.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            conditions << u"search_text LIKE ? ESCAPE '\\'"_s;
            binds->append(QString(u'%' + like + u'%'));
        }
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

OrderCache::OrderCache(Database *db)
    : m_db(db)
{}

QString OrderCache::searchTextFor(const OrderSummary &s)
{
    const QString docDigits = digitsOnly(s.clientDocument);
    return foldForSearch(s.orderId + u' ' + s.sequence + u' ' + s.clientName + u' ' +
                         s.clientDocument + u' ' + docDigits + u' ' + s.clientEmail);
}

bool OrderCache::insertNewFromList(const QList<OrderSummary> &rows, QString *error)
{
    QSqlDatabase db = m_db->connection();
    if (!db.transaction())
        return fail(QSqlQuery(db), error);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
              "client_name, total_cents, item_count, search_text) VALUES (?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT (account, order_id) DO NOTHING"_s);
    for (const OrderSummary &s : rows) {
        q.addBindValue(s.account);
        q.addBindValue(s.orderId);
        q.addBindValue(s.sequence);
        q.addBindValue(s.status);
        q.addBindValue(toIsoUtc(s.creationDate));
        q.addBindValue(s.clientName);
        q.addBindValue(s.totalValue.cents());
        q.addBindValue(s.itemCount);
        q.addBindValue(searchTextFor(s));
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
              "search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT (account, order_id) DO UPDATE SET sequence = excluded.sequence, "
              "status = excluded.status, creation_date = excluded.creation_date, "
              "client_name = excluded.client_name, client_document = excluded.client_document, "
              "client_email = excluded.client_email, total_cents = excluded.total_cents, "
              "item_count = excluded.item_count, courier = excluded.courier, "
              "tracking_number = excluded.tracking_number, last_change = excluded.last_change, "
              "list_digest = coalesce(excluded.list_digest, orders.list_digest), "
              "detail_json = excluded.detail_json, detail_fetched_at = excluded.detail_fetched_at, "
              "search_text = excluded.search_text"_s);
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
    q.addBindValue(searchTextFor(s));
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

QList<OrderSummary> OrderCache::query(const OrderQuery &oq) const
{
    QVariantList binds;
    QString sql = u"SELECT "_s + kSummaryColumns + u" FROM orders"_s + whereClause(oq, &binds) +
                  u" ORDER BY creation_date DESC, order_id DESC"_s;
    if (oq.limit >= 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(oq.limit).arg(oq.offset);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QList<OrderSummary> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(summaryFromQuery(q));
    return out;
}

int OrderCache::count(const OrderQuery &oq) const
{
    QVariantList binds;
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT count(*) FROM orders"_s + whereClause(oq, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QHash<QString, int> OrderCache::countsByStatus(const QString &account) const
{
    QHash<QString, int> counts;
    QSqlQuery q(m_db->connection());
    if (account.isEmpty()) {
        q.prepare(u"SELECT status, count(*) FROM orders GROUP BY status"_s);
    } else {
        q.prepare(u"SELECT status, count(*) FROM orders WHERE account = ? GROUP BY status"_s);
        q.addBindValue(account);
    }
    if (!q.exec())
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
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
