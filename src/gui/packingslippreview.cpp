#include "gui/packingslippreview.h"

#include "core/orderdecoder.h"

#include <QJsonDocument>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace despacho::gui {

QList<PackingSlipContent> packingSlipsFor(storage::OrderCache *cache,
                                          const QList<storage::OrderKey> &orders,
                                          QStringList *missing, QString *error)
{
    QList<PackingSlipContent> slips;
    for (const storage::OrderKey &key : orders) {
        QString readError;
        const QByteArray raw = cache->rawJson(key.account, key.orderId, &readError);
        if (!readError.isEmpty()) {
            // No partial batch: a slip missing from a pile is worse than no pile.
            if (error)
                *error = readError;
            return {};
        }
        const auto summary = cache->summary(key.account, key.orderId, &readError);
        if (!readError.isEmpty()) {
            if (error)
                *error = readError;
            return {};
        }
        const OrderParseResult parsed =
            decodeOrder(summary ? summary->channel : Channel::Vtex, raw);
        if (!parsed.ok()) {
            if (missing)
                missing->append(key.orderId);
            continue;
        }
        slips.append(PackingSlipContent::fromOrder(parsed.order, key.account));
    }
    return slips;
}

QPrintPreviewDialog *createPackingSlipPreview(QList<PackingSlipContent> slips, QWidget *parent)
{
    // The dialog owns its printer; the slips live as long as the dialog does.
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(u"packingSlipPreview"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        slips.size() == 1 ? PackingSlip::tr("Packing slip — order %1").arg(slips.first().orderId)
                          : PackingSlip::tr("Packing slips — %n order(s)", "", int(slips.size())));
    QPrinter *printer = dialog->printer();
    printer->setDocName(dialog->windowTitle());
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                       QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    const PackingSlip slip(std::move(slips));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [slip](QPrinter *target) { slip.print(target); });
    return dialog;
}

} // namespace despacho::gui
