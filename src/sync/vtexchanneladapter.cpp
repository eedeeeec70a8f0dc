#include "sync/vtexchanneladapter.h"

#include "api/transport.h"
#include "api/vtexomsclient.h"
#include "core/orderdecoder.h"
#include "core/orderstatus.h"
#include "storage/ordercache.h"
#include "sync/appservices.h"
#include "sync/ordersynchronizer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace despacho::sync {

namespace {
// These texts were the dispatcher's before the channel seam: lupdate reads this context, so their
// translations stay where they were.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::sync::OutboxDispatcher)
};

QString receiptOf(const api::ApiResponse &r)
{
    const QJsonObject o = r.json.object();
    const QString receipt = o.value("receipt"_L1).toString();
    return receipt.isEmpty() ? QString::number(r.httpStatus) : receipt;
}
} // namespace

VtexChannelAdapter::VtexChannelAdapter(AppServices *services)
    : m_services(services)
{}

ChannelCapabilities VtexChannelAdapter::capabilities() const
{
    ChannelCapabilities c;
    c.commands = {CommandKind::StartHandling, CommandKind::Invoice, CommandKind::Tracking,
                  CommandKind::TrackingEvents, CommandKind::Cancel};
    c.paymentTransactions = true;
    return c;
}

void VtexChannelAdapter::createSync(const QString &account, QObject *parent, SyncCallback done)
{
    m_services->clientsFor(
        account, parent,
        [this, account, parent = QPointer<QObject>(parent), done](const AccountClients &clients,
                                                                  const QString &error, int kind) {
            if (!parent)
                return;
            if (!error.isEmpty() || !clients.oms) {
                done(nullptr, error, kind);
                return;
            }
            done(new OrderSynchronizer(clients.oms, m_services->orders(), account, parent), {}, 0);
        });
}

void VtexChannelAdapter::send(const Command &c, QObject *context, SendCallback done)
{
    m_services->clientsFor(c.account, context,
                           [this, c, context = QPointer<QObject>(context),
                            done](const AccountClients &clients, const QString &error, int) {
                               if (!context)
                                   return;
                               if (!clients.oms) {
                                   done(SendOutcome::retry(error));
                                   return;
                               }
                               checkThenSend(c, clients, context, done);
                           });
}

void VtexChannelAdapter::checkThenSend(const Command &c, const AccountClients &clients,
                                       QObject *context, const SendCallback &done)
{
    if (c.kind != CommandKind::Invoice && c.kind != CommandKind::Cancel) {
        sendNow(c, clients, context, done);
        return;
    }
    // Re-read the order: VTEX's state may have moved on since the command was queued.
    clients.oms->getOrder(
        c.orderId, context,
        [this, c, clients, context = QPointer<QObject>(context), done](const QJsonObject &json,
                                                                       const api::ApiError &error) {
            if (!context)
                return;
            if (!error.isNone()) {
                if (error.kind == api::ErrorKind::NotFound || error.kind == api::ErrorKind::Client)
                    done(SendOutcome::failed(
                        Tr::tr("order %1: %2").arg(c.orderId, error.userText())));
                else
                    done(SendOutcome::retry(error.userText()));
                return;
            }
            const auto parsed = decodeOrder(Channel::Vtex, json);
            if (!parsed.ok()) {
                done(SendOutcome::retry(parsed.error));
                return;
            }
            const Order &order = parsed.order;
            const OrderStatus status = orderStatusFromString(order.status);
            if (c.kind == CommandKind::Cancel) {
                if (status == OrderStatus::Canceled) {
                    done(SendOutcome::sent({}, Tr::tr("already canceled")));
                    return;
                }
                if (!order.allowCancellation || status == OrderStatus::Invoiced ||
                    !order.packages.isEmpty()) {
                    done(SendOutcome::failed(Tr::tr("order is now %1").arg(order.status)));
                    return;
                }
            } else { // invoice
                const QString number = c.payload.value("invoiceNumber"_L1).toString();
                const bool known =
                    std::any_of(order.packages.cbegin(), order.packages.cend(),
                                [&](const Package &p) { return p.invoiceNumber == number; });
                const bool output = c.payload.value("type"_L1).toString() != u"Input"_s;
                if (status == OrderStatus::Canceled || status == OrderStatus::Canceling ||
                    (output && status == OrderStatus::Invoiced && !known)) {
                    done(SendOutcome::failed(Tr::tr("order is now %1").arg(order.status)));
                    return;
                }
            }
            sendNow(c, clients, context, done);
        });
}

void VtexChannelAdapter::sendNow(const Command &c, const AccountClients &clients, QObject *context,
                                 const SendCallback &done)
{
    auto replied = [this, c, clients, context = QPointer<QObject>(context),
                    done](const api::ApiResponse &r) {
        if (!context)
            return;
        if (r.ok())
            done(SendOutcome::sent(receiptOf(r)));
        else
            handleError(c, clients, r, context, done);
    };
    const QString invoice = c.payload.value("invoiceNumber"_L1).toString();
    const QJsonObject body = c.payload.value("body"_L1).toObject();
    switch (c.kind) {
    case CommandKind::StartHandling:
        clients.oms->startHandling(c.orderId, context, replied);
        return;
    case CommandKind::Invoice:
        clients.oms->sendInvoice(c.orderId, c.payload, context, replied);
        return;
    case CommandKind::Tracking:
        clients.oms->updateInvoiceTracking(c.orderId, invoice, body, context, replied);
        return;
    case CommandKind::TrackingEvents:
        clients.oms->updateTrackingStatus(c.orderId, invoice, body, context, replied);
        return;
    case CommandKind::Cancel:
        clients.oms->cancelOrder(c.orderId, c.payload.value("reason"_L1).toString(), context,
                                 replied);
        return;
    default:
        break;
    }
    done(SendOutcome::failed(Tr::tr("unknown command kind")));
}

void VtexChannelAdapter::handleError(const Command &c, const AccountClients &clients,
                                     const api::ApiResponse &r, QObject *context,
                                     const SendCallback &done)
{
    const api::ApiError &e = r.error;
    switch (e.kind) {
    case api::ErrorKind::Network:
    case api::ErrorKind::Timeout:
    case api::ErrorKind::Server:
    case api::ErrorKind::RateLimited:
    case api::ErrorKind::Canceled:
        done(SendOutcome::retry(e.userText()));
        return;
    default:
        break;
    }
    const bool checkState =
        (c.kind == CommandKind::StartHandling && e.kind == api::ErrorKind::Conflict) ||
        c.kind == CommandKind::Cancel;
    if (!checkState) {
        done(SendOutcome::failed(e.userText()));
        return;
    }
    // A refused start-handling or cancel may mean it was already done (a lost reply, a crash).
    clients.oms->getOrder(
        c.orderId, context,
        [c, e, context = QPointer<QObject>(context), done](const QJsonObject &json,
                                                           const api::ApiError &readError) {
            if (!context)
                return;
            if (!readError.isNone()) {
                done(SendOutcome::retry(readError.userText()));
                return;
            }
            const OrderStatus s = orderStatusFromString(json.value("status"_L1).toString());
            const bool already = c.kind == CommandKind::Cancel
                                     ? s == OrderStatus::Canceled
                                     : (s == OrderStatus::Handling || s == OrderStatus::Invoice ||
                                        s == OrderStatus::Invoiced);
            if (already)
                done(SendOutcome::sent(
                    {}, Tr::tr("order already %1").arg(json.value("status"_L1).toString())));
            else
                done(SendOutcome::failed(e.userText()));
        });
}

void VtexChannelAdapter::refreshOrder(const QString &account, const QString &orderId,
                                      QObject *context, RefreshCallback done)
{
    m_services->clientsFor(
        account, context,
        [account, orderId, context = QPointer<QObject>(context),
         done](const AccountClients &clients, const QString &error, int) {
            if (!context)
                return;
            if (!clients.oms) {
                done({{}, {}, error.isEmpty() ? u"-"_s : error});
                return;
            }
            clients.oms->getOrder(
                orderId, context,
                [account, context, done](const QJsonObject &json, const api::ApiError &readError) {
                    if (!context)
                        return;
                    if (!readError.isNone()) {
                        done({{}, {}, readError.userText()});
                        return;
                    }
                    const auto parsed = decodeOrder(Channel::Vtex, json);
                    if (!parsed.ok()) {
                        done({{}, {}, parsed.error});
                        return;
                    }
                    done({summaryFromOrder(parsed.order, account),
                          QJsonDocument(json).toJson(QJsonDocument::Compact),
                          {}});
                });
        });
}

} // namespace despacho::sync
