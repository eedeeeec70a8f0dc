#include "gui/ordertablemodel.h"

#include "core/orderstatus.h"
#include "gui/formatting.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace despacho::gui {

OrderTableModel::OrderTableModel(storage::OrderCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    m_count = m_cache ? m_cache->count(m_filter) : 0;
}

void OrderTableModel::setFilter(const storage::OrderQuery &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_pages.clear();
    m_recent.clear();
    m_count = m_cache ? m_cache->count(m_filter) : 0;
    endResetModel();
}

void OrderTableModel::refresh()
{
    setFilter(m_filter);
}

void OrderTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void OrderTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, Status), index(m_count - 1, Status), {Qt::DisplayRole});
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<OrderSummary> &OrderTableModel::page(int pageIndex) const
{
    if (const auto it = m_pages.constFind(pageIndex); it != m_pages.constEnd()) {
        m_recent.removeOne(pageIndex);
        m_recent.append(pageIndex);
        return *it;
    }
    storage::OrderQuery q = m_filter;
    const int first = pageIndex * kPageSize;
    if (m_order == Qt::DescendingOrder) {
        q.offset = first;
        q.limit = kPageSize;
    } else {
        // Oldest first: the same newest-first SQL order, read from the end and reversed.
        const int endExclusive = m_count - first;
        q.offset = std::max(0, endExclusive - kPageSize);
        q.limit = std::max(0, endExclusive - q.offset);
    }
    QList<OrderSummary> rows = m_cache->query(q);
    ++m_pageQueries;
    if (m_order == Qt::AscendingOrder)
        std::reverse(rows.begin(), rows.end());
    while (m_recent.size() >= kMaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(pageIndex);
    return *m_pages.insert(pageIndex, std::move(rows));
}

const OrderSummary *OrderTableModel::rowAt(int row) const
{
    if (!m_cache || row < 0 || row >= m_count)
        return nullptr;
    const QList<OrderSummary> &rows = page(row / kPageSize);
    const int offset = row % kPageSize;
    // The cache may have changed since the count; a missing row shows empty until refresh().
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

std::optional<OrderSummary> OrderTableModel::summaryAt(int row) const
{
    if (const OrderSummary *s = rowAt(row))
        return *s;
    return std::nullopt;
}

int OrderTableModel::rowInPage(int pageIndex, const QString &account, const QString &orderId) const
{
    if (pageIndex < 0 || pageIndex * kPageSize >= m_count)
        return -1;
    const QList<OrderSummary> &rows = page(pageIndex);
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).orderId == orderId && rows.at(i).account == account)
            return pageIndex * kPageSize + i;
    }
    return -1;
}

bool OrderTableModel::precedes(const OrderSummary &a, const OrderSummary &b) const
{
    // The SQL order: creation date, then order id, newest first (reversed when oldest first).
    const bool newer =
        a.creationDate != b.creationDate ? a.creationDate > b.creationDate : a.orderId > b.orderId;
    const bool same = a.creationDate == b.creationDate && a.orderId == b.orderId;
    return !same && (m_order == Qt::DescendingOrder ? newer : !newer);
}

int OrderTableModel::rowOf(const QString &account, const QString &orderId, int hint) const
{
    if (!m_cache || m_count == 0)
        return -1;
    // Loaded pages and the pages around the hint first: no query, or one.
    QList<int> candidates = m_pages.keys();
    if (hint >= 0) {
        const int p = hint / kPageSize;
        candidates << p << p - 1 << p + 1;
    }
    QList<int> tried;
    for (int p : std::as_const(candidates)) {
        if (tried.contains(p) || (!m_pages.contains(p) && hint < 0))
            continue;
        tried.append(p);
        if (const int row = rowInPage(p, account, orderId); row >= 0)
            return row;
    }
    // Then a binary search over the pages by (creation date, order id): about log2(pages)
    // page reads, so finding an order among 100,000 costs some ten queries.
    const auto target = m_cache->summary(account, orderId);
    if (!target)
        return -1;
    int lo = 0;
    int hi = (m_count - 1) / kPageSize;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const QList<OrderSummary> &rows = page(mid);
        if (rows.isEmpty())
            return -1;
        if (precedes(*target, rows.first())) {
            hi = mid - 1;
        } else if (precedes(rows.last(), *target)) {
            lo = mid + 1;
        } else {
            // Same date and id in two accounts may straddle a page boundary.
            for (int p : {mid, mid - 1, mid + 1}) {
                if (const int row = rowInPage(p, account, orderId); row >= 0)
                    return row;
            }
            return -1;
        }
    }
    return -1;
}

QVariant OrderTableModel::displayValue(const OrderSummary &o, int column) const
{
    switch (column) {
    case OrderId:
        return o.orderId;
    case Sequence:
        return o.sequence;
    case Date:
        return formatDateTime(o.creationDate, m_locale);
    case Client:
        return o.clientName;
    case Total:
        return formatMoney(o.totalValue, m_locale);
    case Status:
        return orderStatusDisplayName(o.status);
    case Items:
        return o.itemCount;
    case Courier:
        return o.courier;
    case Tracking:
        return o.trackingNumber;
    default:
        return {};
    }
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary *o = rowAt(index.row());
    if (!o)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*o, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Client && !o->clientEmail.isEmpty())
            return QVariant(o->clientName + u'\n' + o->clientEmail);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Items)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (o->status == QLatin1StringView("canceled"))
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case AccountRole:
        return o->account;
    case OrderIdRole:
        return o->orderId;
    case StatusRole:
        return o->status;
    case TotalCentsRole:
        return o->totalValue.cents();
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderId:
        return tr("Order");
    case Sequence:
        return tr("Sequence");
    case Date:
        return tr("Created");
    case Client:
        return tr("Client");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    case Items:
        return tr("Items");
    case Courier:
        return tr("Courier");
    case Tracking:
        return tr("Tracking");
    default:
        return {};
    }
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    // Only the creation date has an SQL order behind it; other columns keep the current order.
    if (column != Date || order == m_order)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    m_order = order;
    m_pages.clear();
    m_recent.clear();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before)
        after.append(index(m_count - 1 - i.row(), i.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace despacho::gui
