#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace despacho::sandbox {

// A request copied out of QHttpServerRequest, so handlers never touch the server's per-socket
// request object (Qt reuses it for the next request on the same connection).
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QString path;      // decoded, without the query
    QStringList segments;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    bool hasHeader(const QByteArray &name) const;
    QString queryValue(const QString &key) const; // fully decoded
};

struct HttpReply
{
    int status = 200;
    QByteArray body; // UTF-8 JSON text (or contentType's bytes); empty for 204
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(const QJsonObject &object, int status = 200);
    static HttpReply json(const QJsonArray &array, int status = 200);
    static HttpReply raw(const QByteArray &jsonText, int status = 200);
    static HttpReply text(const QByteArray &plain, int status = 200); // text/plain
    static HttpReply noContent();
};

// VTEX's error body: {"error":{"code":"…","message":"…","exception":null}}
HttpReply vtexError(int status, const QString &code, const QString &message);

} // namespace despacho::sandbox
