#include "sync/appservices.h"

#include "api/evendiclient.h"
#include "api/transport.h"
#include "api/vtexomsclient.h"
#include "api/vtexpaymentsclient.h"
#include "security/keychainsecretstore.h"
#include "storage/auditlog.h"
#include "storage/datadir.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "storage/syncstatestore.h"
#include "sync/accountconfig.h"
#include "sync/evendichanneladapter.h"
#include "sync/vtexchanneladapter.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace despacho::sync {

AppServices::AppServices(api::TransportSettings transportSettings, QObject *parent)
    : QObject(parent)
    , m_secrets(std::make_unique<security::KeychainSecretStore>())
    , m_nam(new QNetworkAccessManager(this))
    , m_transport(new api::Transport(m_nam, transportSettings, this))
{
    setChannelAdapter(std::make_unique<VtexChannelAdapter>(this));
    setChannelAdapter(std::make_unique<EvendiChannelAdapter>(this));
}

AppServices::~AppServices()
{
    // Clients and the transport go before the database they report into.
    qDeleteAll(findChildren<api::VtexOmsClient *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<api::VtexPaymentsClient *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<api::EvendiClient *>(Qt::FindDirectChildrenOnly));
    m_orders.reset();
    m_accounts.reset();
    m_syncStates.reset();
    m_outbox.reset();
    m_audit.reset();
    m_db.reset();
}

storage::Database::Status AppServices::open(const QString &dataDir)
{
    m_dataDir = dataDir;
    QString error;
    if (!storage::ensureDataDir(dataDir, &error))
        return {storage::Database::OpenError::CannotOpen, error};
    m_db = std::make_unique<storage::Database>(storage::databasePath(dataDir));
    const auto status = m_db->open();
    if (!status.ok())
        return status;
    m_orders = std::make_unique<storage::OrderCache>(m_db.get());
    m_accounts = std::make_unique<storage::AccountStore>(m_db.get());
    m_syncStates = std::make_unique<storage::SyncStateStore>(m_db.get());
    m_outbox = std::make_unique<storage::Outbox>(m_db.get());
    m_audit = std::make_unique<storage::AuditLog>(m_db.get());
    return status;
}

void AppServices::setSecretStore(std::unique_ptr<security::SecretStore> store)
{
    m_secrets = std::move(store);
    m_clients.clear();
}

void AppServices::setChannelAdapter(std::unique_ptr<ChannelAdapter> adapter)
{
    const Channel channel = adapter->channel();
    m_adapters[channel] = std::move(adapter);
}

ChannelAdapter *AppServices::channelAdapter(Channel channel) const
{
    const auto it = m_adapters.find(channel);
    return it == m_adapters.end() ? nullptr : it->second.get();
}

ChannelAdapter *AppServices::adapterForAccount(const QString &accountName, QString *error) const
{
    if (const auto it = m_accountChannels.constFind(accountName);
        it != m_accountChannels.constEnd()) {
        if (ChannelAdapter *adapter = channelAdapter(*it))
            return adapter;
    }
    QString readError;
    const auto account = m_accounts ? m_accounts->find(accountName, &readError) : std::nullopt;
    if (!account) {
        *error = readError.isEmpty() ? tr("There is no account named \"%1\".").arg(accountName)
                                     : tr("Account %1 could not be read from the database: %2")
                                           .arg(accountName, readError);
        return nullptr;
    }
    m_accountChannels.insert(accountName, account->channel());
    ChannelAdapter *adapter = channelAdapter(account->channel());
    if (!adapter)
        *error = tr("Account %1 is of kind \"%2\", which this version cannot work with.")
                     .arg(accountName, account->kind);
    return adapter;
}

void AppServices::withSecret(const QString &accountName, QObject *context, SecretCallback done)
{
    QString readError;
    const auto account = m_accounts ? m_accounts->find(accountName, &readError) : std::nullopt;
    if (!account) {
        const QString error = readError.isEmpty()
                                  ? tr("There is no account named \"%1\".").arg(accountName)
                                  : tr("Account %1 could not be read from the database: %2")
                                        .arg(accountName, readError);
        QMetaObject::invokeMethod(
            context, [done, error] { done({}, {}, error, 0); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->read(security::SecretStore::accountSecretKey(account->kind, accountName), this,
                    [account = *account, context = QPointer<QObject>(context),
                     done](const QString &secret, const security::SecretError &error) {
                        if (!context)
                            return;
                        if (!error.isNone()) {
                            done(account, {}, tr("Account %1: %2").arg(account.name, error.message),
                                 int(error.kind));
                            return;
                        }
                        done(account, secret, {}, 0);
                    });
}

void AppServices::clientsFor(const QString &accountName, QObject *context, ClientsCallback done)
{
    if (const auto it = m_clients.constFind(accountName); it != m_clients.constEnd()) {
        const AccountClients clients = *it;
        QMetaObject::invokeMethod(
            context, [done, clients] { done(clients, {}, 0); }, Qt::QueuedConnection);
        return;
    }
    withSecret(accountName, context,
               [this, done](const storage::AccountRecord &account, const QString &token,
                            const QString &error, int kind) {
                   if (!error.isEmpty()) {
                       done({}, error, kind);
                       return;
                   }
                   if (account.channel() != Channel::Vtex) {
                       done({}, tr("Account %1 is not a VTEX account.").arg(account.name), 0);
                       return;
                   }
                   AccountClients clients = m_clients.value(account.name);
                   if (!clients.oms) {
                       const auto config = vtexConfigFor(account, token);
                       clients.oms = new api::VtexOmsClient(m_transport, config, this);
                       clients.payments = new api::VtexPaymentsClient(m_transport, config, this);
                       m_clients.insert(account.name, clients);
                   }
                   done(clients, {}, 0);
               });
}

void AppServices::evendiClientFor(const QString &accountName, QObject *context,
                                  EvendiClientCallback done)
{
    if (api::EvendiClient *client = m_evendiClients.value(accountName)) {
        QMetaObject::invokeMethod(
            context, [done, client = QPointer<api::EvendiClient>(client)] { done(client, {}, 0); },
            Qt::QueuedConnection);
        return;
    }
    withSecret(
        accountName, context,
        [this, done](const storage::AccountRecord &account, const QString &token,
                     const QString &error, int kind) {
            if (!error.isEmpty()) {
                done(nullptr, error, kind);
                return;
            }
            if (account.channel() != Channel::Evendi) {
                done(nullptr, tr("Account %1 is not an e-vendi account.").arg(account.name), 0);
                return;
            }
            api::EvendiClient *client = m_evendiClients.value(account.name);
            if (!client) {
                client = new api::EvendiClient(m_transport, evendiConfigFor(account, token), this);
                m_evendiClients.insert(account.name, client);
            }
            done(client, {}, 0);
        });
}

void AppServices::saveVtexAccount(const storage::AccountRecord &account, const QString &appToken,
                                  QObject *context, DoneCallback done)
{
    storage::AccountRecord vtex = account;
    vtex.kind = channelToString(Channel::Vtex);
    saveAccount(vtex, appToken, context, std::move(done));
}

void AppServices::saveAccount(const storage::AccountRecord &account, const QString &secret,
                              QObject *context, DoneCallback done)
{
    m_secrets->write(security::SecretStore::accountSecretKey(account.kind, account.name), secret,
                     this,
                     [this, account, context = QPointer<QObject>(context),
                      done](const security::SecretError &error) {
                         if (!context)
                             return;
                         if (!error.isNone()) {
                             done(error.message, int(error.kind));
                             return;
                         }
                         QString dbError;
                         if (!m_accounts->save(account, &dbError)) {
                             done(tr("Cannot save account %1: %2").arg(account.name, dbError), 0);
                             return;
                         }
                         // New credentials: the next use builds fresh clients.
                         dropClients(account.name);
                         done({}, 0);
                     });
}

void AppServices::fetchTransaction(const QString &accountName, const QString &transactionId,
                                   QObject *context, TransactionCallback done)
{
    clientsFor(
        accountName, context,
        [context = QPointer<QObject>(context), transactionId, done](const AccountClients &clients,
                                                                    const QString &error, int) {
            if (!context)
                return;
            if (!error.isEmpty() || !clients.payments) {
                done({}, error.isEmpty() ? tr("The payments gateway is not configured.") : error);
                return;
            }
            clients.payments->getTransaction(
                transactionId, context,
                [done](const QJsonObject &json, const api::ApiError &apiError) {
                    if (!apiError.isNone()) {
                        done({}, tr("Could not load the transaction: %1").arg(apiError.userText()));
                        return;
                    }
                    done(paymentTransactionFromVtex(json), {});
                });
        });
}

void AppServices::dropClients(const QString &accountName)
{
    m_accountChannels.remove(accountName);
    const AccountClients old = m_clients.take(accountName);
    delete old.oms;
    delete old.payments;
    delete m_evendiClients.take(accountName);
}

bool AppServices::saveAccountSettings(const storage::AccountRecord &account, QString *error)
{
    QString dbError;
    if (!m_accounts->save(account, &dbError)) {
        *error = tr("Cannot save account %1: %2").arg(account.name, dbError);
        return false;
    }
    dropClients(account.name);
    return true;
}

void AppServices::removeAccount(const QString &accountName, QObject *context, DoneCallback done)
{
    QString readError;
    const auto record = m_accounts ? m_accounts->find(accountName, &readError) : std::nullopt;
    m_secrets->remove(
        security::SecretStore::accountSecretKey(
            record ? record->kind : channelToString(Channel::Vtex), accountName),
        this,
        [this, accountName, context = QPointer<QObject>(context),
         done](const security::SecretError &error) {
            if (!context)
                return;
            if (!error.isNone()) {
                done(error.message, int(error.kind));
                return;
            }
            QString dbError;
            const bool removed = m_accounts->remove(accountName, &dbError);
            dropClients(accountName);
            done(removed ? QString() : tr("Cannot remove account %1: %2").arg(accountName, dbError),
                 0);
        });
}

} // namespace despacho::sync
