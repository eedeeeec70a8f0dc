#include "core/orderstatus.h"
#include "sandbox/sandboxserver.h"
#include "security/secretstore.h"
#include "storage/auditlog.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/appservices.h"
#include "sync/ordersynchronizer.h"
#include "sync/outboxdispatcher.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
api::TransportSettings fast()
{
    api::TransportSettings s;
    s.backoffBaseMs = 5;
    s.backoffMaxMs = 50;
    s.pauseOn429Ms = 200;
    s.maxAttempts = 2;
    s.ratePerMinute = 0;
    return s;
}
} // namespace

// The dispatcher against the sandbox: real SQLite outbox, real HTTP on 127.0.0.1.
class TestOutboxDispatcher : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<sync::AppServices> m_services;
    QSet<QString> m_used;

    QString findOrder(const QString &status)
    {
        // The cache can lag behind the sandbox after earlier tests; take one that agrees and
        // that no earlier test used.
        const auto list = m_services->orders()->query({.status = status});
        for (const auto &o : list) {
            if (m_used.contains(o.orderId))
                continue;
            if (m_server->order(o.orderId).value("status"_L1).toString() == status) {
                m_used.insert(o.orderId);
                return o.orderId;
            }
        }
        return {};
    }

    qint64 enqueue(CommandKind kind, const QString &orderId, const QJsonObject &payload = {})
    {
        Command c;
        c.kind = kind;
        c.account = u"demo"_s;
        c.orderId = orderId;
        c.payload = payload;
        c.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.operatorName = u"ana"_s;
        storage::AuditEntry a;
        a.operatorName = u"ana"_s;
        a.action = commandKindToString(kind);
        a.account = u"demo"_s;
        a.orderId = orderId;
        a.outcome = u"queued"_s;
        QString error;
        const qint64 id = m_services->outbox()->enqueue(c, a, &error);
        if (!id)
            qWarning() << error;
        return id;
    }

    CommandState waitFinal(qint64 id, int ms = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            const auto c = m_services->outbox()->find(id);
            if (c && isFinalState(c->state))
                return c->state;
            QTest::qWait(20);
        }
        return CommandState::Pending;
    }

    QJsonObject fullInvoice(const QString &orderId, const QString &number)
    {
        const QJsonObject order = m_server->order(orderId);
        QJsonArray items;
        for (const auto &v : order.value("items"_L1).toArray()) {
            const QJsonObject i = v.toObject();
            items.append(QJsonObject{{u"id"_s, i.value("id"_L1)},
                                     {u"quantity"_s, i.value("quantity"_L1)},
                                     {u"price"_s, i.value("sellingPrice"_L1)}});
        }
        return {{u"type"_s, u"Output"_s},
                {u"invoiceNumber"_s, number},
                {u"invoiceValue"_s, QString::number(order.value("value"_L1).toInteger())},
                {u"issuanceDate"_s, u"2026-11-24T10:00:00-03:00"_s},
                {u"invoiceKey"_s, u"35240112345678000199550010000123451000123456"_s},
                {u"courier"_s, u"Correios"_s},
                {u"trackingNumber"_s, u"AA123456785BR"_s},
                {u"trackingUrl"_s, u"https://rastreamento.correios.com.br/?objeto=AA123456785BR"_s},
                {u"items"_s, items}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{.orders = 200});
        QVERIFY(m_server->start());
        m_services = std::make_unique<sync::AppServices>(fast());
        QVERIFY(m_services->open(m_dir.path()).ok());
        m_services->setSecretStore(std::make_unique<security::MemorySecretStore>());
        storage::AccountRecord a;
        a.name = u"demo"_s;
        a.account = u"demo"_s;
        a.appKey = u"demo-key"_s;
        a.baseUrl = m_server->baseUrl();
        a.paymentsUrl = m_server->baseUrl();
        bool saved = false;
        m_services->saveVtexAccount(a, u"demo-token"_s, this, [&](const QString &e, int) {
            QVERIFY2(e.isEmpty(), qPrintable(e));
            saved = true;
        });
        QTRY_VERIFY(saved);
        // Fill the cache so the tests can pick orders by status.
        bool synced = false;
        m_services->clientsFor(
            u"demo"_s, this, [&](const sync::AccountClients &c, const QString &, int) {
                auto *syncer =
                    new sync::OrderSynchronizer(c.oms, m_services->orders(), u"demo"_s, this);
                connect(syncer, &sync::OrderSynchronizer::finished, this,
                        [&](const sync::SyncReport &r) {
                            QVERIFY(r.ok());
                            synced = true;
                        });
                syncer->start({.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)});
            });
        QTRY_VERIFY_WITH_TIMEOUT(synced, 60000);
    }

    void init()
    {
        m_dispatcher = std::make_unique<sync::OutboxDispatcher>(
            m_services.get(),
            sync::DispatcherSettings{.retryBaseMs = 20, .retryMaxMs = 200, .pollMs = 50});
        QVERIFY(m_dispatcher->start());
    }
    void cleanup()
    {
        // Let the last outcomes' order reads finish, so no request of this test reaches the
        // sandbox during the next one.
        if (m_dispatcher)
            QTRY_COMPARE(m_dispatcher->inFlight(), 0);
        m_dispatcher.reset();
    }

    void startHandlingThenInvoiceInOrder()
    {
        const QString id = findOrder(u"ready-for-handling"_s);
        QVERIFY(!id.isEmpty());
        const qint64 start = enqueue(CommandKind::StartHandling, id);
        const qint64 invoice = enqueue(CommandKind::Invoice, id, fullInvoice(id, u"NF1001"_s));
        QCOMPARE(waitFinal(start), CommandState::Sent);
        QCOMPARE(waitFinal(invoice), CommandState::Sent);
        QCOMPARE(m_server->order(id).value("status"_L1).toString(), u"invoiced"_s);
        // The cache shows the new state, read back after the outcome.
        QTRY_COMPARE(m_services->orders()->summary(u"demo"_s, id)->status, u"invoiced"_s);
        const auto audit = m_services->auditLog()->entries({.orderId = id});
        QStringList outcomes;
        for (auto it = audit.crbegin(); it != audit.crend(); ++it)
            outcomes << it->action + u':' + it->outcome;
        QCOMPARE(outcomes, (QStringList{u"start-handling:queued"_s, u"invoice:queued"_s,
                                        u"start-handling:sent"_s, u"invoice:sent"_s}));
        QVERIFY(!m_services->outbox()->find(invoice)->receipt.isEmpty());

        // Sending the same invoice again only renews the receipt.
        const qint64 again = enqueue(CommandKind::Invoice, id, fullInvoice(id, u"NF1001"_s));
        QCOMPARE(waitFinal(again), CommandState::Sent);
        QCOMPARE(m_server->order(id)["packageAttachment"_L1]["packages"_L1].toArray().size(), 1);

        // Tracking PATCH and tracking events PUT on that invoice.
        const qint64 tracking = enqueue(
            CommandKind::Tracking, id,
            {{u"invoiceNumber"_s, u"NF1001"_s},
             {u"body"_s, QJsonObject{{u"trackingNumber"_s, u"JD000123456BR"_s},
                                     {u"courier"_s, u"Jadlog"_s},
                                     {u"trackingUrl"_s, u"https://www.jadlog.com.br/x"_s},
                                     {u"dispatchedDate"_s, u"2026-11-24T12:00:00-03:00"_s}}}});
        QCOMPARE(waitFinal(tracking), CommandState::Sent);
        const qint64 events = enqueue(
            CommandKind::TrackingEvents, id,
            {{u"invoiceNumber"_s, u"NF1001"_s},
             {u"body"_s,
              QJsonObject{{u"isDelivered"_s, false},
                          {u"events"_s, QJsonArray{QJsonObject{
                                            {u"city"_s, u"Recife"_s},
                                            {u"state"_s, u"PE"_s},
                                            {u"description"_s, u"Objeto postado"_s},
                                            {u"date"_s, u"2026-11-24T13:00:00-03:00"_s}}}}}}});
        QCOMPARE(waitFinal(events), CommandState::Sent);
        const QJsonObject pkg =
            m_server->order(id)["packageAttachment"_L1]["packages"_L1].toArray().first().toObject();
        QCOMPARE(pkg.value("trackingNumber"_L1).toString(), u"JD000123456BR"_s);
        QCOMPARE(pkg["courierStatus"_L1]["data"_L1].toArray().size(), 1);
    }

    void alreadyDoneCountsAsDone()
    {
        const QString handling = findOrder(u"handling"_s);
        const qint64 start = enqueue(CommandKind::StartHandling, handling);
        QCOMPARE(waitFinal(start), CommandState::Sent); // 409, checked: the order is handling
        const QString canceled = findOrder(u"canceled"_s);
        const qint64 cancel = enqueue(CommandKind::Cancel, canceled, {{u"reason"_s, u"x"_s}});
        QCOMPARE(waitFinal(cancel), CommandState::Sent);
    }

    void refusedWhenTheOrderMovedOn()
    {
        const QString canceled = findOrder(u"canceled"_s);
        QTRY_COMPARE(m_dispatcher->inFlight(), 0); // earlier outcomes' order reads are done
        const qint64 requestsBefore = m_server->requestCount();
        const qint64 invoice =
            enqueue(CommandKind::Invoice, canceled, fullInvoice(canceled, u"NF2002"_s));
        QCOMPARE(waitFinal(invoice), CommandState::Failed);
        QCOMPARE(m_services->outbox()->find(invoice)->lastError, u"order is now canceled"_s);
        QVERIFY(
            m_server->order(canceled)["packageAttachment"_L1]["packages"_L1].toArray().isEmpty());
        QVERIFY(m_server->requestCount() - requestsBefore <= 1); // only the re-read
        const QString invoiced = findOrder(u"invoiced"_s);
        const qint64 cancel = enqueue(CommandKind::Cancel, invoiced, {{u"reason"_s, u"x"_s}});
        QCOMPARE(waitFinal(cancel), CommandState::Failed);
        QVERIFY(m_services->outbox()->find(cancel)->lastError.contains(u"invoiced"_s));
        QCOMPARE(m_server->order(invoiced).value("status"_L1).toString(), u"invoiced"_s);
    }

    void deliversUnderFailuresAndRateLimits()
    {
        m_server->setFailRate(0.3);
        m_server->setRateLimitPerMinute(600);
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i) {
            const QString id = findOrder(u"ready-for-handling"_s);
            QVERIFY(!id.isEmpty());
            ids << enqueue(CommandKind::StartHandling, id);
        }
        for (qint64 id : ids)
            QCOMPARE(waitFinal(id, 60000), CommandState::Sent);
        m_server->setFailRate(0);
        m_server->setRateLimitPerMinute(0);
        QVERIFY(m_dispatcher->retryCount() > 0);
    }

    void oneDispatcherPerDataDirectoryAndRecovery()
    {
        sync::OutboxDispatcher second(m_services.get());
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY(error.contains(u"Another"_s));
        m_dispatcher.reset(); // releases the lock

        // A command left "sending" by a crash goes out again when a dispatcher starts.
        const QString id = findOrder(u"ready-for-handling"_s);
        const qint64 cmd = enqueue(CommandKind::StartHandling, id);
        QString e;
        QVERIFY(m_services->outbox()->markSending(cmd, &e));
        QVERIFY(second.start(&error));
        QCOMPARE(waitFinal(cmd), CommandState::Sent);
        QCOMPARE(m_server->order(id).value("status"_L1).toString(), u"handling"_s);
    }

    // An outbox that cannot be read is said (storageError, once, not at every poll) and is
    // never "idle": a failed read is not "nothing to send".
    void anUnreadableOutboxIsReportedNotIdle()
    {
        QTemporaryDir dir;
        sync::AppServices services(fast());
        QVERIFY(services.open(dir.path()).ok());
        services.setSecretStore(std::make_unique<security::MemorySecretStore>());
        {
            QSqlQuery q(services.database()->connection());
            QVERIFY(q.exec(u"DROP TABLE commands"_s));
        }
        sync::OutboxDispatcher dispatcher(&services, {.pollMs = 20});
        QSignalSpy errors(&dispatcher, &sync::OutboxDispatcher::storageError);
        QSignalSpy idle(&dispatcher, &sync::OutboxDispatcher::idle);
        QVERIFY(dispatcher.start());
        QTRY_VERIFY(errors.count() > 0);
        QVERIFY2(errors.first().first().toString().contains(u"no such table: commands"_s),
                 qPrintable(errors.first().first().toString()));
        const auto said = errors.count();
        QTest::qWait(300); // some fifteen polls
        QCOMPARE(errors.count(), said);
        QCOMPARE(idle.count(), 0);
    }

private:
    std::unique_ptr<sync::OutboxDispatcher> m_dispatcher;
};

QTEST_GUILESS_MAIN(TestOutboxDispatcher)
#include "tst_outboxdispatcher.moc"
