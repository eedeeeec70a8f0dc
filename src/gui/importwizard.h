#pragma once

#include "importer/columnmapping.h"
#include "importer/spreadsheet.h"

#include <QPointer>
#include <QWizard>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class ImportWizard;
}
namespace despacho::sync {
class AppServices;
class OutboxDispatcher;
} // namespace despacho::sync
namespace despacho::importer {
class TrackingImport;
}

namespace despacho::gui {

class ImportRowsModel;

// File > Import tracking codes (Ctrl+Shift+I): a spreadsheet of tracking codes applied to VTEX and
// e-vendi orders. File (and the templates) → sheet and encoding → columns with a live preview →
// check (each row's status, problems only, fix a cell) → a confirmation that gives the exact
// count → sending with progress, stop, and each row's outcome → summary with the failed rows and
// the report to export. Rows go through the same validation, outbox and one-command-per-order rule
// as the tracking form (importer::TrackingImport). Widgets: see ui/importwizard.ui.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page
    {
        FilePage,
        SheetPage,
        MappingPage,
        ValidationPage,
        SendPage,
        SummaryPage
    };
    // Where to save or open a file (a QFileDialog by default; tests answer it themselves).
    // `save` false: a file to open. Empty: canceled.
    using FileChooser =
        std::function<QString(QWidget *parent, bool save, const QString &suggestedName)>;

    ImportWizard(sync::AppServices *services, const QString &operatorName,
                 sync::OutboxDispatcher *dispatcher, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Starts on the sheet page with this file read (a watched folder's batch, a drop).
    bool openFile(const QString &path);
    importer::TrackingImport *batch() const { return m_batch; }
    ImportRowsModel *rowsModel() const { return m_rows; }
    QString filePath() const { return m_path; }

    // What the buttons do once a file is chosen.
    bool saveBlankTemplate(const QString &path, QString *error);
    bool savePrefilledTemplate(const QString &path, const QStringList &accounts, QString *error);
    bool exportFailedRows(const QString &path, QString *error);
    bool exportReport(const QString &path, QString *error);

    bool validateCurrentPage() override;
    void reject() override;
    int nextId() const override;

Q_SIGNALS:
    // Every queued row has its outcome (or the batch was stopped); the summary is shown.
    void batchFinished(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void initializePage(int id) override;

private:
    bool readFile(const importer::OpenOptions &options);
    void fillSheetPage();
    void fillRawPreview();
    void fillMappingPage();
    void onFieldChosen(int column, importer::Field field);
    void fillMappedPreview();
    void startValidation();
    void onValidated();
    void updateCounts();
    bool confirmSend();
    void startSending();
    void queueMore();
    void onSendProgress();
    void stopSending();
    void fillSummary();
    void fillAccounts();
    QString choose(bool save, const QString &suggested);

    std::unique_ptr<Ui::ImportWizard> m_ui;
    sync::AppServices *m_services;
    QString m_operator;
    QPointer<sync::OutboxDispatcher> m_dispatcher;
    FileChooser m_chooseFile;
    QString m_path;
    std::optional<importer::Spreadsheet> m_file;
    importer::ColumnMapping m_mapping;
    importer::ColumnMapping m_detected;
    importer::TrackingImport *m_batch = nullptr;
    ImportRowsModel *m_rows = nullptr;
    QTimer *m_revalidate = nullptr;
    QTimer *m_outcomes = nullptr;
    bool m_stopped = false;
    bool m_finished = false;
    int m_toSend = 0;
};

} // namespace despacho::gui
