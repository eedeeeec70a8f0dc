#include "prismprocess.h"
#include "skiporfail.h"

#include "api/transport.h"
#include "api/vtexomsclient.h"
#include "api/vtexpaymentsclient.h"
#include "core/actionforms.h"
#include "core/orderjson.h"
#include "sandbox/sandboxserver.h"
#include "storage/database.h"
#include "storage/ordercache.h"
#include "sync/ordersynchronizer.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
api::TransportSettings settings()
{
    api::TransportSettings s;
    s.backoffBaseMs = 5;
    s.maxAttempts = 2;
    s.timeoutMs = 20000;
    s.ratePerMinute = 0;
    return s;
}

api::VtexAccountConfig account(const QUrl &oms, const QUrl &payments)
{
    api::VtexAccountConfig c;
    c.name = u"contract"_s;
    c.account = u"demo"_s;
    c.appKey = u"demo-key"_s;
    c.appToken = u"demo-token"_s;
    c.baseUrl = oms;
    c.paymentsUrl = payments;
    return c;
}

sync::SyncReport runSync(api::VtexOmsClient *client, storage::OrderCache *cache)
{
    sync::OrderSynchronizer syncer(client, cache, u"contract"_s);
    QSignalSpy finished(&syncer, &sync::OrderSynchronizer::finished);
    sync::SyncOptions o;
    o.statuses = {u"ready-for-handling"_s, u"handling"_s, u"invoiced"_s};
    o.since = QDateTime(QDate(2018, 1, 1), QTime(0, 0), Qt::UTC);
    o.until = QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC);
    o.concurrency = 4;
    syncer.start(o);
    if (!finished.wait(300000))
        qFatal("contract sync did not finish");
    return finished.takeFirst().at(0).value<sync::SyncReport>();
}
} // namespace

class TestContract : public QObject
{
    Q_OBJECT
    QString m_orders;
    QString m_payments;

private Q_SLOTS:
    void initTestCase()
    {
        m_orders = PrismProcess::specDir() + u"/vtex-orders-api.json"_s;
        m_payments = PrismProcess::specDir() + u"/vtex-payments-gateway-api.json"_s;
        if (!QFileInfo::exists(m_orders) || !QFileInfo::exists(m_payments))
            DESPACHO_SKIP_OR_FAIL(
                qPrintable(u"VTEX specs not found in %1: set DESPACHO_SPEC_DIR to the folder "
                           "holding vtex-orders-api.json and vtex-payments-gateway-api.json "
                           "(default ../shared/api)"_s.arg(PrismProcess::specDir())));
        if (!QFileInfo(PrismProcess::executable()).isExecutable())
            DESPACHO_SKIP_OR_FAIL(
                qPrintable(u"Prism is not installed at %1: run "
                           "tests/contract/setup.sh"_s.arg(PrismProcess::executable())));
    }

    // (a) Every request the client sends must validate against the official spec (prism answers
    // 422 otherwise), and the client must parse the spec's own example replies.
    void syncFromSpecMock()
    {
        PrismProcess orders;
        PrismProcess payments;
        QString error;
        QVERIFY2(orders.start({u"mock"_s, u"--errors"_s, m_orders}, &error), qPrintable(error));
        QVERIFY2(payments.start({u"mock"_s, u"--errors"_s, m_payments}, &error), qPrintable(error));

        QNetworkAccessManager nam;
        api::Transport transport(&nam, settings());
        api::VtexOmsClient client(&transport, account(orders.url(), payments.url()));
        QTemporaryDir dir;
        storage::Database db(dir.filePath(u"c.sqlite"_s));
        QVERIFY(db.open().ok());
        storage::OrderCache cache(&db);

        const auto report = runSync(&client, &cache);
        // The mock returns the same example order for every id, which the synchronizer rightly
        // refuses to store under another id; every other failure is a contract failure.
        QStringList unexpected;
        for (const QString &m : report.messages) {
            if (!m.contains(u"the server answered with order 1172452900788-01"_s))
                unexpected << m;
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
        QVERIFY(report.fatalError.isNone());
        QVERIFY(report.ordersListed > 0);
        const QString log = orders.log();
        QVERIFY2(!log.contains(u"422"_s) && !log.contains(u"Violation: request"_s),
                 qPrintable(log.right(3000)));

        // The spec's example order maps completely.
        bool done = false;
        client.getOrder(u"1172452900788-01"_s, this,
                        [&](const QJsonObject &json, const api::ApiError &e) {
                            QVERIFY2(e.isNone(), qPrintable(e.userText()));
                            const auto parsed = orderFromVtexJson(json);
                            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
                            QCOMPARE(parsed.order.items.size(), 1);
                            done = true;
                        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);

        // Payments Gateway: the transaction detail request validates and parses.
        api::VtexPaymentsClient paymentsClient(&transport, account(orders.url(), payments.url()));
        done = false;
        paymentsClient.getTransaction(u"E4CFCEA1A2BF42AE9A3FAE8ED460CBFE"_s, this,
                                      [&](const QJsonObject &json, const api::ApiError &e) {
                                          QVERIFY2(e.isNone(), qPrintable(e.userText()));
                                          QVERIFY(!json.isEmpty());
                                          done = true;
                                      });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        const QString plog = payments.log();
        QVERIFY2(!plog.contains(u"422"_s) && !plog.contains(u"Violation: request"_s),
                 qPrintable(plog.right(3000)));
    }

    // Every write request the dispatcher sends, built by the same form code as the GUI and the
    // CLI, validates against the official spec (prism answers 422 to an invalid request).
    void writeRequestsValidate()
    {
        PrismProcess orders;
        QString error;
        QVERIFY2(orders.start({u"mock"_s, u"--errors"_s, m_orders}, &error), qPrintable(error));
        QNetworkAccessManager nam;
        api::Transport transport(&nam, settings());
        api::VtexOmsClient client(&transport, account(orders.url(), orders.url()));

        Order order;
        order.orderId = u"1172452900788-01"_s;
        order.status = u"handling"_s;
        OrderItem item;
        item.skuId = u"18"_s;
        item.quantity = 2;
        item.sellingPrice = Money(990);
        order.items = {item};
        order.value = Money(2 * 990 + 300); // items and freight: what a full invoice is worth
        InvoiceForm invoice;
        invoice.number = u"NF24382"_s;
        invoice.issued = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::OffsetFromUTC, -3 * 3600);
        invoice.key = u"35240112345678000199550010000123451000123456"_s;
        invoice.url = u"https://loja.example/nf/24382.pdf"_s;
        invoice.courier = u"Correios"_s;
        invoice.trackingNumber = u"AA123456785BR"_s;
        QVERIFY(!hasErrors(validateInvoice(invoice, order)));
        Package pkg;
        pkg.invoiceNumber = u"NF24382"_s;
        order.packages = {pkg};
        const QJsonObject tracking =
            trackingPayload({u"NF24382"_s, u"Correios"_s, u"AA123456785BR"_s,
                             u"https://rastreamento.correios.com.br/x"_s, invoice.issued});
        TrackingEventsForm eventsForm;
        eventsForm.invoiceNumber = u"NF24382"_s;
        eventsForm.events = {{u"Recife"_s, u"PE"_s, u"Objeto postado"_s, invoice.issued}};
        eventsForm.delivered = true;
        eventsForm.deliveredDate = invoice.issued.addDays(2);
        const QJsonObject events = trackingEventsPayload(eventsForm);

        QList<api::ApiResponse> replies;
        auto collect = [&](const api::ApiResponse &r) {
            replies.append(r);
        };
        client.startHandling(order.orderId, this, collect);
        client.sendInvoice(order.orderId, invoicePayload(invoice, order), this, collect);
        client.updateInvoiceTracking(order.orderId, u"NF24382"_s,
                                     tracking.value("body"_L1).toObject(), this, collect);
        client.updateTrackingStatus(order.orderId, u"NF24382"_s, events.value("body"_L1).toObject(),
                                    this, collect);
        client.cancelOrder(order.orderId, u"Cliente desistiu"_s, this, collect);
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 5, 60000);
        for (const auto &r : replies) {
            QVERIFY2(r.httpStatus != 422, qPrintable(QString::fromUtf8(r.body.left(2000))));
            QVERIFY2(r.ok(),
                     qPrintable(r.error.userText() + u' ' + QString::fromUtf8(r.body.left(500))));
        }
        const QString log = orders.log();
        QVERIFY2(!log.contains(u"Violation: request"_s), qPrintable(log.right(3000)));
    }

    // (b) Sync from the sandbox through `prism proxy`: no request may violate the spec.
    void syncFromSandboxThroughProxy()
    {
        sandbox::SandboxServer server({.orders = 60});
        QVERIFY(server.start());
        PrismProcess proxy;
        QString error;
        QVERIFY2(proxy.start({u"proxy"_s, m_orders, server.baseUrl().toString()}, &error),
                 qPrintable(error));
        QNetworkAccessManager nam;
        api::Transport transport(&nam, settings());
        api::VtexOmsClient client(&transport, account(proxy.url(), server.baseUrl()));
        QTemporaryDir dir;
        storage::Database db(dir.filePath(u"c.sqlite"_s));
        QVERIFY(db.open().ok());
        storage::OrderCache cache(&db);
        const auto report = runSync(&client, &cache);
        QVERIFY2(report.ok(), qPrintable(report.messages.join(u'\n')));
        QVERIFY(report.ordersListed > 0);
        QCOMPARE(report.detailsFetched, report.ordersListed);
        const QString log = proxy.log();
        QVERIFY2(!log.contains(u"Violation: request"_s), qPrintable(log.right(4000)));
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
