#pragma once

#include "core/order.h"

#include <QByteArray>
#include <QWidget>

#include <memory>
#include <optional>

class QTabWidget;

namespace Ui {
class OrderDetailView;
}
namespace despacho::sync {
class AppServices;
}

namespace despacho::gui {

class MessageBar;
class TransactionPanel;

// The right pane: every part of one order, read from the cached raw JSON (no network to show an
// order). Tabs: Summary, Items, Customer, Shipping, Payment, Invoices & tracking, Raw JSON.
class OrderDetailView : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        SummaryTab,
        ItemsTab,
        CustomerTab,
        ShippingTab,
        PaymentTab,
        PackagesTab,
        CommandsTab,
        RawJsonTab,
        TabCount
    };

    explicit OrderDetailView(QWidget *parent = nullptr);
    ~OrderDetailView() override;

    void setServices(sync::AppServices *services);
    void showOrder(const QString &account, const QString &orderId);
    // Reads the shown order again and redraws it only if the cache holds a different version.
    void reloadIfChanged();
    void clear();
    // Redraws the Commands tab from the outbox (after the dispatcher reports a change).
    void refreshCommands();
    // The shown order as parsed from the cache (empty when only a list row is cached).
    const std::optional<Order> &order() const { return m_order; }

    QString account() const { return m_account; }
    QString orderId() const { return m_orderId; }
    QTabWidget *tabs() const;
    TransactionPanel *transactionPanel() const;
    MessageBar *messageBar() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void clearFields();
    void fillSummary(const Order &order);
    void fillSummaryOnly(const OrderSummary &summary);
    void fillItems(const Order &order);
    void fillCustomer(const Order &order);
    void fillShipping(const Order &order);
    void fillPayment(const Order &order);
    void fillPackages(const Order &order);
    void fillTrackingEvents(int packageRow);

    std::unique_ptr<Ui::OrderDetailView> m_ui;
    sync::AppServices *m_services = nullptr;
    QString m_account;
    QString m_orderId;
    QByteArray m_raw;
    std::optional<Order> m_order;
};

} // namespace despacho::gui
