#pragma once

#include "core/order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
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

// What an invoice of the chosen items should be worth. VTEX settles the order for what its
// invoices add up to, so a sale invoice that covers everything still uninvoiced must be what is
// left of the order's total (items, freight, tax and discounts, less earlier sale invoices); a
// partial one is worth its items, and the rest (other items, freight…) waits for a later invoice.
// A return (Input) is worth its items.
struct InvoiceValueExpectation
{
    qint64 expectedCents = 0;
    qint64 itemsCents = 0;        // the chosen items at their selling price
    bool full = false;            // a sale invoice of everything still uninvoiced
    qint64 remainingCents = 0;    // the order's total less earlier sale invoices
    qint64 leftOutItemsCents = 0; // uninvoiced items this invoice leaves out
    int leftOutUnits = 0;
    qint64 otherCents =
        0; // freight, tax and discounts: in a full invoice, or left out of a partial
};
InvoiceValueExpectation expectedInvoiceValue(const InvoiceForm &form, const Order &order);
// "Leaves out R$ 26,90 of items (2 units) and R$ 12,00 of freight, tax and discounts for a later
// invoice" / "Items R$ 184,80 + freight, tax and discounts R$ 26,90": what the value is made of.
QString describeInvoiceValue(const InvoiceValueExpectation &e, const QLocale &locale = QLocale());

// Errors, and warnings a person may confirm: a value that differs from what the chosen items
// imply (naming the difference), a Correios code whose check digit is wrong (naming the code).
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
