#pragma once

// Runs the real despacho-cli (DESPACHO_CLI_PATH) on one data directory, as the CLI suites do:
// a fixed language, the given environment, and a fatal error if a secret appears in its output.

#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace despacho::testing {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

class CliProcess
{
public:
    CliProcess(QString dataDir, QStringList secrets)
        : m_dataDir(dataDir)
        , m_secrets(secrets)
    {}

    CliResult run(const QStringList &args, const QHash<QString, QString> &env = {},
                  int timeoutMs = 240000) const
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("DESPACHO_DATA_DIR"), m_dataDir);
        e.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(DESPACHO_CLI_PATH), args);
        p.waitForStarted();
        p.closeWriteChannel();
        if (!finished.wait(timeoutMs))
            p.kill();
        const CliResult r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                          QString::fromUtf8(p.readAllStandardError())};
        for (const QString &s : m_secrets) {
            if (r.out.contains(s) || r.err.contains(s))
                qFatal("a secret appeared in the output of despacho-cli");
        }
        return r;
    }

private:
    QString m_dataDir;
    QStringList m_secrets;
};

} // namespace despacho::testing
