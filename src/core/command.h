#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace despacho {

// A remote change someone asked for. It is written to the outbox (with its audit line) before the
// network sees it, then sent, retried, and ends sent, failed or discarded.
enum class CommandKind
{
    StartHandling,
    Invoice,
    Tracking,       // PATCH …/invoice/{n}: tracking number, courier, URL
    TrackingEvents, // PUT …/invoice/{n}/tracking
    Cancel,
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
    QJsonObject payload; // what the dispatcher needs to build the request
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
