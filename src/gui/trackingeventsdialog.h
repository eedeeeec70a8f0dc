#pragma once

#include "core/actionforms.h"
#include "gui/fieldissuesview.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateTimeEdit;

namespace Ui {
class TrackingEventsDialog;
}

namespace despacho::gui {

// The shipment's tracking events for one invoice, and whether it was delivered. VTEX replaces the
// package's event list with the one sent, so the list starts with the events VTEX already holds.
// OK runs validateTrackingEvents (plus: the invoice must have a tracking number already).
//
// objectNames: headerLabel, invoiceCombo (item data: the invoice number), invoiceError,
// eventsTable (columns: Column; city and description are the cells' text), stateCombo<row>,
// eventDateEdit<row>, addEventButton, removeEventButton, eventsError, deliveredCheck,
// deliveredDateEdit, deliveredDateError, summaryLabel, buttonBox.
class TrackingEventsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        CityColumn,
        StateColumn,
        DescriptionColumn,
        DateColumn,
        ColumnCount
    };

    explicit TrackingEventsDialog(const Order &order, QWidget *parent = nullptr);
    ~TrackingEventsDialog() override;

    TrackingEventsForm form() const;
    FieldIssues issues() const;
    // Appends a row (a new event defaults to now and the previous event's UF); returns its row.
    int addEvent(const TrackingEventInput &event = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    const Package *chosenPackage() const;
    void invoiceChosen();
    void removeEvent();
    void renumberRows();
    QComboBox *stateCombo(int row) const;
    QDateTimeEdit *dateEdit(int row) const;
    void tryAccept();
    void retranslateUi();

    std::unique_ptr<Ui::TrackingEventsDialog> m_ui;
    Order m_order;
    FieldIssuesView m_issues;
};

} // namespace despacho::gui
