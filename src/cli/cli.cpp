#include "cli/cli.h"

#include "cli/clicontext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {

QString usageText()
{
    return QCoreApplication::translate(
        "despacho::cli",
        "Usage: despacho-cli [--data-dir DIR] [--operator NAME] [--json] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  account add-vtex NAME --account ACCOUNT --app-key KEY [--base-url URL]\n"
        "                   [--payments-url URL] [--environment ENV] [--supervisor NAME]\n"
        "                   (app token from DESPACHO_VTEX_APP_TOKEN or one line of stdin)\n"
        "  account add-evendi NAME --organization ID --env dev|prod [--base-url URL]\n"
        "                   [--supervisor NAME]   (prod: real money, needs the supervisor)\n"
        "                   (token from DESPACHO_EVENDI_TOKEN or one line of stdin)\n"
        "  account list [--json]\n"
        "  account remove NAME [--supervisor NAME]\n"
        "  sync [--account NAME] [--status STATUS]... [--since YYYY-MM-DD] [--concurrency N]\n"
        "  orders [--account NAME] [--status STATUS] [--search TEXT] [--limit N] [--json]\n"
        "  show ORDER_ID [--account NAME] [--json]\n"
        "  operator add NAME --role operator|supervisor [--supervisor NAME]\n"
        "                   (PINs from DESPACHO_NEW_PIN / DESPACHO_SUPERVISOR_PIN or stdin)\n"
        "  operator list [--json]\n"
        "  start-handling ORDER_ID\n"
        "  invoice ORDER_ID --number N --value CENTS --issued ISO8601 [--type output|input]\n"
        "          [--key NFE_KEY] [--url URL] [--item SKU:QTY:UNIT_PRICE_CENTS]...\n"
        "          [--courier C --tracking-number T [--tracking-url U]]\n"
        "  tracking ORDER_ID --invoice N --courier C --number T [--url U] [--dispatched ISO8601]\n"
        "  tracking-event ORDER_ID --invoice N --city C --state UF --description D\n"
        "          --date ISO8601 [--delivered --delivered-date ISO8601]\n"
        "  cancel ORDER_ID --reason TEXT --supervisor NAME\n"
        "  evendi-tracking ORDER_ID --code CODE\n"
        "  evendi-fiscal-note ORDER_ID --url https://...\n"
        "  evendi-close ORDER_ID\n"
        "  evendi-cancel ORDER_ID --supervisor NAME [--reason TEXT]   (refused orders)\n"
        "  evendi-refund ORDER_ID --reason TEXT --supervisor NAME\n"
        "          [--bank-code C --agency N [--dv-agency D] --account-number N [--dv-account D]\n"
        "           --account-type T --document-type cpf|cnpj --document-number N\n"
        "           --holder-name NAME]   (bank account: boleto payments; never kept once sent)\n"
        "          (actions: [--account NAME] [--queue-only] [--wait] [--timeout SECONDS]; the\n"
        "           acting operator is --operator NAME with DESPACHO_PIN, supervisors' PINs\n"
        "           DESPACHO_SUPERVISOR_PIN)\n"
        "  outbox [--json] | outbox send [--wait] [--timeout SECONDS] | outbox retry ID\n"
        "  outbox discard ID --supervisor NAME\n"
        "  audit [--order ORDER_ID] [--who NAME] [--action ACTION] [--json]\n"
        "  import-tracking FILE [--sheet NAME] [--encoding utf-8|windows-1252]\n"
        "          [--map COLUMN=FIELD]... [--account NAME] [--dry-run] [--report OUT.csv]\n"
        "          [--queue-only] [--wait] [--timeout SECONDS]   (fields: order, invoice,\n"
        "           courier, tracking_number, tracking_url, dispatched, account, none)\n"
        "  watch-folder DIR [--auto-send --supervisor NAME] [--once] [--account NAME]\n"
        "          (CSV and XLSX files dropped there; filed in done/ or failed/ with a report)\n"
        "\n"
        "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 remote or network error,\n"
        "4 some items failed, 5 local environment unavailable.");
}

} // namespace

int run(const QStringList &arguments)
{
    GlobalOptions global;
    global.dataDir = qEnvironmentVariable("DESPACHO_DATA_DIR");
    QStringList rest;
    int i = 0;
    auto usageError = [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl << usageText() << Qt::endl;
        return int(ExitUsage);
    };
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (a.startsWith(name + u'='))
                return a.mid(name.size() + 1);
            if (a == name && i + 1 < arguments.size())
                return arguments.at(++i);
            return std::nullopt;
        };
        if (a == u"--help"_s || a == u"-h"_s) {
            QTextStream(stdout) << usageText() << Qt::endl;
            return ExitOk;
        }
        if (a == u"--version"_s) {
            QTextStream(stdout) << QCoreApplication::applicationName() << u' '
                                << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (a == u"--json"_s) {
            global.json = true;
        } else if (a.startsWith(u"--data-dir"_s)) {
            const auto v = value(u"--data-dir"_s);
            if (!v || v->isEmpty())
                return usageError(
                    QCoreApplication::translate("despacho::cli", "--data-dir needs a directory"));
            global.dataDir = *v;
        } else if (a.startsWith(u"--operator"_s)) {
            const auto v = value(u"--operator"_s);
            if (!v || v->isEmpty())
                return usageError(
                    QCoreApplication::translate("despacho::cli", "--operator needs a name"));
            global.operatorName = *v;
        } else if (a.startsWith(u"-"_s)) {
            return usageError(
                QCoreApplication::translate("despacho::cli", "Unknown option %1").arg(a));
        } else {
            break;
        }
    }
    rest = arguments.mid(i);
    if (rest.isEmpty())
        return usageError(QCoreApplication::translate("despacho::cli", "No command given."));

    CliContext ctx(global);
    int code = ExitOk;
    bool loopRunning = false;
    QObject::connect(&ctx, &CliContext::done, &ctx, [&](int c) {
        code = c;
        if (loopRunning)
            QCoreApplication::exit(c);
    });

    const QString command = rest.takeFirst();
    if (command == u"account"_s)
        runAccountCommand(&ctx, rest);
    else if (command == u"sync"_s)
        runSyncCommand(&ctx, rest);
    else if (command == u"orders"_s)
        runOrdersCommand(&ctx, rest);
    else if (command == u"show"_s)
        runShowCommand(&ctx, rest);
    else if (command == u"operator"_s)
        runOperatorCommand(&ctx, rest);
    else if (command == u"outbox"_s)
        runOutboxCommand(&ctx, rest);
    else if (command == u"audit"_s)
        runAuditCommand(&ctx, rest);
    else if (command == u"import-tracking"_s)
        runImportTrackingCommand(&ctx, rest);
    else if (command == u"watch-folder"_s)
        runWatchFolderCommand(&ctx, rest);
    else if (runActionCommand(&ctx, command, rest) || runEvendiCommand(&ctx, command, rest))
        ;
    else
        return usageError(
            QCoreApplication::translate("despacho::cli", "Unknown command %1").arg(command));

    if (!ctx.finished()) {
        loopRunning = true;
        QCoreApplication::exec();
        loopRunning = false;
    }
    return ctx.finished() ? ctx.exitCode() : code;
}

} // namespace despacho::cli
