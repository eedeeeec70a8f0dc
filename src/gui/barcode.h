#pragma once

#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace despacho::gui {

// A linear barcode as modules (narrowest bar or space), left to right: true is a bar. No quiet
// zones: paintBarcode adds them.
struct Barcode
{
    QList<bool> modules;
    QString error; // why it could not be encoded (empty on success)
    bool ok() const { return error.isEmpty() && !modules.isEmpty(); }
    // Widths of alternating bars and spaces, starting with a bar ("211214..."): how the
    // standard's tables write symbols.
    QString runLengths() const;
};

// Code 128 (ISO/IEC 15417) with its mod-103 check symbol, through Zint (libzint), which picks
// code sets A/B/C for the shortest symbol.
Barcode encodeCode128(const QString &data);

// Paints the bars in black across `rect` (their height is the rect's), leaving a quiet zone of
// ten modules on each side inside it. Nothing is painted for a barcode that is not ok().
void paintBarcode(QPainter &painter, const QRectF &rect, const Barcode &barcode);

} // namespace despacho::gui
