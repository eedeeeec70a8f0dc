// The carrier list: defaults, tracking addresses from templates (the code percent-encoded), the
// Correios rule shared with the S10 warning, and the JSON kept in settings.
#include "core/actionforms.h"
#include "core/carriers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

class TestCarriers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const QList<Carrier> carriers = defaultCarriers();
        QStringList names;
        for (const Carrier &c : carriers) {
            names << c.name;
            QVERIFY2(c.urlTemplate.startsWith(u"https://"_s), qPrintable(c.name));
            QVERIFY2(c.urlTemplate.contains(u"{code}"_s), qPrintable(c.name));
        }
        QCOMPARE(names, (QStringList{u"Correios"_s, u"Jadlog"_s, u"Loggi"_s, u"Total Express"_s}));
    }

    void trackingUrl()
    {
        const Carrier correios = *findCarrier(defaultCarriers(), u" correios "_s);
        QCOMPARE(trackingUrlFor(correios, u" AA123456785BR "_s),
                 u"https://rastreamento.correios.com.br/app/index.php?objetos=AA123456785BR"_s);
        const Carrier total = *findCarrier(defaultCarriers(), u"Total Express"_s);
        QCOMPARE(
            trackingUrlFor(total, u"123"_s),
            u"https://tracking.totalexpress.com.br/poupup_track.php?reid=&pedido=123&nfiscal="_s);
        // A code cannot add query parameters or path segments to the address.
        const Carrier loggi = *findCarrier(defaultCarriers(), u"Loggi"_s);
        QCOMPARE(trackingUrlFor(loggi, u"A B/1&x=2"_s),
                 u"https://www.loggi.com/rastreador/A%20B%2F1%26x%3D2"_s);
        QCOMPARE(trackingUrlFor(loggi, u"  "_s), QString());
        QCOMPARE(trackingUrlFor({u"Own fleet"_s, {}}, u"X1"_s), QString());
        QVERIFY(!findCarrier(defaultCarriers(), u"Transportadora Sul"_s));
        QVERIFY(!findCarrier(defaultCarriers(), QString()));
    }

    void correiosRule()
    {
        QVERIFY(isCorreios(u"Correios"_s));
        QVERIFY(isCorreios(u"PAC CORREIOS"_s));
        QVERIFY(!isCorreios(u"Jadlog"_s));
        // The same rule decides whether validateTracking checks the S10 digit.
        Order order;
        order.orderId = u"1-01"_s;
        order.packages.append(Package{.type = u"Output"_s, .invoiceNumber = u"9"_s});
        for (const QString &courier : {u"PAC Correios"_s, u"Loggi"_s}) {
            const TrackingForm form{u"9"_s, courier, u"AA123456784BR"_s, {}, {}};
            const FieldIssues issues = validateTracking(form, order);
            QCOMPARE(!issues.isEmpty(), isCorreios(courier));
        }
    }

    void json()
    {
        const QList<Carrier> list{{u"Correios"_s, u"https://c.example/{code}"_s},
                                  {u"Own fleet"_s, QString()}};
        QCOMPARE(carriersFromJson(carriersToJson(list)), list);
        QString error;
        QVERIFY(!carriersFromJson("{\"name\": \"x\"}", &error));
        QVERIFY(error.contains(u"array"_s));
        QVERIFY(!carriersFromJson("[1", &error));
        QVERIFY(error.contains(u"JSON"_s));
        QVERIFY(!carriersFromJson("[\"Correios\"]", &error));
        const auto cleaned = carriersFromJson(
            "[{\"name\": \" Loggi \", \"urlTemplate\": \"https://l.example/{code}\"},"
            " {\"name\": \"\"}, {\"name\": \"loggi\", \"urlTemplate\": \"https://other\"}]",
            &error);
        QVERIFY(cleaned);
        QVERIFY(error.isEmpty());
        QCOMPARE(*cleaned, (QList<Carrier>{{u"Loggi"_s, u"https://l.example/{code}"_s}}));
        QCOMPARE(carriersFromJson("[]"), QList<Carrier>());
    }
};

QTEST_GUILESS_MAIN(TestCarriers)
#include "tst_carriers.moc"
