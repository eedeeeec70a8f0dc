#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace despacho::storage {

class Database;

struct SyncState
{
    QString account;
    QDateTime lastSyncAt; // UTC; invalid when never synced
    QString lastResult;   // human summary of the last run
    int ordersSynced = 0;
};

class SyncStateStore
{
public:
    explicit SyncStateStore(Database *db);
    // Nothing when the account was never synced (*error cleared) or when the read failed (logged
    // under despacho.storage.syncstate, the database's message in *error).
    std::optional<SyncState> find(const QString &account, QString *error = nullptr) const;
    bool save(const SyncState &state, QString *error);

private:
    Database *m_db;
};

} // namespace despacho::storage
