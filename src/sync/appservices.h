#pragma once

#include "api/apitypes.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "sync/channeladapter.h"
#include "sync/paymenttransaction.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace despacho::api {
class EvendiClient;
class Transport;
class VtexOmsClient;
class VtexPaymentsClient;
} // namespace despacho::api
namespace despacho::security {
class SecretStore;
struct SecretError;
} // namespace despacho::security
namespace despacho::storage {
class AuditLog;
class OrderCache;
class Outbox;
class SyncStateStore;
} // namespace despacho::storage

namespace despacho::sync {

struct AccountClients
{
    api::VtexOmsClient *oms = nullptr;
    api::VtexPaymentsClient *payments = nullptr;
};

// What the GUI and the CLI share: the data directory's database and stores, one network manager
// and transport, the secret store, and the per-account VTEX clients built from the stored account
// plus its token from the secret store.
class AppServices : public QObject
{
    Q_OBJECT
public:
    explicit AppServices(api::TransportSettings transportSettings = {}, QObject *parent = nullptr);
    ~AppServices() override;

    // Creates the data directory (0700) and opens/migrates its database.
    storage::Database::Status open(const QString &dataDir);
    QString dataDir() const { return m_dataDir; }

    // Default: the system keychain. Demo mode and some tests put a MemorySecretStore here.
    void setSecretStore(std::unique_ptr<security::SecretStore> store);

    storage::Database *database() const { return m_db.get(); }
    storage::OrderCache *orders() const { return m_orders.get(); }
    storage::AccountStore *accounts() const { return m_accounts.get(); }
    storage::SyncStateStore *syncStates() const { return m_syncStates.get(); }
    storage::Outbox *outbox() const { return m_outbox.get(); }
    storage::AuditLog *auditLog() const { return m_audit.get(); }
    security::SecretStore *secrets() const { return m_secrets.get(); }
    QNetworkAccessManager *network() const { return m_nam; }
    api::Transport *transport() const { return m_transport; }

    // The channel adapters, one per channel (VTEX's is there from the start). Registering one
    // for a channel replaces the one it had.
    void setChannelAdapter(std::unique_ptr<ChannelAdapter> adapter);
    ChannelAdapter *channelAdapter(Channel channel) const;
    // The adapter of the stored account's channel; null with the reason (user text) when there is
    // no such account, it cannot be read, or this build has no adapter for its channel.
    ChannelAdapter *adapterForAccount(const QString &accountName, QString *error) const;

    // VTEX's clients of an account (for VtexChannelAdapter and the payment tab).
    using ClientsCallback = std::function<void(const AccountClients &clients, const QString &error,
                                               int secretErrorKind)>;
    // Reads the account's token from the secret store (once) and hands out its clients.
    void clientsFor(const QString &accountName, QObject *context, ClientsCallback done);
    // The e-vendi client of an account (for EvendiChannelAdapter), built once from the stored
    // account and its integration token; null with the reason when it cannot be.
    using EvendiClientCallback =
        std::function<void(api::EvendiClient *client, const QString &error, int secretErrorKind)>;
    void evendiClientFor(const QString &accountName, QObject *context, EvendiClientCallback done);

    // Stores the token in the secret store first, then the account; nothing is saved when the
    // secret store refuses.
    using DoneCallback = std::function<void(const QString &error, int secretErrorKind)>;
    void saveVtexAccount(const storage::AccountRecord &account, const QString &appToken,
                         QObject *context, DoneCallback done);
    // An account of any kind with its secret (VTEX app token, e-vendi integration token): the
    // secret to the keychain first, then the record.
    void saveAccount(const storage::AccountRecord &account, const QString &secret, QObject *context,
                     DoneCallback done);
    void removeAccount(const QString &accountName, QObject *context, DoneCallback done);
    // The record alone, its secret left as it is in the keychain; the next use builds fresh
    // clients from it. False with the reason (user text).
    bool saveAccountSettings(const storage::AccountRecord &account, QString *error);

    // The payment transaction `transactionId` of an order of `accountName`, asked of that
    // account's payments gateway now (the one network call behind the detail view). `error` is
    // user text, empty on success.
    using TransactionCallback =
        std::function<void(const PaymentTransaction &transaction, const QString &error)>;
    void fetchTransaction(const QString &accountName, const QString &transactionId,
                          QObject *context, TransactionCallback done);

private:
    void dropClients(const QString &accountName);
    // The stored account and its secret (of its kind) from the keychain, or the reason not.
    using SecretCallback =
        std::function<void(const storage::AccountRecord &account, const QString &secret,
                           const QString &error, int secretErrorKind)>;
    void withSecret(const QString &accountName, QObject *context, SecretCallback done);

    QString m_dataDir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::OrderCache> m_orders;
    std::unique_ptr<storage::AccountStore> m_accounts;
    std::unique_ptr<storage::SyncStateStore> m_syncStates;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<storage::AuditLog> m_audit;
    std::unique_ptr<security::SecretStore> m_secrets;
    QNetworkAccessManager *m_nam = nullptr;
    api::Transport *m_transport = nullptr;
    QHash<QString, AccountClients> m_clients;
    QHash<QString, api::EvendiClient *> m_evendiClients;
    std::map<Channel, std::unique_ptr<ChannelAdapter>> m_adapters;
    // Each account's channel once read, as its clients are kept: the dispatcher asks per command.
    mutable QHash<QString, Channel> m_accountChannels;
};

} // namespace despacho::sync
