#include "prismprocess.h"
#include "skiporfail.h"
#include "specviolations.h"

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
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
// Prism refusing a request: a 422 status or its error name. Not any "422" in the log: the mock's
// port is printed in every line, and 127.0.0.1:42293 once failed a correct run.
bool refusedByPrism(const QString &log)
{
    static const QRegularExpression status(u"(?<![\\d:])422(?!\\d)|UNPROCESSABLE_ENTITY"_s);
    return log.contains(status);
}

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

sync::SyncReport runSync(api::VtexOmsClient *client, storage::OrderCache *cache,
                         const QStringList &statuses = {u"ready-for-handling"_s, u"handling"_s,
                                                        u"invoiced"_s})
{
    sync::OrderSynchronizer syncer(client, cache, u"contract"_s);
    QSignalSpy finished(&syncer, &sync::OrderSynchronizer::finished);
    sync::SyncOptions o;
    o.statuses = statuses;
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
        QVERIFY2(!refusedByPrism(log) && !log.contains(u"Violation: request"_s),
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
        QVERIFY2(!refusedByPrism(plog) && !plog.contains(u"Violation: request"_s),
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

    // (b) The sandbox through `prism proxy`, in front of both specs: every reply the product gets
    // from it follows the official spec -- the list and detail of all 300 orders (every status the
    // sandbox has), each order's payment transaction, the orders feed, and each action, on success
    // and on the errors the spec documents -- except the departures that known-departures.json
    // lists, each with why real VTEX shows it too. A new violation fails, naming route, JSON path
    // and message; so does a listed departure that no longer occurs. No request may break the
    // spec either.
    void sandboxRepliesFollowSpec()
    {
        const QString departuresFile =
            QStringLiteral(DESPACHO_SOURCE_DIR) + u"/tests/contract/known-departures.json"_s;
        QString error;
        const QList<KnownDeparture> known = loadKnownDepartures(departuresFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        sandbox::SandboxServer server({.orders = 300});
        QVERIFY(server.start());
        PrismProcess orders;
        PrismProcess payments;
        QVERIFY2(orders.launch({u"proxy"_s, m_orders, server.baseUrl().toString()}, &error),
                 qPrintable(error));
        QVERIFY2(payments.launch({u"proxy"_s, m_payments, server.baseUrl().toString()}, &error),
                 qPrintable(error));
        QVERIFY2(orders.waitUntilListening(&error), qPrintable(error));
        QVERIFY2(payments.waitUntilListening(&error), qPrintable(error));
        RecordingNetworkAccessManager nam;
        // Every reply must pass the recording manager: past six requests in flight the transport
        // would spread HTTP/1.1 over further managers of its own (Qt's six connections a host).
        api::TransportSettings oneManager = settings();
        oneManager.maxConcurrency = 6;
        api::Transport transport(&nam, oneManager);
        const api::VtexAccountConfig config = account(orders.url(), payments.url());
        api::VtexOmsClient client(&transport, config);
        api::VtexPaymentsClient paymentsClient(&transport, config);
        QTemporaryDir dir;
        storage::Database db(dir.filePath(u"c.sqlite"_s));
        QVERIFY(db.open().ok());
        storage::OrderCache cache(&db);

        // Every order, in every status the sandbox generates.
        const auto report = runSync(&client, &cache,
                                    {u"payment-pending"_s, u"ready-for-handling"_s, u"handling"_s,
                                     u"invoiced"_s, u"canceled"_s});
        QVERIFY2(report.ok(), qPrintable(report.messages.join(u'\n')));
        QCOMPARE(report.ordersListed, 300);
        QCOMPARE(report.detailsFetched, report.ordersListed);

        // Each order's transaction, from the Payments Gateway.
        const QList<OrderSummary> summaries = cache.query(storage::OrderQuery{});
        QCOMPARE(summaries.size(), 300);
        QStringList failures;
        int pending = 0;
        for (const OrderSummary &s : summaries) {
            const QJsonObject json =
                QJsonDocument::fromJson(cache.rawJson(u"contract"_s, s.orderId)).object();
            const QString transactionId = json.value("paymentData"_L1)
                                              .toObject()
                                              .value("transactions"_L1)
                                              .toArray()
                                              .first()
                                              .toObject()
                                              .value("transactionId"_L1)
                                              .toString();
            QVERIFY2(!transactionId.isEmpty(), qPrintable(s.orderId));
            ++pending;
            paymentsClient.getTransaction(
                transactionId, this,
                [&, transactionId](const QJsonObject &t, const api::ApiError &e) {
                    if (!e.isNone() || t.value("id"_L1).toString() != transactionId)
                        failures << transactionId + u": "_s + e.userText();
                    --pending;
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 120000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

        // The actions, as the dispatcher sends them (same form code as the GUI and the CLI).
        exerciseActions(client, summaries);
        if (QTest::currentTestFailed())
            return;
        // The orders feed: read a lot and commit it.
        exerciseFeed(nam, orders.url());
        if (QTest::currentTestFailed())
            return;

        // What the headers said matches Prism's own log, so no reply went unrecorded or cut.
        const auto logged = [](PrismProcess &p, const QString &what) {
            return int(p.log().count(u"Violation: "_s + what));
        };
        const int fromHeaders = int(nam.responseViolations().size());
        QTRY_COMPARE_WITH_TIMEOUT(logged(orders, u"response"_s) + logged(payments, u"response"_s),
                                  fromHeaders, 10000);
        QVERIFY2(nam.truncated().isEmpty(), qPrintable(nam.truncated().join(u'\n')));
        QStringList requestViolations;
        for (const SpecViolation &v : nam.requestViolations())
            requestViolations << v.route + u"  "_s + v.path + u"  "_s + v.message;
        QVERIFY2(requestViolations.isEmpty(), qPrintable(requestViolations.join(u'\n')));
        QCOMPARE(logged(orders, u"request"_s) + logged(payments, u"request"_s), 0);

        QStringList routes;
        const auto byRoute = nam.repliesByRoute();
        for (auto it = byRoute.cbegin(); it != byRoute.cend(); ++it)
            routes << u"%1: %2"_s.arg(it.key()).arg(it.value());
        routes.sort();
        qInfo("%d replies checked, %d response violations in all, by route:\n  %s",
              nam.repliesSeen(), fromHeaders, qPrintable(routes.join(u"\n  "_s)));
        // Every route the sandbox serves from the specs was checked.
        for (const QString &route : sandboxSpecRoutes())
            QVERIFY2(byRoute.value(route) > 0, qPrintable(u"not exercised: "_s + route));

        // One line each (Qt Test cuts a long failure message).
        const DepartureCheck check = checkDepartures(nam.responseViolations(), known);
        for (const QString &line : check.unexpected)
            qWarning("new violation: %s", qPrintable(line));
        for (const QString &line : check.stale)
            qWarning("stale departure: %s", qPrintable(line));
        QVERIFY2(check.unexpected.isEmpty(),
                 qPrintable(u"%1 response violation(s) of the official spec, listed above as \"new "
                            "violation\", are not in %2: fix the sandbox, or list a departure "
                            "real VTEX shows, with why"_s.arg(check.unexpected.size())
                                .arg(departuresFile)));
        QVERIFY2(check.stale.isEmpty(),
                 qPrintable(u"%1 departure(s) listed in %2 no longer occur (above as \"stale "
                            "departure\"): remove them"_s.arg(check.stale.size())
                                .arg(departuresFile)));
    }

    // The departure check itself: Prism's header folds to route + path + message, a listed one
    // passes, a new one and a stale entry are named.
    void departureCheckNamesNewAndStale()
    {
        const auto violation = [](const QStringList &location, const QString &message) {
            return QJsonObject{{u"location"_s, QJsonArray::fromStringList(location)},
                               {u"severity"_s, u"Error"_s},
                               {u"code"_s, u"type"_s},
                               {u"message"_s, message}};
        };
        const QByteArray header =
            QJsonDocument(
                QJsonArray{
                    violation(
                        {u"response"_s, u"body"_s, u"items"_s, u"3"_s, u"priceTags"_s, u"0"_s},
                        u"Response body property items.3.priceTags.0 must be string"_s),
                    violation({u"response"_s, u"body"_s, u"shippingData"_s, u"address"_s,
                               u"complement"_s},
                              u"Response body property shippingData.address.complement "
                              "must be string"_s)})
                .toJson(QJsonDocument::Compact);
        const QString route = specRoute("GET", u"/api/oms/pvt/orders/1234-01"_s);
        QCOMPARE(route, u"GET /api/oms/pvt/orders/{orderId}"_s);
        QCOMPARE(specRoute("PUT", u"/api/oms/pvt/orders/1234-01/invoice/NF1/tracking"_s),
                 u"PUT /api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}/tracking"_s);
        bool truncated = true;
        const QList<SpecViolation> seen =
            parseViolationHeader(header, route, u"/api/oms/pvt/orders/1234-01"_s, &truncated);
        QVERIFY(!truncated);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].path, u"response.body.items[].priceTags[]"_s);
        QCOMPARE(seen[0].message, u"Response body property items[].priceTags[] must be string"_s);
        const QList<KnownDeparture> known{
            {route, u"response.body.items[].priceTags[]"_s,
             u"Response body property items[].priceTags[] must be string"_s, u"why"_s},
            {route, u"response.body.gone"_s, u"Response body property gone must be string"_s,
             u"why"_s}};
        const DepartureCheck check = checkDepartures(seen, known);
        QCOMPARE(check.unexpected.size(), 1);
        QVERIFY2(check.unexpected[0].contains(u"response.body.shippingData.address.complement"_s),
                 qPrintable(check.unexpected[0]));
        QVERIFY(check.unexpected[0].contains(u"GET /api/oms/pvt/orders/{orderId}"_s));
        QCOMPARE(check.stale.size(), 1);
        QVERIFY(check.stale[0].contains(u"response.body.gone"_s));
        parseViolationHeader("Too many violations! [{\"loc", route, {}, &truncated);
        QVERIFY(truncated);
    }

private:
    // Fetches an order through the client and decodes it.
    static Order fetchOrder(api::VtexOmsClient &client, const QString &orderId, QObject *ctx)
    {
        Order order;
        bool done = false;
        client.getOrder(orderId, ctx, [&](const QJsonObject &json, const api::ApiError &e) {
            if (e.isNone())
                order = orderFromVtexJson(json).order;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("get order %s: no answer in 30 s", qPrintable(orderId));
        return order;
    }

    static api::ApiResponse
    await(const std::function<void(api::VtexOmsClient::ResponseCallback)> &send)
    {
        api::ApiResponse response;
        bool done = false;
        send([&](const api::ApiResponse &r) {
            response = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("no answer in 30 s");
        return response;
    }

    void exerciseActions(api::VtexOmsClient &client, const QList<OrderSummary> &summaries)
    {
        QStringList ready, invoiced;
        for (const OrderSummary &s : summaries) {
            if (s.status == u"ready-for-handling")
                ready << s.orderId;
            else if (s.status == u"invoiced")
                invoiced << s.orderId;
        }
        QVERIFY(ready.size() >= 2);
        QVERIFY(!invoiced.isEmpty());
        const QString unknown = u"0000000000000-01"_s;
        const auto status = [](const api::ApiResponse &r) {
            return u"%1 %2"_s.arg(r.httpStatus).arg(QString::fromUtf8(r.body.left(300)));
        };

        // Start handling, invoice, tracking number, tracking events (in transit, then delivered).
        const QString a = ready[0];
        auto r = await([&](auto done) { client.startHandling(a, this, done); });
        QVERIFY2(r.httpStatus == 204, qPrintable(status(r)));
        r = await([&](auto done) { client.startHandling(a, this, done); });
        QVERIFY2(r.httpStatus == 409, qPrintable(status(r))); // the spec's documented conflict
        r = await([&](auto done) { client.startHandling(unknown, this, done); });
        QVERIFY2(r.httpStatus == 404, qPrintable(status(r)));

        Order order = fetchOrder(client, a, this);
        QCOMPARE(order.status, u"handling"_s);
        InvoiceForm invoice;
        invoice.number = u"NF%1"_s.arg(order.sequence);
        invoice.issued = QDateTime::currentDateTime();
        invoice.key = u"35261112345678000199550010000123451000123452"_s;
        invoice.url = u"https://loja.example/nf/%1.pdf"_s.arg(order.sequence);
        QVERIFY2(!hasErrors(validateInvoice(invoice, order)),
                 qPrintable(describeIssues(validateInvoice(invoice, order))));
        r = await(
            [&](auto done) { client.sendInvoice(a, invoicePayload(invoice, order), this, done); });
        QVERIFY2(r.httpStatus == 200, qPrintable(status(r)));
        order = fetchOrder(client, a, this);
        QCOMPARE(order.status, u"invoiced"_s);

        const QJsonObject tracking =
            trackingPayload({invoice.number, u"Correios"_s, u"AA123456785BR"_s,
                             u"https://rastreamento.correios.com.br/app/index.php?objetos="
                             "AA123456785BR"_s,
                             QDateTime::currentDateTime()});
        r = await([&](auto done) {
            client.updateInvoiceTracking(a, invoice.number, tracking.value("body"_L1).toObject(),
                                         this, done);
        });
        QVERIFY2(r.httpStatus == 200, qPrintable(status(r)));
        TrackingEventsForm events;
        events.invoiceNumber = invoice.number;
        events.events = {{u"Barueri"_s, u"SP"_s, u"Objeto postado"_s,
                          QDateTime::currentDateTime().addSecs(-3600)}};
        r = await([&](auto done) {
            client.updateTrackingStatus(a, invoice.number,
                                        trackingEventsPayload(events).value("body"_L1).toObject(),
                                        this, done);
        });
        QVERIFY2(r.httpStatus == 200, qPrintable(status(r)));
        fetchOrder(client, a, this); // in transit: not delivered yet
        events.events << TrackingEventInput{u"Recife"_s, u"PE"_s, u"Objeto entregue"_s,
                                            QDateTime::currentDateTime()};
        events.delivered = true;
        events.deliveredDate = QDateTime::currentDateTime();
        r = await([&](auto done) {
            client.updateTrackingStatus(a, invoice.number,
                                        trackingEventsPayload(events).value("body"_L1).toObject(),
                                        this, done);
        });
        QVERIFY2(r.httpStatus == 200, qPrintable(status(r)));
        order = fetchOrder(client, a, this);
        QVERIFY(!order.packages.isEmpty() && order.packages.last().delivered);

        // A return invoice on an invoiced order.
        const QString c = invoiced[0];
        order = fetchOrder(client, c, this);
        InvoiceForm back;
        back.output = false;
        back.number = u"DEV%1"_s.arg(order.sequence);
        back.issued = QDateTime::currentDateTime();
        back.items = {{order.items.first().skuId, 1, -1}};
        r = await(
            [&](auto done) { client.sendInvoice(c, invoicePayload(back, order), this, done); });
        QVERIFY2(r.httpStatus == 200, qPrintable(status(r)));
        fetchOrder(client, c, this);

        // Cancel.
        const QString b = ready[1];
        r = await([&](auto done) { client.cancelOrder(b, u"Cliente desistiu"_s, this, done); });
        QVERIFY2(r.httpStatus == 200, qPrintable(status(r)));
        QCOMPARE(fetchOrder(client, b, this).status, u"canceled"_s);
        r = await(
            [&](auto done) { client.cancelOrder(unknown, u"Cliente desistiu"_s, this, done); });
        QVERIFY2(r.httpStatus == 404, qPrintable(status(r)));
    }

    void exerciseFeed(QNetworkAccessManager &nam, const QUrl &base)
    {
        const auto send = [&](const QByteArray &verb, const QString &path, const QByteArray &body) {
            QUrl url = base;
            url.setPath(path);
            if (verb == "GET")
                url.setQuery(u"maxlot=10"_s);
            QNetworkRequest request(url);
            request.setRawHeader("Accept", "application/json");
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("X-VTEX-API-AppKey", "demo-key");
            request.setRawHeader("X-VTEX-API-AppToken", "demo-token");
            QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(30000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QByteArray answer = reply->readAll();
            if (reply->error() != QNetworkReply::NoError)
                answer += " (" + reply->errorString().toUtf8() + ')';
            reply->deleteLater();
            return std::pair{status, answer};
        };
        const auto [status, body] = send("GET", u"/api/orders/feed"_s, {});
        QVERIFY2(status == 200, qPrintable(QString::fromUtf8(body)));
        const QJsonArray items = QJsonDocument::fromJson(body).array();
        QVERIFY(!items.isEmpty()); // the actions above left events
        QJsonArray handles;
        for (const QJsonValue &v : items)
            handles << v.toObject().value("handle"_L1);
        const auto [commitStatus, commitBody] = send(
            "POST", u"/api/orders/feed"_s,
            QJsonDocument(QJsonObject{{u"handles"_s, handles}}).toJson(QJsonDocument::Compact));
        QVERIFY2(commitStatus == 200, qPrintable(QString::fromUtf8(commitBody)));
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
