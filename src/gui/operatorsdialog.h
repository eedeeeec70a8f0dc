#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class OperatorsDialog;
}
namespace despacho::sync {
class OperatorService;
}

namespace despacho::gui {

// The operators of this data directory (name, role, created, locked until) and a form to add one.
// Adding needs the supervisor who opened the dialog to type their PIN again at that moment (the
// field is labelled with their name); OperatorService::addOperator checks it and audits the
// addition. Refusals are shown in the dialog and every PIN field is cleared after one.
class OperatorsDialog : public QDialog
{
    Q_OBJECT
public:
    OperatorsDialog(sync::OperatorService *ops, const QString &supervisorName,
                    QWidget *parent = nullptr);
    ~OperatorsDialog() override;

    QString supervisorName() const { return m_supervisor; }
    // Checks the form and adds the operator; true when added.
    bool addOperator();
    void reload();

Q_SIGNALS:
    void operatorAdded(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refuse(const QString &message, QWidget *focus);
    void clearPins();
    void retranslateUi();

    std::unique_ptr<Ui::OperatorsDialog> m_ui;
    sync::OperatorService *m_ops;
    QString m_supervisor;
};

} // namespace despacho::gui
