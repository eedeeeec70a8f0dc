#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SupervisorPrompt;
}
namespace despacho::sync {
class OperatorService;
}

namespace despacho::gui {

// Asks a supervisor for their name and PIN at the moment of a supervisor-only action (cancel,
// discard, managing operators and accounts). OK checks them with
// OperatorService::authenticateSupervisor (which audits refusals and locks, with `purpose`); a
// refusal is shown in the prompt, the PIN is cleared and the prompt stays open. Accepted only when
// a supervisor was authenticated; Cancel authorises nothing.
class SupervisorPrompt : public QDialog
{
    Q_OBJECT
public:
    SupervisorPrompt(sync::OperatorService *ops, const QString &purpose, const QString &explanation,
                     QWidget *parent = nullptr);
    ~SupervisorPrompt() override;

    // The supervisor who authorised; empty until the prompt is accepted.
    QString supervisorName() const { return m_supervisor; }
    QString purpose() const { return m_purpose; }
    // Pre-selects a supervisor (e.g. the one logged in).
    void setSupervisor(const QString &name);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::unique_ptr<Ui::SupervisorPrompt> m_ui;
    sync::OperatorService *m_ops;
    QString m_purpose;
    QString m_explanation;
    QString m_supervisor;
    bool m_noSupervisor = false;
    QString m_readError; // why the supervisors could not be listed
};

} // namespace despacho::gui
