// The table-shaped tabs of OrderDetailView: items, shipping, payment, invoices and tracking.
#include "gui/orderdetailview.h"

#include "gui/formatting.h"
#include "gui/transactionpanel.h"
#include "ui_orderdetailview.h"

#include "gui/imageloader.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPainter>
#include <QTableWidgetItem>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {

void setRow(QTableWidget *table, int row, const QStringList &values,
            std::initializer_list<int> rightAligned = {})
{
    for (int c = 0; c < values.size() && c < table->columnCount(); ++c) {
        auto *item = new QTableWidgetItem(values.at(c));
        if (std::find(rightAligned.begin(), rightAligned.end(), c) != rightAligned.end())
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

void fitColumns(QTableWidget *table)
{
    table->resizeColumnsToContents();
    // Long values (names, URLs, keys) must not push the rest out of sight.
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 320));
}

// A grey parcel outline: where the product picture goes when there is none (yet).
QPixmap picturePlaceholder(bool loading)
{
    const int size = OrderDetailView::kPictureSize;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 2, loading ? Qt::DotLine : Qt::SolidLine));
    painter.setBrush(QColor(0xee, 0xee, 0xee));
    painter.drawRoundedRect(QRectF(6, 12, size - 12, size - 20), 4, 4);
    if (!loading) {
        painter.drawLine(QPointF(14, 20), QPointF(size - 14, size - 16));
        painter.drawLine(QPointF(size - 14, 20), QPointF(14, size - 16));
    }
    return pixmap;
}

QString itemName(const Order &o, int index)
{
    return index >= 0 && index < o.items.size() ? o.items.at(index).name
                                                : QString::number(index + 1);
}

} // namespace

void OrderDetailView::fillItems(const Order &o)
{
    QTableWidget *t = m_ui->itemsTable;
    t->setRowCount(int(o.items.size()));
    t->setIconSize(QSize(kPictureSize, kPictureSize));
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(kPictureSize + 8);
    const QLocale locale;
    // The quantity is what a packer must not misread: large and bold.
    QFont quantityFont = t->font();
    quantityFont.setBold(true);
    quantityFont.setPointSizeF(quantityFont.pointSizeF() * 1.8);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(std::max(codeFont.pointSizeF(), t->font().pointSizeF() * 1.1));
    for (int i = 0; i < o.items.size(); ++i) {
        const OrderItem &item = o.items.at(i);
        QStringList cells(ItemColumnCount);
        cells[ItemQuantityColumn] = locale.toString(item.quantity);
        cells[ItemEanColumn] = item.ean.isEmpty() ? u"—"_s : item.ean;
        cells[ItemRefIdColumn] = item.refId.isEmpty() ? u"—"_s : item.refId;
        cells[ItemSkuColumn] = item.skuId;
        cells[ItemNameColumn] = item.name;
        cells[ItemUnitPriceColumn] = formatMoney(item.price);
        cells[ItemDiscountColumn] = formatMoney(item.discount());
        cells[ItemLineTotalColumn] = formatMoney(item.lineTotal());
        setRow(t, i, cells, {ItemUnitPriceColumn, ItemDiscountColumn, ItemLineTotalColumn});
        QTableWidgetItem *quantity = t->item(i, ItemQuantityColumn);
        quantity->setFont(quantityFont);
        quantity->setTextAlignment(Qt::AlignCenter);
        for (const int column : {int(ItemEanColumn), int(ItemRefIdColumn)})
            t->item(i, column)->setFont(codeFont);
        t->item(i, ItemNameColumn)->setToolTip(item.name);
        t->item(i, ItemPictureColumn)->setData(Qt::UserRole, QUrl(item.imageUrl));
        showItemPicture(i);
    }
    fitColumns(t);
    t->setColumnWidth(ItemPictureColumn, kPictureSize + 12);
    m_ui->itemsSummary->setText(tr("%n line(s)", "", int(o.items.size())) + u", "_s +
                                tr("%n unit(s)", "", o.totalQuantity()));
}

void OrderDetailView::showItemPicture(int row)
{
    QTableWidgetItem *cell = m_ui->itemsTable->item(row, ItemPictureColumn);
    if (!cell)
        return;
    const QUrl url = cell->data(Qt::UserRole).toUrl();
    const QImage image = url.isEmpty() ? QImage() : m_images->image(url);
    const ImageLoader::State state =
        url.isEmpty() ? ImageLoader::State::Failed : m_images->state(url);
    if (!image.isNull()) {
        cell->setData(Qt::DecorationRole, QPixmap::fromImage(image.scaled(
                                              kPictureSize, kPictureSize, Qt::KeepAspectRatio,
                                              Qt::SmoothTransformation)));
        cell->setData(ItemPictureStateRole, QString::fromLatin1(kPictureLoaded));
        cell->setToolTip(QString());
        return;
    }
    const bool loading = state == ImageLoader::State::Loading;
    cell->setData(Qt::DecorationRole, picturePlaceholder(loading));
    cell->setData(ItemPictureStateRole,
                  QString::fromLatin1(loading ? kPictureLoading : kPicturePlaceholder));
    cell->setToolTip(loading ? tr("Loading the picture…") : tr("No picture"));
}

void OrderDetailView::onImageFinished(const QUrl &url)
{
    QTableWidget *t = m_ui->itemsTable;
    for (int row = 0; row < t->rowCount(); ++row) {
        const QTableWidgetItem *cell = t->item(row, ItemPictureColumn);
        if (cell && cell->data(Qt::UserRole).toUrl() == url)
            showItemPicture(row);
    }
}

void OrderDetailView::fillShipping(const Order &o)
{
    const Address &a = o.shippingAddress;
    m_ui->shippingAddress->setText(a.oneLine());
    m_ui->shippingReceiver->setText(a.receiverName.isEmpty() ? u"—"_s : a.receiverName);
    QString street = a.street;
    if (!a.number.isEmpty())
        street += u", "_s + a.number;
    if (!a.complement.isEmpty())
        street += u" - "_s + a.complement;
    m_ui->shippingStreet->setText(street);
    m_ui->shippingNeighborhood->setText(a.neighborhood);
    m_ui->shippingCity->setText(a.state.isEmpty() ? a.city : a.city + u'/' + a.state);
    m_ui->shippingPostalCode->setText(a.postalCode);
    m_ui->shippingReference->setText(a.reference.isEmpty() ? u"—"_s : a.reference);
    m_ui->shippingCourier->setText(o.courier().isEmpty() ? u"—"_s : o.courier());

    QStringList estimates;
    QTableWidget *t = m_ui->logisticsTable;
    int rows = 0;
    for (const LogisticsInfo &l : o.logistics)
        rows += std::max<int>(1, int(l.deliveryIds.size()));
    t->setRowCount(rows);
    int row = 0;
    for (const LogisticsInfo &l : o.logistics) {
        const QString estimateDate = formatDateTime(l.shippingEstimateDate);
        if (!estimates.contains(estimateDate) && !estimateDate.isEmpty())
            estimates << estimateDate;
        const QList<DeliveryId> ids =
            l.deliveryIds.isEmpty() ? QList<DeliveryId>{DeliveryId{}} : l.deliveryIds;
        for (const DeliveryId &d : ids) {
            const QString courier = d.courierName.isEmpty() ? l.deliveryCompany : d.courierName;
            setRow(t, row++,
                   {itemName(o, l.itemIndex), l.selectedSla,
                    formatShippingEstimate(l.shippingEstimate), estimateDate, courier, d.courierId,
                    d.dockId, d.warehouseId, formatMoney(l.price)},
                   {8});
        }
    }
    fitColumns(t);
    QString estimate = estimates.join(u", "_s);
    if (!o.logistics.isEmpty() && !o.logistics.first().shippingEstimate.isEmpty())
        estimate =
            estimate.isEmpty()
                ? formatShippingEstimate(o.logistics.first().shippingEstimate)
                : tr("%1 (%2)").arg(estimate,
                                    formatShippingEstimate(o.logistics.first().shippingEstimate));
    m_ui->shippingEstimate->setText(estimate.isEmpty() ? u"—"_s : estimate);
}

void OrderDetailView::fillPayment(const Order &o)
{
    QTableWidget *t = m_ui->paymentTable;
    int rows = 0;
    for (const Transaction &tx : o.transactions)
        rows += std::max<int>(1, int(tx.payments.size()));
    t->setRowCount(rows);
    int row = 0;
    QString transactionId;
    for (const Transaction &tx : o.transactions) {
        if (transactionId.isEmpty() || tx.isActive)
            transactionId = tx.transactionId;
        if (tx.payments.isEmpty()) {
            setRow(t, row++, {tx.transactionId});
            continue;
        }
        for (const Payment &p : tx.payments) {
            QString card;
            if (!p.firstDigits.isEmpty() || !p.lastDigits.isEmpty())
                card = p.firstDigits + u"…"_s + p.lastDigits;
            setRow(t, row++,
                   {tx.transactionId, p.paymentSystemName, formatPaymentGroup(p.group),
                    formatMoney(p.value),
                    p.installments > 0 ? QString::number(p.installments) : QString(), card, p.tid},
                   {3, 4});
        }
    }
    fitColumns(t);
    m_ui->transactionPanel->setTransaction(m_account, transactionId);
}

void OrderDetailView::fillPackages(const Order &o)
{
    QTableWidget *t = m_ui->packagesTable;
    t->setRowCount(int(o.packages.size()));
    for (int i = 0; i < o.packages.size(); ++i) {
        const Package &p = o.packages.at(i);
        const QString type = p.type.compare(u"Input"_s, Qt::CaseInsensitive) == 0
                                 ? tr("Return (input)")
                                 : tr("Sale (output)");
        const QString delivered =
            p.delivered ? (p.deliveredDate.isValid() ? formatDateTime(p.deliveredDate) : tr("Yes"))
                        : tr("No");
        setRow(t, i,
               {type, p.invoiceNumber, formatMoney(p.invoiceValue), p.invoiceKey,
                formatDateTime(p.issuanceDate), p.courier, p.trackingNumber, p.trackingUrl,
                delivered},
               {2});
    }
    fitColumns(t);
    if (!o.packages.isEmpty())
        t->setCurrentCell(0, 0);
    fillTrackingEvents(o.packages.isEmpty() ? -1 : 0);
    m_ui->detailTabs->setTabText(
        PackagesTab, o.packages.isEmpty() ? tr("Invoices && tracking")
                                          : tr("Invoices && tracking (%1)").arg(o.packages.size()));
}

void OrderDetailView::fillTrackingEvents(int packageRow)
{
    QTableWidget *t = m_ui->trackingEventsTable;
    if (!m_order || packageRow < 0 || packageRow >= m_order->packages.size()) {
        t->setRowCount(0);
        return;
    }
    const QList<TrackingEvent> &events = m_order->packages.at(packageRow).events;
    t->setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const TrackingEvent &e = events.at(i);
        setRow(t, i, {formatDateTime(e.date), e.city, e.state, e.description});
    }
    fitColumns(t);
}

} // namespace despacho::gui
