#pragma once

#include "gui/packingslip.h"
#include "storage/ordercache.h"

#include <QList>
#include <QStringList>

class QPrintPreviewDialog;
class QWidget;

namespace despacho::gui {

// The slips of the orders whose details are in the cache, in the order given; the ids of those
// that cannot be printed (details not downloaded, or unreadable) go to `missing`. When the cache
// cannot be read, none at all, with the database's message in *error.
QList<PackingSlipContent> packingSlipsFor(storage::OrderCache *cache,
                                          const QList<storage::OrderKey> &orders,
                                          QStringList *missing, QString *error = nullptr);

// A print preview of `slips` on A4 (deleted when closed, objectName "packingSlipPreview"), not
// shown yet: the caller sizes it and calls open(). Print, or pick a printer or a PDF file, there.
QPrintPreviewDialog *createPackingSlipPreview(QList<PackingSlipContent> slips, QWidget *parent);

} // namespace despacho::gui
