#include "gui/packingslip.h"

#include "gui/barcode.h"
#include "gui/formatting.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace despacho::gui {

PackingSlipContent PackingSlipContent::fromOrder(const Order &o, const QString &store)
{
    PackingSlipContent c;
    c.orderId = o.orderId;
    c.sequence = o.sequence;
    c.created = formatDateTime(o.creationDate);
    c.store = store;
    const Address &a = o.shippingAddress;
    c.shipToName = a.receiverName.isEmpty() ? o.customer.fullName() : a.receiverName;
    QString street = a.street;
    if (!a.number.isEmpty())
        street += u", "_s + a.number;
    if (!a.complement.isEmpty())
        street += u" - "_s + a.complement;
    c.shipToAddress << street;
    if (!a.neighborhood.isEmpty())
        c.shipToAddress << a.neighborhood;
    c.shipToAddress << (a.state.isEmpty() ? a.city : a.city + u'/' + a.state);
    if (!a.postalCode.isEmpty())
        c.shipToAddress << PackingSlip::tr("CEP %1").arg(a.postalCode);
    if (!a.reference.isEmpty())
        c.shipToAddress << PackingSlip::tr("Reference: %1").arg(a.reference);
    c.carrier = o.courier();
    if (!o.logistics.isEmpty()) {
        const LogisticsInfo &l = o.logistics.first();
        if (c.carrier.isEmpty())
            c.carrier = l.deliveryCompany;
        if (!l.selectedSla.isEmpty() && !c.carrier.contains(l.selectedSla))
            c.carrier = c.carrier.isEmpty() ? l.selectedSla : c.carrier + u" · "_s + l.selectedSla;
        c.estimate = formatDate(l.shippingEstimateDate);
    }
    for (const OrderItem &item : o.items) {
        c.lines.append({.quantity = item.quantity,
                        .ean = item.ean,
                        .refId = item.refId,
                        .name = item.name,
                        .skuId = item.skuId});
        c.units += item.quantity;
    }
    return c;
}

namespace {

// Paints slips in device pixels; sizes are given in millimetres and points so a slip looks the
// same on a 300 dpi printer, a 1200 dpi PDF and the screen preview.
class SlipPainter
{
public:
    SlipPainter(QPainter &painter, QPaintDevice *device)
        : m_p(painter)
        , m_device(device)
        , m_mm(device->logicalDpiY() / 25.4)
        , m_width(device->width())
        , m_height(device->height())
    {}

    // Rows of items that fit under the header on one page.
    int rowsPerPage() const
    {
        const qreal available = m_height - tableTop() - rowHeight() - footerHeight();
        return std::max(1, int(available / rowHeight()));
    }

    void paintPage(const PackingSlipContent &c, qsizetype firstLine, int rows, int page,
                   int pages) const
    {
        paintHeader(c, page, pages);
        paintAddress(c);
        paintLines(c, firstLine, rows);
        if (page == pages)
            paintTotals(c);
    }

private:
    qreal mm(qreal v) const { return v * m_mm; }
    qreal tableTop() const { return mm(78); }
    qreal rowHeight() const { return mm(13); }
    qreal footerHeight() const { return mm(34); }

    QFont font(qreal points, bool bold = false, bool fixed = false) const
    {
        QFont f = fixed ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont();
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    // Draws one line of text with its top at `y`; returns the y below it.
    qreal text(qreal x, qreal y, qreal width, const QString &s, const QFont &f,
               Qt::Alignment align = Qt::AlignLeft, const QColor &colour = Qt::black) const
    {
        m_p.setFont(f);
        m_p.setPen(colour);
        const QFontMetricsF metrics(f, m_device);
        const QString shown = metrics.elidedText(s, Qt::ElideRight, width);
        m_p.drawText(QRectF(x, y, width, metrics.height()), int(align | Qt::AlignTop), shown);
        return y + metrics.height();
    }
    void rule(qreal y, qreal weight = 0.3) const
    {
        m_p.setPen(QPen(Qt::black, mm(weight)));
        m_p.drawLine(QPointF(0, y), QPointF(m_width, y));
    }

    void paintHeader(const PackingSlipContent &c, int page, int pages) const
    {
        const QColor grey(0x55, 0x55, 0x55);
        const qreal left = m_width * 0.5;
        qreal y =
            text(0, 0, left, PackingSlip::tr("PACKING SLIP"), font(10, true), Qt::AlignLeft, grey);
        y = text(0, y + mm(1), left, PackingSlip::tr("Order %1").arg(c.orderId), font(18, true));
        QStringList facts;
        if (!c.sequence.isEmpty())
            facts << PackingSlip::tr("Sequence %1").arg(c.sequence);
        if (!c.created.isEmpty())
            facts << PackingSlip::tr("created %1").arg(c.created);
        y = text(0, y + mm(1), left, facts.join(u" · "_s), font(11));
        if (!c.store.isEmpty())
            y = text(0, y, left, PackingSlip::tr("Store: %1").arg(c.store), font(10), Qt::AlignLeft,
                     grey);
        if (pages > 1)
            text(0, y, left, PackingSlip::tr("Page %1 of %2").arg(page).arg(pages), font(10, true));

        // The order's barcode at the top right: what the packing bench scans to open the order.
        const Barcode barcode = encodeCode128(c.orderId);
        const qreal barWidth = std::min(mm(85), m_width * 0.48);
        const QRectF bars(m_width - barWidth, 0, barWidth, mm(17));
        paintBarcode(m_p, bars, barcode);
        text(bars.left(), bars.bottom() + mm(1), bars.width(), c.orderId, font(10, false, true),
             Qt::AlignHCenter);
        rule(mm(32), 0.5);
    }

    void paintAddress(const PackingSlipContent &c) const
    {
        const QColor grey(0x55, 0x55, 0x55);
        const qreal half = m_width * 0.58;
        qreal y =
            text(0, mm(35), half, PackingSlip::tr("SHIP TO"), font(9, true), Qt::AlignLeft, grey);
        y = text(0, y + mm(1), half, c.shipToName, font(14, true));
        for (const QString &line : c.shipToAddress)
            y = text(0, y, half, line, font(11));
        const qreal x = half + mm(6);
        const qreal w = m_width - x;
        qreal ry =
            text(x, mm(35), w, PackingSlip::tr("CARRIER"), font(9, true), Qt::AlignLeft, grey);
        ry = text(x, ry + mm(1), w, c.carrier.isEmpty() ? u"—"_s : c.carrier, font(14, true));
        if (!c.estimate.isEmpty())
            text(x, ry, w, PackingSlip::tr("Estimated delivery %1").arg(c.estimate), font(11));
    }

    struct Columns
    {
        qreal qty, ean, ref, name, check, end;
    };
    Columns columns() const
    {
        Columns col;
        col.qty = 0;
        col.ean = mm(24);
        col.ref = col.ean + mm(40);
        col.name = col.ref + mm(34);
        col.end = m_width;
        col.check = m_width - mm(12);
        return col;
    }

    void paintLines(const PackingSlipContent &c, qsizetype first, int rows) const
    {
        const Columns col = columns();
        const qreal top = tableTop();
        const QFont head = font(9, true);
        const QColor grey(0x55, 0x55, 0x55);
        text(col.qty, top, col.ean - col.qty, PackingSlip::tr("QTY"), head, Qt::AlignHCenter, grey);
        text(col.ean, top, col.ref - col.ean, PackingSlip::tr("EAN"), head, Qt::AlignLeft, grey);
        text(col.ref, top, col.name - col.ref, PackingSlip::tr("REFERENCE"), head, Qt::AlignLeft,
             grey);
        text(col.name, top, col.check - col.name, PackingSlip::tr("PRODUCT"), head, Qt::AlignLeft,
             grey);
        text(col.check, top, col.end - col.check, PackingSlip::tr("OK"), head, Qt::AlignHCenter,
             grey);
        qreal y = top + mm(5);
        rule(y);
        const QFont qtyFont = font(20, true);
        const QFont code = font(11, false, true);
        const QFont name = font(11);
        const QFont sku = font(8);
        for (qsizetype i = first; i < std::min<qsizetype>(first + rows, c.lines.size()); ++i) {
            const PackingSlipContent::Line &line = c.lines.at(i);
            const qreal mid = y + rowHeight() / 2;
            // The quantity boxed and large: the packer counts against it.
            const QRectF box(col.qty + mm(2), y + mm(1.5), col.ean - col.qty - mm(6),
                             rowHeight() - mm(3));
            m_p.setPen(QPen(Qt::black, mm(0.4)));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawRect(box);
            m_p.setFont(qtyFont);
            m_p.drawText(box, Qt::AlignCenter, QString::number(line.quantity));
            const qreal textTop = mid - mm(2.5);
            text(col.ean, textTop, col.ref - col.ean - mm(2),
                 line.ean.isEmpty() ? u"—"_s : line.ean, code);
            text(col.ref, textTop, col.name - col.ref - mm(2),
                 line.refId.isEmpty() ? u"—"_s : line.refId, code);
            const qreal below =
                text(col.name, mid - mm(4), col.check - col.name - mm(2), line.name, name);
            text(col.name, below, col.check - col.name - mm(2),
                 PackingSlip::tr("SKU %1").arg(line.skuId), sku, Qt::AlignLeft,
                 QColor(0x55, 0x55, 0x55));
            m_p.setPen(QPen(Qt::black, mm(0.3)));
            m_p.drawRect(QRectF(col.check + mm(3), mid - mm(3), mm(6), mm(6)));
            y += rowHeight();
            rule(y, 0.15);
        }
    }

    void paintTotals(const PackingSlipContent &c) const
    {
        const qreal y = m_height - footerHeight() + mm(4);
        rule(y - mm(2), 0.5);
        const qreal below = text(0, y, m_width,
                                 PackingSlip::tr("%n line(s)", "", int(c.lines.size())) + u" · "_s +
                                     PackingSlip::tr("%n unit(s)", "", c.units),
                                 font(16, true));
        text(0, below + mm(6), m_width,
             PackingSlip::tr("Packed by: ____________________    Checked by: ____________________"),
             font(11));
    }

    QPainter &m_p;
    QPaintDevice *m_device;
    qreal m_mm;
    qreal m_width;
    qreal m_height;
};

} // namespace

PackingSlip::PackingSlip(QList<PackingSlipContent> slips)
    : m_slips(std::move(slips))
{}

int PackingSlip::print(QPagedPaintDevice *device, QString *error) const
{
    if (m_slips.isEmpty()) {
        if (error)
            *error = tr("No order to print.");
        return -1;
    }
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The printer cannot be used.");
        return -1;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const SlipPainter slip(painter, device);
    const int perPage = slip.rowsPerPage();
    int printed = 0;
    for (const PackingSlipContent &c : m_slips) {
        const int pages = std::max(1, int((c.lines.size() + perPage - 1) / perPage));
        for (int page = 1; page <= pages; ++page) {
            if (printed > 0 && !device->newPage()) {
                if (error)
                    *error = tr("The printer did not start a new page.");
                return -1;
            }
            slip.paintPage(c, qsizetype(page - 1) * perPage, perPage, page, pages);
            ++printed;
        }
    }
    painter.end();
    return printed;
}

} // namespace despacho::gui
