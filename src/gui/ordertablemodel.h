#pragma once

#include "core/order.h"
#include "storage/ordercache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

#include <optional>

namespace despacho::gui {

// The order list over the SQLite cache. Filtering (account, status, search) and the row count
// happen in SQL; rows are read lazily in pages of kPageSize through OrderCache::query(limit,
// offset) and only a bounded number of pages stays in memory, so 100,000 cached orders cost a
// count(*) and the pages the view actually shows. Sorting is by creation date (newest first, or
// oldest first by reading the same SQL order from the other end).
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OrderId,
        Sequence,
        Date,
        Client,
        Total,
        Status,
        Items,
        Courier,
        Tracking,
        ColumnCount
    };
    enum Role
    {
        AccountRole = Qt::UserRole + 1,
        OrderIdRole,
        StatusRole,
        TotalCentsRole,
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;

    explicit OrderTableModel(storage::OrderCache *cache, QObject *parent = nullptr);

    // Account, status and search of `filter` apply; its limit and offset are the model's business.
    void setFilter(const storage::OrderQuery &filter);
    storage::OrderQuery filter() const { return m_filter; }
    // Counts again and forgets the loaded pages (after a sync wrote new orders).
    void refresh();
    void setLocale(const QLocale &locale);
    // Header titles and status names in the current language.
    void retranslate();

    std::optional<OrderSummary> summaryAt(int row) const;
    // Row of an order under the current filter and order, -1 when it is not listed. Looks in the
    // loaded pages and around `hint` first, then binary-searches the pages.
    int rowOf(const QString &account, const QString &orderId, int hint = -1) const;
    int pageQueries() const { return m_pageQueries; }
    int cachedPageCount() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const OrderSummary *rowAt(int row) const;
    const QList<OrderSummary> &page(int pageIndex) const;
    bool precedes(const OrderSummary &a, const OrderSummary &b) const;
    int rowInPage(int pageIndex, const QString &account, const QString &orderId) const;
    QVariant displayValue(const OrderSummary &order, int column) const;

    storage::OrderCache *m_cache;
    storage::OrderQuery m_filter;
    int m_count = 0;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QLocale m_locale;
    mutable QHash<int, QList<OrderSummary>> m_pages;
    mutable QList<int> m_recent; // page indexes, most recently used last
    mutable int m_pageQueries = 0;
};

} // namespace despacho::gui
