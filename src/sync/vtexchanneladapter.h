#pragma once

#include "sync/channeladapter.h"

namespace despacho::api {
struct ApiResponse;
} // namespace despacho::api

namespace despacho::sync {

class AppServices;
struct AccountClients;

// VTEX behind the channel seam: today's OMS and payments clients (from AppServices, one pair per
// account) and OrderSynchronizer.
//
// Every command kind is safe to send again after a crash or a lost reply:
//  - invoice: VTEX renews the receipt for a repeated invoice number;
//  - start-handling: a 409 is checked against the order's state and counts as done when the order
//    is already past ready-for-handling;
//  - cancel: an already canceled order counts as done;
//  - tracking (PATCH) and tracking events (PUT) set absolute values.
// Before an invoice or a cancel, the order is re-read; when VTEX's state no longer allows it, the
// command fails with "order is now <status>" and nothing is sent.
class VtexChannelAdapter : public ChannelAdapter
{
public:
    explicit VtexChannelAdapter(AppServices *services);

    Channel channel() const override { return Channel::Vtex; }
    ChannelCapabilities capabilities() const override;
    void createSync(const QString &account, QObject *parent, SyncCallback done) override;
    void send(const Command &command, QObject *context, SendCallback done) override;
    void refreshOrder(const QString &account, const QString &orderId, QObject *context,
                      RefreshCallback done) override;

private:
    void checkThenSend(const Command &c, const AccountClients &clients, QObject *context,
                       const SendCallback &done);
    void sendNow(const Command &c, const AccountClients &clients, QObject *context,
                 const SendCallback &done);
    void handleError(const Command &c, const AccountClients &clients, const api::ApiResponse &r,
                     QObject *context, const SendCallback &done);

    AppServices *m_services;
};

} // namespace despacho::sync
