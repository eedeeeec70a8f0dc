#include "security/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "despacho.security.keychain")

using namespace Qt::StringLiterals;

namespace despacho::security {

namespace {
// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::security::KeychainSecretStore)
};

SecretError noService()
{
    return {SecretError::NoSecretService,
            Tr::tr("No secret service is available (start and unlock GNOME Keyring or KWallet, "
                   "then try again). Despacho never stores secrets in a file.")};
}

// QtKeychain reports an unreachable session bus as a generic error; tell the user what to start.
bool secretServiceReachable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface *iface = bus.interface();
    if (!iface)
        return false;
    const QStringList names{u"org.freedesktop.secrets"_s, u"org.kde.kwalletd6"_s,
                            u"org.kde.kwalletd5"_s};
    for (const QString &name : names) {
        if (iface->isServiceRegistered(name).value())
            return true;
    }
    const QStringList activatable = iface->activatableServiceNames().value();
    for (const QString &name : names) {
        if (activatable.contains(name))
            return true;
    }
    return false;
}

SecretError errorFrom(const QKeychain::Job *job, const QString &key)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {SecretError::NotFound,
                Tr::tr("No secret is stored for %1 in the keychain.").arg(key)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noService();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretError::AccessDenied,
                Tr::tr("The keychain refused access to %1 (is it locked?).").arg(key)};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (!secretServiceReachable())
            return noService();
        break;
    }
    // errorString() comes from the backend; it names the key, never the secret.
    return {SecretError::Other, Tr::tr("Keychain error for %1: %2").arg(key, job->errorString())};
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [done = std::move(done), key](QKeychain::Job *j) {
            const SecretError error = errorFrom(j, key);
            if (!error.isNone())
                qCInfo(lcKeychain) << "read failed for" << key << j->error();
            done(error.isNone() ? static_cast<QKeychain::ReadPasswordJob *>(j)->textData()
                                : QString(),
                 error);
        });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), key](QKeychain::Job *j) { done(errorFrom(j, key)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), key](QKeychain::Job *j) {
                         SecretError e = errorFrom(j, key);
                         if (e.kind == SecretError::NotFound)
                             e = {};
                         done(e);
                     });
    job->start();
}

} // namespace despacho::security
