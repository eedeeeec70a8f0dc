#include "prismprocess.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

PrismProcess::~PrismProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString PrismProcess::executable()
{
    return QStringLiteral(DESPACHO_PRISM_PATH);
}

QString PrismProcess::specDir()
{
    const QString env = qEnvironmentVariable("DESPACHO_SPEC_DIR");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(DESPACHO_SOURCE_DIR) + u"/../shared/api"_s;
}

bool PrismProcess::start(const QStringList &args, QString *error)
{
    return launch(args, error) && waitUntilListening(error);
}

bool PrismProcess::launch(const QStringList &args, QString *error)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = u"no free port"_s;
            return false;
        }
        port = probe.serverPort();
    }
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(executable(),
                    args + QStringList{u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port)});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    return true;
}

bool PrismProcess::waitUntilListening(QString *error)
{
    // Wait with the event loop running (the sandbox may live in this process).
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 90000) {
        m_log += QString::fromUtf8(m_process.readAll());
        if (m_log.contains(u"Prism is listening"_s))
            return true;
        if (m_process.state() == QProcess::NotRunning) {
            *error = u"prism exited: "_s + m_log.right(2000);
            return false;
        }
        QTest::qWait(100);
    }
    *error = u"prism did not start listening in time: "_s + m_log.right(2000);
    return false;
}

QString PrismProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}
