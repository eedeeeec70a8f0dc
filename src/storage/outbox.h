#pragma once

#include "core/command.h"
#include "storage/auditlog.h"

#include <QList>
#include <QString>

#include <optional>

namespace despacho::storage {

class Database;

struct OutboxFilter
{
    QList<CommandState> states; // empty: all
    QString account;
    QString orderId;
    QDateTime updatedSince; // e.g. "sent today"
    int limit = 1000;
};

// The outbox: commands and their state. Every state change that a person caused, and every
// outcome, is written together with its audit line in one transaction.
class Outbox
{
public:
    explicit Outbox(Database *db);

    // Writes the command and its audit line atomically; returns the new id (0 on failure, with
    // the reason in *error). A second command with the same idempotency key is refused.
    qint64 enqueue(const Command &command, AuditEntry audit, QString *error);
    // Writes an ordered chain of commands for one order (e.g. start handling, then the invoice)
    // with their audit lines in one transaction, and only if that order has no unfinished
    // command: VTEX can leave an order stuck when, say, a cancel races an invoice. Returns the
    // ids in order; empty with the reason in *error (*busy true when the order was not free).
    QList<qint64> enqueueChain(const QList<std::pair<Command, AuditEntry>> &chain, QString *error,
                               bool *busy = nullptr);

    // Reads. A read that failed is logged (despacho.storage.outbox), puts the database's message
    // in *error and returns nullopt, an empty list, -1 or an invalid time as said; one that
    // worked clears *error. So "nothing there" is only ever an answer when *error is empty.
    std::optional<Command> find(qint64 id, QString *error = nullptr) const;
    QList<Command> list(const OutboxFilter &filter = {},
                        QString *error = nullptr) const;                   // newest first
    int count(const OutboxFilter &filter, QString *error = nullptr) const; // -1 on failure
    // The commands of one kind for a batch of orders (account, order id), newest first: what an
    // import checks each row against, in one query instead of one per row.
    QList<Command> listForOrders(CommandKind kind, const QList<std::pair<QString, QString>> &orders,
                                 QString *error = nullptr) const;
    // Commands ready to send at `now`: pending or retrying and due, and the oldest unfinished one
    // of their order, so one order's commands go out in the order they were made.
    QList<Command> due(const QDateTime &now, int limit, QString *error = nullptr) const;
    // Earliest next_attempt_at of retrying commands (invalid when none, or on failure).
    QDateTime nextRetryAt(QString *error = nullptr) const;
    int countByState(CommandState state, QString *error = nullptr) const; // -1 on failure
    // Commands of this order still to send (pending, sending or retrying); -1 when the database
    // could not be read (never "nothing waiting").
    int unfinishedForOrder(const QString &account, const QString &orderId,
                           QString *error = nullptr) const;

    // State changes, each in one transaction with its audit line where it has one. False with
    // the reason in *error when the statement failed (logged) or when the command is not in a
    // state the change starts from (not logged: a race another change won):
    //   pending, retrying -> sending (markSending, attempts + 1)
    //   sending -> retrying (markRetry), sent (markSent), failed (markFailed)
    //   failed, retrying -> pending (retry, by a person)
    //   pending, retrying, failed -> discarded (discard, by a supervisor)
    // Sent and discarded are final.
    bool markSending(qint64 id, QString *error);
    bool markRetry(qint64 id, const QDateTime &at, const QString &lastError, QString *error);
    bool markSent(qint64 id, const QString &receipt, const AuditEntry &audit, QString *error);
    bool markFailed(qint64 id, const QString &message, const AuditEntry &audit, QString *error);
    // Person-driven: a failed or waiting command goes back to pending / is dropped.
    bool retry(qint64 id, const AuditEntry &audit, QString *error);
    bool discard(qint64 id, const AuditEntry &audit, QString *error);
    // After a crash, commands left "sending" may or may not have reached VTEX; every command kind
    // is retry-safe (see the dispatcher), so they go back to the queue as retrying, due at once,
    // keeping their attempts. Returns how many, -1 on failure.
    int recoverInterrupted(QString *error);

private:
    bool transition(qint64 id, CommandState to, const QString &setSql, const QVariantList &binds,
                    const QList<CommandState> &from, const AuditEntry *audit, QString *error);
    Database *m_db;
};

} // namespace despacho::storage
