#pragma once

#include "api/apitypes.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace despacho::sync {

struct SyncOptions
{
    QStringList statuses;          // the channel's statuses; empty: the channel's defaults
    QDateTime since;               // creation date from (UTC); invalid: 90 days ago
    QDateTime until;               // creation date to; invalid: now
    int concurrency = 8;           // requests in flight for this sync
    int refreshMinutes = 15;       // re-fetch non-final orders whose detail is older than this
    int maxResultsPerSlice = 3000; // VTEX: 30 pages x 100
};

struct SyncProgress
{
    int ordersListed = 0;
    int detailsQueued = 0;
    int detailsDone = 0;
    int failures = 0;
    int pagesDone = 0;
    int pagesQueued = 0;
};

struct SyncReport
{
    QString account;
    int ordersListed = 0;
    int detailsFetched = 0;
    int failures = 0;
    QStringList messages; // one per failure or warning, naming the account and the order
    bool canceled = false;
    api::ApiError fatalError; // authentication or similar: the sync stopped
    qint64 elapsedMs = 0;
    bool ok() const { return failures == 0 && !canceled && fatalError.isNone(); }
};

// One account's sync, whatever its channel: the GUI's sync controller and despacho-cli sync run
// these without knowing how a channel lists and fetches its orders. Each channel adapter makes its
// own (VTEX: OrderSynchronizer).
class ChannelSync : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start(const SyncOptions &options) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    virtual QString account() const = 0;

Q_SIGNALS:
    void progressChanged(const despacho::sync::SyncProgress &progress);
    void orderFailed(const QString &orderId, const QString &message);
    void finished(const despacho::sync::SyncReport &report);
};

} // namespace despacho::sync

Q_DECLARE_METATYPE(despacho::sync::SyncProgress)
Q_DECLARE_METATYPE(despacho::sync::SyncReport)
