#pragma once

#include <QString>

namespace despacho::storage {

// The one data directory the GUI and the CLI share: an explicit --data-dir wins, then
// DESPACHO_DATA_DIR, then QStandardPaths::AppDataLocation (organization and application
// "despacho").
QString resolveDataDir(const QString &explicitDir = {});

// Creates the directory with mode 0700 (tightening it if it exists). Returns false with a message.
bool ensureDataDir(const QString &dir, QString *error);

QString databasePath(const QString &dataDir); // <dir>/despacho.sqlite

} // namespace despacho::storage
