#include "gui/queuepane.h"

#include "core/orderstatus.h"
#include "storage/ordercache.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace despacho::gui {

QueuePane::QueuePane(storage::OrderCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_title(new QLabel(this))
    , m_accounts(new QComboBox(this))
    , m_queues(new QListWidget(this))
{
    m_title->setObjectName(u"queuesTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_accounts->setObjectName(u"accountFilter"_s);
    m_accounts->setVisible(false);
    m_queues->setObjectName(u"queueList"_s);
    m_queues->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queues->setUniformItemSizes(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_accounts);
    layout->addWidget(m_queues, 1);

    rebuildQueues();
    retranslateUi();
    m_queues->setCurrentRow(0);

    connect(m_queues, &QListWidget::currentRowChanged, this, [this] { Q_EMIT filterChanged(); });
    connect(m_accounts, &QComboBox::currentIndexChanged, this, [this] {
        refreshCounts();
        Q_EMIT filterChanged();
    });
}

void QueuePane::setAccounts(const QStringList &accountNames)
{
    const QString current = currentAccount();
    {
        const QSignalBlocker blocker(m_accounts);
        m_accounts->clear();
        m_accounts->addItem(tr("All accounts"), QString());
        for (const QString &name : accountNames)
            m_accounts->addItem(name, name);
        const int index = m_accounts->findData(current);
        m_accounts->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_accounts->setVisible(accountNames.size() > 1);
    if (currentAccount() != current) {
        refreshCounts();
        Q_EMIT filterChanged();
    }
}

QString QueuePane::currentAccount() const
{
    return m_accounts->currentData().toString();
}

QString QueuePane::currentStatus() const
{
    const QListWidgetItem *item = m_queues->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void QueuePane::setCurrentStatus(const QString &status)
{
    for (int i = 0; i < m_queues->count(); ++i) {
        if (m_queues->item(i)->data(Qt::UserRole).toString() == status) {
            m_queues->setCurrentRow(i);
            return;
        }
    }
}

void QueuePane::setCurrentAccount(const QString &account)
{
    const int index = m_accounts->findData(account);
    if (index >= 0)
        m_accounts->setCurrentIndex(index);
}

void QueuePane::setListFilter(const storage::OrderQuery &filter)
{
    m_listFilter = filter;
    refreshCounts();
}

void QueuePane::refreshCounts()
{
    storage::OrderQuery q = m_listFilter;
    q.account = currentAccount();
    q.status.clear();
    q.workState.reset();
    q.search.clear();
    QString error;
    m_counts = m_cache ? m_cache->countsByStatus(q, &error) : QHash<QString, int>();
    m_total = 0;
    for (int n : std::as_const(m_counts))
        m_total += n;
    retranslateUi();
    if (!error.isEmpty())
        Q_EMIT storageError(error);
}

void QueuePane::rebuildQueues()
{
    m_queues->clear();
    for (const StatusQueue &queue : statusQueues()) {
        auto *item = new QListWidgetItem(m_queues);
        item->setData(Qt::UserRole, queue.key);
    }
}

void QueuePane::retranslateUi()
{
    m_title->setText(m_listFilter.hasListFilters() ? tr("Queues (filtered)") : tr("Queues"));
    m_title->setToolTip(m_listFilter.hasListFilters()
                            ? tr("The counts are of the orders the filters above the list show")
                            : QString());
    if (m_accounts->count() > 0)
        m_accounts->setItemText(0, tr("All accounts"));
    const QList<StatusQueue> queues = statusQueues();
    for (int i = 0; i < m_queues->count() && i < queues.size(); ++i) {
        const StatusQueue &queue = queues.at(i);
        int n = queue.key.isEmpty() ? m_total : 0;
        for (const QString &status : queue.statuses)
            n += m_counts.value(status);
        m_queues->item(i)->setText(tr("%1 (%2)").arg(queue.label).arg(n));
    }
}

void QueuePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace despacho::gui
