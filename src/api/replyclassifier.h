#pragma once

#include "api/apitypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QString>

namespace despacho::api {

// What the transport learned from one attempt, detached from QNetworkReply so the decision
// table below can be tested with plain values.
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; // already redacted
    int httpStatus = 0;
    QString reasonPhrase;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool http2 = false; // QNetworkRequest::Http2WasUsedAttribute
};

enum class RetryClass
{
    No,
    IfRetryable, // the server may have seen the request: only idempotent requests are resent
    Always,      // the request certainly did not reach the server (refused, unknown host)
    RateLimited, // 429: pause the host, then resend (not counted against maxAttempts)
};

struct ReplyOutcome
{
    ApiError error; // kind None = success
    RetryClass retry = RetryClass::No;
    int retryAfterMs = -1; // from Retry-After, -1 when absent or unreadable
};

ReplyOutcome classifyReply(const ReplyFacts &facts);

// The facts of a finished reply (its error string redacted for `request`).
ReplyFacts readReplyFacts(QNetworkReply *reply, const ApiRequest &request);
// Classifies the facts (into *outcome) and turns them into the response handed to the caller:
// errors prefixed with the request's label, JSON parsed when the body is JSON.
ApiResponse responseFromFacts(ReplyFacts facts, const QString &label, int attempts,
                              ReplyOutcome *outcome);

// Retry-After as delta-seconds or an HTTP date (IMF-fixdate, RFC 850, asctime); -1 if invalid.
int parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

// error.message / message / Message / error (string) / errors[0].message from a JSON body.
QString extractServerMessage(const QByteArray &body);

// text/html content type, or a body that starts with <!DOCTYPE or <html after whitespace.
bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body);

QByteArray headerValue(const QList<QNetworkReply::RawHeaderPair> &headers, const QByteArray &name);

} // namespace despacho::api
