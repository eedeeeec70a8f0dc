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

} // namespace despacho::sync
