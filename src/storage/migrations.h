#pragma once

#include <QList>
#include <QString>

namespace despacho::storage {

// Migration N takes a database from user_version N-1 to N. Never edit a released migration: add
// the next one. Each is applied in its own transaction together with its user_version bump.
struct Migration
{
    int version;
    QList<QString> statements;
};

const QList<Migration> &migrations();

} // namespace despacho::storage
