#include "api/apitypes.h"

#include <QCoreApplication>

namespace despacho::api {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Authentication:
        return QStringLiteral("authentication");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorKind::Server:
        return QStringLiteral("server");
    case ErrorKind::Client:
        return QStringLiteral("client");
    case ErrorKind::InvalidReply:
        return QStringLiteral("invalid-reply");
    case ErrorKind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case ErrorKind::Canceled:
        return QStringLiteral("canceled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::userText() const
{
    QString text;
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Network:
        text = QCoreApplication::translate(
            "despacho::api::ApiError",
            "Could not reach the server. Check the internet connection and try again.");
        break;
    case ErrorKind::Timeout:
        text = QCoreApplication::translate("despacho::api::ApiError",
                                           "The server took too long to answer. Try again later.");
        break;
    case ErrorKind::Authentication:
        if (httpStatus >= 200 && httpStatus < 300) {
            text = QCoreApplication::translate(
                "despacho::api::ApiError",
                "The server answered with a login page; check the app key and app token.");
        } else {
            text = QCoreApplication::translate("despacho::api::ApiError",
                                               "The server refused the credentials (HTTP %1); "
                                               "check the app key, the app token "
                                               "and their permissions.")
                       .arg(httpStatus);
        }
        break;
    case ErrorKind::NotFound:
        text = QCoreApplication::translate("despacho::api::ApiError",
                                           "The server does not know this item (HTTP 404).");
        break;
    case ErrorKind::Conflict:
        text = QCoreApplication::translate(
            "despacho::api::ApiError",
            "The server refused the change because of the item's current state (HTTP 409).");
        break;
    case ErrorKind::RateLimited:
        text = QCoreApplication::translate(
            "despacho::api::ApiError",
            "The server is limiting the number of requests; try again in a few minutes.");
        break;
    case ErrorKind::Server:
        text = QCoreApplication::translate("despacho::api::ApiError",
                                           "The server failed (HTTP %1); try again later.")
                   .arg(httpStatus);
        break;
    case ErrorKind::Client:
        text = QCoreApplication::translate("despacho::api::ApiError",
                                           "The server rejected the request (HTTP %1).")
                   .arg(httpStatus);
        break;
    case ErrorKind::InvalidReply:
        text = QCoreApplication::translate("despacho::api::ApiError",
                                           "The server sent a reply that could not be read.");
        break;
    case ErrorKind::InsecureUrl:
        text = QCoreApplication::translate(
            "despacho::api::ApiError",
            "The address must start with https:// (plain http is allowed only for this "
            "computer).");
        break;
    case ErrorKind::Canceled:
        text = QCoreApplication::translate("despacho::api::ApiError", "The request was canceled.");
        break;
    }
    if (!serverMessage.isEmpty()) {
        text += u' ' + QCoreApplication::translate("despacho::api::ApiError", "The server said: %1")
                           .arg(serverMessage);
    }
    return text;
}

QString ApiError::logText() const
{
    if (isNone())
        return {};
    QString text = errorKindName(kind);
    if (httpStatus != 0)
        text += u" (HTTP " + QString::number(httpStatus) + u')';
    if (!serverMessage.isEmpty())
        text += u": " + serverMessage;
    if (!detail.isEmpty())
        text += u" [" + detail + u']';
    return text;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

} // namespace despacho::api
