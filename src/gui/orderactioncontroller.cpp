#include "gui/orderactioncontroller.h"

#include "core/actionforms.h"
#include "core/evendiforms.h"
#include "gui/canceldialog.h"
#include "gui/evendiactiondialog.h"
#include "gui/formdraft.h"
#include "gui/invoicedialog.h"
#include "gui/starthandlingdialog.h"
#include "gui/supervisorprompt.h"
#include "gui/trackingdialog.h"
#include "gui/trackingeventsdialog.h"
#include "storage/outbox.h"
#include "sync/actionqueue.h"
#include "sync/appservices.h"

#include <QAction>
#include <QDialog>
#include <QLocale>
#include <QSettings>
#include <QTableWidget>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace despacho::gui {

OrderActionController::OrderActionController(sync::AppServices *services,
                                             sync::OperatorService *operators,
                                             OrderActionSet actions, QWidget *dialogParent,
                                             QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_operators(operators)
    , m_actions(actions)
    , m_dialogParent(dialogParent)
{
    connect(m_actions.startHandling, &QAction::triggered, this,
            &OrderActionController::startHandling);
    connect(m_actions.invoice, &QAction::triggered, this, &OrderActionController::invoice);
    connect(m_actions.tracking, &QAction::triggered, this, &OrderActionController::tracking);
    connect(m_actions.trackingEvents, &QAction::triggered, this,
            &OrderActionController::trackingEvents);
    connect(m_actions.cancel, &QAction::triggered, this, &OrderActionController::cancel);
    if (m_actions.close)
        connect(m_actions.close, &QAction::triggered, this,
                [this] { openEvendi(CommandKind::Close); });
    if (m_actions.refund)
        connect(m_actions.refund, &QAction::triggered, this,
                [this] { openEvendi(CommandKind::Refund); });
    updateActions();
}

void OrderActionController::setOperator(const sync::OperatorService::Identity &identity)
{
    m_identity = identity;
    updateActions();
}

void OrderActionController::setOrder(const QString &account, const std::optional<Order> &order)
{
    m_account = account;
    m_order = order;
    updateActions();
}

bool OrderActionController::ready(QString *why) const
{
    if (m_identity.name.isEmpty()) {
        *why = tr("Log in (File > Switch operator) to act on orders.");
        return false;
    }
    if (!m_order) {
        *why = tr("Select an order whose details have been downloaded.");
        return false;
    }
    // One command per order at a time: VTEX can leave an order stuck when, say, a cancel races
    // an invoice, and the forms are filled from the order as it was before the waiting command.
    const int waiting = m_services->outbox()->unfinishedForOrder(m_account, m_order->orderId);
    if (waiting < 0) {
        *why = tr("The outbox of order %1 cannot be read, so nothing can be queued on it; see "
                  "the log, and check the disk.")
                   .arg(m_order->orderId);
        return false;
    }
    if (waiting > 0) {
        *why = tr("Order %1 has a command waiting to be sent (see its Commands tab); wait until "
                  "it is sent or has failed.")
                   .arg(m_order->orderId);
        return false;
    }
    *why = QString();
    return true;
}

void OrderActionController::applyState(QAction *action, const QString &blocker, const QString &help)
{
    action->setEnabled(blocker.isEmpty());
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    const QString text = blocker.isEmpty() ? help : blocker;
    action->setToolTip(shortcut.isEmpty() ? text : QString(text + u" ("_s + shortcut + u')'));
    action->setStatusTip(text);
}

void OrderActionController::updateActions()
{
    QString why;
    const bool canAct = ready(&why);
    if (canAct && isEvendi()) {
        updateEvendiActions();
        return;
    }
    // These forms are VTEX's: an order of a channel this build does not know gets none.
    const bool vtex = canAct && m_order->channel == Channel::Vtex;
    const QString otherChannel = canAct ? tr("%1 orders are worked with their own forms.")
                                              .arg(channelDisplayName(m_order->channel))
                                        : QString();
    const auto blocker = [&](QString (*check)(const Order &)) {
        return !canAct ? why : vtex ? check(*m_order) : otherChannel;
    };
    const QString evendiOnly =
        !canAct ? why : tr("Only e-vendi orders are closed or refunded here");
    for (QAction *a : {m_actions.close, m_actions.refund}) {
        if (a)
            applyState(a, evendiOnly, evendiOnly);
    }
    applyState(m_actions.startHandling, blocker(startHandlingBlocker),
               tr("Tell the store the warehouse started handling this order"));
    applyState(m_actions.invoice, blocker(invoiceBlocker),
               tr("Send an invoice (NF-e) for all or part of the order's items"));
    applyState(m_actions.tracking, blocker(trackingBlocker),
               tr("Add the courier and tracking number to one of the order's invoices"));
    applyState(m_actions.trackingEvents, blocker(trackingBlocker),
               tr("Send the shipment's tracking events, or mark it delivered"));
    applyState(m_actions.cancel, blocker(cancelBlocker),
               tr("Cancel the order (a supervisor's PIN is required)"));
}

void OrderActionController::show(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void OrderActionController::startHandling()
{
    if (!m_order || !m_actions.startHandling->isEnabled())
        return;
    const Order order = *m_order;
    const QString account = m_account;
    auto *dialog = new StartHandlingDialog(order, m_dialogParent);
    connect(dialog, &QDialog::accepted, this,
            [this, account, order] { queue(account, CommandKind::StartHandling, order, {}); });
    show(dialog);
}

void OrderActionController::invoice()
{
    if (isEvendi())
        openEvendi(CommandKind::Invoice);
    else
        openInvoice();
}

InvoiceDialog *OrderActionController::openInvoice()
{
    if (!m_order || !m_actions.invoice->isEnabled())
        return nullptr;
    const Order order = *m_order;
    const QString account = m_account;
    auto *dialog = new InvoiceDialog(order, m_carriers, m_dialogParent);
    auto *draft = attachDraft(dialog, CommandKind::Invoice, account, order.orderId);
    connect(dialog, &QDialog::accepted, this, [this, account, order, dialog, draft] {
        settle(draft,
               queue(account, CommandKind::Invoice, order, invoicePayload(dialog->form(), order),
                     {}, dialog->confirmedWarnings()));
    });
    show(dialog);
    return dialog;
}

void OrderActionController::tracking()
{
    if (isEvendi())
        openEvendi(CommandKind::Tracking);
    else
        openTracking();
}

TrackingDialog *OrderActionController::openTracking()
{
    if (!m_order || !m_actions.tracking->isEnabled())
        return nullptr;
    const Order order = *m_order;
    const QString account = m_account;
    auto *dialog = new TrackingDialog(order, m_carriers, m_dialogParent);
    auto *draft = attachDraft(dialog, CommandKind::Tracking, account, order.orderId);
    connect(dialog, &QDialog::accepted, this, [this, account, order, dialog, draft] {
        settle(draft, queue(account, CommandKind::Tracking, order, trackingPayload(dialog->form()),
                            {}, dialog->confirmedWarnings()));
    });
    show(dialog);
    return dialog;
}

bool OrderActionController::canInvoice(QString *why) const
{
    if (!ready(why))
        return false;
    *why = isEvendi() ? tr("e-vendi takes the fiscal note's address, not its key: use Invoice "
                           "(Ctrl+I) to send it")
                      : invoiceBlocker(*m_order);
    return why->isEmpty();
}

bool OrderActionController::canAddTracking(QString *why) const
{
    if (!ready(why))
        return false;
    *why = isEvendi() ? evendiTrackingBlocker(*m_order) : trackingBlocker(*m_order);
    return why->isEmpty();
}

void OrderActionController::invoiceFromKey(const NfeKeyParts &key)
{
    if (InvoiceDialog *dialog = openInvoice())
        dialog->applyScannedKey(key);
}

void OrderActionController::trackingFromScan(const QString &code, const QString &courierGuess)
{
    if (isEvendi()) {
        if (EvendiActionDialog *dialog = openEvendi(CommandKind::Tracking))
            dialog->setTrackingCode(code);
        return;
    }
    if (TrackingDialog *dialog = openTracking())
        dialog->applyScannedCode(code, courierGuess);
}

void OrderActionController::trackingEvents()
{
    if (!m_order || !m_actions.trackingEvents->isEnabled())
        return;
    const Order order = *m_order;
    const QString account = m_account;
    auto *dialog = new TrackingEventsDialog(order, m_dialogParent);
    auto *draft = attachDraft(dialog, CommandKind::TrackingEvents, account, order.orderId,
                              [dialog](QTableWidget *table, int rows) {
                                  while (table->rowCount() < rows)
                                      dialog->addEvent();
                              });
    connect(dialog, &QDialog::accepted, this, [this, account, order, dialog, draft] {
        settle(draft, queue(account, CommandKind::TrackingEvents, order,
                            trackingEventsPayload(dialog->form())));
    });
    show(dialog);
}

void OrderActionController::cancel()
{
    if (isEvendi()) {
        openEvendi(CommandKind::Cancel);
        return;
    }
    if (!m_order || !m_actions.cancel->isEnabled())
        return;
    const Order order = *m_order;
    const QString account = m_account;
    auto *dialog = new CancelDialog(order, m_identity.name, m_dialogParent);
    // The reason survives a crash; it is dropped once the cancel is queued or given up.
    auto *draft = attachDraft(dialog, CommandKind::Cancel, account, order.orderId);
    connect(dialog, &QDialog::accepted, this, [this, account, order, dialog, draft] {
        draft->saveNow();
        const QString reason = dialog->reason();
        // After this slot returns the cancel form closes; the prompt replaces it.
        QMetaObject::invokeMethod(
            this,
            [this, account, order, reason] { askSupervisorForCancel(account, order, reason); },
            Qt::QueuedConnection);
    });
    show(dialog);
}

void OrderActionController::askSupervisorForCancel(const QString &account, const Order &order,
                                                   const QString &reason)
{
    auto *prompt =
        new SupervisorPrompt(m_operators, u"cancel %1"_s.arg(order.orderId),
                             tr("Canceling order %1 needs a supervisor's PIN now. Reason: %2")
                                 .arg(order.orderId, reason),
                             m_dialogParent);
    connect(prompt, &QDialog::accepted, this, [this, account, order, reason, prompt] {
        // Queued: the reason lives in the outbox now, not in the settings file.
        if (queue(account, CommandKind::Cancel, order, {{u"reason"_s, reason}},
                  prompt->supervisorName()))
            dropDraft(draftKey(CommandKind::Cancel, account, order.orderId));
    });
    show(prompt);
}

qint64 OrderActionController::queue(const QString &account, CommandKind kind, const Order &order,
                                    const QJsonObject &payload, const QString &supervisor,
                                    const FieldIssues &overrides)
{
    QStringList confirmed;
    for (const FieldIssue &w : overrides)
        confirmed << w.field + u": "_s + w.message;
    QList<sync::ActionRequest> chain;
    // An order still waiting for handling gets its start handling queued ahead of the invoice,
    // in the same transaction, so the packer spends no key press on it.
    if (kind == CommandKind::Invoice && order.channel == Channel::Vtex &&
        startHandlingBlocker(order).isEmpty()) {
        chain.append({.kind = CommandKind::StartHandling,
                      .account = account,
                      .orderId = order.orderId,
                      .operatorName = m_identity.name});
    }
    chain.append({.kind = kind,
                  .account = account,
                  .orderId = order.orderId,
                  .payload = payload,
                  .operatorName = m_identity.name,
                  .supervisor = supervisor,
                  .overrides = confirmed});
    QString error;
    const QList<qint64> ids = sync::queueActions(m_services, chain, &error);
    if (ids.isEmpty()) {
        Q_EMIT problem(tr("%1 for order %2 was not queued: %3")
                           .arg(commandKindDisplayName(kind), order.orderId, error));
        return 0;
    }
    updateActions();
    const QString message =
        ids.size() > 1
            ? tr("%1 and %2 for order %3 queued as commands %4 and %5; sending…")
                  .arg(commandKindDisplayName(CommandKind::StartHandling),
                       commandKindDisplayName(kind), order.orderId, QString::number(ids.first()),
                       QString::number(ids.last()))
            : tr("%1 for order %2 queued as command %3; sending…")
                  .arg(commandKindDisplayName(kind), order.orderId, QString::number(ids.last()));
    Q_EMIT queued(ids.last(), message);
    return ids.last();
}

QString OrderActionController::draftKey(CommandKind kind, const QString &account,
                                        const QString &orderId)
{
    return commandKindToString(kind) + u'/' + account + u'/' + orderId;
}

FormDraft *OrderActionController::attachDraft(QDialog *dialog, CommandKind kind,
                                              const QString &account, const QString &orderId,
                                              std::function<void(QTableWidget *, int)> ensureRows)
{
    auto *draft = new FormDraft(dialog, draftKey(kind, account, orderId), std::move(ensureRows));
    if (draft->restore()) {
        Q_EMIT notice(tr("Restored what was typed in this form on %1 (it had not been sent).")
                          .arg(QLocale().toString(draft->savedAt(), QLocale::ShortFormat)));
    }
    return draft;
}

void OrderActionController::settle(FormDraft *draft, qint64 commandId)
{
    // Queued: the outbox holds it now. Not queued: keep what was typed for the next try.
    if (commandId)
        draft->discard();
    else
        draft->saveNow();
}

void OrderActionController::dropDraft(const QString &key)
{
    QSettings settings;
    settings.remove(FormDraft::settingsKey(key));
    settings.sync();
}

} // namespace despacho::gui
