// Statements that fail for real (a dropped table, a database made read-only, the write lock held
// by another connection, a trigger that aborts, a file that is not a database, a migration that
// cannot apply): each store returns the failure as an error, never as "nothing there", and logs
// one warning under its despacho.storage.* category saying what it was doing, with no secrets,
// PIN hashes or order JSON in it. (The outbox's own failures are in tst_outbox.)
#include "logcapture.h"
#include "orderfixtures.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/operatorstore.h"
#include "storage/ordercache.h"
#include "storage/syncstatestore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using namespace despacho::storage;
using despacho::test::LogCapture;

namespace {
QRegularExpression line(const QString &area, const QString &what, const QString &error)
{
    return QRegularExpression(u'^' + area + u": "_s + QRegularExpression::escape(what) +
                              u" failed: "_s + error);
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}
} // namespace

class TestStorageErrors : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_files = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(u"e%1.sqlite"_s.arg(++m_files)));
        const auto status = m_db->open();
        QVERIFY2(status.ok(), qPrintable(status.message));
    }

    void cleanup() { m_db.reset(); }

    void orderCacheReadsFailAsErrors()
    {
        OrderCache cache(m_db.get());
        FixtureOrder f;
        f.orderId = u"v100-01"_s;
        f.client = u"Zoe Lima"_s;
        const auto [summary, json] = fixtureDetail(f, u"loja"_s);
        QString error;
        QVERIFY(cache.storeDetail(summary, json, u"d"_s, &error));
        // Answers that worked clear a stale error, and "not there" is an answer.
        error = u"stale"_s;
        QVERIFY(!cache.summary(u"loja"_s, u"nope"_s, &error));
        QVERIFY(error.isEmpty());
        // Both tables the cache reads: the orders and their facet counts (migration 7).
        QVERIFY(exec(*m_db, u"DROP TABLE orders"_s));
        QVERIFY(exec(*m_db, u"DROP TABLE order_facets"_s));

        LogCapture log;
        const QString category = u"despacho.storage.orders"_s;
        const auto check = [&](const QString &what) {
            QVERIFY2(error.contains(u"no such table"_s), qPrintable(what + u": "_s + error));
            QVERIFY2(log.count(category, line(u"orders"_s, what, u"no such table"_s)) == 1,
                     qPrintable(log.dump()));
            error.clear();
        };
        QVERIFY(cache.query({.search = u"zoe"_s}, &error).isEmpty());
        check(u"listing orders"_s);
        QCOMPARE(cache.count({}, &error), -1);
        check(u"counting orders"_s);
        QCOMPARE(cache.position({}, u"loja"_s, u"v100-01"_s, &error), -1);
        check(u"finding the row of order v100-01 of loja"_s);
        QVERIFY(cache.countsByStatus(OrderQuery{}, &error).isEmpty());
        check(u"counting orders by status"_s);
        QVERIFY(cache.carriers(u"loja"_s, &error).isEmpty());
        check(u"reading the courier values of loja"_s);
        QVERIFY(cache.salesChannels({}, &error).isEmpty());
        check(u"reading the sales_channel values of all accounts"_s);
        QVERIFY(cache.rawJson(u"loja"_s, u"v100-01"_s, &error).isEmpty());
        check(u"reading the detail of order v100-01 of loja"_s);
        QVERIFY(!cache.summary(u"loja"_s, u"v100-01"_s, &error));
        check(u"reading order v100-01 of loja"_s);
        QVERIFY(cache.findExact(u"v100-01"_s, &error).isEmpty());
        check(u"looking up order id or sequence v100-01"_s);
        QVERIFY(cache.detailStates(u"loja"_s, &error).isEmpty());
        check(u"reading what is cached of loja"_s);
        // What a person searched for is not logged either.
        QVERIFY(!log.anyContains(u"zoe"_s));
    }

    void orderCacheWritesFailWithoutLoggingTheOrder()
    {
        OrderCache cache(m_db.get());
        FixtureOrder f;
        f.orderId = u"v200-01"_s;
        f.client = u"Álvaro Conceição"_s;
        f.ean = u"7891234567895"_s;
        const auto [summary, json] = fixtureDetail(f, u"loja"_s);
        QVERIFY(exec(*m_db, u"PRAGMA query_only = ON"_s));
        LogCapture log;
        QString error;
        QVERIFY(!cache.storeDetail(summary, json, u"d"_s, &error));
        QVERIFY2(error.contains(u"readonly"_s), qPrintable(error));
        QVERIFY2(log.has(u"despacho.storage.orders"_s,
                         line(u"orders"_s, u"storing the detail of order v200-01 of loja"_s,
                              u"attempt to write a readonly database"_s)),
                 qPrintable(log.dump()));
        QVERIFY(!cache.storeDetails({{summary, json}}, &error));
        QVERIFY(!cache.insertNewFromList({summary}, &error));
        QVERIFY2(log.has(u"despacho.storage.orders"_s,
                         line(u"orders"_s, u"adding listed order v200-01 of loja"_s,
                              u"attempt to write"_s)),
                 qPrintable(log.dump()));
        // No customer data from the order in any line.
        for (const QString &secret : {u"Conceição"_s, u"7891234567895"_s, u"clientProfileData"_s})
            QVERIFY2(!log.anyContains(secret), qPrintable(secret));
        QVERIFY(exec(*m_db, u"PRAGMA query_only = OFF"_s));
        QCOMPARE(cache.count({}), 0); // every failed write left nothing behind
    }

    void accountStoreFailures()
    {
        AccountStore accounts(m_db.get());
        AccountRecord a;
        a.name = u"Loja Centro"_s;
        a.account = u"lojacentro"_s;
        a.appKey = u"vtexappkey-lojacentro-SECRETISH"_s;
        QString error;
        QVERIFY(accounts.save(a, &error));
        QVERIFY(exec(*m_db, u"PRAGMA query_only = ON"_s));
        LogCapture log;
        a.refreshMinutes = 5;
        QVERIFY(!accounts.save(a, &error));
        QVERIFY(error.contains(u"readonly"_s));
        QVERIFY(!accounts.remove(a.name, &error));
        QVERIFY2(log.has(u"despacho.storage.accounts"_s,
                         line(u"accounts"_s, u"saving account Loja Centro"_s, u"attempt to"_s)),
                 qPrintable(log.dump()));
        QVERIFY(log.has(u"despacho.storage.accounts"_s,
                        line(u"accounts"_s, u"removing account Loja Centro"_s, u"attempt to"_s)));
        QVERIFY(!log.anyContains(a.appKey));
        QVERIFY(exec(*m_db, u"PRAGMA query_only = OFF"_s));
        QCOMPARE(accounts.find(a.name)->refreshMinutes, 15);

        QVERIFY(exec(*m_db, u"DROP TABLE accounts"_s));
        log.clear();
        QVERIFY(accounts.list(&error).isEmpty());
        QVERIFY(error.contains(u"no such table"_s));
        error.clear();
        QVERIFY(!accounts.find(a.name, &error));
        QVERIFY(error.contains(u"no such table"_s));
        QVERIFY(log.has(u"despacho.storage.accounts"_s,
                        line(u"accounts"_s, u"listing the accounts"_s, u"no such table"_s)));
        QVERIFY(log.has(u"despacho.storage.accounts"_s,
                        line(u"accounts"_s, u"reading account Loja Centro"_s, u"no such table"_s)));
    }

    void auditLogFailures()
    {
        AuditLog audit(m_db.get());
        AuditEntry e;
        e.operatorName = u"ana"_s;
        e.action = u"cancel"_s;
        e.orderId = u"v1"_s;
        e.outcome = u"queued"_s;
        e.detail = u"cliente desistiu, CPF 123.456.789-09"_s; // a reason may name the customer
        QVERIFY(exec(*m_db, u"PRAGMA query_only = ON"_s));
        LogCapture log;
        QString error;
        QVERIFY(!audit.append(e, &error));
        QVERIFY(error.contains(u"readonly"_s));
        QVERIFY2(log.has(u"despacho.storage.audit"_s,
                         line(u"audit"_s, u"recording cancel (queued) by ana on order v1"_s,
                              u"attempt to write"_s)),
                 qPrintable(log.dump()));
        QVERIFY(!log.anyContains(u"123.456.789-09"_s));
        QVERIFY(exec(*m_db, u"PRAGMA query_only = OFF"_s));
        // The append-only rule is a failed statement too, and says so.
        QVERIFY(audit.append(e, &error));
        QVERIFY(!exec(*m_db, u"DELETE FROM audit_log"_s));
        QVERIFY(exec(*m_db, u"ALTER TABLE audit_log RENAME TO audit_log_old"_s));
        log.clear();
        error.clear();
        QVERIFY(audit.entries({}, &error).isEmpty());
        QVERIFY(error.contains(u"no such table"_s));
        QVERIFY(log.has(u"despacho.storage.audit"_s,
                        line(u"audit"_s, u"reading the audit log"_s, u"no such table"_s)));
    }

    void operatorStoreFailuresNeverLogThePin()
    {
        OperatorStore ops(m_db.get());
        OperatorRecord r;
        r.name = u"ana"_s;
        r.role = u"operator"_s;
        r.pinHash = u"c2VjcmV0aGFzaA=="_s;
        r.pinSalt = u"c2FsdHNhbHQ="_s;
        r.pinAlgorithm = u"pbkdf2-sha256"_s;
        r.pinIterations = 1000;
        QString error;
        QVERIFY(ops.insert(r, &error));
        QVERIFY(exec(*m_db, u"PRAGMA query_only = ON"_s));
        LogCapture log;
        r.name = u"bia"_s;
        QVERIFY(!ops.insert(r, &error));
        QVERIFY(error.contains(u"readonly"_s));
        QVERIFY(!ops.updatePin(u"ana"_s, r.pinHash, r.pinSalt, r.pinAlgorithm, 2000, &error));
        QVERIFY(!ops.updateLockState(u"ana"_s, 5, 1, QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(!ops.setActive(u"ana"_s, false, &error));
        QVERIFY(!ops.addFailedAttempt(u"ana"_s, &error));
        const QString category = u"despacho.storage.operators"_s;
        for (const QString &what :
             {u"adding operator bia"_s, u"changing the PIN of operator ana"_s,
              u"updating the lock state of operator ana"_s, u"deactivating operator ana"_s,
              u"counting a wrong PIN for operator ana"_s})
            QVERIFY2(log.has(category, line(u"operators"_s, what, u"attempt to write"_s)),
                     qPrintable(what + u"\n"_s + log.dump()));
        QVERIFY(!log.anyContains(r.pinHash));
        QVERIFY(!log.anyContains(r.pinSalt));
        QVERIFY(exec(*m_db, u"PRAGMA query_only = OFF"_s));
        QCOMPARE(ops.find(u"ana"_s)->failedAttempts, 0);

        QVERIFY(exec(*m_db, u"DROP TABLE operators"_s));
        log.clear();
        // A count that failed is -1, never 0: "no operators yet" would open the first run.
        QCOMPARE(ops.count(&error), -1);
        QVERIFY(error.contains(u"no such table"_s));
        QCOMPARE(ops.countSupervisors(&error), -1);
        QVERIFY(ops.list(&error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!ops.find(u"ana"_s, &error));
        QVERIFY(!error.isEmpty());
        for (const QString &what : {u"counting the operators"_s, u"counting the supervisors"_s,
                                    u"listing the operators"_s, u"reading operator ana"_s})
            QVERIFY2(log.has(category, line(u"operators"_s, what, u"no such table"_s)),
                     qPrintable(what + u"\n"_s + log.dump()));
    }

    void syncStateFailures()
    {
        SyncStateStore states(m_db.get());
        QString error = u"stale"_s;
        QVERIFY(!states.find(u"loja"_s, &error)); // never synced: an answer
        QVERIFY(error.isEmpty());
        QVERIFY(exec(*m_db, u"DROP TABLE sync_state"_s));
        LogCapture log;
        QVERIFY(!states.find(u"loja"_s, &error));
        QVERIFY(error.contains(u"no such table"_s));
        QVERIFY(!states.save({u"loja"_s, QDateTime::currentDateTimeUtc(), u"ok"_s, 3}, &error));
        QVERIFY(
            log.has(u"despacho.storage.syncstate"_s,
                    line(u"syncstate"_s, u"reading the sync state of loja"_s, u"no such table"_s)));
        QVERIFY(
            log.has(u"despacho.storage.syncstate"_s,
                    line(u"syncstate"_s, u"saving the sync state of loja"_s, u"no such table"_s)));
    }

    // The write lock held by another connection (another process's transaction).
    void lockedDatabaseWritesFail()
    {
        QVERIFY(exec(*m_db, u"PRAGMA busy_timeout = 100"_s));
        AccountStore accounts(m_db.get());
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(m_db->path());
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
            LogCapture log;
            AccountRecord a;
            a.name = u"Loja"_s;
            a.account = u"loja"_s;
            a.appKey = u"k"_s;
            QString error;
            QVERIFY(!accounts.save(a, &error));
            QVERIFY2(error.contains(u"locked"_s), qPrintable(error));
            QVERIFY2(log.has(u"despacho.storage.accounts"_s,
                             line(u"accounts"_s, u"saving account Loja"_s, u".*locked"_s)),
                     qPrintable(log.dump()));
            // Under WAL a reader is not blocked by the writer.
            QVERIFY(accounts.list(&error).isEmpty());
            QVERIFY(error.isEmpty());
            QVERIFY(lock.exec(u"ROLLBACK"_s));
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
    }

    void aFileThatIsNotADatabaseIsRefused()
    {
        const QString path = m_dir.filePath(u"garbage.sqlite"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        LogCapture log;
        Database db(path);
        const auto status = db.open();
        QCOMPARE(status.error, Database::OpenError::CannotOpen);
        QVERIFY2(status.message.contains(u"not a database"_s), qPrintable(status.message));
        QVERIFY2(log.has(u"despacho.storage.database"_s,
                         line(u"database"_s, u"reading the schema version of "_s + path,
                              u"file is not a database"_s)),
                 qPrintable(log.dump()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'x')); // left as it was
    }

    // A migration that cannot apply fails whole: logged, reported, the data at the version
    // before. One through a statement, one through migration 4's C++ back-fill.
    void failedMigrationsLeaveTheVersionBefore()
    {
        const QString path = m_dir.filePath(u"v3.sqlite"_s);
        {
            Database v3(path);
            QVERIFY(v3.openAtVersion(3).ok());
            QVERIFY(exec(v3, u"INSERT INTO orders (account, order_id, status, creation_date) "
                             "VALUES ('loja', 'v1', 'handling', '2026-01-01T00:00:00.000Z')"_s));
            // The back-fill's UPDATE meets a trigger that aborts it.
            QVERIFY(exec(v3, u"CREATE TRIGGER no_backfill BEFORE UPDATE ON orders BEGIN "
                             "SELECT RAISE(ABORT, 'disk I/O error'); END"_s));
        }
        {
            LogCapture log;
            Database db(path);
            const auto status = db.open();
            QCOMPARE(status.error, Database::OpenError::MigrationFailed);
            QVERIFY2(status.message.contains(u"Database migration 4 failed"_s),
                     qPrintable(status.message));
            QVERIFY(status.message.contains(u"updating order v1 of loja"_s));
            QVERIFY2(log.has(u"despacho.storage.migrations"_s,
                             QRegularExpression(u"^migrations: migration 4 of .*v3\\.sqlite: its "
                                                "C\\+\\+ step failed: updating order v1 of loja: "
                                                "disk I/O error"_s)),
                     qPrintable(log.dump()));
            QCOMPARE(db.schemaVersion(), 3);
        }
        // Now through a statement: an object in the way of migration 4's final indexes.
        {
            Database v3(path);
            QVERIFY(v3.openAtVersion(3).ok());
            QVERIFY(exec(v3, u"DROP TRIGGER no_backfill"_s));
            QVERIFY(exec(v3, u"CREATE TABLE orders_by_total (x)"_s));
        }
        LogCapture log;
        Database db(path);
        const auto status = db.open();
        QCOMPARE(status.error, Database::OpenError::MigrationFailed);
        QVERIFY(status.message.contains(u"orders_by_total"_s));
        QVERIFY2(log.has(u"despacho.storage.migrations"_s,
                         QRegularExpression(u"^migrations: migration 4 of .*: final statement "
                                            "\\d+ failed: .*orders_by_total"_s)),
                 qPrintable(log.dump()));
        QCOMPARE(db.schemaVersion(), 3);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT order_id FROM orders"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"v1"_s);
        QVERIFY(!q.exec(u"SELECT status_rank FROM orders"_s)); // nothing of version 4 stayed
    }
};

QTEST_GUILESS_MAIN(TestStorageErrors)
#include "tst_storageerrors.moc"
