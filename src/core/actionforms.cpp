#include "core/actionforms.h"

#include "core/orderstatus.h"
#include "core/validators.h"
#include "core/workstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace despacho {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::ActionForms)
};

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

bool hasInvoice(const Order &order, const QString &number)
{
    return std::any_of(order.packages.cbegin(), order.packages.cend(),
                       [&](const Package &p) { return p.invoiceNumber == number; });
}

void checkInvoiceRef(FieldIssues &issues, const Order &order, const QString &number)
{
    if (number.isEmpty())
        issues.append({u"invoice"_s, Tr::tr("choose the invoice")});
    else if (!hasInvoice(order, number))
        issues.append(
            {u"invoice"_s, Tr::tr("order %1 has no invoice %2").arg(order.orderId, number)});
}

void warnS10(FieldIssues &issues, const QString &field, const QString &courier, const QString &code)
{
    if (!courier.contains(u"correios"_s, Qt::CaseInsensitive))
        return;
    // The code is named, so confirming the warning for one code never confirms another.
    const S10Check c = checkS10(code);
    if (!c.wellFormed)
        issues.append({field,
                       Tr::tr("%1 is not a Correios code (two letters, 9 digits, two letters)")
                           .arg(code.trimmed()),
                       true});
    else if (!c.checkDigitOk)
        issues.append({field,
                       Tr::tr("the Correios check digit of %1 should be %2; check the code")
                           .arg(code.trimmed().toUpper())
                           .arg(c.expectedDigit),
                       true});
}

QString money(qint64 cents)
{
    return Money(cents).toDisplayString();
}
} // namespace

bool hasErrors(const FieldIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const FieldIssue &i) { return !i.warning; });
}

QString describeIssues(const FieldIssues &issues)
{
    QStringList lines;
    for (const FieldIssue &i : issues)
        lines << (i.warning ? Tr::tr("warning: %1: %2") : Tr::tr("%1: %2")).arg(i.field, i.message);
    return lines.join(u'\n');
}

QString isoWithOffset(const QDateTime &dateTime)
{
    return dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODate);
}

QString startHandlingBlocker(const Order &order)
{
    if (workStateOf(order.channel, order.status) != WorkState::ReadyForHandling)
        return Tr::tr("order %1 is %2; only orders ready for handling can start handling")
            .arg(order.orderId, orderStatusDisplayName(order.status));
    return {};
}

QString invoiceBlocker(const Order &order)
{
    const WorkState s = workStateOf(order.channel, order.status);
    if (s != WorkState::ReadyForHandling && s != WorkState::Handling)
        return Tr::tr(
                   "order %1 is %2; only orders ready for handling or in handling can be invoiced")
            .arg(order.orderId, orderStatusDisplayName(order.status));
    return {};
}

QString cancelBlocker(const Order &order)
{
    const WorkState s = workStateOf(order.channel, order.status);
    if (s == WorkState::Canceled)
        return Tr::tr("order %1 is already canceled").arg(order.orderId);
    if (s == WorkState::Shipped || !order.packages.isEmpty())
        return Tr::tr("order %1 is invoiced or partially invoiced and cannot be canceled")
            .arg(order.orderId);
    if (!order.allowCancellation)
        return Tr::tr("the store does not allow canceling order %1 now").arg(order.orderId);
    return {};
}

QString trackingBlocker(const Order &order)
{
    if (order.packages.isEmpty())
        return Tr::tr("order %1 has no invoice yet").arg(order.orderId);
    return {};
}

QList<int> uninvoicedQuantities(const Order &order)
{
    QList<int> left;
    for (const OrderItem &i : order.items)
        left << i.quantity;
    for (const Package &p : order.packages) {
        if (p.type == u"Input"_s)
            continue;
        for (const PackageItem &pi : p.items) {
            if (pi.itemIndex >= 0 && pi.itemIndex < left.size())
                left[pi.itemIndex] = qMax(0, left[pi.itemIndex] - pi.quantity);
        }
    }
    return left;
}

QList<InvoiceItemInput> resolvedInvoiceItems(const InvoiceForm &form, const Order &order)
{
    QList<InvoiceItemInput> items;
    if (form.items.isEmpty()) {
        const QList<int> left = uninvoicedQuantities(order);
        for (int i = 0; i < order.items.size(); ++i) {
            if (left[i] > 0)
                items.append({order.items[i].skuId, left[i], order.items[i].sellingPrice.cents()});
        }
        return items;
    }
    for (InvoiceItemInput in : form.items) {
        if (in.unitPriceCents < 0) {
            for (const OrderItem &oi : order.items) {
                if (oi.skuId == in.skuId)
                    in.unitPriceCents = oi.sellingPrice.cents();
            }
        }
        items.append(in);
    }
    return items;
}

FieldIssues validateInvoice(const InvoiceForm &form, const Order &order)
{
    FieldIssues issues;
    if (form.output) {
        if (const QString b = invoiceBlocker(order); !b.isEmpty())
            issues.append({u"order"_s, b});
    }
    if (const QString p = invoiceNumberProblem(form.number); !p.isEmpty())
        issues.append({u"number"_s, p});
    if (!form.issued.isValid())
        issues.append({u"issued"_s, Tr::tr("the issuance date and time are required")});
    if (!form.key.isEmpty()) {
        if (const QString p = nfeKeyProblem(form.key); !p.isEmpty())
            issues.append({u"key"_s, p});
    }
    if (!form.url.isEmpty() && !isWebUrl(form.url))
        issues.append({u"url"_s, Tr::tr("\"%1\" is not a web address").arg(form.url)});

    const QList<InvoiceItemInput> items = resolvedInvoiceItems(form, order);
    if (items.isEmpty())
        issues.append(
            {u"items"_s, Tr::tr("nothing left to invoice on order %1").arg(order.orderId)});
    QList<int> left = uninvoicedQuantities(order);
    for (int n = 0; n < items.size(); ++n) {
        const InvoiceItemInput &in = items[n];
        const QString field = Tr::tr("item %1").arg(n + 1);
        int index = -1;
        for (int i = 0; i < order.items.size(); ++i) {
            if (order.items[i].skuId == in.skuId && (index < 0 || left[i] > 0))
                index = i;
        }
        if (index < 0) {
            issues.append(
                {field, Tr::tr("SKU %1 is not in order %2").arg(in.skuId, order.orderId)});
            continue;
        }
        if (in.quantity <= 0)
            issues.append({field, Tr::tr("the quantity must be at least 1")});
        else if (form.output && in.quantity > left[index])
            issues.append(
                {field,
                 Tr::tr("only %1 of SKU %2 left to invoice").arg(left[index]).arg(in.skuId)});
        else
            left[index] -= in.quantity;
        if (in.unitPriceCents < 0)
            issues.append({field, Tr::tr("the unit price must not be negative")});
    }
    const InvoiceValueExpectation expected = expectedInvoiceValue(form, order);
    const qint64 value = form.valueCents >= 0 ? form.valueCents : expected.expectedCents;
    if (value <= 0) {
        issues.append({u"value"_s, Tr::tr("the invoice value must be greater than zero")});
    } else if (value != expected.expectedCents && !items.isEmpty()) {
        const qint64 diff = value - expected.expectedCents;
        const QString what = expected.full
                                 ? Tr::tr("what is left of order %1's total").arg(order.orderId)
                                 : Tr::tr("the value of the chosen items");
        issues.append({u"value"_s,
                       (diff < 0 ? Tr::tr("%1 is %2 less than %3, %4 (%5)")
                                 : Tr::tr("%1 is %2 more than %3, %4 (%5)"))
                           .arg(money(value), money(diff < 0 ? -diff : diff), what,
                                money(expected.expectedCents), describeInvoiceValue(expected)),
                       true});
    }
    if (form.trackingNumber.isEmpty() != form.courier.isEmpty())
        issues.append(
            {u"tracking"_s, Tr::tr("give both the courier and the tracking number, or neither")});
    if (!form.trackingUrl.isEmpty() && !isWebUrl(form.trackingUrl))
        issues.append(
            {u"tracking-url"_s, Tr::tr("\"%1\" is not a web address").arg(form.trackingUrl)});
    warnS10(issues, u"tracking-number"_s, form.courier, form.trackingNumber);
    return issues;
}

InvoiceValueExpectation expectedInvoiceValue(const InvoiceForm &form, const Order &order)
{
    InvoiceValueExpectation e;
    const QList<int> left = uninvoicedQuantities(order);
    QList<int> chosen(order.items.size(), 0);
    for (const InvoiceItemInput &in : resolvedInvoiceItems(form, order)) {
        e.itemsCents += qint64(qMax(0, in.quantity)) * qMax<qint64>(0, in.unitPriceCents);
        // The same matching as validateInvoice: a SKU listed on several lines fills them in turn.
        int quantity = qMax(0, in.quantity);
        for (int i = 0; i < order.items.size() && quantity > 0; ++i) {
            if (order.items[i].skuId != in.skuId)
                continue;
            const int take = qMin(quantity, qMax(0, left[i] - chosen[i]));
            chosen[i] += take;
            quantity -= take;
        }
    }
    e.remainingCents = order.value.cents();
    for (const Package &p : order.packages) {
        if (p.type != u"Input"_s)
            e.remainingCents -= p.invoiceValue.cents();
    }
    qint64 leftItems = 0;
    for (int i = 0; i < order.items.size(); ++i) {
        const int units = qMax(0, left[i] - chosen[i]);
        e.leftOutUnits += units;
        leftItems += qint64(units) * order.items[i].sellingPrice.cents();
    }
    e.leftOutItemsCents = leftItems;
    if (!form.output) {
        e.expectedCents = e.itemsCents;
        e.otherCents = 0;
        return e;
    }
    e.full = e.leftOutUnits == 0 && e.itemsCents > 0;
    if (e.full) {
        e.expectedCents = e.remainingCents;
        e.otherCents = e.remainingCents - e.itemsCents;
    } else {
        e.expectedCents = e.itemsCents;
        e.otherCents = e.remainingCents - e.itemsCents - leftItems;
    }
    return e;
}

QString describeInvoiceValue(const InvoiceValueExpectation &e, const QLocale &locale)
{
    const auto money = [&locale](qint64 cents) {
        return Money(cents).toDisplayString(locale);
    };
    if (e.full) {
        if (e.otherCents == 0)
            return Tr::tr("items %1").arg(money(e.itemsCents));
        return Tr::tr("items %1 + freight, tax and discounts %2")
            .arg(money(e.itemsCents), money(e.otherCents));
    }
    if (e.leftOutUnits == 0)
        return Tr::tr("items %1").arg(money(e.itemsCents));
    QString text = e.leftOutUnits == 1
                       ? Tr::tr("partial invoice: leaves out %1 of items (1 unit)")
                             .arg(money(e.leftOutItemsCents))
                       : Tr::tr("partial invoice: leaves out %1 of items (%2 units)")
                             .arg(money(e.leftOutItemsCents))
                             .arg(e.leftOutUnits);
    if (e.otherCents != 0)
        text = Tr::tr("%1 and %2 of freight, tax and discounts").arg(text, money(e.otherCents));
    return Tr::tr("%1, for a later invoice").arg(text);
}

QJsonObject invoicePayload(const InvoiceForm &form, const Order &order)
{
    const QList<InvoiceItemInput> items = resolvedInvoiceItems(form, order);
    QJsonArray array;
    for (const InvoiceItemInput &i : items) {
        array.append(QJsonObject{
            {u"id"_s, i.skuId}, {u"quantity"_s, i.quantity}, {u"price"_s, i.unitPriceCents}});
    }
    const qint64 sum = expectedInvoiceValue(form, order).expectedCents;
    QJsonObject body{
        {u"type"_s, form.output ? u"Output"_s : u"Input"_s},
        {u"invoiceNumber"_s, form.number},
        // The spec wants the value in cents as a string.
        {u"invoiceValue"_s, QString::number(form.valueCents >= 0 ? form.valueCents : sum)},
        {u"issuanceDate"_s, isoWithOffset(form.issued)},
        {u"items"_s, array}};
    if (!form.key.isEmpty())
        body.insert(u"invoiceKey"_s, digitsOnly(form.key));
    if (!form.url.isEmpty())
        body.insert(u"invoiceUrl"_s, form.url);
    if (!form.courier.isEmpty()) {
        body.insert(u"courier"_s, form.courier);
        body.insert(u"trackingNumber"_s, form.trackingNumber);
        if (!form.trackingUrl.isEmpty())
            body.insert(u"trackingUrl"_s, form.trackingUrl);
    }
    return body;
}

FieldIssues validateTracking(const TrackingForm &form, const Order &order)
{
    FieldIssues issues;
    checkInvoiceRef(issues, order, form.invoiceNumber);
    if (form.courier.trimmed().isEmpty())
        issues.append({u"courier"_s, Tr::tr("the courier is required")});
    if (form.number.trimmed().isEmpty())
        issues.append({u"number"_s, Tr::tr("the tracking number is required")});
    if (!form.url.isEmpty() && !isWebUrl(form.url))
        issues.append({u"url"_s, Tr::tr("\"%1\" is not a web address").arg(form.url)});
    warnS10(issues, u"number"_s, form.courier, form.number);
    return issues;
}

QJsonObject trackingPayload(const TrackingForm &form)
{
    QJsonObject body{{u"trackingNumber"_s, form.number.trimmed()},
                     {u"courier"_s, form.courier.trimmed()},
                     {u"trackingUrl"_s, form.url}};
    if (form.dispatched.isValid())
        body.insert(u"dispatchedDate"_s, isoWithOffset(form.dispatched));
    return {{u"invoiceNumber"_s, form.invoiceNumber}, {u"body"_s, body}};
}

FieldIssues validateTrackingEvents(const TrackingEventsForm &form, const Order &order)
{
    FieldIssues issues;
    checkInvoiceRef(issues, order, form.invoiceNumber);
    if (form.events.isEmpty() && !form.delivered)
        issues.append(
            {u"events"_s, Tr::tr("add at least one event or mark the package delivered")});
    for (int n = 0; n < form.events.size(); ++n) {
        const TrackingEventInput &e = form.events[n];
        const QString field = Tr::tr("event %1").arg(n + 1);
        if (e.city.trimmed().isEmpty())
            issues.append({field, Tr::tr("the city is required")});
        if (!isBrazilianState(e.state))
            issues.append({field, Tr::tr("\"%1\" is not a Brazilian state (UF)").arg(e.state)});
        if (e.description.trimmed().isEmpty())
            issues.append({field, Tr::tr("the description is required")});
        if (!e.date.isValid())
            issues.append({field, Tr::tr("the date and time are required")});
    }
    if (form.delivered && !form.deliveredDate.isValid())
        issues.append({u"delivered-date"_s, Tr::tr("give the delivery date and time")});
    return issues;
}

QJsonObject trackingEventsPayload(const TrackingEventsForm &form)
{
    QJsonArray events;
    for (const TrackingEventInput &e : form.events) {
        events.append(QJsonObject{{u"city"_s, e.city.trimmed()},
                                  {u"state"_s, e.state.trimmed().toUpper()},
                                  {u"description"_s, e.description.trimmed()},
                                  {u"date"_s, isoWithOffset(e.date)}});
    }
    // The spec requires deliveredDate (nullable): null while the package is on its way.
    QJsonObject body{{u"isDelivered"_s, form.delivered},
                     {u"deliveredDate"_s, form.delivered
                                              ? QJsonValue(isoWithOffset(form.deliveredDate))
                                              : QJsonValue(QJsonValue::Null)},
                     {u"events"_s, events}};
    return {{u"invoiceNumber"_s, form.invoiceNumber}, {u"body"_s, body}};
}

FieldIssues validateCancel(const QString &reason, const Order &order)
{
    FieldIssues issues;
    if (const QString b = cancelBlocker(order); !b.isEmpty())
        issues.append({u"order"_s, b});
    if (reason.trimmed().isEmpty())
        issues.append({u"reason"_s, Tr::tr("a reason is required to cancel")});
    return issues;
}

} // namespace despacho
