#include "api/urlpolicy.h"

#include "api/redaction.h"

#include <QHostAddress>

namespace despacho::api {

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"localhost")
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

QString hostKey(const QUrl &url)
{
    const int defaultPort = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80;
    return url.host().toLower() + u':' + QString::number(url.port(defaultPort));
}

QString urlPolicyProblem(const QUrl &url, bool allowInsecureLoopback, bool redactQuery)
{
    if (!url.isValid() || url.host().isEmpty())
        return u"invalid URL " + redactedUrl(url, redactQuery);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http" && allowInsecureLoopback && isLoopbackHost(url.host()))
        return {};
    return u"refused to send to " + redactedUrl(url, redactQuery) +
           u": only https is allowed (plain http only for loopback hosts)";
}

} // namespace despacho::api
