#include "cli/clicontext.h"

#include "storage/datadir.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace despacho::cli {

CliContext::CliContext(GlobalOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
{}

int CliContext::openServices(const api::TransportSettings &transport)
{
    if (m_services)
        return ExitOk;
    m_services = std::make_unique<sync::AppServices>(transport);
    const QString dir = storage::resolveDataDir(m_options.dataDir);
    const auto status = m_services->open(dir);
    if (status.ok())
        return ExitOk;
    err(status.message);
    m_services.reset();
    return status.error == storage::Database::OpenError::NewerSchema ? ExitEnvironment
                                                                     : ExitEnvironment;
}

void CliContext::out(const QString &line)
{
    m_out << line << Qt::endl;
}

void CliContext::outJson(const QJsonDocument &doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliContext::err(const QString &line)
{
    m_err << line << Qt::endl;
}

bool CliContext::storageFailed(const QString &error)
{
    if (error.isEmpty())
        return false;
    const QString path =
        m_services && m_services->database() ? m_services->database()->path() : m_options.dataDir;
    err(QCoreApplication::translate("despacho::cli", "database %1 could not be read or written: %2")
            .arg(path, error));
    finish(ExitEnvironment);
    return true;
}

void CliContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    Q_EMIT done(code);
}

bool parseArguments(CliContext *ctx, QCommandLineParser &parser, const QString &command,
                    const QStringList &args, qsizetype minPositional, qsizetype maxPositional,
                    const QString &usage)
{
    QString problem;
    if (!parser.parse(QStringList{command} + args)) {
        problem = parser.errorText();
    } else {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > maxPositional)
            problem = QCoreApplication::translate("despacho::cli", "unexpected argument \"%1\"")
                          .arg(positional.at(maxPositional));
        else if (positional.size() < minPositional)
            problem = QCoreApplication::translate("despacho::cli", "missing argument");
    }
    if (problem.isEmpty())
        return true;
    ctx->err(QCoreApplication::translate("despacho::cli", "%1: %2 (usage: %3)")
                 .arg(command, problem.trimmed(), usage));
    ctx->finish(ExitUsage);
    return false;
}

QString CliContext::readSecret(const char *envVar)
{
    const QString fromEnv = qEnvironmentVariable(envVar);
    if (!fromEnv.isEmpty())
        return fromEnv;
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    return QString::fromStdString(line).trimmed();
}

} // namespace despacho::cli
