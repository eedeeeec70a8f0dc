#pragma once

#include "sandbox/httptypes.h"

#include <optional>

namespace despacho::sandbox {

class OrderStore;

// The VTEX OMS and Payments Gateway endpoints: authentication, routing and request parsing.
class VtexRoutes
{
public:
    VtexRoutes(OrderStore &store, QString appKey, QString appToken);

    // nullopt when the path is not a VTEX route
    std::optional<HttpReply> handle(const HttpRequest &request);

private:
    std::optional<HttpReply> authenticate(const HttpRequest &request) const;
    HttpReply route(const HttpRequest &request);

    OrderStore &m_store;
    QString m_appKey;
    QString m_appToken;
};

} // namespace despacho::sandbox
