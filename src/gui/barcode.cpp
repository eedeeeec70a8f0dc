#include "gui/barcode.h"

#include <QPainter>
#include <QRectF>

#include <zint.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {

constexpr int kQuietModules = 10; // ISO/IEC 15417: at least ten modules each side

struct SymbolDeleter
{
    void operator()(zint_symbol *symbol) const { ZBarcode_Delete(symbol); }
};

// zint packs each row's modules as bits, least significant first (its module_is_set()).
bool moduleIsSet(const zint_symbol &symbol, int row, int column)
{
    return (symbol.encoded_data[row][column >> 3] >> (column & 7)) & 1;
}

} // namespace

QString Barcode::runLengths() const
{
    QString out;
    int run = 0;
    for (qsizetype i = 0; i < modules.size(); ++i) {
        ++run;
        if (i + 1 == modules.size() || modules.at(i + 1) != modules.at(i)) {
            out += QString::number(run);
            run = 0;
        }
    }
    return out;
}

Barcode encodeCode128(const QString &data)
{
    Barcode barcode;
    if (data.isEmpty()) {
        barcode.error = u"nothing to encode"_s;
        return barcode;
    }
    const std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol) {
        barcode.error = u"out of memory"_s;
        return barcode;
    }
    symbol->symbology = BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE; // UTF-8 in, ISO/IEC 8859-1 in the symbol
    const QByteArray utf8 = data.toUtf8();
    const int status = ZBarcode_Encode(
        symbol.get(), reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()));
    if (status >= ZINT_ERROR || symbol->rows < 1 || symbol->width < 1) {
        barcode.error = QString::fromLatin1(symbol->errtxt);
        if (barcode.error.isEmpty())
            barcode.error = u"cannot encode"_s;
        return barcode;
    }
    barcode.modules.reserve(symbol->width);
    for (int column = 0; column < symbol->width; ++column)
        barcode.modules.append(moduleIsSet(*symbol, 0, column));
    return barcode;
}

void paintBarcode(QPainter &painter, const QRectF &rect, const Barcode &barcode)
{
    if (!barcode.ok() || rect.isEmpty())
        return;
    const qsizetype total = barcode.modules.size() + 2 * kQuietModules;
    const qreal module = rect.width() / qreal(total);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    qsizetype i = 0;
    while (i < barcode.modules.size()) {
        if (!barcode.modules.at(i)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < barcode.modules.size() && barcode.modules.at(end))
            ++end;
        // One rectangle per bar, so a wide bar has no seams between its modules.
        painter.drawRect(QRectF(rect.left() + qreal(kQuietModules + i) * module, rect.top(),
                                qreal(end - i) * module, rect.height()));
        i = end;
    }
    painter.restore();
}

} // namespace despacho::gui
