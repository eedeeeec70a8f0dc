#pragma once

#include "core/channel.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace despacho::storage {

class Database;

// A configured store of some channel (`kind`). Its token is not here: tokens live only in the
// system keychain. The VTEX fields are empty for other kinds, whose own settings are in `settings`.
struct AccountRecord
{
    QString name;                          // the user's label, unique
    QString kind = QStringLiteral("vtex"); // channelToString() of its channel
    QString account;                       // VTEX account name
    QString environment = QStringLiteral("vtexcommercestable");
    QString appKey;
    QUrl baseUrl;     // optional override (tests, sandbox)
    QUrl paymentsUrl; // optional override
    int refreshMinutes = 15;
    // The kind's own settings (e-vendi: organization, env…); never a secret.
    QJsonObject settings;

    Channel channel() const { return channelFromString(kind); }
};

class AccountStore
{
public:
    explicit AccountStore(Database *db);
    // A read that failed is logged (despacho.storage.accounts), puts the database's message in
    // *error and returns nothing; one that worked clears *error.
    QList<AccountRecord> list(QString *error = nullptr) const;
    std::optional<AccountRecord> find(const QString &name, QString *error = nullptr) const;
    // Inserts or replaces by name.
    bool save(const AccountRecord &account, QString *error);
    bool remove(const QString &name, QString *error);

private:
    Database *m_db;
};

} // namespace despacho::storage
