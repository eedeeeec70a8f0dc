#include "gui/watchfolderdialog.h"

#include "ui_watchfolderdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>

namespace despacho::gui {

WatchFolderDialog::WatchFolderDialog(const QString &folder, bool autoSend, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WatchFolderDialog>())
{
    m_ui->setupUi(this);
    m_ui->folderEdit->setText(folder);
    m_ui->autoSendCheck->setChecked(autoSend);
    connect(m_ui->browseFolderButton, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Watched folder"), m_ui->folderEdit->text());
        if (!dir.isEmpty())
            m_ui->folderEdit->setText(dir);
    });
    connect(m_ui->watchButtonBox, &QDialogButtonBox::accepted, this, &WatchFolderDialog::accept);
    connect(m_ui->watchButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WatchFolderDialog::~WatchFolderDialog() = default;

QString WatchFolderDialog::folder() const
{
    return m_ui->folderEdit->text().trimmed();
}

bool WatchFolderDialog::autoSend() const
{
    return m_ui->autoSendCheck->isChecked() && !folder().isEmpty();
}

void WatchFolderDialog::accept()
{
    if (!folder().isEmpty() && !QDir(folder()).exists()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The folder %1 does not exist.").arg(folder()));
        return;
    }
    QDialog::accept();
}

void WatchFolderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace despacho::gui
