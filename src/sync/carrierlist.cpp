#include "sync/carrierlist.h"

#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace despacho::sync {

Q_LOGGING_CATEGORY(lcCarriers, "despacho.sync.carriers")

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

QString templateTrackingUrl(const QList<Carrier> &carriers, const QString &courier,
                            const QString &code)
{
    const auto carrier = findCarrier(carriers, courier);
    return carrier ? trackingUrlFor(*carrier, code) : QString();
}

} // namespace despacho::sync
