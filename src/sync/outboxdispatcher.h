#pragma once

#include "core/command.h"

#include <QHash>
#include <QJsonObject>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace despacho::sync {

class AppServices;

struct DispatcherSettings
{
    int maxInFlight = 8;    // commands in flight (different orders; one per order)
    int retryBaseMs = 5000; // outbox-level retry after the transport gave up
    int retryMaxMs = 10 * 60 * 1000;
    int pollMs = 2000; // look for commands queued by another process
};

// Sends the outbox. One dispatcher per data directory, held by a QLockFile; a second process
// still queues commands (they are on disk at once) and leaves sending to the holder.
//
// Each command goes to the channel adapter of its account's channel (AppServices::
// adapterForAccount), which sends it its channel's way and reads the order back afterwards; a
// command whose intent that channel cannot carry out fails without being sent. Every adapter's
// commands are safe to send again after a crash or a lost reply (see VtexChannelAdapter).
class OutboxDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit OutboxDispatcher(AppServices *services, DispatcherSettings settings = {},
                              QObject *parent = nullptr);
    ~OutboxDispatcher() override;

    // Takes the data directory's dispatcher lock and starts sending. False (with a reason) when
    // another process holds it.
    bool start(QString *error = nullptr);
    // Waits for the lock instead of giving up (CLI --wait).
    bool isActive() const { return m_active; }
    void wake(); // something was queued
    int inFlight() const { return int(m_inFlight.size()); }
    qint64 sentCount() const { return m_sent; }
    qint64 retryCount() const { return m_retries; }

Q_SIGNALS:
    void commandChanged(qint64 id, despacho::CommandState state);
    void idle(); // nothing in flight and nothing due now
    // The channel's answer to a command was followed by a fresh read of the order, now in the
    // cache.
    void orderRefreshed(const QString &account, const QString &orderId);
    // The outbox or the order cache could not be read or written (user text, once per distinct
    // failure until a read works again). The dispatcher keeps polling: a command whose outcome
    // could not be written stays "sending" and is resumed on the next start (every kind is
    // retry-safe), one whose state could not be read is not sent.
    void storageError(const QString &message);

private:
    void pump();
    void dispatch(const Command &command);
    void succeed(const Command &command, const QString &receipt, const QString &note = {});
    void fail(const Command &command, const QString &message);
    void retryLater(const Command &command, const QString &message);
    void finished(const Command &command, CommandState outcome);
    void scheduleNext();
    void reportStorageError(const QString &error);

    AppServices *m_services;
    DispatcherSettings m_settings;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    bool m_active = false;
    bool m_pumping = false;
    QSet<qint64> m_inFlight;
    QSet<QString> m_busyOrders; // account + '\n' + orderId
    qint64 m_sent = 0;
    qint64 m_retries = 0;
    QString m_lastStorageError; // the one last reported, so a broken file is said once
};

} // namespace despacho::sync
