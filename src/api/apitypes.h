#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QSet>
#include <QString>
#include <QUrl>

#include <utility>

namespace despacho::api {

// Injected into the transport so tests can use milliseconds where production uses seconds.
struct TransportSettings
{
    int timeoutMs = 30000;    // per attempt (QNetworkRequest::setTransferTimeout)
    int maxAttempts = 5;      // for retryable failures (5xx, timeout, dropped connection...)
    int backoffBaseMs = 500;  // exponential backoff with full jitter...
    int backoffMaxMs = 30000; // ...capped here
    int pauseOn429Ms = 60000; // when a 429 has no Retry-After (VTEX advice)
    int ratePerMinute = 6000; // per host (VTEX: 6,000 requests/min per account); 0 = unlimited
    int maxConcurrency = 8;   // in-flight requests per host
    bool allowInsecureLoopback = true; // http only for 127.0.0.1/localhost/::1; else https
    // A 429 does not use up maxAttempts; this separate, generous cap stops a server that never
    // stops answering 429 from holding a request forever.
    int max429Retries = 10;
    // Longest pause a Retry-After may impose (a bogus date must not freeze a host for days).
    int maxRetryAfterMs = 15 * 60 * 1000;
};

enum class ErrorKind
{
    None,
    Network,
    Timeout,
    Authentication,
    NotFound,
    Conflict,
    RateLimited,
    Server,
    Client,
    InvalidReply,
    InsecureUrl,
    Canceled
};

// Stable English identifier ("network", "timeout"...) for logs, JSON output and tests.
QString errorKindName(ErrorKind kind);

struct ApiError
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString serverMessage; // from the server's JSON body (error.message / message / Message)
    QString detail;        // technical detail, already redacted

    bool isNone() const { return kind == ErrorKind::None; }
    // The one place that turns failures into text for people (translated at call time).
    QString userText() const;
    // userText() plus the technical detail, for logs and the CLI's verbose mode.
    QString logText() const;
};

struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers
    QByteArray body;                                  // JSON, may be empty
    QSet<QByteArray> secretHeaders;                   // header names to redact in logs
    bool redactQuery = false;                         // e-vendi puts the token in the query
    // false for non-idempotent writes: such a request is resent only when it certainly did not
    // reach the server (connection refused, host not found, 429); never after a timeout, a
    // dropped connection or a 5xx, because the server may have acted on it already.
    bool retryable = true;
    QString operation; // optional, for log lines and error details ("get order v1-01")
    // Requests with the same key share one rate limiter and concurrency gate (every e-vendi
    // organization is on one host: the key is the account); empty: the URL's host and port.
    QString limitKey;
    int ratePerMinute = -1; // the key's rate when it is first seen; -1: the transport's setting
};

struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonDocument json; // parsed when the body is JSON
    QList<QNetworkReply::RawHeaderPair> headers;
    int attempts = 0;
    bool http2 = false; // the last attempt's reply came over HTTP/2 (TLS with ALPN "h2")
    ApiError error;     // kind None on success

    bool ok() const { return error.isNone(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

} // namespace despacho::api
