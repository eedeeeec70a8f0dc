#include "importer/templates.h"

#include "core/orderdecoder.h"
#include "storage/accountstore.h"
#include "storage/ordercache.h"
#include "sync/appservices.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace despacho::importer {

QStringList templateHeaders(bool portuguese)
{
    if (portuguese)
        return {u"Pedido"_s,         u"Nota fiscal"_s,        u"Conta"_s,
                u"Transportadora"_s, u"Código de rastreio"_s, u"URL de rastreio"_s,
                u"Data de envio"_s};
    return {u"Order"_s,           u"Invoice"_s,      u"Account"_s,   u"Courier"_s,
            u"Tracking number"_s, u"Tracking URL"_s, u"Dispatched"_s};
}

QList<QStringList> prefilledTemplate(sync::AppServices *services, const QStringList &accounts,
                                     bool portuguese, QString *error, bool *capped, int maxRows)
{
    QList<QStringList> rows{templateHeaders(portuguese)};
    if (capped)
        *capped = false;
    QStringList names = accounts;
    if (names.isEmpty()) {
        for (const storage::AccountRecord &a : services->accounts()->list(error))
            names << a.name;
        if (!error->isEmpty())
            return {};
    }
    auto add = [&](const QString &account, const QString &orderId, const QString &invoice) {
        if (int(rows.size()) > maxRows) {
            if (capped)
                *capped = true;
            return false;
        }
        rows << QStringList{orderId, invoice, account, {}, {}, {}, {}};
        return true;
    };
    for (const QString &account : std::as_const(names)) {
        // VTEX orders invoiced (shipped from the bench) and e-vendi's open ones are the ones a
        // carrier's codes are for.
        for (const WorkState state : {WorkState::Shipped, WorkState::ReadyForHandling}) {
            storage::OrderQuery q;
            q.account = account;
            q.workState = state;
            q.sort = storage::OrderSort::Created;
            q.descending = true;
            q.limit = maxRows + 1;
            const QList<OrderSummary> found = services->orders()->query(q, error);
            if (!error->isEmpty())
                return {};
            for (const OrderSummary &s : found) {
                const bool evendi = s.channel == Channel::Evendi;
                if (evendi != (state == WorkState::ReadyForHandling))
                    continue;
                if (evendi) {
                    if (s.trackingNumber.isEmpty() && !add(account, s.orderId, {}))
                        return rows;
                    continue;
                }
                const QByteArray raw = services->orders()->rawJson(account, s.orderId, error);
                if (!error->isEmpty())
                    return {};
                const auto decoded = decodeOrder(s.channel, raw);
                if (!decoded.ok())
                    continue;
                for (const Package &p : decoded.order.packages) {
                    if (p.type != u"Input"_s && p.trackingNumber.isEmpty() &&
                        !add(account, s.orderId, p.invoiceNumber))
                        return rows;
                }
            }
        }
    }
    return rows;
}

} // namespace despacho::importer
