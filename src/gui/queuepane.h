#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace despacho::storage {
class OrderCache;
}

namespace despacho::gui {

// The left pane: the work queues by status with their counts ("Ready for handling (12)") and,
// when more than one account is configured, which account to show.
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
    QHash<QString, int> counts() const { return m_counts; }

Q_SIGNALS:
    void filterChanged();

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
    int m_total = 0;
};

} // namespace despacho::gui
