// despacho-cli's e-vendi actions: evendi-tracking, evendi-fiscal-note, evendi-close,
// evendi-cancel and evendi-refund. Each goes through the same outbox, one-command-per-order rule
// and audit log as the VTEX actions (actionsupport.h).
#include "cli/actionsupport.h"

#include "core/evendiforms.h"
#include "storage/accountstore.h"
#include "sync/appservices.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
};

// Parses and loads an e-vendi order; names e-vendi's prod (real money) before anything is queued.
bool parseEvendi(CliContext *ctx, const QString &command, const QStringList &args,
                 const QList<QCommandLineOption> &options, ActionArgs *p)
{
    p->channel = Channel::Evendi;
    parseActionArgs(ctx, command, args, options, p);
    if (!p->ok)
        return false;
    QString error;
    const auto account = ctx->services()->accounts()->find(p->target.account, &error);
    if (account && account->settings.value("env"_L1).toString() == u"prod"_s)
        ctx->err(Tr::tr("account %1 is e-vendi PROD: this is real money").arg(p->target.account));
    return true;
}

// A command only a supervisor may give: --supervisor NAME and that supervisor's PIN now.
bool supervise(CliContext *ctx, ActionArgs &p, const QString &what, FieldIssues issues)
{
    const QString supervisor = p.parser.value(u"supervisor"_s);
    if (supervisor.isEmpty())
        issues.append(
            {u"--supervisor"_s, Tr::tr("%1 needs a supervisor's name and PIN").arg(what)});
    if (refuseIssues(ctx, issues))
        return false;
    if (!authenticateSupervisor(ctx, supervisor, u"%1 %2"_s.arg(what, p.orderId)))
        return false;
    p.target.supervisor = supervisor;
    return true;
}

FieldIssues blocked(const QString &blocker)
{
    return blocker.isEmpty() ? FieldIssues{} : FieldIssues{{u"order"_s, blocker}};
}

void tracking(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    if (!parseEvendi(ctx, u"evendi-tracking"_s, args,
                     {{u"code"_s, Tr::tr("Tracking code"), u"CODE"_s}}, &p))
        return;
    const QString code = p.parser.value(u"code"_s).trimmed();
    if (refuseIssues(ctx, validateEvendiTracking(code, p.target.order)))
        return;
    sendAction(ctx, p, CommandKind::Tracking, {{u"trackingCode"_s, code}});
}

void fiscalNote(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    if (!parseEvendi(ctx, u"evendi-fiscal-note"_s, args,
                     {{u"url"_s, Tr::tr("The fiscal note's https:// address"), u"URL"_s}}, &p))
        return;
    const QString url = p.parser.value(u"url"_s).trimmed();
    if (refuseIssues(ctx, validateEvendiFiscalNote(url, p.target.order)))
        return;
    sendAction(ctx, p, CommandKind::Invoice, {{u"fiscalNoteUrl"_s, url}});
}

void close(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    if (!parseEvendi(ctx, u"evendi-close"_s, args, {}, &p))
        return;
    if (refuseIssues(ctx, blocked(evendiCloseBlocker(p.target.order))))
        return;
    sendAction(ctx, p, CommandKind::Close, {});
}

void cancel(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    if (!parseEvendi(
            ctx, u"evendi-cancel"_s, args,
            {{u"reason"_s, Tr::tr("Why the order is canceled (for the audit log)"), u"TEXT"_s},
             {u"supervisor"_s, Tr::tr("Supervisor authorising the cancel"), u"NAME"_s}},
            &p))
        return;
    if (!supervise(ctx, p, u"cancel"_s, blocked(evendiCancelBlocker(p.target.order))))
        return;
    sendAction(ctx, p, CommandKind::Cancel, {{u"reason"_s, p.parser.value(u"reason"_s).trimmed()}});
}

void refund(CliContext *ctx, const QStringList &args)
{
    ActionArgs p;
    if (!parseEvendi(
            ctx, u"evendi-refund"_s, args,
            {{u"reason"_s, Tr::tr("Why the order is refunded"), u"TEXT"_s},
             {u"supervisor"_s, Tr::tr("Supervisor authorising the refund"), u"NAME"_s},
             {u"bank-code"_s, Tr::tr("Boleto refunds: the bank's code"), u"CODE"_s},
             {u"agency"_s, Tr::tr("Boleto refunds: the agency"), u"N"_s},
             {u"dv-agency"_s, Tr::tr("Boleto refunds: the agency's check digit"), u"D"_s},
             {u"account-number"_s, Tr::tr("Boleto refunds: the account number"), u"N"_s},
             {u"dv-account"_s, Tr::tr("Boleto refunds: the account's check digit"), u"D"_s},
             {u"account-type"_s, Tr::tr("Boleto refunds: %1").arg(evendiAccountTypes().join(u'|')),
              u"TYPE"_s},
             {u"document-type"_s, Tr::tr("Boleto refunds: cpf or cnpj"), u"TYPE"_s},
             {u"document-number"_s, Tr::tr("Boleto refunds: the holder's CPF or CNPJ"), u"N"_s},
             {u"holder-name"_s, Tr::tr("Boleto refunds: the account holder's name"), u"NAME"_s}},
            &p))
        return;
    const QCommandLineParser &a = p.parser;
    EvendiRefundForm form{a.value(u"reason"_s),          a.value(u"bank-code"_s),
                          a.value(u"agency"_s),          a.value(u"dv-agency"_s),
                          a.value(u"account-number"_s),  a.value(u"dv-account"_s),
                          a.value(u"account-type"_s),    a.value(u"document-type"_s),
                          a.value(u"document-number"_s), a.value(u"holder-name"_s)};
    if (!supervise(ctx, p, u"refund"_s, validateEvendiRefund(form, p.target.order)))
        return;
    sendAction(ctx, p, CommandKind::Refund, evendiRefundPayload(form));
}
} // namespace

bool runEvendiCommand(CliContext *ctx, const QString &command, const QStringList &args)
{
    if (command == u"evendi-tracking"_s)
        tracking(ctx, args);
    else if (command == u"evendi-fiscal-note"_s)
        fiscalNote(ctx, args);
    else if (command == u"evendi-close"_s)
        close(ctx, args);
    else if (command == u"evendi-cancel"_s)
        cancel(ctx, args);
    else if (command == u"evendi-refund"_s)
        refund(ctx, args);
    else
        return false;
    return true;
}

} // namespace despacho::cli
