#pragma once

#include "api/apitypes.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace despacho::api {

struct VtexAccountConfig
{
    QString name;    // user's label
    QString account; // VTEX account name
    QString environment = QStringLiteral("vtexcommercestable");
    QString appKey;
    QString appToken; // secret
    QUrl baseUrl;     // default https://{account}.{environment}.com.br
    QUrl paymentsUrl; // default https://{account}.vtexpayments.com.br

    QUrl omsBase() const;
    QUrl paymentsBase() const;
};

// `base` + `path` (which starts with '/') + each of `segments` percent-encoded as one path
// segment, so an id holding '/', '?', '#' or spaces cannot change the route. A path already in
// `base` (a sandbox mounted under a prefix) is kept.
QUrl vtexUrl(const QUrl &base, QStringView path, const QStringList &segments = {},
             QStringView suffix = {});

// A request with the VTEX headers (X-VTEX-API-AppKey, X-VTEX-API-AppToken marked secret); the
// transport adds Accept and Content-Type: application/json to every request.
ApiRequest vtexRequest(const VtexAccountConfig &config, const QByteArray &method, const QUrl &url,
                       const QByteArray &body = {});

// The reply body as JSON, or an InvalidReply error naming `operation`
// ("invalid JSON in reply to get order v1-01: unterminated object at offset 17").
QJsonDocument parseJsonBody(const ApiResponse &response, const QString &operation, ApiError *error);

} // namespace despacho::api
