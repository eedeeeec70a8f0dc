#pragma once

#include "api/vtexaccount.h"
#include "storage/accountstore.h"

namespace despacho::sync {

// A stored account plus its token from the keychain, as the VTEX clients want it.
api::VtexAccountConfig vtexConfigFor(const storage::AccountRecord &account,
                                     const QString &appToken);

} // namespace despacho::sync
