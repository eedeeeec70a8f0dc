#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/datadir.h"
#include "storage/ordercache.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
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
        qunsetenv("DESPACHO_DATA_DIR");
        QVERIFY(resolveDataDir().endsWith(u"despacho"_s) || !resolveDataDir().isEmpty());
        const QString sub = dir.filePath(u"a/b"_s);
        QString error;
        QVERIFY(ensureDataDir(sub, &error));
        QCOMPARE(QFileInfo(sub).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
