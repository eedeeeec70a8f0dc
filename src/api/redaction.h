#pragma once

#include "api/apitypes.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <utility>

namespace despacho::api {

inline constexpr QLatin1StringView kRedacted{"<redacted>"};

// True for headers that carry credentials: X-VTEX-API-AppToken, Authorization,
// Proxy-Authorization, Cookie, Set-Cookie, VtexIdclientAutCookie, plus `extraSecret`
// (all compared case-insensitively).
bool isSecretHeader(const QByteArray &name, const QSet<QByteArray> &extraSecret = {});

// True when a query key looks like it carries a credential (token, secret, password, key...).
bool hasSecretQuery(const QUrl &url);

// The URL for logs and error text: user info removed; the query replaced by "<redacted>" when
// it has token-like keys or when `dropQuery` is set (e-vendi puts its token in the query).
QString redactedUrl(const QUrl &url, bool dropQuery = false);

// "Name: value, Name: <redacted>" for logs.
QString redactedHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers,
                        const QSet<QByteArray> &extraSecret = {});

// Removes from free text (e.g. QNetworkReply::errorString(), which contains the full URL) every
// secret the request carries: secret header values and, when the query is secret, the query.
QString redactText(QString text, const ApiRequest &request);

} // namespace despacho::api
