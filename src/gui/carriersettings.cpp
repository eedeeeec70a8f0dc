#include "gui/carriersettings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace despacho::gui {

Q_LOGGING_CATEGORY(lcCarriers, "despacho.gui.carriers")

QList<Carrier> loadCarriers(const QSettings &settings)
{
    const QString key = QString::fromLatin1(kCarriersSettingsKey);
    if (!settings.contains(key))
        return defaultCarriers();
    QString error;
    const auto carriers = carriersFromJson(settings.value(key).toString().toUtf8(), &error);
    if (!carriers) {
        qCWarning(lcCarriers) << "using the default carriers:" << error;
        return defaultCarriers();
    }
    return *carriers;
}

QList<Carrier> loadCarriers()
{
    const QSettings settings;
    return loadCarriers(settings);
}

void saveCarriers(QSettings &settings, const QList<Carrier> &carriers)
{
    settings.setValue(QString::fromLatin1(kCarriersSettingsKey),
                      QString::fromUtf8(carriersToJson(carriers)));
}

void fillCourierCombo(QComboBox *combo, const QList<Carrier> &carriers)
{
    const QSignalBlocker blocker(combo);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->clear();
    for (const Carrier &c : carriers)
        combo->addItem(c.name);
    combo->setCurrentIndex(-1);
    combo->setEditText({});
}

TrackingUrlAutoFill::TrackingUrlAutoFill(QList<Carrier> carriers, QComboBox *courier,
                                         QLineEdit *number, QLineEdit *url)
    : QObject(url)
    , m_carriers(std::move(carriers))
    , m_courier(courier)
    , m_number(number)
    , m_url(url)
{
    connect(courier, &QComboBox::currentTextChanged, this, &TrackingUrlAutoFill::update);
    connect(number, &QLineEdit::textChanged, this, &TrackingUrlAutoFill::update);
    update();
}

void TrackingUrlAutoFill::update()
{
    // The user's own address wins: only a field still showing what was filled here (or empty) is
    // refilled.
    if (!m_url->text().isEmpty() && m_url->text() != m_lastFilled)
        return;
    const auto carrier = findCarrier(m_carriers, m_courier->currentText());
    m_lastFilled = carrier ? trackingUrlFor(*carrier, m_number->text()) : QString();
    m_url->setText(m_lastFilled);
}

} // namespace despacho::gui
