#include "security/pinhasher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using despacho::security::PinHasher;

class TestPinHasher : public QObject
{
    Q_OBJECT
    static constexpr int kFastIterations = 1000;

private Q_SLOTS:
    void roundTrip()
    {
        const auto h = PinHasher::hash(u"4821"_s, kFastIterations);
        QCOMPARE(h.algorithm, u"pbkdf2-sha256"_s);
        QCOMPARE(h.iterations, kFastIterations);
        QCOMPARE(h.salt.size(), PinHasher::kSaltBytes);
        QCOMPARE(h.hash.size(), PinHasher::kHashBytes);
        QVERIFY(PinHasher::verify(u"4821"_s, h));
    }

    void wrongPin()
    {
        const auto h = PinHasher::hash(u"4821"_s, kFastIterations);
        QVERIFY(!PinHasher::verify(u"4822"_s, h));
        QVERIFY(!PinHasher::verify(u"48210"_s, h));
        QVERIFY(!PinHasher::verify(u"482"_s, h));
        QVERIFY(!PinHasher::verify(QString(), h));
    }

    void tamperedParametersFail()
    {
        auto h = PinHasher::hash(u"4821"_s, kFastIterations);
        auto other = h;
        other.iterations += 1;
        QVERIFY(!PinHasher::verify(u"4821"_s, other));
        other = h;
        other.algorithm = u"md5"_s;
        QVERIFY(!PinHasher::verify(u"4821"_s, other));
        other = h;
        other.salt[0] = char(other.salt.at(0) ^ 1);
        QVERIFY(!PinHasher::verify(u"4821"_s, other));
        other = h;
        other.hash.chop(1);
        QVERIFY(!PinHasher::verify(u"4821"_s, other));
        other = h;
        other.iterations = 0;
        QVERIFY(!PinHasher::verify(u"4821"_s, other));
    }

    void equalPinsGetDifferentSalts()
    {
        const auto a = PinHasher::hash(u"1111"_s, kFastIterations);
        const auto b = PinHasher::hash(u"1111"_s, kFastIterations);
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.hash != b.hash);
        QVERIFY(PinHasher::verify(u"1111"_s, a));
        QVERIFY(PinHasher::verify(u"1111"_s, b));
    }

    void hashNeverHoldsThePin()
    {
        const QString pin = u"90817263"_s;
        const auto h = PinHasher::hash(pin, kFastIterations);
        QVERIFY(!h.hash.contains(pin.toLatin1()));
        QVERIFY(!h.hash.toBase64().contains(pin.toLatin1()));
        QVERIFY(!h.salt.contains(pin.toLatin1()));
    }

    void pinRules_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("4 digits") << u"0000"_s << true;
        QTest::newRow("12 digits") << u"123456789012"_s << true;
        QTest::newRow("3 digits") << u"123"_s << false;
        QTest::newRow("13 digits") << u"1234567890123"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("letter") << u"12a4"_s << false;
        QTest::newRow("space") << u"12 34"_s << false;
        QTest::newRow("sign") << u"-1234"_s << false;
        QTest::newRow("arabic-indic digits") << u"\u0661\u0662\u0663\u0664"_s << false;
        QTest::newRow("fullwidth digits") << u"\uff11\uff12\uff13\uff14"_s << false;
        QTest::newRow("trailing newline") << u"1234\n"_s << false;
    }
    void pinRules()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        QCOMPARE(PinHasher::isValidPin(pin), valid);
    }

    void calibratedIterations()
    {
        const int iterations = PinHasher::calibratedIterations(100);
        QVERIFY(iterations >= PinHasher::kMinimumIterations);
        QCOMPARE(PinHasher::calibratedIterations(100), iterations); // cached speed, same answer
        QVERIFY(PinHasher::calibratedIterations(200) >= iterations);

        QElapsedTimer timer;
        timer.start();
        const auto h = PinHasher::hash(u"4821"_s, iterations);
        const qint64 hashMs = timer.elapsed();
        timer.restart();
        QVERIFY(PinHasher::verify(u"4821"_s, h));
        const qint64 verifyMs = timer.elapsed();
        qInfo("calibrated PBKDF2-SHA256 iterations for 100 ms: %d (hash %lld ms, verify %lld ms)",
              iterations, hashMs, verifyMs);
        // Loose: a busy machine only makes it slower; the floor keeps it from being cheap.
        QVERIFY2(hashMs >= 40, qPrintable(u"hash took only %1 ms"_s.arg(hashMs)));
    }
};

QTEST_GUILESS_MAIN(TestPinHasher)
#include "tst_pinhasher.moc"
