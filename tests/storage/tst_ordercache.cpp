#include "storage/database.h"
#include "storage/ordercache.h"
#include "storage/syncstatestore.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using namespace despacho::storage;

namespace {
OrderSummary row(const QString &id, const QString &status, const QString &client, int day)
{
    OrderSummary s;
    s.account = u"loja"_s;
    s.orderId = id;
    s.sequence = id.mid(1, 4);
    s.status = status;
    s.creationDate = QDateTime(QDate(2024, 3, day), QTime(12, 0), Qt::UTC);
    s.clientName = client;
    s.totalValue = Money(1000 + day);
    s.itemCount = 1;
    return s;
}
} // namespace

class TestOrderCache : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderCache> m_cache;

private Q_SLOTS:
    void init()
    {
        m_cache.reset();
        m_db = std::make_unique<Database>(
            m_dir.filePath(u"c%1.sqlite"_s.arg(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open().ok());
        m_cache = std::make_unique<OrderCache>(m_db.get());
    }

    void listRowsThenDetail()
    {
        QString error;
        QVERIFY(m_cache->insertNewFromList({row(u"v1001-01"_s, u"handling"_s, u"José Silva"_s, 1),
                                            row(u"v1002-01"_s, u"invoiced"_s, u"Ana Souza"_s, 2)},
                                           &error));
        auto states = m_cache->detailStates(u"loja"_s);
        QCOMPARE(states.size(), 2);
        QVERIFY(!states[u"v1001-01"_s].detailFetchedAt.isValid());

        OrderSummary detail = row(u"v1001-01"_s, u"invoiced"_s, u"José Silva"_s, 1);
        detail.totalValue = Money(99999);
        detail.clientDocument = u"529.982.247-25"_s;
        detail.trackingNumber = u"AA123456785BR"_s;
        QVERIFY(m_cache->storeDetail(detail, R"({"orderId":"v1001-01"})", u"digest1"_s, &error));
        // A later list row must not overwrite get-order values.
        QVERIFY(m_cache->insertNewFromList({row(u"v1001-01"_s, u"handling"_s, u"J"_s, 1)}, &error));
        const auto s = m_cache->summary(u"loja"_s, u"v1001-01"_s);
        QVERIFY(s.has_value());
        QCOMPARE(s->status, u"invoiced"_s);
        QCOMPARE(s->totalValue.cents(), 99999);
        QCOMPARE(s->trackingNumber, u"AA123456785BR"_s);
        QCOMPARE(m_cache->rawJson(u"loja"_s, u"v1001-01"_s),
                 QByteArray(R"({"orderId":"v1001-01"})"));
        QVERIFY(m_cache->rawJson(u"loja"_s, u"v1002-01"_s).isNull());
        states = m_cache->detailStates(u"loja"_s);
        QCOMPARE(states[u"v1001-01"_s].listDigest, u"digest1"_s);
        QVERIFY(states[u"v1001-01"_s].detailFetchedAt.isValid());

        // Storing again without a digest keeps the old digest.
        QVERIFY(m_cache->storeDetail(detail, "{}", QString(), &error));
        QCOMPARE(m_cache->detailStates(u"loja"_s)[u"v1001-01"_s].listDigest, u"digest1"_s);
    }

    void searchAndCounts()
    {
        QString error;
        OrderSummary a = row(u"v2001-01"_s, u"handling"_s, u"José Conceição"_s, 3);
        a.clientDocument = u"529.982.247-25"_s;
        a.clientEmail = u"jose@example.com.br"_s;
        QVERIFY(m_cache->storeDetail(a, "{}", {}, &error));
        QVERIFY(m_cache->insertNewFromList({row(u"v2002-01"_s, u"handling"_s, u"Maria"_s, 4),
                                            row(u"v2003-01"_s, u"canceled"_s, u"Mário"_s, 5)},
                                           &error));
        QCOMPARE(m_cache->query({.search = u"conceicao"_s}).size(), 1);
        QCOMPARE(m_cache->query({.search = u"JOSÉ"_s}).size(), 1);
        QCOMPARE(m_cache->query({.search = u"52998224725"_s}).size(), 1); // digits only
        QCOMPARE(m_cache->query({.search = u"247-25"_s}).size(), 1);
        QCOMPARE(m_cache->query({.search = u"example.com"_s}).size(), 1);
        QCOMPARE(m_cache->query({.search = u"mar"_s}).size(), 2); // Maria, Mário
        QCOMPARE(m_cache->query({.search = u"ma"_s}).size(), 2);  // short: LIKE path
        QCOMPARE(m_cache->query({.search = u"100%"_s}).size(), 0);
        QCOMPARE(m_cache->query({.search = u"\"quoted"_s}).size(), 0);
        QCOMPARE(m_cache->query({.status = u"handling"_s}).size(), 2);
        QCOMPARE(m_cache->count({.status = u"handling"_s, .search = u"maria"_s}), 1);
        const auto all = m_cache->query({});
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().orderId, u"v2003-01"_s); // newest first
        const auto page = m_cache->query({.limit = 1, .offset = 1});
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().orderId, u"v2002-01"_s);
        const auto counts = m_cache->countsByStatus();
        QCOMPARE(counts.value(u"handling"_s), 2);
        QCOMPARE(counts.value(u"canceled"_s), 1);
        QCOMPARE(m_cache->findExact(u"V2002-01"_s).size(), 1);
        QCOMPARE(m_cache->findExact(u"2003"_s).size(), 1); // sequence
        QCOMPARE(m_cache->findExact(u"v9999-01"_s).size(), 0);
    }

    // findExact for a batch: 600 orders, ids in any case and sequences, each name to every order
    // it names (newest first), with its channel, its indexed packages and, for an order stored
    // without them (before migration 9), its JSON.
    void findDocumentsAnswersEachName()
    {
        QString error;
        QList<OrderSummary> listed;
        for (int i = 0; i < 600; ++i) {
            OrderSummary s = row(u"v%1-01"_s.arg(5000 + i), u"invoiced"_s, u"A"_s, 1 + i % 20);
            s.sequence = QString::number(80000 + i);
            listed << s;
        }
        QVERIFY(m_cache->insertNewFromList(listed, &error));
        OrderSummary fetched = listed.at(7);
        fetched.packages = {{u"Output"_s, u"0012"_s, u"3526"_s, u"QB000000019BR"_s},
                            {u"Input"_s, u"D-1"_s, {}, {}}};
        QVERIFY(m_cache->storeDetail(fetched, R"({"orderId":"v5007-01"})", {}, &error));
        OrderSummary evendi = row(u"v5007-01"_s, u"OPEN"_s, u"B"_s, 25);
        evendi.account = u"marketplace"_s;
        evendi.channel = Channel::Evendi;
        QVERIFY(m_cache->insertNewFromList({evendi}, &error));

        QStringList names;
        for (int i = 0; i < 600; i += 3)
            names << u"v%1-01"_s.arg(5000 + i);
        names << u"V5007-01"_s << u"80599"_s << u" 80010 "_s << u"v9999-01"_s << u"80"_s;
        const auto found = m_cache->findDocuments(names, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (int i = 0; i < 600; i += 3)
            QCOMPARE(found.value(u"v%1-01"_s.arg(5000 + i)).size(), 1);
        const auto seven = found.value(u"V5007-01"_s);
        QCOMPARE(seven.size(), 2); // both accounts, the newest first
        QCOMPARE(seven.at(0).account, u"marketplace"_s);
        QCOMPARE(seven.at(0).channel, Channel::Evendi);
        QVERIFY(!seven.at(0).hasDetail());
        QVERIFY(!seven.at(0).packages); // a list row has no packages to tell
        QCOMPARE(seven.at(1).account, u"loja"_s);
        QCOMPARE(seven.at(1).channel, Channel::Vtex);
        QVERIFY(seven.at(1).hasDetail());
        QCOMPARE(seven.at(1).status, u"invoiced"_s);
        QCOMPARE(seven.at(1).packages, std::optional(fetched.packages));
        QVERIFY(seven.at(1).stored.isEmpty()); // its packages answer: the JSON is not read
        QVERIFY(seven.at(1).json(&error).isNull());
        QVERIFY(error.contains(u"v5007-01"_s));
        error.clear();
        QCOMPARE(found.value(u"80599"_s).value(0).orderId, u"v5599-01"_s);
        QCOMPARE(found.value(u" 80010 "_s).value(0).orderId, u"v5010-01"_s);
        QVERIFY(!found.contains(u"v9999-01"_s));
        QVERIFY(!found.contains(u"80"_s));
        // The same answers as findExact, name by name.
        for (const QString &name : std::as_const(names))
            QCOMPARE(found.value(name).size(), m_cache->findExact(name).size());

        // Stored before the packages were indexed: the JSON comes instead.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE orders SET packages = NULL"_s));
        const auto again = m_cache->findDocuments({u"v5007-01"_s}, &error).value(u"v5007-01"_s);
        QCOMPARE(again.size(), 2);
        QVERIFY(again.at(1).hasDetail());
        QVERIFY(!again.at(1).packages);
        QCOMPARE(again.at(1).json(&error), QByteArray(R"({"orderId":"v5007-01"})"));
    }

    // indexPackages fills only what is missing: a detail stored since (its packages indexed with
    // it) is never overwritten by packages decoded from an older read.
    void indexPackagesFillsOnlyWhatIsMissing()
    {
        QString error;
        OrderSummary s = row(u"v7001-01"_s, u"invoiced"_s, u"A"_s, 1);
        s.packages = {{u"Output"_s, u"0001"_s, {}, u"QB000000019BR"_s}};
        QVERIFY(m_cache->storeDetail(s, R"({"orderId":"v7001-01"})", {}, &error));
        const QList<PackageRef> older{{u"Output"_s, u"0001"_s, {}, {}}};
        QVERIFY2(m_cache->indexPackages({{u"loja"_s, u"v7001-01"_s, older}}, &error),
                 qPrintable(error));
        auto packagesOf = [this] {
            return m_cache->findDocuments({u"v7001-01"_s}).value(u"v7001-01"_s).value(0).packages;
        };
        QCOMPARE(packagesOf(), std::optional(s.packages));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE orders SET packages = NULL WHERE order_id = 'v7001-01'"_s));
        QVERIFY(!packagesOf());
        QVERIFY2(m_cache->indexPackages({{u"loja"_s, u"v7001-01"_s, older}}, &error),
                 qPrintable(error));
        QCOMPARE(packagesOf(), std::optional(older));
    }

    void failedBatchLeavesNothingHalfWritten()
    {
        QString error;
        QVERIFY(m_cache->insertNewFromList({row(u"v3001-01"_s, u"handling"_s, u"A"_s, 1)}, &error));
        OrderSummary good = row(u"v3002-01"_s, u"handling"_s, u"B"_s, 2);
        OrderSummary bad = row(u"v3003-01"_s, u"handling"_s, u"C"_s, 3);
        // Make the second write fail inside the transaction.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON orders WHEN new.order_id = "
                       "'v3003-01' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
        QVERIFY(!m_cache->storeDetails({{good, "{}"}, {bad, "{}"}}, &error));
        QVERIFY(error.contains(u"refused"_s));
        QVERIFY(!m_cache->summary(u"loja"_s, u"v3002-01"_s).has_value());
        QCOMPARE(m_cache->count({}), 1);
    }

    void syncState()
    {
        SyncStateStore store(m_db.get());
        QVERIFY(!store.find(u"loja"_s).has_value());
        QString error;
        const QDateTime when(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store.save({u"loja"_s, when, u"ok"_s, 12}, &error));
        const auto s = store.find(u"loja"_s);
        QVERIFY(s.has_value());
        QCOMPARE(s->lastSyncAt, when);
        QCOMPARE(s->ordersSynced, 12);
    }
};

QTEST_GUILESS_MAIN(TestOrderCache)
#include "tst_ordercache.moc"
