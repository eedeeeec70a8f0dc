#pragma once

// How storage reports a failed statement: one place, so every store says the same thing the
// same way (Nextcloud's SyncJournalDb::sqlFail).
#include <QLoggingCategory>
#include <QString>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace despacho::storage::detail {

using LogCategory = const QLoggingCategory &(*)();

// Logs "<area>: <what> failed: <driver text>" as a warning under `category` (area is the last
// part of the category's name, so the line says where it comes from even without %{category} in
// QT_MESSAGE_PATTERN), puts the driver's text in *error when error is not null, and returns
// false. `what` names ids, accounts and operators only: never bound values, order JSON or
// secrets.
bool sqlFail(LogCategory category, const QString &what, const QSqlError &sqlError, QString *error);
bool sqlFail(LogCategory category, const QString &what, const QSqlQuery &query, QString *error);
bool sqlFail(LogCategory category, const QString &what, const QSqlDatabase &db, QString *error);

// A read that worked clears the caller's error, so "*error is empty" means "the answer is real".
inline void clearError(QString *error)
{
    if (error)
        error->clear();
}

} // namespace despacho::storage::detail
