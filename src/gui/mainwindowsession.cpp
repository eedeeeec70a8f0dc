// MainWindow's outbox, dispatcher and operator session: who is logged in, supervisor-only
// dialogs, the outbox dock, the audit log window and the status bar's outbox and operator labels.
#include "gui/auditview.h"
#include "gui/carriersdialog.h"
#include "gui/carriersettings.h"
#include "gui/formatting.h"
#include "gui/logindialog.h"
#include "gui/mainwindow.h"
#include "gui/messagebar.h"
#include "gui/operatorsdialog.h"
#include "gui/orderactioncontroller.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/outboxview.h"
#include "gui/queuepane.h"
#include "gui/screenfit.h"
#include "gui/supervisorprompt.h"
#include "storage/outbox.h"
#include "sync/appservices.h"
#include "sync/outboxdispatcher.h"
#include "ui_mainwindow.h"

#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace despacho::gui {

void MainWindow::setUpOutbox()
{
    m_outboxView = new OutboxView(m_services, m_operators.get(), this);
    m_outboxView->setObjectName(u"outboxView"_s);
    m_outboxDock = new QDockWidget(this);
    m_outboxDock->setObjectName(u"outboxDock"_s);
    m_outboxDock->setWidget(m_outboxView);
    m_outboxView->setMinimumHeight(100); // the filter and two rows
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxDock);
    m_outboxDock->hide();
    connect(m_ui->actionOutbox, &QAction::toggled, m_outboxDock, [this](bool on) {
        m_outboxDock->setVisible(on);
        if (on) {
            m_outboxView->refresh();
            // The dock may have grown the window to its minimum: keep it inside the screen.
            QTimer::singleShot(0, this, &MainWindow::fitInScreen);
        }
    });
    connect(m_outboxDock, &QDockWidget::visibilityChanged, m_ui->actionOutbox,
            [this](bool visible) {
                if (!isMinimized())
                    m_ui->actionOutbox->setChecked(visible);
            });
    connect(m_outboxView, &OutboxView::commandRequeued, this, [this] {
        onCommandChanged();
        if (m_dispatcher)
            m_dispatcher->wake();
    });
    connect(m_outboxView, &OutboxView::orderActivated, this,
            [this](const QString &account, const QString &orderId) {
                m_queues->setCurrentStatus(QString());
                m_queues->setCurrentAccount(QString());
                onQueueChanged();
                if (!m_list->selectOrder(account, orderId)) {
                    m_detail->showOrder(account, orderId);
                    onDetailChanged();
                }
            });

    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(u"operatorLabel"_s);
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(u"outboxStatusLabel"_s);
    m_outboxLabel->setTextFormat(Qt::RichText);
    connect(m_outboxLabel, &QLabel::linkActivated, this,
            [this] { m_ui->actionOutbox->setChecked(true); });
    m_ui->statusbar->addPermanentWidget(m_outboxLabel);
    m_ui->statusbar->addPermanentWidget(m_operatorLabel);

    m_dispatcher = new sync::OutboxDispatcher(m_services, {}, this);
    connect(m_dispatcher, &sync::OutboxDispatcher::commandChanged, this,
            [this](qint64 id, CommandState state) {
                onCommandChanged();
                if (state != CommandState::Failed && state != CommandState::Retrying)
                    return;
                QString readError;
                const auto c = m_services->outbox()->find(id, &readError);
                if (!readError.isEmpty())
                    m_list->messageBar()->showMessage(storageErrorText(readError));
                if (!c || c->account != m_detail->account() || c->orderId != m_detail->orderId())
                    return;
                m_detail->messageBar()->showMessage(
                    tr("%1 for order %2: %3 — %4")
                        .arg(commandKindDisplayName(c->kind), c->orderId,
                             commandStateDisplayName(c->state), c->lastError),
                    state == CommandState::Failed ? MessageBar::Level::Error
                                                  : MessageBar::Level::Warning);
            });
    // The dispatcher keeps going; the person should know its outcomes may not be on disk.
    connect(m_dispatcher, &sync::OutboxDispatcher::storageError, this,
            [this](const QString &message) { m_list->messageBar()->showMessage(message); });
    connect(m_dispatcher, &sync::OutboxDispatcher::orderRefreshed, this, [this] {
        refreshData();
        onDetailChanged();
    });
    m_dispatcherRetry = new QTimer(this);
    m_dispatcherRetry->setInterval(5000);
    connect(m_dispatcherRetry, &QTimer::timeout, this, &MainWindow::startDispatcher);
}

void MainWindow::startDispatcher()
{
    if (m_dispatcher->isActive())
        return;
    QString error;
    if (m_dispatcher->start(&error)) {
        m_dispatcherRetry->stop();
        updateOutboxStatus();
        return;
    }
    // Another Despacho (or despacho-cli) sends this data directory's outbox; what is queued here
    // is on disk and goes out through it.
    m_dispatcherRetry->start();
    m_outboxLabel->setToolTip(error);
    updateOutboxStatus();
}

void MainWindow::setOperator(const sync::OperatorService::Identity &identity)
{
    m_identity = identity;
    m_orderActions->setOperator(identity);
    m_outboxView->setOperator(identity.name);
    if (!identity.name.isEmpty())
        QSettings().setValue(u"login/lastOperator"_s, identity.name);
    updateOperatorStatus();
}

bool MainWindow::login(const QString &hint)
{
    LoginDialog dialog(m_operators.get(), this);
    dialog.setObjectName(u"loginDialog"_s);
    dialog.setConfirmQuit(true); // at start-up, closing the login quits
    if (!hint.isEmpty())
        dialog.setHint(hint);
    dialog.setCurrentOperator(QSettings().value(u"login/lastOperator"_s).toString());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setOperator(dialog.identity());
    return true;
}

void MainWindow::switchOperator()
{
    auto *dialog = new LoginDialog(m_operators.get(), this);
    dialog->setObjectName(u"loginDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentOperator(m_identity.name);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setOperator(dialog->identity()); });
    dialog->open();
}

void MainWindow::asSupervisor(const QString &purpose, const QString &explanation,
                              const std::function<void(const QString &)> &then)
{
    if (m_identity.isSupervisor()) {
        then(m_identity.name);
        return;
    }
    auto *prompt = new SupervisorPrompt(m_operators.get(), purpose, explanation, this);
    prompt->setObjectName(u"supervisorPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, [then, prompt] { then(prompt->supervisorName()); });
    prompt->open();
}

void MainWindow::openOperators()
{
    asSupervisor(u"operators"_s, tr("Managing operators needs a supervisor."),
                 [this](const QString &supervisor) {
                     auto *dialog = new OperatorsDialog(m_operators.get(), supervisor, this);
                     dialog->setObjectName(u"operatorsDialog"_s);
                     dialog->setAttribute(Qt::WA_DeleteOnClose);
                     dialog->open();
                 });
}

void MainWindow::openCarriers()
{
    auto *dialog = new CarriersDialog(loadCarriers(), this);
    dialog->setObjectName(u"carriersDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings settings;
        saveCarriers(settings, dialog->carriers());
        m_orderActions->setCarriers(dialog->carriers());
    });
    dialog->open();
}

void MainWindow::openAuditLog()
{
    if (!m_auditView) {
        m_auditView = new AuditView(m_services->auditLog(), this);
        m_auditView->setObjectName(u"auditView"_s);
        m_auditView->setWindowFlag(Qt::Window);
        m_auditView->resize(1000, 560);
        fitInAvailableScreen(m_auditView);
    }
    m_auditView->setWindowTitle(tr("Audit log — Despacho"));
    m_auditView->refresh();
    m_auditView->show();
    m_auditView->raise();
    m_auditView->activateWindow();
}

void MainWindow::onDetailChanged()
{
    const QString orderId = m_detail->orderId();
    m_orderActions->setOrder(m_detail->account(),
                             orderId.isEmpty() ? std::nullopt : m_detail->order());
    updatePrintActions();
}

void MainWindow::onCommandChanged()
{
    m_detail->refreshCommands();
    if (m_outboxDock->isVisible())
        m_outboxView->refresh();
    if (m_auditView && m_auditView->isVisible())
        m_auditView->refresh();
    m_orderActions->updateActions();
    updateOutboxStatus();
}

void MainWindow::updateOperatorStatus()
{
    if (m_identity.name.isEmpty()) {
        m_operatorLabel->setText(tr("Nobody logged in"));
    } else {
        m_operatorLabel->setText(m_identity.isSupervisor()
                                     ? tr("Operator: %1 (supervisor)").arg(m_identity.name)
                                     : tr("Operator: %1").arg(m_identity.name));
    }
    m_operatorLabel->setToolTip(
        tr("Switch operator: %1")
            .arg(m_ui->actionSwitchOperator->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::updateOutboxStatus()
{
    storage::Outbox *outbox = m_services->outbox();
    QString error;
    const auto countOf = [&](CommandState s) {
        return error.isEmpty() ? outbox->countByState(s, &error) : -1;
    };
    const int waiting = countOf(CommandState::Pending) + countOf(CommandState::Sending);
    const int retrying = countOf(CommandState::Retrying);
    const int failed = countOf(CommandState::Failed);
    if (!error.isEmpty()) {
        // Never "Outbox empty" when the outbox could not be read.
        m_outboxLabel->setText(u"<a href='outbox'><span style='color:#b00020'>"_s +
                               tr("Outbox cannot be read") + u"</span></a>"_s);
        m_outboxLabel->setToolTip(storageErrorText(error));
        return;
    }
    QStringList parts;
    if (waiting)
        parts << tr("%n to send", nullptr, waiting);
    if (retrying)
        parts << tr("%n retrying", nullptr, retrying);
    if (failed)
        parts << u"<span style='color:#b00020'>"_s + tr("%n failed", nullptr, failed) +
                     u"</span>"_s;
    QString text = parts.isEmpty() ? tr("Outbox empty") : tr("Outbox: %1").arg(parts.join(u", "_s));
    if (!m_dispatcher->isActive())
        text += u" · "_s + tr("sent by another Despacho");
    m_outboxLabel->setText(u"<a href='outbox'>"_s + text + u"</a>"_s);
}

} // namespace despacho::gui
