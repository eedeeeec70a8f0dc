#pragma once

#include "core/command.h"
#include "core/order.h"

#include <QByteArray>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTabWidget;
class QUrl;

namespace Ui {
class OrderDetailView;
}
namespace despacho::sync {
class AppServices;
}

namespace despacho::gui {

class ImageLoader;
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
    // The Items tab's columns: what a packer checks first comes first.
    enum ItemColumn
    {
        ItemPictureColumn,
        ItemQuantityColumn,
        ItemEanColumn,
        ItemRefIdColumn,
        ItemSkuColumn,
        ItemNameColumn,
        ItemUnitPriceColumn,
        ItemDiscountColumn,
        ItemLineTotalColumn,
        ItemColumnCount
    };
    // On the Items tab's picture cells: the image URL (Qt::UserRole) and what is shown.
    static constexpr int ItemPictureStateRole = Qt::UserRole + 1;
    static constexpr auto kPictureLoaded = "loaded";
    static constexpr auto kPictureLoading = "loading";
    static constexpr auto kPicturePlaceholder = "placeholder";
    static constexpr int kPictureSize = 64;
    static constexpr int kMinimumTabsHeight = 130;

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
    ImageLoader *imageLoader() const { return m_images; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void clearFields();
    void fillSummary(const Order &order);
    void fillSummaryOnly(const OrderSummary &summary);
    void fillItems(const Order &order);
    void showItemPicture(int row);
    void onImageFinished(const QUrl &url);
    void fillCustomer(const Order &order);
    void fillShipping(const Order &order);
    void fillPayment(const Order &order);
    void fillPackages(const Order &order);
    void fillTrackingEvents(int packageRow);

    std::unique_ptr<Ui::OrderDetailView> m_ui;
    sync::AppServices *m_services = nullptr;
    ImageLoader *m_images = nullptr;
    QString m_account;
    QString m_orderId;
    Channel m_channel = Channel::Vtex; // of the order shown
    QByteArray m_raw;
    QString m_readError; // the cache could not be read for the order shown
    std::optional<Order> m_order;
    // e-vendi: the prod marker, and what Despacho sent (e-vendi does not return it).
    QLabel *m_prodMarker = nullptr;
    QLabel *m_sentByDespacho = nullptr;
    void showSentByDespacho(const QList<Command> &commands);
};

} // namespace despacho::gui
