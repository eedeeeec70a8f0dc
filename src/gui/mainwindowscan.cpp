// MainWindow: what a scan does at the packing station, and the station's keyboard.
#include "core/actionforms.h"
#include "core/scan.h"
#include "gui/formatting.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "gui/orderactioncontroller.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/ordertablemodel.h"
#include "gui/queuepane.h"
#include "gui/stationkeys.h"
#include "sync/appservices.h"
#include "ui_mainwindow.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace despacho::gui {

void MainWindow::setUpStationKeys()
{
    m_keys = new StationKeys(this, m_list->searchEdit(), m_list->table(), this);
    m_keys->setActions(findChildren<QAction *>());
    connect(m_keys, &StationKeys::scanned, this, &MainWindow::handleScan);
    connect(m_keys, &StationKeys::openRequested, this, [this] {
        if (m_detail->orderId().isEmpty())
            return;
        m_detail->tabs()->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::openScannedOrders(const QList<storage::OrderKey> &matches)
{
    // A scanned order opens whatever queue is showing, and stays open while the packer works on
    // it: the list widens to all statuses, so the invoice that moves the order out of "ready for
    // handling" does not take it off the screen before its label is scanned.
    if (matches.size() == 1) {
        const storage::OrderKey key = matches.first();
        if (!m_queues->currentStatus().isEmpty())
            m_queues->setCurrentStatus(QString());
        if (!m_queues->currentAccount().isEmpty() && m_queues->currentAccount() != key.account)
            m_queues->setCurrentAccount(QString());
        onQueueChanged();
        m_list->applySearchNow();
        m_list->selectOrder(key.account, key.orderId);
        return;
    }
    m_queues->setCurrentStatus(QString());
    m_queues->setCurrentAccount(QString());
    onQueueChanged();
    m_list->applySearchNow();
    m_list->selectFirstRowIfNone();
}

void MainWindow::handleScan(const QString &text)
{
    MessageBar *bar = m_list->messageBar();
    QString readError;
    const QList<storage::OrderKey> matches = m_services->orders()->findExact(text, &readError);
    if (!readError.isEmpty()) {
        // Not "no such order": a scan read against a cache that could not be read means nothing.
        m_list->revertSearch();
        bar->showMessage(storageErrorText(readError));
        return;
    }
    if (!matches.isEmpty()) {
        openScannedOrders(matches);
        return;
    }
    const ScanReading scan = readScan(text);
    const QString orderId = m_detail->orderId();
    const std::optional<Order> &order = m_detail->order();
    const auto nothing = [this, bar](const QString &why) {
        m_list->revertSearch();
        bar->showMessage(why, MessageBar::Level::Warning);
    };

    if (scan.kind == ScanReading::Kind::NfeKey) {
        if (!scan.nfe.checkDigitOk) {
            nothing(tr("Scanned NF-e key %1: its check digit is wrong (misread?); scan it again.")
                        .arg(scan.text));
            return;
        }
        if (orderId.isEmpty() || !order) {
            nothing(tr("Scanned NF-e key of invoice %1: open the order first (scan its order "
                       "barcode), then the DANFE.")
                        .arg(scan.nfe.number));
            return;
        }
        QString why;
        if (!m_orderActions->canInvoice(&why)) {
            nothing(tr("Scanned NF-e key of invoice %1, but order %2 cannot be invoiced now: %3")
                        .arg(scan.nfe.number, orderId, why));
            return;
        }
        m_list->revertSearch();
        bar->clearMessage();
        m_orderActions->invoiceFromKey(scan.nfe);
        return;
    }

    // Searches come before tracking codes: a CPF or a phone number has the shape of a label.
    const int found = m_services->orders()->count({.search = text}, &readError);
    if (!readError.isEmpty()) {
        m_list->revertSearch();
        bar->showMessage(storageErrorText(readError));
        return;
    }
    if (found > 0) {
        bar->clearMessage();
        m_list->applySearchOrSayNoMatch();
        m_list->selectFirstRowIfNone();
        return;
    }

    if (scan.kind == ScanReading::Kind::TrackingCode) {
        if (orderId.isEmpty() || !order) {
            nothing(tr("Scanned tracking code %1: no order has it, and no order is open to add "
                       "it to. Scan the order barcode first.")
                        .arg(scan.text));
            return;
        }
        QString why;
        if (!m_orderActions->canAddTracking(&why)) {
            nothing(tr("Scanned tracking code %1, but it cannot go on order %2 now: %3")
                        .arg(scan.text, orderId, why));
            return;
        }
        m_list->revertSearch();
        bar->clearMessage();
        m_orderActions->trackingFromScan(scan.text, scan.courierGuess);
        return;
    }

    nothing(tr("Scanned \"%1\": not an order, an NF-e key or a tracking code; nothing was done.")
                .arg(scan.text));
}

} // namespace despacho::gui
