#include "cli/actionsupport.h"
#include "sync/carrierlist.h"

#include "core/actionforms.h"
#include "core/money.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
};

// A person's date and time: ISO-8601 with an offset, or without one (the station's zone).
QDateTime parseWhen(const QString &text)
{
    QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(text, Qt::ISODate);
    return d;
}

void startHandling(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    parseActionArgs(ctx, u"start-handling"_s, args, {}, &p);
    if (!p.ok)
        return;
    if (const QString b = startHandlingBlocker(p.target.order); !b.isEmpty()) {
        ctx->err(b);
        ctx->finish(ExitInvalidInput);
        return;
    }
    sendAction(ctx, p, CommandKind::StartHandling, {});
}

void invoice(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    parseActionArgs(
        ctx, u"invoice"_s, args,
        {{u"number"_s, Tr::tr("Invoice number (letters and digits)"), u"N"_s},
         {u"value"_s, Tr::tr("Invoice value in cents"), u"CENTS"_s},
         {u"issued"_s, Tr::tr("Issuance date and time, ISO-8601"), u"ISO8601"_s},
         {u"type"_s, Tr::tr("output (sale) or input (return)"), u"TYPE"_s, u"output"_s},
         {u"key"_s, Tr::tr("NF-e access key (44 digits)"), u"KEY"_s},
         {u"url"_s, Tr::tr("Invoice URL"), u"URL"_s},
         {u"item"_s, Tr::tr("Item to invoice (repeatable)"), u"SKU:QTY:UNIT_PRICE_CENTS"_s},
         {u"courier"_s, Tr::tr("Courier"), u"C"_s},
         {u"tracking-number"_s, Tr::tr("Tracking number"), u"T"_s},
         {u"tracking-url"_s, Tr::tr("Tracking URL"), u"U"_s}},
        &p);
    if (!p.ok)
        return;
    const QCommandLineParser &a = p.parser;
    InvoiceForm form;
    FieldIssues issues;
    const QString type = a.value(u"type"_s).toLower();
    if (type != u"output"_s && type != u"input"_s)
        issues.append({u"--type"_s, Tr::tr("must be output or input")});
    form.output = type != u"input"_s;
    form.number = a.value(u"number"_s);
    if (!a.isSet(u"value"_s)) {
        issues.append({u"--value"_s, Tr::tr("the invoice value in cents is required")});
    } else {
        bool ok = false;
        form.valueCents = a.value(u"value"_s).toLongLong(&ok);
        if (!ok || form.valueCents <= 0)
            issues.append(
                {u"--value"_s, Tr::tr("\"%1\" is not a value in cents").arg(a.value(u"value"_s))});
    }
    form.issued = parseWhen(a.value(u"issued"_s));
    if (a.isSet(u"issued"_s) && !form.issued.isValid())
        issues.append(
            {u"--issued"_s,
             Tr::tr("\"%1\" is not an ISO-8601 date and time").arg(a.value(u"issued"_s))});
    form.key = a.value(u"key"_s);
    form.url = a.value(u"url"_s);
    static const QRegularExpression itemRe(u"^([^:]+):(\\d+):(\\d+)$"_s);
    for (const QString &item : a.values(u"item"_s)) {
        const auto m = itemRe.match(item);
        if (!m.hasMatch()) {
            issues.append(
                {u"--item"_s, Tr::tr("\"%1\" is not SKU:QTY:UNIT_PRICE_CENTS").arg(item)});
            continue;
        }
        form.items.append({m.captured(1), m.captured(2).toInt(), m.captured(3).toLongLong()});
    }
    form.courier = a.value(u"courier"_s);
    form.trackingNumber = a.value(u"tracking-number"_s);
    form.trackingUrl = a.value(u"tracking-url"_s);
    if (form.trackingUrl.isEmpty() && !form.trackingNumber.isEmpty())
        form.trackingUrl =
            sync::templateTrackingUrl(sync::loadCarriers(), form.courier, form.trackingNumber);
    issues += validateInvoice(form, p.target.order);
    if (refuseIssues(ctx, issues))
        return;
    sendAction(ctx, p, CommandKind::Invoice, invoicePayload(form, p.target.order));
}

void tracking(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    parseActionArgs(ctx, u"tracking"_s, args,
                    {{u"invoice"_s, Tr::tr("Invoice number"), u"N"_s},
                     {u"courier"_s, Tr::tr("Courier"), u"C"_s},
                     {u"number"_s, Tr::tr("Tracking number"), u"T"_s},
                     {u"url"_s, Tr::tr("Tracking URL"), u"U"_s},
                     {u"dispatched"_s, Tr::tr("Dispatch date and time, ISO-8601"), u"ISO8601"_s}},
                    &p);
    if (!p.ok)
        return;
    TrackingForm form{p.parser.value(u"invoice"_s), p.parser.value(u"courier"_s),
                      p.parser.value(u"number"_s), p.parser.value(u"url"_s),
                      parseWhen(p.parser.value(u"dispatched"_s))};
    // As in the form: no address given, the carrier's template makes one.
    if (form.url.isEmpty())
        form.url = sync::templateTrackingUrl(sync::loadCarriers(), form.courier, form.number);
    FieldIssues issues;
    if (p.parser.isSet(u"dispatched"_s) && !form.dispatched.isValid())
        issues.append({u"--dispatched"_s, Tr::tr("not an ISO-8601 date and time")});
    issues += validateTracking(form, p.target.order);
    if (refuseIssues(ctx, issues))
        return;
    sendAction(ctx, p, CommandKind::Tracking, trackingPayload(form));
}

void trackingEvent(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    parseActionArgs(ctx, u"tracking-event"_s, args,
                    {{u"invoice"_s, Tr::tr("Invoice number"), u"N"_s},
                     {u"city"_s, Tr::tr("City"), u"C"_s},
                     {u"state"_s, Tr::tr("State (UF)"), u"UF"_s},
                     {u"description"_s, Tr::tr("What happened"), u"D"_s},
                     {u"date"_s, Tr::tr("When, ISO-8601"), u"ISO8601"_s},
                     {u"delivered"_s, Tr::tr("The package was delivered")},
                     {u"delivered-date"_s, Tr::tr("Delivery date and time"), u"ISO8601"_s}},
                    &p);
    if (!p.ok)
        return;
    const QCommandLineParser &a = p.parser;
    TrackingEventsForm form;
    form.invoiceNumber = a.value(u"invoice"_s);
    form.events.append({a.value(u"city"_s), a.value(u"state"_s), a.value(u"description"_s),
                        parseWhen(a.value(u"date"_s))});
    form.delivered = a.isSet(u"delivered"_s);
    form.deliveredDate = parseWhen(a.value(u"delivered-date"_s));
    if (refuseIssues(ctx, validateTrackingEvents(form, p.target.order)))
        return;
    sendAction(ctx, p, CommandKind::TrackingEvents, trackingEventsPayload(form));
}

void cancel(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    parseActionArgs(ctx, u"cancel"_s, args,
                    {{u"reason"_s, Tr::tr("Why the order is canceled"), u"TEXT"_s},
                     {u"supervisor"_s, Tr::tr("Supervisor authorising the cancel"), u"NAME"_s}},
                    &p);
    if (!p.ok)
        return;
    const QString reason = p.parser.value(u"reason"_s).trimmed();
    const QString supervisor = p.parser.value(u"supervisor"_s);
    FieldIssues issues = validateCancel(reason, p.target.order);
    if (supervisor.isEmpty())
        issues.append({u"--supervisor"_s, Tr::tr("canceling needs a supervisor's name and PIN")});
    if (refuseIssues(ctx, issues))
        return;
    // The supervisor proves it at this moment, even when the acting operator is one.
    if (!authenticateSupervisor(ctx, supervisor, u"cancel %1"_s.arg(p.orderId)))
        return;
    p.target.supervisor = supervisor;
    sendAction(ctx, p, CommandKind::Cancel, {{u"reason"_s, reason}});
}
} // namespace

bool runActionCommand(CliContext *ctx, const QString &command, const QStringList &args)
{
    if (command == u"start-handling"_s)
        startHandling(ctx, args);
    else if (command == u"invoice"_s)
        invoice(ctx, args);
    else if (command == u"tracking"_s)
        tracking(ctx, args);
    else if (command == u"tracking-event"_s)
        trackingEvent(ctx, args);
    else if (command == u"cancel"_s)
        cancel(ctx, args);
    else
        return false;
    return true;
}

} // namespace despacho::cli
