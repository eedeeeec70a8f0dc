#pragma once

#include "storage/ordercache.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace despacho::gui {

// The left pane: the work queues by status with their counts ("Ready for handling (12)") and,
// when more than one account is configured, which account to show. While the list's filter bar
// filters (carrier, channel, ship-by, late only), the counts count the same filtered orders and
// the title says so; the search text is not counted (a queue holds what it holds, not what was
// typed).
class QueuePane : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePane(storage::OrderCache *cache, QWidget *parent = nullptr);

    void setAccounts(const QStringList &accountNames);
    QString currentAccount() const; // empty: all accounts
    QString currentStatus() const;  // empty: all statuses
    void setCurrentStatus(const QString &status);
    void setCurrentAccount(const QString &account);
    // Reads the counts again (cheap: one GROUP BY) and updates the labels.
    void refreshCounts();
    // The list's filter bar filters; the counts follow them (account, status, search ignored).
    void setListFilter(const storage::OrderQuery &filter);
    QHash<QString, int> counts() const { return m_counts; }

Q_SIGNALS:
    void filterChanged();
    // The counts could not be read (the database's message); they show 0.
    void storageError(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildQueues();
    void retranslateUi();

    storage::OrderCache *m_cache;
    QLabel *m_title;
    QComboBox *m_accounts;
    QListWidget *m_queues;
    QHash<QString, int> m_counts;
    storage::OrderQuery m_listFilter;
    int m_total = 0;
};

} // namespace despacho::gui
