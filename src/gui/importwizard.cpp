#include "gui/importwizard.h"

#include "gui/importrowsmodel.h"
#include "gui/messagebar.h"
#include "importer/importrows.h"
#include "importer/templates.h"
#include "importer/trackingimport.h"
#include "importer/xlsxwriter.h"
#include "storage/accountstore.h"
#include "sync/appservices.h"
#include "sync/outboxdispatcher.h"
#include "ui_importwizard.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace despacho::gui {

using importer::Field;

namespace {

bool isXlsx(const QString &path)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
}

// CSV for people: a BOM and ';' so that Excel in Brazil opens it in columns with its accents.
bool writeTable(const QString &path, const QString &sheetName, const QList<QStringList> &table,
                QString *error)
{
    if (isXlsx(path))
        return importer::writeXlsx(path, sheetName, table, error);
    return importer::saveFile(path, importer::toCsv(table, true, u';'), error);
}

bool portuguese()
{
    return QLocale().language() == QLocale::Portuguese;
}

} // namespace

ImportWizard::ImportWizard(sync::AppServices *services, const QString &operatorName,
                           sync::OutboxDispatcher *dispatcher, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ImportWizard>())
    , m_services(services)
    , m_operator(operatorName)
    , m_dispatcher(dispatcher)
{
    m_ui->setupUi(this);
    m_batch = new importer::TrackingImport(services, this);
    m_rows = new ImportRowsModel(this);
    m_rows->setBatch(m_batch);
    for (QTableView *view : {m_ui->rowsView, m_ui->sendRowsView, m_ui->summaryRowsView}) {
        auto *model = view == m_ui->rowsView ? m_rows : new ImportRowsModel(this);
        if (model != m_rows)
            model->setBatch(m_batch);
        view->setModel(model);
        view->verticalHeader()->hide();
        QHeaderView *header = view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        // Why a row is refused, beside its status rather than past the sheet's own columns.
        header->moveSection(header->visualIndex(ImportRowsModel::MessageColumn),
                            ImportRowsModel::StatusColumn + 1);
        header->resizeSection(ImportRowsModel::RowColumn, 48);
        header->resizeSection(ImportRowsModel::MessageColumn, 320);
        header->resizeSection(ImportRowsModel::OrderColumn, 140);
        header->resizeSection(ImportRowsModel::TrackingColumn, 130);
    }
    // The columns and the mapped preview number their rows themselves (the file's row numbers).
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->mappedPreview->verticalHeader()->hide();
    m_ui->encodingCombo->addItem(tr("Detected"), QString());
    m_ui->encodingCombo->addItem(tr("UTF-8"), u"utf-8"_s);
    m_ui->encodingCombo->addItem(tr("Windows-1252 (ANSI)"), u"windows-1252"_s);
    m_ui->validationPage->setCommitPage(true);
    setButtonText(CommitButton, tr("&Send…"));
    // The send page is complete once every row has its outcome.
    m_revalidate = new QTimer(this);
    m_revalidate->setSingleShot(true);
    m_revalidate->setInterval(300);
    m_outcomes = new QTimer(this);
    m_outcomes->setInterval(1000);
    fillAccounts();

    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = choose(false, {});
        if (!path.isEmpty())
            m_ui->fileEdit->setText(path);
    });
    connect(m_ui->templateCsvButton, &QPushButton::clicked, this, [this] {
        QString error;
        const QString path = choose(true, tr("tracking-template.csv"));
        if (!path.isEmpty() && !saveBlankTemplate(path, &error))
            m_ui->fileMessage->showMessage(tr("Cannot save %1: %2").arg(path, error));
    });
    connect(m_ui->templateXlsxButton, &QPushButton::clicked, this, [this] {
        QString error;
        const QString path = choose(true, tr("tracking-template.xlsx"));
        if (!path.isEmpty() && !saveBlankTemplate(path, &error))
            m_ui->fileMessage->showMessage(tr("Cannot save %1: %2").arg(path, error));
    });
    connect(m_ui->prefilledButton, &QPushButton::clicked, this, [this] {
        QStringList accounts;
        for (int i = 0; i < m_ui->prefilledAccounts->count(); ++i) {
            if (m_ui->prefilledAccounts->item(i)->checkState() == Qt::Checked)
                accounts << m_ui->prefilledAccounts->item(i)->text();
        }
        if (accounts.isEmpty()) {
            m_ui->fileMessage->showMessage(tr("Tick at least one account."),
                                           MessageBar::Level::Warning);
            return;
        }
        QString error;
        const QString path = choose(true, tr("awaiting-tracking.xlsx"));
        if (!path.isEmpty() && !savePrefilledTemplate(path, accounts, &error))
            m_ui->fileMessage->showMessage(tr("Cannot save %1: %2").arg(path, error));
    });
    connect(m_ui->sheetCombo, &QComboBox::activated, this, [this] {
        if (readFile({m_ui->sheetCombo->currentText(), {}}))
            fillRawPreview();
    });
    connect(m_ui->encodingCombo, &QComboBox::activated, this, [this] {
        if (readFile({{}, m_ui->encodingCombo->currentData().toString()}))
            fillRawPreview();
    });
    connect(m_ui->problemsOnly, &QCheckBox::toggled, m_rows, &ImportRowsModel::setProblemsOnly);
    connect(m_ui->revalidateButton, &QPushButton::clicked, this, &ImportWizard::startValidation);
    connect(m_rows, &ImportRowsModel::fixed, m_revalidate, qOverload<>(&QTimer::start));
    connect(m_revalidate, &QTimer::timeout, this, &ImportWizard::startValidation);
    connect(m_outcomes, &QTimer::timeout, m_batch, &importer::TrackingImport::refreshOutcomes);
    connect(m_batch, &importer::TrackingImport::validated, this, &ImportWizard::onValidated);
    connect(m_batch, &importer::TrackingImport::progress, this,
            [this](int done, int total, const QString &what) {
                if (currentId() == SendPage)
                    return; // the send page counts outcomes, not queuing
                QProgressBar *bar = m_ui->validationProgress;
                bar->setRange(0, total); // 0: busy, for work that cannot count its steps
                bar->setValue(done);
                bar->setFormat(total > 0 ? what + u" %v/%m"_s : what);
            });
    connect(m_batch, &importer::TrackingImport::rowChanged, this, [this] {
        if (currentId() == SendPage)
            onSendProgress();
    });
    connect(m_batch, &importer::TrackingImport::storageError, this, [this](const QString &m) {
        m_ui->validationPage->setDone(true);
        (currentId() == SendPage ? m_ui->sendMessage : m_ui->validationMessage)->showMessage(m);
    });
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ImportWizard::stopSending);
    connect(m_ui->exportFailedButton, &QPushButton::clicked, this, [this] {
        QString error;
        const QString path =
            choose(true, QFileInfo(m_path).completeBaseName() + tr("-failed.xlsx"));
        if (!path.isEmpty() && !exportFailedRows(path, &error))
            m_ui->summaryLabel->setText(tr("Cannot save %1: %2").arg(path, error));
    });
    connect(m_ui->exportReportButton, &QPushButton::clicked, this, [this] {
        QString error;
        const QString path = choose(true, QFileInfo(m_path).completeBaseName() + u".report.csv"_s);
        if (!path.isEmpty() && !exportReport(path, &error))
            m_ui->summaryLabel->setText(tr("Cannot save %1: %2").arg(path, error));
    });
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::choose(bool save, const QString &suggested)
{
    if (m_chooseFile)
        return m_chooseFile(this, save, suggested);
    const QString filter = tr("Spreadsheets (*.xlsx *.csv);;All files (*)");
    return save ? QFileDialog::getSaveFileName(this, tr("Save"), suggested, filter)
                : QFileDialog::getOpenFileName(this, tr("Open a spreadsheet"), {}, filter);
}

void ImportWizard::fillAccounts()
{
    QString error;
    m_ui->prefilledAccounts->clear();
    for (const storage::AccountRecord &a : m_services->accounts()->list(&error)) {
        auto *item = new QListWidgetItem(a.name, m_ui->prefilledAccounts);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (!error.isEmpty())
        m_ui->fileMessage->showMessage(error);
}

bool ImportWizard::saveBlankTemplate(const QString &path, QString *error)
{
    return writeTable(path, tr("Tracking"), {importer::templateHeaders(portuguese())}, error);
}

bool ImportWizard::savePrefilledTemplate(const QString &path, const QStringList &accounts,
                                         QString *error)
{
    bool capped = false;
    const QList<QStringList> rows =
        importer::prefilledTemplate(m_services, accounts, portuguese(), error, &capped);
    if (!error->isEmpty() || !writeTable(path, tr("Tracking"), rows, error))
        return false;
    m_ui->fileMessage->showMessage(
        capped ? tr("Saved %1 with the newest %n invoice(s) awaiting tracking (more are waiting).",
                    nullptr, int(rows.size()) - 1)
                     .arg(path)
               : tr("Saved %1 with %n invoice(s) awaiting tracking.", nullptr, int(rows.size()) - 1)
                     .arg(path),
        MessageBar::Level::Information);
    return true;
}

bool ImportWizard::exportFailedRows(const QString &path, QString *error)
{
    return writeTable(path, tr("Failed"),
                      importer::failedRowsTable(m_batch->rows(), m_batch->mapping().headers),
                      error);
}

bool ImportWizard::exportReport(const QString &path, QString *error)
{
    return importer::saveFile(path, importer::reportCsv(m_batch->rows()), error);
}

bool ImportWizard::openFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
    if (!readFile({}))
        return false;
    // Straight to the sheet page, the file page done.
    next();
    return true;
}

bool ImportWizard::readFile(const importer::OpenOptions &options)
{
    m_path = m_ui->fileEdit->text().trimmed();
    if (m_path.isEmpty()) {
        m_ui->fileMessage->showMessage(tr("Choose a CSV or XLSX file."));
        return false;
    }
    importer::ReadError error;
    auto file = importer::readSpreadsheet(m_path, options, importer::ReadLimits{}, &error);
    if (!file) {
        (currentId() == FilePage ? m_ui->fileMessage : m_ui->sheetMessage)
            ->showMessage(tr("%1: %2").arg(QFileInfo(m_path).fileName(), error.message));
        return false;
    }
    m_file = std::move(file);
    m_ui->fileMessage->clearMessage();
    m_ui->sheetMessage->clearMessage();
    return true;
}

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case SheetPage:
        fillSheetPage();
        break;
    case MappingPage:
        fillMappingPage();
        break;
    case ValidationPage:
        startValidation();
        break;
    case SendPage:
        startSending();
        break;
    case SummaryPage:
        fillSummary();
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

int ImportWizard::nextId() const
{
    return currentId() >= SummaryPage ? -1 : currentId() + 1;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        return readFile({});
    case MappingPage: {
        QStringList missing;
        for (const Field f : {Field::Order, Field::TrackingNumber}) {
            if (m_mapping.columnOf(f) < 0)
                missing << importer::fieldDisplayName(f);
        }
        if (!missing.isEmpty()) {
            m_ui->mappingMessage->showMessage(
                tr("Choose the column of: %1").arg(missing.join(u", "_s)));
            return false;
        }
        if (m_mapping.headerRow >= 0 && m_mapping.fields != m_detected.fields) {
            QSettings settings;
            importer::rememberMapping(settings, m_mapping);
        }
        return true;
    }
    case ValidationPage:
        return !m_batch->isValidating() && confirmSend();
    case SendPage:
        return m_finished;
    default:
        return true;
    }
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWizard::changeEvent(event);
}

} // namespace despacho::gui
