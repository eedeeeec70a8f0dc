// The import wizard and the watched folder over the demo (VTEX and e-vendi in the sandbox),
// driven as a person would: the file, the sheet, the columns, the check with a cell fixed, the
// confirmation that gives the count, the send, the summary and its exports.
#include "demofixture.h"
#include "keyclashes.h"

#include "core/orderdecoder.h"
#include "core/validators.h"
#include "gui/importrowsmodel.h"
#include "gui/importwizard.h"
#include "gui/languagemanager.h"
#include "gui/watchfolderdialog.h"
#include "importer/folderwatcher.h"
#include "importer/spreadsheet.h"
#include "importer/trackingimport.h"
#include "importer/xlsxwriter.h"
#include "sandbox/sandboxserver.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QWizardPage>

#include <memory>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
const QString kVtex = u"demo"_s;
const QString kEvendi = u"marketplace"_s;

QString s10(int serial)
{
    const QString digits = u"%1"_s.arg(serial, 8, 10, QChar(u'0'));
    return u"QB"_s + digits + QString::number(s10CheckDigit(digits)) + u"BR"_s;
}
} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
    DemoFixture m_fx;
    QTemporaryDir m_dir;
    QSet<QString> m_used;
    int m_serial = 7000;

    gui::MainWindow *window() const { return m_fx.window.get(); }
    sandbox::SandboxServer *server() const { return m_fx.demo->server(); }
    storage::OrderCache *cache() const { return m_fx.services->orders(); }

    QString trackingOf(const QString &id) const
    {
        return server()
            ->order(id)["packageAttachment"_L1]["packages"_L1][0]["trackingNumber"_L1]
            .toString();
    }
    QStringList invoiced(int n)
    {
        QStringList ids;
        for (const OrderSummary &s : cache()->query({.account = kVtex, .status = u"invoiced"_s})) {
            const QJsonArray packages =
                server()->order(s.orderId)["packageAttachment"_L1]["packages"_L1].toArray();
            if (packages.size() == 1 && !m_used.contains(s.orderId)) {
                m_used.insert(s.orderId);
                ids << s.orderId;
            }
            if (ids.size() == n)
                break;
        }
        return ids;
    }
    QString openEvendi()
    {
        for (const OrderSummary &s : cache()->query({.account = kEvendi, .status = u"OPEN"_s})) {
            if (!m_used.contains(s.orderId) &&
                server()->evendiOrder(s.orderId).value("status"_L1) == u"OPEN"_s) {
                m_used.insert(s.orderId);
                return s.orderId;
            }
        }
        return {};
    }
    gui::ImportWizard *openWizard()
    {
        window()->findChild<QAction *>(u"actionImportTracking"_s)->trigger();
        auto *wizard = latestWizard();
        if (wizard)
            wizard->setFileChooser([](QWidget *, bool, const QString &) { return QString(); });
        return wizard;
    }
    gui::ImportWizard *latestWizard() const
    {
        const auto all = window()->findChildren<gui::ImportWizard *>(u"importWizard"_s);
        return all.isEmpty() ? nullptr : all.last();
    }
    // Answers the next modal message box with `button`, and records its text.
    void answerNextBox(QMessageBox::StandardButton button, QString *text)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *text = box->text();
            box->button(button)->click();
            timer->deleteLater();
        });
        timer->start(50);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(80, &error, true), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.syncFinished->count() >= 1, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(cache()->count({.account = kEvendi}), 50, 30000);
        window()->operators()->setIterationsForTesting(1000);
        QVERIFY(window()->operators()->ensureDemoOperators(&error));
        const auto identity = window()->operators()->authenticate(u"ana"_s, u"1111"_s, u"login"_s);
        QVERIFY(identity.ok());
        window()->setOperator(identity.identity);
    }

    // A label that promises Alt+letter moves the focus to its field: every label with a
    // mnemonic on every page has a buddy (without one, Qt shows the "&" and the key does nothing).
    void everyMnemonicLabelHasABuddy()
    {
        gui::ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        int mnemonics = 0;
        for (const QLabel *label : wizard->findChildren<QLabel *>()) {
            const QString text = QString(label->text()).replace(u"&&"_s, QString());
            if (label->textFormat() == Qt::RichText || !text.contains(u'&'))
                continue;
            ++mnemonics;
            QVERIFY2(label->buddy(), qPrintable(label->objectName() + u": "_s + label->text()));
        }
        QVERIFY(mnemonics >= 2); // the sheet and encoding labels at least
        delete wizard;
    }

    // No two Alt+letter keys on one page, in either language: with two, Qt only moves the focus
    // between them and the key does nothing a person expects (in pt_BR, "Modelo &preenchido"
    // once took Alt+P from "&Próximo").
    void noPageHasTwoWidgetsOnOneMnemonic_data() { testing::addLanguageRows(); }
    void noPageHasTwoWidgetsOnOneMnemonic()
    {
        QFETCH(QString, language);
        gui::LanguageManager languages;
        // Back to English however the test ends, for the tests after it.
        const auto english = qScopeGuard([&languages] { languages.setLanguage(u"en"_s); });
        QVERIFY(languages.setLanguage(language));
        std::unique_ptr<gui::ImportWizard> wizard(openWizard());
        QVERIFY(wizard);
        int checked = 0;
        for (const int id : wizard->pageIds()) {
            QWizardPage *page = wizard->page(id);
            QStringList texts;
            for (const QAbstractButton *b : page->findChildren<QAbstractButton *>())
                texts << b->text();
            for (const QLabel *l : page->findChildren<QLabel *>()) {
                if (l->buddy())
                    texts << l->text();
            }
            for (const QGroupBox *g : page->findChildren<QGroupBox *>())
                texts << g->title();
            const bool last = page->nextId() == -1;
            texts << wizard->buttonText(QWizard::BackButton)
                  << wizard->buttonText(QWizard::CancelButton)
                  << wizard->buttonText(last                   ? QWizard::FinishButton
                                        : page->isCommitPage() ? QWizard::CommitButton
                                                               : QWizard::NextButton);
            const QString clash = testing::mnemonicClash(texts, &checked);
            QVERIFY2(clash.isEmpty(),
                     qPrintable(u"%1 page %2: %3"_s.arg(language, page->title(), clash)));
        }
        QVERIFY(checked > 10);
    }

    void wizardFromFileToSummary()
    {
        const QStringList vtex = invoiced(3);
        QCOMPARE(vtex.size(), 3);
        const QString evendi = openEvendi();
        QVERIFY(!evendi.isEmpty());
        QStringList codes;
        for (int i = 0; i < 4; ++i)
            codes << s10(m_serial++);
        const QString path = m_dir.filePath(u"envios.xlsx"_s);
        QString error;
        QVERIFY(importer::writeXlsx(
            path, u"Envios"_s,
            {{u"Postagens de dezembro"_s},
             {},
             {u"Pedido"_s, u"Empresa"_s, u"Objeto"_s},
             {vtex[0], u"Correios"_s, codes[0]},
             {vtex[1], u"Correios"_s, codes[1]},
             {vtex[2], u"Correios"_s, u"QB123BR"_s}, // fixed in the check table below
             {evendi, u""_s, codes[3]}},
            &error));

        gui::ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        auto *fileEdit = wizard->findChild<QLineEdit *>(u"fileEdit"_s);
        fileEdit->setText(m_dir.filePath(u"missing.xlsx"_s));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::ImportWizard::FilePage)); // refused, named
        fileEdit->setText(path);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::ImportWizard::SheetPage));
        QVERIFY(wizard->findChild<QLabel *>(u"formatLabel"_s)->text().contains(u"Envios"_s));
        QCOMPARE(wizard->findChild<QTableWidget *>(u"rawPreview"_s)->rowCount(), 7);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::ImportWizard::MappingPage));
        auto *courier = wizard->findChild<QComboBox *>(u"fieldCombo_B"_s);
        QVERIFY(courier);
        QCOMPARE(courier->currentData().toInt(), int(importer::Field::None)); // "Empresa"
        QCOMPARE(wizard->findChild<QComboBox *>(u"fieldCombo_C"_s)->currentData().toInt(),
                 int(importer::Field::TrackingNumber));
        courier->setCurrentIndex(courier->findData(int(importer::Field::Courier)));
        Q_EMIT courier->activated(courier->currentIndex());
        QCOMPARE(wizard->findChild<QTableWidget *>(u"mappedPreview"_s)->rowCount(), 4);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::ImportWizard::ValidationPage));
        // The rows are checked off the UI thread: the page waits with a busy bar and no rows yet,
        // and cannot be sent from, while the window goes on answering.
        QVERIFY(wizard->batch()->isValidating());
        QVERIFY(wizard->batch()->rows().isEmpty());
        QVERIFY(!wizard->currentPage()->isComplete());
        QCOMPARE(wizard->findChild<QProgressBar *>(u"validationProgress"_s)->maximum(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            !wizard->batch()->isValidating() && wizard->batch()->rows().size() == 4, 20000);
        QVERIFY(wizard->currentPage()->isComplete());
        QTRY_VERIFY(wizard->findChild<QLabel *>(u"countsLabel"_s)->text().contains(u"3 ready"_s));
        auto *problemsOnly = wizard->findChild<QCheckBox *>(u"problemsOnly"_s);
        problemsOnly->setChecked(true);
        gui::ImportRowsModel *model = wizard->rowsModel();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex tracking = model->index(0, gui::ImportRowsModel::TrackingColumn);
        QVERIFY(model->data(model->index(0, gui::ImportRowsModel::MessageColumn))
                    .toString()
                    .contains(u"QB123BR"_s));
        QVERIFY(model->flags(tracking) & Qt::ItemIsEditable);
        QVERIFY(model->setData(tracking, codes[2]));
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->findChild<QLabel *>(u"countsLabel"_s)->text().contains(u"4 ready"_s), 20000);
        QCOMPARE(model->rowCount(), 0);
        problemsOnly->setChecked(false);

        // Nothing is sent before the count is confirmed: Cancel first, then Send.
        const int before = int(m_fx.services->outbox()->list({}).size());
        QString text;
        answerNextBox(QMessageBox::Cancel, &text);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::ImportWizard::ValidationPage));
        QVERIFY2(text.contains(u"Send 4 tracking code"_s) && text.contains(u"to 4 order"_s),
                 qPrintable(text));
        QCOMPARE(int(m_fx.services->outbox()->list({}).size()), before);
        answerNextBox(QMessageBox::Yes, &text);
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(gui::ImportWizard::SummaryPage), 30000);
        QCOMPARE(trackingOf(vtex[0]), codes[0]);
        QCOMPARE(trackingOf(vtex[1]), codes[1]);
        QCOMPARE(trackingOf(vtex[2]), codes[2]);
        QCOMPARE(server()->evendiOrder(evendi).value("trackingCode"_L1).toString(), codes[3]);
        const QString summary = wizard->findChild<QLabel *>(u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"Sent: 4"_s), qPrintable(summary));
        QVERIFY(!wizard->findChild<QPushButton *>(u"exportFailedButton"_s)->isEnabled());
        const QString report = m_dir.filePath(u"report.csv"_s);
        QVERIFY(wizard->exportReport(report, &error));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(f.readAll());
        QCOMPARE(content.count(u",sent,"_s), 4);
        delete wizard;
    }

    void stopLeavesTheRestUnsent()
    {
        const QStringList vtex = invoiced(12);
        QVERIFY(vtex.size() >= 8);
        QList<QStringList> table{{u"Pedido"_s, u"Transportadora"_s, u"Rastreio"_s}};
        for (const QString &id : vtex)
            table << QStringList{id, u"Correios"_s, s10(m_serial++)};
        // One order with several rows for the same invoice and different codes: an error.
        table << QStringList{vtex[0], u"Correios"_s, s10(m_serial++)};
        const QString path = m_dir.filePath(u"lote.csv"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QStringList &line : table)
            out.write((line.join(u';') + u"\r\n"_s).toUtf8());
        out.close();
        server()->setLatencyMs(400);
        gui::ImportWizard *wizard = openWizard();
        QVERIFY(wizard->openFile(path));
        QCOMPARE(wizard->currentId(), int(gui::ImportWizard::SheetPage));
        wizard->next();
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->batch()->isValidating() &&
                                     wizard->batch()->readyCount() == vtex.size(),
                                 20000);
        QString text;
        answerNextBox(QMessageBox::Yes, &text);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::ImportWizard::SendPage));
        wizard->findChild<QPushButton *>(u"stopButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(gui::ImportWizard::SummaryPage), 30000);
        server()->setLatencyMs(0);
        const auto counts = wizard->batch()->counts();
        // The first step was queued (and sent); nothing after Stop was.
        QVERIFY(counts.value(importer::RowStatus::Sent) > 0);
        QCOMPARE(counts.value(importer::RowStatus::Sent) +
                     counts.value(importer::RowStatus::NotSent),
                 int(vtex.size()));
        QCOMPARE(counts.value(importer::RowStatus::Error), 1);
        for (const importer::ImportRow &r : wizard->batch()->rows()) {
            if (r.status == importer::RowStatus::NotSent)
                QVERIFY(m_fx.services->outbox()->list({.orderId = r.orderId}).isEmpty());
        }
        // The failed row goes to the export with the file's own columns and the message.
        QVERIFY(wizard->findChild<QPushButton *>(u"exportFailedButton"_s)->isEnabled());
        QString error;
        const QString failed = m_dir.filePath(u"failed.xlsx"_s);
        QVERIFY2(wizard->exportFailedRows(failed, &error), qPrintable(error));
        importer::ReadError readError;
        const auto back = importer::readSpreadsheet(failed, {}, {}, &readError);
        QVERIFY2(back, qPrintable(readError.message));
        QCOMPARE(back->sheet.rows.size(), 2);
        QCOMPARE(back->sheet.cell(0, 2).text, u"Rastreio"_s);
        QCOMPARE(back->sheet.cell(1, 0).text, vtex[0]);
        QVERIFY(back->sheet.cell(1, 3).text.contains(u"row 2"_s));
        delete wizard;
    }

    void prefilledTemplateListsInvoicesAwaitingTracking()
    {
        gui::ImportWizard *wizard = openWizard();
        QString error;
        const QString path = m_dir.filePath(u"awaiting.xlsx"_s);
        QVERIFY2(wizard->savePrefilledTemplate(path, {kVtex, kEvendi}, &error), qPrintable(error));
        importer::ReadError readError;
        const auto sheet = importer::readSpreadsheet(path, {}, {}, &readError);
        QVERIFY2(sheet, qPrintable(readError.message));
        // Expected from the cache itself.
        QSet<QString> expected;
        for (const OrderSummary &s : cache()->query({.account = kVtex, .status = u"invoiced"_s})) {
            const auto order = decodeOrder(s.channel, cache()->rawJson(kVtex, s.orderId));
            for (const Package &p : order.order.packages) {
                if (p.trackingNumber.isEmpty() && p.type != u"Input"_s)
                    expected.insert(s.orderId + u'|' + p.invoiceNumber + u'|' + kVtex);
            }
        }
        for (const OrderSummary &s : cache()->query({.account = kEvendi, .status = u"OPEN"_s})) {
            if (s.trackingNumber.isEmpty())
                expected.insert(s.orderId + u"||"_s + kEvendi);
        }
        QSet<QString> got;
        for (int r = 1; r < sheet->sheet.rows.size(); ++r)
            got.insert(sheet->sheet.cell(r, 0).text + u'|' + sheet->sheet.cell(r, 1).text + u'|' +
                       sheet->sheet.cell(r, 2).text);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(got, expected);
        QCOMPARE(sheet->sheet.cell(0, 0).text, u"Order"_s);
        delete wizard;
    }

    void watchedFolderOffersTheBatch()
    {
        const QString folder = m_dir.filePath(u"drop"_s);
        QVERIFY(QDir().mkpath(folder));
        window()->findChild<QAction *>(u"actionWatchFolder"_s)->trigger();
        auto *dialog = window()->findChild<gui::WatchFolderDialog *>(u"watchFolderDialog"_s);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"folderEdit"_s)->setText(folder);
        dialog->accept();
        QTRY_VERIFY(window()->folderWatcher());
        const QStringList vtex = invoiced(1);
        const QString code = s10(m_serial++);
        QFile out(folder + u"/transportadora.csv"_s);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            (u"Pedido;Rastreio;Transportadora\r\n"_s + vtex[0] + u";"_s + code + u";Correios\r\n"_s)
                .toUtf8());
        out.close();
        auto *button = window()->findChild<QToolButton *>(u"pendingBatchButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 20000);
        QVERIFY(trackingOf(vtex[0]) != code); // offered, not sent
        button->click();
        QTRY_VERIFY(latestWizard());
        auto *wizard = latestWizard();
        QCOMPARE(wizard->currentId(), int(gui::ImportWizard::SheetPage));
        wizard->next();
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->batch()->readyCount() == 1, 20000);
        QString text;
        answerNextBox(QMessageBox::Yes, &text);
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(gui::ImportWizard::SummaryPage), 30000);
        QCOMPARE(trackingOf(vtex[0]), code);
        QTRY_VERIFY(QFile::exists(folder + u"/done/transportadora.csv"_s));
        QVERIFY(QFile::exists(folder + u"/done/transportadora.report.csv"_s));
        QTRY_VERIFY(!button->isVisible());
        delete wizard;
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
