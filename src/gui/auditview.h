#pragma once

#include "storage/auditlog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class AuditView;
}

namespace despacho::gui {

// Audit lines under a filter, newest first, as AuditLog::entries() returns them. Read-only.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Operator,
        Supervisor,
        Action,
        Account,
        Order,
        CommandId,
        Outcome,
        Detail,
        ColumnCount
    };

    explicit AuditModel(storage::AuditLog *log, QObject *parent = nullptr);

    void setFilter(const storage::AuditFilter &filter);
    storage::AuditFilter filter() const { return m_filter; }
    void refresh();
    void retranslate();
    const storage::AuditEntry *entryAt(int row) const;
    // Why the last refresh() read nothing: the database's message; empty when it worked.
    QString error() const { return m_error; }

    // A translated label for an audit action key ("login", "pin-refused"…); the key otherwise.
    static QString actionDisplayName(const QString &action);
    static QStringList knownActions();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    storage::AuditLog *m_log;
    storage::AuditFilter m_filter;
    QList<storage::AuditEntry> m_entries;
    QString m_error;
};

// The audit log as a read-only pane: who did what, when, on which order, with which outcome.
// Filters (operator or supervisor name, action, order id, text in outcome or detail) run in SQL;
// typing applies them after a short pause.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(storage::AuditLog *log, QWidget *parent = nullptr);
    ~AuditView() override;

    AuditModel *model() const { return m_model; }
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

public Q_SLOTS:
    // Reads the log again with the current filters.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addSeenActions();
    void retranslateUi();

    std::unique_ptr<Ui::AuditView> m_ui;
    AuditModel *m_model;
    QTimer *m_typingTimer;
};

} // namespace despacho::gui
