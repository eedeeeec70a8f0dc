// One upgrade test per migration: a database at the version before, filled by that version's own
// SQL with the kind of data a store has (accounts, orders with and without their detail, sync
// state, operators, commands in several states, audit lines), migrated one step, then checked
// row by row. Assertions are in SQL, so they hold whatever later migrations add.
#include "core/orderstatus.h"
#include "core/validators.h"
#include "orderfixtures.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/ordercache.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using namespace despacho::storage;

namespace {

// Runs SQL that must work, binding `binds` in order.
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds = {})
{
    if (!q.prepare(sql)) {
        qWarning("prepare: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning("exec: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Every row of a query, every column, as the file holds them.
QList<QVariantList> rows(const Database &db, const QString &sql)
{
    QList<QVariantList> out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next()) {
        QVariantList row;
        // NULL as an invalid QVariant, whatever type the driver gives it.
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.isNull(i) ? QVariant() : q.value(i));
        out << row;
    }
    return out;
}

QVariant value(const Database &db, const QString &sql)
{
    const auto r = rows(db, sql);
    return r.isEmpty() ? QVariant() : r.first().value(0);
}

QStringList columns(const Database &db, const QString &table)
{
    QStringList out;
    for (const QVariantList &r : rows(db, u"PRAGMA table_info(%1)"_s.arg(table)))
        out << r.at(1).toString();
    return out;
}

QStringList schemaObjects(const Database &db, const QString &type)
{
    QStringList out;
    for (const QVariantList &r :
         rows(db, u"SELECT name FROM sqlite_master WHERE type = '%1' AND name NOT LIKE "
                  "'sqlite_%' ORDER BY name"_s.arg(type)))
        out << r.at(0).toString();
    return out;
}

// Order ids the trigram index finds for `text`: as a quoted phrase, as versions 2 to 4 asked
// it, or (version 5 on, an index without positions) with LIKE.
QStringList ftsLike(const Database &db, const QString &text)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!exec(q,
              u"SELECT order_id FROM orders WHERE rowid IN (SELECT rowid FROM orders_fts WHERE "
              "search_text LIKE ?) ORDER BY order_id"_s,
              {QString(u'%' + text + u'%')}))
        qFatal("fts like");
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Order ids the version-2 trigram index finds for `text` (as a quoted phrase, as the cache asks).
QStringList ftsMatches(const Database &db, const QString &text)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!exec(q,
              u"SELECT order_id FROM orders WHERE rowid IN (SELECT rowid FROM orders_fts WHERE "
              "orders_fts MATCH ?) ORDER BY order_id"_s,
              {QString(u'"' + text + u'"')}))
        qFatal("fts");
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Database::Status upgrade(const QString &path, int to)
{
    Database db(path);
    return db.openAtVersion(to);
}

FixtureOrder detailedOrder()
{
    FixtureOrder f;
    f.orderId = u"1380412345678-01"_s;
    f.status = u"handling"_s;
    f.client = u"Álvaro Conceição"_s;
    f.valueCents = 15990;
    f.shipBy = {u"2026-11-21T18:00:00.0000000+00:00"_s, u"2026-11-19T21:28:00.0000000+00:00"_s};
    f.pickup = true;
    f.salesChannel = u"3"_s;
    f.affiliateId = u"MLB"_s;
    f.sku = u"88123"_s;
    f.ean = u"7891234567895"_s;
    f.courier = u"Correios"_s;
    f.tracking = u"QB123456785BR"_s;
    return f;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(u"m%1.sqlite"_s.arg(++m_files)); }

    // Version 1 as version 1 wrote it: two stores, orders from the list and with their detail.
    void fillVersion1(const Database &v1)
    {
        QSqlQuery q(v1.connection());
        QVERIFY(exec(q,
                     u"INSERT INTO accounts (name, kind, account, environment, app_key, base_url, "
                     "payments_url, created_at) VALUES (?,?,?,?,?,?,?,?)"_s,
                     {u"Loja Centro"_s, u"vtex"_s, u"lojacentro"_s, u"vtexcommercestable"_s,
                      u"vtexappkey-lojacentro-ABCDEF"_s, QVariant(), QVariant(),
                      u"2024-01-02T03:04:05.000Z"_s}));
        QVERIFY(exec(q,
                     u"INSERT INTO accounts (name, account, app_key, base_url, created_at) "
                     "VALUES (?,?,?,?,?)"_s,
                     {u"Sandbox"_s, u"demo"_s, u"demo-key"_s, u"http://127.0.0.1:8080"_s,
                      u"2024-01-03T00:00:00.000Z"_s}));
        const QString order =
            u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
            "client_name, client_document, client_email, total_cents, item_count, courier, "
            "tracking_number, last_change, list_digest, detail_json, detail_fetched_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s;
        QVERIFY(
            exec(q, order,
                 {u"Loja Centro"_s, u"1380412345678-01"_s, u"502311"_s, u"handling"_s,
                  u"2024-01-05T10:00:00.000Z"_s, u"Zoe Lima"_s, u"123.456.789-09"_s,
                  u"zoe@example.com"_s, 15990, 2, u"Correios"_s, QVariant(),
                  u"2024-01-05T11:00:00.000Z"_s, u"d1"_s,
                  QString::fromUtf8(vtexJson(detailedOrder())), u"2024-01-05T11:05:00.000Z"_s}));
        QVERIFY(exec(q, order,
                     {u"Loja Centro"_s, u"1380412345679-01"_s, u"502312"_s, u"ready-for-handling"_s,
                      u"2024-01-06T09:00:00.000Z"_s, u"Bruno Souza"_s, QVariant(), QVariant(), 4200,
                      1, QVariant(), QVariant(), QVariant(), u"d2"_s, QVariant(), QVariant()}));
        QVERIFY(exec(q, order,
                     {u"Sandbox"_s, u"v500-01"_s, u"500"_s, u"invoiced"_s,
                      u"2024-01-04T08:00:00.000Z"_s, u"Carla Dias"_s, u"98765432100"_s,
                      u"carla@example.com"_s, 9999, 3, u"Loggi"_s, u"LG123"_s, QVariant(), u"d3"_s,
                      QVariant(), QVariant()}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Migration 1 from nothing, and from an empty file a crash may have left.
    void migration1CreatesTheFirstSchema()
    {
        for (bool emptyFileFirst : {false, true}) {
            const QString path = newPath();
            if (emptyFileFirst) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
            }
            {
                const auto status = upgrade(path, 1);
                QVERIFY2(status.ok(), qPrintable(status.message));
            }
            Database db(path);
            QVERIFY(db.openAtVersion(1).ok());
            QCOMPARE(db.schemaVersion(), 1);
            QCOMPARE(schemaObjects(db, u"table"_s), (QStringList{u"accounts"_s, u"orders"_s}));
            QCOMPARE(schemaObjects(db, u"index"_s),
                     (QStringList{u"orders_date"_s, u"orders_status_date"_s}));
            QVERIFY(columns(db, u"orders"_s).contains(u"detail_json"_s));
            fillVersion1(db);
            QCOMPARE(value(db, u"SELECT count(*) FROM orders"_s).toInt(), 3);
            // (account, order id) is the key: the same id in another store is another order.
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(u"INSERT INTO orders (account, order_id, status, creation_date) "
                            "VALUES ('Sandbox', 'v500-01', 'handling', '2024-01-01')"_s));
            QVERIFY(q.exec(u"INSERT INTO orders (account, order_id, status, creation_date) "
                           "VALUES ('Loja Centro', 'v500-01', 'handling', '2024-01-01')"_s));
        }
    }

    // Migration 2: refresh interval, sync state, and search over version 1's orders.
    void migration2FromVersion1()
    {
        const QString path = newPath();
        QList<QVariantList> ordersBefore;
        {
            Database v1(path);
            QVERIFY(v1.openAtVersion(1).ok());
            fillVersion1(v1);
            ordersBefore = rows(v1, u"SELECT * FROM orders ORDER BY account, order_id"_s);
        }
        const auto status = upgrade(path, 2);
        QVERIFY2(status.ok(), qPrintable(status.message));
        Database db(path);
        QVERIFY(db.openAtVersion(2).ok());
        QCOMPARE(db.schemaVersion(), 2);
        // Every stored value is still there; the only new orders column is the search text.
        const auto ordersAfter = rows(db, u"SELECT * FROM orders ORDER BY account, order_id"_s);
        QCOMPARE(ordersAfter.size(), ordersBefore.size());
        for (qsizetype i = 0; i < ordersAfter.size(); ++i)
            QCOMPARE(ordersAfter[i].mid(0, ordersBefore[i].size()), ordersBefore[i]);
        QCOMPARE(columns(db, u"orders"_s).last(), u"search_text"_s);
        QCOMPARE(value(db, u"SELECT search_text FROM orders WHERE order_id = 'v500-01'"_s),
                 QVariant(u"v500-01 500 carla dias 98765432100 carla@example.com"_s));
        // An order from the list only (no document, no e-mail) still gets a search text.
        QCOMPARE(value(db, u"SELECT search_text FROM orders WHERE order_id = '1380412345679-01'"_s),
                 QVariant(u"1380412345679-01 502312 bruno souza  "_s));
        // Accounts keep everything and get the default refresh interval.
        QCOMPARE(rows(db, u"SELECT name, account, app_key, base_url, refresh_minutes FROM "
                          "accounts ORDER BY name"_s),
                 (QList<QVariantList>{
                     {u"Loja Centro"_s, u"lojacentro"_s, u"vtexappkey-lojacentro-ABCDEF"_s,
                      QVariant(), 15},
                     {u"Sandbox"_s, u"demo"_s, u"demo-key"_s, u"http://127.0.0.1:8080"_s, 15}}));
        QCOMPARE(columns(db, u"sync_state"_s), (QStringList{u"account"_s, u"last_sync_at"_s,
                                                            u"last_result"_s, u"orders_synced"_s}));
        QCOMPARE(value(db, u"SELECT count(*) FROM sync_state"_s).toInt(), 0);
        // The trigram index covers the migrated rows, by substring, in any column.
        QCOMPARE(ftsMatches(db, u"zoe li"_s), QStringList{u"1380412345678-01"_s});
        QCOMPARE(ftsMatches(db, u"502312"_s), QStringList{u"1380412345679-01"_s});
        QCOMPARE(ftsMatches(db, u"example.com"_s),
                 (QStringList{u"1380412345678-01"_s, u"v500-01"_s}));
        // And its triggers follow inserts, updates and deletes from now on.
        QSqlQuery q(db.connection());
        QVERIFY(exec(
            q, u"INSERT INTO orders (account, order_id, status, creation_date, search_text) "
               "VALUES ('Sandbox', 'v501-01', 'handling', '2024-02-01', 'v501-01 daniela')"_s));
        QCOMPARE(ftsMatches(db, u"daniela"_s), QStringList{u"v501-01"_s});
        QVERIFY(exec(q, u"UPDATE orders SET search_text = 'v500-01 carla nova' WHERE order_id = "
                        "'v500-01'"_s));
        QCOMPARE(ftsMatches(db, u"nova"_s), QStringList{u"v500-01"_s});
        QVERIFY(ftsMatches(db, u"98765432100"_s).isEmpty());
        QVERIFY(exec(q, u"DELETE FROM orders WHERE order_id = 'v501-01'"_s));
        QVERIFY(ftsMatches(db, u"daniela"_s).isEmpty());
    }

    // Migration 3: operators, the outbox and the audit log, next to version 2's data.
    void migration3FromVersion2()
    {
        const QString path = newPath();
        QList<QVariantList> before;
        {
            Database v2(path);
            QVERIFY(v2.openAtVersion(1).ok());
            fillVersion1(v2);
        }
        {
            Database v2(path);
            QVERIFY(v2.openAtVersion(2).ok());
            QSqlQuery q(v2.connection());
            QVERIFY(exec(q, u"UPDATE accounts SET refresh_minutes = 30 WHERE name = 'Sandbox'"_s));
            QVERIFY(
                exec(q,
                     u"INSERT INTO sync_state (account, last_sync_at, last_result, "
                     "orders_synced) VALUES (?,?,?,?)"_s,
                     {u"Loja Centro"_s, u"2024-01-06T12:00:00.000Z"_s, u"2 orders, 1 new"_s, 2}));
            before = rows(v2, u"SELECT * FROM orders ORDER BY account, order_id"_s) +
                     rows(v2, u"SELECT * FROM accounts ORDER BY name"_s) +
                     rows(v2, u"SELECT * FROM sync_state"_s);
        }
        const auto status = upgrade(path, 3);
        QVERIFY2(status.ok(), qPrintable(status.message));
        Database db(path);
        QVERIFY(db.openAtVersion(3).ok());
        QCOMPARE(db.schemaVersion(), 3);
        QCOMPARE(rows(db, u"SELECT * FROM orders ORDER BY account, order_id"_s) +
                     rows(db, u"SELECT * FROM accounts ORDER BY name"_s) +
                     rows(db, u"SELECT * FROM sync_state"_s),
                 before);
        QCOMPARE(ftsMatches(db, u"zoe li"_s), QStringList{u"1380412345678-01"_s});
        for (const QString &table : {u"operators"_s, u"commands"_s, u"audit_log"_s})
            QCOMPARE(value(db, u"SELECT count(*) FROM "_s + table).toInt(), 0);
        // The new tables keep their rules: roles, command states, an append-only audit log.
        QSqlQuery q(db.connection());
        QVERIFY(exec(q, u"INSERT INTO operators (name, role, pin_hash, pin_salt, pin_algorithm, "
                        "pin_iterations, created_at) VALUES ('chefe', 'supervisor', 'aGFzaA==', "
                        "'c2FsdA==', 'pbkdf2-sha256', 200000, '2024-02-01T00:00:00.000Z')"_s));
        QVERIFY(!q.exec(u"INSERT INTO operators (name, role, pin_hash, pin_salt, pin_algorithm, "
                        "pin_iterations, created_at) VALUES ('x', 'root', '', '', '', 1, '')"_s));
        QVERIFY(exec(q,
                     u"INSERT INTO commands (kind, account, order_id, payload, idempotency_key, "
                     "operator, created_at, updated_at) VALUES ('start-handling', 'Loja Centro', "
                     "'1380412345679-01', '{}', 'k1', 'chefe', '2024-02-01', '2024-02-01')"_s));
        QCOMPARE(value(db, u"SELECT state || '/' || attempts FROM commands"_s),
                 QVariant(u"pending/0"_s));
        QVERIFY(!q.exec(u"UPDATE commands SET state = 'lost'"_s));
        QVERIFY(!q.exec(u"INSERT INTO commands (kind, account, order_id, payload, "
                        "idempotency_key, operator, created_at, updated_at) VALUES ('invoice', "
                        "'a', 'o', '{}', 'k1', 'chefe', '', '')"_s)); // the same key
        QVERIFY(exec(q, u"INSERT INTO audit_log (at, operator, action, outcome) VALUES "
                        "('2024-02-01', 'chefe', 'login', 'ok')"_s));
        QVERIFY(!q.exec(u"UPDATE audit_log SET outcome = 'refused'"_s));
        QVERIFY(q.lastError().text().contains(u"the audit log cannot be changed"_s));
        QVERIFY(!q.exec(u"DELETE FROM audit_log"_s));
        QCOMPARE(value(db, u"SELECT outcome FROM audit_log"_s), QVariant(u"ok"_s));
    }

    // Migration 4 (with its C++ back-fill): the packing station's columns and one index per
    // sortable column, over version 3's orders, with its outbox, audit log and operators kept.
    void migration4FromVersion3()
    {
        const QString path = newPath();
        const FixtureOrder detailed = detailedOrder();
        QList<QVariantList> keptBefore;
        {
            Database v3(path);
            QVERIFY(v3.openAtVersion(3).ok());
            QSqlQuery q(v3.connection());
            // As version 3's OrderCache wrote them: index columns, raw JSON, folded search text.
            const QString order =
                u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
                "client_name, client_document, client_email, total_cents, item_count, courier, "
                "tracking_number, last_change, list_digest, detail_json, detail_fetched_at, "
                "search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s;
            QVERIFY(exec(q, order,
                         {u"Loja Centro"_s, detailed.orderId, u"502311"_s, u"handling"_s,
                          u"2026-11-18T10:00:00.000Z"_s, detailed.client, u"12345678909"_s,
                          u"alvaro@example.com"_s, 15990, 2, u"Correios"_s, u"QB123456785BR"_s,
                          u"2026-11-18T10:30:00.000Z"_s, u"d1"_s,
                          QString::fromUtf8(vtexJson(detailed)), u"2026-11-18T11:00:00.000Z"_s,
                          u"1380412345678-01 502311 alvaro conceicao 12345678909"_s}));
            QVERIFY(
                exec(q, order,
                     {u"Loja Centro"_s, u"1380412345679-01"_s, u"502312"_s, u"ready-for-handling"_s,
                      u"2026-11-17T10:00:00.000Z"_s, u"Bruno Souza"_s, QVariant(), QVariant(), 4200,
                      1, QVariant(), QVariant(), QVariant(), u"d2"_s, QVariant(), QVariant(),
                      u"1380412345679-01 502312 bruno souza"_s}));
            // JSON that does not parse as an order (a version that stored something odd): the
            // back-fill keeps what the columns say.
            QVERIFY(exec(q, order,
                         {u"Sandbox"_s, u"v500-01"_s, u"500"_s, u"invoiced"_s,
                          u"2026-11-16T08:00:00.000Z"_s, u"Carla Dias"_s, QVariant(), QVariant(),
                          9999, 3, u"LOGGI"_s, u"LG123"_s, QVariant(), u"d3"_s, u"{\"x\":1}"_s,
                          u"2026-11-16T09:00:00.000Z"_s, u"v500-01 500 carla dias"_s}));
            QVERIFY(exec(q, u"INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')"_s));
            QVERIFY(
                exec(q, u"INSERT INTO operators (name, role, pin_hash, pin_salt, pin_algorithm, "
                        "pin_iterations, failed_attempts, lock_count, locked_until, created_at) "
                        "VALUES ('ana', 'operator', 'aGFzaA==', 'c2FsdA==', 'pbkdf2-sha256', "
                        "210000, 2, 1, '2026-11-18T12:00:00.000Z', '2026-11-01T00:00:00.000Z')"_s));
            const QString command =
                u"INSERT INTO commands (kind, account, order_id, payload, idempotency_key, "
                "operator, supervisor, created_at, state, attempts, next_attempt_at, last_error, "
                "receipt, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s;
            QVERIFY(exec(q, command,
                         {u"invoice"_s, u"Loja Centro"_s, detailed.orderId,
                          u"{\"type\":\"Output\",\"invoiceNumber\":\"NF-123\",\"invoiceValue\":"
                          "15990,\"items\":[{\"id\":\"88123\",\"quantity\":1,\"price\":15990}]}"_s,
                          u"k-invoice"_s, u"ana"_s, QVariant(), u"2026-11-18T10:40:00.000Z"_s,
                          u"sent"_s, 1, QVariant(), QVariant(), u"receipt-1"_s,
                          u"2026-11-18T10:41:00.000Z"_s}));
            QVERIFY(exec(q, command,
                         {u"tracking"_s, u"Loja Centro"_s, detailed.orderId,
                          u"{\"invoiceNumber\":\"NF-123\",\"body\":{\"trackingNumber\":"
                          "\"QB123456785BR\"}}"_s,
                          u"k-tracking"_s, u"ana"_s, QVariant(), u"2026-11-18T10:42:00.000Z"_s,
                          u"retrying"_s, 2, u"2026-11-18T10:50:00.000Z"_s, u"503"_s, QVariant(),
                          u"2026-11-18T10:45:00.000Z"_s}));
            QVERIFY(exec(q, command,
                         {u"cancel"_s, u"Sandbox"_s, u"v500-01"_s, u"{\"reason\":\"duplicado\"}"_s,
                          u"k-cancel"_s, u"ana"_s, u"chefe"_s, u"2026-11-18T10:43:00.000Z"_s,
                          u"failed"_s, 1, QVariant(), u"order is now invoiced"_s, QVariant(),
                          u"2026-11-18T10:44:00.000Z"_s}));
            QVERIFY(exec(q, u"INSERT INTO audit_log (at, operator, supervisor, action, account, "
                            "order_id, command_id, outcome, detail) VALUES ('2026-11-18T10:43:00"
                            ".000Z', 'ana', 'chefe', 'cancel', 'Sandbox', 'v500-01', 3, 'queued', "
                            "'duplicado')"_s));
            keptBefore = rows(v3, u"SELECT * FROM commands ORDER BY id"_s) +
                         rows(v3, u"SELECT * FROM audit_log ORDER BY id"_s) +
                         rows(v3, u"SELECT * FROM operators"_s);
        }
        const auto status = upgrade(path, 4);
        QVERIFY2(status.ok(), qPrintable(status.message));
        Database db(path);
        QVERIFY(db.openAtVersion(4).ok());
        QCOMPARE(db.schemaVersion(), 4);
        QCOMPARE(rows(db, u"SELECT * FROM commands ORDER BY id"_s) +
                     rows(db, u"SELECT * FROM audit_log ORDER BY id"_s) +
                     rows(db, u"SELECT * FROM operators"_s),
                 keptBefore);
        // The back-fill, from the raw JSON where it parses and from the columns otherwise.
        const auto migrated =
            rows(db, u"SELECT order_id, ship_by, pickup, sales_channel, status_rank, client_key, "
                     "courier_key, total_cents, client_name FROM orders ORDER BY order_id"_s);
        QCOMPARE(migrated.size(), 3);
        QCOMPARE(migrated[0],
                 (QVariantList{detailed.orderId, u"2026-11-19T21:28:00.000Z"_s, 1, u"3/MLB"_s,
                               orderStatusRank(u"handling"_s), u"alvaro conceicao"_s, u"correios"_s,
                               15990, detailed.client}));
        QCOMPARE(migrated[1], (QVariantList{u"1380412345679-01"_s, QVariant(), 0, u""_s,
                                            orderStatusRank(u"ready-for-handling"_s),
                                            u"bruno souza"_s, u""_s, 4200, u"Bruno Souza"_s}));
        QCOMPARE(migrated[2],
                 (QVariantList{u"v500-01"_s, QVariant(), 0, u""_s, orderStatusRank(u"invoiced"_s),
                               u"carla dias"_s, u"loggi"_s, 9999, u"Carla Dias"_s}));
        // The wider search text: SKU, EAN and tracking number from the JSON, document digits.
        for (const QString &text :
             {u"88123"_s, u"7891234567895"_s, u"qb123456785br"_s, u"conceicao"_s})
            QCOMPARE(ftsMatches(db, text), QStringList{detailed.orderId});
        QCOMPARE(ftsMatches(db, u"lg123"_s), QStringList{u"v500-01"_s});
        QCOMPARE(ftsMatches(db, u"bruno"_s), QStringList{u"1380412345679-01"_s});
        // One index per sortable column; version 1's two are gone.
        const QStringList indexes = schemaObjects(db, u"index"_s);
        for (const QString &name :
             {u"orders_by_id"_s, u"orders_by_sequence"_s, u"orders_by_created"_s,
              u"orders_by_ship_by"_s, u"orders_by_client"_s, u"orders_by_total"_s,
              u"orders_by_status"_s, u"orders_by_items"_s, u"orders_by_courier"_s,
              u"orders_by_tracking"_s, u"orders_by_channel"_s, u"orders_status_created"_s,
              u"orders_status_ship_by"_s})
            QVERIFY2(indexes.contains(name), qPrintable(name));
        QVERIFY(!indexes.contains(u"orders_date"_s));
        QVERIFY(!indexes.contains(u"orders_status_date"_s));
        // The update trigger the migration dropped for the back-fill is back.
        QVERIFY(schemaObjects(db, u"trigger"_s).contains(u"orders_fts_au"_s));
        QSqlQuery q(db.connection());
        QVERIFY(exec(q, u"UPDATE orders SET search_text = 'v500-01 carla nova' WHERE order_id = "
                        "'v500-01'"_s));
        QCOMPARE(ftsMatches(db, u"nova"_s), QStringList{u"v500-01"_s});
        QVERIFY(ftsMatches(db, u"lg123"_s).isEmpty());
    }

    // Migration 5: the raw JSON leaves the orders table for order_json, compressed; the table is
    // rebuilt with an explicit INTEGER PRIMARY KEY holding the same rowids (orders_fts and
    // order_json refer to them); the freed pages go back to the disk.
    void migration5FromVersion4()
    {
        const QString path = newPath();
        QHash<QString, QByteArray> jsonOf;
        QList<QVariantList> ordersBefore, keptBefore;
        const QString orderColumns =
            u"account, order_id, sequence, status, creation_date, client_name, client_document, "
            "client_email, total_cents, item_count, courier, tracking_number, last_change, "
            "list_digest, detail_fetched_at, search_text, ship_by, pickup, sales_channel, "
            "status_rank, client_key, courier_key"_s;
        qint64 sizeBefore = 0;
        {
            Database v4(path);
            QVERIFY(v4.openAtVersion(4).ok());
            QSqlQuery q(v4.connection());
            // As version 4's OrderCache wrote them: 300 detailed orders (a few KB of JSON each),
            // one from the list only, one whose JSON is not an order.
            const QString order =
                u"INSERT INTO orders (%1, detail_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                "?,?,?,?,?)"_s.arg(orderColumns);
            QVERIFY(q.exec(u"BEGIN"_s));
            for (int i = 0; i < 300; ++i) {
                FixtureOrder f = detailedOrder();
                f.orderId = u"13804%1-01"_s.arg(10000000 + i);
                f.client = i % 2 ? u"Álvaro Conceição"_s : u"Zoë Müller"_s;
                f.tracking = i == 7 ? u"QB999999995BR"_s : u"QB123456785BR"_s;
                const QByteArray json = vtexJson(f);
                jsonOf.insert(f.orderId, json);
                QVERIFY(exec(q, order,
                             {u"Loja Centro"_s,
                              f.orderId,
                              QString::number(500000 + i),
                              u"handling"_s,
                              u"2026-11-18T10:00:00.000Z"_s,
                              f.client,
                              u"12345678909"_s,
                              u"alvaro@example.com"_s,
                              15990 + i,
                              2,
                              u"Correios"_s,
                              f.tracking,
                              u"2026-11-18T10:30:00.000Z"_s,
                              u"d1"_s,
                              u"2026-11-18T11:00:00.000Z"_s,
                              foldForSearch(f.orderId + u' ' + f.client + u' ' + f.tracking),
                              u"2026-11-19T21:28:00.000Z"_s,
                              1,
                              u"3/MLB"_s,
                              orderStatusRank(u"handling"_s),
                              foldForSearch(f.client),
                              u"correios"_s,
                              QString::fromUtf8(json)}));
            }
            QVERIFY(exec(q, order,
                         {u"Sandbox"_s,
                          u"v500-01"_s,
                          u"500"_s,
                          u"ready-for-handling"_s,
                          u"2026-11-16T08:00:00.000Z"_s,
                          u"Carla Dias"_s,
                          QVariant(),
                          QVariant(),
                          9999,
                          3,
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          u"d3"_s,
                          QVariant(),
                          u"v500-01 500 carla dias"_s,
                          QVariant(),
                          0,
                          u""_s,
                          orderStatusRank(u"ready-for-handling"_s),
                          u"carla dias"_s,
                          u""_s,
                          QVariant()}));
            QVERIFY(exec(q, order,
                         {u"Sandbox"_s,
                          u"v501-01"_s,
                          u"501"_s,
                          u"invoiced"_s,
                          u"2026-11-16T09:00:00.000Z"_s,
                          u"Davi Reis"_s,
                          QVariant(),
                          QVariant(),
                          100,
                          1,
                          u"Loggi"_s,
                          u"LG123"_s,
                          QVariant(),
                          u"d4"_s,
                          u"2026-11-16T09:10:00.000Z"_s,
                          u"v501-01 501 davi reis lg123"_s,
                          QVariant(),
                          0,
                          u""_s,
                          orderStatusRank(u"invoiced"_s),
                          u"davi reis"_s,
                          u"loggi"_s,
                          u"{\"x\":1}"_s}));
            jsonOf.insert(u"v501-01"_s, "{\"x\":1}");
            // A gap in the rowids, as deletions leave: the rebuilt table must keep them as they
            // are, not renumber them.
            QVERIFY(q.exec(u"DELETE FROM orders WHERE order_id = '1380410000003-01'"_s));
            jsonOf.remove(u"1380410000003-01"_s);
            QVERIFY(q.exec(u"COMMIT"_s));
            QVERIFY(exec(q, u"INSERT INTO operators (name, role, pin_hash, pin_salt, "
                            "pin_algorithm, pin_iterations, created_at) VALUES ('ana', 'operator', "
                            "'aGFzaA==', 'c2FsdA==', 'pbkdf2-sha256', 210000, "
                            "'2026-11-01T00:00:00.000Z')"_s));
            QVERIFY(exec(q,
                         u"INSERT INTO commands (kind, account, order_id, payload, "
                         "idempotency_key, operator, created_at, updated_at) VALUES ('tracking', "
                         "'Sandbox', 'v501-01', '{}', 'k1', 'ana', '2026-11-18T10:42:00.000Z', "
                         "'2026-11-18T10:42:00.000Z')"_s));
            QVERIFY(exec(q, u"INSERT INTO audit_log (at, operator, action, account, order_id, "
                            "command_id, outcome) VALUES ('2026-11-18T10:42:00.000Z', 'ana', "
                            "'tracking', 'Sandbox', 'v501-01', 1, 'queued')"_s));
            ordersBefore =
                rows(v4, u"SELECT rowid, %1 FROM orders ORDER BY rowid"_s.arg(orderColumns));
            keptBefore = rows(v4, u"SELECT * FROM commands ORDER BY id"_s) +
                         rows(v4, u"SELECT * FROM audit_log ORDER BY id"_s) +
                         rows(v4, u"SELECT * FROM operators"_s);
            QVERIFY(exec(q, u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        sizeBefore = QFileInfo(path).size();
        const auto status = upgrade(path, 5);
        QVERIFY2(status.ok(), qPrintable(status.message));
        Database db(path);
        QVERIFY(db.openAtVersion(5).ok());
        QCOMPARE(db.schemaVersion(), 5);
        QCOMPARE(rows(db, u"SELECT * FROM commands ORDER BY id"_s) +
                     rows(db, u"SELECT * FROM audit_log ORDER BY id"_s) +
                     rows(db, u"SELECT * FROM operators"_s),
                 keptBefore);
        // Every order with its rowid, now the declared primary key; the JSON column is gone.
        QCOMPARE(rows(db, u"SELECT id, %1 FROM orders ORDER BY id"_s.arg(orderColumns)),
                 ordersBefore);
        QCOMPARE(value(db, u"SELECT count(*) FROM orders WHERE id <> rowid"_s).toInt(), 0);
        QCOMPARE(
            value(db, u"SELECT pk FROM pragma_table_info('orders') WHERE name = 'id'"_s).toInt(),
            1);
        QVERIFY(!columns(db, u"orders"_s).contains(u"detail_json"_s));
        // The JSON, compressed, gives back the very bytes stored; the list-only order has none.
        QCOMPARE(value(db, u"SELECT count(*) FROM order_json"_s).toInt(), jsonOf.size());
        QCOMPARE(value(db, u"SELECT count(*) FROM order_json WHERE encoding <> 1"_s).toInt(), 0);
        const qint64 rawBytes = [&] {
            qint64 n = 0;
            for (const QByteArray &j : std::as_const(jsonOf))
                n += j.size();
            return n;
        }();
        QVERIFY2(value(db, u"SELECT sum(length(data)) FROM order_json"_s).toLongLong() * 2 <
                     rawBytes,
                 "the stored JSON is not compressed");
        OrderCache cache(&db);
        for (auto it = jsonOf.cbegin(); it != jsonOf.cend(); ++it) {
            const QString account = it.key().startsWith(u'v') ? u"Sandbox"_s : u"Loja Centro"_s;
            QString error = u"stale"_s;
            QCOMPARE(cache.rawJson(account, it.key(), &error), it.value());
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QString error = u"stale"_s;
        QVERIFY(cache.rawJson(u"Sandbox"_s, u"v500-01"_s, &error).isEmpty());
        QVERIFY(error.isEmpty());
        // The trigram index, rebuilt without positions, points at the right rows; its triggers
        // are back; a phrase query is no longer what it answers.
        QVERIFY(
            !QSqlQuery(db.connection())
                 .exec(u"SELECT rowid FROM orders_fts WHERE orders_fts MATCH '\"carla dias\"'"_s));
        QVERIFY(value(db, u"SELECT sql FROM sqlite_master WHERE name = 'orders_fts'"_s)
                    .toString()
                    .contains(u"detail='none'"_s));
        QCOMPARE(ftsLike(db, u"qb999999995br"_s), QStringList{u"1380410000007-01"_s});
        QCOMPARE(ftsLike(db, u"lg123"_s), QStringList{u"v501-01"_s});
        QCOMPARE(ftsLike(db, u"zoe muller"_s).size(), 150);
        for (const QString &name : {u"orders_fts_ai"_s, u"orders_fts_ad"_s, u"orders_fts_au"_s})
            QVERIFY2(schemaObjects(db, u"trigger"_s).contains(name), qPrintable(name));
        QSqlQuery q(db.connection());
        QVERIFY(exec(q, u"UPDATE orders SET search_text = 'v500-01 carla nova' WHERE order_id = "
                        "'v500-01'"_s));
        QCOMPARE(ftsLike(db, u"nova"_s), QStringList{u"v500-01"_s});
        // Removing an order removes its JSON and its index entry.
        QVERIFY(exec(q, u"DELETE FROM orders WHERE order_id = 'v501-01'"_s));
        QVERIFY(ftsLike(db, u"lg123"_s).isEmpty());
        QCOMPARE(value(db, u"SELECT count(*) FROM order_json"_s).toInt(), jsonOf.size() - 1);
        // Migration 4's indexes, rebuilt on the new table.
        const QStringList indexes = schemaObjects(db, u"index"_s);
        for (const QString &name :
             {u"orders_by_id"_s, u"orders_by_sequence"_s, u"orders_by_created"_s,
              u"orders_by_ship_by"_s, u"orders_by_client"_s, u"orders_by_total"_s,
              u"orders_by_status"_s, u"orders_by_items"_s, u"orders_by_courier"_s,
              u"orders_by_tracking"_s, u"orders_by_channel"_s, u"orders_status_created"_s,
              u"orders_status_ship_by"_s})
            QVERIFY2(indexes.contains(name), qPrintable(name));
        QVERIFY(!schemaObjects(db, u"table"_s).contains(u"orders_v5"_s));
        // The old table's pages went back to the disk (VACUUM after the migration).
        QCOMPARE(value(db, u"PRAGMA freelist_count"_s).toInt(), 0);
        QVERIFY(exec(q, u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY2(
            QFileInfo(path).size() < sizeBefore,
            qPrintable(u"%1 bytes before, %2 after"_s.arg(sizeBefore).arg(QFileInfo(path).size())));
    }

    // Migration 6, the channel seam: orders and accounts carry their channel; accounts of any
    // kind fit one table. The data is version 4's, brought to version 5 first.
    void migration6FromVersion5()
    {
        const QString path = newPath();
        const FixtureOrder detailed = detailedOrder();
        QList<QVariantList> ordersBefore, keptBefore;
        {
            Database v4(path);
            QVERIFY(v4.openAtVersion(4).ok());
            QSqlQuery q(v4.connection());
            QVERIFY(exec(q,
                         u"INSERT INTO accounts (name, kind, account, environment, app_key, "
                         "base_url, payments_url, created_at, refresh_minutes) "
                         "VALUES (?,?,?,?,?,?,?,?,?)"_s,
                         {u"Loja Centro"_s, u"vtex"_s, u"lojacentro"_s, u"vtexcommercestable"_s,
                          u"vtexappkey-lojacentro-ABCDEF"_s, QVariant(),
                          u"https://lojacentro.vtexpayments.com.br"_s,
                          u"2026-01-02T03:04:05.000Z"_s, 30}));
            QVERIFY(exec(q,
                         u"INSERT INTO accounts (name, account, app_key, base_url, created_at) "
                         "VALUES (?,?,?,?,?)"_s,
                         {u"Sandbox"_s, u"demo"_s, u"demo-key"_s, u"http://127.0.0.1:8080"_s,
                          u"2026-01-03T00:00:00.000Z"_s}));
            // As version 4's OrderCache wrote them: a detailed order and a list row.
            const QString order =
                u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
                "client_name, client_document, client_email, total_cents, item_count, courier, "
                "tracking_number, last_change, list_digest, detail_json, detail_fetched_at, "
                "search_text, ship_by, pickup, sales_channel, status_rank, client_key, "
                "courier_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s;
            QVERIFY(exec(q, order,
                         {u"Loja Centro"_s,
                          detailed.orderId,
                          u"502311"_s,
                          u"handling"_s,
                          u"2026-11-18T10:00:00.000Z"_s,
                          detailed.client,
                          u"12345678909"_s,
                          u"alvaro@example.com"_s,
                          15990,
                          2,
                          u"Correios"_s,
                          u"QB123456785BR"_s,
                          u"2026-11-18T10:30:00.000Z"_s,
                          u"d1"_s,
                          QString::fromUtf8(vtexJson(detailed)),
                          u"2026-11-18T11:00:00.000Z"_s,
                          u"1380412345678-01 502311 alvaro conceicao 88123"_s,
                          u"2026-11-19T21:28:00.000Z"_s,
                          1,
                          u"3/MLB"_s,
                          orderStatusRank(u"handling"_s),
                          u"alvaro conceicao"_s,
                          u"correios"_s}));
            QVERIFY(exec(q, order,
                         {u"Sandbox"_s,
                          u"v500-01"_s,
                          u"500"_s,
                          u"ready-for-handling"_s,
                          u"2026-11-16T08:00:00.000Z"_s,
                          u"Carla Dias"_s,
                          QVariant(),
                          QVariant(),
                          9999,
                          3,
                          QVariant(),
                          QVariant(),
                          QVariant(),
                          u"d3"_s,
                          QVariant(),
                          QVariant(),
                          u"v500-01 500 carla dias"_s,
                          QVariant(),
                          0,
                          u"1"_s,
                          orderStatusRank(u"ready-for-handling"_s),
                          u"carla dias"_s,
                          u""_s}));
            QVERIFY(exec(q,
                         u"INSERT INTO commands (kind, account, order_id, payload, "
                         "idempotency_key, operator, created_at, state, updated_at) VALUES "
                         "('start-handling', 'Sandbox', 'v500-01', '{}', 'k-1', 'ana', "
                         "'2026-11-18T10:40:00.000Z', 'pending', '2026-11-18T10:40:00.000Z')"_s));
            QVERIFY(exec(q, u"INSERT INTO sync_state (account, last_sync_at, last_result, "
                            "orders_synced) VALUES ('Sandbox', '2026-11-18T10:00:00.000Z', "
                            "'ok', 2)"_s));
        }
        {
            const auto to5 = upgrade(path, 5);
            QVERIFY2(to5.ok(), qPrintable(to5.message));
            Database v5(path);
            QVERIFY(v5.openAtVersion(5).ok());
            ordersBefore = rows(v5, u"SELECT * FROM orders ORDER BY order_id"_s);
            keptBefore = rows(v5, u"SELECT * FROM commands ORDER BY id"_s) +
                         rows(v5, u"SELECT * FROM sync_state"_s);
        }
        const auto status = upgrade(path, 6);
        QVERIFY2(status.ok(), qPrintable(status.message));
        Database db(path);
        QVERIFY(db.openAtVersion(6).ok());
        QCOMPARE(db.schemaVersion(), 6);
        QCOMPARE(rows(db, u"SELECT * FROM commands ORDER BY id"_s) +
                     rows(db, u"SELECT * FROM sync_state"_s),
                 keptBefore);
        // Every order so far is VTEX's; nothing else about it changed.
        QCOMPARE(rows(db, u"SELECT channel FROM orders ORDER BY order_id"_s),
                 (QList<QVariantList>{{u"vtex"_s}, {u"vtex"_s}}));
        QList<QVariantList> ordersAfter = rows(db, u"SELECT * FROM orders ORDER BY order_id"_s);
        const int channelColumn = int(columns(db, u"orders"_s).indexOf(u"channel"_s));
        QVERIFY(channelColumn >= 0);
        for (QVariantList &r : ordersAfter)
            r.removeAt(channelColumn);
        QCOMPARE(ordersAfter, ordersBefore);
        QCOMPARE(ftsLike(db, u"carla"_s), QStringList{u"v500-01"_s});
        QCOMPARE(ftsLike(db, u"88123"_s), QStringList{detailed.orderId});
        // The accounts, every value kept, with empty settings of their own.
        QCOMPARE(rows(db, u"SELECT name, kind, account, environment, app_key, base_url, "
                          "payments_url, created_at, refresh_minutes, settings FROM accounts "
                          "ORDER BY name"_s),
                 (QList<QVariantList>{{u"Loja Centro"_s, u"vtex"_s, u"lojacentro"_s,
                                       u"vtexcommercestable"_s, u"vtexappkey-lojacentro-ABCDEF"_s,
                                       QVariant(), u"https://lojacentro.vtexpayments.com.br"_s,
                                       u"2026-01-02T03:04:05.000Z"_s, 30, u"{}"_s},
                                      {u"Sandbox"_s, u"vtex"_s, u"demo"_s, u"vtexcommercestable"_s,
                                       u"demo-key"_s, u"http://127.0.0.1:8080"_s, QVariant(),
                                       u"2026-01-03T00:00:00.000Z"_s, 15, u"{}"_s}}));
        // An account of another kind fits now: no app key, its own settings.
        AccountStore store(&db);
        QCOMPARE(store.find(u"Loja Centro"_s)->appKey, u"vtexappkey-lojacentro-ABCDEF"_s);
        QCOMPARE(store.find(u"Loja Centro"_s)->channel(), Channel::Vtex);
        AccountRecord other;
        other.name = u"Marketplace"_s;
        other.kind = u"evendi"_s;
        other.environment.clear();
        other.settings =
            QJsonObject{{u"organizationExternalId"_s, u"org-1"_s}, {u"env"_s, u"dev"_s}};
        QString error;
        QVERIFY2(store.save(other, &error), qPrintable(error));
        const auto back = store.find(u"Marketplace"_s, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->channel(), Channel::Evendi);
        QVERIFY(back->appKey.isEmpty());
        QCOMPARE(back->settings, other.settings);
        QCOMPARE(value(db, u"SELECT app_key IS NULL FROM accounts WHERE name = 'Marketplace'"_s),
                 QVariant(1));
    }

    // Migration 7: order_facets, filled from the orders there are and kept by triggers through
    // every later insert, update and delete, equal at each step to counting the orders.
    void migration7FromVersion6()
    {
        const QString path = newPath();
        const QString grouped =
            u"SELECT account, status, courier_key, sales_channel, channel, count(*) FROM orders "
            "GROUP BY account, status, courier_key, sales_channel, channel ORDER BY 1, 2, 3, 4, 5"_s;
        const QString facets = u"SELECT account, status, courier_key, sales_channel, channel, n "
                               "FROM order_facets ORDER BY 1, 2, 3, 4, 5"_s;
        {
            Database v6(path);
            QVERIFY(v6.openAtVersion(6).ok());
            QSqlQuery q(v6.connection());
            const QString order =
                u"INSERT INTO orders (account, order_id, status, creation_date, courier, "
                "courier_key, sales_channel, search_text) VALUES (?,?,?,?,?,?,?,?)"_s;
            for (int i = 0; i < 12; ++i) {
                QVERIFY(exec(q, order,
                             {i % 3 ? u"Loja"_s : u"Outra"_s, u"v%1-01"_s.arg(i),
                              i % 2 ? u"handling"_s : u"invoiced"_s, u"2026-11-18T10:00:00.000Z"_s,
                              i % 4 ? u"Correios"_s : u"CORREIOS"_s, u"correios"_s,
                              i % 5 ? u"1"_s : u"2/MLB"_s, u"v%1-01"_s.arg(i)}));
            }
        }
        const auto status = upgrade(path, 7);
        QVERIFY2(status.ok(), qPrintable(status.message));
        Database db(path);
        QVERIFY(db.openAtVersion(7).ok());
        QCOMPARE(rows(db, facets), rows(db, grouped));
        QCOMPARE(value(db, u"SELECT sum(n) FROM order_facets"_s).toInt(), 12);
        // Later writes, through the cache as a sync makes them (on the schema the cache writes)
        // and by hand.
        QVERIFY(upgrade(path, Database::latestVersion()).ok());
        Database latest(path);
        QVERIFY(latest.open().ok());
        OrderCache cache(&latest);
        FixtureOrder f = detailedOrder(); // handling, Correios, sales channel 3/MLB
        f.orderId = u"v100-01"_s;
        QString error;
        auto [summary, json] = fixtureDetail(f, u"Loja"_s);
        QVERIFY2(cache.storeDetail(summary, json, u"d"_s, &error), qPrintable(error));
        QCOMPARE(rows(latest, facets), rows(latest, grouped));
        f.status = u"invoiced"_s;
        f.courier = u"Loggi"_s;
        std::tie(summary, json) = fixtureDetail(f, u"Loja"_s);
        QVERIFY2(cache.storeDetail(summary, json, u"d2"_s, &error), qPrintable(error));
        QCOMPARE(rows(latest, facets), rows(latest, grouped));
        QSqlQuery q(latest.connection());
        QVERIFY(exec(q, u"UPDATE orders SET status = 'canceled' WHERE order_id IN ('v1-01', "
                        "'v2-01')"_s));
        QVERIFY(exec(q, u"DELETE FROM orders WHERE account = 'Outra'"_s));
        QCOMPARE(rows(latest, facets), rows(latest, grouped));
        // No group left at zero; the counts the list and the queues ask for agree with SQL.
        QCOMPARE(value(latest, u"SELECT count(*) FROM order_facets WHERE n <= 0"_s).toInt(), 0);
        QCOMPARE(cache.count(OrderQuery{.account = u"Loja"_s}),
                 value(latest, u"SELECT count(*) FROM orders WHERE account = 'Loja'"_s).toInt());
        QCOMPARE(cache.count(OrderQuery{.account = u"Loja"_s, .status = u"canceled"_s}), 2);
        QCOMPARE(cache.countsByStatus(u"Loja"_s).value(u"invoiced"_s),
                 value(latest, u"SELECT count(*) FROM orders WHERE account = 'Loja' AND status = "
                               "'invoiced'"_s)
                     .toInt());
        const QList<FilterValue> carriers = cache.carriers(QString());
        QCOMPARE(carriers.size(), 2);
        QCOMPARE(carriers.at(0).value, u"CORREIOS"_s); // one spelling of several
        QCOMPARE(
            carriers.at(0).count,
            value(latest, u"SELECT count(*) FROM orders WHERE courier_key = 'correios'"_s).toInt());
        QCOMPARE(carriers.at(1).value, u"Loggi"_s);
        QCOMPARE(carriers.at(1).count, 1);
    }

    void migration8FromVersion7()
    {
        const QString path = newPath();
        {
            Database v7(path);
            QVERIFY(v7.openAtVersion(7).ok());
            QSqlQuery q(v7.connection());
            const QString order = u"INSERT INTO orders (account, order_id, status, creation_date, "
                                  "channel, search_text) VALUES (?,?,?,?,?,'')"_s;
            const QList<QStringList> orders{
                {u"Loja"_s, u"v1-01"_s, u"ready-for-handling"_s, u"vtex"_s},
                {u"Loja"_s, u"v2-01"_s, u"invoiced"_s, u"vtex"_s},
                {u"Loja"_s, u"v3-01"_s, u"window-to-cancel"_s, u"vtex"_s},
                {u"Loja"_s, u"v4-01"_s, u"something-new"_s, u"vtex"_s},
                {u"Marca"_s, u"ev-1"_s, u"OPEN"_s, u"evendi"_s},
                {u"Marca"_s, u"ev-2"_s, u"CLOSED"_s, u"evendi"_s},
                {u"Marca"_s, u"ev-3"_s, u"REFUSED"_s, u"evendi"_s},
                {u"Marca"_s, u"ev-4"_s, u"REVERSED"_s, u"evendi"_s},
                // A status string means nothing outside its own channel.
                {u"Marca"_s, u"ev-5"_s, u"ready-for-handling"_s, u"evendi"_s},
            };
            for (int i = 0; i < orders.size(); ++i) {
                const QStringList &o = orders.at(i);
                QVERIFY(exec(q, order,
                             {o[0], o[1], o[2], u"2026-11-%1T10:00:00.000Z"_s.arg(10 + i), o[3]}));
            }
        }
        const auto status = upgrade(path, 8);
        QVERIFY2(status.ok(), qPrintable(status.message));
        Database db(path);
        QVERIFY(db.open().ok()); // and on to the latest version, which the cache writes
        const QList<QVariantList> states =
            rows(db, u"SELECT order_id, work_state FROM orders ORDER BY order_id"_s);
        const QList<QVariantList> expected{
            {u"ev-1"_s, int(WorkState::ReadyForHandling)},
            {u"ev-2"_s, int(WorkState::Shipped)},
            {u"ev-3"_s, int(WorkState::BeforeHandling)},
            {u"ev-4"_s, int(WorkState::Canceled)},
            {u"ev-5"_s, int(WorkState::Other)},
            {u"v1-01"_s, int(WorkState::ReadyForHandling)},
            {u"v2-01"_s, int(WorkState::Shipped)},
            {u"v3-01"_s, int(WorkState::BeforeHandling)},
            {u"v4-01"_s, int(WorkState::Other)},
        };
        QCOMPARE(states.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(states.at(i).at(0).toString(), expected.at(i).at(0).toString());
            QCOMPARE(states.at(i).at(1).toInt(), expected.at(i).at(1).toInt());
        }
        // A queue is one work state over both channels, newest first, from its own index: no
        // sort of the whole queue.
        OrderCache cache(&db);
        OrderQuery ready{.workState = WorkState::ReadyForHandling};
        QStringList ids;
        for (const OrderSummary &s : cache.query(ready))
            ids << s.orderId;
        QCOMPARE(ids, (QStringList{u"ev-1"_s, u"v1-01"_s}));
        QCOMPARE(cache.count(ready), 2); // from order_facets
        QCOMPARE(cache.countUpTo(ready, 10).count, 2);
        QCOMPARE(cache.position(ready, u"Loja"_s, u"v1-01"_s), 1);
        QSqlQuery plan(db.connection());
        QVERIFY(exec(plan, u"EXPLAIN QUERY PLAN SELECT order_id FROM orders WHERE work_state = 1 "
                           "ORDER BY creation_date DESC, order_id DESC, account DESC LIMIT 50"_s));
        QString details;
        while (plan.next())
            details += plan.value(3).toString() + u'\n';
        QVERIFY2(details.contains(u"orders_work_created"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"TEMP B-TREE"_s), qPrintable(details));
        // Writes through the cache keep it: an order that moves on changes queue.
        FixtureOrder f = detailedOrder();
        f.orderId = u"v1-01"_s;
        f.status = u"invoiced"_s;
        f.tracking = u"QB000000019BR"_s;
        QString error;
        auto [summary, json] = fixtureDetail(f, u"Loja"_s);
        QCOMPARE(summary.packages.size(), 1);
        QVERIFY2(cache.storeDetail(summary, json, u"d"_s, &error), qPrintable(error));
        QCOMPARE(value(db, u"SELECT work_state FROM orders WHERE order_id = 'v1-01'"_s).toInt(),
                 int(WorkState::Shipped));
        QCOMPARE(cache.count(ready), 1);
        QCOMPARE(cache.count(OrderQuery{.workState = WorkState::Shipped}), 3);
        // Migration 9: orders stored before it have no indexed packages (readers decode their
        // JSON); a detail stored after it has them.
        QVERIFY(value(db, u"SELECT packages FROM orders WHERE order_id = 'v2-01'"_s).isNull());
        QVERIFY(!value(db, u"SELECT packages FROM orders WHERE order_id = 'v1-01'"_s).isNull());
        const auto documents = cache.findDocuments({u"v1-01"_s, u"v2-01"_s}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(documents.value(u"v1-01"_s).value(0).packages, std::optional(summary.packages));
        QVERIFY(!documents.value(u"v2-01"_s).value(0).packages);
        QCOMPARE(value(db, u"SELECT count(*) FROM sqlite_master WHERE name LIKE "
                           "'orders_status_%'"_s)
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
