#include "gui/outboxview.h"

#include "gui/formatting.h"
#include "gui/messagebar.h"
#include "gui/outboxmodel.h"
#include "gui/supervisorprompt.h"
#include "storage/outbox.h"
#include "sync/actionqueue.h"
#include "sync/appservices.h"
#include "ui_outboxview.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
const QKeySequence kRetryKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
const QKeySequence kDiscardKeys(Qt::Key_Delete);

bool canRetry(CommandState s)
{
    return s == CommandState::Failed || s == CommandState::Retrying;
}
bool canDiscard(CommandState s)
{
    return s == CommandState::Pending || s == CommandState::Retrying || s == CommandState::Failed;
}

QDateTime startOfToday()
{
    return QDate::currentDate().startOfDay().toUTC();
}

storage::OutboxFilter filterFor(OutboxView::Filter filter)
{
    storage::OutboxFilter f;
    switch (filter) {
    case OutboxView::Filter::Pending:
        f.states = {CommandState::Pending, CommandState::Sending};
        break;
    case OutboxView::Filter::Retrying:
        f.states = {CommandState::Retrying};
        break;
    case OutboxView::Filter::Failed:
        f.states = {CommandState::Failed};
        break;
    case OutboxView::Filter::SentToday:
        f.states = {CommandState::Sent};
        f.updatedSince = startOfToday();
        break;
    case OutboxView::Filter::All:
        break;
    }
    return f;
}
} // namespace

OutboxView::OutboxView(sync::AppServices *services, sync::OperatorService *ops, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OutboxView>())
    , m_services(services)
    , m_ops(ops)
    , m_model(new OutboxModel(services->outbox(), this))
    , m_filterGroup(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    m_ui->commandTable->setModel(m_model);
    connect(m_model, &OutboxModel::storageError, this, [this](const QString &error) {
        m_ui->messageBar->showMessage(storageErrorText(error));
    });
    m_ui->commandTable->horizontalHeader()->setSectionsMovable(true);

    m_filterGroup->setExclusive(true);
    QToolButton *buttons[] = {m_ui->pendingFilter, m_ui->retryingFilter, m_ui->failedFilter,
                              m_ui->sentTodayFilter, m_ui->allFilter};
    for (int i = 0; i < 5; ++i)
        m_filterGroup->addButton(buttons[i], i);
    m_ui->pendingFilter->setChecked(true);
    connect(m_filterGroup, &QButtonGroup::idClicked, this,
            [this](int id) { setFilter(static_cast<Filter>(id)); });

    connect(m_ui->retryButton, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &OutboxView::discardSelected);
    // Within the pane only: Ctrl+R belongs to sync in the main window.
    auto *retryShortcut = new QShortcut(kRetryKeys, this);
    retryShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(retryShortcut, &QShortcut::activated, this, &OutboxView::retrySelected);
    auto *discardShortcut = new QShortcut(kDiscardKeys, m_ui->commandTable);
    discardShortcut->setContext(Qt::WidgetShortcut);
    connect(discardShortcut, &QShortcut::activated, this, &OutboxView::discardSelected);

    connect(m_ui->commandTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxView::updateButtons);
    connect(m_ui->commandTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString account = index.data(OutboxModel::AccountRole).toString();
        const QString orderId = index.data(OutboxModel::OrderIdRole).toString();
        if (!orderId.isEmpty())
            Q_EMIT orderActivated(account, orderId);
    });
    retranslateUi();
    refresh();
}

OutboxView::~OutboxView() = default;

void OutboxView::setOperator(const QString &name)
{
    m_operator = name;
    updateButtons();
}

void OutboxView::setFilter(Filter filter)
{
    if (filter != m_filter) {
        m_filter = filter;
        m_ui->commandTable->selectionModel()->clearSelection();
    }
    if (auto *button = m_filterGroup->button(int(filter)))
        button->setChecked(true);
    refresh();
}

void OutboxView::refresh()
{
    const QList<qint64> selected = selectedCommandIds();
    const QModelIndex current = m_ui->commandTable->currentIndex();
    const qint64 currentId =
        current.isValid() ? current.data(OutboxModel::CommandIdRole).toLongLong() : 0;
    const int currentColumn = current.isValid() ? current.column() : 0;

    updateCounts();
    m_model->setFilter(filterFor(m_filter));

    QItemSelectionModel *selection = m_ui->commandTable->selectionModel();
    QItemSelection restored;
    for (qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            restored.select(m_model->index(row, 0),
                            m_model->index(row, OutboxModel::ColumnCount - 1));
    }
    if (const int row = m_model->rowOf(currentId); row >= 0)
        selection->setCurrentIndex(m_model->index(row, currentColumn),
                                   QItemSelectionModel::NoUpdate);
    selection->select(restored, QItemSelectionModel::ClearAndSelect);
    updateButtons();
}

void OutboxView::updateCounts()
{
    storage::Outbox *outbox = m_services->outbox();
    QString error;
    // A count that could not be read shows as 0 with the reason in the message bar.
    const auto countOf = [&](CommandState s) {
        QString e;
        const int n = outbox->countByState(s, &e);
        if (!e.isEmpty())
            error = e;
        return std::max(0, n);
    };
    int all = 0;
    for (CommandState s : {CommandState::Pending, CommandState::Sending, CommandState::Retrying,
                           CommandState::Sent, CommandState::Failed, CommandState::Discarded})
        all += countOf(s);
    storage::OutboxFilter sentToday = filterFor(Filter::SentToday);
    QString sentError;
    const int sent = outbox->count(sentToday, &sentError);
    if (!sentError.isEmpty())
        error = sentError;
    m_counts = {countOf(CommandState::Pending) + countOf(CommandState::Sending),
                countOf(CommandState::Retrying), countOf(CommandState::Failed), std::max(0, sent),
                all};
    if (!error.isEmpty())
        m_ui->messageBar->showMessage(storageErrorText(error));
    const QString labels[] = {tr("&Pending (%1)"), tr("Re&trying (%1)"), tr("&Failed (%1)"),
                              tr("&Sent today (%1)"), tr("A&ll (%1)")};
    for (int i = 0; i < 5; ++i)
        m_filterGroup->button(i)->setText(labels[i].arg(m_counts.at(i)));
}

QList<const Command *> OutboxView::selectedCommands() const
{
    QList<const Command *> out;
    const auto rows = m_ui->commandTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const Command *c = m_model->commandAt(index.row()))
            out.append(c);
    }
    return out;
}

QList<qint64> OutboxView::selectedCommandIds() const
{
    QList<qint64> ids;
    const auto commands = selectedCommands();
    for (const Command *c : commands)
        ids.append(c->id);
    return ids;
}

void OutboxView::selectCommand(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_ui->commandTable->clearSelection();
        return;
    }
    m_ui->commandTable->selectRow(row);
    m_ui->commandTable->setCurrentIndex(m_model->index(row, 0));
}

void OutboxView::updateButtons()
{
    const auto commands = selectedCommands();
    bool retryOk = !commands.isEmpty() && !m_operator.isEmpty();
    bool discardOk = retryOk;
    QString retryWhy;
    QString discardWhy;
    if (m_operator.isEmpty()) {
        retryWhy = discardWhy = tr("Log in to retry or discard commands.");
    } else if (commands.isEmpty()) {
        retryWhy = tr("Select a failed or retrying command to send it again.");
        discardWhy = tr("Select a pending, retrying or failed command to discard it.");
    }
    for (const Command *c : commands) {
        if (retryOk && !canRetry(c->state)) {
            retryOk = false;
            retryWhy = tr("Only failed or retrying commands can be sent again; command %1 is %2.")
                           .arg(c->id)
                           .arg(commandStateDisplayName(c->state).toLower());
        }
        if (discardOk && !canDiscard(c->state)) {
            discardOk = false;
            discardWhy = tr("Only pending, retrying or failed commands can be discarded; command "
                            "%1 is %2.")
                             .arg(c->id)
                             .arg(commandStateDisplayName(c->state).toLower());
        }
    }
    const QString retryKeys = kRetryKeys.toString(QKeySequence::NativeText);
    const QString discardKeys = kDiscardKeys.toString(QKeySequence::NativeText);
    m_ui->retryButton->setEnabled(retryOk);
    m_ui->retryButton->setToolTip(
        retryOk ? tr("Send the selected commands again now (%1).").arg(retryKeys)
                : QString(retryWhy + u' ' + tr("Shortcut: %1.").arg(retryKeys)));
    m_ui->discardButton->setEnabled(discardOk);
    m_ui->discardButton->setToolTip(
        discardOk ? tr("Drop the selected commands without sending them; a supervisor must "
                       "authorise (%1).")
                        .arg(discardKeys)
                  : QString(discardWhy + u' ' + tr("Shortcut: %1.").arg(discardKeys)));
}

void OutboxView::retrySelected()
{
    if (!m_ui->retryButton->isEnabled())
        return;
    m_ui->messageBar->clearMessage();
    QStringList errors;
    QList<qint64> requeued;
    const auto commands = selectedCommands();
    for (const Command *c : commands) {
        QString error;
        if (sync::retryCommand(m_services, c->id, m_operator, &error))
            requeued.append(c->id);
        else
            errors.append(tr("Command %1 (order %2): %3").arg(c->id).arg(c->orderId, error));
    }
    refresh();
    if (!errors.isEmpty())
        m_ui->messageBar->showMessage(errors.join(u'\n'));
    for (qint64 id : std::as_const(requeued))
        Q_EMIT commandRequeued(id);
    if (!requeued.isEmpty())
        Q_EMIT outboxChanged();
}

void OutboxView::discardSelected()
{
    if (!m_ui->discardButton->isEnabled() || m_prompt)
        return;
    m_ui->messageBar->clearMessage();
    const QList<qint64> ids = selectedCommandIds();
    QStringList names;
    const auto commands = selectedCommands();
    for (const Command *c : commands)
        names.append(tr("%1 for order %2").arg(commandKindDisplayName(c->kind), c->orderId));
    if (names.size() > 3)
        names = QStringList{names.mid(0, 3).join(u"; "_s),
                            tr("and %n more", nullptr, int(names.size() - 3))};
    auto *prompt = new SupervisorPrompt(m_ops, u"discard"_s,
                                        tr("Discarding drops these commands without sending them "
                                           "to the store: %1. A supervisor must "
                                           "authorise it.")
                                            .arg(names.join(u"; "_s)),
                                        this);
    prompt->setObjectName(u"discardPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setSupervisor(m_operator); // pre-selected when the operator is a supervisor
    connect(prompt, &QDialog::accepted, this,
            [this, ids, prompt] { discard(ids, prompt->supervisorName()); });
    m_prompt = prompt;
    prompt->open();
}

void OutboxView::discard(const QList<qint64> &ids, const QString &supervisor)
{
    if (supervisor.isEmpty())
        return;
    QStringList errors;
    int discarded = 0;
    for (qint64 id : ids) {
        QString readError;
        const auto c = m_services->outbox()->find(id, &readError);
        if (!readError.isEmpty())
            errors.append(storageErrorText(readError));
        if (!c)
            continue;
        QString error;
        if (sync::discardCommand(m_services, id, m_operator, supervisor, &error))
            ++discarded;
        else
            errors.append(tr("Command %1 (order %2): %3").arg(id).arg(c->orderId, error));
    }
    refresh();
    if (!errors.isEmpty())
        m_ui->messageBar->showMessage(errors.join(u'\n'));
    else if (discarded > 0)
        m_ui->messageBar->showMessage(
            tr("%n command(s) discarded, authorised by %1.", nullptr, discarded).arg(supervisor),
            MessageBar::Level::Information);
    if (discarded > 0)
        Q_EMIT outboxChanged();
}

QByteArray OutboxView::headerState() const
{
    return m_ui->commandTable->horizontalHeader()->saveState();
}

void OutboxView::restoreHeaderState(const QByteArray &state)
{
    m_ui->commandTable->horizontalHeader()->restoreState(state);
}

void OutboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void OutboxView::retranslateUi()
{
    m_model->retranslate();
    updateCounts();
    updateButtons();
    m_ui->pendingFilter->setToolTip(tr("Commands waiting to be sent or being sent"));
    m_ui->retryingFilter->setToolTip(tr("Commands that failed for a passing reason and will be "
                                        "sent again automatically"));
    m_ui->failedFilter->setToolTip(tr("Commands refused by the store; retry or discard them"));
    m_ui->sentTodayFilter->setToolTip(tr("Commands the store accepted today"));
    m_ui->allFilter->setToolTip(tr("Every command, newest first"));
}

} // namespace despacho::gui
