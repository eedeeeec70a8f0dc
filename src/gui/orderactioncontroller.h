#pragma once

#include "core/actionforms.h"
#include "core/carriers.h"
#include "core/command.h"
#include "core/order.h"
#include "core/scan.h"
#include "sync/operatorservice.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QTableWidget;

class QWidget;

namespace despacho::sync {
class AppServices;
}

namespace despacho::gui {

class FormDraft;

// The window's order actions (Orders menu and toolbar), one QAction each.
struct OrderActionSet
{
    QAction *startHandling = nullptr;
    QAction *invoice = nullptr;
    QAction *tracking = nullptr;
    QAction *trackingEvents = nullptr;
    QAction *cancel = nullptr;
    QAction *close = nullptr;  // e-vendi only
    QAction *refund = nullptr; // e-vendi only
};

// Enables each order action for the shown order (disabled with a tooltip saying why otherwise),
// opens its form, and queues what the form produced in the outbox with its audit line. A cancel
// takes two steps: the reason (CancelDialog), then a supervisor's PIN (SupervisorPrompt) at that
// moment, even when the operator logged in is a supervisor. Forms are opened window-modal with
// open(), so they stay drivable from tests; the one open form is currentDialog(). What is typed
// in a form is kept as a draft (FormDraft) until the command is queued or the form is cancelled,
// so a crash while typing loses nothing.
//
// The actions are intents: on an e-vendi order, invoice, tracking and cancel open e-vendi's forms
// (fiscal note URL, tracking code, cancel of a refused order) and close and refund are enabled;
// start handling and tracking events, which e-vendi has not, say so (orderactionsevendi.cpp).
class OrderActionController : public QObject
{
    Q_OBJECT
public:
    OrderActionController(sync::AppServices *services, sync::OperatorService *operators,
                          OrderActionSet actions, QWidget *dialogParent, QObject *parent = nullptr);

    void setOperator(const sync::OperatorService::Identity &identity);
    void setCarriers(const QList<Carrier> &carriers) { m_carriers = carriers; }
    // The order shown in the detail view (nullopt: none, or only its list row is cached).
    void setOrder(const QString &account, const std::optional<Order> &order);
    // Recomputes enabled states and tooltips (after a language change, a login…).
    void updateActions();
    QDialog *currentDialog() const { return m_dialog; }

    // Whether the shown order can be invoiced / get tracking now (else why not).
    bool canInvoice(QString *why) const;
    bool canAddTracking(QString *why) const;
    // A scanned DANFE: the invoice form of the shown order, filled from the key (Enter queues it).
    void invoiceFromKey(const NfeKeyParts &key);
    // A scanned carrier label: the tracking form with the code, the courier guessed from its shape
    // (`courierGuess`) or else the order's courier, the URL from the template (Enter queues it).
    void trackingFromScan(const QString &code, const QString &courierGuess);

Q_SIGNALS:
    // A command was written to the outbox: wake the dispatcher, tell the person.
    void queued(qint64 commandId, const QString &message);
    void problem(const QString &message);
    void notice(const QString &message); // e.g. a form's draft was restored

private:
    void startHandling();
    void invoice();
    void tracking();
    class InvoiceDialog *openInvoice();
    class TrackingDialog *openTracking();
    void trackingEvents();
    void cancel();
    void askSupervisorForCancel(const QString &account, const Order &order, const QString &reason);
    // e-vendi (orderactionsevendi.cpp).
    void updateEvendiActions();
    class EvendiActionDialog *openEvendi(CommandKind kind);
    void askSupervisorForEvendi(const QString &account, const Order &order, CommandKind kind,
                                const QJsonObject &payload, const FieldIssues &overrides);
    bool isEvendiProd(const QString &account) const;
    bool isEvendi() const { return m_order && m_order->channel == Channel::Evendi; }
    static QString draftKey(CommandKind kind, const QString &account, const QString &orderId);
    static void dropDraft(const QString &key);
    FormDraft *attachDraft(QDialog *dialog, CommandKind kind, const QString &account,
                           const QString &orderId,
                           std::function<void(QTableWidget *, int)> ensureRows = {});
    void settle(FormDraft *draft, qint64 commandId);
    qint64 queue(const QString &account, CommandKind kind, const Order &order,
                 const QJsonObject &payload, const QString &supervisor = {},
                 const FieldIssues &overrides = {});
    bool ready(QString *why) const;
    void show(QDialog *dialog);
    void applyState(QAction *action, const QString &blocker, const QString &help);

    sync::AppServices *m_services;
    sync::OperatorService *m_operators;
    OrderActionSet m_actions;
    QWidget *m_dialogParent;
    sync::OperatorService::Identity m_identity;
    QList<Carrier> m_carriers;
    QString m_account;
    std::optional<Order> m_order;
    QPointer<QDialog> m_dialog;
};

} // namespace despacho::gui
