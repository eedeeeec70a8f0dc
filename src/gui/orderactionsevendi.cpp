// OrderActionController's e-vendi side: which intents an e-vendi order allows now, and their
// forms (EvendiActionDialog), with a supervisor's PIN for cancel and refund.
#include "core/evendiforms.h"
#include "gui/evendiactiondialog.h"
#include "gui/formdraft.h"
#include "gui/orderactioncontroller.h"
#include "gui/supervisorprompt.h"
#include "storage/accountstore.h"
#include "sync/appservices.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace despacho::gui {

bool OrderActionController::isEvendiProd(const QString &account) const
{
    const auto record = m_services->accounts()->find(account);
    return record && record->settings.value("env"_L1).toString() == u"prod"_s;
}

void OrderActionController::updateEvendiActions()
{
    const Order &o = *m_order;
    const QString none = tr("%1 is not possible for e-vendi orders");
    applyState(m_actions.startHandling,
               none.arg(commandKindDisplayName(CommandKind::StartHandling)), {});
    applyState(m_actions.trackingEvents,
               none.arg(commandKindDisplayName(CommandKind::TrackingEvents)), {});
    applyState(m_actions.invoice, evendiFiscalNoteBlocker(o),
               tr("Send the fiscal note's address (https) to e-vendi"));
    applyState(m_actions.tracking, evendiTrackingBlocker(o),
               tr("Send the tracking code to e-vendi"));
    applyState(m_actions.cancel, evendiCancelBlocker(o),
               tr("Cancel the order in e-vendi: refused payments only (a supervisor's PIN is "
                  "required)"));
    if (m_actions.close)
        applyState(m_actions.close, evendiCloseBlocker(o),
                   tr("Tell e-vendi the order is finished"));
    if (m_actions.refund)
        applyState(m_actions.refund, evendiRefundBlocker(o),
                   tr("Refund the order in e-vendi (a supervisor's PIN is required)"));
}

EvendiActionDialog *OrderActionController::openEvendi(CommandKind kind)
{
    QAction *action = kind == CommandKind::Tracking  ? m_actions.tracking
                      : kind == CommandKind::Invoice ? m_actions.invoice
                      : kind == CommandKind::Cancel  ? m_actions.cancel
                      : kind == CommandKind::Close   ? m_actions.close
                                                     : m_actions.refund;
    if (!isEvendi() || !action || !action->isEnabled())
        return nullptr;
    const Order order = *m_order;
    const QString account = m_account;
    auto *dialog =
        new EvendiActionDialog(kind, order, account, isEvendiProd(account), m_dialogParent);
    // What is typed survives a crash (a refund's bank account excepted: kNoDraftProperty).
    FormDraft *draft =
        kind == CommandKind::Close ? nullptr : attachDraft(dialog, kind, account, order.orderId);
    connect(dialog, &QDialog::accepted, this, [this, account, order, dialog, draft, kind] {
        const QJsonObject payload = dialog->payload();
        const FieldIssues overrides = dialog->confirmedWarnings();
        if (kind == CommandKind::Cancel || kind == CommandKind::Refund) {
            if (draft)
                draft->saveNow();
            // After this slot returns the form closes; the prompt replaces it.
            QMetaObject::invokeMethod(
                this,
                [this, account, order, kind, payload, overrides] {
                    askSupervisorForEvendi(account, order, kind, payload, overrides);
                },
                Qt::QueuedConnection);
            return;
        }
        const qint64 id = queue(account, kind, order, payload, {}, overrides);
        if (draft)
            settle(draft, id);
    });
    show(dialog);
    return dialog;
}

void OrderActionController::askSupervisorForEvendi(const QString &account, const Order &order,
                                                   CommandKind kind, const QJsonObject &payload,
                                                   const FieldIssues &overrides)
{
    const QString what = commandKindToString(kind);
    const QString explanation =
        kind == CommandKind::Refund
            ? tr("Refunding e-vendi order %1 needs a supervisor's PIN now. Reason: %2")
            : tr("Canceling e-vendi order %1 needs a supervisor's PIN now. Reason: %2");
    auto *prompt = new SupervisorPrompt(
        m_operators, u"%1 %2"_s.arg(what, order.orderId),
        explanation.arg(order.orderId, payload.value("reason"_L1).toString()), m_dialogParent);
    connect(prompt, &QDialog::accepted, this,
            [this, account, order, kind, payload, overrides, prompt] {
                if (queue(account, kind, order, payload, prompt->supervisorName(), overrides))
                    dropDraft(draftKey(kind, account, order.orderId));
            });
    show(prompt);
}

} // namespace despacho::gui
