#pragma once

#include "sync/channeladapter.h"

#include <QJsonObject>

namespace despacho::api {
class EvendiClient;
struct ApiError;
} // namespace despacho::api

namespace despacho::sync {

class AppServices;

// e-vendi behind the channel seam: EvendiClient (from AppServices, one per account) and
// EvendiSynchronizer.
//
// Intents and their payloads (what the outbox keeps):
//  - Tracking {"trackingCode"}: saveOrderTrackingCode;
//  - Invoice {"fiscalNoteUrl"} (https only): saveOrderFiscalNote;
//  - Close {}: closeOrder;
//  - Cancel {"reason"} (for the audit log; e-vendi takes none): cancelOrder, refused orders only;
//  - Refund {"reason", "withBank", "transient": {"bank": {…}}}: reverse-order, the bank account
//    for a boleto payment; the outbox drops "transient" once the command is sent or has failed,
//    so a failed refund with a bank account must be queued again, not retried.
//
// Every command is safe to send again: tracking code and fiscal note set absolute values; before
// close, cancel and refund the order's status is read again (getOrderById for its number, then
// searchOrders for the status, which the order object lacks) and an order already closed,
// canceled or refunded counts as done, while one whose status no longer allows it fails with
// "order is now …" and nothing is sent. A refusal (400) of one of those three is checked the
// same way: it may mean that an earlier attempt got through and its reply was lost.
class EvendiChannelAdapter : public ChannelAdapter
{
public:
    explicit EvendiChannelAdapter(AppServices *services);

    Channel channel() const override { return Channel::Evendi; }
    ChannelCapabilities capabilities() const override;
    void createSync(const QString &account, QObject *parent, SyncCallback done) override;
    void send(const Command &command, QObject *context, SendCallback done) override;
    void refreshOrder(const QString &account, const QString &orderId, QObject *context,
                      RefreshCallback done) override;

    // The order as e-vendi has it now: evendiDocument(order, status, search row), or the error.
    using DocumentCallback =
        std::function<void(const QJsonObject &document, const api::ApiError &error)>;
    static void readDocument(api::EvendiClient *client, const QString &orderId, QObject *context,
                             DocumentCallback done);

private:
    void sendNow(const Command &c, api::EvendiClient *client, QObject *context,
                 const SendCallback &done);

    AppServices *m_services;
};

} // namespace despacho::sync
