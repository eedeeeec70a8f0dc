// 100,000 cached orders: time from constructing the main window to its first painted table row,
// the median time of a search keystroke (query + repaint), the time from a header click to the
// repainted table for every column (SQL sort), and resident memory. Prints numbers.
// Targets: first row <= 400 ms, search keystroke median <= 30 ms, RSS <= 200 MB.
#include "core/orderstatus.h"
#include "gui/mainwindow.h"
#include "gui/orderlistpane.h"
#include "gui/ordertablemodel.h"
#include "storage/accountstore.h"
#include "storage/ordercache.h"
#include "sync/appservices.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
class PaintProbe : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double rssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void populate(storage::OrderCache *cache, int count)
{
    static const QStringList first{
        u"Ana"_s,      u"Bruno"_s,  u"Carla"_s,   u"Diego"_s,  u"Elisa"_s,   u"Fábio"_s,
        u"Gabriela"_s, u"Heitor"_s, u"Isabela"_s, u"João"_s,   u"Larissa"_s, u"Marcos"_s,
        u"Natália"_s,  u"Otávio"_s, u"Paula"_s,   u"Rafael"_s, u"Sofia"_s,   u"Tiago"_s};
    static const QStringList last{u"Silva"_s,     u"Santos"_s,   u"Oliveira"_s,  u"Souza"_s,
                                  u"Rodrigues"_s, u"Ferreira"_s, u"Alves"_s,     u"Pereira"_s,
                                  u"Lima"_s,      u"Gomes"_s,    u"Conceição"_s, u"Ribeiro"_s};
    static const QStringList statuses{u"ready-for-handling"_s, u"handling"_s, u"invoiced"_s,
                                      u"canceled"_s};
    QRandomGenerator rng(7);
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QList<std::pair<OrderSummary, QByteArray>> batch;
    for (int i = 0; i < count; ++i) {
        OrderSummary s;
        s.account = u"bench"_s;
        s.orderId = u"v%1bnch-01"_s.arg(1000000 + i);
        s.sequence = QString::number(1000000 + i);
        s.status = statuses.at(int(rng.bounded(4)));
        s.creationDate = base.addSecs(qint64(i) * 277);
        s.clientName = first.at(int(rng.bounded(first.size()))) + u' ' +
                       last.at(int(rng.bounded(last.size())));
        s.clientDocument = u"%1"_s.arg(rng.bounded(100000000, 999999999)) + u"00"_s;
        s.clientEmail = u"cliente%1@example.com.br"_s.arg(i);
        s.totalValue = Money(rng.bounded(1000, 500000));
        s.itemCount = int(rng.bounded(1, 6));
        static const QStringList couriers{u"Correios"_s, u"Jadlog"_s, u"Total Express"_s,
                                          u"Loggi"_s, u"Correios SEDEX"_s};
        s.courier = couriers.at(int(rng.bounded(couriers.size())));
        s.shipBy = s.creationDate.addSecs(qint64(rng.bounded(1, 6)) * 86400);
        s.pickup = rng.bounded(20) == 0;
        s.salesChannel = rng.bounded(4) == 0 ? u"2/MLB"_s : u"1"_s;
        s.searchTerms = {QString::number(200000 + rng.bounded(5000)),
                         u"789%1"_s.arg(1000000000 + rng.bounded(100000000))};
        if (s.status == u"invoiced"_s)
            s.trackingNumber = u"QB%1BR"_s.arg(100000000 + i);
        s.listDigest = u"d"_s;
        batch.append({s, QByteArray("{\"orderId\":\"") + s.orderId.toUtf8() + "\"}"});
        if (batch.size() == 5000) {
            QString error;
            if (!cache->storeDetails(batch, &error))
                qFatal("populate: %s", qPrintable(error));
            batch.clear();
        }
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"despacho-bench"_s);
    QApplication::setApplicationName(u"despacho-bench"_s);
    const int count = qEnvironmentVariableIntValue("BENCH_ORDERS") > 0
                          ? qEnvironmentVariableIntValue("BENCH_ORDERS")
                          : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    {
        sync::AppServices seed;
        if (!seed.open(dir.path()).ok())
            qFatal("open");
        storage::AccountRecord account;
        account.name = u"bench"_s;
        account.account = u"bench"_s;
        account.appKey = u"k"_s;
        QString error;
        seed.accounts()->save(account, &error);
        QElapsedTimer fill;
        fill.start();
        populate(seed.orders(), count);
        out << "bench_gui: cached " << count << " orders in " << fill.elapsed() << " ms"
            << Qt::endl;
    }

    sync::AppServices services;
    QElapsedTimer clock;
    clock.start();
    if (!services.open(dir.path()).ok())
        qFatal("open");
    const qint64 openMs = clock.elapsed();
    clock.restart();
    gui::MainWindow window(&services);
    window.resize(1280, 800);
    PaintProbe probe;
    QTableView *table = window.orderList()->table();
    table->viewport()->installEventFilter(&probe);
    window.show();
    while (!(probe.painted && window.orderList()->model()->rowCount() > 0) &&
           clock.elapsed() < 30000)
        QApplication::processEvents();
    const qint64 firstRowMs = clock.elapsed();
    out << "bench_gui: database open " << openMs << " ms; main window to first painted row "
        << firstRowMs << " ms (target <= 400) rows=" << window.orderList()->model()->rowCount()
        << Qt::endl;

    const QStringList queries{u"silva"_s,
                              u"conceicao"_s,
                              u"ana s"_s,
                              u"1050"_s,
                              u"v1099"_s,
                              u"cliente77"_s,
                              u"example"_s,
                              u"gomes"_s,
                              u"ribeiro"_s,
                              u"joao lima"_s,
                              u"123"_s,
                              u"v1000005bnch-01"_s,
                              u"sofia"_s,
                              u"@example.com.br"_s,
                              u"tiago ferreira"_s,
                              u"45"_s,
                              u"paula"_s,
                              u"rafael alves"_s,
                              u"zzzz"_s,
                              u"marcos"_s};
    QList<double> times;
    QLineEdit *search = window.orderList()->searchEdit();
    for (int round = 0; round < 3; ++round) {
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            search->setText(q);
            window.orderList()->applySearchNow();
            table->viewport()->repaint();
            times.append(t.nsecsElapsed() / 1e6);
            QApplication::processEvents();
        }
    }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    out << "bench_gui: search keystroke median " << QString::number(median, 'f', 1) << " ms, p90 "
        << QString::number(times.at(times.size() * 9 / 10), 'f', 1) << " ms, max "
        << QString::number(times.last(), 'f', 1) << " ms over " << times.size()
        << " searches (target median <= 30)" << Qt::endl;
    // A header click: the view asks the model to sort (SQL ORDER BY over the column's index),
    // then paints the first rows. Each column both ways, from the default (newest first).
    search->clear();
    window.orderList()->setQueue(QString(), QString()); // all orders
    window.orderList()->applySearchNow();
    QApplication::processEvents();
    // An order is open (selected), as at a packing bench: each sort finds its new row too.
    table->selectRow(0);
    out << "bench_gui: header clicks over all " << window.orderList()->model()->rowCount()
        << " orders, one selected" << Qt::endl;
    QHeaderView *header = table->horizontalHeader();
    QList<double> sortTimes;
    QString worst;
    double worstMs = 0;
    for (int column = 0; column < gui::OrderTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            header->setSortIndicator(column, order);
            table->viewport()->repaint();
            const double ms = t.nsecsElapsed() / 1e6;
            sortTimes.append(ms);
            const QString name =
                window.orderList()->model()->headerData(column, Qt::Horizontal).toString();
            out << "bench_gui: header click " << name
                << (order == Qt::AscendingOrder ? " ascending" : " descending") << ": "
                << QString::number(ms, 'f', 1) << " ms to the repainted first rows (first row "
                << window.orderList()->model()->index(0, column).data().toString() << ")"
                << Qt::endl;
            if (ms > worstMs) {
                worstMs = ms;
                worst = name;
            }
            QApplication::processEvents();
        }
    }
    std::sort(sortTimes.begin(), sortTimes.end());
    out << "bench_gui: header click median "
        << QString::number(sortTimes.at(sortTimes.size() / 2), 'f', 1) << " ms, max "
        << QString::number(worstMs, 'f', 1) << " ms (" << worst << ") over " << sortTimes.size()
        << " clicks" << Qt::endl;
    // The same on one queue (ready for handling): what a packer opens.
    window.orderList()->setQueue(QString(), u"ready-for-handling"_s);
    QApplication::processEvents();
    for (const int column : {int(gui::OrderTableModel::ShipBy), int(gui::OrderTableModel::Client),
                             int(gui::OrderTableModel::Total)}) {
        QElapsedTimer t;
        t.start();
        header->setSortIndicator(column, Qt::AscendingOrder);
        table->viewport()->repaint();
        out << "bench_gui: queue ready-for-handling (" << window.orderList()->model()->rowCount()
            << " rows) sorted by "
            << window.orderList()->model()->headerData(column, Qt::Horizontal).toString() << ": "
            << QString::number(t.nsecsElapsed() / 1e6, 'f', 1) << " ms" << Qt::endl;
        QApplication::processEvents();
    }
    window.orderList()->setQueue(QString(), QString());
    // Scroll through the whole list once, as a user paging down would.
    for (int row = 0; row < window.orderList()->model()->rowCount(); row += 5000) {
        search->clear();
        table->scrollTo(window.orderList()->model()->index(row, 0));
        table->viewport()->repaint();
    }
    out << "bench_gui: resident memory " << QString::number(rssMb(), 'f', 1)
        << " MB (target <= 200)" << Qt::endl;
    return 0;
}
