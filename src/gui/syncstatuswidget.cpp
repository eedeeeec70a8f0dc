#include "gui/syncstatuswidget.h"

#include "gui/formatting.h"
#include "gui/synccontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace despacho::gui {

SyncStatusWidget::SyncStatusWidget(SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
{
    m_status->setObjectName(u"syncStatusLabel"_s);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMinimumWidth(220);
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(u"cancelSyncButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_controller, &SyncController::cancel);
    updateStatus();
    updateProgress();
}

void SyncStatusWidget::updateStatus()
{
    QStringList parts;
    QString readError;
    const QStringList accounts = m_controller->accounts(&readError);
    for (const QString &account : accounts) {
        const QString text = m_controller->statusText(account);
        parts << (accounts.size() == 1 ? text : account + u": "_s + text);
    }
    if (!readError.isEmpty()) {
        m_status->setText(storageErrorText(readError));
        m_status->setStyleSheet(u"color:#b71c1c;"_s);
        return;
    }
    m_status->setText(parts.isEmpty() ? tr("No account configured") : parts.join(u" | "_s));
    const auto problem = [this](const QString &account) {
        return m_controller->status(account).failed;
    };
    const bool anyFailed = std::any_of(accounts.begin(), accounts.end(), problem);
    m_status->setStyleSheet(anyFailed ? u"color:#b71c1c;"_s : QString());
}

void SyncStatusWidget::updateProgress()
{
    const bool running = m_controller->isRunning();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync; what was downloaded is kept"));
    if (!running)
        return;
    const auto p = m_controller->progress();
    if (p.pagesQueued == 0 && p.detailsQueued == 0) {
        m_progress->setRange(0, 0); // waiting for the secret store or the first page
        m_progress->setFormat(tr("Starting…"));
    } else if (p.pagesDone < p.pagesQueued) {
        m_progress->setRange(0, p.pagesQueued);
        m_progress->setValue(p.pagesDone);
        m_progress->setFormat(
            tr("Listing orders: page %1 of %2").arg(p.pagesDone).arg(p.pagesQueued));
    } else {
        m_progress->setRange(0, std::max(1, p.detailsQueued));
        m_progress->setValue(p.detailsDone);
        m_progress->setFormat(
            tr("Downloading orders: %1 of %2").arg(p.detailsDone).arg(p.detailsQueued));
    }
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateStatus();
        updateProgress();
    }
    QWidget::changeEvent(event);
}

} // namespace despacho::gui
