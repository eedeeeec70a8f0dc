// The channel seam in src/sync: the dispatcher and queueAction pick the adapter of the account's
// channel and follow its capabilities. Fake adapters stand in for the channels, so nothing here
// depends on VTEX: a command reaches the adapter of its account's channel and no other.
#include "security/secretstore.h"
#include "storage/accountstore.h"
#include "storage/auditlog.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/actionqueue.h"
#include "sync/appservices.h"
#include "sync/channelsync.h"
#include "sync/outboxdispatcher.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
class FakeAdapter : public sync::ChannelAdapter
{
public:
    FakeAdapter(Channel channel, QList<CommandKind> kinds)
        : m_channel(channel)
        , m_kinds(std::move(kinds))
    {}

    Channel channel() const override { return m_channel; }
    sync::ChannelCapabilities capabilities() const override { return {m_kinds, false}; }
    void createSync(const QString &account, QObject *parent, SyncCallback done) override
    {
        syncs << account;
        QMetaObject::invokeMethod(
            parent, [done] { done(nullptr, u"fake channel: no sync"_s, 0); }, Qt::QueuedConnection);
    }
    void send(const Command &command, QObject *context, SendCallback done) override
    {
        sent << command;
        QMetaObject::invokeMethod(
            context, [done, id = command.id] { done(sync::SendOutcome::sent(u"r-%1"_s.arg(id))); },
            Qt::QueuedConnection);
    }
    void refreshOrder(const QString &account, const QString &orderId, QObject *context,
                      RefreshCallback done) override
    {
        refreshed << orderId;
        sync::RefreshedOrder r;
        r.summary.account = account;
        r.summary.orderId = orderId;
        r.summary.channel = m_channel;
        r.summary.status = u"OPEN"_s;
        r.summary.creationDate = QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC);
        r.raw = R"({"id": ")" + orderId.toUtf8() + R"("})";
        QMetaObject::invokeMethod(
            context, [done, r] { done(r); }, Qt::QueuedConnection);
    }

    QList<Command> sent;
    QStringList refreshed;
    QStringList syncs;

private:
    Channel m_channel;
    QList<CommandKind> m_kinds;
};

const QList<CommandKind> kVtexKinds{CommandKind::StartHandling, CommandKind::Invoice,
                                    CommandKind::Tracking, CommandKind::TrackingEvents,
                                    CommandKind::Cancel};
} // namespace

class TestChannelAdapters : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sync::AppServices> m_services;
    FakeAdapter *m_vtex = nullptr;
    FakeAdapter *m_other = nullptr;

    void saveAccount(const QString &name, const QString &kind)
    {
        storage::AccountRecord a;
        a.name = name;
        a.kind = kind;
        a.account = kind == u"vtex"_s ? name : QString();
        a.appKey = kind == u"vtex"_s ? u"key"_s : QString();
        QString error;
        QVERIFY2(m_services->accounts()->save(a, &error), qPrintable(error));
    }

    sync::ActionRequest request(CommandKind kind, const QString &account, const QString &orderId)
    {
        sync::ActionRequest r;
        r.kind = kind;
        r.account = account;
        r.orderId = orderId;
        r.operatorName = u"ana"_s;
        return r;
    }

    CommandState waitFinal(qint64 id)
    {
        std::optional<Command> c;
        for (int i = 0; i < 500; ++i) {
            c = m_services->outbox()->find(id);
            if (c && isFinalState(c->state))
                return c->state;
            QTest::qWait(10);
        }
        return CommandState::Pending;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_services = std::make_unique<sync::AppServices>();
        QVERIFY(m_services->open(m_dir.path()).ok());
        m_services->setSecretStore(std::make_unique<security::MemorySecretStore>());
        saveAccount(u"loja"_s, u"vtex"_s);
        saveAccount(u"market"_s, u"evendi"_s);
        saveAccount(u"elsewhere"_s, u"mercadolivre"_s);
    }

    // Out of the box: VTEX's adapter with every VTEX intent, e-vendi's with its own, none for a
    // channel this build does not know.
    void defaultAdapters()
    {
        sync::ChannelAdapter *vtex = m_services->channelAdapter(Channel::Vtex);
        QVERIFY(vtex);
        QCOMPARE(vtex->channel(), Channel::Vtex);
        for (CommandKind k : kVtexKinds)
            QVERIFY(vtex->capabilities().supports(k));
        QVERIFY(!vtex->capabilities().supports(CommandKind::Unknown));
        QVERIFY(!vtex->capabilities().supports(CommandKind::Close));
        QVERIFY(vtex->capabilities().paymentTransactions);
        sync::ChannelAdapter *evendi = m_services->channelAdapter(Channel::Evendi);
        QVERIFY(evendi);
        QCOMPARE(evendi->channel(), Channel::Evendi);
        for (CommandKind k : {CommandKind::Tracking, CommandKind::Invoice, CommandKind::Close,
                              CommandKind::Cancel, CommandKind::Refund})
            QVERIFY(evendi->capabilities().supports(k));
        QVERIFY(!evendi->capabilities().supports(CommandKind::StartHandling));
        QVERIFY(!evendi->capabilities().supports(CommandKind::TrackingEvents));
        QVERIFY(!evendi->capabilities().paymentTransactions);
        QString error;
        QCOMPARE(m_services->adapterForAccount(u"loja"_s, &error), vtex);
        QCOMPARE(m_services->adapterForAccount(u"market"_s, &error), evendi);
        QVERIFY(!m_services->adapterForAccount(u"elsewhere"_s, &error));
        QVERIFY2(error.contains(u"mercadolivre"_s), qPrintable(error));
        QVERIFY(!m_services->adapterForAccount(u"nobody"_s, &error));
        QVERIFY(error.contains(u"nobody"_s));
        // Without an adapter for its channel, nothing is queued for the account.
        bool busy = true;
        QCOMPARE(sync::queueAction(m_services.get(),
                                   request(CommandKind::Tracking, u"elsewhere"_s, u"E-0"_s), &error,
                                   &busy),
                 0);
        QVERIFY(!busy);
        QVERIFY2(error.contains(u"elsewhere"_s), qPrintable(error));
        // An intent the channel does not have is refused the same way.
        QCOMPARE(sync::queueAction(m_services.get(),
                                   request(CommandKind::StartHandling, u"market"_s, u"E-0"_s),
                                   &error, &busy),
                 0);
        QVERIFY2(error.contains(u"e-vendi"_s), qPrintable(error));
    }

    void registerFakes()
    {
        auto vtex = std::make_unique<FakeAdapter>(Channel::Vtex, kVtexKinds);
        auto other = std::make_unique<FakeAdapter>(
            Channel::Evendi, QList<CommandKind>{CommandKind::Invoice, CommandKind::Tracking});
        m_vtex = vtex.get();
        m_other = other.get();
        m_services->setChannelAdapter(std::move(vtex));
        m_services->setChannelAdapter(std::move(other));
        QString error;
        QCOMPARE(m_services->adapterForAccount(u"loja"_s, &error), m_vtex);
        QCOMPARE(m_services->adapterForAccount(u"market"_s, &error), m_other);
        QVERIFY(!m_services->adapterForAccount(u"elsewhere"_s, &error));
        QVERIFY2(error.contains(u"mercadolivre"_s), qPrintable(error));
    }

    // A VTEX-only intent is refused for a channel that cannot carry it out, before the outbox.
    void capabilityRefusedForAChannelWithoutIt()
    {
        for (CommandKind k :
             {CommandKind::StartHandling, CommandKind::Cancel, CommandKind::TrackingEvents}) {
            QString error;
            bool busy = true;
            QCOMPARE(sync::queueAction(m_services.get(), request(k, u"market"_s, u"E-1"_s), &error,
                                       &busy),
                     0);
            QVERIFY(!busy);
            QVERIFY2(error.contains(u"e-vendi"_s) && error.contains(u"market"_s),
                     qPrintable(error));
            QVERIFY2(error.contains(commandKindDisplayName(k)), qPrintable(error));
        }
        // A chain is refused whole when one of its intents is not possible.
        QString error;
        QVERIFY(sync::queueActions(m_services.get(),
                                   {request(CommandKind::StartHandling, u"market"_s, u"E-1"_s),
                                    request(CommandKind::Invoice, u"market"_s, u"E-1"_s)},
                                   &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_services->outbox()->unfinishedForOrder(u"market"_s, u"E-1"_s), 0);
        // The same intents are fine for a VTEX account; an unknown kind of account takes none.
        QVERIFY(sync::queueAction(
            m_services.get(), request(CommandKind::StartHandling, u"loja"_s, u"V-0"_s), &error));
        QVERIFY(!sync::queueAction(
            m_services.get(), request(CommandKind::Tracking, u"elsewhere"_s, u"X-1"_s), &error));
        QVERIFY2(error.contains(u"mercadolivre"_s), qPrintable(error));
    }

    // The dispatcher sends each command through its account's channel adapter, reads the order
    // back through the same adapter and stores it with that channel.
    void dispatcherRoutesByChannel()
    {
        QString error;
        const qint64 evendiTracking = sync::queueAction(
            m_services.get(), request(CommandKind::Tracking, u"market"_s, u"E-2"_s), &error);
        QVERIFY2(evendiTracking, qPrintable(error));
        const qint64 vtexInvoice = sync::queueAction(
            m_services.get(), request(CommandKind::Invoice, u"loja"_s, u"V-2"_s), &error);
        QVERIFY2(vtexInvoice, qPrintable(error));
        // An intent the channel cannot take, already in the outbox (queued by some other way):
        // failed without reaching the adapter.
        Command c;
        c.kind = CommandKind::Cancel;
        c.account = u"market"_s;
        c.orderId = u"E-3"_s;
        c.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.operatorName = u"ana"_s;
        storage::AuditEntry a;
        a.operatorName = u"ana"_s;
        a.action = commandKindToString(c.kind);
        a.account = c.account;
        a.orderId = c.orderId;
        a.outcome = u"queued"_s;
        const qint64 evendiCancel = m_services->outbox()->enqueue(c, a, &error);
        QVERIFY2(evendiCancel, qPrintable(error));

        sync::OutboxDispatcher dispatcher(m_services.get(), sync::DispatcherSettings{.pollMs = 50});
        QSignalSpy refreshed(&dispatcher, &sync::OutboxDispatcher::orderRefreshed);
        QVERIFY2(dispatcher.start(&error), qPrintable(error));
        QCOMPARE(waitFinal(evendiTracking), CommandState::Sent);
        QCOMPARE(waitFinal(vtexInvoice), CommandState::Sent);
        QCOMPARE(waitFinal(evendiCancel), CommandState::Failed);

        QStringList toOther, toVtex;
        for (const Command &s : std::as_const(m_other->sent))
            toOther << s.account + u'/' + s.orderId;
        for (const Command &s : std::as_const(m_vtex->sent))
            toVtex << s.account + u'/' + s.orderId;
        QCOMPARE(toOther, QStringList{u"market/E-2"_s});
        QVERIFY(toVtex.contains(u"loja/V-2"_s));
        QVERIFY(!toVtex.contains(u"market/E-2"_s));
        QVERIFY(!toVtex.contains(u"market/E-3"_s));
        QCOMPARE(m_services->outbox()->find(evendiTracking)->receipt,
                 u"r-%1"_s.arg(evendiTracking));
        const QString why = m_services->outbox()->find(evendiCancel)->lastError;
        QVERIFY2(why.contains(u"e-vendi"_s), qPrintable(why));

        // Read back through the same adapter, stored under its channel.
        QVERIFY(m_other->refreshed.contains(u"E-2"_s));
        QVERIFY(!m_vtex->refreshed.contains(u"E-2"_s));
        QTRY_VERIFY(refreshed.size() >= 2);
        const auto stored = m_services->orders()->summary(u"market"_s, u"E-2"_s);
        QVERIFY(stored);
        QCOMPARE(stored->channel, Channel::Evendi);
        QCOMPARE(m_services->orders()->rawJson(u"market"_s, u"E-2"_s),
                 QByteArray(R"({"id": "E-2"})"));
        QCOMPARE(m_services->orders()->summary(u"loja"_s, u"V-2"_s)->channel, Channel::Vtex);
    }

    // A sync is made by the account's channel adapter too.
    void syncComesFromTheChannelAdapter()
    {
        QString error;
        sync::ChannelAdapter *adapter = m_services->adapterForAccount(u"market"_s, &error);
        QVERIFY(adapter);
        bool answered = false;
        adapter->createSync(u"market"_s, this,
                            [&](sync::ChannelSync *syncer, const QString &why, int) {
                                QVERIFY(!syncer);
                                QVERIFY(!why.isEmpty());
                                answered = true;
                            });
        QTRY_VERIFY(answered);
        QCOMPARE(m_other->syncs, QStringList{u"market"_s});
        QVERIFY(m_vtex->syncs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChannelAdapters)
#include "tst_channeladapters.moc"
