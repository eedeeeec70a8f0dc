// The import wizard's pages after the file: sheet and encoding, columns, check, send, summary.
#include "gui/importrowsmodel.h"
#include "gui/importwizard.h"
#include "gui/messagebar.h"
#include "importer/importrows.h"
#include "importer/trackingimport.h"
#include "importer/xlsxwriter.h"
#include "storage/accountstore.h"
#include "sync/appservices.h"
#include "sync/carrierlist.h"
#include "sync/outboxdispatcher.h"
#include "ui_importwizard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace despacho::gui {

using importer::Field;
using importer::ImportRow;
using importer::RowStatus;

namespace {

constexpr int kRawPreviewRows = 30;
constexpr int kMappedPreviewRows = 20;
constexpr int kOrdersPerStep = 50; // queued at a time, so that Stop leaves the rest unqueued

void fillTable(QTableWidget *table, const QStringList &headers, const QList<QStringList> &rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < headers.size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

} // namespace

void ImportWizard::fillSheetPage()
{
    if (!m_file)
        return;
    const bool csv = m_file->format == importer::Spreadsheet::Format::Csv;
    m_ui->sheetCombo->clear();
    for (const importer::SheetInfo &s : std::as_const(m_file->sheets))
        m_ui->sheetCombo->addItem(s.name);
    m_ui->sheetCombo->setCurrentText(m_file->sheet.name);
    m_ui->sheetCombo->setEnabled(!csv && m_file->sheets.size() > 1);
    m_ui->encodingCombo->setEnabled(csv);
    m_ui->encodingLabel->setEnabled(csv);
    fillRawPreview();
}

void ImportWizard::fillRawPreview()
{
    const importer::Sheet &sheet = m_file->sheet;
    if (m_file->format == importer::Spreadsheet::Format::Csv) {
        const QString delimiter =
            m_file->delimiter == u'\t' ? tr("tab") : QString(m_file->delimiter);
        m_ui->formatLabel->setText(tr("CSV read as %1, fields separated by %2; %n row(s).", nullptr,
                                      int(sheet.rows.size()))
                                       .arg(m_file->encoding, delimiter));
        m_ui->encodingCombo->setItemText(0, tr("Detected (%1)").arg(m_file->encoding));
    } else {
        m_ui->formatLabel->setText(
            tr("Sheet \"%1\": %n row(s).", nullptr, int(sheet.rows.size())).arg(sheet.name));
    }
    if (m_file->brokenCharacterRow >= 0)
        m_ui->sheetMessage->showMessage(
            tr("From row %1 on, letters were already lost (\uFFFD) before the file got here, or "
               "the encoding is wrong: try the other encoding, or export the file again.")
                .arg(m_file->brokenCharacterRow + 1),
            MessageBar::Level::Warning);
    QStringList headers;
    const int columns = sheet.columnCount();
    for (int c = 0; c < columns; ++c)
        headers << importer::columnName(c);
    QList<QStringList> rows;
    for (int r = 0; r < sheet.rows.size() && r < kRawPreviewRows; ++r) {
        QStringList line;
        for (int c = 0; c < columns; ++c)
            line << sheet.cell(r, c).text;
        rows << line;
    }
    fillTable(m_ui->rawPreview, headers, rows);
    QStringList numbers;
    for (int r = 0; r < rows.size(); ++r)
        numbers << QString::number(r + 1);
    m_ui->rawPreview->setVerticalHeaderLabels(numbers);
}

void ImportWizard::fillMappingPage()
{
    const importer::Sheet &sheet = m_file->sheet;
    auto detected = importer::detectColumns(sheet);
    m_mapping = detected.value_or(importer::ColumnMapping{});
    m_detected = m_mapping;
    if (detected) {
        QSettings settings;
        importer::applyRememberedMapping(settings, &m_mapping);
        m_ui->mappingMessage->clearMessage();
    } else {
        m_ui->mappingMessage->showMessage(
            tr("No row names the order or the tracking number (Pedido, Rastreio, Order, "
               "Tracking…): every row is read as data; choose each column's field."),
            MessageBar::Level::Warning);
    }
    const int columns = sheet.columnCount();
    QTableWidget *table = m_ui->mappingTable;
    table->clear();
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Column"), tr("Header"), tr("Field"), tr("First value")});
    table->setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        const QString first = sheet.cell(m_mapping.firstDataRow(), c).text;
        const QStringList texts{importer::columnName(c), m_mapping.headers.value(c), {}, first};
        for (int k : {0, 1, 3}) {
            auto *item = new QTableWidgetItem(texts[k]);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            table->setItem(c, k, item);
        }
        auto *combo = new QComboBox(table);
        combo->setObjectName(u"fieldCombo_"_s + importer::columnName(c));
        combo->addItem(importer::fieldDisplayName(Field::None), int(Field::None));
        for (const Field f : importer::kAllFields)
            combo->addItem(importer::fieldDisplayName(f), int(f));
        combo->setCurrentIndex(combo->findData(int(m_mapping.fields.value(c, Field::None))));
        connect(combo, &QComboBox::activated, this,
                [this, c, combo] { onFieldChosen(c, Field(combo->currentData().toInt())); });
        table->setCellWidget(c, 2, combo);
    }
    table->resizeColumnsToContents();
    fillMappedPreview();
}

void ImportWizard::onFieldChosen(int column, Field field)
{
    // A field read from one column only: the column that had it lets it go.
    if (field != Field::None) {
        const int old = m_mapping.columnOf(field);
        if (old >= 0 && old != column) {
            m_mapping.fields.remove(old);
            if (auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(old, 2)))
                combo->setCurrentIndex(0);
        }
        m_mapping.fields.insert(column, field);
    } else {
        m_mapping.fields.remove(column);
    }
    m_ui->mappingMessage->clearMessage();
    fillMappedPreview();
}

void ImportWizard::fillMappedPreview()
{
    QStringList headers{tr("Row")};
    QList<Field> fields;
    for (const Field f : importer::kAllFields) {
        if (m_mapping.columnOf(f) >= 0) {
            headers << importer::fieldDisplayName(f);
            fields << f;
        }
    }
    importer::Sheet head = m_file->sheet;
    if (head.rows.size() > m_mapping.firstDataRow() + kMappedPreviewRows * 2)
        head.rows.resize(m_mapping.firstDataRow() + kMappedPreviewRows * 2);
    QList<QStringList> rows;
    for (const ImportRow &r : importer::extractRows(head, m_mapping)) {
        if (rows.size() == kMappedPreviewRows)
            break;
        QStringList line{QString::number(r.fileRow)};
        for (const Field f : std::as_const(fields)) {
            switch (f) {
            case Field::Order:
                line << r.orderId;
                break;
            case Field::Invoice:
                line << r.invoice;
                break;
            case Field::Courier:
                line << r.courier;
                break;
            case Field::TrackingNumber:
                line << r.trackingNumber;
                break;
            case Field::TrackingUrl:
                line << r.trackingUrl;
                break;
            case Field::Dispatched:
                line << (r.dispatched.isValid()
                             ? QLocale().toString(r.dispatched, QLocale::ShortFormat)
                             : QString());
                break;
            case Field::Account:
                line << r.accountName;
                break;
            case Field::None:
                break;
            }
        }
        rows << line;
    }
    fillTable(m_ui->mappedPreview, headers, rows);
}

void ImportWizard::startValidation()
{
    if (m_batch->isValidating()) {
        m_revalidate->start(); // a cell fixed during a check is checked once that one is done
        return;
    }
    if (m_batch->sheet().rows.isEmpty() || m_batch->mapping().fields != m_mapping.fields ||
        m_batch->mapping().headerRow != m_mapping.headerRow)
        m_batch->setSheet(m_file->sheet, m_mapping);
    m_ui->validationMessage->clearMessage();
    m_ui->validationPage->setDone(false);
    m_ui->validationProgress->show();
    m_ui->countsLabel->setText(tr("Checking…"));
    QSettings settings;
    m_batch->validate({{}, sync::loadCarriers(settings)});
}

void ImportWizard::onValidated()
{
    m_ui->validationProgress->hide();
    m_ui->validationPage->setDone(true);
    m_rows->reload();
    updateCounts();
}

void ImportWizard::updateCounts()
{
    const auto counts = m_batch->counts();
    m_ui->countsLabel->setText(
        tr("%1 rows: %2 ready, %3 with problems, %4 already applied, %5 duplicates in the file")
            .arg(m_batch->rows().size())
            .arg(counts.value(RowStatus::Ready))
            .arg(counts.value(RowStatus::Error))
            .arg(counts.value(RowStatus::AlreadyApplied))
            .arg(counts.value(RowStatus::DuplicateInFile)));
}

bool ImportWizard::confirmSend()
{
    const int ready = m_batch->readyCount();
    if (ready == 0) {
        m_ui->validationMessage->showMessage(tr("No row is ready to send."),
                                             MessageBar::Level::Warning);
        return false;
    }
    QSet<QString> orders;
    QSet<QString> prod;
    QString error;
    for (const ImportRow &r : m_batch->rows()) {
        if (r.status != RowStatus::Ready)
            continue;
        orders.insert(r.account + u'\n' + r.orderId);
        if (r.channel == Channel::Evendi) {
            const auto account = m_services->accounts()->find(r.account, &error);
            if (account && account->settings.value("env"_L1).toString() == u"prod"_s)
                prod.insert(r.account);
        }
    }
    QString text = tr("Send %n tracking code(s)", nullptr, ready) + u' ' +
                   tr("to %n order(s)?", nullptr, int(orders.size()));
    const int rejected = m_batch->counts().value(RowStatus::Error);
    if (rejected > 0)
        text += u"\n\n"_s + tr("%n row(s) with problems will not be sent.", nullptr, rejected);
    if (!prod.isEmpty())
        text += u"\n\n"_s + tr("e-vendi PROD: this is real money (%1).")
                                .arg(QStringList(prod.cbegin(), prod.cend()).join(u", "_s));
    QMessageBox box(QMessageBox::Question, tr("Send tracking codes"), text,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(u"confirmSendBox"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Send %n", nullptr, ready));
    return box.exec() == QMessageBox::Yes;
}

void ImportWizard::startSending()
{
    m_stopped = false;
    m_finished = false;
    m_ui->sendPage->setDone(false);
    m_toSend = m_batch->readyCount();
    m_ui->sendProgress->setRange(0, std::max(m_toSend, 1));
    m_ui->sendProgress->setValue(0);
    m_ui->sendProgress->setFormat(tr("%v of %m rows"));
    m_ui->stopButton->setEnabled(true);
    static_cast<ImportRowsModel *>(m_ui->sendRowsView->model())->reload();
    if (m_dispatcher)
        m_batch->follow(m_dispatcher);
    m_outcomes->start();
    queueMore();
    onSendProgress();
}

void ImportWizard::queueMore()
{
    if (m_stopped || m_batch->readyCount() == 0)
        return;
    int queued = 0;
    QString error;
    if (!m_batch->queue(m_operator, &queued, &error, kOrdersPerStep)) {
        m_ui->sendMessage->showMessage(tr("Cannot queue the rows: %1").arg(error));
        stopSending();
        return;
    }
    if (queued > 0 && m_dispatcher)
        m_dispatcher->wake();
}

void ImportWizard::onSendProgress()
{
    if (m_finished)
        return;
    if (m_batch->pendingCount() < kOrdersPerStep / 2)
        queueMore();
    const int done = m_toSend - m_batch->readyCount() - m_batch->pendingCount();
    m_ui->sendProgress->setValue(std::max(0, done));
    const auto counts = m_batch->counts();
    m_ui->sendStatus->setText(tr("%1 sent, %2 failed, %3 waiting")
                                  .arg(counts.value(RowStatus::Sent))
                                  .arg(counts.value(RowStatus::Error))
                                  .arg(m_batch->pendingCount() + m_batch->readyCount()));
    if (m_batch->pendingCount() == 0 && (m_batch->readyCount() == 0 || m_stopped)) {
        m_finished = true;
        m_outcomes->stop();
        m_ui->stopButton->setEnabled(false);
        m_ui->sendPage->setDone(true);
        Q_EMIT batchFinished(m_path);
        next();
    }
}

void ImportWizard::stopSending()
{
    m_stopped = true;
    m_batch->stopQueuing();
    m_ui->stopButton->setEnabled(false);
    onSendProgress();
}

void ImportWizard::reject()
{
    if (currentId() == SendPage && !m_finished) {
        const auto answer = QMessageBox::question(
            this, tr("Stop sending"),
            tr("Rows already queued are still sent; the %n row(s) not queued yet will not be. "
               "Stop?",
               nullptr, m_batch->readyCount()));
        if (answer != QMessageBox::Yes)
            return;
        stopSending();
    }
    QWizard::reject();
}

void ImportWizard::fillSummary()
{
    const auto counts = m_batch->counts();
    QStringList lines;
    for (const RowStatus s : {RowStatus::Sent, RowStatus::Queued, RowStatus::AlreadyApplied,
                              RowStatus::DuplicateInFile, RowStatus::NotSent, RowStatus::Error}) {
        if (counts.value(s) > 0)
            lines << u"%1: %2"_s.arg(importer::rowStatusDisplayName(s)).arg(counts.value(s));
    }
    m_ui->summaryLabel->setText(lines.join(u"\n"_s));
    m_ui->exportFailedButton->setEnabled(m_batch->hasRejected());
    for (QTableView *view : {m_ui->summaryRowsView})
        static_cast<ImportRowsModel *>(view->model())->reload();
}

} // namespace despacho::gui
