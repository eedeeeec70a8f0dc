#pragma once

#include "core/channel.h"
#include "core/command.h"
#include "core/order.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace despacho::sync {

class ChannelSync;

// What a channel can do. Commands are intents (start handling, invoice or fiscal note, tracking,
// close, cancel…); a channel carries out some of them, each its own way. queueAction refuses a
// command whose intent the account's channel does not support, and the forms follow the same
// list.
struct ChannelCapabilities
{
    QList<CommandKind> commands;
    bool paymentTransactions = false; // the detail view can ask the channel's payment gateway
    bool supports(CommandKind kind) const { return commands.contains(kind); }
};

// How sending one command ended, as the dispatcher records it.
struct SendOutcome
{
    enum class Result
    {
        Sent,
        Retry, // a failure worth another try later (network, 5xx, credentials not readable yet)
        Failed,
    };
    Result result = Result::Failed;
    QString receipt; // Sent: the channel's receipt
    QString note;    // Sent: why nothing had to be sent ("already canceled")
    QString message; // Retry and Failed: user text

    static SendOutcome sent(const QString &receipt, const QString &note = {})
    {
        return {Result::Sent, receipt, note, {}};
    }
    static SendOutcome retry(const QString &message) { return {Result::Retry, {}, {}, message}; }
    static SendOutcome failed(const QString &message) { return {Result::Failed, {}, {}, message}; }
};

// An order read again from its channel, ready for the cache (summary + raw document).
struct RefreshedOrder
{
    OrderSummary summary;
    QByteArray raw;
    QString error; // empty when the order was read and decoded
    bool ok() const { return error.isEmpty(); }
};

// One implementation per channel (Tiled's MapFormat, one plugin per format): it syncs an
// account's orders, sends a command, reads an order again and says what it can do. Everything
// else (queues, list, outbox, audit log, detail view) is shared. Adapters are registered with
// AppServices by channel; the dispatcher and the sync runners pick one by the account's channel.
// Callbacks are delivered on `context`'s thread and dropped when it is gone.
class ChannelAdapter
{
public:
    virtual ~ChannelAdapter() = default;

    virtual Channel channel() const = 0;
    virtual ChannelCapabilities capabilities() const = 0;

    // A sync of `account`'s orders, owned by `parent`, once its credentials are read (the secret
    // store may answer later). On failure `sync` is null and `error` user text;
    // `secretErrorKind` is a security::SecretError::Kind when the secret store refused.
    using SyncCallback =
        std::function<void(ChannelSync *sync, const QString &error, int secretErrorKind)>;
    virtual void createSync(const QString &account, QObject *parent, SyncCallback done) = 0;

    // Sends `command` (its kind among capabilities().commands), with the checks its channel
    // needs before (a fresh read of the order) and after (a refusal that means "already done").
    // Every command must be safe to send again after a crash or a lost reply.
    using SendCallback = std::function<void(const SendOutcome &outcome)>;
    virtual void send(const Command &command, QObject *context, SendCallback done) = 0;

    // The order as its channel has it now.
    using RefreshCallback = std::function<void(const RefreshedOrder &order)>;
    virtual void refreshOrder(const QString &account, const QString &orderId, QObject *context,
                              RefreshCallback done) = 0;
};

} // namespace despacho::sync
