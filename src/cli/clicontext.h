#pragma once

#include "cli/cli.h"
#include "sync/appservices.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QObject>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

namespace despacho::cli {

struct GlobalOptions
{
    QString dataDir;
    QString operatorName;
    bool json = false;
};

// What every command gets: parsed global options, the opened services, output streams, and a
// way to finish with an exit code (commands are asynchronous).
class CliContext : public QObject
{
    Q_OBJECT
public:
    explicit CliContext(GlobalOptions options, QObject *parent = nullptr);

    const GlobalOptions &options() const { return m_options; }
    bool json() const { return m_options.json; }
    void setJson(bool json) { m_options.json = json; }

    // Opens the data directory; on failure prints the reason and returns the exit code to use.
    // `transport` applies when the services are created by this call.
    int openServices(const api::TransportSettings &transport = {});
    sync::AppServices *services() const { return m_services.get(); }

    void out(const QString &line); // stdout, one line
    void outJson(const QJsonDocument &doc);
    void err(const QString &line); // stderr, one line
    void finish(int code);         // ends the command
    // For a storage call that failed (`error` not empty): prints which database and why, and
    // finishes with ExitEnvironment. False, doing nothing, when `error` is empty.
    bool storageFailed(const QString &error);
    bool finished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

    // Secret from an environment variable, else one line of standard input.
    static QString readSecret(const char *envVar);

Q_SIGNALS:
    void done(int code);

private:
    GlobalOptions m_options;
    std::unique_ptr<sync::AppServices> m_services;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
    int m_exitCode = 0;
};

// Parses a command's own arguments (after the command words). On an unknown option, a missing
// option value, or too few or too many positional arguments, prints one line naming what is
// wrong together with the command's usage, finishes the context with ExitUsage and returns false.
bool parseArguments(CliContext *ctx, QCommandLineParser &parser, const QString &command,
                    const QStringList &args, qsizetype minPositional, qsizetype maxPositional,
                    const QString &usage);

// Command entry points: each parses its own arguments (after the command words) and either
// finishes the context at once or later from a callback.
void runAccountCommand(CliContext *ctx, const QStringList &args);
void runSyncCommand(CliContext *ctx, const QStringList &args);
void runOrdersCommand(CliContext *ctx, const QStringList &args);
void runShowCommand(CliContext *ctx, const QStringList &args);
void runOperatorCommand(CliContext *ctx, const QStringList &args);
void runOutboxCommand(CliContext *ctx, const QStringList &args);
void runAuditCommand(CliContext *ctx, const QStringList &args);
void runImportTrackingCommand(CliContext *ctx, const QStringList &args);
void runWatchFolderCommand(CliContext *ctx, const QStringList &args);
// start-handling, invoice, tracking, tracking-event, cancel; false when not an action.
bool runActionCommand(CliContext *ctx, const QString &command, const QStringList &args);
// evendi-tracking, evendi-fiscal-note, evendi-close, evendi-cancel, evendi-refund.
bool runEvendiCommand(CliContext *ctx, const QString &command, const QStringList &args);

} // namespace despacho::cli
