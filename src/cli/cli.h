#pragma once

#include <QStringList>

namespace despacho::cli {

// Exit codes shared by every command (see DECISIONS.md).
enum ExitCode
{
    ExitOk = 0,
    ExitInvalidInput = 1, // validation, refused, unreadable file, unknown account/order
    ExitUsage = 2,
    ExitRemote = 3,      // remote or network error, including authentication
    ExitSomeFailed = 4,  // batch with failed items
    ExitEnvironment = 5, // no secret service, database from a newer version, disk full
};

// Runs `despacho-cli` with the given arguments (without the program name) inside a running
// QCoreApplication, and returns the exit code. Asynchronous work runs on a local event loop
// owned by the CLI's top level only.
int run(const QStringList &arguments);

} // namespace despacho::cli
