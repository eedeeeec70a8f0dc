#include "api/redaction.h"

#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace despacho::api {

namespace {

bool isTokenLikeKey(const QString &key)
{
    const QString k = key.toLower();
    static const std::array<QLatin1StringView, 10> fragments = {
        QLatin1StringView("token"),     QLatin1StringView("secret"),
        QLatin1StringView("password"),  QLatin1StringView("passwd"),
        QLatin1StringView("apikey"),    QLatin1StringView("api_key"),
        QLatin1StringView("auth"),      QLatin1StringView("credential"),
        QLatin1StringView("signature"), QLatin1StringView("session")};
    static const std::array<QLatin1StringView, 5> exact = {
        QLatin1StringView("key"), QLatin1StringView("sig"), QLatin1StringView("pin"),
        QLatin1StringView("pwd"), QLatin1StringView("jwt")};
    return std::any_of(fragments.begin(), fragments.end(),
                       [&k](QLatin1StringView f) { return k.contains(f); }) ||
           std::any_of(exact.begin(), exact.end(), [&k](QLatin1StringView e) { return k == e; });
}

void replaceAll(QString &text, const QString &secret, const QString &replacement)
{
    if (!secret.isEmpty())
        text.replace(secret, replacement);
}

} // namespace

bool isSecretHeader(const QByteArray &name, const QSet<QByteArray> &extraSecret)
{
    static const std::array<QByteArrayView, 6> always = {
        QByteArrayView("x-vtex-api-apptoken"), QByteArrayView("authorization"),
        QByteArrayView("proxy-authorization"), QByteArrayView("cookie"),
        QByteArrayView("set-cookie"),          QByteArrayView("vtexidclientautcookie")};
    const QByteArray lower = name.toLower();
    if (std::any_of(always.begin(), always.end(),
                    [&lower](QByteArrayView a) { return lower == a; }))
        return true;
    return std::any_of(extraSecret.begin(), extraSecret.end(), [&name](const QByteArray &s) {
        return s.compare(name, Qt::CaseInsensitive) == 0;
    });
}

bool hasSecretQuery(const QUrl &url)
{
    if (!url.hasQuery())
        return false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    return std::any_of(items.begin(), items.end(),
                       [](const auto &item) { return isTokenLikeKey(item.first); });
}

QString redactedUrl(const QUrl &url, bool dropQuery)
{
    if (url.isEmpty())
        return {};
    if (url.hasQuery() && (dropQuery || hasSecretQuery(url))) {
        return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                            QUrl::FullyEncoded) +
               u'?' + kRedacted;
    }
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::FullyEncoded);
}

QString redactedHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers,
                        const QSet<QByteArray> &extraSecret)
{
    QStringList parts;
    parts.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        parts << QString::fromLatin1(name) + u": " +
                     (isSecretHeader(name, extraSecret) ? QString(kRedacted)
                                                        : QString::fromLatin1(value));
    }
    return parts.join(u", ");
}

QString redactText(QString text, const ApiRequest &request)
{
    const QString replacement(kRedacted);
    const QUrl &url = request.url;
    if (!url.userInfo().isEmpty()) {
        replaceAll(text, url.password(QUrl::FullyEncoded), replacement);
        replaceAll(text, url.password(QUrl::FullyDecoded), replacement);
    }
    if (url.hasQuery() && (request.redactQuery || hasSecretQuery(url))) {
        const QString safe = redactedUrl(url, true);
        // Longest forms first so a full URL collapses into the redacted URL.
        replaceAll(text, url.toString(QUrl::FullyEncoded), safe);
        replaceAll(text, url.toString(QUrl::PrettyDecoded), safe);
        replaceAll(text, url.toDisplayString(), safe);
        replaceAll(text, url.query(QUrl::FullyEncoded), replacement);
        replaceAll(text, url.query(QUrl::PrettyDecoded), replacement);
        replaceAll(text, url.query(QUrl::FullyDecoded), replacement);
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (request.redactQuery || isTokenLikeKey(item.first)) {
                replaceAll(text, item.second, replacement);
                replaceAll(text, QString::fromLatin1(QUrl::toPercentEncoding(item.second)),
                           replacement);
            }
        }
    }
    for (const auto &[name, value] : request.headers) {
        if (isSecretHeader(name, request.secretHeaders))
            replaceAll(text, QString::fromUtf8(value), replacement);
    }
    return text;
}

} // namespace despacho::api
