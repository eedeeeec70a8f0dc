#pragma once

#include "core/carriers.h"

#include <QList>
#include <QObject>
#include <QString>

class QComboBox;
class QLineEdit;
class QSettings;

namespace despacho::gui {

// The carrier list lives in QSettings under "carriers/list" as a JSON string (carriersToJson), so
// a store can add its own couriers; absent or unreadable means the default list.
inline constexpr auto kCarriersSettingsKey = "carriers/list";
QList<Carrier> loadCarriers(const QSettings &settings);
QList<Carrier> loadCarriers(); // the application's QSettings
void saveCarriers(QSettings &settings, const QList<Carrier> &carriers);

// Fills `combo` (editable: a courier that is not listed may be typed) with the carriers' names.
void fillCourierCombo(QComboBox *combo, const QList<Carrier> &carriers);

// Keeps a tracking URL field filled from the chosen carrier's template and the tracking number,
// as long as the user has not typed an address of their own (emptying the field hands it back).
class TrackingUrlAutoFill : public QObject
{
    Q_OBJECT
public:
    TrackingUrlAutoFill(QList<Carrier> carriers, QComboBox *courier, QLineEdit *number,
                        QLineEdit *url);
    void update();

private:
    QList<Carrier> m_carriers;
    QComboBox *m_courier;
    QLineEdit *m_number;
    QLineEdit *m_url;
    QString m_lastFilled;
};

} // namespace despacho::gui
