#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WatchFolderDialog;
}

namespace despacho::gui {

// File > Watched folder: the drop folder whose spreadsheets become tracking batches, and whether
// they are sent without asking. An empty folder turns watching off. The folder must exist.
// Widgets: folderEdit, browseFolderButton, autoSendCheck, watchButtonBox.
class WatchFolderDialog : public QDialog
{
    Q_OBJECT
public:
    WatchFolderDialog(const QString &folder, bool autoSend, QWidget *parent = nullptr);
    ~WatchFolderDialog() override;

    QString folder() const;
    bool autoSend() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::WatchFolderDialog> m_ui;
};

} // namespace despacho::gui
