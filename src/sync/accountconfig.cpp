#include "sync/accountconfig.h"

namespace despacho::sync {

api::VtexAccountConfig vtexConfigFor(const storage::AccountRecord &account, const QString &appToken)
{
    api::VtexAccountConfig c;
    c.name = account.name;
    c.account = account.account;
    c.environment = account.environment;
    c.appKey = account.appKey;
    c.appToken = appToken;
    c.baseUrl = account.baseUrl;
    c.paymentsUrl = account.paymentsUrl;
    return c;
}

int defaultEvendiRatePerMinute()
{
    return api::EvendiAccountConfig{}.ratePerMinute;
}

api::EvendiAccountConfig evendiConfigFor(const storage::AccountRecord &account,
                                         const QString &integrationToken)
{
    api::EvendiAccountConfig c;
    c.name = account.name;
    c.organizationExternalId =
        account.settings.value(QLatin1StringView("organizationExternalId")).toString();
    c.env = account.settings.value(QLatin1StringView("env")).toString() == QLatin1StringView("prod")
                ? api::EvendiEnv::Prod
                : api::EvendiEnv::Dev;
    if (account.baseUrl.isValid() && !account.baseUrl.isEmpty())
        c.baseUrl = account.baseUrl;
    const int rate = account.settings.value(QLatin1StringView("ratePerMinute")).toInt();
    if (rate > 0)
        c.ratePerMinute = rate;
    c.integrationToken = integrationToken;
    return c;
}

} // namespace despacho::sync
