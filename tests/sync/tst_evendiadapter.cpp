// e-vendi behind the channel seam, against the sandbox's e-vendi store over real HTTP on
// 127.0.0.1, with a real SQLite cache and outbox: a sync pages through searchOrders and stores
// every order with its status; each action goes through the outbox and the dispatcher, ends in
// e-vendi's store, is read back into the cache, and is safe to send again.
#include "core/evendiforms.h"
#include "core/orderdecoder.h"
#include "sandbox/sandboxserver.h"
#include "security/secretstore.h"
#include "storage/auditlog.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/actionqueue.h"
#include "sync/appservices.h"
#include "sync/evendisynchronizer.h"
#include "sync/outboxdispatcher.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
const QString kAccount = u"Marketplace"_s;
}

class TestEvendiAdapter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<sync::AppServices> m_services;
    std::unique_ptr<sync::OutboxDispatcher> m_dispatcher;
    QSet<QString> m_used;

    sync::SyncReport runSync(const QString &account = kAccount)
    {
        sync::SyncReport report;
        bool done = false;
        sync::ChannelAdapter *adapter = m_services->channelAdapter(Channel::Evendi);
        adapter->createSync(account, this, [&](sync::ChannelSync *s, const QString &error, int) {
            if (!s) {
                report.messages << error;
                report.failures = 1;
                done = true;
                return;
            }
            connect(s, &sync::ChannelSync::finished, this, [&, s](const sync::SyncReport &r) {
                report = r;
                done = true;
                s->deleteLater();
            });
            s->start({.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)});
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qFatal("sync did not finish");
        return report;
    }

    // A cached order of `status` (and payment method, when given) no earlier test used.
    QString findOrder(const QString &status, const QString &method = {})
    {
        for (const OrderSummary &s :
             m_services->orders()->query({.account = kAccount, .status = status})) {
            if (m_used.contains(s.orderId))
                continue;
            const QJsonObject o = m_server->evendiOrder(s.orderId);
            if (o.value("status"_L1).toString() != status)
                continue;
            if (!method.isEmpty() && o.value("paymentMethod"_L1).toString() != method)
                continue;
            m_used.insert(s.orderId);
            return s.orderId;
        }
        return {};
    }

    Order cachedOrder(const QString &orderId)
    {
        return decodeOrder(Channel::Evendi, m_services->orders()->rawJson(kAccount, orderId)).order;
    }

    qint64 queue(CommandKind kind, const QString &orderId, const QJsonObject &payload = {},
                 QString *error = nullptr, bool *busy = nullptr)
    {
        sync::ActionRequest r;
        r.kind = kind;
        r.account = kAccount;
        r.orderId = orderId;
        r.payload = payload;
        r.operatorName = u"ana"_s;
        if (kind == CommandKind::Cancel || kind == CommandKind::Refund)
            r.supervisor = u"bia"_s;
        QString e;
        const qint64 id = sync::queueAction(m_services.get(), r, error ? error : &e, busy);
        m_dispatcher->wake();
        return id;
    }

    Command waitFinal(qint64 id)
    {
        Command c;
        const bool ok = QTest::qWaitFor(
            [&] {
                c = m_services->outbox()->find(id).value_or(Command{});
                return isFinalState(c.state);
            },
            30000);
        if (!ok)
            qWarning() << "command" << id << "still" << commandStateToString(c.state);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<sandbox::SandboxServer>(
            sandbox::SandboxOptions{.orders = 5, .evendiOrders = 130});
        QVERIFY(m_server->start());
        api::TransportSettings fast;
        fast.backoffBaseMs = 5;
        fast.backoffMaxMs = 50;
        fast.maxAttempts = 2;
        m_services = std::make_unique<sync::AppServices>(fast);
        QVERIFY(m_services->open(m_dir.path()).ok());
        m_services->setSecretStore(std::make_unique<security::MemorySecretStore>());
        storage::AccountRecord a;
        a.name = kAccount;
        a.kind = u"evendi"_s;
        a.baseUrl = m_server->baseUrl().resolved(QUrl(u"/api/"_s));
        a.settings = {{u"organizationExternalId"_s, u"1001"_s},
                      {u"env"_s, u"dev"_s},
                      {u"ratePerMinute"_s, 6000}};
        bool saved = false;
        m_services->saveAccount(a, u"demo-evendi-token"_s, this, [&](const QString &e, int) {
            QVERIFY2(e.isEmpty(), qPrintable(e));
            saved = true;
        });
        QTRY_VERIFY(saved);
        m_dispatcher = std::make_unique<sync::OutboxDispatcher>(
            m_services.get(),
            sync::DispatcherSettings{.retryBaseMs = 20, .retryMaxMs = 200, .pollMs = 50});
        QVERIFY(m_dispatcher->start());
    }

    void cleanupTestCase()
    {
        if (m_dispatcher)
            QTRY_COMPARE(m_dispatcher->inFlight(), 0);
        m_dispatcher.reset();
    }

    void syncStoresEveryOrderWithItsStatus()
    {
        const sync::SyncReport report = runSync();
        QVERIFY2(report.ok(), qPrintable(report.messages.join(u'\n')));
        QCOMPARE(report.ordersListed, 130); // three pages of 50
        QCOMPARE(report.detailsFetched, 130);
        storage::OrderCache *cache = m_services->orders();
        QCOMPARE(cache->count({.account = kAccount}), 130);
        int open = 0;
        for (const OrderSummary &s : cache->query({.account = kAccount})) {
            QCOMPARE(s.channel, Channel::Evendi);
            const QJsonObject o = m_server->evendiOrder(s.orderId);
            QCOMPARE(s.status, o.value("status"_L1).toString());
            // Float reais to exact cents.
            QCOMPARE(s.totalValue.cents(), qRound64(o.value("value"_L1).toDouble() * 100));
            QCOMPARE(s.sequence, QString::number(o.value("orderNumber"_L1).toInt()));
            open += s.status == u"OPEN";
        }
        QVERIFY(open > 0);
        // The ready queue holds e-vendi's open orders, counted and listed alike.
        const storage::OrderQuery ready{.account = kAccount,
                                        .workState = WorkState::ReadyForHandling};
        QCOMPARE(cache->count(ready), open);
        QCOMPARE(cache->query(ready).size(), open);
    }

    void aSecondSyncReadsNoOrderAgain()
    {
        const sync::SyncReport report = runSync();
        QVERIFY2(report.ok(), qPrintable(report.messages.join(u'\n')));
        QCOMPARE(report.ordersListed, 130);
        QCOMPARE(report.detailsFetched, 0);
    }

    void aWrongTokenStopsTheSync()
    {
        storage::AccountRecord a = *m_services->accounts()->find(kAccount);
        a.name = u"Wrong"_s;
        bool saved = false;
        m_services->saveAccount(a, u"not-the-token"_s, this,
                                [&](const QString &, int) { saved = true; });
        QTRY_VERIFY(saved);
        const sync::SyncReport report = runSync(u"Wrong"_s);
        QVERIFY(!report.ok());
        QVERIFY(!report.fatalError.isNone());
        QCOMPARE(report.detailsFetched, 0);
        const QString text = report.messages.join(u'\n');
        QVERIFY2(text.contains(u"Wrong"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"not-the-token"_s), qPrintable(text));
        QCOMPARE(m_services->orders()->count({.account = u"Wrong"_s}), 0);
    }

    void trackingCodeAndFiscalNote()
    {
        const QString id = findOrder(u"OPEN"_s);
        QVERIFY(!id.isEmpty());
        const Command tracking =
            waitFinal(queue(CommandKind::Tracking, id, {{u"trackingCode"_s, u"AA123456785BR"_s}}));
        QCOMPARE(tracking.state, CommandState::Sent);
        QCOMPARE(m_server->evendiOrder(id).value("trackingCode"_L1).toString(), u"AA123456785BR"_s);
        const QString url = u"https://nfe.example.com.br/danfe/35240112345678000199.pdf"_s;
        const Command note =
            waitFinal(queue(CommandKind::Invoice, id, {{u"fiscalNoteUrl"_s, url}}));
        QCOMPARE(note.state, CommandState::Sent);
        QCOMPARE(m_server->evendiOrder(id).value("fiscalNoteUrl"_L1).toString(), url);
        // A URL that is not https never leaves (the forms refuse it first; the adapter too).
        const Command plain = waitFinal(
            queue(CommandKind::Invoice, id, {{u"fiscalNoteUrl"_s, u"http://nfe.example.com"_s}}));
        QCOMPARE(plain.state, CommandState::Failed);
        QVERIFY2(plain.lastError.contains(u"https"_s), qPrintable(plain.lastError));
        QCOMPARE(m_server->evendiOrder(id).value("fiscalNoteUrl"_L1).toString(), url);
    }

    void closeIsReadBackAndSafeToSendAgain()
    {
        const QString id = findOrder(u"OPEN"_s);
        QVERIFY(!id.isEmpty());
        const Command close = waitFinal(queue(CommandKind::Close, id));
        QCOMPARE(close.state, CommandState::Sent);
        QCOMPARE(m_server->evendiOrder(id).value("status"_L1).toString(), u"CLOSED"_s);
        // Read back into the cache: it leaves the ready queue for the shipped one.
        QTRY_COMPARE(m_services->orders()->summary(kAccount, id)->status, u"CLOSED"_s);
        // The same close again (a crash before its outcome was written): done, not refused.
        const qint64 requests = m_server->requestCount();
        const Command again = waitFinal(queue(CommandKind::Close, id));
        QCOMPARE(again.state, CommandState::Sent);
        QVERIFY2(again.receipt.contains(u"already closed"_s), qPrintable(again.receipt));
        QTRY_COMPARE(m_dispatcher->inFlight(), 0);
        // Read again (getOrderById, searchOrders) and read back; no closeOrder.
        QVERIFY(m_server->requestCount() - requests <= 4);
    }

    void cancelOnlyForRefusedOrders()
    {
        const QString open = findOrder(u"OPEN"_s);
        const Command refused =
            waitFinal(queue(CommandKind::Cancel, open, {{u"reason"_s, u"x"_s}}));
        QCOMPARE(refused.state, CommandState::Failed);
        QVERIFY2(refused.lastError.contains(u"refused"_s), qPrintable(refused.lastError));
        QCOMPARE(m_server->evendiOrder(open).value("status"_L1).toString(), u"OPEN"_s);

        const QString id = findOrder(u"REFUSED"_s);
        QVERIFY(!id.isEmpty());
        const Command cancel =
            waitFinal(queue(CommandKind::Cancel, id, {{u"reason"_s, u"pagamento recusado"_s}}));
        QCOMPARE(cancel.state, CommandState::Sent);
        QVERIFY(m_server->evendiOrder(id).value("status"_L1).toString() != u"REFUSED"_s);
        const auto audit = m_services->auditLog()->entries({.orderId = id});
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.last().detail, u"pagamento recusado"_s); // the queued line
        QCOMPARE(audit.last().supervisor, u"bia"_s);
    }

    void refundDropsTheBankAccountOnceSent()
    {
        const QString id = findOrder(u"CLOSED"_s, u"boleto"_s);
        QVERIFY2(!id.isEmpty(), "the sandbox has a closed boleto order");
        EvendiRefundForm form{u"produto com defeito"_s,
                              u"001"_s,
                              u"1234"_s,
                              u"5"_s,
                              u"987654"_s,
                              u"3"_s,
                              u"conta_corrente"_s,
                              u"cpf"_s,
                              u"529.982.247-25"_s,
                              u"Maria da Silva"_s};
        QVERIFY(validateEvendiRefund(form, cachedOrder(id)).isEmpty());
        const qint64 cid = queue(CommandKind::Refund, id, evendiRefundPayload(form));
        const Command refund = waitFinal(cid);
        QCOMPARE(refund.state, CommandState::Sent);
        QCOMPARE(m_server->evendiOrder(id).value("status"_L1).toString(), u"REVERSED"_s);
        // Not in the outbox any more, in any form.
        QVERIFY(!refund.payload.contains("transient"_L1));
        QCOMPARE(refund.payload.value("reason"_L1).toString(), u"produto com defeito"_s);
        QSqlQuery q(m_services->database()->connection());
        QVERIFY(q.exec(u"SELECT payload FROM commands WHERE id = %1"_s.arg(cid)) && q.next());
        QVERIFY2(!q.value(0).toString().contains(u"987654"_s), qPrintable(q.value(0).toString()));
        QVERIFY(!q.value(0).toString().contains(u"52998224725"_s));
        QTRY_COMPARE(m_services->orders()->summary(kAccount, id)->status, u"REVERSED"_s);

        // A boleto refund without the bank account is refused by the form, naming the field.
        const QString other = findOrder(u"OPEN"_s, u"boleto"_s);
        if (!other.isEmpty()) {
            const FieldIssues issues =
                validateEvendiRefund({u"arrependimento"_s}, cachedOrder(other));
            QVERIFY(hasErrors(issues));
            QVERIFY(describeIssues(issues).contains(u"account-number"_s));
        }
    }

    void oneUnfinishedCommandPerOrderAcrossChannels()
    {
        // Stop sending, so the first command stays pending.
        QTRY_COMPARE(m_dispatcher->inFlight(), 0);
        m_dispatcher.reset();
        const QString id = findOrder(u"OPEN"_s);
        QString error;
        bool busy = false;
        const qint64 first = sync::queueAction(m_services.get(),
                                               {CommandKind::Tracking,
                                                kAccount,
                                                id,
                                                {{u"trackingCode"_s, u"JD1"_s}},
                                                u"ana"_s,
                                                {},
                                                {}},
                                               &error, &busy);
        QVERIFY2(first > 0, qPrintable(error));
        const qint64 second = sync::queueAction(
            m_services.get(), {CommandKind::Close, kAccount, id, {}, u"ana"_s, {}, {}}, &error,
            &busy);
        QCOMPARE(second, 0);
        QVERIFY(busy);
        QVERIFY2(error.contains(id), qPrintable(error));
        // An intent e-vendi does not have is refused before the outbox sees it.
        busy = false;
        const qint64 start = sync::queueAction(
            m_services.get(),
            {CommandKind::StartHandling, kAccount, findOrder(u"OPEN"_s), {}, u"ana"_s, {}, {}},
            &error, &busy);
        QCOMPARE(start, 0);
        QVERIFY(!busy);
        QVERIFY2(error.contains(u"e-vendi"_s), qPrintable(error));
        // Sending again works the queue off.
        m_dispatcher = std::make_unique<sync::OutboxDispatcher>(
            m_services.get(),
            sync::DispatcherSettings{.retryBaseMs = 20, .retryMaxMs = 200, .pollMs = 50});
        QVERIFY(m_dispatcher->start());
        QCOMPARE(waitFinal(first).state, CommandState::Sent);
    }
};

QTEST_GUILESS_MAIN(TestEvendiAdapter)
#include "tst_evendiadapter.moc"
