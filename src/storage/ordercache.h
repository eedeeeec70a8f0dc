#pragma once

#include "core/order.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace despacho::storage {

class Database;

struct OrderQuery
{
    QString account; // empty: all accounts
    QString status;  // empty: all statuses
    QString search;  // order id, sequence, client, document, e-mail (substring, accent-blind)
    int limit = -1;
    int offset = 0;
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
// previous state intact.
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

    QHash<QString, DetailState> detailStates(const QString &account) const;
    QList<OrderSummary> query(const OrderQuery &q) const;
    int count(const OrderQuery &q) const;
    QHash<QString, int> countsByStatus(const QString &account = {}) const;
    QByteArray rawJson(const QString &account, const QString &orderId) const;
    std::optional<OrderSummary> summary(const QString &account, const QString &orderId) const;
    // Exact order id or sequence (what a barcode holds), across accounts.
    QList<OrderKey> findExact(const QString &idOrSequence) const;

    static QString searchTextFor(const OrderSummary &summary);

private:
    bool upsertDetail(const OrderSummary &summary, const QByteArray &rawJson,
                      const QString &listDigest, QString *error);
    Database *m_db;
};

} // namespace despacho::storage
