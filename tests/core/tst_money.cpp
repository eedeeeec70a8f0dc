#include "core/datetime.h"
#include "core/money.h"
#include "core/orderstatus.h"
#include "core/validators.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using despacho::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<bool>("valid");
        QTest::newRow("br thousands") << u"1.234,56"_s << qint64(123456) << true;
        QTest::newRow("br one decimal") << u"1234,5"_s << qint64(123450) << true;
        QTest::newRow("currency symbol") << u"R$ 10"_s << qint64(1000) << true;
        QTest::newRow("nbsp symbol") << u"R$\u00a07,00"_s << qint64(700) << true;
        QTest::newRow("dot decimal") << u"10.50"_s << qint64(1050) << true;
        QTest::newRow("dot thousands") << u"1.234"_s << qint64(123400) << true;
        QTest::newRow("negative") << u"-3,10"_s << qint64(-310) << true;
        QTest::newRow("three decimals") << u"1,234"_s << qint64(0) << false;
        QTest::newRow("letters") << u"abc"_s << qint64(0) << false;
        QTest::newRow("empty") << QString() << qint64(0) << false;
        QTest::newRow("mixed separators") << u"1,234.56"_s << qint64(0) << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        QFETCH(bool, valid);
        const auto m = Money::parse(text);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->cents(), cents);
    }
    // e-vendi's float reais to integer cents, exactly, on the values binary floating point
    // gets wrong when multiplied by 100.
    void fromReais_data()
    {
        QTest::addColumn<double>("reais");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("5.4") << 5.4 << qint64(540);   // 5.4 * 100 = 540.0000000000001
        QTest::newRow("0.29") << 0.29 << qint64(29);  // 0.29 * 100 = 28.999999999999996
        QTest::newRow("4.35") << 4.35 << qint64(435); // 4.35 * 100 = 434.99999999999994
        QTest::newRow("19.99") << 19.99 << qint64(1999);
        QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << qint64(30);
        QTest::newRow("2.5") << 2.5 << qint64(250);
        QTest::newRow("zero") << 0.0 << qint64(0);
        QTest::newRow("whole") << 1234.0 << qint64(123400);
        QTest::newRow("negative") << -5.4 << qint64(-540);
        QTest::newRow("third decimal up") << 1.005 << qint64(101);
        QTest::newRow("third decimal down") << 2.344 << qint64(234);
        QTest::newRow("large") << 123456789.99 << qint64(12345678999);
    }
    void fromReais()
    {
        QFETCH(double, reais);
        QFETCH(qint64, cents);
        const auto money = Money::fromReais(reais);
        QVERIFY(money);
        QCOMPARE(money->cents(), cents);
    }
    void fromReaisRefusesWhatIsNotMoney()
    {
        QVERIFY(!Money::fromReais(std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(!Money::fromReais(std::numeric_limits<double>::infinity()));
        QVERIFY(!Money::fromReais(2e13));
    }

    void display()
    {
        const QLocale br(QLocale::Portuguese, QLocale::Brazil);
        QCOMPARE(Money(123456).toDisplayString(br), u"R$\u00a01.234,56"_s);
        QCOMPARE(Money(-5).toDisplayString(br), u"-R$\u00a00,05"_s);
        QCOMPARE(Money(123456).toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"R$1,234.56"_s);
        QCOMPARE(Money(100001).toDecimalString(), u"1000.01"_s);
    }
    void vtexDates()
    {
        const QDateTime d = despacho::parseVtexDateTime(u"2024-02-06T20:46:11.7010747+00:00"_s);
        QVERIFY(d.isValid());
        QCOMPARE(despacho::toIsoUtc(d), u"2024-02-06T20:46:11.701Z"_s);
        const QDateTime offset = despacho::parseVtexDateTime(u"2019-02-04T10:29:11-03:00"_s);
        QCOMPARE(despacho::toIsoUtc(offset), u"2019-02-04T13:29:11.000Z"_s);
        QCOMPARE(despacho::toIsoUtc(despacho::parseVtexDateTime(u"2024-03-09T10:13:40Z"_s)),
                 u"2024-03-09T10:13:40.000Z"_s);
        QVERIFY(!despacho::parseVtexDateTime(u"yesterday"_s).isValid());
        QVERIFY(!despacho::parseVtexDateTime(u"2024-13-40T10:00:00Z"_s).isValid());
    }
    void statuses()
    {
        using despacho::OrderStatus;
        QCOMPARE(despacho::orderStatusFromString(u"ready-for-handling"_s),
                 OrderStatus::ReadyForHandling);
        QCOMPARE(despacho::orderStatusFromString(u"something-new"_s), OrderStatus::Other);
        QCOMPARE(despacho::orderStatusToString(OrderStatus::Invoiced), u"invoiced"_s);
        QCOMPARE(despacho::orderStatusDisplayName(u"something-new"_s), u"something-new"_s);
        QVERIFY(despacho::isFinalStatus(u"canceled"_s));
        QVERIFY(!despacho::isFinalStatus(u"handling"_s));
        QCOMPARE(despacho::statusQueues().size(), 5);
    }
    void cpf()
    {
        QVERIFY(despacho::isValidCpf(u"845.134.270-19"_s)); // the spec's example order
        QVERIFY(despacho::isValidCpf(u"52998224725"_s));
        QVERIFY(!despacho::isValidCpf(u"52998224724"_s));
        QVERIFY(!despacho::isValidCpf(u"111.111.111-11"_s));
        QVERIFY(despacho::isValidCnpj(u"11.222.333/0001-81"_s));
        QVERIFY(!despacho::isValidCnpj(u"11.222.333/0001-44"_s));
        QCOMPARE(despacho::formatCpf(u"52998224725"_s), u"529.982.247-25"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
