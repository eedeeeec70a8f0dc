#include "gui/trackingeventsdialog.h"

#include "core/validators.h"
#include "gui/formatting.h"
#include "gui/orderbanner.h"
#include "ui_trackingeventsdialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
// validateTrackingEvents names events "event 1", "event 2", … (in its own translation context).
QString eventField(int n)
{
    return QCoreApplication::translate("despacho::ActionForms", "event %1").arg(n);
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

TrackingEventsDialog::TrackingEventsDialog(const Order &order, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrackingEventsDialog>())
    , m_order(order)
{
    m_ui->setupUi(this);
    OrderBanner::addTo(this, m_order);
    m_issues.setSummary(m_ui->summaryLabel);
    m_issues.addField(u"invoice"_s, m_ui->invoiceError);
    m_issues.addField(u"events"_s, m_ui->eventsError);
    m_issues.addField(u"delivered-date"_s, m_ui->deliveredDateError);

    QHeaderView *header = m_ui->eventsTable->horizontalHeader();
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    header->resizeSection(CityColumn, 160);
    header->resizeSection(StateColumn, 70);
    header->resizeSection(DateColumn, 160);
    m_ui->deliveredDateEdit->setDateTime(currentMinute());

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TrackingEventsDialog::tryAccept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addEventButton, &QPushButton::clicked, this, [this] {
        const int row = addEvent();
        m_ui->eventsTable->setCurrentCell(row, CityColumn);
        m_ui->eventsTable->editItem(m_ui->eventsTable->item(row, CityColumn));
    });
    connect(m_ui->removeEventButton, &QPushButton::clicked, this,
            &TrackingEventsDialog::removeEvent);
    connect(m_ui->deliveredCheck, &QCheckBox::toggled, m_ui->deliveredDateEdit,
            &QWidget::setEnabled);

    for (const Package &p : std::as_const(m_order.packages)) {
        if (p.type != u"Input"_s)
            m_ui->invoiceCombo->addItem(
                tr("%1 · %2 %3").arg(p.invoiceNumber, p.courier, p.trackingNumber).trimmed(),
                p.invoiceNumber);
    }
    m_ui->invoiceCombo->setCurrentIndex(m_ui->invoiceCombo->count() - 1);
    connect(m_ui->invoiceCombo, &QComboBox::currentIndexChanged, this,
            &TrackingEventsDialog::invoiceChosen);
    invoiceChosen();
    retranslateUi();
    m_ui->addEventButton->setFocus();
}

TrackingEventsDialog::~TrackingEventsDialog() = default;

const Package *TrackingEventsDialog::chosenPackage() const
{
    const QString number = m_ui->invoiceCombo->currentData().toString();
    for (const Package &p : m_order.packages) {
        if (p.invoiceNumber == number && p.type != u"Input"_s)
            return &p;
    }
    return nullptr;
}

void TrackingEventsDialog::invoiceChosen()
{
    // VTEX replaces the list, so the events it holds are shown for the operator to extend.
    m_ui->eventsTable->setRowCount(0);
    const Package *p = chosenPackage();
    if (!p)
        return;
    for (const TrackingEvent &e : p->events)
        addEvent({e.city, e.state, e.description, e.date.toLocalTime()});
    m_ui->deliveredCheck->setChecked(p->delivered);
    if (p->deliveredDate.isValid())
        m_ui->deliveredDateEdit->setDateTime(p->deliveredDate.toLocalTime());
}

int TrackingEventsDialog::addEvent(const TrackingEventInput &event)
{
    QTableWidget *table = m_ui->eventsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, CityColumn, new QTableWidgetItem(event.city));
    table->setItem(row, DescriptionColumn, new QTableWidgetItem(event.description));

    auto *state = new QComboBox(table);
    state->addItem(QString());
    state->addItems(brazilianStates());
    QString uf = event.state.trimmed().toUpper();
    if (uf.isEmpty() && row > 0)
        uf = stateCombo(row - 1)->currentText(); // events usually follow in the same state
    state->setCurrentText(uf);
    table->setCellWidget(row, StateColumn, state);

    auto *date = new QDateTimeEdit(table);
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"dd/MM/yyyy HH:mm"_s);
    date->setDateTime(event.date.isValid() ? event.date : currentMinute());
    table->setCellWidget(row, DateColumn, date);
    renumberRows();
    return row;
}

void TrackingEventsDialog::removeEvent()
{
    const int row = m_ui->eventsTable->currentRow();
    if (row < 0)
        return;
    m_ui->eventsTable->removeRow(row);
    renumberRows();
}

void TrackingEventsDialog::renumberRows()
{
    QWidget *previous = m_ui->eventsTable;
    for (int row = 0; row < m_ui->eventsTable->rowCount(); ++row) {
        stateCombo(row)->setObjectName(u"stateCombo%1"_s.arg(row));
        dateEdit(row)->setObjectName(u"eventDateEdit%1"_s.arg(row));
        setTabOrder(previous, stateCombo(row));
        setTabOrder(stateCombo(row), dateEdit(row));
        previous = dateEdit(row);
    }
    setTabOrder(previous, m_ui->addEventButton);
    // validateTrackingEvents numbers events from 1, as rows are shown.
    for (int n = 1; n <= m_ui->eventsTable->rowCount(); ++n)
        m_issues.addField(eventField(n), m_ui->eventsError, true);
}

QComboBox *TrackingEventsDialog::stateCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_ui->eventsTable->cellWidget(row, StateColumn));
}

QDateTimeEdit *TrackingEventsDialog::dateEdit(int row) const
{
    return qobject_cast<QDateTimeEdit *>(m_ui->eventsTable->cellWidget(row, DateColumn));
}

TrackingEventsForm TrackingEventsDialog::form() const
{
    TrackingEventsForm f;
    f.invoiceNumber = m_ui->invoiceCombo->currentData().toString();
    const QTableWidget *table = m_ui->eventsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        f.events.append({cellText(table, row, CityColumn), stateCombo(row)->currentText(),
                         cellText(table, row, DescriptionColumn), dateEdit(row)->dateTime()});
    }
    f.delivered = m_ui->deliveredCheck->isChecked();
    if (f.delivered)
        f.deliveredDate = m_ui->deliveredDateEdit->dateTime();
    return f;
}

FieldIssues TrackingEventsDialog::issues() const
{
    FieldIssues issues;
    // VTEX refuses events on an invoice without a tracking number.
    if (const Package *p = chosenPackage(); p && p->trackingNumber.isEmpty())
        issues.append({u"invoice"_s, tr("invoice %1 has no tracking number yet; add the "
                                        "courier and tracking number first")
                                         .arg(p->invoiceNumber)});
    return issues + validateTrackingEvents(form(), m_order);
}

void TrackingEventsDialog::tryAccept()
{
    if (m_issues.accept(issues()))
        accept();
}

void TrackingEventsDialog::retranslateUi()
{
    setWindowTitle(tr("Tracking events for order %1").arg(m_order.orderId));
    m_ui->headerLabel->setText(
        tr("Order %1 · %2 · shipping to %3")
            .arg(m_order.orderId, m_order.customer.fullName(), m_order.shippingAddress.oneLine()));
}

void TrackingEventsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace despacho::gui
