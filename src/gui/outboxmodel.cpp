#include "gui/outboxmodel.h"

#include "gui/formatting.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace despacho::gui {

OutboxModel::OutboxModel(storage::Outbox *outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{}

void OutboxModel::setFilter(const storage::OutboxFilter &filter)
{
    m_filter = filter;
    refresh();
}

void OutboxModel::refresh()
{
    beginResetModel();
    QString error;
    m_commands = m_outbox ? m_outbox->list(m_filter, &error) : QList<Command>();
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT storageError(error);
}

void OutboxModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_commands.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

const Command *OutboxModel::commandAt(int row) const
{
    return row >= 0 && row < m_commands.size() ? &m_commands.at(row) : nullptr;
}

int OutboxModel::rowOf(qint64 commandId) const
{
    for (int row = 0; row < m_commands.size(); ++row) {
        if (m_commands.at(row).id == commandId)
            return row;
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commands.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags OutboxModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant OutboxModel::displayValue(const Command &c, int column) const
{
    switch (column) {
    case Id:
        return c.id;
    case Created:
        return formatDateTime(c.createdAt);
    case Operator:
        return c.supervisor.isEmpty()
                   ? c.operatorName
                   : tr("%1 (authorised by %2)").arg(c.operatorName, c.supervisor);
    case Kind:
        return commandKindDisplayName(c.kind);
    case Account:
        return c.account;
    case Order:
        return c.orderId;
    case State:
        return commandStateDisplayName(c.state);
    case Attempts:
        return c.attempts;
    case NextAttempt:
        return c.state == CommandState::Retrying ? formatDateTime(c.nextAttemptAt) : QString();
    case Result:
        return c.state == CommandState::Sent ? c.receipt : c.lastError;
    default:
        return {};
    }
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const Command *c = index.isValid() ? commandAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Result || index.column() == Operator)
            return displayValue(*c, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Attempts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && c->state == CommandState::Failed)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (index.column() == State && c->state == CommandState::Retrying)
            return QBrush(QColor(0xa0, 0x5a, 0x00));
        return {};
    case CommandIdRole:
        return c->id;
    case StateRole:
        return int(c->state);
    case AccountRole:
        return c->account;
    case OrderIdRole:
        return c->orderId;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Created:
        return tr("Created");
    case Operator:
        return tr("Operator");
    case Kind:
        return tr("Action");
    case Account:
        return tr("Account");
    case Order:
        return tr("Order");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case Result:
        return tr("Last error / receipt");
    default:
        return {};
    }
}

} // namespace despacho::gui
