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
#include <vector>

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
//
// Connections: Qt 6.4 opens at most kConnectionsPerManager HTTP/1.1 connections to one host per
// QNetworkAccessManager (a fixed number; QHttp1Configuration only came in Qt 6.5), and each
// manager keeps its own connection pool. So that maxConcurrency really is the number of requests
// on the wire, the transport spreads HTTP/1.1 requests over ceil(maxConcurrency / 6) managers:
// the injected one and extra ones it creates on first need, with the injected one's proxy,
// redirect policy, transfer timeout and HSTS setting, and whose sslErrors, authentication and
// finished signals are forwarded to the injected one. HTTP/2 is allowed on every request (TLS with
// ALPN "h2"): one connection then carries all the streams, so an https host stays on the injected
// manager until one of its replies shows that it speaks HTTP/1.1.
class Transport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;
    static constexpr int kConnectionsPerManager = 6;

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
    int managerCount() const { return 1 + int(m_extraManagers.size()); } // created so far

Q_SIGNALS:
    void hostPaused(const QString &host, int milliseconds); // on 429

private:
    struct Pending;
    struct Host;

    Host &host(const QString &key);
    void pump(const QString &key);
    void startAttempt(Pending &pending, Host &host);
    int chooseLane(const Pending &pending, Host &host) const;
    QNetworkAccessManager *manager(int lane);
    void leaveWire(Pending &pending, Host &host); // an attempt is no longer on the wire
    void onReplyFinished(quint64 id);
    void requeue(quint64 id);
    void finish(quint64 id, ApiResponse response);
    void abandon(quint64 id, bool notify, const QString &why = {});
    int backoffDelayMs(int failedAttempts) const;
    qint64 now() const { return m_clock.elapsed(); }

    QPointer<QNetworkAccessManager> m_nam;
    std::vector<QNetworkAccessManager *> m_extraManagers; // lanes 1.., children of the transport
    TransportSettings m_settings;
    std::unordered_map<QString, int> m_rateOverrides; // ApiRequest::ratePerMinute, by key
    int m_lanes = 1; // managers HTTP/1.1 traffic to one host is spread over
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Pending>> m_pending;
    std::unordered_map<QString, std::unique_ptr<Host>> m_hosts;
    qint64 m_attemptsSent = 0;
    qint64 m_retries = 0;
    qint64 m_pauses429 = 0;
};

} // namespace despacho::api
