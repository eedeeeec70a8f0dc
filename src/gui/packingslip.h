#pragma once

#include "core/order.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace despacho::gui {

// What one packing slip says, in the order it is printed: the layout's model, built from an
// order without any painting (tests and the preview read the same thing).
struct PackingSlipContent
{
    struct Line
    {
        int quantity = 0;
        QString ean;
        QString refId;
        QString name;
        QString skuId;
    };
    QString orderId; // also the Code 128 barcode's data
    QString sequence;
    QString created;
    QString store;
    QString shipToName;
    QStringList shipToAddress; // street line, neighbourhood, city/UF, CEP
    QString carrier;           // courier and service ("Correios PAC · Normal")
    QString estimate;
    QList<Line> lines;
    int units = 0;

    static PackingSlipContent fromOrder(const Order &order, const QString &store = {});
};

// Packing slips, one order per page (an order with more lines than a page holds continues on
// the next pages), painted on any QPagedPaintDevice: the print preview's QPrinter, a PDF file.
class PackingSlip
{
    Q_DECLARE_TR_FUNCTIONS(despacho::gui::PackingSlip)
public:
    explicit PackingSlip(QList<PackingSlipContent> slips);

    // Paints every slip; the pages printed, or -1 with `error` when the device cannot be painted.
    int print(QPagedPaintDevice *device, QString *error = nullptr) const;
    const QList<PackingSlipContent> &slips() const { return m_slips; }

private:
    QList<PackingSlipContent> m_slips;
};

} // namespace despacho::gui
