#include "gui/invoicedialog.h"

#include "core/orderstatus.h"
#include "core/scan.h"
#include "core/validators.h"
#include "gui/carriersettings.h"
#include "gui/orderbanner.h"
#include "ui_invoicedialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
const QLocale &brazil()
{
    static const QLocale locale(QLocale::Portuguese, QLocale::Brazil);
    return locale;
}

// "1.234,56": what the value field holds and accepts.
QString plainBrl(qint64 cents)
{
    const qint64 abs = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_s : QString()) + brazil().toString(abs / 100) + u',' +
           u"%1"_s.arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString brl(qint64 cents)
{
    return Money(cents).toDisplayString(brazil());
}

QTableWidgetItem *readOnlyItem(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

// validateInvoice names items "item 1", "item 2", … (in its own translation context).
QString itemField(int n)
{
    return QCoreApplication::translate("despacho::ActionForms", "item %1").arg(n);
}
} // namespace

InvoiceDialog::InvoiceDialog(const Order &order, QList<Carrier> carriers, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InvoiceDialog>())
    , m_order(order)
    , m_carriers(std::move(carriers))
    , m_remaining(uninvoicedQuantities(order))
{
    m_ui->setupUi(this);
    OrderBanner::addTo(this, m_order);
    m_issues.setSummary(m_ui->summaryLabel);
    m_issues.addField(u"number"_s, m_ui->numberError);
    m_issues.addField(u"value"_s, m_ui->valueError);
    m_issues.addField(u"issued"_s, m_ui->issuedError);
    m_issues.addField(u"key"_s, m_ui->keyError);
    m_issues.addField(u"url"_s, m_ui->urlError);
    m_issues.addField(u"items"_s, m_ui->itemsError);
    for (int n = 1; n <= m_order.items.size(); ++n)
        m_issues.addField(itemField(n), m_ui->itemsError, true);
    m_issues.addField(u"tracking"_s, m_ui->trackingError);
    m_issues.addField(u"tracking-number"_s, m_ui->trackingNumberError);
    m_issues.addField(u"tracking-url"_s, m_ui->trackingUrlError);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InvoiceDialog::tryAccept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this,
            &InvoiceDialog::updateTypeLimits);
    connect(m_ui->numberEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Said while typing, so "NF 12/3" is corrected before OK.
        setIssueText(m_ui->numberError, text.isEmpty() ? QString() : invoiceNumberProblem(text),
                     false);
    });
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, &InvoiceDialog::keyEdited);
    connect(m_ui->keyEdit, &QLineEdit::editingFinished, this, &InvoiceDialog::checkKeyNow);

    m_ui->issuedEdit->setDateTime(currentMinute());
    fillCourierCombo(m_ui->courierCombo, m_carriers);
    m_urlFill = new TrackingUrlAutoFill(m_carriers, m_ui->courierCombo, m_ui->trackingNumberEdit,
                                        m_ui->trackingUrlEdit);
    const auto recheckTracking = [this] {
        const InvoiceForm f = form();
        FieldIssues live = validateInvoice(f, m_order);
        if (f.trackingNumber.isEmpty())
            live.clear();
        m_issues.showLive(u"tracking-number"_s, live);
    };
    connect(m_ui->trackingNumberEdit, &QLineEdit::textChanged, this, recheckTracking);
    connect(m_ui->courierCombo, &QComboBox::currentTextChanged, this, recheckTracking);
    fillItems();
    updateTotals();
    retranslateUi();
    m_ui->numberEdit->setFocus();
}

InvoiceDialog::~InvoiceDialog() = default;

void InvoiceDialog::fillItems()
{
    QTableWidget *table = m_ui->itemsTable;
    table->setRowCount(int(m_order.items.size()));
    QWidget *previous = table;
    for (int row = 0; row < m_order.items.size(); ++row) {
        const OrderItem &item = m_order.items[row];
        table->setItem(row, SkuColumn, readOnlyItem(item.skuId));
        table->setItem(row, NameColumn, readOnlyItem(item.name));
        table->setItem(row, RemainingColumn,
                       readOnlyItem(QString::number(m_remaining.value(row)), Qt::AlignRight));
        table->setItem(row, UnitPriceColumn,
                       readOnlyItem(brl(item.sellingPrice.cents()), Qt::AlignRight));
        table->setItem(row, LineTotalColumn, readOnlyItem({}, Qt::AlignRight));
        auto *spin = new QSpinBox(table);
        spin->setObjectName(u"quantitySpin%1"_s.arg(row));
        spin->setRange(0, m_remaining.value(row));
        spin->setValue(m_remaining.value(row));
        spin->setAccessibleName(item.name);
        connect(spin, &QSpinBox::valueChanged, this, &InvoiceDialog::updateTotals);
        table->setCellWidget(row, QuantityColumn, spin);
        setTabOrder(previous, spin);
        previous = spin;
    }
    setTabOrder(previous, m_ui->courierCombo);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    table->resizeColumnToContents(SkuColumn);
}

QSpinBox *InvoiceDialog::quantitySpin(int row) const
{
    return qobject_cast<QSpinBox *>(m_ui->itemsTable->cellWidget(row, QuantityColumn));
}

void InvoiceDialog::updateTypeLimits()
{
    // A return (Input) may take back anything the order holds; a sale only what is left.
    const bool output = m_ui->typeCombo->currentIndex() == 0;
    for (int row = 0; row < m_order.items.size(); ++row) {
        if (QSpinBox *spin = quantitySpin(row))
            spin->setMaximum(output ? m_remaining.value(row) : m_order.items[row].quantity);
    }
    updateTotals();
}

void InvoiceDialog::updateTotals()
{
    for (int row = 0; row < m_order.items.size(); ++row) {
        const QSpinBox *spin = quantitySpin(row);
        const qint64 line = m_order.items[row].sellingPrice.cents() * (spin ? spin->value() : 0);
        m_ui->itemsTable->item(row, LineTotalColumn)->setText(brl(line));
    }
    // The value follows the chosen items until typed: everything left of the order's total
    // (freight, tax and discounts included) for a full invoice, the items for a partial one.
    InvoiceForm chosen = form();
    chosen.valueCents = -1;
    // (An empty list would mean "everything left" to expectedInvoiceValue.)
    const InvoiceValueExpectation expected =
        chosen.items.isEmpty() ? InvoiceValueExpectation{} : expectedInvoiceValue(chosen, m_order);
    m_expectedCents = expected.expectedCents;
    m_ui->itemsTotalLabel->setText(
        chosen.items.isEmpty() ? tr("no items chosen")
                               : tr("%1: %2").arg(brl(expected.expectedCents),
                                                  describeInvoiceValue(expected, brazil())));
    // Emptied, or still what the form put there: it follows the items.
    const QString shown = m_ui->valueEdit->text().trimmed();
    if (shown.isEmpty() || shown == m_filledValue) {
        m_filledValue = plainBrl(expected.expectedCents);
        m_ui->valueEdit->setText(m_filledValue);
    }
}

void InvoiceDialog::keyEdited()
{
    // Grouped in fours while typing, the cursor kept after the same digit.
    QLineEdit *edit = m_ui->keyEdit;
    const QString text = edit->text();
    const int digitsBefore = int(digitsOnly(text.left(edit->cursorPosition())).size());
    const QString formatted = formatNfeKey(text);
    int cursor = 0;
    for (int seen = 0; cursor < formatted.size() && seen < digitsBefore; ++cursor) {
        if (formatted.at(cursor).isDigit())
            ++seen;
    }
    edit->setText(formatted);
    edit->setCursorPosition(cursor);
    if (digitsOnly(formatted).size() == 44)
        checkKeyNow();
    else
        setIssueText(m_ui->keyError, {}, false);
}

void InvoiceDialog::checkKeyNow()
{
    const QString key = m_ui->keyEdit->text();
    if (key.isEmpty()) {
        setIssueText(m_ui->keyError, {}, false);
        return;
    }
    m_ui->keyEdit->setText(formatNfeKey(key));
    FieldIssues issues;
    if (const QString p = nfeKeyProblem(key); !p.isEmpty())
        issues.append({u"key"_s, p});
    if (const auto parts = parseNfeKey(key)) {
        issues += nfeKeyIssues(*parts, m_order, QDate::currentDate());
        // The number is the key's nNF: filled when empty, so the key alone is enough.
        if (m_ui->numberEdit->text().trimmed().isEmpty())
            m_ui->numberEdit->setText(parts->number);
    }
    showKeyDetails();
    m_issues.showLive(u"key"_s, issues);
}

void InvoiceDialog::showKeyDetails()
{
    // Under the number: what the key says (number, series, issuer, month) once it is complete,
    // else how to write a number.
    const auto parts = parseNfeKey(m_ui->keyEdit->text());
    if (!parts) {
        m_ui->numberHint->setText(
            tr("Letters and digits only: VTEX puts the number in the addresses of later calls on "
               "this invoice, where spaces, # and / break them."));
        return;
    }
    const QString c = parts->issuerCnpj;
    const QString cnpj = c.left(2) + u'.' + c.mid(2, 3) + u'.' + c.mid(5, 3) + u'/' + c.mid(8, 4) +
                         u'-' + c.mid(12, 2);
    m_ui->numberHint->setText(tr("From the NF-e key: number %1, series %2, issuer CNPJ %3, "
                                 "issued %4/%5")
                                  .arg(parts->number, parts->series, cnpj)
                                  .arg(parts->month, 2, 10, QLatin1Char('0'))
                                  .arg(parts->year));
}

void InvoiceDialog::applyScannedKey(const NfeKeyParts &key)
{
    m_ui->numberEdit->setText(key.number);
    m_ui->keyEdit->setText(formatNfeKey(key.key));
    checkKeyNow();
}

InvoiceForm InvoiceDialog::form() const
{
    InvoiceForm f;
    f.output = m_ui->typeCombo->currentIndex() == 0;
    f.number = m_ui->numberEdit->text().trimmed();
    const auto value = Money::parse(m_ui->valueEdit->text());
    f.valueCents = value ? value->cents() : -1;
    f.issued = m_ui->issuedEdit->dateTime();
    f.key = m_ui->keyEdit->text().trimmed();
    f.url = m_ui->urlEdit->text().trimmed();
    for (int row = 0; row < m_order.items.size(); ++row) {
        const QSpinBox *spin = quantitySpin(row);
        if (spin && spin->value() > 0)
            f.items.append(
                {m_order.items[row].skuId, spin->value(), m_order.items[row].sellingPrice.cents()});
    }
    f.courier = m_ui->courierCombo->currentText().trimmed();
    f.trackingNumber = m_ui->trackingNumberEdit->text().trimmed();
    f.trackingUrl = m_ui->trackingUrlEdit->text().trimmed();
    return f;
}

FieldIssues InvoiceDialog::issues() const
{
    const InvoiceForm f = form();
    FieldIssues own;
    const QString valueText = m_ui->valueEdit->text().trimmed();
    if (valueText.isEmpty())
        own.append({u"value"_s, tr("enter the invoice value, e.g. 1.234,56")});
    else if (f.valueCents < 0)
        own.append({u"value"_s,
                    tr("\"%1\" is not an amount in reais; write it as 1.234,56").arg(valueText)});
    FieldIssues checked = validateInvoice(f, m_order);
    if (const auto parts = parseNfeKey(f.key); parts && parts->checkDigitOk) {
        checked += nfeKeyIssues(*parts, m_order, QDate::currentDate());
        if (parts->number != f.number)
            checked.append(
                {u"key"_s, tr("the key is of invoice number %1, not %2")
                               .arg(parts->number, f.number.isEmpty() ? u"—"_s : f.number)});
    }
    if (f.items.isEmpty()) {
        // An empty list means "everything left" to validateInvoice; here it is a mistake, and
        // what validateInvoice says about those items does not apply.
        own.append({u"items"_s, tr("set the quantity of at least one item")});
        checked.removeIf(
            [this](const FieldIssue &i) { return m_issues.labelFor(i.field) == m_ui->itemsError; });
    }
    return own + checked;
}

void InvoiceDialog::tryAccept()
{
    if (m_issues.accept(issues()))
        accept();
}

void InvoiceDialog::retranslateUi()
{
    setWindowTitle(tr("Invoice order %1").arg(m_order.orderId));
    m_ui->headerLabel->setText(tr("Order %1 · %2 · %3 · total %4")
                                   .arg(m_order.orderId, m_order.customer.fullName(),
                                        orderStatusDisplayName(m_order.status),
                                        brl(m_order.value.cents())));
    m_ui->courierCombo->lineEdit()->setPlaceholderText(tr("Optional: choose or type a courier"));
}

void InvoiceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        showKeyDetails();
    }
    QDialog::changeEvent(event);
}

} // namespace despacho::gui
