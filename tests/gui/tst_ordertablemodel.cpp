// OrderTableModel over a real SQLite cache: model invariants (QAbstractItemModelTester), lazy
// paging, SQL filtering and sorting by every column (header clicks), rowOf in every order, the
// ship-by, overdue and pickup marks, and the formatting of each column.
#include "core/orderstatus.h"
#include "gui/formatting.h"
#include "gui/ordertablemodel.h"
#include "storage/database.h"
#include "storage/ordercache.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace despacho;
using gui::OrderTableModel;

namespace {
const QStringList kStatuses = {u"ready-for-handling"_s, u"handling"_s, u"invoiced"_s,
                               u"canceled"_s};
const QStringList kNames = {u"José da Silva"_s, u"Ana Souza"_s, u"Maria Oliveira"_s,
                            u"João Santos"_s, u"Fernanda Lima"_s};

OrderSummary order(int i)
{
    OrderSummary s;
    s.account = u"loja"_s;
    s.orderId = u"v%1-01"_s.arg(100000 + i);
    s.sequence = QString::number(500000 + i);
    s.status = kStatuses[i % kStatuses.size()];
    // One order an hour, the newest last.
    s.creationDate = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).addSecs(3600LL * i);
    s.clientName = kNames[i % kNames.size()];
    s.clientEmail = u"cliente%1@example.com"_s.arg(i);
    s.clientDocument = u"52998224725"_s;
    s.totalValue = Money(123456 + i);
    s.itemCount = 1 + i % 3;
    s.courier = u"Correios SEDEX"_s;
    s.trackingNumber = i % 4 == 2 ? u"SS%1BR"_s.arg(100000000 + i) : QString();
    // Ship two days after creation; every third order has no estimate.
    if (i % 3 != 2)
        s.shipBy = s.creationDate.addDays(2);
    s.pickup = i % 10 == 5;
    s.salesChannel = i % 5 == 0 ? u"2/MLB"_s : u"1"_s;
    return s;
}
} // namespace

class TestOrderTableModel : public QObject
{
    Q_OBJECT
    static constexpr int kOrders = 450;
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::OrderCache> m_cache;
    QTranslator m_english;

    void fill(int first, int count)
    {
        QList<std::pair<OrderSummary, QByteArray>> rows;
        for (int i = first; i < first + count; ++i)
            rows.append({order(i), QByteArray("{}")});
        QString error;
        QVERIFY2(m_cache->storeDetails(rows, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // CTest sets these; repeated here so the binary also passes when run by hand.
        qputenv("TZ", "America/Sao_Paulo");
        tzset();
        // English plural forms ("2 days"), as LanguageManager installs them.
        QVERIFY(m_english.load(u":/i18n/despacho_en.qm"_s));
        QCoreApplication::installTranslator(&m_english);
        m_db = std::make_unique<storage::Database>(m_dir.filePath(u"cache.sqlite"_s));
        QVERIFY(m_db->open().ok());
        m_cache = std::make_unique<storage::OrderCache>(m_db.get());
        fill(0, kOrders);
    }

    void modelTester()
    {
        OrderTableModel model(m_cache.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kOrders);
        QCOMPARE(model.columnCount(), int(OrderTableModel::ColumnCount));
        model.setFilter({.status = u"handling"_s});
        model.setFilter({.search = u"silva"_s});
        model.sort(OrderTableModel::Date, Qt::AscendingOrder);
        model.setFilter({});
        model.refresh();
        model.sort(OrderTableModel::Date, Qt::DescendingOrder);
        model.setLocale(QLocale(QLocale::Portuguese, QLocale::Brazil));
    }

    void lazyPaging()
    {
        OrderTableModel model(m_cache.get());
        QCOMPARE(model.rowCount(), kOrders);
        QCOMPARE(model.pageQueries(), 0); // counting does not read rows
        QCOMPARE(model.index(0, 0).data().toString(), order(kOrders - 1).orderId);
        QCOMPARE(model.pageQueries(), 1);
        QCOMPARE(model.index(OrderTableModel::kPageSize - 1, 0).data().toString(),
                 order(kOrders - OrderTableModel::kPageSize).orderId);
        QCOMPARE(model.pageQueries(), 1); // same page
        QCOMPARE(model.index(kOrders - 1, 0).data().toString(), order(0).orderId);
        QCOMPARE(model.pageQueries(), 2);
        QCOMPARE(model.cachedPageCount(), 2);
        // rowOf finds an order among the loaded pages without a query.
        QCOMPARE(model.rowOf(u"loja"_s, order(0).orderId), kOrders - 1);
        QCOMPARE(model.rowOf(u"loja"_s, u"nope"_s), -1);
    }

    void rowOfSearchesPagesByDate()
    {
        OrderTableModel model(m_cache.get());
        QCOMPARE(model.rowOf(u"loja"_s, order(0).orderId), kOrders - 1);
        QVERIFY(model.pageQueries() <= 3); // binary search, not a scan
        QCOMPARE(model.rowOf(u"loja"_s, order(kOrders / 2).orderId), kOrders - 1 - kOrders / 2);
        model.sort(OrderTableModel::Date, Qt::AscendingOrder);
        QCOMPARE(model.rowOf(u"loja"_s, order(300).orderId), 300);
        QCOMPARE(model.rowOf(u"other"_s, order(300).orderId), -1);
        model.setFilter({.status = u"handling"_s}); // order(4k+1) only
        QCOMPARE(model.rowOf(u"loja"_s, order(300).orderId), -1);
        const int row = model.rowOf(u"loja"_s, order(401).orderId);
        QCOMPARE(model.index(row, 0).data().toString(), order(401).orderId);
    }

    void columnsArePortugueseFormatted()
    {
        OrderTableModel model(m_cache.get());
        model.setLocale(QLocale(QLocale::Portuguese, QLocale::Brazil));
        // Row 0 is the newest: order(kOrders - 1).
        const OrderSummary s = order(kOrders - 1);
        const auto cell = [&model](int column) {
            return model.index(0, column).data().toString();
        };
        QCOMPARE(cell(OrderTableModel::OrderId), s.orderId);
        QCOMPARE(cell(OrderTableModel::Sequence), s.sequence);
        QCOMPARE(cell(OrderTableModel::Client), s.clientName);
        QCOMPARE(cell(OrderTableModel::Total), u"R$\u00a01.239,05"_s); // 123456 + 449 cents
        // 2024-03-01 12:00 UTC + 449 h = 2024-03-20 05:00 UTC = 02:00 in São Paulo (UTC-3).
        QCOMPARE(cell(OrderTableModel::Date), u"20/03/2024 02:00"_s);
        QCOMPARE(cell(OrderTableModel::Status), orderStatusDisplayName(s.status));
        QCOMPARE(model.index(0, OrderTableModel::Items).data().toInt(), s.itemCount);
        QCOMPARE(cell(OrderTableModel::Courier), s.courier);
        QCOMPARE(model.index(0, OrderTableModel::Total).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, 0).data(OrderTableModel::AccountRole).toString(), u"loja"_s);
        QCOMPARE(model.index(0, 0).data(OrderTableModel::TotalCentsRole).toLongLong(),
                 s.totalValue.cents());
        QCOMPARE(model.headerData(OrderTableModel::Total, Qt::Horizontal).toString(), u"Total"_s);

        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(cell(OrderTableModel::Total), u"R$1,239.05"_s);
    }

    void formattingHelpers()
    {
        QCOMPARE(gui::formatPhone(u"+5581982956006"_s), u"+55 81 98295-6006"_s);
        QCOMPARE(gui::formatPhone(u"(11) 3456-7890"_s), u"+55 11 3456-7890"_s);
        QCOMPARE(gui::formatPhone(u"+351 912 345 678"_s), u"+351 912 345 678"_s);
        QCOMPARE(gui::formatDateTime(QDateTime()), QString());
        QCOMPARE(gui::formatShippingEstimate(u"1bd"_s), u"1 business day"_s);
        QCOMPARE(gui::formatShippingEstimate(u"5d"_s), u"5 days"_s);
        QCOMPARE(gui::formatShippingEstimate(u"30m"_s), u"30 minutes"_s);
        QCOMPARE(gui::formatShippingEstimate(u"soon"_s), u"soon"_s);
        QCOMPARE(gui::formatPaymentGroup(u"bankInvoice"_s), u"Boleto"_s);
        const QLocale pt(QLocale::Portuguese, QLocale::Brazil);
        // 02:30 UTC on 1 March is still 28 February in São Paulo.
        QCOMPARE(gui::formatDate(QDateTime(QDate(2024, 3, 1), QTime(2, 30), Qt::UTC), pt),
                 u"29/02/2024"_s);
    }

    void filtersRunInSql()
    {
        OrderTableModel model(m_cache.get());
        model.setFilter({.status = u"invoiced"_s});
        QCOMPARE(model.rowCount(), m_cache->count({.status = u"invoiced"_s}));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(OrderTableModel::StatusRole).toString(), u"invoiced"_s);
        model.setFilter({.search = u"JOSE"_s}); // accent- and case-blind
        QCOMPARE(model.rowCount(), kOrders / kNames.size());
        QCOMPARE(model.index(0, OrderTableModel::Client).data().toString(), u"José da Silva"_s);
        model.setFilter({.account = u"other"_s});
        QCOMPARE(model.rowCount(), 0);
    }

    void oldestFirst()
    {
        OrderTableModel model(m_cache.get());
        model.sort(OrderTableModel::Date, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), order(0).orderId);
        QCOMPARE(model.index(kOrders - 1, 0).data().toString(), order(kOrders - 1).orderId);
        QCOMPARE(model.index(OrderTableModel::kPageSize, 0).data().toString(),
                 order(OrderTableModel::kPageSize).orderId);
        // Other columns sort too, in SQL: "Maria Oliveira" is the last name A to Z.
        model.sort(OrderTableModel::Client, Qt::DescendingOrder);
        QCOMPARE(model.index(0, OrderTableModel::Client).data().toString(), u"Maria Oliveira"_s);
    }

    // A click on each header sorts by that column in SQL (both ways on a second click); the rows
    // are what OrderCache returns for that order, rowOf finds orders at their row, and the
    // selected order stays selected.
    void clickingEachHeaderSortsInSql()
    {
        OrderTableModel model(m_cache.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        view.setModel(&model);
        view.setSortingEnabled(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.horizontalHeader()->setSortIndicator(OrderTableModel::Date, Qt::DescendingOrder);
        view.resize(1800, 400);
        for (int c = 0; c < OrderTableModel::ColumnCount; ++c)
            view.setColumnWidth(c, 150);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.horizontalHeader();
        const OrderSummary picked = order(123);
        for (int column = 0; column < OrderTableModel::ColumnCount; ++column) {
            for (int click = 0; click < 2; ++click) {
                const int selected = model.rowOf(u"loja"_s, picked.orderId);
                view.selectionModel()->setCurrentIndex(model.index(selected, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
                const QPoint middle(header->sectionViewportPosition(column) +
                                        header->sectionSize(column) / 2,
                                    header->height() / 2);
                QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
                QCOMPARE(header->sortIndicatorSection(), column);
                const storage::OrderQuery q = model.filter();
                QCOMPARE(q.sort, OrderTableModel::sortFor(column));
                QCOMPARE(q.descending, header->sortIndicatorOrder() == Qt::DescendingOrder);
                const QList<OrderSummary> sql = m_cache->query(q);
                QCOMPARE(sql.size(), kOrders);
                for (int row : {0, 1, OrderTableModel::kPageSize, kOrders - 1}) {
                    QCOMPARE(model.index(row, 0).data(OrderTableModel::OrderIdRole).toString(),
                             sql[row].orderId);
                }
                for (int k : {0, 7, 200, 333, kOrders - 1}) {
                    const int row = model.rowOf(u"loja"_s, order(k).orderId);
                    QCOMPARE(model.index(row, 0).data(OrderTableModel::OrderIdRole).toString(),
                             order(k).orderId);
                }
                QCOMPARE(view.currentIndex().data(OrderTableModel::OrderIdRole).toString(),
                         picked.orderId);
            }
        }
        // The second click reversed the first: the last column ends descending or ascending,
        // and the first row of one is the last of the other.
        const storage::OrderQuery last = model.filter();
        storage::OrderQuery reversed = last;
        reversed.descending = !last.descending;
        QCOMPARE(m_cache->query(reversed).constLast().orderId,
                 model.index(0, 0).data(OrderTableModel::OrderIdRole).toString());
    }

    void shipByAndOverdue()
    {
        OrderTableModel model(m_cache.get());
        model.setLocale(QLocale(QLocale::Portuguese, QLocale::Brazil));
        // order(400) was created 2024-03-18 04:00 UTC and ships two days later: 2024-03-20
        // 04:00 UTC, 01:00 in São Paulo. Judged 1 day 3 hours after that.
        const OrderSummary late = order(400); // ready-for-handling, has a ship-by
        QCOMPARE(late.status, u"ready-for-handling"_s);
        const QDateTime now = late.shipBy.addSecs(86400 + 3 * 3600);
        model.setFilter({.now = now});
        const auto at = [&model](const OrderSummary &s, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOf(s.account, s.orderId), column).data(role);
        };
        QCOMPARE(at(late, OrderTableModel::ShipBy).toString(),
                 gui::formatDateTime(late.shipBy, QLocale(QLocale::Portuguese, QLocale::Brazil)));
        QCOMPARE(at(late, OrderTableModel::ShipBy).toString(), u"20/03/2024 01:00"_s);
        QVERIFY(at(late, 0, OrderTableModel::OverdueRole).toBool());
        QCOMPARE(at(late, OrderTableModel::ShipBy, Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(0xc6, 0x28, 0x28));
        QVERIFY(at(late, OrderTableModel::ShipBy, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!at(late, OrderTableModel::ShipBy, Qt::DecorationRole).isNull());
        const QString tip = at(late, OrderTableModel::ShipBy, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"1 day 3 hours"_s), qPrintable(tip));
        // Invoiced, canceled, or not due yet: not overdue.
        const OrderSummary invoiced = order(402);
        QCOMPARE(invoiced.status, u"invoiced"_s);
        QVERIFY(invoiced.shipBy.isValid() && invoiced.shipBy < now);
        QVERIFY(!at(invoiced, 0, OrderTableModel::OverdueRole).toBool());
        QVERIFY(at(invoiced, OrderTableModel::ShipBy, Qt::FontRole).isNull());
        const OrderSummary later = order(448);
        QVERIFY(later.shipBy > now);
        QVERIFY(!at(later, 0, OrderTableModel::OverdueRole).toBool());
        const OrderSummary unknown = order(401); // i % 3 == 2: no ship-by
        QVERIFY(!unknown.shipBy.isValid());
        QCOMPARE(at(unknown, OrderTableModel::ShipBy).toString(), QString());
        // The overdue filter lists exactly the flagged ones.
        model.setFilter({.overdueOnly = true, .now = now});
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data(OrderTableModel::OverdueRole).toBool());
        int flagged = 0;
        for (int i = 0; i < kOrders; ++i)
            flagged += isOverdue(order(i).shipBy, order(i).status, now) ? 1 : 0;
        QCOMPARE(model.rowCount(), flagged);
    }

    void pickupIsMarked()
    {
        OrderTableModel model(m_cache.get());
        const OrderSummary pickup = order(15);
        QVERIFY(pickup.pickup);
        const int row = model.rowOf(u"loja"_s, pickup.orderId);
        QCOMPARE(model.index(row, OrderTableModel::Courier).data().toString(),
                 u"Store pickup · Correios SEDEX"_s);
        QVERIFY(model.index(row, 0).data(OrderTableModel::PickupRole).toBool());
        QVERIFY(!model.index(row, OrderTableModel::Courier).data(Qt::ToolTipRole).isNull());
        const int other = model.rowOf(u"loja"_s, order(16).orderId);
        QCOMPARE(model.index(other, OrderTableModel::Courier).data().toString(),
                 u"Correios SEDEX"_s);
        QVERIFY(!model.index(other, 0).data(OrderTableModel::PickupRole).toBool());
        QCOMPARE(
            model.index(model.rowOf(u"loja"_s, order(15).orderId), OrderTableModel::SalesChannel)
                .data()
                .toString(),
            u"Channel 2 · MLB"_s);
    }

    // pt_BR shows dates and money as the forms do, from the application's locale (what the
    // language manager sets), not from a copy the model took when it was built.
    void brazilianFormatsFollowTheDefaultLocale()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(u"br.sqlite"_s));
        QVERIFY(db.open().ok());
        storage::OrderCache cache(&db);
        OrderSummary s = order(0);
        s.creationDate = QDateTime(QDate(2026, 11, 20), QTime(0, 28), Qt::UTC); // 21:28 in SP
        s.totalValue = Money(155260);
        QString error;
        QVERIFY(cache.storeDetail(s, "{}", {}, &error));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        OrderTableModel model(&cache);
        QCOMPARE(model.index(0, OrderTableModel::Total).data().toString(), u"R$1,552.60"_s);
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        model.retranslate();
        QCOMPARE(model.index(0, OrderTableModel::Date).data().toString(), u"19/11/2026 21:28"_s);
        QCOMPARE(model.index(0, OrderTableModel::Total).data().toString(), u"R$\u00a01.552,60"_s);
        QCOMPARE(model.index(0, OrderTableModel::Total).data().toString(),
                 gui::formatMoney(s.totalValue)); // as the forms and the detail view
        QLocale::setDefault(before);
    }

    void refreshSeesNewOrders()
    {
        OrderTableModel model(m_cache.get());
        QCOMPARE(model.index(0, 0).data().toString(), order(kOrders - 1).orderId);
        fill(kOrders, 5);
        model.refresh();
        QCOMPARE(model.rowCount(), kOrders + 5);
        QCOMPARE(model.index(0, 0).data().toString(), order(kOrders + 4).orderId);
    }

    // 100,000 cached orders: a filter change costs a count and one page, not a full read.
    void hundredThousandOrders()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(u"big.sqlite"_s));
        QVERIFY(db.open().ok());
        storage::OrderCache cache(&db);
        QList<OrderSummary> rows;
        rows.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            rows.append(order(i));
        QString error;
        QVERIFY2(cache.insertNewFromList(rows, &error), qPrintable(error));

        OrderTableModel model(&cache);
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.index(0, 0).data().toString(), order(99999).orderId);
        QCOMPARE(model.index(99999, 0).data().toString(), order(0).orderId);
        const int queries = model.pageQueries();
        model.setFilter({.status = u"handling"_s});
        QCOMPARE(model.rowCount(), 25000);
        QVERIFY(!model.index(12345, 0).data().toString().isEmpty());
        QCOMPARE(model.pageQueries(), queries + 1);
        QCOMPARE(model.index(model.rowOf(u"loja"_s, order(4001).orderId), 0).data().toString(),
                 order(4001).orderId);
    }

    // A search matching more orders than kCountCap: the rows counted so far are a lower bound
    // that grows as the view asks for more, or as an order further down is looked for; every
    // row is the one the exact listing has there; a sort counts again.
    void broadSearchCountsAsTheViewScrolls()
    {
        QTemporaryDir dir;
        storage::Database db(dir.filePath(u"broad.sqlite"_s));
        QVERIFY(db.open().ok());
        storage::OrderCache cache(&db);
        constexpr int kMany = OrderTableModel::kCountCap * 2 + 700;
        QList<OrderSummary> rows;
        for (int i = 0; i < kMany; ++i)
            rows.append(order(i));
        QString error;
        QVERIFY2(cache.insertNewFromList(rows, &error), qPrintable(error));

        OrderTableModel model(&cache);
        // (QAbstractItemModelTester calls fetchMore() from its own modelReset handler and then
        // takes the rows it inserts for a change made during the reset: the insertions are
        // checked here instead.)
        int expectedFirst = -1;
        connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [&](const QModelIndex &parent, int first, int) {
                    QVERIFY(!parent.isValid());
                    QCOMPARE(first, model.rowCount()); // always appended after the counted rows
                    expectedFirst = first;
                });
        model.setFilter({.search = u"example"_s}); // every e-mail
        QCOMPARE(model.rowCount(), OrderTableModel::kCountCap + 1);
        QVERIFY(!model.isCountExact());
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0, 0).data().toString(), order(kMany - 1).orderId);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kMany);
        QVERIFY(model.isCountExact());
        QCOMPARE(model.index(kMany - 1, 0).data().toString(), order(0).orderId);
        QVERIFY(expectedFirst > OrderTableModel::kCountCap);
        {
            // The view does the same as it scrolls to the end.
            QTableView view;
            view.setModel(&model);
            model.setFilter({.search = u"exam"_s});
            QVERIFY(!model.isCountExact());
            view.resize(600, 400);
            view.show();
            view.scrollToBottom();
            QTRY_VERIFY(model.rowCount() > OrderTableModel::kCountCap + 1);
        }
        // An order past the counted rows is found, and the count reaches it.
        model.setFilter({.search = u"example"_s});
        const int oldest = model.rowOf(u"loja"_s, order(3).orderId);
        QCOMPARE(oldest, kMany - 4);
        QVERIFY(model.rowCount() > oldest);
        QCOMPARE(model.index(oldest, 0).data().toString(), order(3).orderId);
        // A sort while the count is partial: counted again in the new order.
        model.sort(OrderTableModel::Total, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), OrderTableModel::kCountCap + 1);
        QCOMPARE(model.index(0, 0).data().toString(), order(0).orderId); // the smallest total
        // A selective term is counted exactly at once.
        model.setFilter({.search = order(4321).orderId});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.isCountExact());
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
