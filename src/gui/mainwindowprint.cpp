// MainWindow's packing slips: the shown order (Ctrl+P) or every selected one (Ctrl+Shift+P),
// one slip per page, through a print preview.
#include "gui/formatting.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/packingslippreview.h"
#include "gui/screenfit.h"
#include "sync/appservices.h"
#include "ui_mainwindow.h"

#include <QItemSelectionModel>
#include <QPrintPreviewDialog>
#include <QStyle>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace despacho::gui {

void MainWindow::setUpPrinting()
{
    connect(m_ui->actionPrintPackingSlip, &QAction::triggered, this, [this] {
        if (m_detail->order())
            printOrders({{m_detail->account(), m_detail->orderId()}});
    });
    connect(m_ui->actionPrintSelectedSlips, &QAction::triggered, this,
            [this] { printOrders(m_list->selectedOrders()); });
    connect(m_list->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updatePrintActions);
    updatePrintActions();
}

void MainWindow::updatePrintActions()
{
    m_ui->actionPrintPackingSlip->setEnabled(m_detail->order().has_value());
    m_ui->actionPrintSelectedSlips->setEnabled(m_list->table()->selectionModel()->hasSelection());
}

void MainWindow::printOrders(const QList<storage::OrderKey> &orders)
{
    if (orders.isEmpty())
        return;
    QStringList missing;
    QString readError;
    QList<PackingSlipContent> slips =
        packingSlipsFor(m_services->orders(), orders, &missing, &readError);
    if (!readError.isEmpty()) {
        m_list->messageBar()->showMessage(storageErrorText(readError));
        return;
    }
    if (!missing.isEmpty()) {
        m_list->messageBar()->showMessage(
            tr("No packing slip for %n order(s) whose details are not downloaded yet (sync with "
               "F5): %1",
               "", int(missing.size()))
                .arg(missing.join(u", "_s)),
            MessageBar::Level::Warning);
    }
    if (slips.isEmpty())
        return;
    QPrintPreviewDialog *preview = createPackingSlipPreview(std::move(slips), this);
    fitInAvailableScreen(preview, QSize(900, 1000));
    preview->open();
}

} // namespace despacho::gui
