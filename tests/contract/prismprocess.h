#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// Runs `prism mock|proxy` on a free loopback port and keeps its log.
class PrismProcess
{
public:
    ~PrismProcess();
    static QString executable();
    static QString specDir();
    // args: e.g. {"mock", "--errors", spec} — host and port are added. Waits until it listens.
    bool start(const QStringList &args, QString *error);
    // The same in two steps, so that several Prisms can load their specs at once.
    bool launch(const QStringList &args, QString *error);
    bool waitUntilListening(QString *error);
    QUrl url() const { return m_url; }
    QString log(); // everything Prism printed so far

private:
    QProcess m_process;
    QUrl m_url;
    QString m_log;
};
