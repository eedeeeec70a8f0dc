#include "sandbox/orderparts.h"

#include "sandbox/productimages.h"
#include "sandbox/sandboxutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

// The larger sections of the get-order document: items, logistics, payments, addresses.
namespace despacho::sandbox::detail {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue dateOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(vtexDateTime(t)) : QJsonValue();
}

QJsonObject sla(const QString &name, const QString &estimate, qint64 price, bool pickup)
{
    return {{u"id"_s, name},
            {u"name"_s, name},
            {u"shippingEstimate"_s, estimate},
            {u"deliveryWindow"_s, QJsonValue()},
            {u"price"_s, price},
            {u"deliveryChannel"_s, pickup ? u"pickup-in-point"_s : u"delivery"_s},
            {u"pickupStoreInfo"_s, pickupStoreInfo(pickup)},
            {u"polygonName"_s, u""_s},
            {u"lockTTL"_s, u"10d"_s},
            {u"pickupPointId"_s, pickup ? QJsonValue(u"1_loja-paulista"_s) : QJsonValue()},
            {u"transitTime"_s, pickup ? u"0d"_s : u"3d"_s},
            {u"pickupDistance"_s, 0.0}};
}

} // namespace

QJsonObject pickupStoreInfo(bool pickup)
{
    if (!pickup) {
        return {{u"additionalInfo"_s, QJsonValue()},
                {u"address"_s, QJsonValue()},
                {u"dockId"_s, QJsonValue()},
                {u"friendlyName"_s, QJsonValue()},
                {u"isPickupStore"_s, false}};
    }
    const QJsonObject address{{u"addressType"_s, u"pickup"_s},
                              {u"receiverName"_s, QJsonValue()},
                              {u"addressId"_s, u"loja-paulista"_s},
                              {u"versionId"_s, QJsonValue()},
                              {u"entityId"_s, QJsonValue()},
                              {u"postalCode"_s, u"01310-100"_s},
                              {u"city"_s, u"São Paulo"_s},
                              {u"state"_s, u"SP"_s},
                              {u"country"_s, u"BRA"_s},
                              {u"street"_s, u"Avenida Paulista"_s},
                              {u"number"_s, u"1000"_s},
                              {u"neighborhood"_s, u"Bela Vista"_s},
                              {u"complement"_s, u"Loja 12"_s},
                              {u"reference"_s, QJsonValue()},
                              {u"geoCoordinates"_s, QJsonArray()}};
    return {{u"additionalInfo"_s, u"Retire no balcão com documento com foto."_s},
            {u"address"_s, address},
            {u"dockId"_s, u"doca-loja-paulista"_s},
            {u"friendlyName"_s, u"Loja Demo Paulista"_s},
            {u"isPickupStore"_s, true}};
}

QJsonObject shippingAddress(const GeneratedOrder &o)
{
    if (o.deliveryChannel == u"pickup-in-point") {
        QJsonObject a = pickupStoreInfo(true).value(u"address"_s).toObject();
        a[u"receiverName"_s] = o.receiverName;
        return a;
    }
    return {{u"addressType"_s, u"residential"_s},
            {u"receiverName"_s, o.receiverName},
            {u"addressId"_s, o.addressId},
            {u"versionId"_s, QJsonValue()},
            {u"entityId"_s, QJsonValue()},
            {u"postalCode"_s, o.postalCode},
            {u"city"_s, o.city},
            {u"state"_s, o.state},
            {u"country"_s, u"BRA"_s},
            {u"street"_s, o.street},
            {u"number"_s, o.number},
            {u"neighborhood"_s, o.neighborhood},
            {u"complement"_s, orNull(o.complement)},
            {u"reference"_s, QJsonValue()},
            {u"geoCoordinates"_s, QJsonArray()}};
}

QJsonObject itemDocument(const GeneratedOrder &o, const GeneratedItem &it, const QString &account,
                         const QString &imageBase)
{
    QJsonArray tags;
    if (it.discountPerUnit > 0) {
        const qint64 total = -it.discountPerUnit * it.quantity;
        tags.append(QJsonObject{{u"name"_s, QString(u"discount@price-"_s % it.promotionId % u'#' %
                                                    it.uniqueId.toLower())},
                                {u"value"_s, total},
                                {u"isPercentual"_s, false},
                                {u"identifier"_s, it.promotionId},
                                {u"rawValue"_s, double(total) / 100.0}});
    }
    const double kg = it.weightGrams / 1000.0;
    const QJsonObject additional{
        {u"brandName"_s, it.brand},
        {u"brandId"_s, QString::number(it.brandId)},
        {u"categoriesIds"_s, u"/%1/"_s.arg(it.categoryId)},
        {u"categories"_s,
         QJsonArray{QJsonObject{{u"id"_s, it.categoryId}, {u"name"_s, it.category}}}},
        {u"productClusterId"_s, u"135,142"_s},
        {u"commercialConditionId"_s, u"1"_s},
        {u"dimension"_s, QJsonObject{{u"cubicweight"_s, kg},
                                     {u"height"_s, 10.0},
                                     {u"length"_s, 20.0},
                                     {u"weight"_s, double(it.weightGrams)},
                                     {u"width"_s, 15.0}}},
        {u"offeringInfo"_s, QJsonValue()},
        {u"offeringType"_s, QJsonValue()},
        {u"offeringTypeId"_s, QJsonValue()}};
    const qint64 lineTotal = it.sellingPrice() * it.quantity;
    return {
        {u"uniqueId"_s, it.uniqueId},
        {u"id"_s, it.skuId},
        {u"productId"_s, it.productId},
        {u"ean"_s, orNull(it.ean)},
        {u"lockId"_s, QString(u"00-"_s % o.orderGroup % u"-01")},
        {u"itemAttachment"_s,
         QJsonObject{{u"content"_s, QJsonObject()}, {u"name"_s, QJsonValue()}}},
        {u"attachments"_s, QJsonArray()},
        {u"quantity"_s, it.quantity},
        {u"seller"_s, u"1"_s},
        {u"name"_s, it.name},
        {u"refId"_s, it.refId},
        {u"price"_s, it.price},
        {u"listPrice"_s, it.listPrice},
        {u"manualPrice"_s, QJsonValue()},
        {u"priceTags"_s, tags},
        {u"imageUrl"_s,
         imageBase.isEmpty()
             ? u"https://%1.vteximg.com.br/arquivos/ids/%2-55-55/%3.jpg?v=638300000000000000"_s.arg(
                   account, it.skuId, it.slug)
             : productImagePath(it.skuId, it.slug).prepend(imageBase)},
        {u"detailUrl"_s, QString(u'/' % it.slug % u"/p")},
        {u"components"_s, QJsonArray()},
        {u"bundleItems"_s, QJsonArray()},
        {u"params"_s, QJsonArray()},
        {u"offerings"_s, QJsonArray()},
        {u"attachmentOfferings"_s, QJsonArray()},
        {u"sellerSku"_s, it.skuId},
        {u"priceValidUntil"_s, vtexDateTime(o.creationDate.addYears(1))},
        {u"commission"_s, 0},
        {u"tax"_s, 0},
        {u"preSaleDate"_s, QJsonValue()},
        {u"additionalInfo"_s, additional},
        {u"measurementUnit"_s, u"un"_s},
        {u"unitMultiplier"_s, 1.0},
        {u"sellingPrice"_s, it.sellingPrice()},
        {u"isGift"_s, false},
        {u"shippingPrice"_s, QJsonValue()},
        {u"rewardValue"_s, 0},
        {u"freightCommission"_s, 0},
        {u"priceDefinition"_s,
         QJsonObject{{u"sellingPrices"_s, QJsonArray{QJsonObject{{u"value"_s, it.sellingPrice()},
                                                                 {u"quantity"_s, it.quantity}}}},
                     {u"calculatedSellingPrice"_s, it.sellingPrice()},
                     {u"total"_s, lineTotal},
                     {u"reason"_s, QJsonValue()}}},
        {u"taxCode"_s, u""_s},
        {u"parentItemIndex"_s, QJsonValue()},
        {u"parentAssemblyBinding"_s, QJsonValue()},
        {u"callCenterOperator"_s, QJsonValue()},
        {u"serialNumbers"_s, QJsonValue()},
        {u"assemblies"_s, QJsonArray()},
        {u"costPrice"_s, it.price * 55 / 100}};
}

QJsonObject logisticsDocument(const GeneratedOrder &o, qsizetype index)
{
    const GeneratedItem &it = o.items[index];
    const bool pickup = o.deliveryChannel == u"pickup-in-point";
    const QString estimate = QString::number(o.shippingDays) % u"bd";
    QJsonArray slas;
    if (pickup) {
        slas.append(sla(u"Retira"_s, estimate, 0, true));
    } else {
        // The alternative the customer did not pick, priced from the chosen one.
        const qint64 normal =
            o.slaName == u"Normal" ? it.shippingPrice : it.shippingPrice * 10 / 18;
        const qint64 express =
            o.slaName == u"Expressa" ? it.shippingPrice : it.shippingPrice * 18 / 10;
        slas.append(sla(u"Normal"_s, o.slaName == u"Normal" ? estimate : u"7bd"_s, normal, false));
        slas.append(
            sla(u"Expressa"_s, o.slaName == u"Expressa" ? estimate : u"2bd"_s, express, false));
    }
    const QJsonObject deliveryId{
        {u"courierId"_s, o.courierId},
        {u"courierName"_s, o.courierCompany},
        {u"dockId"_s, pickup ? u"doca-loja-paulista"_s : u"doca-cd-barueri"_s},
        {u"quantity"_s, it.quantity},
        {u"warehouseId"_s, pickup ? u"loja-paulista"_s : u"cd-barueri"_s},
        {u"accountCarrierName"_s, QJsonValue()},
        {u"kitItemDetails"_s, QJsonArray()}};
    return {{u"itemIndex"_s, int(index)},
            {u"selectedSla"_s, o.slaName},
            {u"lockTTL"_s, u"10d"_s},
            {u"price"_s, it.shippingPrice},
            {u"listPrice"_s, it.shippingPrice},
            {u"sellingPrice"_s, it.shippingPrice},
            {u"deliveryWindow"_s, QJsonValue()},
            {u"deliveryCompany"_s, o.courierName},
            {u"shippingEstimate"_s, estimate},
            {u"shippingEstimateDate"_s, dateOrNull(o.shippingEstimateDate())},
            {u"slas"_s, slas},
            {u"shipsTo"_s, QJsonArray{u"BRA"_s}},
            {u"deliveryIds"_s, QJsonArray{deliveryId}},
            {u"deliveryChannels"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"delivery"_s}, {u"stockBalance"_s, 0}},
                        QJsonObject{{u"id"_s, u"pickup-in-point"_s}, {u"stockBalance"_s, 0}}}},
            {u"deliveryChannel"_s, o.deliveryChannel},
            {u"pickupStoreInfo"_s, pickupStoreInfo(pickup)},
            {u"addressId"_s, pickup ? u"loja-paulista"_s : o.addressId},
            {u"versionId"_s, QJsonValue()},
            {u"entityId"_s, QJsonValue()},
            {u"polygonName"_s, u""_s},
            {u"pickupPointId"_s, pickup ? QJsonValue(u"1_loja-paulista"_s) : QJsonValue()},
            {u"transitTime"_s, pickup ? u"0d"_s : u"3d"_s}};
}

QJsonObject paymentDocument(const GeneratedOrder &o)
{
    const bool card = o.paymentGroup == u"creditCard";
    const bool boleto = o.paymentGroup == u"bankInvoice";
    const QString line =
        boleto ? QString(u"23793381286000"_s % o.tid % o.sequence % u"0000000") : QString();
    return {{u"id"_s, o.paymentId},
            {u"paymentSystem"_s, o.paymentSystem},
            {u"paymentSystemName"_s, o.paymentSystemName},
            {u"value"_s, o.value()},
            {u"installments"_s, o.installments},
            {u"referenceValue"_s, o.value()},
            {u"cardHolder"_s, QJsonValue()},
            {u"cardNumber"_s, QJsonValue()},
            {u"firstDigits"_s, orNull(o.firstDigits)},
            {u"lastDigits"_s, orNull(o.lastDigits)},
            {u"cvv2"_s, QJsonValue()},
            {u"expireMonth"_s, QJsonValue()},
            {u"expireYear"_s, QJsonValue()},
            {u"url"_s,
             boleto ? QJsonValue(QString(
                          u"https://demo.vtexpayments.com.br/BankIssuedInvoice/Transaction/"_s %
                          o.transactionId % u"/Payment/" % o.paymentId % u"/Print"))
                    : QJsonValue()},
            {u"giftCardId"_s, QJsonValue()},
            {u"giftCardName"_s, QJsonValue()},
            {u"giftCardCaption"_s, QJsonValue()},
            {u"redemptionCode"_s, QJsonValue()},
            {u"group"_s, o.paymentGroup},
            {u"tid"_s, o.tid},
            {u"dueDate"_s, boleto ? QJsonValue(o.creationDate.addDays(3).toString(u"yyyy-MM-dd"_s))
                                  : QJsonValue()},
            {u"connectorResponses"_s, card ? QJsonObject{{u"Tid"_s, o.tid},
                                                         {u"ReturnCode"_s, u"00"_s},
                                                         {u"Message"_s, u"Transação autorizada"_s},
                                                         {u"authId"_s, o.authId},
                                                         {u"nsu"_s, o.nsu},
                                                         {u"acquirer"_s, u"Cielo"_s}}
                                           : QJsonObject{{u"Tid"_s, o.tid}}},
            {u"giftCardProvider"_s, QJsonValue()},
            {u"giftCardAsDiscount"_s, QJsonValue()},
            {u"koinUrl"_s, QJsonValue()},
            {u"accountId"_s, QJsonValue()},
            {u"parentAccountId"_s, QJsonValue()},
            {u"bankIssuedInvoiceIdentificationNumber"_s, orNull(line)},
            {u"bankIssuedInvoiceIdentificationNumberFormatted"_s, orNull(line)},
            {u"bankIssuedInvoiceBarCodeNumber"_s, orNull(line)},
            {u"bankIssuedInvoiceBarCodeType"_s, boleto ? QJsonValue(u"i25"_s) : QJsonValue()},
            {u"billingAddress"_s, QJsonValue()}};
}

} // namespace despacho::sandbox::detail
