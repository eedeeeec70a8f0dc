#include "orderfixtures.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "storage/ordercache.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using namespace despacho::storage;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabaseIsLatestWalAndPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.sqlite"_s);
        Database db(path);
        QVERIFY(db.open().ok());
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }

    void migratesVersion1WithData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            Database v1(path);
            QVERIFY(v1.openAtVersion(1).ok());
            QCOMPARE(v1.schemaVersion(), 1);
            QSqlQuery q(v1.connection());
            QVERIFY(
                q.exec(u"INSERT INTO orders (account, order_id, sequence, status, creation_date,"
                       " client_name, total_cents) VALUES ('loja', 'v100-01', '100', "
                       "'handling', '2024-01-01T10:00:00.000Z', 'Zoe Lima', 1234)"_s));
            QVERIFY(q.exec(u"INSERT INTO accounts (name, account, app_key, created_at) VALUES "
                           "('loja', 'lojaacc', 'key', '2024-01-01T00:00:00Z')"_s));
        }
        Database db(path);
        const auto status = db.open();
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        OrderCache cache(&db);
        // Version 2 built the search index from version 1's columns.
        const auto found = cache.query({.search = u"zoe li"_s});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].orderId, u"v100-01"_s);
        QCOMPARE(found[0].totalValue.cents(), 1234);
        const auto account = AccountStore(&db).find(u"loja"_s);
        QVERIFY(account.has_value());
        QCOMPARE(account->refreshMinutes, 15);
    }

    // Orders cached by version 3 (as its OrderCache wrote them: index columns plus raw JSON, or a
    // list row only) gain ship-by, pickup, sales channel, sort keys and SKU/EAN/tracking search.
    void migratesVersion3WithData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v3.sqlite"_s);
        FixtureOrder detailed;
        detailed.orderId = u"v200-01"_s;
        detailed.client = u"Álvaro Conceição"_s;
        detailed.status = u"handling"_s;
        detailed.shipBy = {u"2026-11-21T18:00:00.0000000+00:00"_s,
                           u"2026-11-19T21:28:00.0000000+00:00"_s};
        detailed.pickup = true;
        detailed.salesChannel = u"3"_s;
        detailed.affiliateId = u"MLB"_s;
        detailed.sku = u"88123"_s;
        detailed.ean = u"7891234567895"_s;
        detailed.courier = u"Correios"_s;
        detailed.tracking = u"QB123456785BR"_s;
        {
            Database v3(path);
            QVERIFY(v3.openAtVersion(3).ok());
            QCOMPARE(v3.schemaVersion(), 3);
            QSqlQuery q(v3.connection());
            q.prepare(
                u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
                "client_name, total_cents, item_count, courier, tracking_number, detail_json, "
                "detail_fetched_at, search_text) VALUES ('loja', 'v200-01', '200', "
                "'handling', '2026-11-18T10:00:00.000Z', ?, 5500, 2, 'Correios', "
                "'QB123456785BR', ?, '2026-11-18T11:00:00.000Z', 'v200-01 200 alvaro')"_s);
            q.addBindValue(detailed.client);
            q.addBindValue(QString::fromUtf8(vtexJson(detailed)));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"INSERT INTO orders (account, order_id, sequence, status, "
                           "creation_date, client_name, total_cents, search_text) VALUES ('loja', "
                           "'v100-01', '100', 'ready-for-handling', '2026-11-17T10:00:00.000Z', "
                           "'Bruno Lima', 1234, 'v100-01 100 bruno lima')"_s));
            QVERIFY(q.exec(u"INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')"_s));
        }
        Database db(path);
        const auto status = db.open();
        QVERIFY2(status.ok(), qPrintable(status.message));
        // Through version 4's back-fill to the newest version (4 when this test was written).
        QVERIFY(Database::latestVersion() >= 4);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        OrderCache cache(&db);
        const auto s = cache.summary(u"loja"_s, u"v200-01"_s);
        QVERIFY(s.has_value());
        // From the raw JSON: the earliest estimate, the pickup, the channel with its affiliate.
        QCOMPARE(s->shipBy, QDateTime(QDate(2026, 11, 19), QTime(21, 28), Qt::UTC));
        QVERIFY(s->pickup);
        QCOMPARE(s->salesChannel, u"3/MLB"_s);
        // What version 3 stored stays.
        QCOMPARE(s->totalValue.cents(), 5500);
        QCOMPARE(s->clientName, detailed.client);
        // The list-only row has no JSON: no ship-by, not a pickup, still listed and findable.
        const auto listOnly = cache.summary(u"loja"_s, u"v100-01"_s);
        QVERIFY(!listOnly->shipBy.isValid());
        QVERIFY(!listOnly->pickup);
        QCOMPARE(cache.query({.search = u"bruno"_s}).size(), 1);
        // Search by SKU, EAN and tracking number finds the migrated order.
        for (const QString &text :
             {u"88123"_s, u"7891234567895"_s, u"qb123456785br"_s, u"conceicao"_s}) {
            const auto found = cache.query({.search = text});
            QCOMPARE(found.size(), 1);
            QCOMPARE(found[0].orderId, u"v200-01"_s);
        }
        // Sort keys and filters work on migrated rows.
        const auto byClient = cache.query({.sort = OrderSort::Client, .descending = false});
        QCOMPARE(byClient.first().orderId, u"v200-01"_s); // "alvaro" before "bruno"
        const auto byShipBy = cache.query({.sort = OrderSort::ShipBy, .descending = false});
        QCOMPARE(byShipBy.last().orderId, u"v100-01"_s); // no ship-by: last
        QCOMPARE(cache.count({.carrier = u"CORREIOS"_s}), 1);
        QCOMPARE(cache.count({.salesChannel = u"3/MLB"_s}), 1);
        QCOMPARE(cache.count({.overdueOnly = true,
                              .now = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC)}),
                 1);
        QCOMPARE(cache.position({.sort = OrderSort::Status, .descending = false}, u"loja"_s,
                                u"v200-01"_s),
                 1); // ready for handling, then handling
        // The search index still follows updates (migration 4 re-created its trigger).
        FixtureOrder changed = detailed;
        changed.tracking = u"QC987654321BR"_s;
        const auto [summary, json] = fixtureDetail(changed, u"loja"_s);
        QString error;
        QVERIFY2(cache.storeDetail(summary, json, {}, &error), qPrintable(error));
        QCOMPARE(cache.count({.search = u"qc987654321"_s}), 1);
        QCOMPARE(cache.count({.search = u"qb123456785"_s}), 0);
    }

    // Sorting by any column walks its index: no temporary B-tree over the whole table.
    void everySortUsesAnIndex()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"plan.sqlite"_s));
        QVERIFY(db.open().ok());
        const QStringList keys = {u"order_id"_s,      u"ifnull(cast(sequence AS INTEGER), 0)"_s,
                                  u"creation_date"_s, u"ifnull(ship_by, '~')"_s,
                                  u"client_key"_s,    u"total_cents"_s,
                                  u"status_rank"_s,   u"item_count"_s,
                                  u"courier_key"_s,   u"ifnull(tracking_number, '')"_s,
                                  u"sales_channel"_s};
        QSqlQuery q(db.connection());
        for (const QString &key : keys) {
            for (const QString &direction : {u"ASC"_s, u"DESC"_s}) {
                const QString orderBy =
                    key == u"order_id"_s ? u"order_id %1, account %1"_s.arg(direction)
                                         : u"%1 %2, order_id %2, account %2"_s.arg(key, direction);
                QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT order_id FROM orders ORDER BY "_s +
                               orderBy + u" LIMIT 200 OFFSET 5000"_s));
                QString plan;
                while (q.next())
                    plan += q.value(3).toString() + u"; "_s;
                QVERIFY2(plan.contains(u"INDEX orders_"_s) && !plan.contains(u"TEMP B-TREE"_s),
                         qPrintable(key + u": "_s + plan));
            }
        }
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_s);
        {
            Database db(path);
            QVERIFY(db.open().ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
        }
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        Database db(path);
        const auto status = db.open();
        QCOMPARE(status.error, Database::OpenError::NewerSchema);
        QVERIFY(status.message.contains(u"999"_s));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void unopenableFileIsReported()
    {
        Database db(u"/proc/definitely/not/here.sqlite"_s);
        const auto status = db.open();
        QVERIFY(!status.ok());
        QVERIFY(status.message.contains(u"here.sqlite"_s));
    }

    void dataDirResolution()
    {
        QTemporaryDir dir;
        QCOMPARE(resolveDataDir(dir.path()), dir.path());
        qputenv("DESPACHO_DATA_DIR", dir.path().toLocal8Bit());
        QCOMPARE(resolveDataDir(), dir.path());
        // An explicit folder wins over the environment.
        QTemporaryDir other;
        QCOMPARE(resolveDataDir(other.path()), other.path());
        qunsetenv("DESPACHO_DATA_DIR");
        // The default (AppDataLocation under the executables' names) is checked on the real
        // executables, in tests/gui/tst_datadir.
        const QString sub = dir.filePath(u"a/b"_s);
        QString error;
        QVERIFY(ensureDataDir(sub, &error));
        QCOMPARE(QFileInfo(sub).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
