#include "gui/ordertablemodel.h"

#include "core/orderstatus.h"
#include "core/validators.h"
#include "gui/formatting.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
// Which SQL order each column sorts by; the same list read backwards gives the column.
constexpr std::pair<int, storage::OrderSort> kSorts[] = {
    {OrderTableModel::OrderId, storage::OrderSort::OrderId},
    {OrderTableModel::Sequence, storage::OrderSort::Sequence},
    {OrderTableModel::Date, storage::OrderSort::Created},
    {OrderTableModel::ShipBy, storage::OrderSort::ShipBy},
    {OrderTableModel::Client, storage::OrderSort::Client},
    {OrderTableModel::Total, storage::OrderSort::Total},
    {OrderTableModel::Status, storage::OrderSort::Status},
    {OrderTableModel::Items, storage::OrderSort::Items},
    {OrderTableModel::Courier, storage::OrderSort::Courier},
    {OrderTableModel::Tracking, storage::OrderSort::Tracking},
    {OrderTableModel::SalesChannel, storage::OrderSort::SalesChannel},
};
} // namespace

OrderTableModel::OrderTableModel(storage::OrderCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    countForFilter();
}

void OrderTableModel::reportStorageError(const QString &error) const
{
    if (error.isEmpty())
        return;
    auto *self = const_cast<OrderTableModel *>(this); // page() is const: it reads lazily
    QMetaObject::invokeMethod(
        self, [self, error] { Q_EMIT self->storageError(error); }, Qt::QueuedConnection);
}

storage::OrderSort OrderTableModel::sortFor(int column)
{
    for (const auto &[c, sort] : kSorts) {
        if (c == column)
            return sort;
    }
    // The channel has no index of its own; the sales channel keeps e-vendi's orders (which have
    // none) apart from VTEX's.
    if (column == Channel)
        return storage::OrderSort::SalesChannel;
    return storage::OrderSort::Created;
}

int OrderTableModel::columnFor(storage::OrderSort sort)
{
    for (const auto &[c, s] : kSorts) {
        if (s == sort)
            return c;
    }
    return Date;
}

storage::OrderQuery OrderTableModel::filter() const
{
    storage::OrderQuery q = m_filter;
    if (!m_fixedNow)
        q.now = QDateTime();
    return q;
}

void OrderTableModel::setFilter(const storage::OrderQuery &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = -1;
    m_filter.offset = 0;
    m_fixedNow = filter.now.isValid();
    if (!m_fixedNow)
        m_filter.now = QDateTime::currentDateTimeUtc();
    m_pages.clear();
    m_recent.clear();
    countForFilter();
    endResetModel();
}

void OrderTableModel::countForFilter()
{
    m_count = 0;
    m_countExact = true;
    m_filter.searchPlan = storage::OrderQuery::SearchPlan::Index;
    if (!m_cache)
        return;
    QString error;
    // A term of one or two letters has no index to ask: the count reads rows until it has
    // enough, so it stops sooner.
    const int cap = foldForSearch(m_filter.search).size() < 3 ? kShortCountCap : kCountCap;
    const auto counted = m_cache->countUpTo(m_filter, cap, &error);
    reportStorageError(error);
    m_count = std::max(0, counted.count);
    m_countExact = counted.exact;
    // Few matches: the trigram index proposes them. Many: walking the sort order finds a page
    // of them at once.
    if (!m_countExact)
        m_filter.searchPlan = storage::OrderQuery::SearchPlan::Walk;
}

bool OrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_countExact && m_cache;
}

void OrderTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        growTo(m_count + 1);
}

void OrderTableModel::listAtLeast(int rows)
{
    // Known to exist (an order was found at rows - 1): no count needed, the bound just moves.
    if (m_countExact || rows <= m_count)
        return;
    beginInsertRows({}, m_count, rows - 1);
    m_count = rows;
    endInsertRows();
}

void OrderTableModel::growTo(int rows)
{
    if (m_countExact || !m_cache || rows <= m_count)
        return;
    QString error;
    const auto counted = m_cache->countUpTo(m_filter, std::max(rows, m_count + kCountCap), &error);
    reportStorageError(error);
    if (counted.count < 0)
        return;
    // The cache may have lost orders since: the count only grows here (refresh() recounts).
    const int total = std::max(counted.count, m_count);
    if (total > m_count) {
        beginInsertRows({}, m_count, total - 1);
        m_count = total;
        m_countExact = counted.exact;
        endInsertRows();
    } else {
        m_countExact = counted.exact;
    }
}

void OrderTableModel::refresh()
{
    setFilter(filter());
}

void OrderTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    retranslate();
}

void OrderTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
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
    q.offset = pageIndex * kPageSize;
    q.limit = kPageSize;
    QString error;
    QList<OrderSummary> rows = m_cache->query(q, &error);
    reportStorageError(error); // the page stays empty (and is not read again) until refresh()
    ++m_pageQueries;
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
    // Then SQL: the number of listed orders before it in the same order.
    QString error;
    const int row = m_cache->position(m_filter, account, orderId, &error);
    reportStorageError(error);
    // Listed, but past the rows counted so far (a broad search): count on to it.
    if (row >= m_count && !m_countExact)
        const_cast<OrderTableModel *>(this)->listAtLeast(row + 1);
    return row;
}

bool OrderTableModel::overdue(const OrderSummary &o) const
{
    return isOverdue(o.shipBy, o.status, m_filter.now);
}

QVariant OrderTableModel::displayValue(const OrderSummary &o, int column) const
{
    switch (column) {
    case OrderId:
        return o.orderId;
    case Sequence:
        return o.sequence;
    case Date:
        return formatDateTime(o.creationDate, locale());
    case ShipBy:
        return formatDateTime(o.shipBy, locale());
    case Client:
        return o.clientName;
    case Total:
        return formatMoney(o.totalValue, locale());
    case Status:
        return orderStatusDisplayName(o.status);
    case Items:
        return o.itemCount;
    case Courier:
        if (o.pickup)
            return o.courier.isEmpty() ? tr("Store pickup")
                                       : tr("Store pickup · %1").arg(o.courier);
        return o.courier;
    case Tracking:
        return o.trackingNumber;
    case SalesChannel:
        return formatSalesChannel(o.salesChannel);
    case Channel:
        return isProd(o) ? tr("%1 PROD").arg(channelDisplayName(o.channel))
                         : channelDisplayName(o.channel);
    default:
        return {};
    }
}

QVariant OrderTableModel::toolTip(const OrderSummary &o, int column) const
{
    switch (column) {
    case Client:
        if (!o.clientEmail.isEmpty())
            return QVariant(o.clientName + u'\n' + o.clientEmail);
        return {};
    case ShipBy:
        if (overdue(o)) {
            return tr("Late: should have shipped %1 ago (ship by %2)")
                .arg(formatLateness(o.shipBy, m_filter.now), formatDateTime(o.shipBy, locale()));
        }
        if (o.shipBy.isValid())
            return tr("Ship by %1").arg(formatDateTime(o.shipBy, locale()));
        return tr("The store gave no shipping date for this order");
    case Courier:
        if (o.pickup)
            return tr(
                "The customer picks this order up in the store: nothing to hand to a carrier");
        return {};
    default:
        return {};
    }
}

void OrderTableModel::setProdAccounts(const QSet<QString> &accounts)
{
    if (accounts == m_prodAccounts)
        return;
    m_prodAccounts = accounts;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Channel), index(rowCount() - 1, Channel));
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
        return toolTip(*o, index.column());
    case Qt::DecorationRole:
        if (index.column() == ShipBy && overdue(*o)) {
            static const QIcon warning =
                QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return warning;
        }
        return {};
    case Qt::FontRole:
        if ((index.column() == ShipBy && overdue(*o)) || (index.column() == Courier && o->pickup)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Items)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == ShipBy && overdue(*o)) || (index.column() == Channel && isProd(*o)))
            return QBrush(QColor(0xc6, 0x28, 0x28)); // red, readable on white and on grey rows
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
    case OverdueRole:
        return overdue(*o);
    case PickupRole:
        return o->pickup;
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
    case ShipBy:
        return tr("Ship by");
    case Client:
        return tr("Client");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    case SalesChannel:
        return tr("Sales channel");
    case Channel:
        return tr("Channel");
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
    const storage::OrderSort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (column < 0 || column >= ColumnCount ||
        (sort == m_filter.sort && descending == m_filter.descending))
        return;
    if (!m_countExact) {
        // The rows counted so far are the first of another order now: count again (the list
        // pane selects its order again on the reset).
        beginResetModel();
        m_filter.sort = sort;
        m_filter.descending = descending;
        m_pages.clear();
        m_recent.clear();
        countForFilter();
        endResetModel();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The orders the persistent indexes (the view's current row and selection) point at, to
    // find them again in the new order.
    const QModelIndexList before = persistentIndexList();
    QHash<int, std::pair<QString, QString>> keys;
    for (const QModelIndex &i : before) {
        if (!keys.contains(i.row())) {
            const OrderSummary *o = rowAt(i.row());
            keys.insert(i.row(),
                        o ? std::pair{o->account, o->orderId} : std::pair<QString, QString>());
        }
    }
    m_filter.sort = sort;
    m_filter.descending = descending;
    m_pages.clear();
    m_recent.clear();
    QHash<int, int> newRows;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        newRows.insert(it.key(), it->second.isEmpty() ? -1 : rowOf(it->first, it->second));
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before) {
        const int row = newRows.value(i.row(), -1);
        after.append(row < 0 ? QModelIndex() : index(row, i.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace despacho::gui
