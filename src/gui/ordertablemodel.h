#pragma once

#include "core/order.h"
#include "storage/ordercache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

#include <optional>

namespace despacho::gui {

// The order list over the SQLite cache. Filtering, sorting (every column, with the order id as
// tiebreak) and the row count happen in SQL; rows are read lazily in pages of kPageSize through
// OrderCache::query(limit, offset) and only a bounded number of pages stays in memory, so 100,000
// cached orders cost a count(*) and the pages the view actually shows. Dates and money follow the
// application's locale (QLocale(), which LanguageManager sets with the language), as the detail
// view and the forms do.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        OrderId,
        Sequence,
        Date,
        ShipBy,
        Client,
        Total,
        Status,
        Items,
        Courier,
        Tracking,
        SalesChannel,
        Channel, // VTEX, e-vendi
        ColumnCount
    };
    enum Role
    {
        AccountRole = Qt::UserRole + 1,
        OrderIdRole,
        StatusRole,
        TotalCentsRole,
        OverdueRole, // bool
        PickupRole,  // bool
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;
    // A search is counted up to this many orders at each key; past it the row count is a lower
    // bound that grows as the view scrolls down (fetchMore) or an order further down is looked
    // for, so a term in every one of a million orders costs a page, not a million rows.
    static constexpr int kCountCap = 5000;
    static constexpr int kShortCountCap = 1000; // for one or two letters

    explicit OrderTableModel(storage::OrderCache *cache, QObject *parent = nullptr);

    // Everything in `filter` applies but its limit and offset, which are the model's business.
    // Its `now` (when overdue is judged) is the current time at each setFilter() and refresh()
    // unless the filter sets one.
    void setFilter(const storage::OrderQuery &filter);
    storage::OrderQuery filter() const;
    // Counts again and forgets the loaded pages (after a sync wrote new orders).
    void refresh();
    // Formats with `locale` instead of the application's (tests).
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale.value_or(QLocale()); }
    // Header titles, status names and formats in the current language.
    void retranslate();
    static storage::OrderSort sortFor(int column);
    static int columnFor(storage::OrderSort sort);

    std::optional<OrderSummary> summaryAt(int row) const;
    // Row of an order under the current filter and order, -1 when it is not listed. Looks in the
    // loaded pages and around `hint` first, then asks SQL for its position (one indexed count).
    int rowOf(const QString &account, const QString &orderId, int hint = -1) const;
    int pageQueries() const { return m_pageQueries; }
    int cachedPageCount() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Whether rowCount() is every listed order, or the first of more (a broad search).
    bool isCountExact() const { return m_countExact; }
    // The e-vendi accounts on prod: their orders' Channel cell reads "e-vendi PROD", in red.
    void setProdAccounts(const QSet<QString> &accounts);

Q_SIGNALS:
    // The cache could not be read (the database's message): the count shows 0 and a page that
    // failed shows empty until refresh(). Queued, so a failed read while painting is safe.
    void storageError(const QString &error);

private:
    void reportStorageError(const QString &error) const;
    const OrderSummary *rowAt(int row) const;
    const QList<OrderSummary> &page(int pageIndex) const;
    int rowInPage(int pageIndex, const QString &account, const QString &orderId) const;
    // Counts (again, from the first row) at least kCountCap further, and to `rows` if more.
    void growTo(int rows);
    void listAtLeast(int rows);
    void countForFilter();
    QVariant displayValue(const OrderSummary &order, int column) const;
    QVariant toolTip(const OrderSummary &order, int column) const;
    bool overdue(const OrderSummary &order) const;

    storage::OrderCache *m_cache;
    storage::OrderQuery m_filter;
    int m_count = 0;
    bool m_countExact = true;
    QSet<QString> m_prodAccounts;
    bool isProd(const OrderSummary &o) const
    {
        return o.channel == despacho::Channel::Evendi && m_prodAccounts.contains(o.account);
    }
    bool m_fixedNow = false;
    std::optional<QLocale> m_locale;
    mutable QHash<int, QList<OrderSummary>> m_pages;
    mutable QList<int> m_recent; // page indexes, most recently used last
    mutable int m_pageQueries = 0;
};

} // namespace despacho::gui
