#include "cli/cli.h"
#include "translations/translations.h"

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
    // Human output in the user's language: DESPACHO_LANG (pt_BR, en) wins, else the locale
    // (LC_ALL, LC_MESSAGES, LANG): Portuguese gives pt_BR, anything else English.
    despacho::installTranslations(despacho::languageFor(qEnvironmentVariable("DESPACHO_LANG")));
    return despacho::cli::run(app.arguments().mid(1));
}
