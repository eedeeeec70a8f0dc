#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace despacho {

// A remote change someone asked for. It is written to the outbox (with its audit line) before the
// network sees it, then sent, retried, and ends sent, failed or discarded.
//
// Kinds are intents; each channel carries out those it can (ChannelCapabilities):
enum class CommandKind
{
    StartHandling,  // VTEX: POST …/start-handling
    Invoice,        // VTEX: POST …/invoice; e-vendi: saveOrderFiscalNote (the fiscal note's URL)
    Tracking,       // VTEX: PATCH …/invoice/{n}; e-vendi: saveOrderTrackingCode
    TrackingEvents, // VTEX: PUT …/invoice/{n}/tracking
    Cancel,         // VTEX: POST …/cancel; e-vendi: cancelOrder (refused orders only)
    Close,          // e-vendi: closeOrder
    Refund,         // e-vendi: reverse-order
    Unknown,
};
QString commandKindToString(CommandKind kind);
CommandKind commandKindFromString(const QString &text);
QString commandKindDisplayName(CommandKind kind); // translated

enum class CommandState
{
    Pending,
    Sending,
    Retrying,
    Sent,
    Failed,
    Discarded
};
QString commandStateToString(CommandState state);
CommandState commandStateFromString(const QString &text);
QString commandStateDisplayName(CommandState state); // translated
inline bool isFinalState(CommandState s)
{
    return s == CommandState::Sent || s == CommandState::Failed || s == CommandState::Discarded;
}

struct Command
{
    qint64 id = 0;
    CommandKind kind = CommandKind::Unknown;
    QString account;
    QString orderId;
    // What the dispatcher needs to build the request. Its "transient" member (a refund's bank
    // account) is kept only while the command may still be sent: the outbox removes it when the
    // command is sent, fails or is discarded.
    QJsonObject payload;
    QString idempotencyKey;
    QString operatorName;
    QString supervisor;
    QDateTime createdAt;
    CommandState state = CommandState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString receipt;
    QDateTime updatedAt;
};

} // namespace despacho
