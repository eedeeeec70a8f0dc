#include "sandbox/orderdocument.h"

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

QString mask(const QString &text, int keep)
{
    const QString upper = asciiFold(text).toUpper();
    return upper.left(keep) + QString(std::max<qsizetype>(0, upper.size() - keep), u'X');
}

QJsonObject field(const QString &name, const QString &value)
{
    return {{u"name"_s, name}, {u"value"_s, value}};
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject transactionDocument(const GeneratedOrder &o, const OrderState &st,
                                const QString &account)
{
    const QString href = u"/api/pvt/transactions/"_s % o.transactionId;
    const bool authorized = o.authorizedDate.isValid();
    const bool canceled = st.status == u"canceled";
    const bool settled = st.status == u"invoiced" && st.invoicedDate.isValid();
    const QString status = canceled     ? u"Canceled"_s
                           : settled    ? u"Finished"_s
                           : authorized ? u"Authorized"_s
                                        : u"Authorizing"_s;
    const QString owner = u"vtexappkey-"_s % account % u"-DEMO";
    const QString userAgent =
        u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/128.0.0.0 Safari/537.36"_s;
    const QString channel = account.toUpper();

    const QJsonObject profile{{u"email"_s, o.email},       {u"firstName"_s, o.firstName},
                              {u"lastName"_s, o.lastName}, {u"document"_s, digitsOnly(o.document)},
                              {u"phone"_s, o.phone},       {u"documentType"_s, u"cpf"_s},
                              {u"isCorporate"_s, false}};
    const QJsonObject shipping{{u"receiverName"_s, o.receiverName},
                               {u"postalCode"_s, digitsOnly(o.postalCode)},
                               {u"city"_s, o.city},
                               {u"state"_s, o.state},
                               {u"country"_s, u"BRA"_s},
                               {u"street"_s, o.street},
                               {u"number"_s, o.number},
                               {u"neighborhood"_s, o.neighborhood},
                               {u"complement"_s, orNull(o.complement)},
                               {u"reference"_s, QJsonValue()}};
    const QJsonArray fields{
        field(u"owner"_s, owner),
        field(u"postbackStatusUrl"_s,
              u"https://oms.vtexcommercestable.com.br/api/oms/pvt/orders/order-group/"_s %
                  o.orderGroup % u"/notifications/transaction-status?an=" % account),
        field(u"shopperInteraction"_s, u"ecommerce"_s),
        field(u"channel"_s, channel),
        field(u"salesChannel"_s, u"1"_s),
        field(u"orderId"_s, o.orderGroup),
        field(u"ip"_s, o.ipAddress),
        field(u"sessionId"_s, o.sessionId),
        field(u"macId"_s, o.macId),
        field(u"userAgent"_s, userAgent),
        field(u"acceptHeader"_s, u"application/json,text/plain,*/*"_s),
        field(u"clientProfileData"_s, compact(profile)),
        field(u"shippingData"_s, compact(shipping)),
        field(u"retainPartialSettlements"_s, u"False"_s)};

    const auto token = [&](const QString &kind) {
        // Stable per transaction and kind, so repeated reads agree.
        Rng rng(o.transactionId.left(8).toUInt(nullptr, 16), quint32(kind.size()), 0x70c3u);
        return rng.hex(32);
    };
    const QDateTime start = o.creationDate;
    return {{u"id"_s, o.transactionId},
            {u"transactionId"_s, o.transactionId},
            {u"referenceKey"_s, o.sequence},
            {u"interactions"_s, QJsonObject{{u"href"_s, QString(href % u"/interactions")}}},
            {u"settlements"_s, QJsonObject{{u"href"_s, QString(href % u"/settlements")}}},
            {u"payments"_s, QJsonObject{{u"href"_s, QString(href % u"/payments")}}},
            {u"refunds"_s, QJsonObject{{u"href"_s, QString(href % u"/refunds")}}},
            {u"cancellations"_s, QJsonObject{{u"href"_s, QString(href % u"/cancellations")}}},
            {u"capabilities"_s, QJsonObject{{u"href"_s, QString(href % u"/capabilities")}}},
            {u"timeoutStatus"_s, 0},
            {u"totalRefunds"_s, 0},
            {u"status"_s, status},
            {u"value"_s, o.value()},
            {u"receiverUri"_s, QJsonValue()},
            {u"startDate"_s, gatewayDateTime(start)},
            {u"authorizationToken"_s, authorized ? QJsonValue(token(u"auth"_s)) : QJsonValue()},
            {u"authorizationDate"_s,
             authorized ? QJsonValue(gatewayDateTime(o.authorizedDate)) : QJsonValue()},
            {u"commitmentToken"_s, settled ? QJsonValue(token(u"commit"_s)) : QJsonValue()},
            {u"commitmentDate"_s,
             settled ? QJsonValue(gatewayDateTime(st.invoicedDate)) : QJsonValue()},
            {u"refundingToken"_s, QJsonValue()},
            {u"refundingDate"_s, QJsonValue()},
            {u"cancelationToken"_s, canceled ? QJsonValue(token(u"cancel"_s)) : QJsonValue()},
            {u"cancelationDate"_s,
             canceled ? QJsonValue(gatewayDateTime(st.cancellationDate)) : QJsonValue()},
            {u"fields"_s, fields},
            {u"shopperInteraction"_s, u"ecommerce"_s},
            {u"ipAddress"_s, o.ipAddress},
            {u"sessionId"_s, o.sessionId},
            {u"macId"_s, o.macId},
            {u"vtexFingerprint"_s, QJsonValue()},
            {u"chargeback"_s, QJsonValue()},
            {u"whiteSignature"_s, QJsonValue()},
            {u"owner"_s, owner},
            {u"orderId"_s, o.orderGroup},
            {u"userAgent"_s, userAgent},
            {u"acceptHeader"_s, u"application/json,text/plain,*/*"_s},
            {u"antifraudTid"_s, QJsonValue()},
            {u"antifraudResponse"_s, QJsonValue()},
            {u"antifraudReference"_s, QJsonValue()},
            {u"antifraudAffiliationId"_s, QJsonValue()},
            {u"channel"_s, channel},
            {u"salesChannel"_s, u"1"_s},
            {u"urn"_s, QJsonValue()},
            {u"softDescriptor"_s, u"LOJADEMO"_s},
            {u"markedForRecurrence"_s, false},
            {u"buyer"_s,
             QJsonObject{{u"firstName"_s, mask(o.firstName, 2)},
                         {u"lastName"_s, mask(o.lastName, 3)},
                         {u"documentType"_s, u"cpf"_s},
                         {u"document"_s, QString(digitsOnly(o.document).left(3) % u"XXXXX" %
                                                 digitsOnly(o.document).right(3))},
                         {u"email"_s, o.email},
                         {u"address"_s, QString(u"BRA "_s % mask(o.street, 4) % u' ' % o.number)},
                         {u"phone"_s, QString(o.phone.left(5) % u"XXXX" % o.phone.right(3))}}}};
}

} // namespace despacho::sandbox
