// The list's SQL: every sort order (with ties broken by order id, then account), the position of
// each order in it, each filter, and search by SKU, EAN and tracking number.
#include "core/orderstatus.h"
#include "core/validators.h"
#include "orderfixtures.h"
#include "storage/database.h"
#include "storage/ordercache.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace despacho;
using namespace despacho::storage;

Q_DECLARE_METATYPE(despacho::storage::OrderSort)

namespace {
const QStringList kClients = {u"Álvaro Lima"_s, u"alvaro lima"_s, u"Bruno Souza"_s, u"Zoe Santos"_s,
                              u"Érica Alves"_s};
const QStringList kStatuses = {u"ready-for-handling"_s, u"handling"_s, u"invoiced"_s, u"canceled"_s,
                               u"payment-approved"_s};
const QStringList kCouriers = {u"Correios"_s, u"Jadlog"_s, u"CORREIOS"_s, QString()};
const QDateTime kNow(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);

FixtureOrder fixture(int i)
{
    FixtureOrder f;
    f.orderId = u"v%1-01"_s.arg(100000 + (i * 7) % 31); // ids not in creation order
    f.status = kStatuses.at(i % kStatuses.size());
    // Pairs of orders share a creation time, a total and a ship-by: ties for the tiebreak.
    f.created = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC)
                    .addSecs(3600LL * (i / 2))
                    .toString(Qt::ISODateWithMs);
    f.client = kClients.at(i % kClients.size());
    f.valueCents = 1000 * (1 + i % 4);
    f.salesChannel = i % 3 == 0 ? u"2"_s : u"1"_s;
    f.affiliateId = i % 6 == 0 ? u"MLB"_s : QString();
    // Ship-by: the earliest of two items; every fifth order has none.
    if (i % 5 != 4) {
        const QDateTime first = kNow.addSecs(3600LL * ((i / 2) - 6));
        f.shipBy = {first.addDays(2).toString(Qt::ISODate), first.toString(Qt::ISODate)};
    }
    f.pickup = i % 7 == 3;
    f.sku = QString::number(5000 + i);
    f.ean = u"789%1"_s.arg(1000000000 + i);
    f.courier = kCouriers.at(i % kCouriers.size());
    f.tracking = i % 3 == 1 ? u"QB%1BR"_s.arg(100000000 + i) : QString();
    return f;
}
} // namespace

class TestOrderList : public QObject
{
    Q_OBJECT
    static constexpr int kOrders = 24;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderCache> m_cache;
    QList<OrderSummary> m_all; // what was stored, both accounts

    // The expected order, computed in C++ from the stored summaries, independent of the SQL.
    QList<OrderSummary> expected(OrderSort sort, bool descending) const
    {
        QList<OrderSummary> rows = m_all;
        const auto key = [sort](const OrderSummary &s) -> QVariant {
            switch (sort) {
            case OrderSort::OrderId:
                return s.orderId;
            case OrderSort::Sequence:
                return s.sequence.toLongLong();
            case OrderSort::Created:
                return s.creationDate.toMSecsSinceEpoch();
            case OrderSort::ShipBy:
                return s.shipBy.isValid() ? s.shipBy.toMSecsSinceEpoch()
                                          : std::numeric_limits<qint64>::max();
            case OrderSort::Client:
                return foldForSearch(s.clientName);
            case OrderSort::Total:
                return s.totalValue.cents();
            case OrderSort::Status:
                return orderStatusRank(s.status);
            case OrderSort::Items:
                return s.itemCount;
            case OrderSort::Courier:
                return foldForSearch(s.courier);
            case OrderSort::Tracking:
                return s.trackingNumber;
            case OrderSort::SalesChannel:
                return s.salesChannel;
            }
            return {};
        };
        std::sort(rows.begin(), rows.end(), [&](const OrderSummary &a, const OrderSummary &b) {
            const QVariant ka = key(a);
            const QVariant kb = key(b);
            const auto c = QVariant::compare(ka, kb);
            if (c != QPartialOrdering::Equivalent)
                return descending ? c == QPartialOrdering::Greater : c == QPartialOrdering::Less;
            if (a.orderId != b.orderId)
                return descending ? a.orderId > b.orderId : a.orderId < b.orderId;
            return descending ? a.account > b.account : a.account < b.account;
        });
        return rows;
    }

    static QStringList keys(const QList<OrderSummary> &rows)
    {
        QStringList out;
        for (const OrderSummary &s : rows)
            out << s.account + u'/' + s.orderId;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(u"list.sqlite"_s));
        QVERIFY(m_db->open().ok());
        m_cache = std::make_unique<OrderCache>(m_db.get());
        QList<std::pair<OrderSummary, QByteArray>> details;
        for (int i = 0; i < kOrders; ++i) {
            details.append(fixtureDetail(fixture(i), u"loja"_s));
            // The same order id in a second account: equal keys everywhere but the account.
            if (i % 8 == 0)
                details.append(fixtureDetail(fixture(i), u"outra"_s));
        }
        QString error;
        QVERIFY2(m_cache->storeDetails(details, &error), qPrintable(error));
        for (const auto &d : std::as_const(details))
            m_all.append(*m_cache->summary(d.first.account, d.first.orderId));
        QCOMPARE(m_cache->count({}), int(details.size()));
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<OrderSort>("sort");
        QTest::addColumn<bool>("descending");
        const std::pair<const char *, OrderSort> sorts[] = {
            {"order id", OrderSort::OrderId},    {"sequence", OrderSort::Sequence},
            {"created", OrderSort::Created},     {"ship by", OrderSort::ShipBy},
            {"client", OrderSort::Client},       {"total", OrderSort::Total},
            {"status", OrderSort::Status},       {"items", OrderSort::Items},
            {"courier", OrderSort::Courier},     {"tracking", OrderSort::Tracking},
            {"channel", OrderSort::SalesChannel}};
        for (const auto &[name, sort] : sorts) {
            QTest::addRow("%s asc", name) << sort << false;
            QTest::addRow("%s desc", name) << sort << true;
        }
    }

    void sortsByEveryColumn()
    {
        QFETCH(OrderSort, sort);
        QFETCH(bool, descending);
        const OrderQuery q{.sort = sort, .descending = descending};
        const QList<OrderSummary> rows = m_cache->query(q);
        QCOMPARE(keys(rows), keys(expected(sort, descending)));
        // Pages read one after the other give the same order (a stable tiebreak).
        QList<OrderSummary> paged;
        for (int offset = 0; offset < rows.size(); offset += 5) {
            OrderQuery page = q;
            page.limit = 5;
            page.offset = offset;
            paged += m_cache->query(page);
        }
        QCOMPARE(keys(paged), keys(rows));
        // position() finds every order at its row.
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(m_cache->position(q, rows[i].account, rows[i].orderId), i);
        QCOMPARE(m_cache->position(q, u"loja"_s, u"nope"_s), -1);
    }

    void sortKeysMeanWhatAPackerExpects()
    {
        // Accent- and case-blind client order: Álvaro and alvaro together, before Bruno; Érica
        // before Zoe.
        const auto byClient = m_cache->query({.sort = OrderSort::Client, .descending = false});
        QCOMPARE(foldForSearch(byClient.first().clientName), u"alvaro lima"_s);
        QCOMPARE(byClient.last().clientName, u"Zoe Santos"_s);
        // Unknown ship-by last when the most urgent come first.
        const auto byShipBy = m_cache->query({.sort = OrderSort::ShipBy, .descending = false});
        QVERIFY(byShipBy.first().shipBy.isValid());
        QVERIFY(!byShipBy.last().shipBy.isValid());
        // The earliest estimate of the items is the ship-by.
        const FixtureOrder f = fixture(0);
        QCOMPARE(m_cache->summary(u"loja"_s, f.orderId)->shipBy,
                 QDateTime::fromString(f.shipBy.at(1), Qt::ISODate));
        // Status in workflow order: payment approved before ready for handling, canceled last.
        const auto byStatus = m_cache->query({.sort = OrderSort::Status, .descending = false});
        QCOMPARE(byStatus.first().status, u"payment-approved"_s);
        QCOMPARE(byStatus.last().status, u"canceled"_s);
    }

    void filters()
    {
        const auto check = [this](const OrderQuery &q,
                                  const std::function<bool(const OrderSummary &)> &want) {
            int expectedCount = 0;
            for (const OrderSummary &s : std::as_const(m_all))
                expectedCount += want(s) ? 1 : 0;
            const QList<OrderSummary> rows = m_cache->query(q);
            QVERIFY(expectedCount > 0);
            QCOMPARE(rows.size(), expectedCount);
            QCOMPARE(m_cache->count(q), expectedCount);
            for (const OrderSummary &s : rows)
                QVERIFY2(want(s), qPrintable(s.orderId));
        };
        // Carrier, accent- and case-blind: "CORREIOS" is Correios.
        check({.carrier = u"correios"_s}, [](const OrderSummary &s) {
            return s.courier.compare(u"Correios"_s, Qt::CaseInsensitive) == 0;
        });
        check({.salesChannel = u"2/MLB"_s},
              [](const OrderSummary &s) { return s.salesChannel == u"2/MLB"_s; });
        check({.salesChannel = u"1"_s},
              [](const OrderSummary &s) { return s.salesChannel == u"1"_s; });
        const QDateTime before = kNow.addSecs(3600);
        check({.shipByBefore = before},
              [&](const OrderSummary &s) { return s.shipBy.isValid() && s.shipBy < before; });
        check({.overdueOnly = true, .now = kNow},
              [](const OrderSummary &s) { return isOverdue(s.shipBy, s.status, kNow); });
        // Not overdue once invoiced or canceled, even with the ship-by long gone.
        for (const OrderSummary &s : m_cache->query({.overdueOnly = true, .now = kNow}))
            QVERIFY(s.status != u"invoiced"_s && s.status != u"canceled"_s);
        check({.status = u"handling"_s,
               .carrier = u"Jadlog"_s,
               .overdueOnly = true,
               .now = kNow.addDays(30)},
              [](const OrderSummary &s) {
                  return s.status == u"handling"_s && s.courier == u"Jadlog"_s &&
                         s.shipBy.isValid();
              });
        // Counts per status under the same filters add up to the filtered count.
        const OrderQuery late{.overdueOnly = true, .now = kNow};
        int sum = 0;
        for (int n : m_cache->countsByStatus(late))
            sum += n;
        QCOMPARE(sum, m_cache->count(late));
        QCOMPARE(m_cache->countsByStatus(late).value(u"invoiced"_s), 0);
        // position() honours the filters.
        const auto rows = m_cache->query({.carrier = u"jadlog"_s, .sort = OrderSort::Total});
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(m_cache->position({.carrier = u"jadlog"_s, .sort = OrderSort::Total},
                                       rows[i].account, rows[i].orderId),
                     i);
        const auto notJadlog = m_cache->query({.carrier = u"correios"_s}).first();
        QCOMPARE(m_cache->position({.carrier = u"jadlog"_s}, notJadlog.account, notJadlog.orderId),
                 -1);
    }

    void filterValues()
    {
        const QList<FilterValue> carriers = m_cache->carriers();
        QCOMPARE(carriers.size(), 2); // Correios (both spellings) and Jadlog; no empty one
        QCOMPARE(carriers[0].value.toLower(), u"correios"_s);
        QCOMPARE(carriers[0].count, m_cache->count({.carrier = u"Correios"_s}));
        const QList<FilterValue> channels = m_cache->salesChannels(u"loja"_s);
        QStringList values;
        for (const FilterValue &v : channels)
            values << v.value;
        QCOMPARE(values, (QStringList{u"1"_s, u"2"_s, u"2/MLB"_s}));
    }

    void pickupIsStored()
    {
        const FixtureOrder pickup = fixture(3);
        QVERIFY(m_cache->summary(u"loja"_s, pickup.orderId)->pickup);
        QVERIFY(!m_cache->summary(u"loja"_s, fixture(4).orderId)->pickup);
    }

    void searchFindsSkuEanAndTracking()
    {
        const FixtureOrder f = fixture(7); // has a tracking number
        QVERIFY(!f.tracking.isEmpty());
        const auto only = [this](const QString &text) {
            const QList<OrderSummary> rows = m_cache->query({.search = text});
            return rows.size() == 1 ? rows.first().orderId : u"%1 rows"_s.arg(rows.size());
        };
        QCOMPARE(only(f.sku), f.orderId);
        QCOMPARE(only(u"REF-"_s + f.sku), f.orderId);
        QCOMPARE(only(f.ean), f.orderId);
        QCOMPARE(only(f.tracking.toLower()), f.orderId);
        QCOMPARE(only(f.tracking.mid(2, 9)), f.orderId); // a substring of it
        // One and two characters go through LIKE and still see the new terms.
        QVERIFY(m_cache->count({.search = u"qb"_s}) >= kOrders / 3);
        QCOMPARE(m_cache->count({.search = u"zz"_s}), 0);
    }

    // A bounded count is exact up to its cap and says "more" past it; both search plans give
    // the same rows in the same order, whatever the term's length.
    void boundedCountAndSearchPlans()
    {
        for (const QString &term :
             {u"qb"_s, u"a"_s, u"lima"_s, u"5007"_s, u"zz"_s, u"correios"_s}) {
            const int all = m_cache->count({.search = term});
            QVERIFY(all >= 0);
            const auto wide = m_cache->countUpTo({.search = term}, 1000);
            QCOMPARE(wide.count, all);
            QVERIFY(wide.exact);
            if (all > 1) {
                const auto capped = m_cache->countUpTo({.search = term}, all - 1);
                QCOMPARE(capped.count, all);
                QVERIFY(!capped.exact);
            }
            for (const OrderSort sort : {OrderSort::Created, OrderSort::Client, OrderSort::Total}) {
                OrderQuery index{.search = term, .sort = sort, .descending = false};
                OrderQuery walk = index;
                walk.searchPlan = OrderQuery::SearchPlan::Walk;
                const auto ids = [this](const OrderQuery &q) {
                    QStringList out;
                    for (const OrderSummary &s : m_cache->query(q))
                        out << s.account + u'/' + s.orderId;
                    return out;
                };
                QCOMPARE(ids(walk), ids(index));
                QCOMPARE(ids(index).size(), all);
                // And the row of each order, under both.
                for (const OrderSummary &s : m_cache->query(index)) {
                    QCOMPARE(m_cache->position(walk, s.account, s.orderId),
                             m_cache->position(index, s.account, s.orderId));
                }
            }
        }
        // With other filters: they apply before the cap is reached.
        const auto handling = m_cache->countUpTo({.status = u"handling"_s, .search = u"a"_s}, 1000);
        QCOMPARE(handling.count, m_cache->count({.status = u"handling"_s, .search = u"a"_s}));
        // Without a search the facets answer, exactly, whatever the cap.
        const auto facets = m_cache->countUpTo({.account = u"loja"_s}, 1);
        QCOMPARE(facets.count, m_cache->count({.account = u"loja"_s}));
        QVERIFY(facets.exact);
    }
};

QTEST_GUILESS_MAIN(TestOrderList)
#include "tst_orderlist.moc"
