#pragma once

#include "core/command.h"
#include "storage/outbox.h"

#include <QAbstractTableModel>
#include <QList>

namespace despacho::gui {

// The outbox's commands under a filter (states, "updated since"), newest first, as
// Outbox::list() returns them (bounded by the filter's limit, so a long history costs one query
// of at most that many rows). Read-only; refresh() reads the outbox again.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Created,
        Operator,
        Kind,
        Account,
        Order,
        State,
        Attempts,
        NextAttempt,
        Result, // last error, or the receipt of a sent command
        ColumnCount
    };
    enum Role
    {
        CommandIdRole = Qt::UserRole + 1,
        StateRole, // int(CommandState)
        AccountRole,
        OrderIdRole,
    };

    explicit OutboxModel(storage::Outbox *outbox, QObject *parent = nullptr);

    void setFilter(const storage::OutboxFilter &filter);
    storage::OutboxFilter filter() const { return m_filter; }
    void refresh();
    void retranslate();

    const Command *commandAt(int row) const;
    int rowOf(qint64 commandId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // refresh() could not read the outbox (the database's message): the model is empty.
    void storageError(const QString &error);

private:
    QVariant displayValue(const Command &command, int column) const;

    storage::Outbox *m_outbox;
    storage::OutboxFilter m_filter;
    QList<Command> m_commands;
};

} // namespace despacho::gui
