#pragma once

// The demo as `despacho --demo` wires it (sandbox in-process, temporary data directory,
// in-memory secret store, account "demo"), with a smaller store, synced once.
#include "gui/demosession.h"
#include "gui/mainwindow.h"
#include "gui/synccontroller.h"
#include "sync/appservices.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

struct DemoFixture
{
    std::unique_ptr<despacho::gui::DemoSession> demo;
    std::unique_ptr<despacho::sync::AppServices> services;
    std::unique_ptr<despacho::gui::MainWindow> window;
    std::unique_ptr<QSignalSpy> syncFinished;

    // Starts the store and the window and begins the first sync; then wait with waitForSync().
    bool start(int orders, QString *error)
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no saved header or splitter state from an earlier run
        demo = std::make_unique<despacho::gui::DemoSession>(
            despacho::gui::DemoOptions{.orders = orders});
        if (!demo->start(error))
            return false;
        services = std::make_unique<despacho::sync::AppServices>();
        despacho::gui::DemoSession::installSecretStore(services.get());
        const auto status = services->open(demo->dataDir());
        if (!status.ok()) {
            *error = status.message;
            return false;
        }
        window = std::make_unique<despacho::gui::MainWindow>(services.get());
        window->setDemoMode(true);
        syncFinished = std::make_unique<QSignalSpy>(window->syncController(),
                                                    &despacho::gui::SyncController::finished);
        auto *w = window.get();
        demo->configure(services.get(), w, [w](const QString &problem) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            w->reloadAccounts();
            w->startSync(despacho::gui::DemoSession::syncSince());
        });
        window->resize(1280, 800);
        window->show();
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
