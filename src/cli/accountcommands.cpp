#include "cli/actionsupport.h"
#include "cli/clicontext.h"

#include "api/urlpolicy.h"
#include "security/secretstore.h"
#include "storage/accountstore.h"
#include "storage/syncstatestore.h"
#include "sync/operatorservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {

// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
};

// Checks an optional base URL: absolute, http(s), and plain http only for loopback.
bool checkUrl(CliContext *ctx, const QString &option, const QString &text, QUrl *url)
{
    if (text.isEmpty())
        return true;
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != u"https"_s && u.scheme() != u"http"_s)) {
        ctx->err(Tr::tr("%1: \"%2\" is not an http(s) URL").arg(option, text));
        return false;
    }
    if (u.scheme() == u"http"_s && !api::isLoopbackHost(u.host())) {
        ctx->err(Tr::tr("%1: plain http is only allowed for 127.0.0.1/localhost; use https")
                     .arg(option));
        return false;
    }
    *url = u;
    return true;
}

// Accounts and their credentials are supervisor-only once any operator exists (before the first
// one, as on a fresh install, there is nobody to authorise). Prints the refusal and finishes.
bool authoriseAccountChange(CliContext *ctx, const QString &supervisor, const QString &purpose)
{
    const sync::OperatorService ops(ctx->services()->database());
    QString readError;
    const bool anyOperator = ops.hasOperators(&readError);
    if (ctx->storageFailed(readError))
        return false;
    if (!anyOperator)
        return true;
    if (supervisor.isEmpty()) {
        ctx->err(Tr::tr("Managing accounts needs a supervisor: add --supervisor NAME (PIN from "
                        "DESPACHO_SUPERVISOR_PIN or standard input)."));
        ctx->finish(ExitInvalidInput);
        return false;
    }
    return authenticateSupervisor(ctx, supervisor, purpose);
}

int exitForSecretError(int kind)
{
    return kind == security::SecretError::NoSecretService ? ExitEnvironment : ExitInvalidInput;
}

void addVtex(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"name"_s, Tr::tr("Name of the account in Despacho"));
    p.addOptions({{u"account"_s, Tr::tr("VTEX account name"), u"ACCOUNT"_s},
                  {u"app-key"_s, Tr::tr("VTEX app key"), u"KEY"_s},
                  {u"environment"_s, Tr::tr("VTEX environment"), u"ENV"_s, u"vtexcommercestable"_s},
                  {u"base-url"_s, Tr::tr("OMS base URL (tests, sandbox)"), u"URL"_s},
                  {u"payments-url"_s, Tr::tr("Payments base URL (tests, sandbox)"), u"URL"_s},
                  {u"supervisor"_s, Tr::tr("Supervisor authorising the change"), u"NAME"_s},
                  {u"json"_s, Tr::tr("JSON output")}});
    const QString usage = u"account add-vtex NAME --account ACCOUNT --app-key KEY "
                          "[--base-url URL] [--payments-url URL] [--environment ENV] "
                          "[--supervisor NAME]"_s;
    if (!parseArguments(ctx, p, u"account add-vtex"_s, args, 1, 1, usage))
        return;
    const QStringList pos = p.positionalArguments();
    if (!p.isSet(u"account"_s) || !p.isSet(u"app-key"_s)) {
        ctx->err(
            Tr::tr("%1: %2 (usage: %3)")
                .arg(u"account add-vtex"_s, Tr::tr("--account and --app-key are required"), usage));
        ctx->finish(ExitUsage);
        return;
    }
    storage::AccountRecord a;
    a.name = pos.first();
    a.account = p.value(u"account"_s).trimmed();
    a.appKey = p.value(u"app-key"_s).trimmed();
    a.environment = p.value(u"environment"_s).trimmed();
    static const QRegularExpression nameRe(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    static const QRegularExpression accountRe(u"^[a-z0-9][a-z0-9-]{0,62}$"_s);
    if (!nameRe.match(a.name).hasMatch()) {
        ctx->err(Tr::tr("NAME: \"%1\" must be 1-64 letters, digits, '.', '_' or '-'").arg(a.name));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (!accountRe.match(a.account).hasMatch()) {
        ctx->err(Tr::tr("--account: \"%1\" is not a VTEX account name (lower-case letters, digits, "
                        "'-')")
                     .arg(a.account));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (a.appKey.isEmpty()) {
        ctx->err(Tr::tr("--app-key: must not be empty"));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (!checkUrl(ctx, u"--base-url"_s, p.value(u"base-url"_s), &a.baseUrl) ||
        !checkUrl(ctx, u"--payments-url"_s, p.value(u"payments-url"_s), &a.paymentsUrl)) {
        ctx->finish(ExitInvalidInput);
        return;
    }
    const QString token = CliContext::readSecret("DESPACHO_VTEX_APP_TOKEN");
    if (token.isEmpty()) {
        ctx->err(Tr::tr("No app token: set DESPACHO_VTEX_APP_TOKEN or give it as one line on "
                        "standard input (never on the command line)."));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    if (!authoriseAccountChange(ctx, p.value(u"supervisor"_s), u"account %1"_s.arg(a.name)))
        return;
    ctx->services()->saveVtexAccount(a, token, ctx, [ctx, a](const QString &error, int kind) {
        if (!error.isEmpty()) {
            ctx->err(Tr::tr("account %1: %2").arg(a.name, error));
            ctx->finish(kind ? exitForSecretError(kind) : ExitEnvironment);
            return;
        }
        ctx->out(Tr::tr("account %1 saved (VTEX account %2; app token in the system keychain)")
                     .arg(a.name, a.account));
        ctx->finish(ExitOk);
    });
}

// e-vendi: despacho-cli account add-evendi NAME --organization ID --env dev|prod
// [--base-url URL] [--supervisor NAME]; the integration token from DESPACHO_EVENDI_TOKEN or one
// line on standard input. prod moves real money: it needs a supervisor's PIN, whoever else is
// set up, and says so.
void addEvendi(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"name"_s, Tr::tr("Name of the account in Despacho"));
    p.addOptions({{u"organization"_s, Tr::tr("e-vendi organizationExternalId"), u"ID"_s},
                  {u"env"_s, Tr::tr("e-vendi environment: dev or prod"), u"ENV"_s},
                  {u"base-url"_s, Tr::tr("e-vendi API base URL (tests, sandbox)"), u"URL"_s},
                  {u"supervisor"_s, Tr::tr("Supervisor authorising the change"), u"NAME"_s},
                  {u"json"_s, Tr::tr("JSON output")}});
    const QString usage = u"account add-evendi NAME --organization ID --env dev|prod "
                          "[--base-url URL] [--supervisor NAME]"_s;
    if (!parseArguments(ctx, p, u"account add-evendi"_s, args, 1, 1, usage))
        return;
    if (!p.isSet(u"organization"_s) || !p.isSet(u"env"_s)) {
        ctx->err(Tr::tr("%1: %2 (usage: %3)")
                     .arg(u"account add-evendi"_s, Tr::tr("--organization and --env are required"),
                          usage));
        ctx->finish(ExitUsage);
        return;
    }
    storage::AccountRecord a;
    a.name = p.positionalArguments().first();
    a.kind = channelToString(Channel::Evendi);
    a.account.clear();
    a.environment.clear();
    const QString organization = p.value(u"organization"_s).trimmed();
    const QString env = p.value(u"env"_s).trimmed().toLower();
    static const QRegularExpression nameRe(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    if (!nameRe.match(a.name).hasMatch()) {
        ctx->err(Tr::tr("NAME: \"%1\" must be 1-64 letters, digits, '.', '_' or '-'").arg(a.name));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (organization.isEmpty()) {
        ctx->err(Tr::tr("--organization: must not be empty"));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (env != u"dev"_s && env != u"prod"_s) {
        ctx->err(Tr::tr("--env: \"%1\" is neither dev nor prod").arg(p.value(u"env"_s)));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (!checkUrl(ctx, u"--base-url"_s, p.value(u"base-url"_s), &a.baseUrl)) {
        ctx->finish(ExitInvalidInput);
        return;
    }
    a.settings = QJsonObject{{u"organizationExternalId"_s, organization}, {u"env"_s, env}};
    const bool prod = env == u"prod"_s;
    if (prod && p.value(u"supervisor"_s).isEmpty()) {
        ctx->err(Tr::tr("--env prod: in e-vendi's prod every transaction is real money (charges "
                        "and refunds). A supervisor must authorise it: add --supervisor NAME "
                        "(PIN from DESPACHO_SUPERVISOR_PIN or standard input)."));
        ctx->finish(ExitInvalidInput);
        return;
    }
    const QString token = CliContext::readSecret("DESPACHO_EVENDI_TOKEN");
    if (token.isEmpty()) {
        ctx->err(Tr::tr("No integration token: set DESPACHO_EVENDI_TOKEN or give it as one line "
                        "on standard input (never on the command line)."));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    if (prod) {
        // Always a supervisor's PIN for prod, even before any operator exists (then there is
        // none to give it, and prod waits until one is set up).
        if (!authenticateSupervisor(ctx, p.value(u"supervisor"_s),
                                    u"e-vendi prod account %1"_s.arg(a.name)))
            return;
    } else if (!authoriseAccountChange(ctx, p.value(u"supervisor"_s),
                                       u"account %1"_s.arg(a.name))) {
        return;
    }
    ctx->services()->saveAccount(
        a, token, ctx, [ctx, a, prod, organization](const QString &error, int kind) {
            if (!error.isEmpty()) {
                ctx->err(Tr::tr("account %1: %2").arg(a.name, error));
                ctx->finish(kind ? exitForSecretError(kind) : ExitEnvironment);
                return;
            }
            ctx->out(prod ? Tr::tr("account %1 saved: e-vendi organization %2, PROD (real money); "
                                   "integration token in the system keychain")
                                .arg(a.name, organization)
                          : Tr::tr("account %1 saved: e-vendi organization %2, dev; integration "
                                   "token in the system keychain")
                                .arg(a.name, organization));
            ctx->finish(ExitOk);
        });
}

void listAccounts(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, Tr::tr("JSON output")});
    if (!parseArguments(ctx, p, u"account list"_s, args, 0, 0, u"account list [--json]"_s))
        return;
    if (p.isSet(u"json"_s))
        ctx->setJson(true);
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    QString readError;
    const auto accounts = ctx->services()->accounts()->list(&readError);
    if (ctx->storageFailed(readError))
        return;
    QJsonArray array;
    for (const auto &a : accounts) {
        const auto state = ctx->services()->syncStates()->find(a.name, &readError);
        if (ctx->storageFailed(readError))
            return;
        const QString lastSync = state && state->lastSyncAt.isValid()
                                     ? state->lastSyncAt.toString(Qt::ISODate)
                                     : QString();
        if (ctx->json()) {
            QJsonObject row{{u"name"_s, a.name},
                            {u"kind"_s, a.kind},
                            {u"channel"_s, channelToString(a.channel())},
                            {u"account"_s, a.account},
                            {u"environment"_s, a.environment},
                            {u"appKey"_s, a.appKey},
                            {u"baseUrl"_s, a.baseUrl.toString()},
                            {u"paymentsUrl"_s, a.paymentsUrl.toString()},
                            {u"lastSync"_s, lastSync}};
            if (a.channel() == Channel::Evendi) {
                row.insert(u"organization"_s, a.settings.value(u"organizationExternalId"_s));
                row.insert(u"environment"_s, a.settings.value(u"env"_s));
            }
            array.append(row);
        } else if (a.channel() == Channel::Evendi) {
            const QString env = a.settings.value(u"env"_s).toString();
            ctx->out(u"%1\t%2\t%3\t%4\t%5"_s.arg(
                a.name, a.kind, a.settings.value(u"organizationExternalId"_s).toString(),
                env == u"prod"_s ? Tr::tr("PROD (real money)") : env,
                lastSync.isEmpty() ? Tr::tr("never synced")
                                   : Tr::tr("last sync %1").arg(lastSync)));
        } else {
            ctx->out(u"%1\t%2\t%3\t%4\t%5"_s.arg(a.name, a.kind, a.account, a.appKey,
                                                 lastSync.isEmpty()
                                                     ? Tr::tr("never synced")
                                                     : Tr::tr("last sync %1").arg(lastSync)));
        }
    }
    if (ctx->json())
        ctx->outJson(QJsonDocument(array));
    else if (accounts.isEmpty())
        ctx->out(Tr::tr("No accounts. Add one with: despacho-cli account add-vtex NAME --account "
                        "ACCOUNT --app-key KEY"));
    ctx->finish(ExitOk);
}

void removeAccount(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"name"_s, Tr::tr("Name of the account in Despacho"));
    p.addOption({u"supervisor"_s, Tr::tr("Supervisor authorising the change"), u"NAME"_s});
    if (!parseArguments(ctx, p, u"account remove"_s, args, 1, 1,
                        u"account remove NAME [--supervisor NAME]"_s))
        return;
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    const QString name = p.positionalArguments().first();
    QString readError;
    const bool known = ctx->services()->accounts()->find(name, &readError).has_value();
    if (ctx->storageFailed(readError))
        return;
    if (!known) {
        ctx->err(Tr::tr("There is no account named \"%1\".").arg(name));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (!authoriseAccountChange(ctx, p.value(u"supervisor"_s), u"account %1"_s.arg(name)))
        return;
    ctx->services()->removeAccount(name, ctx, [ctx, name](const QString &error, int kind) {
        if (!error.isEmpty()) {
            ctx->err(Tr::tr("account %1: %2").arg(name, error));
            ctx->finish(kind ? exitForSecretError(kind) : ExitEnvironment);
            return;
        }
        ctx->out(Tr::tr("account %1 removed").arg(name));
        ctx->finish(ExitOk);
    });
}

} // namespace

void runAccountCommand(CliContext *ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add-vtex"_s)
        addVtex(ctx, args.mid(1));
    else if (sub == u"add-evendi"_s)
        addEvendi(ctx, args.mid(1));
    else if (sub == u"list"_s)
        listAccounts(ctx, args.mid(1));
    else if (sub == u"remove"_s)
        removeAccount(ctx, args.mid(1));
    else {
        ctx->err(Tr::tr("account: unknown subcommand \"%1\" (usage: account "
                        "add-vtex|add-evendi|list|remove ...)")
                     .arg(sub));
        ctx->finish(ExitUsage);
    }
}

} // namespace despacho::cli
