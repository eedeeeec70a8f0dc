// The generated data, without the network: every order of a default store is internally
// consistent, uses valid Brazilian check digits and stays in the 90 days before the reference date.

#include "sandbox/ordergenerator.h"
#include "sandbox/orderstore.h"
#include "sandbox/sandboxutil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho::sandbox;

class TestSandboxData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigits()
    {
        QVERIFY(isValidCpf(u"529.982.247-25"_s));
        QVERIFY(!isValidCpf(u"529.982.247-26"_s));
        QVERIFY(!isValidCpf(u"111.111.111-11"_s));
        QCOMPARE(cpfWithCheckDigits(u"529982247"_s), u"52998224725"_s);
        QCOMPARE(ean13WithCheckDigit(u"789100031550"_s), u"7891000315507"_s);
        QCOMPARE(correiosS10(u"SS"_s, u"12345678"_s), u"SS123456785BR"_s);
        // The worked example of the NF-e integration manual (check digit 5).
        const QString key = u"52060433009911002506550120000007800267301615"_s;
        QCOMPARE(nfeAccessKeyWithCheckDigit(key.left(43)), key);
        QCOMPARE(slugify(u"Tênis Corrida 42"_s), u"tenis-corrida-42"_s);
    }

    void everyOrderIsConsistent()
    {
        const OrderStore store(42, u"demo"_s, 500);
        const QDateTime ref = OrderStore::referenceDate();
        QSet<QString> ids, transactions;
        static const QSet<QString> ufs{
            u"AC"_s, u"AL"_s, u"AP"_s, u"AM"_s, u"BA"_s, u"CE"_s, u"DF"_s, u"ES"_s, u"GO"_s,
            u"MA"_s, u"MT"_s, u"MS"_s, u"MG"_s, u"PA"_s, u"PB"_s, u"PR"_s, u"PE"_s, u"PI"_s,
            u"RJ"_s, u"RN"_s, u"RS"_s, u"RO"_s, u"RR"_s, u"SC"_s, u"SP"_s, u"SE"_s, u"TO"_s};
        const QRegularExpression orderId(uR"(^(\d{13}|v\d+l[a-z]{3})-01$)"_s);
        for (const OrderRecord &r : store.records()) {
            const GeneratedOrder g = store.generated(r);
            QCOMPARE(g.orderId, r.orderId);
            QVERIFY2(orderId.match(g.orderId).hasMatch(), qPrintable(g.orderId));
            ids.insert(g.orderId);
            transactions.insert(g.transactionId);
            QVERIFY(isValidCpf(g.document));
            QVERIFY(ufs.contains(g.state));
            QVERIFY(g.creationDate <= ref && g.creationDate >= ref.addDays(-91));
            QVERIFY(!g.items.isEmpty() && g.items.size() <= 5);
            QVERIFY(g.value() > 0);
            QCOMPARE(g.value(), g.itemsTotal() + g.discountsTotal() + g.shippingTotal());
            QVERIFY(r.state.lastChange >= g.creationDate);
            for (const auto &item : g.items) {
                if (!item.ean.isEmpty())
                    QCOMPARE(ean13WithCheckDigit(item.ean.left(12)), item.ean);
                QVERIFY(item.sellingPrice() > 0 && item.sellingPrice() <= item.price);
            }
            for (const QJsonObject &package : r.state.packages) {
                const QString key = package[u"invoiceKey"].toString();
                QCOMPARE(key.size(), 44);
                QCOMPARE(nfeAccessKeyWithCheckDigit(key.left(43)), key);
                const QString tracking = package[u"trackingNumber"].toString();
                if (package[u"courier"].toString().startsWith(u"Correios"))
                    QCOMPARE(correiosS10(tracking.left(2), tracking.mid(2, 8)), tracking);
                QCOMPARE(package[u"invoiceValue"].toInteger(), g.value());
            }
            if (r.state.status == u"invoiced")
                QCOMPARE(r.state.packages.size(), 1);
            else
                QVERIFY(r.state.packages.isEmpty());
            if (r.state.status == u"payment-pending")
                QVERIFY(!g.authorizedDate.isValid());
            else
                QVERIFY(g.authorizedDate.isValid());
        }
        QCOMPARE(ids.size(), 500);
        QCOMPARE(transactions.size(), 500);
    }

    void vtexDates()
    {
        const QDateTime t(QDate(2026, 3, 5), QTime(14, 22, 11, 123), Qt::UTC);
        const QString text = vtexDateTime(t);
        QVERIFY(QRegularExpression(uR"(^2026-03-05T14:22:11\.123\d{4}\+00:00$)"_s)
                    .match(text)
                    .hasMatch());
        QCOMPARE(vtexDateTime(t), text); // stable
        QVERIFY(vtexDateTimeZ(t).endsWith(u'Z'));
    }
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandboxdata.moc"
