// The packing station on the demo store: 20 orders through the bench flow with the keyboard and
// a scanner only (scan the order, scan the DANFE, Enter, scan the carrier label, Enter). Prints
// the scans and key presses per order and, for each step, the program's own time from the first
// key of the step to its result on screen or in the outbox (median, p90, max over the orders).
// The wait for the store to answer (the invoice sent and the order read back) is printed apart:
// it is the network's time, not the program's. Target: 3 scans + 2 keys per order, every step
// under 200 ms of the program's own time.
#include "demofixture.h"
#include "stationdriver.h"

#include "core/orderjson.h"
#include "core/validators.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/queuepane.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
constexpr int kOrders = 20;

using testing::danfeKey;

QString s10(int n)
{
    return testing::s10(u"%1"_s.arg(n, 8, 10, QLatin1Char('0')));
}

// Runs `step`, then processes events until `done` holds; returns the elapsed milliseconds, or -1.
template <typename Step, typename Done> double timed(Step step, Done done, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    step();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

struct Stats
{
    QList<double> values;
    void add(double v) { values << v; }
    double at(double q) const
    {
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(q * v.size()))];
    }
};
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "despacho.*.debug=false");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"despacho-bench"_s);
    DemoFixture fx;
    QString error;
    if (!fx.start(400, &error)) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer wait;
    wait.start();
    while (fx.syncFinished->count() < 1 && wait.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    gui::MainWindow *window = fx.window.get();
    window->operators()->setIterationsForTesting(1000);
    window->operators()->ensureDemoOperators(&error);
    const auto who = window->operators()->authenticate(u"ana"_s, u"1111"_s, u"login"_s);
    window->setOperator(who.identity);
    window->queuePane()->setCurrentStatus(QString());
    QApplication::setActiveWindow(window);

    storage::OrderCache *cache = fx.services->orders();
    storage::Outbox *outbox = fx.services->outbox();
    QStringList ids;
    for (const OrderSummary &s : cache->query({.status = u"ready-for-handling"_s})) {
        if (ids.size() < kOrders)
            ids << s.orderId;
    }
    if (ids.size() < kOrders) {
        std::fprintf(stderr, "only %lld orders ready for handling\n", qlonglong(ids.size()));
        return 1;
    }

    std::map<std::string, Stats> steps;
    Stats storeWait;
    int scans = 0, keys = 0, done = 0;
    const auto sent = [outbox](const QString &id, int n) {
        const QList<Command> c = outbox->list({.orderId = id});
        return c.size() == n && std::all_of(c.cbegin(), c.cend(), [](const Command &x) {
                   return x.state == CommandState::Sent;
               });
    };
    for (int n = 0; n < kOrders; ++n) {
        const QString id = ids[n];
        QApplication::setActiveWindow(window);
        window->orderList()->table()->setFocus();
        timed([] {}, [&] { return window->orderList()->table()->hasFocus(); });
        testing::StationDriver station(window);
        const auto form = [window] {
            return window->orderActions()->currentDialog();
        };
        const double open =
            timed([&] { station.scan(id); }, [&] { return window->detailView()->orderId() == id; });
        const double invoiceForm = timed([&] { station.scan(danfeKey(1000 + n)); },
                                         [&] { return form() && form()->isVisible(); });
        const double invoiceQueued =
            timed([&] { station.press(Qt::Key_Return); },
                  [&] { return outbox->list({.orderId = id}).size() == 2; });
        const double store =
            timed([] {},
                  [&] {
                      return sent(id, 2) &&
                             window->findChild<QAction *>(u"actionTracking"_s)->isEnabled();
                  },
                  30000);
        const double trackingForm = timed([&] { station.scan(s10(5000 + n)); },
                                          [&] { return form() && form()->isVisible(); });
        const double trackingQueued =
            timed([&] { station.press(Qt::Key_Return); },
                  [&] { return outbox->list({.orderId = id}).size() == 3; });
        if (open < 0 || invoiceForm < 0 || invoiceQueued < 0 || store < 0 || trackingForm < 0 ||
            trackingQueued < 0) {
            std::fprintf(stderr,
                         "order %s: a step did not finish (%.0f %.0f %.0f %.0f %.0f %.0f)\n",
                         qPrintable(id), open, invoiceForm, invoiceQueued, store, trackingForm,
                         trackingQueued);
            continue;
        }
        steps["1 scan order -> detail shown"].add(open);
        steps["2 scan DANFE -> invoice form shown"].add(invoiceForm);
        steps["3 Enter -> start handling + invoice queued"].add(invoiceQueued);
        steps["4 scan label -> tracking form shown"].add(trackingForm);
        steps["5 Enter -> tracking queued"].add(trackingQueued);
        storeWait.add(store);
        scans += station.scans();
        keys += station.keys();
        ++done;
        timed([] {}, [&] { return sent(id, 3); }, 30000);
    }
    std::printf("bench_station: %d of %d orders through the bench flow on the demo store\n", done,
                kOrders);
    if (done == 0)
        return 1;
    std::printf("per order: %.1f scans + %.1f key presses (target 3 + 2)\n", double(scans) / done,
                double(keys) / done);
    std::printf("%-46s %9s %9s %9s\n", "step (program's own time, ms)", "median", "p90", "max");
    double worst = 0;
    for (const auto &[name, s] : steps) {
        std::printf("%-46s %9.1f %9.1f %9.1f\n", name.c_str(), s.at(0.5), s.at(0.9), s.at(1.0));
        worst = std::max(worst, s.at(1.0));
    }
    std::printf("%-46s %9.1f %9.1f %9.1f\n", "(store: invoice sent and order read back)",
                storeWait.at(0.5), storeWait.at(0.9), storeWait.at(1.0));
    std::printf("slowest step %.1f ms (target < 200 ms)\n", worst);
    return 0;
}
