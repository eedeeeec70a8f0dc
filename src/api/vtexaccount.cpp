#include "api/vtexaccount.h"

#include <QJsonParseError>

namespace despacho::api {

QUrl VtexAccountConfig::omsBase() const
{
    if (!baseUrl.isEmpty())
        return baseUrl;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(account.trimmed().toLower() + u'.' + environment.trimmed().toLower() + u".com.br");
    return url;
}

QUrl VtexAccountConfig::paymentsBase() const
{
    if (!paymentsUrl.isEmpty())
        return paymentsUrl;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(account.trimmed().toLower() + u".vtexpayments.com.br");
    return url;
}

QUrl vtexUrl(const QUrl &base, QStringView path, const QStringList &segments, QStringView suffix)
{
    QUrl url = base;
    QString full = base.path(QUrl::FullyEncoded);
    while (full.endsWith(u'/'))
        full.chop(1);
    full += path;
    for (const QString &segment : segments)
        full += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    full += suffix;
    url.setPath(full, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

ApiRequest vtexRequest(const VtexAccountConfig &config, const QByteArray &method, const QUrl &url,
                       const QByteArray &body)
{
    ApiRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    // Trimmed: keys pasted from the VTEX admin often carry a trailing newline, which would
    // otherwise end up inside the header.
    request.headers = {{"X-VTEX-API-AppKey", config.appKey.trimmed().toUtf8()},
                       {"X-VTEX-API-AppToken", config.appToken.trimmed().toUtf8()}};
    request.secretHeaders = {"X-VTEX-API-AppToken"};
    return request;
}

QJsonDocument parseJsonBody(const ApiResponse &response, const QString &operation, ApiError *error)
{
    if (response.body.trimmed().isEmpty()) {
        if (error) {
            error->kind = ErrorKind::InvalidReply;
            error->httpStatus = response.httpStatus;
            error->detail = u"empty reply to " + operation;
        }
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            error->kind = ErrorKind::InvalidReply;
            error->httpStatus = response.httpStatus;
            error->detail = u"invalid JSON in reply to " + operation + u": " +
                            parseError.errorString() + u" at offset " +
                            QString::number(parseError.offset);
        }
        return {};
    }
    return doc;
}

} // namespace despacho::api
