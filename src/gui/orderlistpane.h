#pragma once

#include "storage/ordercache.h"

#include <QWidget>

class QLineEdit;
class QSettings;
class QTableView;
class QTimer;

namespace despacho::gui {

class MessageBar;
class OrderTableModel;

// The centre pane: the search box, the order table and the pane's message bar. Typing filters
// after a short pause; Enter looks the text up as an exact order id or sequence first, which is
// what a barcode scanner sends (fast keys ending in Enter).
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
    MessageBar *messageBar() const { return m_messages; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    // The selected order; both empty when no row is selected (the detail shows nothing).
    void currentOrderChanged(const QString &account, const QString &orderId);
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

    storage::OrderCache *m_cache;
    OrderTableModel *m_model;
    MessageBar *m_messages;
    QLineEdit *m_search;
    QTableView *m_table;
    QTimer *m_searchTimer;
    QString m_account;
    QString m_status;
    QString m_currentAccount;
    QString m_currentOrderId;
};

} // namespace despacho::gui
