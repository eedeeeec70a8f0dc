#include "storage/syncstatestore.h"

#include "core/datetime.h"
#include "storage/database.h"
#include "storage/sqlerror_p.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSyncState, "despacho.storage.syncstate")

namespace despacho::storage {

namespace {
bool fail(const QString &what, const QSqlQuery &q, QString *error)
{
    return detail::sqlFail(lcSyncState, what, q, error);
}
} // namespace

SyncStateStore::SyncStateStore(Database *db)
    : m_db(db)
{}

std::optional<SyncState> SyncStateStore::find(const QString &account, QString *error) const
{
    const QString what = u"reading the sync state of %1"_s.arg(account);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"SELECT last_sync_at, last_result, orders_synced FROM sync_state "
                   "WHERE account = ?"_s)) {
        fail(what, q, error);
        return std::nullopt;
    }
    q.addBindValue(account);
    if (!q.exec()) {
        fail(what, q, error);
        return std::nullopt;
    }
    detail::clearError(error);
    if (!q.next())
        return std::nullopt;
    return SyncState{account, parseVtexDateTime(q.value(0).toString()), q.value(1).toString(),
                     q.value(2).toInt()};
}

bool SyncStateStore::save(const SyncState &s, QString *error)
{
    const QString what = u"saving the sync state of %1"_s.arg(s.account);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"INSERT INTO sync_state (account, last_sync_at, last_result, orders_synced) "
                   "VALUES (?,?,?,?) ON CONFLICT (account) DO UPDATE SET "
                   "last_sync_at = excluded.last_sync_at, last_result = excluded.last_result, "
                   "orders_synced = excluded.orders_synced"_s))
        return fail(what, q, error);
    q.addBindValue(s.account);
    q.addBindValue(toIsoUtc(s.lastSyncAt));
    q.addBindValue(s.lastResult);
    q.addBindValue(s.ordersSynced);
    return q.exec() || fail(what, q, error);
}

} // namespace despacho::storage
