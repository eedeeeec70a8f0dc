// The stored order JSON: deflated against the preset dictionary (VTEX's own example order) and
// given back byte for byte; a damaged or foreign blob is an error naming the order, never a
// crash or half an order; the dictionary cannot change without this test noticing.
#include "logcapture.h"
#include "orderfixtures.h"
#include "storage/database.h"
#include "storage/ordercache.h"
#include "storage/orderjsoncodec.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using namespace despacho::storage;
using despacho::test::LogCapture;

class TestOrderJsonCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripsExactly_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("accents") << QByteArray(
            "{\"clientProfileData\":{\"firstName\":\"Jo\xc3\xa3o\",\"lastName\":\"Concei\xc3\xa7"
            "\xc3\xa3o\"}}");
        QTest::newRow("fixture order") << vtexJson(FixtureOrder{});
        QByteArray noise(300000, Qt::Uninitialized); // larger than any buffer inside, and
        QRandomGenerator rng(5);                     // incompressible
        for (char &c : noise)
            c = char(rng.bounded(256));
        QTest::newRow("random 300 KB") << noise;
        QTest::newRow("pretty-printed with CRLF") << QByteArray("{\r\n  \"orderId\": \"1\"\r\n}");
    }
    void roundTripsExactly()
    {
        QFETCH(QByteArray, raw);
        const QByteArray stored = detail::encodeOrderJson(raw);
        QString error;
        const QByteArray back =
            detail::decodeOrderJson(int(detail::JsonEncoding::ZlibVtexV1), stored, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back, raw);
        QVERIFY(!back.isNull());
    }

    // What the dictionary is worth: an order's keys and shape cost almost nothing.
    void dictionaryShrinksAnOrder()
    {
        const QByteArray raw = vtexJson(FixtureOrder{});
        const qsizetype withDictionary = detail::encodeOrderJson(raw).size();
        const qsizetype plainZlib = qCompress(raw, 6).size() - 4;
        QVERIFY2(
            withDictionary * 3 < plainZlib * 2,
            qPrintable(
                u"%1 bytes with the dictionary, %2 without"_s.arg(withDictionary).arg(plainZlib)));
    }

    // Bytes written by this version decode forever: a blob made once (by Python's zlib, level 6,
    // with the dictionary file as zdict) still reads back, so editing the dictionary fails here.
    void decodesWhatWasStoredBefore()
    {
        const QByteArray golden = QByteArray::fromHex(
            "78bb29e950efab465ec803595b649e93949c0129efb1363a901b0e5ef98717a3351b808918d8073cbc1c"
            "24515b0b00f01b21a5");
        QString error;
        QCOMPARE(
            detail::decodeOrderJson(int(detail::JsonEncoding::ZlibVtexV1), golden, &error),
            QByteArray("{\"orderId\":\"v1234567lbch-01\",\"clientProfileData\":{\"firstName\":\"Jo"
                       "\xc3\xa3o\",\"lastName\":\"Concei\xc3\xa7\xc3\xa3o\"}}"));
        QVERIFY(error.isEmpty());
        QCOMPARE(detail::vtexOrderDictionary().size(), 13674);
        QVERIFY(detail::vtexOrderDictionary().startsWith("{\"orderId\":"));
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QString>("message");
        const QByteArray good = detail::encodeOrderJson(vtexJson(FixtureOrder{}));
        QByteArray flipped = good;
        flipped[good.size() / 2] = char(flipped.at(good.size() / 2) ^ 0x5a);
        QTest::newRow("truncated") << 1 << good.left(good.size() / 2) << u"damaged"_s;
        QTest::newRow("bit flip") << 1 << flipped << u"damaged"_s;
        QTest::newRow("not zlib") << 1 << QByteArray("{\"orderId\":\"1\"}") << u"damaged"_s;
        QTest::newRow("empty") << 1 << QByteArray() << u"damaged"_s;
        QByteArray otherDictionary = good;
        // The header's dictionary id (bytes 2-5) of some other dictionary; the checksum of the
        // header itself stays valid.
        otherDictionary[2] = char(otherDictionary.at(2) ^ 0x01);
        QTest::newRow("other dictionary") << 1 << otherDictionary << u"another dictionary"_s;
        QTest::newRow("unknown encoding") << 7 << good << u"unknown encoding 7"_s;
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(int, encoding);
        QFETCH(QByteArray, stored);
        QFETCH(QString, message);
        QString error;
        const QByteArray back = detail::decodeOrderJson(encoding, stored, &error);
        QVERIFY(back.isNull());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // Through the cache: what a sync stored comes back; a damaged row is an error that names
    // the order and is logged, never an empty order shown as if it had no detail.
    void cacheReadsBackAndReportsDamage()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"c.sqlite"_s));
        QVERIFY(db.open().ok());
        OrderCache cache(&db);
        FixtureOrder f;
        f.orderId = u"v777-01"_s;
        const auto [summary, json] = fixtureDetail(f, u"loja"_s);
        QString error;
        QVERIFY2(cache.storeDetail(summary, json, u"d"_s, &error), qPrintable(error));
        QCOMPARE(cache.rawJson(u"loja"_s, u"v777-01"_s, &error), json);
        QVERIFY(error.isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT length(data) < %1 FROM order_json"_s.arg(json.size())) && q.next());
        QVERIFY(q.value(0).toBool());
        q.finish();
        // Stored again (a later sync): one row, the new bytes.
        QByteArray changed = json;
        changed.replace("handling", "invoiced");
        QVERIFY(cache.storeDetail(summary, changed, u"d2"_s, &error));
        QCOMPARE(cache.rawJson(u"loja"_s, u"v777-01"_s, &error), changed);
        QVERIFY(q.exec(u"SELECT count(*) FROM order_json"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QVERIFY(q.exec(u"UPDATE order_json SET data = x'78bb0000'"_s));
        LogCapture log;
        error.clear();
        QVERIFY(cache.rawJson(u"loja"_s, u"v777-01"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"damaged"_s) || error.contains(u"dictionary"_s),
                 qPrintable(error));
        QVERIFY2(log.has(u"despacho.storage.orders"_s,
                         QRegularExpression(u"reading the detail of order v777-01 of loja"_s)),
                 qPrintable(log.dump()));
    }
};

QTEST_GUILESS_MAIN(TestOrderJsonCodec)
#include "tst_orderjsoncodec.moc"
