// VTEX OMS and Payments clients against a local server: URLs, query strings, paging, path
// encoding, the write endpoints' method/path/body, and reply mapping.

#include "api/transport.h"
#include "api/vtexomsclient.h"
#include "api/vtexpaymentsclient.h"
#include "fakehttpserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace despacho::api;
using namespace despacho::api::test;

namespace {

VtexAccountConfig configFor(const QUrl &base)
{
    VtexAccountConfig config;
    config.name = QStringLiteral("Loja");
    config.account = QStringLiteral("minhaloja");
    config.appKey = QStringLiteral("vtexappkey-minhaloja-ABC");
    config.appToken = QStringLiteral("TOKEN-XYZ");
    config.baseUrl = base;
    config.paymentsUrl = base;
    return config;
}

struct ListResult
{
    int calls = 0;
    OrderListPage page;
    ApiError error;
};

struct ObjectResult
{
    int calls = 0;
    QJsonObject object;
    ApiError error;
};

const QByteArray kListReply = R"({
  "list": [{"orderId":"v502559llux-01","status":"ready-for-handling","totalValue":7453},
           {"orderId":"v502556llux-01","status":"invoiced","totalValue":1160}],
  "facets": [],
  "paging": {"total": 84, "pages": 42, "currentPage": 2, "perPage": 2},
  "stats": {"stats": {}}
})";

} // namespace

class TstVtexClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_transport = std::make_unique<Transport>(m_nam.get(), fastSettings());
    }
    void cleanup()
    {
        m_transport.reset();
        m_nam.reset();
    }

    void defaultBaseUrls();
    void listOrdersQueryString();
    void listOrdersOpenRange();
    void listOrdersMinimalQuery();
    void listOrdersParsesPaging();
    void listOrdersWithoutListIsInvalid();
    void listOrdersMalformedJson();
    void getOrderEncodesPath();
    void getOrderMalformedJsonNamesOperation();
    void getOrderNotFound();
    void baseUrlWithPrefix();
    void writeEndpoints();
    void invoiceIsNotRetriedButTrackingIs();
    void paymentsTransaction();

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<Transport> m_transport;
};

void TstVtexClients::defaultBaseUrls()
{
    VtexAccountConfig config;
    config.account = QStringLiteral("MinhaLoja");
    QCOMPARE(config.omsBase(), QUrl(QStringLiteral("https://minhaloja.vtexcommercestable.com.br")));
    QCOMPARE(config.paymentsBase(), QUrl(QStringLiteral("https://minhaloja.vtexpayments.com.br")));
    const QUrl url = vtexUrl(config.omsBase(), u"/api/oms/pvt/orders", {QStringLiteral("v1-01")});
    QCOMPARE(
        url.toString(),
        QStringLiteral("https://minhaloja.vtexcommercestable.com.br/api/oms/pvt/orders/v1-01"));
}

void TstVtexClients::listOrdersQueryString()
{
    RecordingServer server;
    server.setHandler([](const SeenRequest &, int) { return jsonReply(kListReply); });
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    ListOrdersQuery query;
    query.statuses = {QStringLiteral("ready-for-handling"), QStringLiteral("handling")};
    const QTimeZone saoPaulo(-3 * 3600);
    query.from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), saoPaulo);
    query.to = QDateTime(QDate(2024, 1, 1), QTime(23, 59, 59, 999), saoPaulo);
    query.search = QStringLiteral("a+b c&d");
    query.orderBy = QStringLiteral("creationDate,desc");
    query.page = 2;
    query.perPage = 500; // clamped to VTEX's maximum
    ListResult result;
    client.listOrders(query, this, [&result](const OrderListPage &page, const ApiError &error) {
        ++result.calls;
        result.page = page;
        result.error = error;
    });
    QTRY_COMPARE(result.calls, 1);
    QVERIFY2(result.error.isNone(), qPrintable(result.error.logText()));
    QCOMPARE(server.requestCount(), 1);
    const SeenRequest &seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.url.path(), QStringLiteral("/api/oms/pvt/orders"));
    QCOMPARE(seen.header("X-VTEX-API-AppKey"), QByteArray("vtexappkey-minhaloja-ABC"));
    QCOMPARE(seen.header("X-VTEX-API-AppToken"), QByteArray("TOKEN-XYZ"));
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
    const QUrlQuery q(seen.url);
    QCOMPARE(q.queryItemValue(QStringLiteral("f_status"), QUrl::FullyDecoded),
             QStringLiteral("ready-for-handling,handling"));
    QCOMPARE(q.queryItemValue(QStringLiteral("f_creationDate"), QUrl::FullyDecoded),
             QStringLiteral("creationDate:[2024-01-01T03:00:00.000Z TO 2024-01-02T02:59:59.999Z]"));
    QCOMPARE(q.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), QStringLiteral("a+b c&d"));
    QCOMPARE(q.queryItemValue(QStringLiteral("orderBy"), QUrl::FullyDecoded),
             QStringLiteral("creationDate,desc"));
    QCOMPARE(q.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(q.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));

    // The exact wire form, built without a server.
    const QUrl url =
        listOrdersUrl(QUrl(QStringLiteral("https://a.vtexcommercestable.com.br")), query);
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://a.vtexcommercestable.com.br/api/oms/pvt/orders"
                            "?f_status=ready-for-handling,handling"
                            "&f_creationDate=creationDate:%5B2024-01-01T03:00:00.000Z%20TO%20"
                            "2024-01-02T02:59:59.999Z%5D"
                            "&q=a%2Bb%20c%26d&orderBy=creationDate,desc&page=2&per_page=100"));
}

void TstVtexClients::listOrdersOpenRange()
{
    ListOrdersQuery query;
    query.from = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), QTimeZone::utc());
    const QUrlQuery q(listOrdersUrl(QUrl(QStringLiteral("https://x.y")), query));
    QCOMPARE(q.queryItemValue(QStringLiteral("f_creationDate"), QUrl::FullyDecoded),
             QStringLiteral("creationDate:[2024-05-06T07:08:09.010Z TO 2100-01-01T00:00:00.000Z]"));
    ListOrdersQuery untilOnly;
    untilOnly.to = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
    const QUrlQuery q2(listOrdersUrl(QUrl(QStringLiteral("https://x.y")), untilOnly));
    QCOMPARE(q2.queryItemValue(QStringLiteral("f_creationDate"), QUrl::FullyDecoded),
             QStringLiteral("creationDate:[2000-01-01T00:00:00.000Z TO 2024-05-06T07:08:09.000Z]"));
}

void TstVtexClients::listOrdersMinimalQuery()
{
    const QUrl url = listOrdersUrl(QUrl(QStringLiteral("https://x.y")), ListOrdersQuery{});
    QCOMPARE(url.query(QUrl::FullyEncoded),
             QStringLiteral("orderBy=creationDate,asc&page=1&per_page=100"));
}

void TstVtexClients::listOrdersParsesPaging()
{
    RecordingServer server;
    server.setHandler([](const SeenRequest &, int) { return jsonReply(kListReply); });
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    ListResult result;
    client.listOrders({}, this, [&result](const OrderListPage &page, const ApiError &error) {
        ++result.calls;
        result.page = page;
        result.error = error;
    });
    QTRY_COMPARE(result.calls, 1);
    QVERIFY(result.error.isNone());
    QCOMPARE(result.page.rows.size(), 2);
    QCOMPARE(result.page.rows.at(0).value(u"orderId").toString(), QStringLiteral("v502559llux-01"));
    QCOMPARE(result.page.total, 84);
    QCOMPARE(result.page.pages, 42);
    QCOMPARE(result.page.currentPage, 2);
    QCOMPARE(result.page.perPage, 2);
}

void TstVtexClients::listOrdersWithoutListIsInvalid()
{
    RecordingServer server;
    server.setHandler([](const SeenRequest &, int) {
        return jsonReply(R"({"paging":{"total":0,"pages":0,"currentPage":1,"perPage":15}})");
    });
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    ListResult result;
    client.listOrders({}, this, [&result](const OrderListPage &page, const ApiError &error) {
        ++result.calls;
        result.page = page;
        result.error = error;
    });
    QTRY_COMPARE(result.calls, 1);
    QCOMPARE(result.error.kind, ErrorKind::InvalidReply);
    QVERIFY2(result.error.detail.contains(u"list orders"), qPrintable(result.error.detail));
    QVERIFY(result.page.rows.isEmpty());
}

void TstVtexClients::listOrdersMalformedJson()
{
    RecordingServer server;
    server.setHandler(
        [](const SeenRequest &, int) { return jsonReply(R"({"list":[{"orderId":)"); });
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    ListResult result;
    client.listOrders({}, this, [&result](const OrderListPage &, const ApiError &error) {
        ++result.calls;
        result.error = error;
    });
    QTRY_COMPARE(result.calls, 1);
    QCOMPARE(result.error.kind, ErrorKind::InvalidReply);
    QVERIFY2(result.error.detail.startsWith(u"invalid JSON in reply to list orders page 1: "),
             qPrintable(result.error.detail));
    QCOMPARE(server.requestCount(), 1); // a complete but malformed body is not retried
}

void TstVtexClients::getOrderEncodesPath()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.body = R"({"orderId":"odd/id?x#y z","status":"handling"})";
        return reply;
    });
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    ObjectResult result;
    client.getOrder(QStringLiteral(" odd/id?x#y z "), this,
                    [&result](const QJsonObject &order, const ApiError &error) {
                        ++result.calls;
                        result.object = order;
                        result.error = error;
                    });
    QTRY_COMPARE(result.calls, 1);
    QVERIFY2(result.error.isNone(), qPrintable(result.error.logText()));
    QCOMPARE(server.requests().first().target,
             QByteArray("/api/oms/pvt/orders/odd%2Fid%3Fx%23y%20z"));
    QCOMPARE(result.object.value(u"status").toString(), QStringLiteral("handling"));
}

void TstVtexClients::getOrderMalformedJsonNamesOperation()
{
    RecordingServer server;
    server.setHandler(
        [](const SeenRequest &, int) { return jsonReply(R"({"orderId": "v123-01",)"); });
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    ObjectResult result;
    client.getOrder(QStringLiteral("v123-01"), this,
                    [&result](const QJsonObject &order, const ApiError &error) {
                        ++result.calls;
                        result.object = order;
                        result.error = error;
                    });
    QTRY_COMPARE(result.calls, 1);
    QCOMPARE(result.error.kind, ErrorKind::InvalidReply);
    QVERIFY2(result.error.detail.startsWith(u"invalid JSON in reply to get order v123-01: "),
             qPrintable(result.error.detail));
    QVERIFY(result.error.detail.contains(u" at offset "));
    QVERIFY(result.object.isEmpty());
    QVERIFY(!result.error.userText().isEmpty());
}

void TstVtexClients::getOrderNotFound()
{
    RecordingServer server;
    server.setHandler([](const SeenRequest &, int) {
        return jsonReply(R"({"error":{"code":"OMS001","message":"Order not found"}})", 404);
    });
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    ObjectResult result;
    client.getOrder(QStringLiteral("nope-01"), this,
                    [&result](const QJsonObject &, const ApiError &e) {
                        ++result.calls;
                        result.error = e;
                    });
    QTRY_COMPARE(result.calls, 1);
    QCOMPARE(result.error.kind, ErrorKind::NotFound);
    QCOMPARE(result.error.serverMessage, QStringLiteral("Order not found"));
    QVERIFY(result.error.detail.contains(u"get order nope-01"));
}

void TstVtexClients::baseUrlWithPrefix()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/vtex/"))));
    ObjectResult result;
    client.getOrder(QStringLiteral("v1-01"), this,
                    [&result](const QJsonObject &, const ApiError &e) {
                        ++result.calls;
                        result.error = e;
                    });
    QTRY_COMPARE(result.calls, 1);
    QCOMPARE(server.requests().first().target, QByteArray("/vtex/api/oms/pvt/orders/v1-01"));
}

void TstVtexClients::writeEndpoints()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.body =
            R"({"date":"2024-02-07T15:22:56.7612218-02:00","orderId":"v1-01","receipt":"abc"})";
        return reply;
    });
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    QList<ApiResponse> responses;
    auto collect = [&responses](const ApiResponse &response) {
        responses << response;
    };
    const QJsonObject invoice{{QStringLiteral("type"), QStringLiteral("Output")},
                              {QStringLiteral("invoiceNumber"), QStringLiteral("NF 123/1")},
                              {QStringLiteral("invoiceValue"), 7453}};
    const QJsonObject tracking{{QStringLiteral("trackingNumber"), QStringLiteral("AA123456789BR")},
                               {QStringLiteral("courier"), QStringLiteral("Correios")}};
    const QJsonObject status{{QStringLiteral("isDelivered"), false},
                             {QStringLiteral("events"), QJsonArray{}}};

    struct Expected
    {
        QByteArray method;
        QByteArray target;
        QByteArray body;
    };
    const QList<Expected> expected = {
        {"POST", "/api/oms/pvt/orders/v1-01/start-handling", ""},
        {"POST", "/api/oms/pvt/orders/v1-01/cancel", R"({"reason":"Sem estoque"})"},
        {"POST", "/api/oms/pvt/orders/v1-01/invoice",
         QJsonDocument(invoice).toJson(QJsonDocument::Compact)},
        {"PATCH", "/api/oms/pvt/orders/v1-01/invoice/NF%20123%2F1",
         QJsonDocument(tracking).toJson(QJsonDocument::Compact)},
        {"PUT", "/api/oms/pvt/orders/v1-01/invoice/NF%20123%2F1/tracking",
         QJsonDocument(status).toJson(QJsonDocument::Compact)},
    };

    const QString order = QStringLiteral("v1-01");
    const QString number = QStringLiteral("NF 123/1");
    // One at a time, so the server sees them in this order.
    client.startHandling(order, this, collect);
    QTRY_COMPARE(responses.size(), 1);
    client.cancelOrder(order, QStringLiteral("Sem estoque"), this, collect);
    QTRY_COMPARE(responses.size(), 2);
    client.sendInvoice(order, invoice, this, collect);
    QTRY_COMPARE(responses.size(), 3);
    client.updateInvoiceTracking(order, number, tracking, this, collect);
    QTRY_COMPARE(responses.size(), 4);
    client.updateTrackingStatus(order, number, status, this, collect);
    QTRY_COMPARE(responses.size(), 5);

    QCOMPARE(server.requestCount(), 5);
    for (int i = 0; i < 5; ++i) {
        const RecordedRequest &seen = server.requests().at(i);
        QCOMPARE(seen.method, expected.at(i).method);
        QCOMPARE(seen.target, expected.at(i).target);
        QCOMPARE(seen.body, expected.at(i).body);
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
        QCOMPARE(seen.header("X-VTEX-API-AppToken"), QByteArray("TOKEN-XYZ"));
        QVERIFY(responses.at(i).ok());
        QCOMPARE(responses.at(i).json.object().value(u"receipt").toString(), QStringLiteral("abc"));
    }
}

void TstVtexClients::invoiceIsNotRetriedButTrackingIs()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    auto trackingCalls = std::make_shared<int>(0);
    server.setHandler([trackingCalls](const RecordedRequest &request, int) {
        FakeReply reply;
        if (request.method == "POST" || (*trackingCalls)++ == 0)
            reply.status = 503;
        return reply;
    });
    VtexOmsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    QList<ApiResponse> responses;
    auto collect = [&responses](const ApiResponse &response) {
        responses << response;
    };
    client.sendInvoice(QStringLiteral("v1-01"), QJsonObject{}, this, collect);
    QTRY_COMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).error.kind, ErrorKind::Server);
    QCOMPARE(responses.at(0).attempts, 1);
    client.updateTrackingStatus(QStringLiteral("v1-01"), QStringLiteral("1"), QJsonObject{}, this,
                                collect);
    QTRY_COMPARE(responses.size(), 2);
    QVERIFY(responses.at(1).ok());
    QCOMPARE(responses.at(1).attempts, 2);
}

void TstVtexClients::paymentsTransaction()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const RecordedRequest &, int) {
        FakeReply reply;
        reply.body =
            R"({"id":"BB55ED929FF749E6BE5A835E4C811B77","status":"Finished","value":7453})";
        return reply;
    });
    VtexPaymentsClient client(m_transport.get(), configFor(server.url(QStringLiteral("/"))));
    ObjectResult result;
    client.getTransaction(QStringLiteral("BB55ED929FF749E6BE5A835E4C811B77"), this,
                          [&result](const QJsonObject &transaction, const ApiError &error) {
                              ++result.calls;
                              result.object = transaction;
                              result.error = error;
                          });
    QTRY_COMPARE(result.calls, 1);
    QVERIFY(result.error.isNone());
    const RecordedRequest &seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.target, QByteArray("/api/pvt/transactions/BB55ED929FF749E6BE5A835E4C811B77"));
    QCOMPARE(seen.header("X-VTEX-API-AppKey"), QByteArray("vtexappkey-minhaloja-ABC"));
    QCOMPARE(result.object.value(u"status").toString(), QStringLiteral("Finished"));
}

QTEST_GUILESS_MAIN(TstVtexClients)
#include "tst_vtexclients.moc"
