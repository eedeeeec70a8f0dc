#pragma once

#include <QString>
#include <QUrl>

namespace despacho::api {

// 127.0.0.0/8, ::1 and "localhost": the only hosts plain http may reach (the sandbox, tests).
bool isLoopbackHost(const QString &host);

// The key of the per-host limiter and of Transport::hostPaused: "host:port", lower case, with
// the scheme's default port filled in.
QString hostKey(const QUrl &url);

// Empty when `url` may be contacted, else why not (redacted): https always; http only for
// loopback hosts and only when `allowInsecureLoopback`; nothing else.
QString urlPolicyProblem(const QUrl &url, bool allowInsecureLoopback, bool redactQuery);

} // namespace despacho::api
