#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace despacho::gui {

class SyncController;

// Status bar part of the sync: each account's last outcome and, while a sync runs, a progress
// bar (list pages first, then order details) with a Cancel button.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(SyncController *controller, QWidget *parent = nullptr);

    // Reads the controller again; called on its signals (progress at most a few times a second).
    void updateStatus();
    void updateProgress();

protected:
    void changeEvent(QEvent *event) override;

private:
    SyncController *m_controller;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace despacho::gui
