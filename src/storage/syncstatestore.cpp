#include "storage/syncstatestore.h"

#include "core/datetime.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace despacho::storage {

SyncStateStore::SyncStateStore(Database *db)
    : m_db(db)
{}

std::optional<SyncState> SyncStateStore::find(const QString &account) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT last_sync_at, last_result, orders_synced FROM sync_state "
              "WHERE account = ?"_s);
    q.addBindValue(account);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SyncState{account, parseVtexDateTime(q.value(0).toString()), q.value(1).toString(),
                     q.value(2).toInt()};
}

bool SyncStateStore::save(const SyncState &s, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO sync_state (account, last_sync_at, last_result, orders_synced) "
              "VALUES (?,?,?,?) ON CONFLICT (account) DO UPDATE SET "
              "last_sync_at = excluded.last_sync_at, last_result = excluded.last_result, "
              "orders_synced = excluded.orders_synced"_s);
    q.addBindValue(s.account);
    q.addBindValue(toIsoUtc(s.lastSyncAt));
    q.addBindValue(s.lastResult);
    q.addBindValue(s.ordersSynced);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace despacho::storage
