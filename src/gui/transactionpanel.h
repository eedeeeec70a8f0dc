#pragma once

#include "sync/paymenttransaction.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QScrollArea;
class QLabel;
class QPushButton;

namespace despacho::sync {
class AppServices;
}

namespace despacho::gui {

class MessageBar;

// The Payment tab's on-demand part: "Load transaction details" asks the account's payments
// gateway for the transaction (AppServices::fetchTransaction) and shows the key fields. The only
// network call behind the detail view, and only when asked; failures show in its message bar.
class TransactionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransactionPanel(QWidget *parent = nullptr);

    void setServices(sync::AppServices *services) { m_services = services; }
    // The transaction to load for this order; an empty id disables the button.
    void setTransaction(const QString &account, const QString &transactionId);
    void load();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(const despacho::sync::PaymentTransaction &transaction);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTransaction(const sync::PaymentTransaction &transaction);
    void fillValues();
    void showError(const QString &text);
    void setLoading(bool loading);
    void retranslateUi();

    sync::AppServices *m_services = nullptr;
    QString m_account;
    QString m_transactionId;
    quint64 m_generation = 0; // a reply for an order no longer shown is dropped
    bool m_loading = false;
    std::optional<sync::PaymentTransaction> m_transaction;

    QPushButton *m_button;
    MessageBar *m_messages;
    QScrollArea *m_scroll;
    QGroupBox *m_group;
    QFormLayout *m_form;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_values;
};

} // namespace despacho::gui
