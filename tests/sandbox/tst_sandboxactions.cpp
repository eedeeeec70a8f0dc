// The sandbox's VTEX order workflow over real HTTP: start handling, invoices (full, partial,
// repeated, invalid), tracking (PATCH number, PUT events), cancel, and the orders feed.

#include "sandbox/sandboxserver.h"
#include "sandboxclient.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using despacho::sandbox::SandboxOptions;
using despacho::sandbox::SandboxServer;

namespace {

const QString kOrders = u"/api/oms/pvt/orders"_s;

QJsonObject invoiceBody(const QJsonObject &order, const QString &number, QJsonArray items = {})
{
    qint64 value = 0;
    if (items.isEmpty()) {
        for (const auto &v : order[u"items"].toArray()) {
            items.append(QJsonObject{{u"id"_s, v[u"id"]},
                                     {u"quantity"_s, v[u"quantity"]},
                                     {u"price"_s, v[u"sellingPrice"]}});
        }
        value = order[u"value"].toInteger();
    } else {
        for (const auto &v : std::as_const(items))
            value += v[u"price"].toInteger() * v[u"quantity"].toInteger();
    }
    return {{u"type"_s, u"Output"_s},
            {u"issuanceDate"_s, u"2026-11-24T10:00:00-03:00"_s},
            {u"invoiceNumber"_s, number},
            {u"invoiceValue"_s, QString::number(value)},
            {u"invoiceKey"_s, u"52060433009911002506550120000007800267301615"_s},
            {u"invoiceUrl"_s, u"https://nfe.example.com.br/%1.pdf"_s.arg(number)},
            {u"courier"_s, u"Correios PAC"_s},
            {u"trackingNumber"_s, u""_s},
            {u"trackingUrl"_s, u""_s},
            {u"dispatchedDate"_s, QJsonValue()},
            {u"items"_s, items}};
}

bool isReceipt(const Response &r, const QString &orderId)
{
    static const QRegularExpression guid(u"^[0-9a-f]{32}$"_s);
    return r.status == 200 && r.object()[u"orderId"].toString() == orderId &&
           guid.match(r.object()[u"receipt"].toString()).hasMatch() &&
           !r.object()[u"date"].toString().isEmpty();
}

} // namespace

class TestSandboxActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    QStringList m_taken; // orders a test already used

    // An unused order in `status` whose items satisfy `fits`.
    QString pick(const QString &status, const std::function<bool(const QJsonObject &)> &fits = {})
    {
        QUrlQuery q;
        q.addQueryItem(u"f_status"_s, status);
        q.addQueryItem(u"per_page"_s, u"100"_s);
        for (const auto &row : m_client->get(kOrders, q).object()[u"list"].toArray()) {
            const QString id = row[u"orderId"].toString();
            if (m_taken.contains(id) || (fits && !fits(m_server->order(id))))
                continue;
            m_taken << id;
            return id;
        }
        return {};
    }
    QJsonObject fetch(const QString &id) { return m_client->get(kOrders + u'/' + id).object(); }
    static QJsonArray packages(const QJsonObject &order)
    {
        return order[u"packageAttachment"][u"packages"].toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.orders = 300;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start());
        m_client = std::make_unique<SandboxClient>(m_server->baseUrl());
    }

    void startHandling()
    {
        const QString id = pick(u"ready-for-handling"_s);
        const QJsonObject before = fetch(id);
        const Response r = m_client->post(kOrders + u'/' + id + u"/start-handling", {});
        QCOMPARE(r.status, 204);
        const QJsonObject after = fetch(id);
        QCOMPARE(after[u"status"].toString(), u"handling"_s);
        QCOMPARE(after[u"statusDescription"].toString(), u"Preparando Entrega"_s);
        QVERIFY(after[u"lastChange"].toString() > before[u"lastChange"].toString());
        QVERIFY(after[u"allowCancellation"].toBool());

        const Response again = m_client->post(kOrders + u'/' + id + u"/start-handling", {});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"OMS003"_s);
        QCOMPARE(m_client->post(kOrders + u"/nope-01/start-handling", {}).status, 404);
        QCOMPARE(m_client->get(kOrders + u'/' + id + u"/start-handling").status, 405);
    }

    void invoiceFull()
    {
        const QString id = pick(u"handling"_s);
        const QJsonObject order = fetch(id);
        const Response r =
            m_client->post(kOrders + u'/' + id + u"/invoice", invoiceBody(order, u"123456"_s));
        QVERIFY2(isReceipt(r, id), r.body.constData());
        const QJsonObject after = fetch(id);
        QCOMPARE(after[u"status"].toString(), u"invoiced"_s);
        QCOMPARE(after[u"statusDescription"].toString(), u"Faturado"_s);
        QCOMPARE(after[u"allowCancellation"].toBool(true), false);
        QVERIFY(!after[u"invoicedDate"].isNull());
        const QJsonArray pkgs = packages(after);
        QCOMPARE(pkgs.size(), 1);
        const QJsonObject p = pkgs[0].toObject();
        QCOMPARE(p[u"invoiceNumber"].toString(), u"123456"_s);
        QCOMPARE(p[u"invoiceValue"].toInteger(), order[u"value"].toInteger());
        QCOMPARE(p[u"type"].toString(), u"Output"_s);
        QCOMPARE(p[u"courier"].toString(), u"Correios PAC"_s);
        QVERIFY(p.contains(u"courierStatus") && p[u"courierStatus"].isNull());
        QCOMPARE(p[u"items"].toArray().size(), order[u"items"].toArray().size());
        // The payment was settled.
        const QString tid = after[u"paymentData"][u"transactions"][0][u"transactionId"].toString();
        QCOMPARE(m_client->get(u"/api/pvt/transactions/"_s + tid).object()[u"status"].toString(),
                 u"Finished"_s);

        // An Output invoice for an invoiced order is refused; a repeat of the same one is not.
        QCOMPARE(
            m_client->post(kOrders + u'/' + id + u"/invoice", invoiceBody(order, u"999"_s)).status,
            409);
        const Response repeat =
            m_client->post(kOrders + u'/' + id + u"/invoice", invoiceBody(order, u"123456"_s));
        QVERIFY(isReceipt(repeat, id));
        QVERIFY(repeat.object()[u"receipt"] != r.object()[u"receipt"]);
        QCOMPARE(packages(fetch(id)).size(), 1);

        // PATCH adds the tracking number, PUT the events.
        const QString patchPath = kOrders + u'/' + id + u"/invoice/123456";
        const QString trackingPath = patchPath + u"/tracking";
        const QJsonObject events{
            {u"isDelivered"_s, false},
            {u"deliveredDate"_s, QJsonValue()},
            {u"events"_s, QJsonArray{QJsonObject{{u"city"_s, u"Barueri"_s},
                                                 {u"state"_s, u"SP"_s},
                                                 {u"description"_s, u"Objeto postado"_s},
                                                 {u"date"_s, u"2026-11-24"_s}}}}};
        QCOMPARE(m_client->put(trackingPath, events).status, 400); // no tracking number yet
        const QJsonObject tracking{
            {u"trackingNumber"_s, u"QB123456785BR"_s},
            {u"trackingUrl"_s,
             u"https://rastreamento.correios.com.br/app/index.php?objetos=QB123456785BR"_s},
            {u"courier"_s, u"Correios PAC"_s},
            {u"dispatchedDate"_s, u"2026-11-24T15:00:00-03:00"_s}};
        QVERIFY(isReceipt(m_client->patch(patchPath, tracking), id));
        const QJsonObject patched = packages(fetch(id))[0].toObject();
        QCOMPARE(patched[u"trackingNumber"].toString(), u"QB123456785BR"_s);
        QCOMPARE(patched[u"dispatchedDate"].toString(), u"2026-11-24T15:00:00-03:00"_s);
        QCOMPARE(m_client->patch(kOrders + u'/' + id + u"/invoice/000", tracking).status, 404);

        QVERIFY(isReceipt(m_client->put(trackingPath, events), id));
        QJsonObject delivered = events;
        delivered[u"isDelivered"_s] = true;
        delivered[u"deliveredDate"_s] = u"2026-11-27 14:30"_s;
        QJsonArray list = events[u"events"].toArray();
        list.append(QJsonObject{{u"city"_s, u"Campinas"_s},
                                {u"state"_s, u"SP"_s},
                                {u"description"_s, u"Objeto entregue ao destinatário"_s},
                                {u"date"_s, u"2026-11-27"_s}});
        delivered[u"events"_s] = list;
        QVERIFY(isReceipt(m_client->put(trackingPath, delivered), id));
        const QJsonObject status = packages(fetch(id))[0][u"courierStatus"].toObject();
        QCOMPARE(status[u"finished"].toBool(), true);
        QCOMPARE(status[u"deliveredDate"].toString(), u"2026-11-27 14:30"_s);
        QCOMPARE(status[u"data"].toArray().size(), 2);
        QCOMPARE(status[u"data"][1][u"city"].toString(), u"Campinas"_s);
        QCOMPARE(m_client->put(kOrders + u'/' + id + u"/invoice/000/tracking", events).status, 404);

        // Cancel after invoice is refused and changes nothing.
        const Response cancel =
            m_client->post(kOrders + u'/' + id + u"/cancel", {{u"reason"_s, u"x"_s}});
        QCOMPARE(cancel.status, 409);
        QCOMPARE(fetch(id)[u"status"].toString(), u"invoiced"_s);
    }

    void partialInvoice()
    {
        const QString id = pick(u"ready-for-handling"_s, [](const QJsonObject &o) {
            return o[u"items"].toArray().size() >= 2;
        });
        QVERIFY(!id.isEmpty());
        const QJsonObject order = fetch(id);
        const QJsonArray items = order[u"items"].toArray();
        const QJsonObject first = items[0].toObject();
        const QJsonArray part{QJsonObject{{u"id"_s, first[u"id"]},
                                          {u"quantity"_s, first[u"quantity"]},
                                          {u"price"_s, first[u"sellingPrice"]}}};
        QVERIFY(isReceipt(
            m_client->post(kOrders + u'/' + id + u"/invoice", invoiceBody(order, u"A-1"_s, part)),
            id));
        const QJsonObject after = fetch(id);
        QCOMPARE(after[u"status"].toString(), u"handling"_s);
        QCOMPARE(packages(after).size(), 1);
        QCOMPARE(after[u"allowCancellation"].toBool(true), false);
        // Partially invoiced orders cannot be canceled (the spec says 400).
        QCOMPARE(m_client->post(kOrders + u'/' + id + u"/cancel", {}).status, 400);
        // More than ordered, or a SKU the order lacks, is refused.
        QCOMPARE(
            m_client->post(kOrders + u'/' + id + u"/invoice", invoiceBody(order, u"A-2"_s, part))
                .status,
            400);
        const QJsonArray stranger{
            QJsonObject{{u"id"_s, u"99999999"_s}, {u"quantity"_s, 1}, {u"price"_s, 100}}};
        QCOMPARE(
            m_client
                ->post(kOrders + u'/' + id + u"/invoice", invoiceBody(order, u"A-3"_s, stranger))
                .status,
            400);

        QJsonArray rest;
        for (qsizetype i = 1; i < items.size(); ++i) {
            rest.append(QJsonObject{{u"id"_s, items[i][u"id"]},
                                    {u"quantity"_s, items[i][u"quantity"]},
                                    {u"price"_s, items[i][u"sellingPrice"]}});
        }
        QVERIFY(isReceipt(
            m_client->post(kOrders + u'/' + id + u"/invoice", invoiceBody(order, u"A-2"_s, rest)),
            id));
        const QJsonObject done = fetch(id);
        QCOMPARE(done[u"status"].toString(), u"invoiced"_s);
        QCOMPARE(packages(done).size(), 2);
    }

    void sameInvoiceNumberTwice()
    {
        const QString id = pick(u"ready-for-handling"_s, [](const QJsonObject &o) {
            return o[u"items"].toArray().size() >= 2;
        });
        const QJsonObject order = fetch(id);
        const QJsonObject first = order[u"items"][0].toObject();
        const QJsonArray part{QJsonObject{{u"id"_s, first[u"id"]},
                                          {u"quantity"_s, first[u"quantity"]},
                                          {u"price"_s, first[u"sellingPrice"]}}};
        const QJsonObject body = invoiceBody(order, u"777"_s, part);
        const Response a = m_client->post(kOrders + u'/' + id + u"/invoice", body);
        const Response b = m_client->post(kOrders + u'/' + id + u"/invoice", body);
        QVERIFY(isReceipt(a, id) && isReceipt(b, id));
        QVERIFY(a.object()[u"receipt"] != b.object()[u"receipt"]);
        QCOMPARE(packages(fetch(id)).size(), 1);
    }

    void invalidInvoices()
    {
        const QString id = pick(u"handling"_s);
        const QJsonObject order = fetch(id);
        const QString path = kOrders + u'/' + id + u"/invoice";
        for (const QString &number : {u"NF 123"_s, u"NF/123"_s, u"NF#123"_s, u""_s})
            QCOMPARE(m_client->post(path, invoiceBody(order, number)).status, 400);
        QJsonObject zero = invoiceBody(order, u"1"_s);
        zero[u"invoiceValue"_s] = u"0"_s;
        QCOMPARE(m_client->post(path, zero).status, 400);
        QJsonObject type = invoiceBody(order, u"1"_s);
        type[u"type"_s] = u"Sale"_s;
        QCOMPARE(m_client->post(path, type).status, 400);
        QCOMPARE(m_client->send("POST", path, {}, "{not json").status, 400);
        const QJsonObject after = fetch(id);
        QCOMPARE(after[u"status"].toString(), u"handling"_s);
        QVERIFY(packages(after).isEmpty());

        const QString canceled = pick(u"canceled"_s);
        QCOMPARE(m_client
                     ->post(kOrders + u'/' + canceled + u"/invoice",
                            invoiceBody(fetch(canceled), u"5"_s))
                     .status,
                 409);
    }

    void cancel()
    {
        const QString id = pick(u"ready-for-handling"_s);
        const Response r = m_client->post(kOrders + u'/' + id + u"/cancel",
                                          {{u"reason"_s, u"Cliente pediu cancelamento"_s}});
        QVERIFY2(isReceipt(r, id), r.body.constData());
        const QJsonObject after = fetch(id);
        QCOMPARE(after[u"status"].toString(), u"canceled"_s);
        QCOMPARE(after[u"statusDescription"].toString(), u"Cancelado"_s);
        QCOMPARE(after[u"cancelReason"].toString(), u"Cliente pediu cancelamento"_s);
        QCOMPARE(after[u"cancellationData"][u"Reason"].toString(), u"Cliente pediu cancelamento"_s);
        QCOMPARE(after[u"allowCancellation"].toBool(true), false);
        const QString tid = after[u"paymentData"][u"transactions"][0][u"transactionId"].toString();
        QCOMPARE(m_client->get(u"/api/pvt/transactions/"_s + tid).object()[u"status"].toString(),
                 u"Canceled"_s);

        const Response again = m_client->post(kOrders + u'/' + id + u"/cancel", {});
        QCOMPARE(again.status, 409);
        QVERIFY(!again.errorMessage().isEmpty());

        // No body at all is fine too.
        const QString handling = pick(u"handling"_s);
        QVERIFY(
            isReceipt(m_client->send("POST", kOrders + u'/' + handling + u"/cancel"), handling));
        QCOMPARE(m_client->post(kOrders + u'/' + pick(u"invoiced"_s) + u"/cancel", {}).status, 409);
    }

    void feed()
    {
        // Drain what earlier tests produced.
        QStringList handles;
        QJsonArray items = m_client->get(u"/api/orders/feed"_s, QUrlQuery(u"maxlot=10"_s)).array();
        QVERIFY(!items.isEmpty());
        QVERIFY(items.size() <= 10);
        const QJsonObject item = items.first().toObject();
        for (const char16_t *key :
             {u"eventId", u"handle", u"domain", u"state", u"lastState", u"orderId", u"lastChange",
              u"currentChange", u"availableDate"}) {
            QVERIFY2(item.contains(QStringView(key)), qPrintable(QString::fromUtf16(key)));
        }
        QCOMPARE(item[u"domain"].toString(), u"Fulfillment"_s);
        while (!items.isEmpty()) {
            handles.clear();
            for (const auto &v : std::as_const(items))
                handles << v[u"handle"].toString();
            QCOMPARE(m_client
                         ->post(u"/api/orders/feed"_s,
                                {{u"handles"_s, QJsonArray::fromStringList(handles)}})
                         .status,
                     200);
            items = m_client->get(u"/api/orders/feed"_s, QUrlQuery(u"maxlot=10"_s)).array();
        }

        const QString id = pick(u"ready-for-handling"_s);
        QCOMPARE(m_client->post(kOrders + u'/' + id + u"/start-handling", {}).status, 204);
        items = m_client->get(u"/api/orders/feed"_s).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][u"orderId"].toString(), id);
        QCOMPARE(items[0][u"state"].toString(), u"handling"_s);
        QCOMPARE(items[0][u"lastState"].toString(), u"ready-for-handling"_s);
        // Uncommitted items stay in the queue.
        QCOMPARE(m_client->get(u"/api/orders/feed"_s).array().size(), 1);
        m_client->post(u"/api/orders/feed"_s, {{u"handles"_s, QJsonArray{items[0][u"handle"]}}});
        QVERIFY(m_client->get(u"/api/orders/feed"_s).array().isEmpty());

        // New orders and the test helper show up as well.
        m_server->addOrders(2);
        const QString other = pick(u"handling"_s);
        const QString before = fetch(other)[u"lastChange"].toString();
        m_server->setOrderStatus(other, u"invoiced"_s);
        QVERIFY(fetch(other)[u"lastChange"].toString() > before);
        items = m_client->get(u"/api/orders/feed"_s).array();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[2][u"orderId"].toString(), other);
        QCOMPARE(items[2][u"state"].toString(), u"invoiced"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxActions)
#include "tst_sandboxactions.moc"
