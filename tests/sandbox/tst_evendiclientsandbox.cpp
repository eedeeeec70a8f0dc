// Despacho's e-vendi client and decoder against the sandbox's e-vendi store over real HTTP on
// 127.0.0.1: every order searchOrders pages through is read back by id and decoded, and each
// write is answered as e-vendi's pages say (success, or a 400 put in words).
#include "api/evendiclient.h"
#include "api/transport.h"
#include "core/evendiorder.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace despacho;
using namespace despacho::api;
using despacho::sandbox::SandboxOptions;
using despacho::sandbox::SandboxServer;

class TstEvendiClientSandbox : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<EvendiClient> m_client;

    ApiError write(const std::function<void(EvendiClient::WriteCallback)> &call)
    {
        ApiError error;
        bool done = false;
        call([&](const ApiResponse &, const ApiError &e) {
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qFatal("no reply");
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.orders = 10;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        TransportSettings settings;
        settings.backoffBaseMs = 10;
        settings.backoffMaxMs = 20;
        m_transport = std::make_unique<Transport>(m_nam.get(), settings);
        EvendiAccountConfig config;
        config.name = u"Marketplace"_s;
        config.organizationExternalId = u"1001"_s;
        config.baseUrl = m_server->baseUrl().resolved(QUrl(u"/api/"_s));
        config.integrationToken = u"demo-evendi-token"_s;
        config.ratePerMinute = 6000; // the account's own setting; the default is 120
        m_client = std::make_unique<EvendiClient>(m_transport.get(), config);
    }

    void everyOrderIsReadAndDecoded()
    {
        QList<QJsonObject> rows;
        int count = -1;
        for (int page = 1; page < 20; ++page) {
            EvendiSearch search;
            search.page = page;
            search.pageSize = 20;
            bool done = false;
            ApiError error;
            m_client->searchOrders(search, this, [&](const EvendiOrderPage &p, const ApiError &e) {
                rows += p.values;
                count = p.count;
                error = e;
                done = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
            QVERIFY2(error.isNone(), qPrintable(error.logText()));
            if (rows.size() >= count)
                break;
        }
        QCOMPARE(count, m_server->evendiOrderCount());
        QCOMPARE(rows.size(), count);
        for (const QJsonObject &row : std::as_const(rows)) {
            QJsonObject order;
            bool done = false;
            m_client->getOrderById(row.value(u"id"_s).toString(), this,
                                   [&](const QJsonObject &o, const ApiError &e) {
                                       QVERIFY2(e.isNone(), qPrintable(e.logText()));
                                       order = o;
                                       done = true;
                                   });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
            const OrderParseResult r =
                orderFromEvendiJson(evendiDocument(order, row.value(u"status"_s).toString(), row));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.order.status, row.value(u"status"_s).toString());
            // Money in cents, exactly what the row says in reais.
            QCOMPARE(r.order.value, *Money::fromReais(row.value(u"total"_s).toDouble()));
            QCOMPARE(r.order.totals.total(), r.order.value);
            QVERIFY(!r.order.items.isEmpty());
        }
    }

    void writesAsThePagesSay()
    {
        QString open, refused;
        for (const QString &status : {u"OPEN"_s, u"REFUSED"_s}) {
            EvendiSearch search;
            search.status = status;
            bool done = false;
            m_client->searchOrders(search, this, [&](const EvendiOrderPage &p, const ApiError &) {
                (status == u"OPEN" ? open : refused) = p.values.value(0).value(u"id"_s).toString();
                done = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        }
        QVERIFY(!open.isEmpty() && !refused.isEmpty());
        using W = EvendiClient::WriteCallback;
        QVERIFY(write([&](W cb) {
                    m_client->saveOrderTrackingCode(open, u"QB123456785BR"_s, this, cb);
                }).isNone());
        QCOMPARE(m_server->evendiOrder(open)[u"trackingCode"].toString(), u"QB123456785BR"_s);
        QVERIFY(write([&](W cb) {
                    m_client->saveOrderFiscalNote(open, QUrl(u"https://nfe.example/1.pdf"_s), this,
                                                  cb);
                }).isNone());
        QVERIFY(write([&](W cb) { m_client->closeOrder(open, this, cb); }).isNone());
        QCOMPARE(m_server->evendiOrder(open)[u"status"].toString(), u"CLOSED"_s);
        // Closed twice: e-vendi answers 400, said in words a person at the bench reads.
        const ApiError again = write([&](W cb) { m_client->closeOrder(open, this, cb); });
        QCOMPARE(again.httpStatus, 400);
        QVERIFY2(again.userText().contains(u"400"_s), qPrintable(again.userText()));
        QVERIFY(write([&](W cb) { m_client->cancelOrder(refused, this, cb); }).isNone());
        // A card refund needs no bank account; the closed order was paid somehow.
        const QString method = m_server->evendiOrder(open)[u"paymentMethod"].toString();
        EvendiBankAccount bank;
        if (method == u"boleto") {
            bank.code = u"341"_s;
            bank.agency = u"1234"_s;
            bank.accountNumber = u"98765"_s;
            bank.accountType = u"conta_corrente"_s;
            bank.documentType = u"cpf"_s;
            bank.documentNumber = u"52998224725"_s;
            bank.name = u"Ana Souza"_s;
        }
        QVERIFY(write([&](W cb) {
                    m_client->reverseOrder(open, u"Produto avariado"_s, bank, this, cb);
                }).isNone());
        QCOMPARE(m_server->evendiOrder(open)[u"status"].toString(), u"REVERSED"_s);
    }
};

QTEST_GUILESS_MAIN(TstEvendiClientSandbox)
#include "tst_evendiclientsandbox.moc"
