#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace despacho::security {

struct SecretError
{
    enum Kind
    {
        None,
        NotFound,
        NoSecretService,
        AccessDenied,
        Other
    };
    Kind kind = None;
    QString message; // user text; never contains the secret
    bool isNone() const { return kind == None; }
};

// Secrets (VTEX app tokens, e-vendi tokens) live only here: never in SQLite, settings or logs.
// Asynchronous, because a real keychain may ask the user; callbacks run on the context's thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &secret, const SecretError &error)>;
    using WriteCallback = std::function<void(const SecretError &error)>;

    using QObject::QObject;
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       WriteCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteCallback done) = 0;

    static QString vtexAppTokenKey(const QString &accountName);
    static QString evendiTokenKey(const QString &accountName); // its integration token
    // The key of the secret an account of `kind` ("vtex", "evendi") keeps.
    static QString accountSecretKey(const QString &kind, const QString &accountName);
};

// Holds secrets in memory only: the demo store's fixed credentials, and tests of code that is not
// about the keychain. Never used for a real account.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace despacho::security
