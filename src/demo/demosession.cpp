#include "demo/demosession.h"

#include "sandbox/sandboxserver.h"
#include "security/secretstore.h"
#include "storage/accountstore.h"
#include "sync/appservices.h"

#include <QPointer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace despacho::demo {

DemoSession::DemoSession(DemoOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

DemoSession::~DemoSession() = default;

bool DemoSession::start(QString *error)
{
    if (m_options.dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            if (error)
                *error = tr("Cannot create a temporary folder for the demo: %1")
                             .arg(m_tempDir->errorString());
            return false;
        }
        m_dataDir = m_tempDir->filePath(u"data"_s);
    } else {
        m_dataDir = m_options.dataDir;
    }

    sandbox::SandboxOptions options;
    options.port = 0; // a free loopback port
    options.orders = m_options.orders;
    options.seed = m_options.seed;
    options.appKey = appKey();
    options.appToken = appToken();
    options.account = accountName();
    options.evendiToken = evendiToken();
    m_server = new sandbox::SandboxServer(options, this);
    if (!m_server->start()) {
        if (error)
            *error = tr("The demo store could not start: %1").arg(m_server->errorString());
        return false;
    }
    return true;
}

QUrl DemoSession::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

void DemoSession::installSecretStore(sync::AppServices *services)
{
    services->setSecretStore(std::make_unique<security::MemorySecretStore>());
}

void DemoSession::configure(sync::AppServices *services, QObject *context,
                            std::function<void(const QString &error)> done)
{
    storage::AccountRecord record;
    record.name = accountName();
    record.account = accountName();
    record.appKey = appKey();
    record.baseUrl = baseUrl();
    record.paymentsUrl = baseUrl();
    // Both channels: the VTEX store, then an e-vendi organization (dev) beside it.
    services->saveVtexAccount(
        record, appToken(), context,
        [this, services, context = QPointer<QObject>(context), done](const QString &error, int) {
            if (!context)
                return;
            if (!error.isEmpty() || !m_options.evendi) {
                done(error);
                return;
            }
            storage::AccountRecord evendi;
            evendi.name = evendiAccountName();
            evendi.kind = u"evendi"_s;
            evendi.baseUrl = baseUrl().resolved(QUrl(u"/api/"_s));
            evendi.settings = {{u"organizationExternalId"_s, evendiOrganization()},
                               {u"env"_s, u"dev"_s}};
            services->saveAccount(evendi, evendiToken(), context,
                                  [done](const QString &e, int) { done(e); });
        });
}

} // namespace despacho::demo
