#include "cli/clicontext.h"

#include "security/pinhasher.h"
#include "sync/operatorservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace despacho::cli {

namespace {

using sync::OperatorService;

// lupdate reads this context; this file translates through Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::cli)
};

int exitFor(OperatorService::Refusal refusal)
{
    return refusal == OperatorService::Refusal::Storage ? ExitEnvironment : ExitInvalidInput;
}

void addOperator(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"name"_s, Tr::tr("Name of the new operator"));
    p.addOptions({{u"role"_s, Tr::tr("operator or supervisor"), u"ROLE"_s},
                  {u"supervisor"_s, Tr::tr("Supervisor who authorises the change"), u"NAME"_s},
                  {u"json"_s, Tr::tr("JSON output")}});
    const QString usage = u"operator add NAME --role operator|supervisor [--supervisor NAME]"_s;
    if (!parseArguments(ctx, p, u"operator add"_s, args, 1, 1, usage))
        return;
    const QStringList pos = p.positionalArguments();
    if (!p.isSet(u"role"_s)) {
        ctx->err(Tr::tr("%1: %2 (usage: %3)")
                     .arg(u"operator add"_s, Tr::tr("--role is required"), usage));
        ctx->finish(ExitUsage);
        return;
    }
    const QString name = pos.first();
    const QString role = p.value(u"role"_s).trimmed();
    if (!OperatorService::isValidName(name)) {
        ctx->err(Tr::tr("NAME: \"%1\" is not valid: %2").arg(name, OperatorService::nameRule()));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (role != OperatorService::roleOperator() && role != OperatorService::roleSupervisor()) {
        ctx->err(Tr::tr("--role: \"%1\" is not valid: use operator or supervisor").arg(role));
        ctx->finish(ExitInvalidInput);
        return;
    }
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    OperatorService service(ctx->services()->database());

    const QString pin = CliContext::readSecret("DESPACHO_NEW_PIN");
    if (pin.isEmpty()) {
        ctx->err(Tr::tr("No PIN for %1: set DESPACHO_NEW_PIN or give it as one line on standard "
                        "input (never on the command line).")
                     .arg(name));
        ctx->finish(ExitInvalidInput);
        return;
    }
    // Checked before the supervisor is asked, so a mistyped PIN costs no supervisor attempt.
    if (!security::PinHasher::isValidPin(pin)) {
        ctx->err(
            Tr::tr("The new PIN for %1 is not valid: %2.").arg(name, OperatorService::pinRule()));
        ctx->finish(ExitInvalidInput);
        return;
    }
    QString supervisor;
    QString supervisorPin;
    QString readError;
    const bool anyOperator = service.hasOperators(&readError);
    if (ctx->storageFailed(readError))
        return;
    if (anyOperator) {
        supervisor = p.value(u"supervisor"_s).trimmed();
        if (supervisor.isEmpty()) {
            ctx->err(Tr::tr("Adding operator %1 needs a supervisor: --supervisor NAME, with the "
                            "supervisor's PIN in DESPACHO_SUPERVISOR_PIN or on the next line of "
                            "standard input.")
                         .arg(name));
            ctx->finish(ExitInvalidInput);
            return;
        }
        supervisorPin = CliContext::readSecret("DESPACHO_SUPERVISOR_PIN");
        if (supervisorPin.isEmpty()) {
            ctx->err(
                Tr::tr("No PIN for supervisor %1: set DESPACHO_SUPERVISOR_PIN or give it on the "
                       "next line of standard input.")
                    .arg(supervisor));
            ctx->finish(ExitInvalidInput);
            return;
        }
    }
    const auto result = service.addOperator(name, role, pin, supervisor, supervisorPin);
    if (!result.ok()) {
        ctx->err(result.message);
        ctx->finish(exitFor(result.refusal));
        return;
    }
    if (p.isSet(u"json"_s) || ctx->json())
        ctx->outJson(QJsonDocument(QJsonObject{{u"name"_s, name}, {u"role"_s, role}}));
    else
        ctx->out(result.message);
    ctx->finish(ExitOk);
}

void listOperators(CliContext *ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, Tr::tr("JSON output")});
    if (!parseArguments(ctx, p, u"operator list"_s, args, 0, 0, u"operator list [--json]"_s))
        return;
    if (p.isSet(u"json"_s))
        ctx->setJson(true);
    if (const int rc = ctx->openServices(); rc != ExitOk) {
        ctx->finish(rc);
        return;
    }
    const OperatorService service(ctx->services()->database());
    QString readError;
    const auto operators = service.operators(&readError);
    if (!readError.isEmpty()) {
        ctx->err(readError); // names the database already
        ctx->finish(ExitEnvironment);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray array;
    for (const auto &o : operators) {
        // Only what a person needs to see: never the hash, salt or KDF parameters.
        const bool locked = o.lockedUntil.isValid() && o.lockedUntil > now;
        if (ctx->json()) {
            array.append(QJsonObject{
                {u"name"_s, o.name},
                {u"role"_s, o.role},
                {u"active"_s, o.active},
                {u"lockedUntil"_s, locked ? QJsonValue(o.lockedUntil.toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null)},
                {u"createdAt"_s, o.createdAt.toString(Qt::ISODate)}});
            continue;
        }
        QString state = o.active ? Tr::tr("active") : Tr::tr("inactive");
        if (locked)
            state = Tr::tr("locked until %1")
                        .arg(QLocale().toString(o.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        ctx->out(u"%1\t%2\t%3"_s.arg(o.name, o.role, state));
    }
    if (ctx->json())
        ctx->outJson(QJsonDocument(array));
    else if (operators.isEmpty())
        ctx->out(
            Tr::tr("No operators yet. Add the first supervisor with: despacho-cli operator add "
                   "NAME --role supervisor"));
    ctx->finish(ExitOk);
}

} // namespace

void runOperatorCommand(CliContext *ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s)
        addOperator(ctx, args.mid(1));
    else if (sub == u"list"_s)
        listOperators(ctx, args.mid(1));
    else {
        ctx->err(
            Tr::tr("operator: unknown subcommand \"%1\" (usage: operator add|list ...)").arg(sub));
        ctx->finish(ExitUsage);
    }
}

} // namespace despacho::cli
