#include "storage/sqlerror_p.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace despacho::storage::detail {

bool sqlFail(LogCategory category, const QString &what, const QSqlError &sqlError, QString *error)
{
    QString text = sqlError.text().trimmed();
    if (text.isEmpty())
        text = u"unknown database error"_s;
    const QLatin1StringView name(category().categoryName());
    const QLatin1StringView area = name.sliced(name.lastIndexOf(u'.') + 1);
    qCWarning(category).noquote() << u"%1: %2 failed: %3"_s.arg(area, what, text);
    if (error)
        *error = text;
    return false;
}

bool sqlFail(LogCategory category, const QString &what, const QSqlQuery &query, QString *error)
{
    return sqlFail(category, what, query.lastError(), error);
}

bool sqlFail(LogCategory category, const QString &what, const QSqlDatabase &db, QString *error)
{
    return sqlFail(category, what, db.lastError(), error);
}

} // namespace despacho::storage::detail
