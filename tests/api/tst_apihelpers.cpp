// The api layer's pure parts, without sockets: the host limiter on a simulated clock,
// Retry-After parsing, server message extraction, HTML detection, the reply decision table,
// redaction helpers and the user text of every error kind.

#include "api/hostlimiter.h"
#include "api/redaction.h"
#include "api/replyclassifier.h"
#include "api/urlpolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace despacho::api;

class TstApiHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limiterBurstThenPaces();
    void limiterSlidingWindowIsExact();
    void limiterPause();
    void limiterUnlimited();
    void retryAfter_data();
    void retryAfter();
    void serverMessage_data();
    void serverMessage();
    void html();
    void classify_data();
    void classify();
    void classifyContentLengthMismatch();
    void redactedUrlDropsSecretQueries();
    void redactedHeadersAndText();
    void loopbackAndHostKey();
    void userTextForEveryKind();
};

void TstApiHelpers::limiterBurstThenPaces()
{
    HostLimiter limiter(600, 4); // 10/s, bucket of 4
    qint64 now = 1000;
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(limiter.delayUntilNextStart(now), 0);
        limiter.onStart(now);
        limiter.onFinish();
    }
    QCOMPARE(limiter.delayUntilNextStart(now), 100);
    now += 60;
    QCOMPARE(limiter.delayUntilNextStart(now), 40);
    now += 40;
    QCOMPARE(limiter.delayUntilNextStart(now), 0);
    limiter.onStart(now);
    QCOMPARE(limiter.inFlight(), 1);
    QCOMPARE(limiter.delayUntilNextStart(now), 100);
}

void TstApiHelpers::limiterSlidingWindowIsExact()
{
    // Greedy client on a simulated clock: never more than ratePerMinute starts in any 60 s.
    const int rate = 30;
    HostLimiter limiter(rate, 8);
    QList<qint64> starts;
    qint64 now = 0;
    while (now < 5 * 60000) {
        const qint64 delay = limiter.delayUntilNextStart(now);
        if (delay > 0) {
            now += delay;
            continue;
        }
        limiter.onStart(now);
        limiter.onFinish();
        starts << now;
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        qsizetype j = i;
        while (j < starts.size() && starts.at(j) < starts.at(i) + 60000)
            ++j;
        QVERIFY2(j - i <= rate,
                 qPrintable(QStringLiteral("%1 starts from %2").arg(j - i).arg(starts.at(i))));
    }
    // ...and it does not starve either: close to the full budget over 5 minutes.
    QVERIFY(starts.size() >= 5 * rate - 1);
}

void TstApiHelpers::limiterPause()
{
    HostLimiter limiter(0, 2);
    limiter.pauseUntil(500);
    QCOMPARE(limiter.delayUntilNextStart(100), 400);
    limiter.pauseUntil(300); // never shortens
    QCOMPARE(limiter.delayUntilNextStart(100), 400);
    QCOMPARE(limiter.delayUntilNextStart(500), 0);
    QVERIFY(limiter.concurrencyAvailable());
    limiter.onStart(500);
    limiter.onStart(500);
    QVERIFY(!limiter.concurrencyAvailable());
    limiter.onFinish();
    QVERIFY(limiter.concurrencyAvailable());
}

void TstApiHelpers::limiterUnlimited()
{
    HostLimiter limiter(0, 1000);
    for (int i = 0; i < 100000; ++i)
        limiter.onStart(0);
    QCOMPARE(limiter.delayUntilNextStart(0), 0);
}

void TstApiHelpers::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("seconds") << QByteArray("2") << 2000;
    QTest::newRow("spaces") << QByteArray(" 30 ") << 30000;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("imf date") << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << 10000;
    QTest::newRow("rfc850 date") << QByteArray("Wednesday, 21-Oct-15 07:28:05 GMT") << 5000;
    QTest::newRow("asctime date") << QByteArray("Wed Oct 21 07:28:20 2015") << 20000;
    QTest::newRow("past date") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << 0;
}

void TstApiHelpers::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    QCOMPARE(parseRetryAfterMs(value, now), expected);
}

void TstApiHelpers::serverMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vtex error object")
        << QByteArray(
               R"({"error":{"code":"OMS003","message":"Order status should be x","exception":null}})")
        << QStringLiteral("Order status should be x");
    QTest::newRow("message") << QByteArray(R"({"message":"Invalid invoice"})")
                             << QStringLiteral("Invalid invoice");
    QTest::newRow("Message") << QByteArray(R"({"Message":"The request is invalid."})")
                             << QStringLiteral("The request is invalid.");
    QTest::newRow("error string") << QByteArray(R"({"error":"bad token"})")
                                  << QStringLiteral("bad token");
    QTest::newRow("errors array") << QByteArray(
                                         R"({"errors":[{"message":"first"},{"message":"second"}]})")
                                  << QStringLiteral("first");
    QTest::newRow("whitespace") << QByteArray("{\"message\":\"  two\\n lines \"}")
                                << QStringLiteral("two lines");
    QTest::newRow("not json") << QByteArray("<html>error</html>") << QString();
    QTest::newRow("array") << QByteArray("[1]") << QString();
}

void TstApiHelpers::serverMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(extractServerMessage(body), expected);
}

void TstApiHelpers::html()
{
    QVERIFY(looksLikeHtml("text/html; charset=utf-8", "{}"));
    QVERIFY(looksLikeHtml("application/json", "\r\n\t <!doctype html>"));
    QVERIFY(looksLikeHtml("", "<HTML lang=pt>"));
    QVERIFY(!looksLikeHtml("application/json", R"({"html":"<html>"})"));
    QVERIFY(!looksLikeHtml("application/json", ""));
}

void TstApiHelpers::classify_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<RetryClass>("retry");
    using R = QNetworkReply;
    QTest::newRow("ok") << int(R::NoError) << 200 << QByteArray("{}") << ErrorKind::None
                        << RetryClass::No;
    QTest::newRow("204") << int(R::NoError) << 204 << QByteArray() << ErrorKind::None
                         << RetryClass::No;
    QTest::newRow("html 200") << int(R::NoError) << 200 << QByteArray("<!DOCTYPE html>")
                              << ErrorKind::Authentication << RetryClass::No;
    QTest::newRow("refused") << int(R::ConnectionRefusedError) << 0 << QByteArray()
                             << ErrorKind::Network << RetryClass::Always;
    QTest::newRow("unknown host") << int(R::HostNotFoundError) << 0 << QByteArray()
                                  << ErrorKind::Network << RetryClass::Always;
    QTest::newRow("closed mid-body") << int(R::RemoteHostClosedError) << 200 << QByteArray("{\"a\"")
                                     << ErrorKind::Network << RetryClass::IfRetryable;
    QTest::newRow("timeout") << int(R::OperationCanceledError) << 0 << QByteArray()
                             << ErrorKind::Timeout << RetryClass::IfRetryable;
    QTest::newRow("tls") << int(R::SslHandshakeFailedError) << 0 << QByteArray()
                         << ErrorKind::Network << RetryClass::No;
    QTest::newRow("insecure redirect") << int(R::InsecureRedirectError) << 301 << QByteArray()
                                       << ErrorKind::InsecureUrl << RetryClass::No;
    QTest::newRow("429") << int(R::UnknownContentError) << 429 << QByteArray()
                         << ErrorKind::RateLimited << RetryClass::RateLimited;
    QTest::newRow("500") << int(R::InternalServerError) << 500 << QByteArray() << ErrorKind::Server
                         << RetryClass::IfRetryable;
    QTest::newRow("503") << int(R::ServiceUnavailableError) << 503 << QByteArray()
                         << ErrorKind::Server << RetryClass::IfRetryable;
    QTest::newRow("401") << int(R::AuthenticationRequiredError) << 401 << QByteArray()
                         << ErrorKind::Authentication << RetryClass::No;
    QTest::newRow("403") << int(R::ContentAccessDenied) << 403 << QByteArray()
                         << ErrorKind::Authentication << RetryClass::No;
    QTest::newRow("404") << int(R::ContentNotFoundError) << 404 << QByteArray()
                         << ErrorKind::NotFound << RetryClass::No;
    QTest::newRow("409") << int(R::ContentConflictError) << 409 << QByteArray()
                         << ErrorKind::Conflict << RetryClass::No;
    QTest::newRow("400") << int(R::ProtocolInvalidOperationError) << 400 << QByteArray()
                         << ErrorKind::Client << RetryClass::No;
    QTest::newRow("408") << int(R::UnknownContentError) << 408 << QByteArray() << ErrorKind::Timeout
                         << RetryClass::IfRetryable;
}

void TstApiHelpers::classify()
{
    QFETCH(int, networkError);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(RetryClass, retry);
    ReplyFacts facts;
    facts.networkError = QNetworkReply::NetworkError(networkError);
    facts.httpStatus = status;
    facts.body = body;
    const ReplyOutcome out = classifyReply(facts);
    QCOMPARE(out.error.kind, kind);
    QCOMPARE(out.retry, retry);
    QCOMPARE(out.error.httpStatus, status);
}

void TstApiHelpers::classifyContentLengthMismatch()
{
    ReplyFacts facts;
    facts.httpStatus = 200;
    facts.body = R"({"list":[)";
    facts.headers = {{"Content-Length", "100"}, {"Content-Type", "application/json"}};
    ReplyOutcome out = classifyReply(facts);
    QCOMPARE(out.error.kind, ErrorKind::InvalidReply);
    QCOMPARE(out.retry, RetryClass::IfRetryable);
    QVERIFY(out.error.detail.contains(u"truncated"));

    facts.headers.append(
        QNetworkReply::RawHeaderPair("Content-Encoding", "gzip")); // length counts compressed bytes
    out = classifyReply(facts);
    QCOMPARE(out.error.kind, ErrorKind::None);

    facts.headers = {{"Content-Length", QByteArray::number(facts.body.size())}};
    QCOMPARE(classifyReply(facts).error.kind, ErrorKind::None);

    facts.headers = {{"Retry-After", "7"}};
    facts.httpStatus = 503;
    out = classifyReply(facts);
    QCOMPARE(out.retryAfterMs, 7000);
}

void TstApiHelpers::redactedUrlDropsSecretQueries()
{
    QCOMPARE(redactedUrl(QUrl(QStringLiteral("https://h/api/x?f_status=a&page=2"))),
             QStringLiteral("https://h/api/x?f_status=a&page=2"));
    QCOMPARE(redactedUrl(QUrl(QStringLiteral("https://h/get?id=1&integrationToken=abc"))),
             QStringLiteral("https://h/get?<redacted>"));
    QCOMPARE(redactedUrl(QUrl(QStringLiteral("https://h/get?apiKey=abc"))),
             QStringLiteral("https://h/get?<redacted>"));
    QCOMPARE(redactedUrl(QUrl(QStringLiteral("https://h/get?id=1")), true),
             QStringLiteral("https://h/get?<redacted>"));
    QCOMPARE(redactedUrl(QUrl(QStringLiteral("https://user:pw@h/x"))),
             QStringLiteral("https://h/x"));
    QVERIFY(hasSecretQuery(QUrl(QStringLiteral("https://h/?access_token=1"))));
    QVERIFY(!hasSecretQuery(QUrl(QStringLiteral("https://h/?q=token"))));
}

void TstApiHelpers::redactedHeadersAndText()
{
    const QList<std::pair<QByteArray, QByteArray>> headers = {{"X-VTEX-API-AppKey", "key"},
                                                              {"x-vtex-api-apptoken", "tok123"},
                                                              {"Authorization", "Bearer abc"},
                                                              {"X-Custom-Secret", "s3"}};
    const QString text = redactedHeaders(headers, {"x-custom-secret"});
    QCOMPARE(text, QStringLiteral("X-VTEX-API-AppKey: key, x-vtex-api-apptoken: <redacted>, "
                                  "Authorization: <redacted>, X-Custom-Secret: <redacted>"));

    ApiRequest request;
    request.url = QUrl(QStringLiteral("https://evendi.example/api/getOrderById?id=7&token=T0K3N"));
    request.redactQuery = true;
    request.headers = {{"X-VTEX-API-AppToken", "VT0K"}};
    const QString scrubbed = redactText(
        u"Error transferring " + request.url.toString() + u" - header VT0K, token T0K3N", request);
    QVERIFY2(!scrubbed.contains(u"T0K3N") && !scrubbed.contains(u"VT0K"), qPrintable(scrubbed));
    QVERIFY(scrubbed.contains(u"https://evendi.example/api/getOrderById?<redacted>"));
}

void TstApiHelpers::loopbackAndHostKey()
{
    QVERIFY(isLoopbackHost(QStringLiteral("127.0.0.1")));
    QVERIFY(isLoopbackHost(QStringLiteral("127.8.0.1")));
    QVERIFY(isLoopbackHost(QStringLiteral("LOCALHOST")));
    QVERIFY(isLoopbackHost(QStringLiteral("::1")));
    QVERIFY(isLoopbackHost(QStringLiteral("[::1]")));
    QVERIFY(!isLoopbackHost(QStringLiteral("10.0.0.1")));
    QVERIFY(!isLoopbackHost(QStringLiteral("localhost.example.com")));
    QVERIFY(!isLoopbackHost(QStringLiteral("127.0.0.1.nip.io")));
    QCOMPARE(hostKey(QUrl(QStringLiteral("https://Loja.VtexCommerceStable.com.br/x"))),
             QStringLiteral("loja.vtexcommercestable.com.br:443"));
    QCOMPARE(hostKey(QUrl(QStringLiteral("http://127.0.0.1:8080/x"))),
             QStringLiteral("127.0.0.1:8080"));
}

void TstApiHelpers::userTextForEveryKind()
{
    for (int k = int(ErrorKind::Network); k <= int(ErrorKind::Canceled); ++k) {
        ApiError error;
        error.kind = ErrorKind(k);
        error.httpStatus = 418;
        error.serverMessage = QStringLiteral("from server");
        QVERIFY2(!error.userText().isEmpty(), qPrintable(errorKindName(error.kind)));
        QVERIFY(error.userText().contains(u"from server"));
        QVERIFY(!errorKindName(error.kind).isEmpty());
    }
    QVERIFY(ApiError{}.userText().isEmpty());
    QVERIFY(ApiError{}.isNone());
}

QTEST_GUILESS_MAIN(TstApiHelpers)
#include "tst_apihelpers.moc"
