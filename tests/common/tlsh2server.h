#pragma once

// A real HTTPS server with HTTP/2 on 127.0.0.1 for tests and benchmarks: nghttpx (Debian
// nghttp2-proxy) terminating TLS, offering "h2" and "http/1.1" by ALPN, in front of a plain
// HTTP/1.1 server of ours on 127.0.0.1. The certificate authority and the server certificate for
// 127.0.0.1 are made by openssl for this run, in a temporary folder: TEST ONLY, never shipped,
// and trusted only by a process that calls trustInThisProcess() (the product trusts the system's
// authorities only).
//
// nghttpx writes one access-log line per request with the client's TCP port and the protocol it
// used, which is how clientConnections() counts the TCP connections a client really opened.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <memory>

namespace despacho::test {

class TlsH2Server
{
public:
    struct LogLine
    {
        quint16 clientPort = 0;
        QByteArray alpn; // "h2" or "http/1.1"
        int status = 0;
    };

    TlsH2Server() = default;
    TlsH2Server(const TlsH2Server &) = delete;
    TlsH2Server &operator=(const TlsH2Server &) = delete;
    ~TlsH2Server() { stop(); }

    // Debian puts nghttpx in /usr/sbin, which is not on every user's PATH.
    static QString nghttpxPath()
    {
        QString path = QStandardPaths::findExecutable(QStringLiteral("nghttpx"));
        if (path.isEmpty()) {
            path = QStandardPaths::findExecutable(
                QStringLiteral("nghttpx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        }
        return path;
    }
    static QString opensslPath()
    {
        return QStandardPaths::findExecutable(QStringLiteral("openssl"));
    }
    static bool available() { return !nghttpxPath().isEmpty() && !opensslPath().isEmpty(); }
    static constexpr const char *kMissing =
        "nghttpx or openssl missing (Debian: nghttp2-proxy, openssl; packaging/install-deps.sh)";

    // Makes the test CA and the server certificate (once).
    bool prepare()
    {
        if (!available())
            return fail(QString::fromLatin1(kMissing));
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        return !m_ca.isNull() || makeCertificates();
    }

    // prepare(), then starts nghttpx in front of 127.0.0.1:backendPort.
    // http2 false: ALPN offers only http/1.1 (an HTTPS server without HTTP/2).
    bool start(quint16 backendPort, bool http2 = true)
    {
        stop();
        if (!prepare())
            return false;
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (launch(backendPort, http2))
                return true;
        }
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }
    QUrl url(const QString &path) const
    {
        QUrl u = baseUrl();
        u.setPath(path);
        return u;
    }
    QSslCertificate caCertificate() const { return m_ca; }
    QString errorString() const { return m_error; }

    // The process-wide default TLS configuration gains the test CA (for the test process only).
    void trustInThisProcess() const
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificate(m_ca);
        QSslConfiguration::setDefaultConfiguration(config);
    }

    // The access log so far; nghttpx writes a line when it has answered a request, so give it a
    // moment (waitForLogLines) after the client saw the last reply.
    QList<LogLine> accessLog() const
    {
        QList<LogLine> lines;
        QFile file(m_dir.filePath(QStringLiteral("access.log")));
        if (!file.open(QIODevice::ReadOnly))
            return lines;
        const QList<QByteArray> raw = file.readAll().split('\n');
        for (const QByteArray &line : raw) {
            const QList<QByteArray> fields = line.trimmed().split(' ');
            if (fields.size() != 3)
                continue;
            lines.append({quint16(fields[0].toUInt()), fields[1], fields[2].toInt()});
        }
        return lines;
    }
    bool waitForLogLines(qsizetype count, int timeoutMs = 5000) const
    {
        QElapsedTimer clock;
        clock.start();
        while (accessLog().size() < count) {
            if (clock.elapsed() > timeoutMs)
                return false;
            QThread::msleep(20);
        }
        return true;
    }
    // TCP connections that carried at least one request, counted by the client's port.
    int clientConnections() const
    {
        QSet<quint16> ports;
        const auto lines = accessLog();
        for (const LogLine &line : lines)
            ports.insert(line.clientPort);
        return int(ports.size());
    }
    QString errorLog() const
    {
        QFile file(m_dir.filePath(QStringLiteral("error.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    bool run(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(opensslPath(), arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0) {
            return fail(u"openssl " + arguments.join(u' ') + u": " +
                        QString::fromLocal8Bit(openssl.readAll()));
        }
        return true;
    }

    bool makeCertificates()
    {
        const QString ec = QStringLiteral("ec");
        const QString curve = QStringLiteral("ec_paramgen_curve:prime256v1");
        QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write server.ext"));
        ext.write("basicConstraints=CA:FALSE\n"
                  "keyUsage=critical,digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\n"
                  "subjectAltName=IP:127.0.0.1\n");
        ext.close();
        const bool made =
            run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), ec,
                 QStringLiteral("-pkeyopt"), curve, QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                 QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=Despacho TEST-ONLY CA"),
                 QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                 QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}) &&
            run({QStringLiteral("req"), QStringLiteral("-newkey"), ec, QStringLiteral("-pkeyopt"),
                 curve, QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}) &&
            run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-extfile"), QStringLiteral("server.ext"), QStringLiteral("-out"),
                 QStringLiteral("server.pem")});
        if (!made)
            return false;
        const auto cas = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem")));
        if (cas.isEmpty())
            return fail(QStringLiteral("openssl wrote no readable ca.pem"));
        m_ca = cas.first();
        return true;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool launch(quint16 backendPort, bool http2)
    {
        m_port = freePort();
        QFile::remove(m_dir.filePath(QStringLiteral("access.log")));
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{
            QStringLiteral("--conf=/dev/null"),
            QStringLiteral("--frontend=127.0.0.1,%1").arg(m_port),
            QStringLiteral("--backend=127.0.0.1,%1").arg(backendPort),
            QStringLiteral("--workers=1"),
            QStringLiteral("--accesslog-file=") + m_dir.filePath(QStringLiteral("access.log")),
            QStringLiteral("--accesslog-format=$remote_port $alpn $status"),
            QStringLiteral("--errorlog-file=") + m_dir.filePath(QStringLiteral("error.log")),
            QStringLiteral("--no-ocsp"),
            QStringLiteral("--backend-keep-alive-timeout=60s"),
        };
        if (!http2)
            args << QStringLiteral("--npn-list=http/1.1");
        args << m_dir.filePath(QStringLiteral("server.key"))
             << m_dir.filePath(QStringLiteral("server.pem"));
        process->start(nghttpxPath(), args);
        if (!process->waitForStarted(5000))
            return fail(u"nghttpx did not start: " + process->errorString());
        // Ready when the frontend port accepts a connection.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            if (process->state() != QProcess::Running) {
                return fail(u"nghttpx exited: " + QString::fromLocal8Bit(process->readAll()) +
                            errorLog());
            }
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200)) {
                probe.abort();
                m_process = std::move(process);
                return true;
            }
            QThread::msleep(50);
        }
        process->kill();
        process->waitForFinished(5000);
        return fail(QStringLiteral("nghttpx did not listen on 127.0.0.1:%1").arg(m_port));
    }

    QTemporaryDir m_dir;
    QSslCertificate m_ca;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace despacho::test
