// despacho-cli watch-folder: a drop folder whose spreadsheets become tracking batches
// (importer::FolderWatcher), headless: offered and reported, or sent with --auto-send.
#include "cli/actionsupport.h"

#include "importer/folderwatcher.h"
#include "importer/trackingimport.h"
#include "sync/appservices.h"
#include "sync/carrierlist.h"
#include "sync/outboxdispatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
};
} // namespace

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
            if (importer::FolderWatcher::isCandidate(f) && !offered->contains(f.absoluteFilePath()))
                ++waiting;
        }
        if (waiting == 0 && watcher->busyCount() == offered->size())
            ctx->finish(*anyRejected ? ExitSomeFailed : ExitOk);
    });
    check->start(100);
}

} // namespace despacho::cli
