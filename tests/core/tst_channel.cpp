// The channel seam in core: one decoder per channel behind decodeOrder(), and the work state the
// queues and the action blockers are written over.
#include "core/actionforms.h"
#include "core/orderdecoder.h"
#include "core/orderstatus.h"
#include "core/workstate.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
const QByteArray kVtexOrder = R"({
    "orderId": "v9-01", "sequence": "509", "status": "ready-for-handling", "value": 1000,
    "creationDate": "2026-11-18T10:00:00.0000000+00:00", "allowCancellation": true,
    "items": [{"id": "88", "quantity": 1, "sellingPrice": 1000}]
})";
} // namespace

class TestChannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        for (Channel c : {Channel::Vtex, Channel::Evendi})
            QCOMPARE(channelFromString(channelToString(c)), c);
        QCOMPARE(channelToString(Channel::Vtex), u"vtex"_s);
        QCOMPARE(channelToString(Channel::Evendi), u"evendi"_s);
        QCOMPARE(channelFromString(u"VTEX"_s), Channel::Unknown);
        QCOMPARE(channelFromString(u"mercadolivre"_s), Channel::Unknown);
        QCOMPARE(channelDisplayName(Channel::Evendi), u"e-vendi"_s);
    }

    void decodesVtexAndStampsTheChannel()
    {
        const auto fromBytes = decodeOrder(Channel::Vtex, kVtexOrder);
        QVERIFY2(fromBytes.ok(), qPrintable(fromBytes.error));
        QCOMPARE(fromBytes.order.orderId, u"v9-01"_s);
        QCOMPARE(fromBytes.order.channel, Channel::Vtex);
        const auto fromJson =
            decodeOrder(Channel::Vtex, QJsonDocument::fromJson(kVtexOrder).object());
        QVERIFY(fromJson.ok());
        QCOMPARE(fromJson.order.sequence, u"509"_s);
        // The order's summary, as the cache stores it, carries the channel too.
        QCOMPARE(summaryFromOrder(fromJson.order, u"loja"_s).channel, Channel::Vtex);
        // The VTEX decoder's own checks still name what is missing.
        const auto missing = decodeOrder(Channel::Vtex, QJsonObject{{u"status"_s, u"handling"_s}});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(u"orderId"_s));
    }

    void noDecoderIsAnErrorNotAVtexGuess()
    {
        // Each channel reads its own documents: a VTEX order is not an e-vendi one (nor
        // anything of an unknown channel), whatever it would parse as.
        for (Channel c : {Channel::Evendi, Channel::Unknown}) {
            const auto r = decodeOrder(c, kVtexOrder);
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(channelDisplayName(c)), qPrintable(r.error));
        }
        QVERIFY(!decodeOrder(Channel::Vtex, QByteArray()).ok());
        QVERIFY(!decodeOrder(Channel::Vtex, QByteArray("[1, 2]")).ok());
        QVERIFY(!decodeOrder(Channel::Vtex, QByteArray("{not json")).ok());
    }

    void vtexStatusesMapOntoWorkStates()
    {
        QCOMPARE(workStateOf(Channel::Vtex, u"ready-for-handling"_s), WorkState::ReadyForHandling);
        QCOMPARE(workStateOf(Channel::Vtex, u"handling"_s), WorkState::Handling);
        QCOMPARE(workStateOf(Channel::Vtex, u"start-handling"_s), WorkState::InTransition);
        QCOMPARE(workStateOf(Channel::Vtex, u"invoice"_s), WorkState::InTransition);
        QCOMPARE(workStateOf(Channel::Vtex, u"invoiced"_s), WorkState::Shipped);
        QCOMPARE(workStateOf(Channel::Vtex, u"canceling"_s), WorkState::Canceling);
        QCOMPARE(workStateOf(Channel::Vtex, u"canceled"_s), WorkState::Canceled);
        QCOMPARE(workStateOf(Channel::Vtex, u"payment-pending"_s), WorkState::BeforeHandling);
        QCOMPARE(workStateOf(Channel::Vtex, u"replaced"_s), WorkState::Other);
        QCOMPARE(workStateOf(Channel::Vtex, u"something-new"_s), WorkState::Other);
        // A status string means nothing outside its channel.
        QCOMPARE(workStateOf(Channel::Evendi, u"ready-for-handling"_s), WorkState::Other);
        QCOMPARE(statusesInWorkState(WorkState::Canceling),
                 (QStringList{u"cancellation-requested"_s, u"canceling"_s}));
    }

    void evendiStatusesMapOntoWorkStates()
    {
        QCOMPARE(workStateOf(Channel::Evendi, u"OPEN"_s), WorkState::ReadyForHandling);
        QCOMPARE(workStateOf(Channel::Evendi, u"CLOSED"_s), WorkState::Shipped);
        QCOMPARE(workStateOf(Channel::Evendi, u"REVERSED"_s), WorkState::Canceled);
        QCOMPARE(workStateOf(Channel::Evendi, u"REFUSED"_s), WorkState::BeforeHandling);
        QCOMPARE(workStateOf(Channel::Evendi, u"open"_s), WorkState::Other); // as e-vendi writes it
        QCOMPARE(workStateOf(Channel::Vtex, u"OPEN"_s), WorkState::Other);
        QCOMPARE(statusesInWorkState(Channel::Evendi, WorkState::ReadyForHandling),
                 QStringList{u"OPEN"_s});
        QVERIFY(statusesInWorkState(Channel::Unknown, WorkState::ReadyForHandling).isEmpty());
        // Never overdue once closed, refunded or refused.
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(isOverdue(past, u"OPEN"_s, QDateTime::currentDateTimeUtc()));
        QVERIFY(!isOverdue(past, u"CLOSED"_s, QDateTime::currentDateTimeUtc()));
        QVERIFY(!isOverdue(past, u"REVERSED"_s, QDateTime::currentDateTimeUtc()));
        QCOMPARE(orderStatusDisplayName(u"REVERSED"_s), u"Refunded"_s);
    }

    void queuesAreWorkStates()
    {
        const QList<StatusQueue> queues = statusQueues();
        QCOMPARE(queues.size(), 5);
        QCOMPARE(queues[0].key, u"ready-for-handling"_s);
        QCOMPARE(queues[0].state, WorkState::ReadyForHandling);
        // Every channel's statuses in the queue's work state: VTEX's, then e-vendi's.
        QCOMPARE(queues[0].statuses, (QStringList{u"ready-for-handling"_s, u"OPEN"_s}));
        QCOMPARE(queues[2].state, WorkState::Shipped);
        QCOMPARE(queues[2].statuses, (QStringList{u"invoiced"_s, u"CLOSED"_s}));
        QCOMPARE(queues[3].statuses, (QStringList{u"canceled"_s, u"REVERSED"_s}));
        QVERIFY(queues[4].key.isEmpty());
        QVERIFY(queues[4].statuses.isEmpty());
        QCOMPARE(statusQueue(u"handling"_s)->state, WorkState::Handling);
        QVERIFY(!statusQueue(u"payment-pending"_s));
    }

    void blockersAskTheWorkState()
    {
        Order o = decodeOrder(Channel::Vtex, kVtexOrder).order;
        QVERIFY(startHandlingBlocker(o).isEmpty());
        QVERIFY(invoiceBlocker(o).isEmpty());
        QVERIFY(cancelBlocker(o).isEmpty());
        // The same status string on an order of a channel that does not use it blocks.
        o.channel = Channel::Evendi;
        QVERIFY(!startHandlingBlocker(o).isEmpty());
        QVERIFY(!invoiceBlocker(o).isEmpty());
        o.channel = Channel::Vtex;
        o.status = u"invoice"_s; // VTEX moving it on: neither start handling nor invoice
        QVERIFY(!startHandlingBlocker(o).isEmpty());
        QVERIFY(!invoiceBlocker(o).isEmpty());
        o.status = u"canceled"_s;
        QVERIFY(cancelBlocker(o).contains(u"already canceled"_s));
    }
};

QTEST_GUILESS_MAIN(TestChannel)
#include "tst_channel.moc"
