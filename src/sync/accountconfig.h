#pragma once

#include "api/evendiclient.h"
#include "api/vtexaccount.h"
#include "storage/accountstore.h"

namespace despacho::sync {

// A stored account plus its token from the keychain, as the VTEX clients want it.
api::VtexAccountConfig vtexConfigFor(const storage::AccountRecord &account,
                                     const QString &appToken);

// A stored e-vendi account (organizationExternalId, env, ratePerMinute in its settings; the base
// URL when set) plus its integration token from the keychain.
// The requests per minute an e-vendi account allows itself unless it says otherwise.
int defaultEvendiRatePerMinute();

api::EvendiAccountConfig evendiConfigFor(const storage::AccountRecord &account,
                                         const QString &integrationToken);

} // namespace despacho::sync
