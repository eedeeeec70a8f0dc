#include "storage/accountstore.h"

#include "core/datetime.h"
#include "storage/database.h"
#include "storage/sqlerror_p.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccounts, "despacho.storage.accounts")

namespace despacho::storage {

using detail::clearError;

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
    a.settings = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    return a;
}
constexpr auto kColumns = "name, kind, account, environment, app_key, base_url, payments_url, "
                          "refresh_minutes, settings"_L1;

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

bool fail(const QString &what, const QSqlQuery &q, QString *error)
{
    return detail::sqlFail(lcAccounts, what, q, error);
}
} // namespace

AccountStore::AccountStore(Database *db)
    : m_db(db)
{}

QList<AccountRecord> AccountStore::list(QString *error) const
{
    QList<AccountRecord> out;
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT "_s + kColumns + u" FROM accounts ORDER BY name"_s)) {
        fail(u"listing the accounts"_s, q, error);
        return out;
    }
    clearError(error);
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

std::optional<AccountRecord> AccountStore::find(const QString &name, QString *error) const
{
    const QString what = u"reading account %1"_s.arg(name);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"SELECT "_s + kColumns + u" FROM accounts WHERE name = ?"_s)) {
        fail(what, q, error);
        return std::nullopt;
    }
    q.addBindValue(name);
    if (!q.exec()) {
        fail(what, q, error);
        return std::nullopt;
    }
    clearError(error);
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool AccountStore::save(const AccountRecord &a, QString *error)
{
    const QString what = u"saving account %1"_s.arg(a.name);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(
            u"INSERT INTO accounts (name, kind, account, environment, app_key, base_url, "
            "payments_url, refresh_minutes, created_at, settings) VALUES (?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, account = excluded.account, "
            "environment = excluded.environment, app_key = excluded.app_key, "
            "base_url = excluded.base_url, payments_url = excluded.payments_url, "
            "refresh_minutes = excluded.refresh_minutes, settings = excluded.settings"_s))
        return fail(what, q, error);
    q.addBindValue(a.name);
    q.addBindValue(a.kind);
    q.addBindValue(orNull(a.account));
    q.addBindValue(orNull(a.environment));
    q.addBindValue(orNull(a.appKey));
    q.addBindValue(a.baseUrl.isEmpty() ? QVariant() : QVariant(a.baseUrl.toString()));
    q.addBindValue(a.paymentsUrl.isEmpty() ? QVariant() : QVariant(a.paymentsUrl.toString()));
    q.addBindValue(a.refreshMinutes);
    q.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(QString::fromUtf8(QJsonDocument(a.settings).toJson(QJsonDocument::Compact)));
    return q.exec() || fail(what, q, error);
}

bool AccountStore::remove(const QString &name, QString *error)
{
    const QString what = u"removing account %1"_s.arg(name);
    QSqlQuery q(m_db->connection());
    if (!q.prepare(u"DELETE FROM accounts WHERE name = ?"_s))
        return fail(what, q, error);
    q.addBindValue(name);
    return q.exec() || fail(what, q, error);
}

} // namespace despacho::storage
