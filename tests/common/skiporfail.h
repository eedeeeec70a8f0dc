#pragma once

// A test whose environment is missing (the VTEX specs, Prism, a secret service, a Qt
// translation) skips on a developer's machine but fails in CI, where that environment is part of
// the job: CI sets CI (`CI=true bash .ci/run`), and a skip there would pass unseen.
// CTest reports a suite that skipped as Skipped (SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt).

#include <QTest>
#include <QtGlobal>

namespace despacho::test {
inline bool inCi()
{
    return !qEnvironmentVariableIsEmpty("CI");
}
} // namespace despacho::test

// Use where QSKIP would go; `reason` is one line saying what to install or where to put it.
#define DESPACHO_SKIP_OR_FAIL(reason)                                                              \
    do {                                                                                           \
        if (despacho::test::inCi())                                                                \
            QFAIL(qPrintable(QStringLiteral("CI is set, so this may not skip: ") +                 \
                             QString::fromUtf8(reason)));                                          \
        QSKIP(reason);                                                                             \
    } while (false)
