#include "gui/trackingdialog.h"

#include "gui/carriersettings.h"
#include "gui/formatting.h"
#include "gui/orderbanner.h"
#include "ui_trackingdialog.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace despacho::gui {

TrackingDialog::TrackingDialog(const Order &order, QList<Carrier> carriers, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrackingDialog>())
    , m_order(order)
    , m_carriers(std::move(carriers))
{
    m_ui->setupUi(this);
    OrderBanner::addTo(this, m_order);
    m_issues.setSummary(m_ui->summaryLabel);
    m_issues.addField(u"invoice"_s, m_ui->invoiceError);
    m_issues.addField(u"courier"_s, m_ui->courierError);
    m_issues.addField(u"number"_s, m_ui->numberError);
    m_issues.addField(u"url"_s, m_ui->urlError);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TrackingDialog::tryAccept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillCourierCombo(m_ui->courierCombo, m_carriers);
    m_ui->dispatchedEdit->setDateTime(currentMinute());
    fillInvoices();
    connect(m_ui->invoiceCombo, &QComboBox::currentIndexChanged, this,
            &TrackingDialog::invoiceChosen);
    invoiceChosen();
    // Filled after the package's own values, so an address VTEX already holds is kept.
    m_urlFill =
        new TrackingUrlAutoFill(m_carriers, m_ui->courierCombo, m_ui->numberEdit, m_ui->urlEdit);
    // Every change checks the code again: a warning never outlives the code it was about, and a
    // confirmed one never covers another code.
    connect(m_ui->numberEdit, &QLineEdit::textChanged, this, &TrackingDialog::recheckNumber);
    connect(m_ui->courierCombo, &QComboBox::currentTextChanged, this,
            &TrackingDialog::recheckNumber);
    retranslateUi();
    m_ui->numberEdit->setFocus();
}

TrackingDialog::~TrackingDialog() = default;

void TrackingDialog::fillInvoices()
{
    for (const Package &p : std::as_const(m_order.packages)) {
        if (p.type == u"Input"_s)
            continue; // returns are not shipped to the customer
        m_ui->invoiceCombo->addItem(
            tr("%1 · %2 · issued %3")
                .arg(p.invoiceNumber, formatMoney(p.invoiceValue), formatDate(p.issuanceDate)),
            p.invoiceNumber);
    }
    // The latest invoice is the one usually being shipped.
    m_ui->invoiceCombo->setCurrentIndex(m_ui->invoiceCombo->count() - 1);
}

void TrackingDialog::invoiceChosen()
{
    const QString number = m_ui->invoiceCombo->currentData().toString();
    for (const Package &p : std::as_const(m_order.packages)) {
        if (p.invoiceNumber != number || p.type == u"Input"_s)
            continue;
        // Correcting a package's tracking starts from what VTEX holds.
        const QString courier = p.courier.isEmpty() ? m_order.courier() : p.courier;
        if (!courier.isEmpty())
            m_ui->courierCombo->setCurrentText(courier);
        if (!p.trackingNumber.isEmpty())
            m_ui->numberEdit->setText(p.trackingNumber);
        if (!p.trackingUrl.isEmpty())
            m_ui->urlEdit->setText(p.trackingUrl);
        return;
    }
}

void TrackingDialog::applyScannedCode(const QString &code, const QString &courierGuess)
{
    // The parcel in hand is the one still without a tracking number (the latest such invoice).
    for (int i = m_ui->invoiceCombo->count() - 1; i >= 0; --i) {
        const QString number = m_ui->invoiceCombo->itemData(i).toString();
        const auto package =
            std::find_if(m_order.packages.cbegin(), m_order.packages.cend(),
                         [&](const Package &p) { return p.invoiceNumber == number; });
        if (package != m_order.packages.cend() && package->trackingNumber.isEmpty()) {
            m_ui->invoiceCombo->setCurrentIndex(i);
            break;
        }
    }
    if (!courierGuess.isEmpty())
        m_ui->courierCombo->setCurrentText(courierGuess);
    else if (m_ui->courierCombo->currentText().trimmed().isEmpty())
        m_ui->courierCombo->setCurrentText(m_order.courier());
    m_ui->numberEdit->setText(code);
    m_ui->numberEdit->setFocus();
}

bool TrackingDialog::urlTyped() const
{
    return m_urlFill && m_urlFill->isTyped();
}

TrackingForm TrackingDialog::form() const
{
    TrackingForm f;
    f.invoiceNumber = m_ui->invoiceCombo->currentData().toString();
    f.courier = m_ui->courierCombo->currentText().trimmed();
    f.number = m_ui->numberEdit->text().trimmed();
    f.url = m_ui->urlEdit->text().trimmed();
    f.dispatched = m_ui->dispatchedEdit->dateTime();
    return f;
}

void TrackingDialog::recheckNumber()
{
    const TrackingForm f = form();
    FieldIssues live = validateTracking(f, m_order);
    if (f.number.isEmpty())
        live.clear(); // "required" is for OK, not for a field being typed
    m_issues.showLive(u"number"_s, live);
}

void TrackingDialog::tryAccept()
{
    if (m_issues.accept(issues()))
        accept();
}

void TrackingDialog::retranslateUi()
{
    setWindowTitle(tr("Tracking for order %1").arg(m_order.orderId));
    m_ui->headerLabel->setText(
        tr("Order %1 · %2 · shipping to %3")
            .arg(m_order.orderId, m_order.customer.fullName(), m_order.shippingAddress.oneLine()));
    m_ui->courierCombo->lineEdit()->setPlaceholderText(tr("Choose or type the courier"));
}

void TrackingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace despacho::gui
