#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace despacho::sandbox {
class SandboxServer;
}
namespace despacho::sync {
class AppServices;
}

namespace despacho::demo {

struct DemoOptions
{
    int orders = 500;
    quint32 seed = 42;
    QString dataDir;    // empty: a fresh temporary directory, removed on exit
    bool evendi = true; // the e-vendi account beside the VTEX one (both channels)
};

// `despacho --demo`: the built-in sandbox store in-process on a free loopback port, a throwaway
// data directory, an in-memory secret store and the account "demo" wired to the sandbox's fixed
// credentials. Nothing here touches the user's keychain or data.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    static QString accountName() { return QStringLiteral("demo"); }
    static QString appKey() { return QStringLiteral("demo-key"); }
    static QString appToken() { return QStringLiteral("demo-token"); }
    // The demo's e-vendi account (dev) on the same sandbox.
    static QString evendiAccountName() { return QStringLiteral("marketplace"); }
    static QString evendiToken() { return QStringLiteral("demo-evendi-token"); }
    static QString evendiOrganization() { return QStringLiteral("1001"); }
    static constexpr int kSyncDays = 120;
    static QDateTime syncSince() { return QDateTime::currentDateTimeUtc().addDays(-kSyncDays); }

    explicit DemoSession(DemoOptions options = {}, QObject *parent = nullptr);
    ~DemoSession() override;

    // Starts the sandbox and prepares the data directory; false with a message on failure.
    bool start(QString *error);
    QString dataDir() const { return m_dataDir; }
    QUrl baseUrl() const;
    sandbox::SandboxServer *server() const { return m_server; }

    // Before AppServices::open(): the in-memory secret store (no keychain in demo mode).
    static void installSecretStore(sync::AppServices *services);
    // After open(): saves the demo account (token to the in-memory store); `done` gets an empty
    // string on success, else the reason.
    void configure(sync::AppServices *services, QObject *context,
                   std::function<void(const QString &error)> done);

private:
    DemoOptions m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    sandbox::SandboxServer *m_server = nullptr;
};

} // namespace despacho::demo
