#pragma once

#include "core/carriers.h"
#include "sync/carrierlist.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QComboBox;
class QLineEdit;
class QSettings;

namespace despacho::gui {

// The carrier list lives below the GUI (sync/carrierlist.h), shared with the CLI and the import.
using sync::kCarriersSettingsKey;
using sync::loadCarriers;
using sync::saveCarriers;

// Fills `combo` (editable: a courier that is not listed may be typed) with the carriers' names.
void fillCourierCombo(QComboBox *combo, const QList<Carrier> &carriers);

// Keeps a tracking URL field built from the chosen carrier's template and the tracking number:
// a URL that came from a template always follows the number and the courier (also one VTEX
// already held, or a restored draft, when it has a carrier template's shape). A URL the person
// typed is kept and marked as typed by a button in the field (objectName "urlTypedMark") that puts
// the template's address back; emptying the field hands it back too.
class TrackingUrlAutoFill : public QObject
{
    Q_OBJECT
public:
    TrackingUrlAutoFill(QList<Carrier> carriers, QComboBox *courier, QLineEdit *number,
                        QLineEdit *url);
    void update();
    bool isTyped() const { return m_typed; }
    // The address the chosen carrier's template gives for the number (empty: none).
    QString templateUrl() const;

private:
    void setTyped(bool typed);
    bool looksTemplated(const QString &url) const;

    QList<Carrier> m_carriers;
    QComboBox *m_courier;
    QLineEdit *m_number;
    QLineEdit *m_url;
    QAction *m_typedMark;
    bool m_typed = false;
    bool m_filling = false;
};

} // namespace despacho::gui
