#pragma once

// The parts of a GUI test that need a process of their own: one the test kills outright
// (SIGKILL: no close path, no destructor, as in a crash or a power cut), or one with another
// environment (no session bus, so the real keychain is unreachable). The test binary runs itself
// again with DESPACHO_TEST_CHILD=<role>; the child says what it saw on stdout, one line each,
// and its stderr goes to the test's.
#include <QApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace despacho::testing {

inline constexpr char kChildRoleVariable[] = "DESPACHO_TEST_CHILD";

// In the child: one line to the parent, at once.
inline void tellParent(const QString &line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

class ChildProcess
{
public:
    ChildProcess(const QString &role, const QHash<QString, QString> &environment = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildRoleVariable), role);
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(), {});
    }
    ~ChildProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    bool started() { return m_process.waitForStarted(10000); }

    // The child's next line starting with `prefix` (the prefix cut off), waiting up to `ms`;
    // false when the child ends or the time runs out first.
    bool waitForLine(const QString &prefix, int ms, QString *rest)
    {
        QDeadlineTimer deadline(ms);
        while (true) {
            while (m_process.canReadLine()) {
                const QString line =
                    QString::fromUtf8(m_process.readLine()).chopped(1); // without the newline
                if (line.startsWith(prefix)) {
                    *rest = line.mid(prefix.size());
                    return true;
                }
            }
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
                return false;
            m_process.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
        }
    }

    // SIGKILL, and wait until it is gone: true when the kernel ended it (CrashExit).
    bool kill()
    {
        m_process.kill();
        return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::CrashExit;
    }

    // Waits for a normal end; the exit code, or -1 when it crashed or did not end.
    int waitForExit(int ms)
    {
        if (!m_process.waitForFinished(ms) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }

private:
    QProcess m_process;
};

} // namespace despacho::testing

// QTEST_MAIN, except that with DESPACHO_TEST_CHILD set the binary runs `childMain(role)` (an
// `int (const QString &)`) instead of the test cases.
#define DESPACHO_TEST_MAIN_WITH_CHILD(TestObject, childMain)                                       \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        if (qEnvironmentVariableIsSet(despacho::testing::kChildRoleVariable))                      \
            return childMain(qEnvironmentVariable(despacho::testing::kChildRoleVariable));         \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
