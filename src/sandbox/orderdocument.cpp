#include "sandbox/orderdocument.h"

#include "sandbox/orderparts.h"
#include "sandbox/sandboxutil.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace despacho::sandbox {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue dateOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(vtexDateTime(t)) : QJsonValue();
}

} // namespace

bool hasOutputInvoice(const OrderState &state)
{
    for (const auto &p : state.packages) {
        if (p.value(u"type"_s).toString() == u"Output")
            return true;
    }
    return false;
}

bool allowCancellation(const OrderState &state)
{
    return isCancellableStatus(state.status) && !hasOutputInvoice(state);
}

QJsonObject orderDocument(const GeneratedOrder &o, const OrderState &st, const QString &account,
                          const QString &imageBase)
{
    const QJsonObject totals[] = {
        {{u"id"_s, u"Items"_s}, {u"name"_s, u"Total dos Itens"_s}, {u"value"_s, o.itemsTotal()}},
        {{u"id"_s, u"Discounts"_s},
         {u"name"_s, u"Total dos Descontos"_s},
         {u"value"_s, o.discountsTotal()}},
        {{u"id"_s, u"Shipping"_s},
         {u"name"_s, u"Total do Frete"_s},
         {u"value"_s, o.shippingTotal()}},
        {{u"id"_s, u"Tax"_s}, {u"name"_s, u"Total da Taxa"_s}, {u"value"_s, 0}}};
    QJsonArray items, logisticsInfo, metadata, benefits, packages;
    for (qsizetype i = 0; i < o.items.size(); ++i) {
        const GeneratedItem &it = o.items[i];
        items.append(detail::itemDocument(o, it, account, imageBase));
        logisticsInfo.append(detail::logisticsDocument(o, i));
        metadata.append(QJsonObject{{u"Id"_s, it.skuId},
                                    {u"Seller"_s, u"1"_s},
                                    {u"Name"_s, it.name},
                                    {u"SkuName"_s, it.name},
                                    {u"ProductId"_s, it.productId},
                                    {u"RefId"_s, it.refId},
                                    {u"Ean"_s, orNull(it.ean)},
                                    {u"ImageUrl"_s, items.last()[u"imageUrl"_s]},
                                    {u"DetailUrl"_s, QString(u'/' % it.slug % u"/p")},
                                    {u"AssemblyOptions"_s, QJsonArray()}});
    }
    if (!o.items.isEmpty() && o.items.first().discountPerUnit > 0) {
        benefits.append(QJsonObject{{u"id"_s, o.items.first().promotionId},
                                    {u"name"_s, o.items.first().promotionName},
                                    {u"featured"_s, true},
                                    {u"description"_s, o.items.first().promotionName},
                                    {u"matchedParameters"_s, QJsonObject()},
                                    {u"additionalInfo"_s, QJsonValue()}});
    }
    if (o.freeShipping) {
        benefits.append(
            QJsonObject{{u"id"_s, u"5d0a0f4e-frete-gratis-299"_s},
                        {u"name"_s, u"Frete grátis acima de R$ 299"_s},
                        {u"featured"_s, true},
                        {u"description"_s, u"Frete grátis na entrega Normal"_s},
                        {u"matchedParameters"_s, QJsonObject{{u"Free Shipping"_s, u"299"_s}}},
                        {u"additionalInfo"_s, QJsonValue()}});
    }
    for (const auto &p : st.packages)
        packages.append(p);
    const QJsonObject shippingAddress = detail::shippingAddress(o);
    const QJsonObject clientProfile{{u"id"_s, o.clientProfileId},
                                    {u"email"_s, o.email},
                                    {u"firstName"_s, o.firstName},
                                    {u"lastName"_s, o.lastName},
                                    {u"documentType"_s, u"cpf"_s},
                                    {u"document"_s, o.document},
                                    {u"phone"_s, o.phone},
                                    {u"corporateName"_s, QJsonValue()},
                                    {u"tradeName"_s, QJsonValue()},
                                    {u"corporateDocument"_s, QJsonValue()},
                                    {u"stateInscription"_s, QJsonValue()},
                                    {u"corporatePhone"_s, QJsonValue()},
                                    {u"isCorporate"_s, false},
                                    {u"userProfileId"_s, o.userProfileId},
                                    {u"userProfileVersion"_s, QJsonValue()},
                                    {u"customerClass"_s, QJsonValue()},
                                    {u"customerCode"_s, QJsonValue()}};
    const QJsonObject transaction{{u"isActive"_s, true},
                                  {u"transactionId"_s, o.transactionId},
                                  {u"merchantName"_s, account.toUpper()},
                                  {u"payments"_s, QJsonArray{detail::paymentDocument(o)}}};
    const bool canceled = st.status == u"canceled";
    QJsonObject doc{
        {u"orderId"_s, o.orderId},
        {u"sequence"_s, o.sequence},
        {u"marketplaceOrderId"_s, u""_s},
        {u"marketplaceServicesEndpoint"_s,
         QString(u"http://oms.vtexinternal.com.br/api/oms?an="_s % account)},
        {u"sellerOrderId"_s, QString(u"00-"_s % o.orderId)},
        {u"origin"_s, o.origin},
        {u"affiliateId"_s, u""_s},
        {u"salesChannel"_s, u"1"_s},
        {u"merchantName"_s, QJsonValue()},
        {u"status"_s, st.status},
        {u"workflowIsInError"_s, false},
        {u"statusDescription"_s, statusDescription(st.status)},
        {u"value"_s, st.settledValue >= 0 ? st.settledValue : o.value()},
        {u"creationDate"_s, vtexDateTime(o.creationDate)},
        {u"lastChange"_s, vtexDateTime(st.lastChange)},
        {u"orderGroup"_s, o.orderGroup},
        {u"totals"_s, QJsonArray{totals[0], totals[1], totals[2], totals[3]}},
        {u"items"_s, items},
        {u"marketplaceItems"_s, QJsonArray()},
        {u"clientProfileData"_s, clientProfile},
        {u"giftRegistryData"_s, QJsonValue()},
        {u"marketingData"_s, QJsonValue()},
        {u"ratesAndBenefitsData"_s, QJsonObject{{u"id"_s, u"ratesAndBenefitsData"_s},
                                                {u"rateAndBenefitsIdentifiers"_s, benefits}}},
        {u"shippingData"_s, QJsonObject{{u"id"_s, u"shippingData"_s},
                                        {u"address"_s, shippingAddress},
                                        {u"logisticsInfo"_s, logisticsInfo},
                                        {u"trackingHints"_s, QJsonValue()},
                                        {u"selectedAddresses"_s, QJsonArray{shippingAddress}}}},
        {u"paymentData"_s,
         QJsonObject{{u"transactions"_s, QJsonArray{transaction}}, {u"giftCards"_s, QJsonArray()}}},
        {u"packageAttachment"_s, QJsonObject{{u"packages"_s, packages}}},
        {u"sellers"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, u"1"_s},
                         {u"name"_s, u"Loja Demo"_s},
                         {u"logo"_s, u"https://%1.vteximg.com.br/arquivos/logo.png"_s.arg(account)},
                         {u"fulfillmentEndpoint"_s,
                          QString(u"http://fulfillment.vtexcommerce.com.br/api/fulfillment?an="_s %
                                  account)}}}},
        {u"callCenterOperatorData"_s, QJsonValue()},
        {u"followUpEmail"_s, o.followUpEmail},
        {u"lastMessage"_s, QJsonValue()},
        {u"hostname"_s, account},
        {u"invoiceData"_s, QJsonValue()},
        {u"changesAttachment"_s, QJsonValue()},
        {u"openTextField"_s, QJsonValue()},
        {u"roundingError"_s, 0},
        {u"orderFormId"_s, o.orderFormId},
        {u"commercialConditionData"_s, QJsonValue()},
        {u"isCompleted"_s, true},
        {u"customData"_s, QJsonValue()},
        {u"storePreferencesData"_s,
         QJsonObject{{u"countryCode"_s, u"BRA"_s},
                     {u"currencyCode"_s, u"BRL"_s},
                     {u"currencyFormatInfo"_s, QJsonObject{{u"CurrencyDecimalDigits"_s, 2},
                                                           {u"CurrencyDecimalSeparator"_s, u","_s},
                                                           {u"CurrencyGroupSeparator"_s, u"."_s},
                                                           {u"CurrencyGroupSize"_s, 3},
                                                           {u"StartsWithCurrencySymbol"_s, true}}},
                     {u"currencyLocale"_s, 1046},
                     {u"currencySymbol"_s, u"R$"_s},
                     {u"timeZone"_s, u"E. South America Standard Time"_s}}},
        {u"allowCancellation"_s, allowCancellation(st)},
        {u"allowEdition"_s, false},
        {u"isCheckedIn"_s, false},
        {u"marketplace"_s,
         QJsonObject{
             {u"baseURL"_s, QString(u"http://oms.vtexinternal.com.br/api/oms?an="_s % account)},
             {u"isCertified"_s, QJsonValue()},
             {u"name"_s, account}}},
        {u"authorizedDate"_s, dateOrNull(o.authorizedDate)},
        {u"invoicedDate"_s, dateOrNull(st.invoicedDate)},
        {u"cancelReason"_s, canceled ? orNull(st.cancelReason) : QJsonValue()},
        {u"itemMetadata"_s, QJsonObject{{u"Items"_s, metadata}}},
        {u"subscriptionData"_s, QJsonValue()},
        {u"taxData"_s, QJsonValue()},
        {u"checkedInPickupPointId"_s, QJsonValue()},
        {u"cancellationData"_s, QJsonValue()},
        {u"clientPreferencesData"_s,
         QJsonObject{{u"locale"_s, u"pt-BR"_s}, {u"optinNewsLetter"_s, o.optinNewsLetter}}}};
    if (canceled) {
        doc[u"cancellationData"_s] =
            QJsonObject{{u"RequestedByUser"_s, st.canceledByCustomer},
                        {u"RequestedBySystem"_s, false},
                        {u"RequestedBySellerNotification"_s, !st.canceledByCustomer},
                        {u"RequestedByPaymentNotification"_s, false},
                        {u"Reason"_s, orNull(st.cancelReason)},
                        {u"CancellationDate"_s, vtexDateTimeZ(st.cancellationDate)}};
    }
    return doc;
}

} // namespace despacho::sandbox
