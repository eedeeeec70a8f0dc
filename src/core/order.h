#pragma once

#include "core/channel.h"
#include "core/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace despacho {

// What a batch checks of each package (its invoice and tracking number) without decoding the
// whole order: the cache keeps these beside the JSON (OrderSummary::packages).
struct PackageRef
{
    QString type; // "Output" or "Input"
    QString invoiceNumber;
    QString invoiceKey;
    QString trackingNumber;
    bool operator==(const PackageRef &) const = default;
};

// One row of the order index: what the queues, the table and search need, without the raw JSON.
struct OrderSummary
{
    QString account; // the Despacho account name (cache key is account + orderId)
    QString orderId;
    Channel channel = Channel::Vtex;
    QString sequence;
    QString status;         // the channel's status string, verbatim
    QDateTime creationDate; // UTC
    QString clientName;
    QString clientDocument;
    QString clientEmail;
    Money totalValue;
    int itemCount = 0;
    QString courier;
    QString trackingNumber;
    QDateTime lastChange; // from get order; invalid for list-only rows
    QString listDigest;   // digest of the list row, to see changes (the list has no lastChange)
    // When the order must leave the warehouse: the earliest shipping estimate over its items
    // (VTEX logisticsInfo[].shippingEstimateDate; the list's ShippingEstimatedDate until the
    // detail is known). Invalid when VTEX gave none.
    QDateTime shipBy;
    bool pickup = false;  // some item is picked up in a store (deliveryChannel "pickup-in-point")
    QString salesChannel; // salesChannelKey(): VTEX salesChannel, "/affiliateId" when there is one
    // What else search should find: SKU ids, reference codes, EANs, every tracking number.
    QStringList searchTerms;
    // The order's packages as PackageRefs, in its order (from get order; empty for a list row).
    QList<PackageRef> packages;
};

// "1", or "1/MLB" for an order a marketplace affiliate brought in: the sales channel as a packer
// tells orders apart (the store's own site, Mercado Livre...).
QString salesChannelKey(const QString &salesChannel, const QString &affiliateId);

// The overdue rule, in one place for the table and the SQL filter: an order is overdue when its
// ship-by time has passed and it has not yet left the packing bench, that is, it is neither
// invoiced (or being invoiced) nor canceled (or on its way to being canceled). Orders without a
// ship-by are never overdue.
bool isOverdue(const QDateTime &shipBy, const QString &status, const QDateTime &now);
// The statuses in which an order is no longer overdue (see isOverdue).
QStringList statusesDoneWithShipping();

struct PriceTag
{
    QString name;
    Money value;
    bool isPercentual = false;
};

struct OrderItem
{
    QString uniqueId;
    QString skuId;
    QString productId;
    QString refId;
    QString ean;
    QString name;
    int quantity = 0;
    Money price; // unit list price paid before discounts
    Money listPrice;
    Money sellingPrice; // unit price after discounts
    QList<PriceTag> priceTags;
    QString imageUrl;
    QString measurementUnit;
    Money discount() const; // total discount on the line (positive cents)
    Money lineTotal() const { return sellingPrice * quantity; }
};

struct Totals
{
    Money items;
    Money discounts; // negative or zero, as VTEX sends it
    Money shipping;
    Money tax;
    Money total() const { return items + discounts + shipping + tax; }
};

struct Customer
{
    QString firstName;
    QString lastName;
    QString email;
    QString documentType;
    QString document;
    QString phone;
    bool isCorporate = false;
    QString corporateName;
    QString corporateDocument;
    QString fullName() const;
};

struct Address
{
    QString receiverName;
    QString postalCode;
    QString street;
    QString number;
    QString complement;
    QString neighborhood;
    QString city;
    QString state;
    QString country;
    QString reference;
    QString oneLine() const;
};

struct DeliveryId
{
    QString courierId;
    QString courierName;
    QString dockId;
    QString warehouseId;
    int quantity = 0;
};

struct LogisticsInfo
{
    int itemIndex = 0;
    QString selectedSla;
    QString deliveryCompany;
    QString shippingEstimate;
    QDateTime shippingEstimateDate;
    QString deliveryChannel;
    Money price;
    QList<DeliveryId> deliveryIds;
};

struct Payment
{
    QString id;
    QString paymentSystemName;
    QString group;
    Money value;
    int installments = 0;
    QString firstDigits;
    QString lastDigits;
    QString tid;
};

struct Transaction
{
    QString transactionId;
    bool isActive = false;
    QString merchantName;
    QList<Payment> payments;
};

struct TrackingEvent
{
    QString city;
    QString state;
    QString description;
    QDateTime date;
};

struct PackageItem
{
    int itemIndex = 0;
    int quantity = 0;
    Money price;
};

struct Package
{
    QString type; // "Output" or "Input"
    QString invoiceNumber;
    Money invoiceValue;
    QString invoiceKey;
    QString invoiceUrl;
    QDateTime issuanceDate;
    QString courier;
    QString trackingNumber;
    QString trackingUrl;
    bool delivered = false;
    QDateTime deliveredDate;
    QList<TrackingEvent> events;
    QList<PackageItem> items;
};

struct Order
{
    Channel channel = Channel::Vtex; // set by decodeOrder()
    QString orderId;
    QString sequence;
    QString status;
    QString statusDescription;
    QString origin;
    QString salesChannel;
    QString affiliateId;
    QString orderGroup;
    Money value;
    QDateTime creationDate;
    QDateTime lastChange;
    QDateTime authorizedDate;
    QDateTime invoicedDate;
    bool allowCancellation = false;
    QString cancelReason;
    Totals totals;
    QList<OrderItem> items;
    Customer customer;
    Address shippingAddress;
    QList<LogisticsInfo> logistics;
    QList<Transaction> transactions;
    QList<Package> packages;
    QString sellerName;

    int totalQuantity() const;
    QString courier() const;        // from the latest package, else the delivery ids
    QString trackingNumber() const; // from the latest package that has one
    QDateTime shipBy() const;       // the earliest shippingEstimateDate over the items
    bool isPickup() const;          // some item has deliveryChannel "pickup-in-point"
};

} // namespace despacho
