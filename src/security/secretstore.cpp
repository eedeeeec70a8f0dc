#include "security/secretstore.h"

#include <QCoreApplication>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace despacho::security {

QString SecretStore::vtexAppTokenKey(const QString &accountName)
{
    return u"vtex/"_s + accountName + u"/app-token"_s;
}

QString SecretStore::evendiTokenKey(const QString &accountName)
{
    return u"evendi/"_s + accountName + u"/integration-token"_s;
}

QString SecretStore::accountSecretKey(const QString &kind, const QString &accountName)
{
    return kind == u"evendi"_s ? evendiTokenKey(accountName) : vtexAppTokenKey(accountName);
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    SecretError error;
    QString secret;
    if (it == m_secrets.constEnd()) {
        error = {SecretError::NotFound,
                 QCoreApplication::translate("despacho::security::SecretStore",
                                             "No secret is stored for %1.")
                     .arg(key)};
    } else {
        secret = *it;
    }
    QMetaObject::invokeMethod(
        context, [done = std::move(done), secret, error] { done(secret, error); },
        Qt::QueuedConnection);
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              WriteCallback done)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
}

} // namespace despacho::security
