// despacho-sandbox: the demo store. Serves VTEX OMS, VTEX Payments Gateway and e-vendi on
// 127.0.0.1 for `despacho --demo`, the tests and the benchmarks.
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using despacho::sandbox::SandboxOptions;
using despacho::sandbox::SandboxServer;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop, so the server closes its sockets before the process exits.
void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] { app.quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void say(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    std::fputs(QString(u"despacho-sandbox: "_s + message + u'\n').toLocal8Bit().constData(),
               stderr);
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"despacho-sandbox"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local VTEX OMS, VTEX Payments Gateway and e-vendi simulator for Despacho's demo mode, "
        "tests and benchmarks. Listens on 127.0.0.1 only."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const SandboxOptions defaults;
    const QCommandLineOption port(u"port"_s, u"TCP port (0 = any free port)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption orders(u"orders"_s, u"Number of VTEX orders to generate."_s, u"N"_s,
                                    QString::number(defaults.orders));
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated data."_s, u"SEED"_s,
                                  QString::number(defaults.seed));
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay added to every reply."_s, u"MS"_s,
                                     u"0"_s);
    const QCommandLineOption failRate(
        u"fail-rate"_s, u"Fraction (0..1) of requests answered 503/500/502."_s, u"RATE"_s, u"0"_s);
    const QCommandLineOption throttleRate(u"throttle-rate"_s,
                                          u"Fraction (0..1) of requests answered 429 at random."_s,
                                          u"RATE"_s, u"0"_s);
    const QCommandLineOption rateLimit(
        u"rate-limit"_s, u"Requests per minute before 429 (0 = unlimited)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption retryAfter(u"retry-after"_s, u"Retry-After seconds sent with 429."_s,
                                        u"SECONDS"_s, QString::number(defaults.retryAfterSeconds));
    const QCommandLineOption appKey(u"app-key"_s, u"VTEX app key to accept."_s, u"KEY"_s,
                                    defaults.appKey);
    const QCommandLineOption appToken(u"app-token"_s, u"VTEX app token to accept."_s, u"TOKEN"_s,
                                      defaults.appToken);
    const QCommandLineOption evendiToken(u"evendi-token"_s,
                                         u"e-vendi integration token to accept."_s, u"TOKEN"_s,
                                         defaults.evendiToken);
    const QCommandLineOption account(u"account"_s, u"VTEX account name."_s, u"NAME"_s,
                                     defaults.account);
    const QCommandLineOption verbose(u"verbose"_s, u"Log one line per request to stderr."_s);
    parser.addOptions({port, orders, seed, latency, failRate, throttleRate, rateLimit, retryAfter,
                       appKey, appToken, evendiToken, account, verbose});
    parser.process(app);

    const auto number = [&](const QCommandLineOption &option, qint64 lowest, qint64 highest) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < lowest || value > highest) {
            fail(u"--%1 must be a whole number from %2 to %3"_s.arg(option.names().constFirst())
                     .arg(lowest)
                     .arg(highest));
        }
        return value;
    };
    SandboxOptions options;
    options.port = quint16(number(port, 0, 65535));
    options.orders = int(number(orders, 0, 1000000));
    options.seed = quint32(number(seed, 0, 4294967295LL));
    options.latencyMs = int(number(latency, 0, 600000));
    options.rateLimitPerMinute = int(number(rateLimit, 0, 100000000));
    options.retryAfterSeconds = int(number(retryAfter, 0, 86400));
    bool ok = false;
    options.failRate = parser.value(failRate).toDouble(&ok);
    if (!ok || options.failRate < 0.0 || options.failRate > 1.0)
        fail(u"--fail-rate must be a number from 0 to 1"_s);
    options.throttleRate = parser.value(throttleRate).toDouble(&ok);
    if (!ok || options.throttleRate < 0.0 || options.throttleRate > 1.0)
        fail(u"--throttle-rate must be a number from 0 to 1"_s);
    options.appKey = parser.value(appKey);
    options.appToken = parser.value(appToken);
    options.evendiToken = parser.value(evendiToken);
    options.account = parser.value(account);
    if (options.appKey.isEmpty() || options.appToken.isEmpty() || options.evendiToken.isEmpty() ||
        options.account.isEmpty()) {
        fail(u"--app-key, --app-token, --evendi-token and --account cannot be empty"_s);
    }
    if (parser.isSet(verbose))
        QLoggingCategory::setFilterRules(u"despacho.sandbox.requests.info=true"_s);

    SandboxServer server(options);
    if (!server.start())
        fail(server.errorString());
    quitOnSignals(app);

    say(u"despacho-sandbox listening on "_s + server.baseUrl().toString());
    say(u"VTEX account: "_s + options.account);
    say(u"VTEX app key: "_s + options.appKey);
    say(u"VTEX app token: "_s + options.appToken);
    say(u"e-vendi integration token: "_s + options.evendiToken);
    say(u"orders: %1 VTEX, %2 e-vendi (seed %3)"_s.arg(server.orderCount())
            .arg(server.evendiOrderCount())
            .arg(options.seed));
    return QCoreApplication::exec();
}
