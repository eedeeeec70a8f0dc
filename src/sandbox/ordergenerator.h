#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace despacho::sandbox {

struct GeneratedItem
{
    QString uniqueId;
    QString skuId;
    QString productId;
    QString name;        // with the variant: "Tênis Corrida 42"
    QString productName; // without it
    QString refId;
    QString ean; // empty -> null
    QString brand;
    int brandId = 0;
    int categoryId = 0;
    QString category;
    QString slug;
    int quantity = 1;
    qint64 listPrice = 0;       // unit, cents
    qint64 price = 0;           // unit, cents, before promotions
    qint64 discountPerUnit = 0; // promotion, cents (positive)
    QString promotionId;
    QString promotionName;
    int weightGrams = 0;
    qint64 shippingPrice = 0; // logisticsInfo[].price for this line

    qint64 sellingPrice() const { return price - discountPerUnit; }
};

// What changes over an order's life. Everything else is a pure function of (seed, index).
struct OrderState
{
    QString status;
    QDateTime lastChange;
    QDateTime invoicedDate;
    QList<QJsonObject> packages; // packageAttachment.packages
    QString cancelReason;
    QDateTime cancellationDate;
    bool canceledByCustomer = false;
    // Once fully invoiced, VTEX settles the order for what its sale invoices add up to and the
    // order's value becomes that sum (-1: not settled, the value is the generated total).
    qint64 settledValue = -1;
};

struct GeneratedOrder
{
    int index = 0;
    QString orderId;
    QString sequence;
    QString orderGroup;
    QString origin; // "Marketplace" or "Fulfillment"
    QDateTime creationDate;
    QDateTime authorizedDate; // invalid while payment is pending
    QString orderFormId;
    QString followUpEmail;

    QString firstName, lastName, email, document, phone, userProfileId, clientProfileId;
    bool optinNewsLetter = false;

    QString addressId, receiverName, street, number, complement, neighborhood, city, state,
        postalCode;
    int cityIbge = 0;

    QString slaName, courierName, courierCompany, courierId, deliveryChannel;
    int shippingDays = 0;

    QString transactionId, paymentId, paymentSystem, paymentSystemName, paymentGroup;
    int installments = 1;
    QString firstDigits, lastDigits, tid, authId, nsu;
    QString ipAddress, sessionId, macId;
    bool freeShipping = false;

    QList<GeneratedItem> items;
    OrderState initial;

    qint64 itemsTotal() const;
    qint64 discountsTotal() const; // negative
    qint64 shippingTotal() const;
    qint64 value() const { return itemsTotal() + discountsTotal() + shippingTotal(); }
    int totalQuantity() const;
    QString clientName() const { return firstName + u' ' + lastName; }
    QDateTime shippingEstimateDate() const; // invalid while payment is pending
};

// Deterministic orders: the same (seed, index, creation date) always gives the same order, so the
// store keeps only a small record per order and rebuilds the rest when asked.
class OrderGenerator
{
public:
    enum class Kind
    {
        Backlog,
        Fresh
    }; // Fresh: a just-placed order (addOrders)

    OrderGenerator(quint32 seed, QString account, QDateTime referenceDate);

    GeneratedOrder make(int index, const QDateTime &creationDate, Kind kind) const;
    // Creation date of backlog order `index` of `count`: spread over the 90 days before the
    // reference date, oldest first.
    QDateTime backlogCreationDate(int index, int count) const;

    QDateTime referenceDate() const { return m_reference; }
    QString account() const { return m_account; }
    static QString storeCnpj();

private:
    void makeInitialState(GeneratedOrder &order, Kind kind, quint32 salt) const;

    quint32 m_seed;
    QString m_account;
    QDateTime m_reference;
};

// A packageAttachment.packages entry, as VTEX stores an invoice.
struct PackageInput
{
    QString type = QStringLiteral("Output");
    QString invoiceNumber, invoiceKey, invoiceUrl, courier, trackingNumber, trackingUrl;
    QString embeddedInvoice; // XML text, "" when not sent
    qint64 invoiceValue = 0;
    QDateTime issuanceDate, dispatchedDate;
    QString issuanceDateText, dispatchedDateText; // as the caller sent them, when they did
    struct Line
    {
        int itemIndex;
        int quantity;
        qint64 price;
    };
    QList<Line> lines;
};
QJsonObject makePackage(const PackageInput &input);

} // namespace despacho::sandbox
