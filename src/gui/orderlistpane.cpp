#include "gui/orderlistpane.h"

#include "gui/formatting.h"
#include "gui/messagebar.h"
#include "gui/orderfilterbar.h"
#include "gui/ordertablemodel.h"

#include "core/orderstatus.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
// The header's saved state holds the column count: version 2 has ship-by and sales channel,
// version 3 the channel.
constexpr auto kHeaderKey = "orderTable/header3"_L1;

bool sameListing(const storage::OrderQuery &a, const storage::OrderQuery &b)
{
    return a.account == b.account && a.status == b.status && a.workState == b.workState &&
           a.search == b.search && a.carrier == b.carrier && a.salesChannel == b.salesChannel &&
           a.channel == b.channel && a.shipByBefore == b.shipByBefore &&
           a.overdueOnly == b.overdueOnly;
}
} // namespace

OrderListPane::OrderListPane(storage::OrderCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_model(new OrderTableModel(cache, this))
    , m_messages(new MessageBar(this))
    , m_search(new QLineEdit(this))
    , m_filters(new OrderFilterBar(this))
    , m_table(new QTableView(this))
    , m_searchTimer(new QTimer(this))
{
    m_messages->setObjectName(u"listMessageBar"_s);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_table->setObjectName(u"orderTable"_s);
    m_table->setModel(m_model);
    connect(m_model, &OrderTableModel::storageError, this,
            [this](const QString &error) { m_messages->showMessage(storageErrorText(error)); });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for batch work (packing slips); the detail follows the current row.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view place 100,000 rows without asking for each one's size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSortIndicator(OrderTableModel::Date, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Every column has an SQL order (OrderTableModel::sort): the view asks, SQL sorts.
    m_table->setSortingEnabled(true);
    const int widths[] = {150, 80, 130, 175, 200, 110, 140, 60, 150, 150, 110, 80};
    static_assert(std::size(widths) == OrderTableModel::ColumnCount);
    for (int c = 0; c < OrderTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_filters->setObjectName(u"orderFilterBar"_s);
    connect(m_filters, &OrderFilterBar::changed, this, [this] {
        applySearch();
        Q_EMIT listFilterChanged();
    });

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &OrderListPane::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &OrderListPane::onReturnPressed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrderListPane::onCurrentRowChanged);
    // Whatever changed the rows (a queue, a search, a sort, a refresh), the pane shows the
    // selected row or nothing: never an order that is no longer the selected row.
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrderListPane::reselectCurrent);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &OrderListPane::reselectCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    layout->addWidget(m_search);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

OrderListPane::~OrderListPane() = default;

void OrderListPane::setQueue(const QString &account, const QString &status)
{
    const bool accountChanged = account != m_account;
    m_account = account;
    m_status = status;
    if (accountChanged)
        reloadFilterChoices();
    applySearch();
}

QString OrderListPane::searchText() const
{
    return m_search->text().trimmed();
}

storage::OrderQuery OrderListPane::listFilter() const
{
    storage::OrderQuery q;
    q.account = m_account;
    m_filters->applyTo(&q);
    return q;
}

void OrderListPane::reloadFilterChoices()
{
    if (!m_cache)
        return;
    QString error;
    const auto carriers = m_cache->carriers(m_account, &error);
    if (error.isEmpty()) {
        const auto channels = m_cache->salesChannels(m_account, &error);
        const auto orderChannels =
            error.isEmpty() ? m_cache->channels(m_account, &error) : QList<storage::FilterValue>();
        if (error.isEmpty()) {
            m_filters->setChoices(carriers, channels, orderChannels);
            return;
        }
    }
    m_messages->showMessage(storageErrorText(error)); // the choices stay as they were
}

void OrderListPane::applySearch()
{
    m_searchTimer->stop();
    const storage::OrderQuery old = m_model->filter();
    storage::OrderQuery q = old; // keeps the sort order
    q.account = m_account;
    // A queue's key names a work state: its orders are those of every channel's statuses in it.
    // Anything else (a single status) filters by that status.
    const auto queue = statusQueue(m_status);
    const bool byState = queue && !queue->key.isEmpty();
    q.status = byState ? QString() : m_status;
    q.workState = byState ? std::optional<WorkState>(queue->state) : std::nullopt;
    q.search = searchText();
    m_filters->applyTo(&q);
    if (sameListing(old, q))
        return;
    const QString account = m_currentAccount;
    const QString orderId = m_currentOrderId;
    m_model->setFilter(q);
    if (!orderId.isEmpty())
        selectOrder(account, orderId);
}

void OrderListPane::refresh()
{
    const QString account = m_currentAccount;
    const QString orderId = m_currentOrderId;
    const int oldRow = m_table->currentIndex().row();
    const int scroll = m_table->verticalScrollBar()->value();
    reloadFilterChoices();
    m_model->refresh();
    m_table->verticalScrollBar()->setValue(scroll);
    if (orderId.isEmpty())
        return;
    const int row = m_model->rowOf(account, orderId, oldRow);
    if (row >= 0) {
        // Same order as before: no currentOrderChanged (m_current* are unchanged).
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }
}

bool OrderListPane::selectOrder(const QString &account, const QString &orderId)
{
    const int row = m_model->rowOf(account, orderId, 0);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void OrderListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrderListPane::selectFirstRowIfNone()
{
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

QList<storage::OrderKey> OrderListPane::selectedOrders() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<storage::OrderKey> keys;
    keys.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        const QString orderId = index.data(OrderTableModel::OrderIdRole).toString();
        if (!orderId.isEmpty())
            keys.append({index.data(OrderTableModel::AccountRole).toString(), orderId});
    }
    return keys;
}

void OrderListPane::onReturnPressed()
{
    const QString text = searchText();
    m_messages->clearMessage();
    // Select all, so the next scan replaces this one instead of appending to it.
    m_search->selectAll();
    if (text.isEmpty()) {
        applySearch();
        return;
    }
    m_searchTimer->stop();
    // The window reads it as a scan: an order, a DANFE key, a tracking code, or a search.
    Q_EMIT scanned(text);
}

void OrderListPane::applySearchOrSayNoMatch()
{
    const QString text = searchText();
    applySearch();
    if (m_model->rowCount() == 0)
        m_messages->showMessage(tr("No order matches \"%1\".").arg(text),
                                MessageBar::Level::Information);
}

void OrderListPane::revertSearch()
{
    // What was scanned was not a search: the list keeps the search it shows.
    m_searchTimer->stop();
    const QSignalBlocker blocker(m_search);
    m_search->setText(m_model->filter().search);
    m_search->selectAll();
}

void OrderListPane::reselectCurrent()
{
    if (m_currentOrderId.isEmpty())
        return;
    const int row =
        m_model->rowOf(m_currentAccount, m_currentOrderId,
                       m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0);
    if (row < 0) {
        clearCurrent();
        return;
    }
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->viewport()->update();
}

void OrderListPane::clearCurrent()
{
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->clear();
    }
    m_table->viewport()->update();
    if (m_currentOrderId.isEmpty())
        return;
    m_currentAccount.clear();
    m_currentOrderId.clear();
    Q_EMIT currentOrderChanged({}, {});
}

void OrderListPane::onCurrentRowChanged()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        clearCurrent();
        return;
    }
    const QString account = index.data(OrderTableModel::AccountRole).toString();
    const QString orderId = index.data(OrderTableModel::OrderIdRole).toString();
    if (orderId.isEmpty() || (account == m_currentAccount && orderId == m_currentOrderId))
        return;
    m_currentAccount = account;
    m_currentOrderId = orderId;
    Q_EMIT currentOrderChanged(account, orderId);
}

bool OrderListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            selectFirstRowIfNone();
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderListPane::saveState(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    m_filters->saveState(settings);
}

void OrderListPane::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(kHeaderKey).toByteArray();
    // Restoring the header restores its sort indicator, and with it the model's SQL order.
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header)) {
        m_model->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                      m_table->horizontalHeader()->sortIndicatorOrder());
    }
    reloadFilterChoices();
    m_filters->restoreState(settings);
}

void OrderListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrderListPane::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by order, sequence, client, CPF/CNPJ, e-mail, SKU, EAN "
                                    "or tracking number; scan a barcode (Ctrl+F)"));
    m_model->retranslate();
}

} // namespace despacho::gui
