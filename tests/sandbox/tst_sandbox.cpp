// The sandbox's VTEX side over real HTTP on 127.0.0.1: authentication, routing, the order list
// (filters, search, paging, the 30-page cap) and the cross-cutting behaviours (fail rate, rate
// limit, latency). Documents and determinism: tst_sandboxorder; the workflow: tst_sandboxactions.

#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using despacho::sandbox::SandboxOptions;
using despacho::sandbox::SandboxServer;

namespace {
const QString kOrders = u"/api/oms/pvt/orders"_s;
}

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<SandboxServer>(SandboxOptions{});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->baseUrl(), QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())));
        QCOMPARE(m_server->orderCount(), 500);
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
    }

    void authentication()
    {
        const Response missing = m_client->send("GET", kOrders, {}, {}, false);
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.errorCode(), u"1"_s);
        QVERIFY(missing.object().value(u"error").toObject().contains(u"exception"));

        SandboxClient wrong(m_server->baseUrl(), "demo-key", "not-the-token");
        QCOMPARE(wrong.get(kOrders).status, 403);
        SandboxClient wrongKey(m_server->baseUrl(), "other-key", "demo-token");
        QCOMPARE(wrongKey.get(kOrders).status, 403);
        QCOMPARE(wrong.get(u"/api/pvt/transactions/ABC"_s).status, 403);

        const Response ok = m_client->get(kOrders);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.contentType, QByteArray("application/json; charset=utf-8"));
    }

    void unknownRouteAndMethod()
    {
        const Response unknown = m_client->get(u"/api/nothing/here"_s);
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.json.isObject());
        QCOMPARE(unknown.contentType, QByteArray("application/json; charset=utf-8"));
        QCOMPARE(m_client->send("DELETE", kOrders).status, 405);
    }

    void listPaging()
    {
        const Response r = m_client->get(kOrders);
        QCOMPARE(r.status, 200);
        const QJsonObject paging = r.object().value(u"paging").toObject();
        QCOMPARE(paging.value(u"total").toInt(), 500);
        QCOMPARE(paging.value(u"perPage").toInt(), 15);
        QCOMPARE(paging.value(u"pages").toInt(), 34);
        QCOMPARE(paging.value(u"currentPage").toInt(), 1);
        QVERIFY(r.object().value(u"facets").isArray());
        const QJsonObject stats = r.object()[u"stats"][u"stats"].toObject();
        QCOMPARE(stats[u"totalValue"][u"Count"].toInt(), 500);
        QVERIFY(stats[u"totalItems"][u"Sum"].toDouble() >= 500);

        const QJsonArray list = r.object().value(u"list").toArray();
        QCOMPARE(list.size(), 15);
        const QStringList expected{u"orderId"_s,
                                   u"creationDate"_s,
                                   u"clientName"_s,
                                   u"items"_s,
                                   u"totalValue"_s,
                                   u"paymentNames"_s,
                                   u"status"_s,
                                   u"statusDescription"_s,
                                   u"marketPlaceOrderId"_s,
                                   u"sequence"_s,
                                   u"salesChannel"_s,
                                   u"affiliateId"_s,
                                   u"origin"_s,
                                   u"workflowInErrorState"_s,
                                   u"workflowInRetry"_s,
                                   u"lastMessageUnread"_s,
                                   u"ShippingEstimatedDate"_s,
                                   u"ShippingEstimatedDateMax"_s,
                                   u"ShippingEstimatedDateMin"_s,
                                   u"orderIsComplete"_s,
                                   u"listId"_s,
                                   u"listType"_s,
                                   u"authorizedDate"_s,
                                   u"callCenterOperatorName"_s,
                                   u"totalItems"_s,
                                   u"currencyCode"_s};
        QStringList keys = list.first().toObject().keys();
        QStringList sortedExpected = expected;
        keys.sort();
        sortedExpected.sort();
        QCOMPARE(keys, sortedExpected); // exactly these: no lastChange
        QVERIFY(list.first()[u"items"].isNull());
        // Default order: newest first.
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(listDate(list[i - 1][u"creationDate"]) >= listDate(list[i][u"creationDate"]));
        const Response asc = m_client->get(kOrders, query({{u"orderBy"_s, u"creationDate,asc"_s}}));
        const QJsonArray ascList = asc.object().value(u"list").toArray();
        QVERIFY(listDate(ascList[0][u"creationDate"]) <= listDate(ascList[1][u"creationDate"]));
        const Response byId = m_client->get(kOrders, query({{u"orderBy"_s, u"orderId,asc"_s}}));
        const QJsonArray idList = byId.object().value(u"list").toArray();
        QVERIFY(idList[0][u"orderId"].toString() < idList[1][u"orderId"].toString());
        QCOMPARE(m_client->get(kOrders, query({{u"orderBy"_s, u"color,asc"_s}})).status, 400);

        const Response big = m_client->get(kOrders, query({{u"per_page"_s, u"100"_s}}));
        QCOMPARE(big.object()[u"list"].toArray().size(), 100);
        QCOMPARE(big.object()[u"paging"][u"pages"].toInt(), 5);
        QCOMPARE(m_client->get(kOrders, query({{u"per_page"_s, u"101"_s}})).status, 400);
        QCOMPARE(m_client->get(kOrders, query({{u"per_page"_s, u"0"_s}})).status, 400);

        const Response last = m_client->get(kOrders, query({{u"page"_s, u"30"_s}}));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.object()[u"list"].toArray().size(), 15);
        const Response beyond = m_client->get(kOrders, query({{u"page"_s, u"31"_s}}));
        QCOMPARE(beyond.status, 400);
        QVERIFY2(beyond.errorMessage().contains(u"Max page exceed ( 30 )"),
                 beyond.body.constData());
        // The cap holds however few results there are.
        const Response narrow = m_client->get(
            kOrders, query({{u"page"_s, u"31"_s}, {u"f_status"_s, u"payment-pending"_s}}));
        QCOMPARE(narrow.status, 400);
        const Response empty =
            m_client->get(kOrders, query({{u"page"_s, u"20"_s}, {u"per_page"_s, u"100"_s}}));
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.object()[u"list"].toArray().isEmpty());
    }

    void statusFilterAndMix()
    {
        QHash<QString, int> totals;
        for (const QString &status : {u"ready-for-handling"_s, u"handling"_s, u"invoiced"_s,
                                      u"canceled"_s, u"payment-pending"_s}) {
            const Response r =
                m_client->get(kOrders, query({{u"f_status"_s, status}, {u"per_page"_s, u"100"_s}}));
            QCOMPARE(r.status, 200);
            totals[status] = r.object()[u"paging"][u"total"].toInt();
            for (const auto &row : r.object()[u"list"].toArray())
                QCOMPARE(row[u"status"].toString(), status);
        }
        int sum = 0;
        for (int n : std::as_const(totals))
            sum += n;
        QCOMPARE(sum, 500);
        QVERIFY(qAbs(totals[u"ready-for-handling"_s] - 175) < 45);
        QVERIFY(qAbs(totals[u"handling"_s] - 125) < 40);
        QVERIFY(qAbs(totals[u"invoiced"_s] - 150) < 40);
        QVERIFY(totals[u"canceled"_s] > 10 && totals[u"payment-pending"_s] > 3);

        const Response both =
            m_client->get(kOrders, query({{u"f_status"_s, u"ready-for-handling,handling"_s}}));
        QCOMPARE(both.object()[u"paging"][u"total"].toInt(),
                 totals[u"ready-for-handling"_s] + totals[u"handling"_s]);
        const Response rfh =
            m_client->get(kOrders, query({{u"f_status"_s, u"ready-for-handling"_s}}));
        QCOMPARE(rfh.object()[u"list"][0][u"statusDescription"].toString(),
                 u"Pronto para o manuseio"_s);
    }

    void creationDateFilter()
    {
        const QString range =
            u"creationDate:[2026-10-01T00:00:00.000Z TO 2026-10-15T23:59:59.999Z]"_s;
        const QDateTime from(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2026, 10, 15), QTime(23, 59, 59, 999), Qt::UTC);
        const Response r = m_client->get(
            kOrders, query({{u"f_creationDate"_s, range}, {u"per_page"_s, u"100"_s}}));
        QCOMPARE(r.status, 200);
        const int total = r.object()[u"paging"][u"total"].toInt();
        QVERIFY2(total > 40 && total < 120, QByteArray::number(total).constData());
        for (const auto &row : r.object()[u"list"].toArray()) {
            const QDateTime t = listDate(row[u"creationDate"]);
            QVERIFY(t >= from && t <= to);
        }
        // Inclusive bounds: a range of one instant finds the order created then.
        const QJsonObject first = r.object()[u"list"][0].toObject();
        const QString instant = listDate(first[u"creationDate"]).toString(Qt::ISODateWithMs);
        const Response exact = m_client->get(
            kOrders, query({{u"f_creationDate"_s, u"creationDate:[%1 TO %1]"_s.arg(instant)}}));
        QCOMPARE(exact.object()[u"paging"][u"total"].toInt(), 1);
        QCOMPARE(exact.object()[u"list"][0][u"orderId"], first[u"orderId"]);

        // Form-encoded spaces ("+TO+") are understood too.
        const Response plus = m_client->get(
            kOrders, query({{u"f_creationDate"_s, u"creationDate:[%1+TO+%1]"_s.arg(instant)}}));
        QCOMPARE(plus.object()[u"paging"][u"total"].toInt(), 1);
        QCOMPARE(m_client->get(kOrders, query({{u"f_creationDate"_s, u"yesterday"_s}})).status,
                 400);
    }

    void fullTextSearch()
    {
        const QJsonObject row = m_client->get(kOrders).object()[u"list"][3].toObject();
        const QString id = row[u"orderId"].toString();
        const QJsonObject order = m_server->order(id);
        const QJsonObject client = order[u"clientProfileData"].toObject();
        const auto finds = [&](const QString &q) {
            const Response r =
                m_client->get(kOrders, query({{u"q"_s, q}, {u"per_page"_s, u"100"_s}}));
            for (const auto &hit : r.object()[u"list"].toArray()) {
                if (hit[u"orderId"].toString() == id)
                    return true;
            }
            return false;
        };
        QVERIFY(finds(id));
        QVERIFY(finds(order[u"sequence"].toString()));
        QVERIFY(finds(client[u"email"].toString().toUpper()));
        QVERIFY(finds(client[u"lastName"].toString().toLower()));
        QVERIFY(finds(client[u"document"].toString()));
        QVERIFY(!finds(u"no-such-client-anywhere"_s));
    }

    void failRate()
    {
        SandboxOptions options;
        options.orders = 60;
        options.failRate = 1.0;
        SandboxServer server(options);
        QVERIFY(server.start());
        SandboxClient client(server.baseUrl());
        QVERIFY(client.get(kOrders).status >= 500);
        server.setFailRate(0.0);
        const QString id = client.get(kOrders, query({{u"f_status"_s, u"ready-for-handling"_s}}))
                               .object()[u"list"][0][u"orderId"]
                               .toString();
        QVERIFY(!id.isEmpty());
        const QJsonObject before = server.order(id);
        server.setFailRate(1.0);
        const qint64 requests = server.requestCount();
        const Response r = client.post(kOrders + u'/' + id + u"/start-handling"_s, {});
        QVERIFY2(r.status == 503 || r.status == 500 || r.status == 502,
                 QByteArray::number(r.status).constData());
        QVERIFY(r.json.isObject() && !r.errorMessage().isEmpty());
        QCOMPARE(server.requestCount(), requests + 1);
        QCOMPARE(server.order(id), before); // nothing changed

        // A fraction, reproducible from the seed.
        const auto run = [&](SandboxServer &s) {
            SandboxClient c(s.baseUrl());
            QList<int> codes;
            for (int i = 0; i < 60; ++i)
                codes << c.get(kOrders).status;
            return codes;
        };
        options.failRate = 0.3;
        SandboxServer x(options), y(options);
        QVERIFY(x.start() && y.start());
        const QList<int> cx = run(x), cy = run(y);
        QCOMPARE(cx, cy);
        const auto failures = std::count_if(cx.cbegin(), cx.cend(), [](int s) { return s >= 500; });
        QVERIFY2(failures >= 8 && failures <= 30, QByteArray::number(failures).constData());
    }

    void rateLimit()
    {
        SandboxOptions options;
        options.orders = 20;
        options.rateLimitPerMinute = 5;
        options.retryAfterSeconds = 7;
        SandboxServer server(options);
        QVERIFY(server.start());
        SandboxClient client(server.baseUrl());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get(kOrders).status, 200);
        const Response limited = client.get(kOrders);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, QByteArray("7"));
        QCOMPARE(limited.errorCode(), u"429"_s);
        server.setRateLimitPerMinute(0);
        QCOMPARE(client.get(kOrders).status, 200);
    }

    void throttleRate()
    {
        SandboxOptions options;
        options.orders = 20;
        options.throttleRate = 0.3;
        options.retryAfterSeconds = 2;
        SandboxServer server(options);
        QVERIFY(server.start());
        SandboxClient client(server.baseUrl());
        int throttled = 0;
        for (int i = 0; i < 60; ++i) {
            const Response r = client.get(kOrders);
            QVERIFY2(r.status == 200 || r.status == 429, QByteArray::number(r.status).constData());
            if (r.status == 429) {
                ++throttled;
                QCOMPARE(r.retryAfter, QByteArray("2"));
            }
        }
        QVERIFY2(throttled >= 8 && throttled <= 30, QByteArray::number(throttled).constData());
        server.setThrottleRate(0.0);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(client.get(kOrders).status, 200);
    }

    void latencyOverlaps()
    {
        SandboxOptions options;
        options.orders = 20;
        options.latencyMs = 200;
        SandboxServer server(options);
        QVERIFY(server.start());
        SandboxClient client(server.baseUrl());
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 20; ++i)
            replies << client.start("GET", client.request(kOrders));
        int ok = 0;
        for (QNetworkReply *reply : replies)
            ok += SandboxClient::finish(reply).status == 200 ? 1 : 0;
        const qint64 elapsed = timer.elapsed();
        qInfo("20 parallel requests at 200 ms latency took %lld ms", elapsed);
        QCOMPARE(ok, 20);
        QVERIFY2(elapsed >= 200, QByteArray::number(elapsed).constData());
        // Serially this would take 20 x 200 ms; Qt opens 6 connections per host.
        QVERIFY2(elapsed < 2000, QByteArray::number(elapsed).constData());
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
