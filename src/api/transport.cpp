#include "api/transport.h"

#include "api/hostlimiter.h"
#include "api/redaction.h"
#include "api/replyclassifier.h"
#include "api/urlpolicy.h"

#include <QAuthenticator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>

namespace despacho::api {

namespace {
Q_LOGGING_CATEGORY(lcTransport, "despacho.api.transport")
} // namespace

struct Transport::Pending
{
    enum class State
    {
        Queued,
        InFlight,
        Backoff
    };

    quint64 id = 0;
    ApiRequest request;
    QString hostKey;
    QString label; // redacted, for logs and error details
    bool hasContext = false;
    QPointer<QObject> context;
    Callback done;
    QMetaObject::Connection contextWatch;
    QPointer<QNetworkReply> reply;
    State state = State::Queued;
    int attempts = 0;
    int failedAttempts = 0;
    int rateLimited = 0;
    qint64 attemptStartedMs = 0;
    int lane = 0; // the manager the attempt in flight went through
};

struct Transport::Host
{
    Host(int ratePerMinute, int maxConcurrency)
        : limiter(ratePerMinute, maxConcurrency)
    {
        timer.setSingleShot(true);
        timer.setTimerType(Qt::PreciseTimer);
    }
    enum class Protocol
    {
        Unknown,
        Http1,
        Http2
    };
    HostLimiter limiter;
    std::deque<quint64> queue;
    QTimer timer;
    Protocol protocol = Protocol::Unknown; // what its last reply came over
    std::vector<int> laneLoad;             // attempts in flight per lane
};

Transport::Transport(QNetworkAccessManager *nam, TransportSettings settings, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_lanes(std::max(1, (settings.maxConcurrency + kConnectionsPerManager - 1) /
                              kConnectionsPerManager))
{
    m_clock.start();
    if (nam) {
        connect(nam, &QObject::destroyed, this, [this](QObject *gone) {
            // The extra managers forward their signals to the injected one, which is half
            // destroyed by now (no longer a QNetworkAccessManager): cut those connections before
            // aborting replies makes the extra managers emit finished (UBSan: bad downcast).
            for (QNetworkAccessManager *extra : m_extraManagers)
                disconnect(extra, nullptr, gone, nullptr);
            std::vector<quint64> ids;
            for (const auto &[id, pending] : m_pending)
                ids.push_back(id);
            for (const quint64 id : ids)
                abandon(id, true, QStringLiteral("network access manager destroyed"));
        });
    }
}

Transport::~Transport()
{
    for (auto &[id, pending] : m_pending) {
        if (pending->reply) {
            QNetworkReply *reply = pending->reply;
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
        QObject::disconnect(pending->contextWatch);
        if (pending->hasContext && pending->context && pending->done) {
            ApiResponse response;
            response.attempts = pending->attempts;
            response.error.kind = ErrorKind::Canceled;
            response.error.detail = pending->label + u": transport destroyed";
            QMetaObject::invokeMethod(
                pending->context.data(), [done = pending->done, response] { done(response); },
                Qt::QueuedConnection);
        }
    }
}

Transport::Host &Transport::host(const QString &key)
{
    auto it = m_hosts.find(key);
    if (it == m_hosts.end()) {
        const auto rate = m_rateOverrides.find(key);
        auto created = std::make_unique<Host>(
            rate != m_rateOverrides.end() ? rate->second : m_settings.ratePerMinute,
            m_settings.maxConcurrency);
        connect(&created->timer, &QTimer::timeout, this, [this, key] { pump(key); });
        it = m_hosts.emplace(key, std::move(created)).first;
    }
    return *it->second;
}

quint64 Transport::send(ApiRequest request, QObject *context, Callback done)
{
    const quint64 id = m_nextId++;
    auto pending = std::make_unique<Pending>();
    pending->id = id;
    pending->hostKey = request.limitKey.isEmpty() ? hostKey(request.url)
                                                  : QStringLiteral("limit:") + request.limitKey;
    if (request.ratePerMinute >= 0 && !m_hosts.contains(pending->hostKey))
        m_rateOverrides.insert_or_assign(pending->hostKey, request.ratePerMinute);
    const QString where =
        QString::fromLatin1(request.method) + u' ' + redactedUrl(request.url, request.redactQuery);
    pending->label = request.operation.isEmpty() ? where : request.operation + u" (" + where + u')';
    pending->request = std::move(request);
    pending->hasContext = context != nullptr;
    pending->context = context;
    pending->done = std::move(done);
    Pending &p = *pending;
    m_pending.emplace(id, std::move(pending));

    const QString problem =
        urlPolicyProblem(p.request.url, m_settings.allowInsecureLoopback, p.request.redactQuery);
    if (!problem.isEmpty() || !m_nam) {
        ApiResponse response;
        response.error.kind = problem.isEmpty() ? ErrorKind::Network : ErrorKind::InsecureUrl;
        response.error.detail =
            problem.isEmpty() ? p.label + u": no network access manager" : problem;
        finish(id, response);
        return id;
    }
    if (context) {
        p.contextWatch =
            connect(context, &QObject::destroyed, this, [this, id] { abandon(id, false); });
    }
    host(p.hostKey).queue.push_back(id);
    pump(p.hostKey);
    return id;
}

void Transport::cancel(quint64 id)
{
    abandon(id, true);
}

void Transport::cancelAll()
{
    std::vector<quint64> ids;
    ids.reserve(m_pending.size());
    for (const auto &[id, pending] : m_pending)
        ids.push_back(id);
    for (const quint64 id : ids)
        abandon(id, true);
}

void Transport::abandon(quint64 id, bool notify, const QString &why)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = *it->second;
    const QString key = p.hostKey;
    const bool wasInFlight = p.state == Pending::State::InFlight;
    if (wasInFlight) {
        if (QNetworkReply *reply = p.reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
        p.reply = nullptr;
        leaveWire(p, host(key));
    }
    if (notify) {
        ApiResponse response;
        response.attempts = p.attempts;
        response.error.kind = ErrorKind::Canceled;
        response.error.detail =
            p.label + u": " + (why.isEmpty() ? QStringLiteral("canceled") : why);
        finish(id, response);
    } else {
        qCDebug(lcTransport).noquote() << "abandoned (context destroyed):" << p.label;
        QObject::disconnect(p.contextWatch);
        m_pending.erase(it);
    }
    if (wasInFlight)
        pump(key);
}

void Transport::pump(const QString &key)
{
    Host &h = host(key);
    while (!h.queue.empty()) {
        const quint64 id = h.queue.front();
        auto it = m_pending.find(id);
        if (it == m_pending.end() || it->second->state != Pending::State::Queued) {
            h.queue.pop_front(); // canceled or abandoned while waiting
            continue;
        }
        if (!h.limiter.concurrencyAvailable())
            return; // the next finished request pumps again
        const qint64 delay = h.limiter.delayUntilNextStart(now());
        if (delay > 0) {
            h.timer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
            return;
        }
        h.queue.pop_front();
        startAttempt(*it->second, h);
    }
}

int Transport::chooseLane(const Pending &p, Host &h) const
{
    if (int(h.laneLoad.size()) < m_lanes)
        h.laneLoad.resize(m_lanes, 0);
    const bool tls = p.request.url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    if (m_lanes == 1 || (tls && h.protocol != Host::Protocol::Http1))
        return 0; // HTTP/2, or not known yet: one connection may carry every request
    int best = 0;
    for (int lane = 1; lane < m_lanes; ++lane) {
        if (h.laneLoad[lane] < h.laneLoad[best])
            best = lane;
    }
    return best;
}

QNetworkAccessManager *Transport::manager(int lane)
{
    if (lane == 0)
        return m_nam;
    while (int(m_extraManagers.size()) < lane) {
        auto *extra = new QNetworkAccessManager(this);
        extra->setProxy(m_nam->proxy());
        extra->setRedirectPolicy(m_nam->redirectPolicy());
        extra->setTransferTimeout(m_nam->transferTimeout());
        extra->setStrictTransportSecurityEnabled(m_nam->isStrictTransportSecurityEnabled());
        extra->setAutoDeleteReplies(m_nam->autoDeleteReplies());
        using M = QNetworkAccessManager;
        connect(extra, &M::finished, m_nam.data(), &M::finished);
        connect(extra, &M::authenticationRequired, m_nam.data(), &M::authenticationRequired);
        connect(extra, &M::proxyAuthenticationRequired, m_nam.data(),
                &M::proxyAuthenticationRequired);
#if QT_CONFIG(ssl)
        connect(extra, &M::encrypted, m_nam.data(), &M::encrypted);
        connect(extra, &M::sslErrors, m_nam.data(), &M::sslErrors);
        connect(extra, &M::preSharedKeyAuthenticationRequired, m_nam.data(),
                &M::preSharedKeyAuthenticationRequired);
#endif
        m_extraManagers.push_back(extra);
        qCDebug(lcTransport) << "network manager" << m_extraManagers.size() + 1 << "of" << m_lanes
                             << "created";
    }
    return m_extraManagers[lane - 1];
}

void Transport::leaveWire(Pending &p, Host &h)
{
    h.limiter.onFinish();
    if (p.lane < int(h.laneLoad.size()) && h.laneLoad[p.lane] > 0)
        --h.laneLoad[p.lane];
}

void Transport::startAttempt(Pending &p, Host &h)
{
    const ApiRequest &r = p.request;
    QNetworkRequest request(r.url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("User-Agent", "Despacho");
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    // Qt's default, said here: offer "h2" in the TLS handshake and use it if the server agrees.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);

    p.lane = chooseLane(p, h);
    ++h.laneLoad[p.lane];
    QNetworkAccessManager *nam = manager(p.lane);
    QNetworkReply *reply = nullptr;
    if (r.method == "GET")
        reply = nam->get(request);
    else if (r.method == "POST")
        reply = nam->post(request, r.body);
    else if (r.method == "PUT")
        reply = nam->put(request, r.body);
    else
        reply = nam->sendCustomRequest(request, r.method, r.body);

    p.reply = reply;
    p.state = Pending::State::InFlight;
    p.attemptStartedMs = now();
    ++p.attempts;
    ++m_attemptsSent;
    h.limiter.onStart(now());
    const quint64 id = p.id;
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    if (lcTransport().isDebugEnabled()) {
        QList<std::pair<QByteArray, QByteArray>> sent;
        const auto names = request.rawHeaderList();
        for (const QByteArray &name : names)
            sent.append({name, request.rawHeader(name)});
        qCDebug(lcTransport).noquote() << "->" << p.label << "attempt" << p.attempts
                                       << "headers:" << redactedHeaders(sent, r.secretHeaders);
    }
}

void Transport::onReplyFinished(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = *it->second;
    QNetworkReply *reply = p.reply;
    p.reply = nullptr;
    const QString key = p.hostKey;
    Host &h = host(key);
    leaveWire(p, h);
    if (!reply) {
        pump(key);
        return;
    }

    ReplyFacts facts = readReplyFacts(reply, p.request);
    reply->deleteLater();
    if (facts.httpStatus > 0)
        h.protocol = facts.http2 ? Host::Protocol::Http2 : Host::Protocol::Http1;
    ReplyOutcome out;
    ApiResponse response = responseFromFacts(std::move(facts), p.label, p.attempts, &out);
    const qint64 elapsed = now() - p.attemptStartedMs;

    qCDebug(lcTransport).noquote()
        << "<-" << p.label << (response.http2 ? "HTTP/2" : "HTTP") << response.httpStatus << "in"
        << elapsed << "ms, attempt" << p.attempts << "," << response.body.size() << "bytes"
        << (response.ok() ? QString() : response.error.logText());

    bool retry = false;
    int delayMs = 0;
    switch (out.retry) {
    case RetryClass::RateLimited:
        if (p.rateLimited < m_settings.max429Retries) {
            ++p.rateLimited;
            const int pauseMs = out.retryAfterMs >= 0
                                    ? std::min(out.retryAfterMs, m_settings.maxRetryAfterMs)
                                    : m_settings.pauseOn429Ms;
            ++m_retries;
            p.state = Pending::State::Queued;
            h.queue.push_front(id);
            if (now() + pauseMs > h.limiter.pausedUntil()) {
                h.limiter.pauseUntil(now() + pauseMs);
                ++m_pauses429;
                qCInfo(lcTransport).noquote()
                    << "HTTP 429 from" << key << "- pausing the host for" << pauseMs << "ms";
                Q_EMIT hostPaused(key, pauseMs);
            }
            pump(key);
            return;
        }
        break;
    case RetryClass::IfRetryable:
        retry = p.request.retryable;
        break;
    case RetryClass::Always:
        retry = true;
        break;
    case RetryClass::No:
        break;
    }

    if (retry) {
        ++p.failedAttempts;
        if (p.failedAttempts < m_settings.maxAttempts) {
            delayMs = backoffDelayMs(p.failedAttempts);
            if (out.retryAfterMs > 0)
                delayMs = std::max(delayMs, std::min(out.retryAfterMs, m_settings.backoffMaxMs));
            ++m_retries;
            p.state = Pending::State::Backoff;
            qCInfo(lcTransport).noquote() << "retrying" << p.label << "in" << delayMs << "ms after"
                                          << response.error.logText();
            QTimer::singleShot(delayMs, this, [this, id] { requeue(id); });
            pump(key);
            return;
        }
    }
    finish(id, std::move(response));
    pump(key);
}

void Transport::requeue(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || it->second->state != Pending::State::Backoff)
        return;
    it->second->state = Pending::State::Queued;
    const QString key = it->second->hostKey;
    host(key).queue.push_front(id);
    pump(key);
}

void Transport::finish(quint64 id, ApiResponse response)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    std::unique_ptr<Pending> p = std::move(it->second);
    m_pending.erase(it);
    QObject::disconnect(p->contextWatch);
    if (response.attempts == 0)
        response.attempts = p->attempts;

    if (response.ok()) {
        qCDebug(lcTransport).noquote()
            << "done:" << p->label << "after" << p->attempts << "attempt(s)";
    } else if (response.error.kind == ErrorKind::Canceled) {
        qCDebug(lcTransport).noquote() << "canceled:" << p->label;
    } else if (response.error.kind == ErrorKind::NotFound ||
               response.error.kind == ErrorKind::Conflict) {
        // Business answers ("no such order", "wrong state"), not faults of the connection.
        qCInfo(lcTransport).noquote()
            << "answered after" << p->attempts << "attempt(s):" << response.error.logText();
    } else {
        qCWarning(lcTransport).noquote()
            << "failed after" << p->attempts << "attempt(s):" << response.error.logText();
    }

    if (!p->done)
        return;
    QObject *target = p->hasContext ? p->context.data() : this;
    if (!target)
        return; // the context died: nobody is waiting any more
    QMetaObject::invokeMethod(
        target, [done = std::move(p->done), response = std::move(response)] { done(response); },
        Qt::QueuedConnection);
}

int Transport::backoffDelayMs(int failedAttempts) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 30);
    const qint64 ceiling =
        std::min<qint64>(m_settings.backoffMaxMs, qint64(m_settings.backoffBaseMs) << exponent);
    if (ceiling <= 0)
        return 0;
    // Full jitter (AWS architecture blog): uniform in [0, ceiling].
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

} // namespace despacho::api
