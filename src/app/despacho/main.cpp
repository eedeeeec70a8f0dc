// despacho: the desktop back office. Options: --demo, --data-dir DIR, --lang pt_BR|en.
#include "demo/demosession.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "storage/datadir.h"
#include "sync/appservices.h"
#include "sync/operatorservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>

#include <memory>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
constexpr int kExitEnvironment = 5; // as the CLI: local environment unavailable
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Same names as the CLI, so both find the same data directory and settings.
    QCoreApplication::setOrganizationName(u"despacho"_s);
    QCoreApplication::setApplicationName(u"despacho"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DESPACHO_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Despacho"_s);
    QGuiApplication::setDesktopFileName(u"despacho"_s);

    // Only warnings from despacho.* unless QT_LOGGING_RULES asks for more (as the CLI).
    QLoggingCategory::setFilterRules(u"despacho.*.debug=false\ndespacho.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Despacho: back office for online store warehouses"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Run against the built-in sandbox store."));
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, QCoreApplication::translate("main", "Data directory."), u"DIR"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("main", "Interface language: pt_BR or en."),
        u"LANG"_s);
    parser.addOptions({demoOption, dataDirOption, langOption});
    parser.process(app);

    gui::LanguageManager languages;
    languages.setLanguage(gui::LanguageManager::initialLanguage(parser.value(langOption)));

    const bool demo = parser.isSet(demoOption);
    std::unique_ptr<demo::DemoSession> demoSession;
    QString dataDir;
    if (demo) {
        demoSession = std::make_unique<demo::DemoSession>(
            demo::DemoOptions{.dataDir = parser.value(dataDirOption)});
        QString error;
        if (!demoSession->start(&error)) {
            qCritical("%s", qUtf8Printable(error));
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Despacho"), error);
            return kExitEnvironment;
        }
        dataDir = demoSession->dataDir();
    } else {
        dataDir = storage::resolveDataDir(parser.value(dataDirOption));
    }

    sync::AppServices services;
    if (demo)
        demo::DemoSession::installSecretStore(&services);
    const auto status = services.open(dataDir);
    if (!status.ok()) {
        // Before any window exists: a message box (and stderr, for scripts) is where to say it.
        qCritical("%s", qUtf8Printable(status.message));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Despacho"),
                              status.message);
        return kExitEnvironment;
    }

    // The window gets services whose accounts are ready: in demo mode it is made only once the
    // demo account is saved, so the GUI never knows the sandbox is there.
    std::unique_ptr<gui::MainWindow> window;
    const auto openWindow = [&]() -> bool {
        window = std::make_unique<gui::MainWindow>(&services, &languages);
        QString hint;
        if (demo) {
            window->setDemoMode(true);
            window->startSync(demo::DemoSession::syncSince());
            QString error;
            if (!window->operators()->ensureDemoOperators(&error))
                window->showListProblem(error);
            hint = QCoreApplication::translate(
                "main", "Demo: ana / 1111 (operator), chefe / 9999 (supervisor)");
        }
        window->show();
        // Who acts: nothing can be done to an order before someone logs in (first run: the
        // first supervisor is created here). Closing the login closes Despacho.
        return window->login(hint);
    };
    if (!demo) {
        if (!openWindow())
            return 0;
        return app.exec();
    }
    demoSession->configure(&services, &app, [&](const QString &error) {
        if (!error.isEmpty()) {
            qCritical("%s", qUtf8Printable(error));
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Despacho"), error);
            QCoreApplication::exit(kExitEnvironment);
            return;
        }
        if (!openWindow())
            QCoreApplication::exit(0);
    });
    const int code = app.exec();
    window.reset(); // before the services it uses
    return code;
}
