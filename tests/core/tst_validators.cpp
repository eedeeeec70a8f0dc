#include "core/validators.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

class TestValidators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invoiceNumbers()
    {
        QVERIFY(invoiceNumberProblem(u"NF12345"_s).isEmpty());
        QVERIFY(invoiceNumberProblem(u"000123"_s).isEmpty());
        QVERIFY(invoiceNumberProblem(u"12 34"_s).contains(u"\" \""_s));
        QVERIFY(invoiceNumberProblem(u"12/34"_s).contains(u"/"_s));
        QVERIFY(invoiceNumberProblem(u"#1234"_s).contains(u"#"_s));
        QVERIFY(!invoiceNumberProblem(u"NFé1"_s).isEmpty());
        QVERIFY(!invoiceNumberProblem(QString()).isEmpty());
    }
    void nfeKeys()
    {
        // Check digit computed independently (weights 2..9 from the right, mod 11).
        const QString valid = u"35240112345678000199550010000123451000123456"_s;
        QVERIFY2(nfeKeyProblem(valid).isEmpty(), qPrintable(nfeKeyProblem(valid)));
        QVERIFY(nfeKeyProblem(formatNfeKey(valid)).isEmpty()); // grouped input is fine
        QCOMPARE(formatNfeKey(valid).left(14), u"3524 0112 3456"_s);
        const QString wrong = valid.left(43) + u'7';
        QVERIFY(nfeKeyProblem(wrong).contains(u"expected 6"_s));
        QVERIFY(nfeKeyProblem(valid.left(40)).contains(u"44"_s));
        QVERIFY(!nfeKeyProblem(valid.left(43) + u'X').isEmpty());
    }
    void s10()
    {
        auto c = checkS10(u"AA123456785BR"_s);
        QVERIFY(c.wellFormed);
        QVERIFY(c.checkDigitOk);
        c = checkS10(u"AA123456781BR"_s);
        QVERIFY(c.wellFormed);
        QVERIFY(!c.checkDigitOk);
        QCOMPARE(c.expectedDigit, 5);
        QVERIFY(checkS10(u"aa123456785br"_s).checkDigitOk);
        QVERIFY(!checkS10(u"TRK-48960684"_s).wellFormed);
        QCOMPARE(s10CheckDigit(u"00000000"_s), 5); // rest 0 -> 5
        QCOMPARE(s10CheckDigit(u"02000000"_s), 0); // rest 1 -> 0
        QCOMPARE(s10CheckDigit(u"12345679"_s), 9); // sum 211, rest 2 -> 9
    }
    void states()
    {
        QCOMPARE(brazilianStates().size(), 27);
        QVERIFY(isBrazilianState(u"sp"_s));
        QVERIFY(!isBrazilianState(u"XX"_s));
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
