#pragma once

#include "storage/ordercache.h"

#include <QWidget>

class QLineEdit;
class QSettings;
class QTableView;
class QTimer;

namespace despacho::gui {

class MessageBar;
class OrderFilterBar;
class OrderTableModel;

// The centre pane: the search box, the filter bar, the order table and the pane's message bar.
// Typing filters after a short pause; Enter looks the text up as an exact order id or sequence
// first, which is what a barcode scanner sends (fast keys ending in Enter). A click on any column
// header sorts by it, in SQL.
class OrderListPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;

    explicit OrderListPane(storage::OrderCache *cache, QWidget *parent = nullptr);
    ~OrderListPane() override;

    void setQueue(const QString &account, const QString &status);
    // Applies the search text now instead of after the typing pause.
    void applySearchNow() { applySearch(); }
    // Applies the search box's text and says so when nothing matches.
    void applySearchOrSayNoMatch();
    // Puts back the text of the search the list shows (after a scan that was not a search).
    void revertSearch();
    QString searchText() const;
    // Counts again and reloads, keeping the selected order selected when it is still listed.
    void refresh();
    bool selectOrder(const QString &account, const QString &orderId);
    void focusSearch();
    void selectFirstRowIfNone();
    // The selected rows' orders, top to bottom (the detail shows the current row only).
    QList<storage::OrderKey> selectedOrders() const;

    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    OrderFilterBar *filterBar() const { return m_filters; }
    // The filter bar's filters for `account` (what the queue counts must count too).
    storage::OrderQuery listFilter() const;
    MessageBar *messageBar() const { return m_messages; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    // The selected order; both empty when no row is selected (the detail shows nothing).
    void currentOrderChanged(const QString &account, const QString &orderId);
    // The filter bar changed what is listed.
    void listFilterChanged();
    // Enter in the search box (what a barcode scanner sends: fast keys ending in Enter).
    void scanned(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applySearch();
    void onReturnPressed();
    void onCurrentRowChanged();
    void reselectCurrent();
    void clearCurrent();
    void retranslateUi();
    void reloadFilterChoices();

    storage::OrderCache *m_cache;
    OrderTableModel *m_model;
    MessageBar *m_messages;
    QLineEdit *m_search;
    OrderFilterBar *m_filters;
    QTableView *m_table;
    QTimer *m_searchTimer;
    QString m_account;
    QString m_status;
    QString m_currentAccount;
    QString m_currentOrderId;
};

} // namespace despacho::gui
