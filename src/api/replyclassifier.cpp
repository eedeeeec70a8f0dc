#include "api/replyclassifier.h"

#include "api/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <limits>

namespace despacho::api {

namespace {

constexpr qsizetype kMaxServerMessage = 500;

ReplyOutcome outcome(ErrorKind kind, RetryClass retry, const ReplyFacts &facts, QString detail)
{
    ReplyOutcome out;
    out.error.kind = kind;
    out.error.httpStatus = facts.httpStatus;
    out.error.detail = std::move(detail);
    out.retry = retry;
    if (facts.httpStatus >= 400)
        out.error.serverMessage = extractServerMessage(facts.body);
    return out;
}

bool looksLikeJson(const ApiResponse &response)
{
    if (response.header("Content-Type").toLower().contains("json"))
        return true;
    const QByteArray start = response.body.left(64).trimmed();
    return start.startsWith('{') || start.startsWith('[');
}

QString detailFor(const ReplyFacts &facts, const QString &fallback)
{
    return facts.errorString.isEmpty() ? fallback : facts.errorString;
}

// "HTTP 503 Service Unavailable": Qt's errorString repeats the whole URL, which the transport
// already puts in front of every detail.
QString httpDetail(const ReplyFacts &facts)
{
    QString detail = u"HTTP " + QString::number(facts.httpStatus);
    if (!facts.reasonPhrase.isEmpty())
        detail += u' ' + facts.reasonPhrase;
    return detail;
}

QString messageFrom(const QJsonObject &object)
{
    for (const auto key : {u"message", u"Message", u"error_description", u"description"}) {
        const QJsonValue value = object.value(QStringView(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString();
    }
    return {};
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate, RFC 850 and asctime, as RFC 9110 asks recipients to accept. The weekday is
    // dropped first: it is redundant, and Qt rejects a two-digit year whose 19xx weekday differs.
    QString text = QString::fromLatin1(value).simplified();
    const qsizetype comma = text.indexOf(u',');
    const bool asctime = comma < 0;
    text = asctime ? text.section(u' ', 1) : text.mid(comma + 1).trimmed();
    const QLocale c = QLocale::c();
    const auto formats = asctime ? QStringList{QStringLiteral("MMM d HH:mm:ss yyyy")}
                                 : QStringList{QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"),
                                               QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'")};
    for (const QString &format : formats) {
        const QDateTime parsed = c.toDateTime(text, format);
        if (parsed.isValid()) {
            QDate date = parsed.date();
            if (date.year() < 1970) // two-digit RFC 850 years
                date = date.addYears(100);
            return QDateTime(date, parsed.time(), QTimeZone::utc());
        }
    }
    return {};
}

} // namespace

QByteArray headerValue(const QList<QNetworkReply::RawHeaderPair> &headers, const QByteArray &name)
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

int parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return -1;
        return int(std::min<qlonglong>(seconds * 1000, std::numeric_limits<int>::max()));
    }
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return -1;
    const qint64 ms = nowUtc.msecsTo(when);
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

QString extractServerMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject root = doc.object();
    QString message;
    const QJsonValue error = root.value(u"error");
    if (error.isObject())
        message = messageFrom(error.toObject());
    else if (error.isString())
        message = error.toString();
    if (message.trimmed().isEmpty())
        message = messageFrom(root);
    if (message.trimmed().isEmpty()) {
        const QJsonValue errors = root.value(u"errors");
        if (errors.isArray() && !errors.toArray().isEmpty()) {
            const QJsonValue first = errors.toArray().first();
            message = first.isObject() ? messageFrom(first.toObject()) : first.toString();
        }
    }
    message = message.simplified();
    if (message.size() > kMaxServerMessage)
        message = message.left(kMaxServerMessage - 1) + u'…';
    return message;
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.trimmed().toLower().startsWith("text/html"))
        return true;
    const QByteArray start = body.left(256).trimmed().left(16).toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html");
}

ReplyOutcome classifyReply(const ReplyFacts &facts)
{
    const int status = facts.httpStatus;
    const auto err = facts.networkError;
    ReplyOutcome out;

    if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
        // Our own cancel never gets here (the reply is disconnected first), so this is the
        // transfer timeout, which Qt reports as a cancellation.
        out = outcome(ErrorKind::Timeout, RetryClass::IfRetryable, facts,
                      QStringLiteral("no reply within the time limit"));
    } else if (err != QNetworkReply::NoError && (status == 0 || int(err) < 200)) {
        QString detail = detailFor(facts, QStringLiteral("network error"));
        if (status > 0) { // the headers arrived, then the connection broke
            detail += u" after " + httpDetail(facts) + u" and " +
                      QString::number(facts.body.size()) + u" bytes of " +
                      QString::fromLatin1(headerValue(facts.headers, "Content-Length").trimmed());
        }
        switch (err) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            out = outcome(ErrorKind::Network, RetryClass::Always, facts, detail);
            break;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::BackgroundRequestNotAllowedError:
            out = outcome(ErrorKind::Network, RetryClass::No, facts, detail);
            break;
        case QNetworkReply::InsecureRedirectError:
            out = outcome(ErrorKind::InsecureUrl, RetryClass::No, facts, detail);
            break;
        case QNetworkReply::TooManyRedirectsError:
            out = outcome(ErrorKind::InvalidReply, RetryClass::No, facts, detail);
            break;
        default: // closed, reset, truncated, protocol failure: the connection broke mid-way
            out = outcome(ErrorKind::Network, RetryClass::IfRetryable, facts, detail);
            break;
        }
    } else if (status == 0) {
        out = outcome(ErrorKind::InvalidReply, RetryClass::No, facts,
                      QStringLiteral("reply without an HTTP status"));
    } else if (status == 429) {
        out = outcome(ErrorKind::RateLimited, RetryClass::RateLimited, facts,
                      QStringLiteral("HTTP 429 Too Many Requests"));
    } else if (status == 408) {
        out = outcome(ErrorKind::Timeout, RetryClass::IfRetryable, facts,
                      QStringLiteral("HTTP 408 Request Timeout"));
    } else if (status >= 500) {
        out = outcome(ErrorKind::Server, RetryClass::IfRetryable, facts, httpDetail(facts));
    } else if (status == 401 || status == 403) {
        out = outcome(ErrorKind::Authentication, RetryClass::No, facts, httpDetail(facts));
    } else if (status == 404) {
        out = outcome(ErrorKind::NotFound, RetryClass::No, facts, httpDetail(facts));
    } else if (status == 409) {
        out = outcome(ErrorKind::Conflict, RetryClass::No, facts, httpDetail(facts));
    } else if (status >= 400) {
        out = outcome(ErrorKind::Client, RetryClass::No, facts, httpDetail(facts));
    } else if (status < 200 || status >= 300) {
        out = outcome(ErrorKind::InvalidReply, RetryClass::No, facts,
                      u"unexpected HTTP " + QString::number(status));
    } else if (looksLikeHtml(headerValue(facts.headers, "Content-Type"), facts.body)) {
        out = outcome(ErrorKind::Authentication, RetryClass::No, facts,
                      QStringLiteral("HTTP %1 with an HTML page instead of JSON (a login page?)")
                          .arg(status));
    } else {
        const QByteArray lengthHeader = headerValue(facts.headers, "Content-Length");
        const QByteArray encoding = headerValue(facts.headers, "Content-Encoding").trimmed();
        bool hasLength = false;
        const qlonglong declared = lengthHeader.trimmed().toLongLong(&hasLength);
        // With gzip the header counts compressed bytes, so only identity bodies are checked.
        if (hasLength &&
            (encoding.isEmpty() || encoding.compare("identity", Qt::CaseInsensitive) == 0) &&
            declared != facts.body.size()) {
            out = outcome(ErrorKind::InvalidReply, RetryClass::IfRetryable, facts,
                          QStringLiteral("truncated reply: %1 of %2 bytes")
                              .arg(facts.body.size())
                              .arg(declared));
        }
    }

    const QByteArray retryAfter = headerValue(facts.headers, "Retry-After");
    if (!retryAfter.isEmpty())
        out.retryAfterMs = parseRetryAfterMs(retryAfter, QDateTime::currentDateTimeUtc());
    if (out.error.isNone())
        out.error.httpStatus = status;
    return out;
}

ReplyFacts readReplyFacts(QNetworkReply *reply, const ApiRequest &request)
{
    ReplyFacts facts;
    facts.networkError = reply->error();
    if (facts.networkError != QNetworkReply::NoError)
        facts.errorString = redactText(reply->errorString(), request);
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.reasonPhrase =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    if (reply->isOpen())
        facts.body = reply->readAll();
    facts.headers = reply->rawHeaderPairs();
    facts.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    return facts;
}

ApiResponse responseFromFacts(ReplyFacts facts, const QString &label, int attempts,
                              ReplyOutcome *outcome)
{
    *outcome = classifyReply(facts);
    ApiResponse response;
    response.httpStatus = facts.httpStatus;
    response.body = std::move(facts.body);
    response.headers = std::move(facts.headers);
    response.attempts = attempts;
    response.http2 = facts.http2;
    response.error = outcome->error;
    if (!response.error.isNone())
        response.error.detail = label + u": " + response.error.detail;
    if (!response.body.isEmpty() && looksLikeJson(response))
        response.json = QJsonDocument::fromJson(response.body);
    return response;
}

} // namespace despacho::api
