#pragma once

// The demo as `despacho --demo` wires it (sandbox in-process, temporary data directory,
// in-memory secret store, account "demo"), with a smaller store, synced once. As in the app, the
// window is made once the demo account is saved: the GUI is handed a ready account.
#include "demo/demosession.h"
#include "gui/mainwindow.h"
#include "gui/synccontroller.h"
#include "sync/appservices.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

struct DemoFixture
{
    std::unique_ptr<despacho::demo::DemoSession> demo;
    std::unique_ptr<despacho::sync::AppServices> services;
    std::unique_ptr<despacho::gui::MainWindow> window;
    std::unique_ptr<QSignalSpy> syncFinished;

    // Starts the store and the window and begins the first sync; then wait on syncFinished.
    // The demo's VTEX account alone, unless `evendi` (then its e-vendi account too).
    bool start(int orders, QString *error, bool evendi = false)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no saved header or splitter state from an earlier run
        demo = std::make_unique<despacho::demo::DemoSession>(
            despacho::demo::DemoOptions{.orders = orders, .evendi = evendi});
        if (!demo->start(error))
            return false;
        services = std::make_unique<despacho::sync::AppServices>();
        despacho::demo::DemoSession::installSecretStore(services.get());
        const auto status = services->open(demo->dataDir());
        if (!status.ok()) {
            *error = status.message;
            return false;
        }
        // Outlives this call when the answer comes late, so the callback never writes freed
        // memory.
        auto answer = std::make_shared<std::optional<QString>>();
        demo->configure(services.get(), services.get(),
                        [answer](const QString &problem) { *answer = problem; });
        if (!QTest::qWaitFor([&answer] { return answer->has_value(); }, 10000)) {
            *error = QStringLiteral("the demo account was not saved within 10 s");
            return false;
        }
        if (!answer->value().isEmpty()) {
            *error = answer->value();
            return false;
        }
        window = std::make_unique<despacho::gui::MainWindow>(services.get());
        window->setDemoMode(true);
        syncFinished = std::make_unique<QSignalSpy>(window->syncController(),
                                                    &despacho::gui::SyncController::finished);
        window->resize(1280, 800);
        window->show();
        window->startSync(despacho::demo::DemoSession::syncSince());
        return true;
    }

    ~DemoFixture()
    {
        syncFinished.reset();
        window.reset(); // before the services it uses, and those before the store
        services.reset();
        demo.reset();
    }
};
