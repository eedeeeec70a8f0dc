// despacho-cli import-tracking: a spreadsheet of tracking codes applied to VTEX and e-vendi
// orders through the same validation, outbox and one-command-per-order rule as the wizard.
#include "cli/actionsupport.h"

#include "importer/columnmapping.h"
#include "importer/trackingimport.h"
#include "storage/accountstore.h"
#include "sync/appservices.h"
#include "sync/carrierlist.h"
#include "sync/outboxdispatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
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
    QString error;
    if (!importer::saveFile(path, importer::reportCsv(rows), &error)) {
        ctx->err(Tr::tr("cannot write the report %1: %2").arg(path, error));
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
