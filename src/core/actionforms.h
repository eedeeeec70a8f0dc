#pragma once

#include "core/order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace despacho {

// Field-level validation of the action forms (GUI dialogs and CLI flags alike) and the VTEX
// request bodies they become. Messages are translated and name the field.
struct FieldIssue
{
    QString field; // "number", "value", "key", "item 2", …
    QString message;
    bool warning = false; // shown, but does not block (e.g. an unexpected S10 check digit)
};
using FieldIssues = QList<FieldIssue>;
bool hasErrors(const FieldIssues &issues);
QString describeIssues(const FieldIssues &issues); // one line per issue, "field: message"

// Why an action is not possible on this order now (empty when it is).
QString startHandlingBlocker(const Order &order);
QString invoiceBlocker(const Order &order);
QString cancelBlocker(const Order &order);
QString trackingBlocker(const Order &order); // needs an invoice

struct InvoiceItemInput
{
    QString skuId;
    int quantity = 0;
    qint64 unitPriceCents = -1; // -1: the order's selling price
};

struct InvoiceForm
{
    bool output = true; // Output (sale) or Input (return)
    QString number;
    qint64 valueCents = -1;        // -1: sum of the items
    QDateTime issued;              // with the station's offset
    QString key;                   // NF-e access key, optional
    QString url;                   // optional
    QList<InvoiceItemInput> items; // empty: everything not invoiced yet
    QString courier;
    QString trackingNumber;
    QString trackingUrl;
};

// Quantity of each item (by index) not yet in an Output invoice.
QList<int> uninvoicedQuantities(const Order &order);
// The form's items resolved against the order (empty list in the form: all remaining items).
QList<InvoiceItemInput> resolvedInvoiceItems(const InvoiceForm &form, const Order &order);
FieldIssues validateInvoice(const InvoiceForm &form, const Order &order);
QJsonObject invoicePayload(const InvoiceForm &form, const Order &order);

struct TrackingForm
{
    QString invoiceNumber;
    QString courier;
    QString number;
    QString url;
    QDateTime dispatched;
};
FieldIssues validateTracking(const TrackingForm &form, const Order &order);
QJsonObject trackingPayload(const TrackingForm &form);

struct TrackingEventInput
{
    QString city;
    QString state;
    QString description;
    QDateTime date;
};
struct TrackingEventsForm
{
    QString invoiceNumber;
    QList<TrackingEventInput> events;
    bool delivered = false;
    QDateTime deliveredDate;
};
FieldIssues validateTrackingEvents(const TrackingEventsForm &form, const Order &order);
QJsonObject trackingEventsPayload(const TrackingEventsForm &form);

FieldIssues validateCancel(const QString &reason, const Order &order);

// "2026-11-24T10:00:00-03:00": a person's time, sent with the station's offset.
QString isoWithOffset(const QDateTime &dateTime);

} // namespace despacho
