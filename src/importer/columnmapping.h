#pragma once

#include "importer/sheet.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace despacho::importer {

// What a column of a tracking spreadsheet holds.
enum class Field
{
    None,
    Order,
    Invoice,
    Courier,
    TrackingNumber,
    TrackingUrl,
    Dispatched,
    Account,
};
inline constexpr Field kAllFields[] = {Field::Order,          Field::Invoice,     Field::Courier,
                                       Field::TrackingNumber, Field::TrackingUrl, Field::Dispatched,
                                       Field::Account};

// The CLI's names: order, invoice, courier, tracking_number, tracking_url, dispatched, account.
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(const QString &key); // also "none"/"ignore" → Field::None
QString fieldDisplayName(Field field);                 // translated

// Lower case, accents and punctuation gone, spaces collapsed: "Nº do Pedido" → "no do pedido".
QString normalizeHeader(const QString &text);
// The field a header names, in Portuguese or English ("Código de rastreio", "trackingNumber"),
// Field::None when it names none.
Field fieldForHeader(const QString &header);

// Where the table is and what each column holds. Columns are the sheet's own (0 = A), so a table
// that starts at B4 under a title block has headerRow 3 and its first field in column 1.
struct ColumnMapping
{
    int headerRow = -1;  // -1: no header row (columns chosen by letter); data from the first row
    QStringList headers; // the header row's text by column (empty without a header row)
    QHash<int, Field> fields; // column → field; columns absent here are ignored

    int columnOf(Field field) const; // -1 when unmapped
    int firstDataRow() const { return headerRow + 1; }
    // What identifies this header layout, to remember a person's remapping of it.
    QString layoutKey() const;
};

// Finds the header row among the first 50 rows: the one naming the most fields, which must
// include the order or the tracking number. Nothing when no row does.
std::optional<ColumnMapping> detectColumns(const Sheet &sheet);

// Applies "COLUMN=FIELD" overrides: COLUMN is a header's text (as in the file, any case or
// accents) or a column letter ("C"); FIELD a fieldKey() or "none". A field mapped to a new
// column leaves its old one. False with the reason (naming the override) on a bad one.
bool applyOverrides(ColumnMapping *mapping, const QStringList &overrides, QString *error);

// Mappings a person chose, kept per layoutKey() in QSettings ("import/mappings"), shared by the
// GUI and despacho-cli. A remembered mapping replaces the detected one when the layout matches.
void rememberMapping(QSettings &settings, const ColumnMapping &mapping);
bool applyRememberedMapping(const QSettings &settings, ColumnMapping *mapping);

} // namespace despacho::importer
