#pragma once

#include "core/carriers.h"

#include <QList>

class QSettings;

namespace despacho::sync {

// The station's carrier list, shared by the GUI's forms, despacho-cli and the spreadsheet import:
// QSettings under "carriers/list" as a JSON string (carriersToJson), so a store can add its own
// couriers (File > Carriers); absent or unreadable means the default list.
inline constexpr auto kCarriersSettingsKey = "carriers/list";
QList<Carrier> loadCarriers(const QSettings &settings);
QList<Carrier> loadCarriers(); // the application's QSettings
void saveCarriers(QSettings &settings, const QList<Carrier> &carriers);

// The tracking page of `code` at `courier` from the list's template (empty when the courier is not
// listed or has no template): what a form fills in when no address is given.
QString templateTrackingUrl(const QList<Carrier> &carriers, const QString &courier,
                            const QString &code);

} // namespace despacho::sync
