#pragma once

#include "importer/trackingimport.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace despacho::gui {

// The rows of a tracking batch as the wizard's check, send and summary tables show them, with
// the status and the message that says why; "problems only" keeps the rows that will not be sent.
// The order, invoice, courier, tracking, URL and date cells can be edited where the sheet has a
// column for them: the edit goes into the sheet (TrackingImport::setCell) and fixed() asks for a
// new check.
class ImportRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RowColumn,
        StatusColumn,
        AccountColumn,
        OrderColumn,
        InvoiceColumn,
        CourierColumn,
        TrackingColumn,
        UrlColumn,
        DispatchedColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ImportRowsModel(QObject *parent = nullptr);

    void setBatch(importer::TrackingImport *batch);
    void setProblemsOnly(bool only);
    bool problemsOnly() const { return m_problemsOnly; }
    // The batch's rows changed wholesale (validated again).
    void reload();
    int batchRow(int modelRow) const { return m_visible.value(modelRow, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void fixed(); // a cell was edited: validate again

private:
    static importer::Field fieldOf(int column);
    void onRowChanged(int batchRow);

    QPointer<importer::TrackingImport> m_batch;
    QList<int> m_visible; // batch row of each model row
    QHash<int, int> m_modelRowOf;
    bool m_problemsOnly = false;
};

} // namespace despacho::gui
