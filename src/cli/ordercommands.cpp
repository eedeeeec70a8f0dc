#include "cli/clicontext.h"

#include "core/datetime.h"
#include "core/orderdecoder.h"
#include "core/orderstatus.h"
#include "core/workstate.h"
#include "storage/ordercache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
};

QJsonObject toJson(const OrderSummary &s)
{
    return QJsonObject{{u"orderId"_s, s.orderId},
                       {u"sequence"_s, s.sequence},
                       {u"status"_s, s.status},
                       {u"creationDate"_s, toIsoUtc(s.creationDate)},
                       {u"clientName"_s, s.clientName},
                       {u"totalValue"_s, s.totalValue.cents()},
                       {u"account"_s, s.account},
                       {u"items"_s, s.itemCount},
                       {u"courier"_s, s.courier},
                       {u"trackingNumber"_s, s.trackingNumber},
                       {u"channel"_s, channelToString(s.channel)}};
}
} // namespace

void runOrdersCommand(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(
        {{u"account"_s, Tr::tr("Only this account"), u"NAME"_s},
         {u"status"_s, Tr::tr("Only this status"), u"STATUS"_s},
         {u"search"_s, Tr::tr("Order id, sequence, client, document or e-mail"), u"TEXT"_s},
         {u"limit"_s, Tr::tr("At most N orders"), u"N"_s},
         {u"json"_s, Tr::tr("JSON output")}});
    if (!parseArguments(ctx, p, u"orders"_s, args, 0, 0,
                        u"orders [--account NAME] [--status STATUS] [--search TEXT] [--limit N] "
                        "[--json]"_s))
        return;
    if (p.isSet(u"json"_s))
        ctx->setJson(true);
    storage::OrderQuery q;
    q.account = p.value(u"account"_s);
    q.status = p.value(u"status"_s);
    q.search = p.value(u"search"_s);
    if (!q.status.isEmpty() && orderStatusFromString(q.status) == OrderStatus::Other &&
        !evendiStatuses().contains(q.status)) {
        ctx->err(Tr::tr("--status: unknown status \"%1\"").arg(q.status));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (p.isSet(u"limit"_s)) {
        bool ok = false;
        q.limit = p.value(u"limit"_s).toInt(&ok);
        if (!ok || q.limit < 0) {
            ctx->err(Tr::tr("--limit: must be a positive number"));
            ctx->finish(ExitInvalidInput);
            return;
        }
    }
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    QString readError;
    if (!q.account.isEmpty()) {
        const bool known = ctx->services()->accounts()->find(q.account, &readError).has_value();
        if (ctx->storageFailed(readError))
            return;
        if (!known) {
            ctx->err(Tr::tr("There is no account named \"%1\".").arg(q.account));
            ctx->finish(ExitInvalidInput);
            return;
        }
    }
    const auto orders = ctx->services()->orders()->query(q, &readError);
    if (ctx->storageFailed(readError))
        return;
    if (ctx->json()) {
        QJsonArray array;
        for (const auto &o : orders)
            array.append(toJson(o));
        ctx->outJson(QJsonDocument(array));
    } else {
        const QLocale locale;
        for (const auto &o : orders) {
            ctx->out(u"%1\t%2\t%3\t%4\t%5\t%6\t%7"_s.arg(
                o.orderId, o.sequence, o.creationDate.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                orderStatusDisplayName(o.status), o.totalValue.toDisplayString(locale),
                o.clientName, o.account));
        }
    }
    ctx->finish(ExitOk);
}

void runShowCommand(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"order"_s, Tr::tr("Order id"));
    p.addOptions({{u"account"_s, Tr::tr("Account of the order"), u"NAME"_s},
                  {u"json"_s, Tr::tr("The cached order JSON as received")}});
    if (!parseArguments(ctx, p, u"show"_s, args, 1, 1,
                        u"show ORDER_ID [--account NAME] [--json]"_s))
        return;
    if (p.isSet(u"json"_s))
        ctx->setJson(true);
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    const QString orderId = p.positionalArguments().first();
    QString account = p.value(u"account"_s);
    QString readError;
    if (account.isEmpty()) {
        QStringList accounts;
        const auto keys = ctx->services()->orders()->findExact(orderId, &readError);
        if (ctx->storageFailed(readError))
            return;
        for (const auto &key : keys) {
            if (key.orderId == orderId)
                accounts << key.account;
        }
        if (accounts.size() > 1) {
            ctx->err(Tr::tr("order %1 exists in several accounts (%2): choose one with --account")
                         .arg(orderId, accounts.join(u", "_s)));
            ctx->finish(ExitInvalidInput);
            return;
        }
        account = accounts.value(0);
    }
    const QByteArray raw = ctx->services()->orders()->rawJson(account, orderId, &readError);
    if (ctx->storageFailed(readError))
        return;
    if (raw.isEmpty()) {
        const bool listed =
            ctx->services()->orders()->summary(account, orderId, &readError).has_value();
        if (ctx->storageFailed(readError))
            return;
        ctx->err(listed ? Tr::tr("order %1: only the list row is cached; run despacho-cli sync")
                              .arg(orderId)
                        : Tr::tr("order %1 is not in the cache").arg(orderId));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (ctx->json()) {
        ctx->out(QString::fromUtf8(raw));
        ctx->finish(ExitOk);
        return;
    }
    const auto summary = ctx->services()->orders()->summary(account, orderId, &readError);
    if (ctx->storageFailed(readError))
        return;
    const auto parsed = decodeOrder(summary ? summary->channel : Channel::Vtex, raw);
    if (!parsed.ok()) {
        ctx->err(Tr::tr("order %1: %2").arg(orderId, parsed.error));
        ctx->finish(ExitInvalidInput);
        return;
    }
    const Order &o = parsed.order;
    const QLocale locale;
    ctx->out(Tr::tr("Order %1 (sequence %2), account %3").arg(o.orderId, o.sequence, account));
    ctx->out(Tr::tr("Status: %1").arg(orderStatusDisplayName(o.status)));
    ctx->out(
        Tr::tr("Created: %1").arg(o.creationDate.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
    ctx->out(Tr::tr("Client: %1 <%2> %3")
                 .arg(o.customer.fullName(), o.customer.email, o.customer.document));
    ctx->out(Tr::tr("Ship to: %1").arg(o.shippingAddress.oneLine()));
    for (const auto &item : o.items) {
        ctx->out(u"  %1 x %2 (%3) %4"_s.arg(QString::number(item.quantity), item.name, item.skuId,
                                            item.lineTotal().toDisplayString(locale)));
    }
    ctx->out(Tr::tr("Total: %1").arg(o.value.toDisplayString(locale)));
    for (const auto &pkg : o.packages) {
        ctx->out(Tr::tr("Invoice %1 (%2): %3 %4")
                     .arg(pkg.invoiceNumber, pkg.invoiceValue.toDisplayString(locale), pkg.courier,
                          pkg.trackingNumber));
    }
    ctx->finish(ExitOk);
}

} // namespace despacho::cli
