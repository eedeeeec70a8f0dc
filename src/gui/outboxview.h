#pragma once

#include "core/command.h"
#include "gui/supervisorprompt.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <array>
#include <memory>

class QButtonGroup;

namespace Ui {
class OutboxView;
}
namespace despacho::sync {
class AppServices;
class OperatorService;
} // namespace despacho::sync

namespace despacho::gui {

class OutboxModel;

// The outbox as a pane: commands by state with a count per filter, and the two things a person
// may do to them. Retry puts failed or waiting commands back to pending (audited with the current
// operator); Discard drops pending, waiting or failed commands and needs a supervisor's PIN
// (SupervisorPrompt, purpose "discard"; audited with both names). The selection survives
// refresh() by command id.
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    enum class Filter
    {
        Pending, // pending and sending
        Retrying,
        Failed,
        SentToday,
        All
    };

    OutboxView(sync::AppServices *services, sync::OperatorService *ops, QWidget *parent = nullptr);
    ~OutboxView() override;

    // Who acts for Retry and Discard; with nobody, both are disabled.
    void setOperator(const QString &name);
    QString operatorName() const { return m_operator; }

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    int count(Filter filter) const { return m_counts.at(std::size_t(filter)); }

    QList<qint64> selectedCommandIds() const;
    void selectCommand(qint64 id);
    // The supervisor prompt of a discard in progress (shown with open(), not exec()), if any.
    SupervisorPrompt *discardPrompt() const { return m_prompt; }

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

public Q_SLOTS:
    // Reads the outbox again (counts and rows), keeping the selection.
    void refresh();
    void retrySelected();
    // Opens the supervisor prompt; the commands are discarded once it is accepted.
    void discardSelected();

Q_SIGNALS:
    // A command went back to pending: the dispatcher can be woken.
    void commandRequeued(qint64 commandId);
    // Retry or Discard changed the outbox (other panes may want to refresh).
    void outboxChanged();
    void orderActivated(const QString &account, const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void discard(const QList<qint64> &ids, const QString &supervisor);
    void updateCounts();
    void updateButtons();
    QList<const Command *> selectedCommands() const;
    void retranslateUi();

    std::unique_ptr<Ui::OutboxView> m_ui;
    sync::AppServices *m_services;
    sync::OperatorService *m_ops;
    OutboxModel *m_model;
    QButtonGroup *m_filterGroup;
    QString m_operator;
    Filter m_filter = Filter::Pending;
    std::array<int, 5> m_counts{};
    QPointer<SupervisorPrompt> m_prompt;
};

} // namespace despacho::gui
