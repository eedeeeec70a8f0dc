#pragma once

#include "api/apitypes.h"
#include "api/urlpolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace despacho::api {

// Sends ApiRequests through an injected QNetworkAccessManager with, per host, a rate limiter
// (token bucket + 60-s window), a concurrency gate and a 429 pause; retries with exponential
// backoff and full jitter; maps every outcome to an ApiError. Lives on the thread of its
// QNetworkAccessManager and is used from that thread only.
//
// Hosts are keyed by hostKey() ("host:port", lower case), so two sandboxes on different ports
// are separate hosts.
class Transport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    Transport(QNetworkAccessManager *nam, TransportSettings settings, QObject *parent = nullptr);
    ~Transport() override;

    // Calls done(response) exactly once, queued on the thread of `context` (never from inside
    // send()), unless `context` is destroyed first — then the request is abandoned. A null
    // context means the transport itself. Returns an id for cancel().
    quint64 send(ApiRequest request, QObject *context, Callback done);
    void cancel(quint64 id); // done() gets ErrorKind::Canceled; unknown or finished ids: no-op
    void cancelAll();

    const TransportSettings &settings() const { return m_settings; }
    qint64 attemptsSent() const { return m_attemptsSent; }
    qint64 retries() const { return m_retries; }
    qint64 pauses429() const { return m_pauses429; }
    int pendingCount() const { return int(m_pending.size()); } // queued, in flight or waiting

Q_SIGNALS:
    void hostPaused(const QString &host, int milliseconds); // on 429

private:
    struct Pending;
    struct Host;

    Host &host(const QString &key);
    void pump(const QString &key);
    void startAttempt(Pending &pending, Host &host);
    void onReplyFinished(quint64 id);
    void requeue(quint64 id);
    void finish(quint64 id, ApiResponse response);
    void abandon(quint64 id, bool notify, const QString &why = {});
    int backoffDelayMs(int failedAttempts) const;
    qint64 now() const { return m_clock.elapsed(); }

    QPointer<QNetworkAccessManager> m_nam;
    TransportSettings m_settings;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Pending>> m_pending;
    std::unordered_map<QString, std::unique_ptr<Host>> m_hosts;
    qint64 m_attemptsSent = 0;
    qint64 m_retries = 0;
    qint64 m_pauses429 = 0;
};

} // namespace despacho::api
