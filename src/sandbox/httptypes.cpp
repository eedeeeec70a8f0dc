#include "sandbox/httptypes.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace despacho::sandbox {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    return raw(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

HttpReply HttpReply::json(const QJsonArray &array, int status)
{
    return raw(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

HttpReply HttpReply::raw(const QByteArray &jsonText, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = jsonText;
    return reply;
}

HttpReply HttpReply::text(const QByteArray &plain, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = plain;
    reply.contentType = "text/plain; charset=utf-8";
    return reply;
}

HttpReply HttpReply::noContent()
{
    HttpReply reply;
    reply.status = 204;
    return reply;
}

HttpReply vtexError(int status, const QString &code, const QString &message)
{
    const QJsonObject error{
        {u"code"_s, code}, {u"message"_s, message}, {u"exception"_s, QJsonValue()}};
    return HttpReply::json(QJsonObject{{u"error"_s, error}}, status);
}

} // namespace despacho::sandbox
