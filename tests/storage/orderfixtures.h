#pragma once

// VTEX get-order JSON for storage tests: just the fields the cache indexes.
#include "core/orderjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

struct FixtureOrder
{
    QString orderId;
    QString status = QStringLiteral("ready-for-handling");
    QString created = QStringLiteral("2026-11-19T12:00:00.0000000+00:00");
    QString client = QStringLiteral("Ana Souza");
    qint64 valueCents = 10000;
    QString salesChannel = QStringLiteral("1");
    QString affiliateId;
    QStringList shipBy; // one logisticsInfo per entry ("" for null)
    bool pickup = false;
    QString sku = QStringLiteral("1");
    QString ean;
    QString courier;
    QString tracking;
};

inline QByteArray vtexJson(const FixtureOrder &f)
{
    using namespace Qt::StringLiterals;
    QJsonArray logistics;
    QJsonArray items;
    for (int i = 0; i < std::max<qsizetype>(1, f.shipBy.size()); ++i) {
        const QString date = i < f.shipBy.size() ? f.shipBy.at(i) : QString();
        logistics.append(QJsonObject{
            {u"itemIndex"_s, i},
            {u"selectedSla"_s, f.pickup ? u"Retira"_s : u"Normal"_s},
            {u"shippingEstimate"_s, u"1bd"_s},
            {u"shippingEstimateDate"_s, date.isEmpty() ? QJsonValue() : QJsonValue(date)},
            {u"deliveryChannel"_s, f.pickup ? u"pickup-in-point"_s : u"delivery"_s},
            {u"deliveryIds"_s,
             QJsonArray{QJsonObject{{u"courierName"_s, f.courier}, {u"quantity"_s, 1}}}}});
        items.append(
            QJsonObject{{u"id"_s, i == 0 ? f.sku : QString(f.sku + u"-"_s + QString::number(i))},
                        {u"refId"_s, QString(u"REF-"_s + f.sku)},
                        {u"ean"_s, f.ean.isEmpty() ? QJsonValue() : QJsonValue(f.ean)},
                        {u"name"_s, u"Item"_s},
                        {u"quantity"_s, 1},
                        {u"price"_s, f.valueCents}});
    }
    QJsonArray packages;
    if (!f.tracking.isEmpty()) {
        packages.append(QJsonObject{{u"type"_s, u"Output"_s},
                                    {u"invoiceNumber"_s, QString(u"NF"_s + f.orderId.left(6))},
                                    {u"courier"_s, f.courier},
                                    {u"trackingNumber"_s, f.tracking}});
    }
    const QStringList names = f.client.split(u' ');
    const QJsonObject o{{u"orderId"_s, f.orderId},
                        {u"sequence"_s, f.orderId.mid(1, 6)},
                        {u"status"_s, f.status},
                        {u"creationDate"_s, f.created},
                        {u"value"_s, f.valueCents},
                        {u"salesChannel"_s, f.salesChannel},
                        {u"affiliateId"_s, f.affiliateId},
                        {u"origin"_s, u"Marketplace"_s},
                        {u"items"_s, items},
                        {u"clientProfileData"_s, QJsonObject{{u"firstName"_s, names.value(0)},
                                                             {u"lastName"_s, names.value(1)}}},
                        {u"shippingData"_s, QJsonObject{{u"logisticsInfo"_s, logistics}}},
                        {u"packageAttachment"_s, QJsonObject{{u"packages"_s, packages}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The summary and raw JSON as the synchronizer stores them.
inline std::pair<despacho::OrderSummary, QByteArray> fixtureDetail(const FixtureOrder &f,
                                                                   const QString &account)
{
    const QByteArray json = vtexJson(f);
    const auto parsed = despacho::orderFromVtexJson(QJsonDocument::fromJson(json).object());
    Q_ASSERT(parsed.ok());
    return {despacho::summaryFromOrder(parsed.order, account), json};
}
