#pragma once

#include "core/order.h"
#include "core/workstate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace despacho::storage {

class Database;

// The orders the list can be sorted by; each has an index ending in (order_id, account), which
// breaks ties so that every order is total and stable.
enum class OrderSort
{
    OrderId,
    Sequence, // numerically
    Created,
    ShipBy, // orders without a ship-by last when ascending
    Client, // accent- and case-blind
    Total,
    Status, // workflow order (orderStatusRank)
    Items,
    Courier, // accent- and case-blind
    Tracking,
    SalesChannel,
};

struct OrderQuery
{
    QString account; // empty: all accounts
    QString status;  // empty: all statuses
    // A queue: the orders of every channel whose status means this work state; none: any.
    std::optional<WorkState> workState;
    // Order id, sequence, client, document, e-mail, SKU, reference code, EAN, invoice and tracking
    // numbers (substring, accent-blind).
    QString search;
    QString carrier;          // courier, accent- and case-blind; empty: any
    QString salesChannel;     // salesChannelKey(); empty: any
    QString channel;          // channelToString(): VTEX's or e-vendi's orders only; empty: any
    QDateTime shipByBefore;   // only orders whose ship-by is before this time; invalid: any
    bool overdueOnly = false; // see isOverdue()
    QDateTime now;            // the time overdueOnly is judged at; invalid: the current time
    OrderSort sort = OrderSort::Created;
    bool descending = true;
    // How the search text is matched (the same rows either way). Index: the trigram index
    // proposes the matching rows first, best when few match. Walk: each order met along the
    // sort order is tested, which fills the first page at once when the term is everywhere
    // ("com", "-01", one letter) and would read every row when it is rare. countUpTo() tells
    // which fits.
    enum class SearchPlan
    {
        Index,
        Walk
    };
    SearchPlan searchPlan = SearchPlan::Index;
    int limit = -1;
    int offset = 0;

    // Whether the filters other than account, status and search are set.
    bool hasListFilters() const
    {
        return !carrier.isEmpty() || !salesChannel.isEmpty() || !channel.isEmpty() ||
               shipByBefore.isValid() || overdueOnly;
    }
};

// A value to filter by and how many cached orders have it.
struct FilterValue
{
    QString value;
    int count = 0;
};

// What the synchronizer needs to decide whether to fetch an order's detail again.
struct DetailState
{
    QString status;
    QString listDigest;
    QDateTime detailFetchedAt; // invalid when only the list row is known
};

struct OrderKey
{
    QString account;
    QString orderId;
};

// Orders as raw JSON plus indexed columns. Every write is one transaction: a failure leaves the
// previous state intact. Every failed statement is logged under despacho.storage.orders and its
// message put in *error; a read that failed returns nothing (an empty list, -1, nullopt), a
// read that worked clears *error, so "nothing there" is an answer only when *error is empty.
class OrderCache
{
public:
    explicit OrderCache(Database *db);

    // Adds orders seen in a list that the cache does not know yet; known orders are left alone
    // (the list lags behind and rounds values: get order is the source of truth).
    bool insertNewFromList(const QList<OrderSummary> &rows, QString *error);
    // Stores a fetched order: index columns from `summary`, the raw JSON as received, and the list
    // digest it was fetched for (empty keeps the stored one).
    bool storeDetail(const OrderSummary &summary, const QByteArray &rawJson,
                     const QString &listDigest, QString *error);
    bool storeDetails(const QList<std::pair<OrderSummary, QByteArray>> &details, QString *error);
    // Fills orders.packages for orders stored before migration 9, from their decoded JSON (what a
    // reader that had to decode it learnt), so the next batch reads them from the index. An order
    // whose packages are already there (its detail was stored since) is left as it is.
    struct IndexedPackages
    {
        QString account;
        QString orderId;
        QList<PackageRef> packages;
    };
    bool indexPackages(const QList<IndexedPackages> &orders, QString *error);

    QHash<QString, DetailState> detailStates(const QString &account,
                                             QString *error = nullptr) const;
    QList<OrderSummary> query(const OrderQuery &q, QString *error = nullptr) const;
    int count(const OrderQuery &q, QString *error = nullptr) const; // -1 on failure
    // How many orders pass q's filters, counted no further than `cap`: exact when at most cap
    // match, otherwise "more than cap" (count = cap + 1, exact = false). Costs at most cap + 1
    // matching rows, where count() of a term found in a million orders reads them all. The
    // search is asked through the trigram index from three characters. count = -1 on failure.
    struct BoundedCount
    {
        int count = 0;
        bool exact = true;
    };
    BoundedCount countUpTo(const OrderQuery &q, int cap, QString *error = nullptr) const;
    // Row of an order under q's filters and order (its limit and offset ignored); -1 when the
    // order is not among them (or on failure). One count over the sort index.
    int position(const OrderQuery &q, const QString &account, const QString &orderId,
                 QString *error = nullptr) const;
    QHash<QString, int> countsByStatus(const QString &account = {}, QString *error = nullptr) const;
    // Counts per status under q's filters (its status, sort and paging ignored).
    QHash<QString, int> countsByStatus(const OrderQuery &q, QString *error = nullptr) const;
    // Carriers and sales channels of the cached orders of `account` (empty: all), for the filters.
    QList<FilterValue> carriers(const QString &account = {}, QString *error = nullptr) const;
    QList<FilterValue> salesChannels(const QString &account = {}, QString *error = nullptr) const;
    // The channels (channelToString()) of the cached orders of `account` (empty: all).
    QList<FilterValue> channels(const QString &account = {}, QString *error = nullptr) const;
    // Empty when the order or its detail is not cached (or on failure).
    QByteArray rawJson(const QString &account, const QString &orderId,
                       QString *error = nullptr) const;
    std::optional<OrderSummary> summary(const QString &account, const QString &orderId,
                                        QString *error = nullptr) const;
    // Exact order id or sequence (what a barcode holds), across accounts.
    QList<OrderKey> findExact(const QString &idOrSequence, QString *error = nullptr) const;
    // findExact for a batch of names (an import's rows), with each order's channel, status and
    // what its detail tells: one query for the whole batch instead of three per row. Each name
    // maps to the orders it names, newest first as findExact has them; a name that names none is
    // absent. Empty with *error on failure. An order whose packages the cache indexes (stored
    // since migration 9) comes with them and without its JSON, so a check that needs no more (a
    // tracking import's) reads and parses no document; an order stored before comes with its
    // JSON, still compressed until json() (thread-safe) is asked for it, so a batch can
    // decompress and decode on every core.
    struct Document
    {
        QString account;
        QString orderId;
        Channel channel = Channel::Unknown;
        QString status;
        // Its packages as stored with its detail (migration 9); nullopt: decode stored for them.
        std::optional<QList<PackageRef>> packages;
        int encoding = 0;
        QByteArray stored; // the compressed JSON, read only when packages is nullopt
        // False when only the order's list entry is cached.
        bool hasDetail() const { return packages.has_value() || !stored.isEmpty(); }
        // The raw JSON of stored; null with the reason in *error when there is none or it does
        // not decompress.
        QByteArray json(QString *error) const;
    };
    QHash<QString, QList<Document>> findDocuments(const QStringList &idsOrSequences,
                                                  QString *error = nullptr) const;

private:
    bool upsertDetail(const OrderSummary &summary, const QByteArray &rawJson,
                      const QString &listDigest, QString *error);
    Database *m_db;
};

} // namespace despacho::storage
