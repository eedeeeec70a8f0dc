#include "gui/auditview.h"

#include "core/command.h"
#include "gui/formatting.h"
#include "ui_auditview.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
constexpr int kTypingPauseMs = 250;
} // namespace

AuditModel::AuditModel(storage::AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{}

void AuditModel::setFilter(const storage::AuditFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AuditModel::refresh()
{
    beginResetModel();
    m_error.clear();
    m_entries = m_log ? m_log->entries(m_filter, &m_error) : QList<storage::AuditEntry>();
    endResetModel();
}

void AuditModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Action), index(rowCount() - 1, Action), {Qt::DisplayRole});
}

const storage::AuditEntry *AuditModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QStringList AuditModel::knownActions()
{
    return {u"login"_s,          u"pin-refused"_s, u"operator-locked"_s, u"operator-added"_s,
            u"start-handling"_s, u"invoice"_s,     u"tracking"_s,        u"tracking-events"_s,
            u"cancel"_s,         u"retry"_s,       u"discard"_s};
}

QString AuditModel::actionDisplayName(const QString &action)
{
    if (action == u"login"_s)
        return tr("Log in");
    if (action == u"pin-refused"_s)
        return tr("PIN refused");
    if (action == u"operator-locked"_s)
        return tr("Operator locked");
    if (action == u"operator-added"_s)
        return tr("Operator added");
    if (action == u"retry"_s)
        return tr("Retry");
    if (action == u"discard"_s)
        return tr("Discard");
    if (const CommandKind kind = commandKindFromString(action); kind != CommandKind::Unknown)
        return commandKindDisplayName(kind);
    return action;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags AuditModel::flags(const QModelIndex &index) const
{
    // The log is append-only; nothing here is editable.
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const storage::AuditEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == Qt::ToolTipRole) {
        if (index.column() == Action)
            return e->action;
        if (index.column() == Detail || index.column() == Outcome)
            return data(index, Qt::DisplayRole);
        if (index.column() == Time)
            return QLocale().toString(e->at.toLocalTime(), QLocale::LongFormat);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return formatDateTime(e->at);
    case Operator:
        return e->operatorName;
    case Supervisor:
        return e->supervisor;
    case Action:
        return actionDisplayName(e->action);
    case Account:
        return e->account;
    case Order:
        return e->orderId;
    case CommandId:
        return e->commandId > 0 ? QVariant(e->commandId) : QVariant(QString());
    case Outcome:
        return e->outcome;
    case Detail:
        return e->detail;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Operator:
        return tr("Operator");
    case Supervisor:
        return tr("Supervisor");
    case Action:
        return tr("Action");
    case Account:
        return tr("Account");
    case Order:
        return tr("Order");
    case CommandId:
        return tr("Command");
    case Outcome:
        return tr("Outcome");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

AuditView::AuditView(storage::AuditLog *log, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditView>())
    , m_model(new AuditModel(log, this))
    , m_typingTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->auditTable->setModel(m_model);
    m_ui->auditTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->auditTable->horizontalHeader()->setSectionsMovable(true);
    m_ui->actionFilter->addItem(QString(), QString());
    const QStringList actions = AuditModel::knownActions();
    for (const QString &action : actions)
        m_ui->actionFilter->addItem(QString(), action);

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(kTypingPauseMs);
    connect(m_typingTimer, &QTimer::timeout, this, &AuditView::refresh);
    for (QLineEdit *edit : {m_ui->operatorFilter, m_ui->orderFilter, m_ui->textFilter}) {
        connect(edit, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &AuditView::refresh);
    }
    connect(m_ui->actionFilter, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditView::refresh);
    retranslateUi();
    refresh();
}

AuditView::~AuditView() = default;

void AuditView::refresh()
{
    m_typingTimer->stop();
    storage::AuditFilter filter;
    filter.operatorName = m_ui->operatorFilter->text().trimmed();
    filter.action = m_ui->actionFilter->currentData().toString();
    filter.orderId = m_ui->orderFilter->text().trimmed();
    filter.text = m_ui->textFilter->text().trimmed();
    m_model->setFilter(filter);
    addSeenActions();
    const int rows = m_model->rowCount();
    // Never "0 entries" for a log that could not be read.
    m_ui->countLabel->setStyleSheet(m_model->error().isEmpty() ? QString() : u"color:#b00020;"_s);
    if (!m_model->error().isEmpty()) {
        m_ui->countLabel->setText(storageErrorText(m_model->error()));
        return;
    }
    m_ui->countLabel->setText(rows >= filter.limit
                                  ? tr("The newest %1 entries are shown; narrow the filters to "
                                       "see older ones.")
                                        .arg(rows)
                                  : tr("%n entries", nullptr, rows));
}

// Actions written by newer code or other tools still become choosable once they appear.
void AuditView::addSeenActions()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString action = m_model->entryAt(row)->action;
        if (!action.isEmpty() && m_ui->actionFilter->findData(action) < 0) {
            const QSignalBlocker blocker(m_ui->actionFilter);
            m_ui->actionFilter->addItem(AuditModel::actionDisplayName(action), action);
        }
    }
}

QByteArray AuditView::headerState() const
{
    return m_ui->auditTable->horizontalHeader()->saveState();
}

void AuditView::restoreHeaderState(const QByteArray &state)
{
    m_ui->auditTable->horizontalHeader()->restoreState(state);
}

void AuditView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        refresh();
    }
    QWidget::changeEvent(event);
}

void AuditView::retranslateUi()
{
    m_model->retranslate();
    m_ui->actionFilter->setItemText(0, tr("All actions"));
    for (int i = 1; i < m_ui->actionFilter->count(); ++i)
        m_ui->actionFilter->setItemText(
            i, AuditModel::actionDisplayName(m_ui->actionFilter->itemData(i).toString()));
    m_ui->operatorFilter->setToolTip(tr("Entries where this person acted or authorised (exact "
                                        "name)"));
}

} // namespace despacho::gui
