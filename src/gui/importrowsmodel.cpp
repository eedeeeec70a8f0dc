#include "gui/importrowsmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace despacho::gui {

using importer::Field;
using importer::ImportRow;
using importer::RowStatus;

ImportRowsModel::ImportRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportRowsModel::setBatch(importer::TrackingImport *batch)
{
    if (m_batch)
        disconnect(m_batch, nullptr, this, nullptr);
    m_batch = batch;
    if (m_batch)
        connect(m_batch, &importer::TrackingImport::rowChanged, this,
                &ImportRowsModel::onRowChanged);
    reload();
}

void ImportRowsModel::setProblemsOnly(bool only)
{
    if (m_problemsOnly == only)
        return;
    m_problemsOnly = only;
    reload();
}

void ImportRowsModel::reload()
{
    beginResetModel();
    m_visible.clear();
    m_modelRowOf.clear();
    if (m_batch) {
        const QList<ImportRow> &rows = m_batch->rows();
        for (int i = 0; i < rows.size(); ++i) {
            if (m_problemsOnly && rows[i].status != RowStatus::Error)
                continue;
            m_modelRowOf.insert(i, int(m_visible.size()));
            m_visible << i;
        }
    }
    endResetModel();
}

void ImportRowsModel::onRowChanged(int batchRow)
{
    const auto it = m_modelRowOf.constFind(batchRow);
    if (it == m_modelRowOf.constEnd())
        return;
    Q_EMIT dataChanged(index(it.value(), 0), index(it.value(), ColumnCount - 1));
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Field ImportRowsModel::fieldOf(int column)
{
    switch (column) {
    case OrderColumn:
        return Field::Order;
    case InvoiceColumn:
        return Field::Invoice;
    case CourierColumn:
        return Field::Courier;
    case TrackingColumn:
        return Field::TrackingNumber;
    case UrlColumn:
        return Field::TrackingUrl;
    case DispatchedColumn:
        return Field::Dispatched;
    case AccountColumn:
        return Field::Account;
    default:
        return Field::None;
    }
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!m_batch || !index.isValid() || index.row() >= m_visible.size())
        return {};
    const ImportRow &r = m_batch->rows().at(m_visible[index.row()]);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case RowColumn:
            return r.fileRow;
        case StatusColumn:
            return importer::rowStatusDisplayName(r.status);
        case AccountColumn:
            return r.account.isEmpty() ? r.accountName : r.account;
        case OrderColumn:
            return r.orderId;
        case InvoiceColumn:
            return r.invoiceNumber.isEmpty() ? r.invoice : r.invoiceNumber;
        case CourierColumn:
            return r.courier;
        case TrackingColumn:
            return r.trackingNumber;
        case UrlColumn:
            return r.trackingUrl;
        case DispatchedColumn:
            return r.dispatched.isValid() ? QLocale().toString(r.dispatched, QLocale::ShortFormat)
                                          : QString();
        case MessageColumn: {
            QStringList parts;
            if (!r.message.isEmpty())
                parts << r.message;
            parts << r.notes;
            return parts.join(u"; "_s);
        }
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (r.status) {
        case RowStatus::Error:
            return QBrush(QColor(0xb0, 0x00, 0x20));
        case RowStatus::Sent:
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UrlColumn && r.urlFromTemplate)
        return tr("From the carrier's URL template");
    if (role == Qt::ToolTipRole && (flags(index) & Qt::ItemIsEditable))
        return tr("Double-click to fix this cell in the file's data");
    if (role == Qt::UserRole)
        return int(r.status);
    return {};
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case StatusColumn:
        return tr("Status");
    case AccountColumn:
        return tr("Account");
    case OrderColumn:
        return tr("Order");
    case InvoiceColumn:
        return tr("Invoice");
    case CourierColumn:
        return tr("Courier");
    case TrackingColumn:
        return tr("Tracking number");
    case UrlColumn:
        return tr("Tracking URL");
    case DispatchedColumn:
        return tr("Dispatched");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

Qt::ItemFlags ImportRowsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_batch || !index.isValid() || index.row() >= m_visible.size())
        return f;
    const ImportRow &r = m_batch->rows().at(m_visible[index.row()]);
    const Field field = fieldOf(index.column());
    const bool waiting = r.status == RowStatus::Error || r.status == RowStatus::Ready ||
                         r.status == RowStatus::DuplicateInFile;
    if (field != Field::None && waiting && m_batch->mapping().columnOf(field) >= 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ImportRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    m_batch->setCell(m_visible[index.row()], fieldOf(index.column()), value.toString().trimmed());
    Q_EMIT fixed();
    return true;
}

} // namespace despacho::gui
