#include "cli/cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same organization and application name as the GUI: one shared data directory.
    QCoreApplication::setOrganizationName(QStringLiteral("despacho"));
    QCoreApplication::setApplicationName(QStringLiteral("despacho"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESPACHO_VERSION));
    // Only warnings reach stderr unless asked for (QT_LOGGING_RULES still overrides).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("despacho.*.debug=false\ndespacho.*.info=false"));
    return despacho::cli::run(app.arguments().mid(1));
}
