#include "storage/accountstore.h"

#include "core/datetime.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace despacho::storage {

namespace {
AccountRecord fromQuery(const QSqlQuery &q)
{
    AccountRecord a;
    a.name = q.value(0).toString();
    a.kind = q.value(1).toString();
    a.account = q.value(2).toString();
    a.environment = q.value(3).toString();
    a.appKey = q.value(4).toString();
    a.baseUrl = QUrl(q.value(5).toString());
    a.paymentsUrl = QUrl(q.value(6).toString());
    a.refreshMinutes = q.value(7).toInt();
    return a;
}
constexpr auto kColumns =
    "name, kind, account, environment, app_key, base_url, payments_url, refresh_minutes"_L1;
} // namespace

AccountStore::AccountStore(Database *db)
    : m_db(db)
{}

QList<AccountRecord> AccountStore::list() const
{
    QList<AccountRecord> out;
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT "_s + kColumns + u" FROM accounts ORDER BY name"_s))
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<AccountRecord> AccountStore::find(const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT "_s + kColumns + u" FROM accounts WHERE name = ?"_s);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool AccountStore::save(const AccountRecord &a, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO accounts (name, kind, account, environment, app_key, base_url, "
              "payments_url, refresh_minutes, created_at) VALUES (?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, account = excluded.account, "
              "environment = excluded.environment, app_key = excluded.app_key, "
              "base_url = excluded.base_url, payments_url = excluded.payments_url, "
              "refresh_minutes = excluded.refresh_minutes"_s);
    q.addBindValue(a.name);
    q.addBindValue(a.kind);
    q.addBindValue(a.account);
    q.addBindValue(a.environment);
    q.addBindValue(a.appKey);
    q.addBindValue(a.baseUrl.isEmpty() ? QVariant() : QVariant(a.baseUrl.toString()));
    q.addBindValue(a.paymentsUrl.isEmpty() ? QVariant() : QVariant(a.paymentsUrl.toString()));
    q.addBindValue(a.refreshMinutes);
    q.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool AccountStore::remove(const QString &name, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"DELETE FROM accounts WHERE name = ?"_s);
    q.addBindValue(name);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace despacho::storage
