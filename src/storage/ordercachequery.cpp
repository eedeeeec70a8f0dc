// The list's side of the order cache: filters, the sort orders and the position of an order in
// them, counts and the values to filter by. Everything happens in SQL over the indexes that
// migration 4 builds; nothing here reads more rows than it returns.
#include "core/validators.h"
#include "storage/database.h"
#include "storage/ordercache.h"
#include "storage/ordercache_p.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrderQuery, "despacho.storage.orders")

namespace despacho::storage {

using detail::kSummaryColumns;
using detail::summaryFromQuery;

namespace {

// The sort key of each OrderSort. Identical, character for character, to the expressions of
// migration 4's indexes: SQLite uses an expression index only for the same expression. None is
// ever NULL, so row-value comparisons in position() are total.
QLatin1StringView sortKey(OrderSort sort)
{
    switch (sort) {
    case OrderSort::OrderId:
        return "order_id"_L1;
    case OrderSort::Sequence:
        return "ifnull(cast(sequence AS INTEGER), 0)"_L1;
    case OrderSort::Created:
        return "creation_date"_L1;
    case OrderSort::ShipBy:
        return "ifnull(ship_by, '~')"_L1; // '~' sorts after every ISO date
    case OrderSort::Client:
        return "client_key"_L1;
    case OrderSort::Total:
        return "total_cents"_L1;
    case OrderSort::Status:
        return "status_rank"_L1;
    case OrderSort::Items:
        return "item_count"_L1;
    case OrderSort::Courier:
        return "courier_key"_L1;
    case OrderSort::Tracking:
        return "ifnull(tracking_number, '')"_L1;
    case OrderSort::SalesChannel:
        return "sales_channel"_L1;
    }
    return "creation_date"_L1;
}

QString orderBy(const OrderQuery &q)
{
    // The tiebreak (order id, then account) keeps equal keys in one stable order.
    // (Sorting by order id already is the tiebreak: SQLite would not use the index for a
    // repeated term.)
    const QLatin1StringView dir = q.descending ? " DESC"_L1 : " ASC"_L1;
    if (q.sort == OrderSort::OrderId)
        return u" ORDER BY order_id%1, account%1"_s.arg(dir);
    return u" ORDER BY %1%2, order_id%2, account%2"_s.arg(sortKey(q.sort), dir);
}

enum class StatusPart
{
    Include,
    Ignore
};

enum class Table
{
    Orders,
    Facets, // order_facets: no work_state column, its statuses instead
};

// Builds the WHERE clause shared by query(), count(), position() and countsByStatus().
QString whereClause(const OrderQuery &q, QVariantList *binds,
                    StatusPart status = StatusPart::Include, Table table = Table::Orders)
{
    QStringList conditions;
    if (!q.account.isEmpty()) {
        conditions << u"account = ?"_s;
        binds->append(q.account);
    }
    if (status == StatusPart::Include && !q.status.isEmpty()) {
        conditions << u"status = ?"_s;
        binds->append(q.status);
    }
    if (status == StatusPart::Include && q.workState && table == Table::Orders) {
        conditions << u"work_state = ?"_s;
        binds->append(int(*q.workState));
    } else if (status == StatusPart::Include && q.workState) {
        // Each channel's statuses in that state, on that channel's rows.
        QStringList perChannel;
        for (Channel channel : {Channel::Vtex, Channel::Evendi}) {
            const QStringList statuses = statusesInWorkState(channel, *q.workState);
            if (statuses.isEmpty())
                continue;
            perChannel << u"(channel = ? AND status IN (%1))"_s.arg(
                QStringList(statuses.size(), u"?"_s).join(u','));
            binds->append(channelToString(channel));
            for (const QString &s : statuses)
                binds->append(s);
        }
        conditions << (perChannel.isEmpty() ? u"0"_s : u'(' + perChannel.join(u" OR "_s) + u')');
    }
    if (!q.carrier.isEmpty()) {
        conditions << u"courier_key = ?"_s;
        binds->append(foldForSearch(q.carrier));
    }
    if (!q.salesChannel.isEmpty()) {
        conditions << u"sales_channel = ?"_s;
        binds->append(q.salesChannel);
    }
    if (!q.channel.isEmpty()) {
        conditions << u"channel = ?"_s;
        binds->append(q.channel);
    }
    // Written on the ship-by sort key so that its index serves the range; '~' (unknown) is
    // after every date, so orders without a ship-by never match.
    if (q.shipByBefore.isValid()) {
        conditions << u"ifnull(ship_by, '~') < ?"_s;
        binds->append(toIsoUtc(q.shipByBefore));
    }
    if (q.overdueOnly) {
        // isOverdue() in SQL: ship-by passed and not yet invoiced or canceled.
        const QStringList done = statusesDoneWithShipping();
        conditions << u"ifnull(ship_by, '~') < ? AND status NOT IN (%1)"_s.arg(
            QStringList(done.size(), u"?"_s).join(u','));
        binds->append(toIsoUtc(q.now.isValid() ? q.now : QDateTime::currentDateTimeUtc()));
        for (const QString &s : done)
            binds->append(s);
    }
    const QString folded = foldForSearch(q.search);
    if (!folded.isEmpty()) {
        // A substring of the folded search text, exactly (instr: no wildcard, no escaping).
        // From three characters the trigram index (a LIKE on orders_fts; its % and _ only
        // widen what it proposes) narrows the rows first.
        if (folded.size() >= 3 && q.searchPlan == OrderQuery::SearchPlan::Index) {
            conditions << u"rowid IN (SELECT rowid FROM orders_fts WHERE search_text LIKE ?)"_s;
            binds->append(QString(u'%' + folded + u'%'));
        }
        conditions << u"instr(search_text, ?) > 0"_s;
        binds->append(folded);
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

// Whether order_facets answers a count under these filters: it has account, status, courier and
// sales channel (the whereClause columns of the same names), not ship-by or the search text.
bool facetsAnswer(const OrderQuery &q)
{
    return foldForSearch(q.search).isEmpty() && !q.shipByBefore.isValid() && !q.overdueOnly;
}

// Prepares, binds and runs; a failure is logged (what, never the bound values: they hold what
// a person searched for) and handed to the caller, a success clears *error.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, const QString &what,
         QString *error)
{
    if (!q.prepare(sql))
        return detail::sqlFail(lcOrderQuery, what, q, error);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return detail::sqlFail(lcOrderQuery, what, q, error);
    detail::clearError(error);
    return true;
}

// A row a query must return (a count, a sort key); false, logged, when reading it failed.
bool nextRow(QSqlQuery &q, const QString &what, QString *error)
{
    if (q.next())
        return true;
    if (q.lastError().isValid())
        return detail::sqlFail(lcOrderQuery, what, q, error);
    return false;
}

QList<FilterValue> filterValues(Database *db, QLatin1StringView column, QLatin1StringView label,
                                const QString &account, QString *error)
{
    QList<FilterValue> values;
    QSqlQuery q(db->connection());
    QVariantList binds;
    QString where = u" WHERE "_s + column + u" <> ''"_s;
    if (!account.isEmpty()) {
        where += u" AND account = ?"_s;
        binds << account;
    }
    // min(label): one spelling of a carrier written in several ("Correios", "CORREIOS").
    const QString sql = u"SELECT min("_s + label + u"), sum(n) FROM order_facets"_s + where +
                        u" GROUP BY "_s + column + u" ORDER BY "_s + column;
    if (!run(q, sql, binds,
             u"reading the %1 values of %2"_s.arg(label,
                                                  account.isEmpty() ? u"all accounts"_s : account),
             error))
        return values;
    while (q.next())
        values.append({q.value(0).toString(), q.value(1).toInt()});
    return values;
}

} // namespace

QList<OrderSummary> OrderCache::query(const OrderQuery &oq, QString *error) const
{
    QVariantList binds;
    QString sql =
        u"SELECT "_s + kSummaryColumns + u" FROM orders"_s + whereClause(oq, &binds) + orderBy(oq);
    if (oq.limit >= 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(oq.limit).arg(oq.offset);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    QList<OrderSummary> out;
    if (!run(q, sql, binds, u"listing orders"_s, error))
        return out;
    while (q.next())
        out.append(summaryFromQuery(q));
    return out;
}

int OrderCache::count(const OrderQuery &oq, QString *error) const
{
    QVariantList binds;
    QSqlQuery q(m_db->connection());
    const QString what = u"counting orders"_s;
    const bool facets = facetsAnswer(oq);
    const QString from = facets ? u"SELECT coalesce(sum(n), 0) FROM order_facets"_s
                                : u"SELECT count(*) FROM orders"_s;
    if (run(q,
            from + whereClause(oq, &binds, StatusPart::Include,
                               facets ? Table::Facets : Table::Orders),
            binds, what, error) &&
        (q.next() || detail::sqlFail(lcOrderQuery, what, q, error)))
        return q.value(0).toInt();
    return -1;
}

OrderCache::BoundedCount OrderCache::countUpTo(const OrderQuery &oq, int cap, QString *error) const
{
    if (facetsAnswer(oq)) {
        const int n = count(oq, error);
        return {n, true};
    }
    QVariantList binds;
    QString sql;
    const QString folded = foldForSearch(oq.search);
    OrderQuery rest = oq;
    rest.search.clear();
    if (folded.size() >= 3 && !folded.contains(u'%') && !folded.contains(u'_') &&
        facetsAnswer(rest) && rest.account.isEmpty() && rest.status.isEmpty() && !rest.workState &&
        !rest.hasListFilters()) {
        // The search alone: the trigram index's LIKE is exact here (no wildcard in the term,
        // search_text folded to lower case as the term is), and nothing else to check.
        binds << QString(u'%' + folded + u'%');
        sql = u"SELECT count(*) FROM (SELECT 1 FROM orders_fts WHERE search_text LIKE ? "
              "LIMIT %1)"_s.arg(qint64(cap) + 1);
    } else if (folded.size() >= 3) {
        // The trigram index drives (CROSS JOIN keeps it the outer loop) and stops after cap + 1
        // matches; the other filters and the exact substring are checked on each order it
        // proposes.
        QString where = whereClause(rest, &binds);
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) +
                 u"orders_fts.search_text LIKE ? AND instr(orders.search_text, ?) > 0"_s;
        binds << QString(u'%' + folded + u'%') << folded;
        sql = u"SELECT count(*) FROM (SELECT 1 FROM orders_fts CROSS JOIN orders ON orders.id = "
              "orders_fts.rowid"_s +
              where + u" LIMIT %1)"_s.arg(qint64(cap) + 1);
    } else {
        // One or two letters: no index narrows the rows. First the rows the list shows first
        // (three times the cap, along its sort index): a term found often there is broad, and
        // its matches can sit anywhere in the table (the newest orders only, say). Otherwise
        // every row in table order, a sequential read, until cap + 1 match.
        QVariantList sampleBinds{folded};
        const QString sample = u"SELECT count(*), coalesce(sum(instr(search_text, ?) > 0), 0) "
                               "FROM (SELECT search_text FROM orders"_s +
                               whereClause(rest, &sampleBinds) + orderBy(rest) +
                               u" LIMIT %1)"_s.arg(qint64(cap) * 3);
        QSqlQuery first(m_db->connection());
        if (!run(first, sample, sampleBinds, u"counting orders"_s, error) ||
            (!first.next() && detail::sqlFail(lcOrderQuery, u"counting orders"_s, first, error)))
            return {-1, true};
        const qint64 read = first.value(0).toLongLong();
        const qint64 matched = first.value(1).toLongLong();
        if (matched > cap)
            return {cap + 1, false};
        if (read < qint64(cap) * 3)
            return {int(matched), true}; // that was every listed order
        OrderQuery walk = oq;
        walk.searchPlan = OrderQuery::SearchPlan::Walk;
        sql = u"SELECT count(*) FROM (SELECT 1 FROM orders"_s + whereClause(walk, &binds) +
              u" LIMIT %1)"_s.arg(qint64(cap) + 1);
    }
    QSqlQuery q(m_db->connection());
    const QString what = u"counting orders"_s;
    if (run(q, sql, binds, what, error) &&
        (q.next() || detail::sqlFail(lcOrderQuery, what, q, error))) {
        const int n = q.value(0).toInt();
        return {std::min(n, cap + 1), n <= cap};
    }
    return {-1, true};
}

int OrderCache::position(const OrderQuery &oq, const QString &account, const QString &orderId,
                         QString *error) const
{
    const QString what = u"finding the row of order %1 of %2"_s.arg(orderId, account);
    // The order's own sort key, and whether it passes the filters at all.
    QVariantList binds;
    QString where = whereClause(oq, &binds);
    where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + u"account = ? AND order_id = ?"_s;
    binds << account << orderId;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!run(q, u"SELECT "_s + sortKey(oq.sort) + u" FROM orders"_s + where, binds, what, error) ||
        !nextRow(q, what, error))
        return -1; // not among the filtered orders, or (with *error set) a failed read
    const QVariant key = q.value(0);
    q.finish();
    // Then how many listed orders come before it: a range count over the same sort index.
    binds.clear();
    where = whereClause(oq, &binds);
    const QChar before = oq.descending ? u'>' : u'<';
    where += where.isEmpty() ? u" WHERE "_s : u" AND "_s;
    if (oq.sort == OrderSort::OrderId) {
        where += u"(order_id, account) "_s + before + u" (?, ?)"_s;
        binds << orderId << account;
    } else {
        where += u"("_s + sortKey(oq.sort) + u", order_id, account) "_s + before + u" (?, ?, ?)"_s;
        binds << key << orderId << account;
    }
    if (run(q, u"SELECT count(*) FROM orders"_s + where, binds, what, error) &&
        (q.next() || detail::sqlFail(lcOrderQuery, what, q, error)))
        return q.value(0).toInt();
    return -1;
}

QHash<QString, int> OrderCache::countsByStatus(const QString &account, QString *error) const
{
    return countsByStatus(OrderQuery{.account = account}, error);
}

QHash<QString, int> OrderCache::countsByStatus(const OrderQuery &oq, QString *error) const
{
    QHash<QString, int> counts;
    QVariantList binds;
    QSqlQuery q(m_db->connection());
    if (!run(q,
             (facetsAnswer(oq) ? u"SELECT status, sum(n) FROM order_facets"_s
                               : u"SELECT status, count(*) FROM orders"_s) +
                 whereClause(oq, &binds, StatusPart::Ignore) + u" GROUP BY status"_s,
             binds, u"counting orders by status"_s, error))
        return counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QList<FilterValue> OrderCache::carriers(const QString &account, QString *error) const
{
    return filterValues(m_db, "courier_key"_L1, "courier"_L1, account, error);
}

QList<FilterValue> OrderCache::salesChannels(const QString &account, QString *error) const
{
    return filterValues(m_db, "sales_channel"_L1, "sales_channel"_L1, account, error);
}

QList<FilterValue> OrderCache::channels(const QString &account, QString *error) const
{
    return filterValues(m_db, "channel"_L1, "channel"_L1, account, error);
}

} // namespace despacho::storage
