#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace despacho {

// A courier the warehouse ships with and how to build its public tracking page address. The list
// is configurable (settings hold it as JSON) because stores contract different couriers.
struct Carrier
{
    QString name;
    QString urlTemplate; // "{code}" stands for the tracking number; may be empty
    bool operator==(const Carrier &) const = default;
};

// Correios, Jadlog, Loggi and Total Express.
QList<Carrier> defaultCarriers();

// The carrier named `name` (case and surrounding spaces ignored), if listed.
std::optional<Carrier> findCarrier(const QList<Carrier> &carriers, const QString &name);

// The template with {code} replaced by the percent-encoded, trimmed code; empty when the template
// or the code is empty.
QString trackingUrlFor(const Carrier &carrier, const QString &code);

// Whether tracking numbers of this courier are Correios S10 codes ("PAC Correios", "correios").
// The same rule as the S10 warning of validateTracking/validateInvoice.
bool isCorreios(const QString &courierName);

// [{"name": "Correios", "urlTemplate": "https://…{code}"}, …]
QByteArray carriersToJson(const QList<Carrier> &carriers);
// Entries without a name are skipped, and a name listed twice keeps its first entry. Nothing (and
// the reason in *error) when the text is not a JSON array of objects.
std::optional<QList<Carrier>> carriersFromJson(const QByteArray &json, QString *error = nullptr);

} // namespace despacho
