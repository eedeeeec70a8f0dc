#pragma once

#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace despacho::storage {

// Migration N takes a database from user_version N-1 to N. Never edit a released migration: add
// the next one. Each is applied in its own transaction together with its user_version bump.
// A migration may add a step in C++ (decoding stored JSON, say) that runs after `statements`
// and before `finalStatements` (indexes are cheaper to build after a back-fill), in the same
// transaction.
struct Migration
{
    int version;
    QList<QString> statements;
    std::function<bool(QSqlDatabase &db, QString *error)> step = {};
    QList<QString> finalStatements = {};
};

const QList<Migration> &migrations();

} // namespace despacho::storage
