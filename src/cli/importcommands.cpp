// despacho-cli import-tracking: a spreadsheet of tracking codes applied to VTEX and e-vendi
// orders through the same validation, outbox and one-command-per-order rule as the wizard.
#include "cli/actionsupport.h"

#include "importer/columnmapping.h"
#include "importer/folderwatcher.h"
#include "importer/trackingimport.h"
#include "storage/accountstore.h"
#include "sync/appservices.h"
#include "sync/carrierlist.h"
#include "sync/outboxdispatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
};

using importer::ImportRow;
using importer::RowStatus;

QString delimiterName(QChar c)
{
    return c == u'\t' ? Tr::tr("tab") : QString(c);
}

bool writeReport(CliContext *ctx, const QString &path, const QList<ImportRow> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(importer::reportCsv(rows)) < 0 ||
        !file.commit()) {
        ctx->err(Tr::tr("cannot write the report %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

// The outcome: the report, a line per row that was not applied, the counts, and the exit code
// (0 every row fine, 4 some rejected).
void finishImport(CliContext *ctx, importer::TrackingImport *run, const QString &reportPath)
{
    const QList<ImportRow> &rows = run->rows();
    if (!reportPath.isEmpty() && !writeReport(ctx, reportPath, rows)) {
        ctx->finish(ExitEnvironment);
        return;
    }
    const auto counts = run->counts();
    if (ctx->json()) {
        QJsonArray list;
        for (const ImportRow &r : rows) {
            list.append(QJsonObject{{u"row"_s, r.fileRow},
                                    {u"account"_s, r.account},
                                    {u"order"_s, r.orderId},
                                    {u"invoice"_s, r.invoiceNumber},
                                    {u"trackingNumber"_s, r.trackingNumber},
                                    {u"trackingUrl"_s, r.trackingUrl},
                                    {u"status"_s, importer::rowStatusKey(r.status)},
                                    {u"message"_s, r.message},
                                    {u"notes"_s, QJsonArray::fromStringList(r.notes)},
                                    {u"command"_s, r.commandId}});
        }
        QJsonObject byStatus;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byStatus.insert(importer::rowStatusKey(it.key()), it.value());
        ctx->outJson(QJsonDocument(QJsonObject{{u"rows"_s, list}, {u"counts"_s, byStatus}}));
    } else {
        for (const ImportRow &r : rows) {
            if (r.status == RowStatus::Error)
                ctx->err(Tr::tr("row %1: %2").arg(r.fileRow).arg(r.message));
        }
        ctx->out(Tr::tr("%1 rows: %2 sent, %3 queued, %4 checked (dry run), %5 already applied, "
                        "%6 duplicates in the file, %7 rejected")
                     .arg(rows.size())
                     .arg(counts.value(RowStatus::Sent))
                     .arg(counts.value(RowStatus::Queued))
                     .arg(counts.value(RowStatus::DryRunOk))
                     .arg(counts.value(RowStatus::AlreadyApplied))
                     .arg(counts.value(RowStatus::DuplicateInFile))
                     .arg(counts.value(RowStatus::Error)));
    }
    ctx->finish(run->hasRejected() ? ExitSomeFailed : ExitOk);
}

void sendAndFollow(CliContext *ctx, importer::TrackingImport *run, const QString &reportPath,
                   bool waitForLock, int timeoutSeconds)
{
    auto *dispatcher = new sync::OutboxDispatcher(ctx->services(), {}, ctx);
    stopOnStorageError(ctx, dispatcher);
    QObject::connect(run, &importer::TrackingImport::allSent, ctx, [ctx, run, reportPath] {
        if (!ctx->finished())
            finishImport(ctx, run, reportPath);
    });
    run->follow(dispatcher);
    if (ctx->finished() || run->pendingCount() == 0) {
        delete dispatcher;
        if (!ctx->finished())
            finishImport(ctx, run, reportPath);
        return;
    }
    auto *deadline = new QTimer(ctx);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, ctx,
                     [ctx, run, reportPath, dispatcher = QPointer(dispatcher), timeoutSeconds] {
                         if (ctx->finished())
                             return;
                         if (dispatcher)
                             abandonSending(ctx, dispatcher);
                         ctx->err(Tr::tr("%1 rows still queued after %2 s; they stay in the "
                                         "outbox and are sent later")
                                      .arg(run->pendingCount())
                                      .arg(timeoutSeconds));
                         finishImport(ctx, run, reportPath);
                     });
    deadline->start(timeoutSeconds * 1000);
    QString lockError;
    if (dispatcher->start(&lockError))
        return;
    if (!waitForLock) {
        delete dispatcher;
        ctx->err(Tr::tr("the rows are queued; %1").arg(lockError));
        finishImport(ctx, run, reportPath);
        return;
    }
    auto *timer = new QTimer(dispatcher);
    QObject::connect(timer, &QTimer::timeout, dispatcher, [dispatcher, timer] {
        if (dispatcher->start())
            timer->stop();
    });
    timer->start(200);
}

} // namespace

void runImportTrackingCommand(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, Tr::tr("CSV or XLSX file"));
    parser.addOptions(
        {{u"sheet"_s, Tr::tr("The workbook's sheet (default: the first visible one with data)"),
          u"NAME"_s},
         {u"encoding"_s, Tr::tr("CSV encoding: utf-8 or windows-1252 (default: detected)"),
          u"ENCODING"_s},
         {u"map"_s,
          Tr::tr("COLUMN=FIELD: column (header or letter) to field (order, invoice, "
                 "courier, tracking_number, tracking_url, dispatched, account, none)"),
          u"COLUMN=FIELD"_s},
         {u"account"_s, Tr::tr("Only this account's orders"), u"NAME"_s},
         {u"dry-run"_s, Tr::tr("Validate and report; queue nothing")},
         {u"report"_s, Tr::tr("Write the per-row report (CSV) here"), u"OUT.csv"_s},
         {u"queue-only"_s, Tr::tr("Queue the rows and return at once")},
         {u"wait"_s, Tr::tr("Wait for another process's dispatcher to finish")},
         timeoutOption(),
         {u"json"_s, Tr::tr("JSON output")}});
    if (!parseArguments(
            ctx, parser, u"import-tracking"_s, args, 1, 1,
            Tr::tr("import-tracking FILE [--sheet NAME] [--encoding utf-8|windows-1252] "
                   "[--map COLUMN=FIELD]... [--account NAME] [--dry-run] "
                   "[--report OUT.csv]")))
        return;
    if (parser.isSet(u"json"_s))
        ctx->setJson(true);
    const QString path = parser.positionalArguments().first();
    const QString encoding = parser.value(u"encoding"_s).toLower();
    if (!encoding.isEmpty() && encoding != u"utf-8"_s && encoding != u"windows-1252"_s) {
        ctx->err(Tr::tr("--encoding %1: use utf-8 or windows-1252").arg(encoding));
        ctx->finish(ExitUsage);
        return;
    }
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    const bool dryRun = parser.isSet(u"dry-run"_s);
    QString operatorName;
    if (!dryRun && !authenticateOperator(ctx, u"import-tracking"_s, &operatorName))
        return;
    const QString account = parser.value(u"account"_s);
    if (!account.isEmpty()) {
        QString error;
        const auto found = ctx->services()->accounts()->find(account, &error);
        if (ctx->storageFailed(error))
            return;
        if (!found) {
            ctx->err(Tr::tr("no account named %1").arg(account));
            ctx->finish(ExitInvalidInput);
            return;
        }
    }
    // The file.
    importer::ReadError readError;
    const auto file = importer::readSpreadsheet(path, {parser.value(u"sheet"_s), encoding},
                                                importer::ReadLimits{}, &readError);
    if (!file) {
        ctx->err(Tr::tr("%1: %2").arg(path, readError.message));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (file->format == importer::Spreadsheet::Format::Csv)
        ctx->err(Tr::tr("%1: CSV, %2, fields separated by %3")
                     .arg(path, file->encoding, delimiterName(file->delimiter)));
    else
        ctx->err(Tr::tr("%1: sheet \"%2\"").arg(path, file->sheet.name));
    if (file->brokenCharacterRow >= 0)
        ctx->err(Tr::tr("warning: from row %1 on, accents were already lost (\uFFFD) before the "
                        "file got here: export it again or choose another --encoding")
                     .arg(file->brokenCharacterRow + 1));
    // The columns.
    const QStringList overrides = parser.values(u"map"_s);
    auto mapping = importer::detectColumns(file->sheet);
    if (!mapping) {
        if (overrides.isEmpty()) {
            ctx->err(Tr::tr("%1: no header row names the order or the tracking number (Pedido, "
                            "Rastreio, Order, Tracking…); name the columns or use --map C=order")
                         .arg(path));
            ctx->finish(ExitInvalidInput);
            return;
        }
        mapping = importer::ColumnMapping{};
    }
    QSettings settings;
    if (mapping->headerRow >= 0)
        importer::applyRememberedMapping(settings, &*mapping);
    QString mapError;
    if (!importer::applyOverrides(&*mapping, overrides, &mapError)) {
        ctx->err(mapError);
        ctx->finish(ExitUsage);
        return;
    }
    QStringList missing;
    for (auto field : {importer::Field::Order, importer::Field::TrackingNumber}) {
        if (mapping->columnOf(field) < 0)
            missing << importer::fieldKey(field);
    }
    if (!missing.isEmpty()) {
        ctx->err(Tr::tr("%1: no column for %2; use --map COLUMN=FIELD")
                     .arg(path, missing.join(u", "_s)));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (!overrides.isEmpty() && mapping->headerRow >= 0)
        importer::rememberMapping(settings, *mapping);
    QStringList columns;
    for (auto it = mapping->fields.cbegin(); it != mapping->fields.cend(); ++it)
        columns << u"%1=%2"_s.arg(importer::columnName(it.key()), importer::fieldKey(it.value()));
    columns.sort();
    ctx->err(Tr::tr("columns: %1").arg(columns.join(u", "_s)));

    auto timeout = sendTimeout(ctx, parser);
    if (!timeout)
        return;
    auto *run = new importer::TrackingImport(ctx->services(), ctx);
    run->setSheet(file->sheet, *mapping);
    QObject::connect(run, &importer::TrackingImport::storageError, ctx,
                     [ctx](const QString &message) {
                         if (ctx->finished())
                             return;
                         ctx->err(message);
                         ctx->finish(ExitEnvironment);
                     });
    const QString reportPath = parser.value(u"report"_s);
    const bool queueOnly = parser.isSet(u"queue-only"_s);
    const bool waitForLock = parser.isSet(u"wait"_s);
    // An explicit --timeout is kept; the default grows with the batch (6,000 requests a minute).
    const int timeoutSeconds = parser.isSet(u"timeout"_s)
                                   ? *timeout
                                   : defaultSendTimeoutSeconds + int(file->sheet.rows.size() / 50);
    QObject::connect(
        run, &importer::TrackingImport::validated, ctx,
        [ctx, run, dryRun, operatorName, reportPath, queueOnly, waitForLock, timeoutSeconds] {
            if (ctx->finished())
                return;
            if (dryRun) {
                run->markDryRun();
                finishImport(ctx, run, reportPath);
                return;
            }
            int queued = 0;
            QString error;
            if (!run->queue(operatorName, &queued, &error)) {
                ctx->err(Tr::tr("cannot queue the rows: %1").arg(error));
                ctx->finish(ExitEnvironment);
                return;
            }
            if (queueOnly || queued == 0) {
                finishImport(ctx, run, reportPath);
                return;
            }
            sendAndFollow(ctx, run, reportPath, waitForLock, timeoutSeconds);
        });
    run->validate({account, sync::loadCarriers(settings)});
}

} // namespace despacho::cli

namespace despacho::cli {

void runWatchFolderCommand(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"dir"_s, Tr::tr("The folder to watch"));
    parser.addOptions(
        {{u"auto-send"_s, Tr::tr("Send each file's good rows without asking (a supervisor's "
                                 "decision: --supervisor NAME)")},
         {u"supervisor"_s, Tr::tr("The supervisor who turns auto-send on"), u"NAME"_s},
         {u"once"_s, Tr::tr("Handle the files there now, then stop")},
         {u"account"_s, Tr::tr("Only this account's orders"), u"NAME"_s},
         {u"settle-ms"_s, Tr::tr("How long a file must stay unchanged before it is read"), u"MS"_s,
          u"2000"_s},
         {u"json"_s, Tr::tr("JSON output")}});
    if (!parseArguments(ctx, parser, u"watch-folder"_s, args, 1, 1,
                        Tr::tr("watch-folder DIR [--auto-send --supervisor NAME] [--once] "
                               "[--account NAME]")))
        return;
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    bool settleOk = false;
    const int settleMs = parser.value(u"settle-ms"_s).toInt(&settleOk);
    if (!settleOk || settleMs < 0) {
        ctx->err(Tr::tr("--settle-ms %1: give milliseconds").arg(parser.value(u"settle-ms"_s)));
        ctx->finish(ExitUsage);
        return;
    }
    const bool autoSend = parser.isSet(u"auto-send"_s);
    importer::FolderWatcher::Settings settings;
    settings.folder = parser.positionalArguments().first();
    settings.autoSend = autoSend;
    settings.settleMs = settleMs;
    QSettings appSettings;
    settings.validate = {parser.value(u"account"_s), sync::loadCarriers(appSettings)};
    if (autoSend) {
        const QString supervisor = parser.value(u"supervisor"_s);
        if (supervisor.isEmpty()) {
            ctx->err(Tr::tr("--auto-send sends without a person confirming each file: it needs "
                            "--supervisor NAME (PIN from DESPACHO_SUPERVISOR_PIN)"));
            ctx->finish(ExitInvalidInput);
            return;
        }
        if (!authenticateOperator(ctx, u"watch-folder"_s, &settings.operatorName) ||
            !authenticateSupervisor(ctx, supervisor,
                                    u"watch-folder --auto-send %1"_s.arg(settings.folder)))
            return;
    }
    auto *watcher = new importer::FolderWatcher(ctx->services(), settings, ctx);
    auto anyRejected = std::make_shared<bool>(false);
    auto offered = std::make_shared<QSet<QString>>();
    QObject::connect(watcher, &importer::FolderWatcher::problem, ctx,
                     [ctx](const QString &message) { ctx->err(message); });
    QObject::connect(
        watcher, &importer::FolderWatcher::batchFiled, ctx,
        [ctx, anyRejected](const QString &path, const QString &movedTo, const QString &report,
                           int rejected) {
            *anyRejected = *anyRejected || rejected != 0;
            ctx->out(
                rejected < 0
                    ? Tr::tr("%1: not readable; moved to %2 (report %3)").arg(path, movedTo, report)
                    : Tr::tr("%1: %n row(s) rejected; moved to %2 (report %3)", nullptr, rejected)
                          .arg(path, movedTo, report));
        });
    QObject::connect(
        watcher, &importer::FolderWatcher::batchReady, ctx,
        [ctx, offered, anyRejected](const QString &path, importer::TrackingImport *batch) {
            offered->insert(path);
            const auto counts = batch->counts();
            *anyRejected = *anyRejected || batch->hasRejected();
            ctx->out(Tr::tr("%1: %2 rows ready, %3 already applied, %4 duplicates, "
                            "%5 rejected; waiting for a person (or --auto-send)")
                         .arg(path)
                         .arg(counts.value(importer::RowStatus::Ready))
                         .arg(counts.value(importer::RowStatus::AlreadyApplied))
                         .arg(counts.value(importer::RowStatus::DuplicateInFile))
                         .arg(counts.value(importer::RowStatus::Error)));
        });
    if (autoSend) {
        auto *dispatcher = new sync::OutboxDispatcher(ctx->services(), {}, ctx);
        stopOnStorageError(ctx, dispatcher);
        watcher->setDispatcher(dispatcher);
        QString lockError;
        if (!dispatcher->start(&lockError))
            ctx->err(Tr::tr("another process sends the outbox (%1); the files are filed once it "
                            "has sent their rows")
                         .arg(lockError));
    }
    QString error;
    if (!watcher->start(&error)) {
        ctx->err(error);
        ctx->finish(ExitInvalidInput);
        return;
    }
    ctx->err(Tr::tr("watching %1 (%2)")
                 .arg(settings.folder, autoSend ? Tr::tr("auto-send")
                                                : Tr::tr("confirm in the "
                                                         "app")));
    if (!parser.isSet(u"once"_s))
        return; // runs until interrupted
    // --once: stop when every file that was there has been handled (filed, or offered).
    auto *check = new QTimer(ctx);
    QObject::connect(check, &QTimer::timeout, ctx, [ctx, watcher, offered, anyRejected, settings] {
        if (ctx->finished())
            return;
        const QFileInfoList files = QDir(settings.folder).entryInfoList(QDir::Files);
        int waiting = 0;
        for (const QFileInfo &f : files) {
            const QString suffix = f.suffix().toLower();
            if (!f.fileName().startsWith(u'~') && !f.fileName().startsWith(u'.') &&
                (suffix == u"csv"_s || suffix == u"xlsx"_s || suffix == u"xls"_s) &&
                !offered->contains(f.absoluteFilePath()))
                ++waiting;
        }
        if (waiting == 0 && watcher->busyCount() == offered->size())
            ctx->finish(*anyRejected ? ExitSomeFailed : ExitOk);
    });
    check->start(100);
}

} // namespace despacho::cli
