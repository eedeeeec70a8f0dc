#include "sandbox/orderstore.h"

#include "sandbox/orderdocument.h"
#include "sandbox/sandboxutil.h"

#include <QJsonObject>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace despacho::sandbox {

OrderStore::OrderStore(quint32 seed, QString account, int count)
    : m_generator(seed, std::move(account), referenceDate())
{
    m_elapsed.start();
    m_records.reserve(std::max(count, 0));
    for (int i = 0; i < count; ++i) {
        append(m_generator.make(i, m_generator.backlogCreationDate(i, count),
                                OrderGenerator::Kind::Backlog),
               false);
    }
}

QDateTime OrderStore::referenceDate()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}

QDateTime OrderStore::now() const
{
    const QDateTime real = QDateTime::currentDateTimeUtc();
    const QDateTime ref = referenceDate();
    return real < ref ? ref.addMSecs(m_elapsed.elapsed()) : real;
}

void OrderStore::append(const GeneratedOrder &g, bool fresh)
{
    OrderRecord r;
    r.fresh = fresh;
    r.index = g.index;
    r.orderId = g.orderId;
    r.sequence = g.sequence;
    r.orderGroup = g.orderGroup;
    r.transactionId = g.transactionId;
    r.creationDate = g.creationDate;
    r.authorizedDate = g.authorizedDate;
    r.shippingEstimatedDate = g.shippingEstimateDate();
    r.clientName = g.clientName();
    r.email = g.email;
    r.document = g.document;
    r.documentDigits = digitsOnly(g.document);
    r.paymentNames = g.paymentSystemName;
    r.origin = g.origin;
    r.value = g.value();
    r.totalItems = g.totalQuantity();
    r.state = g.initial;
    r.history.append({QString(), g.initial.status, g.initial.lastChange});
    m_byId.insert(r.orderId, m_records.size());
    m_byTransaction.insert(r.transactionId, m_records.size());
    m_records.append(r);
}

void OrderStore::addOrders(int n)
{
    // New orders arrive now (a second apart, their few seconds of payment already past);
    // everything but the dates follows from (seed, index).
    const QDateTime start = now();
    for (int k = 0; k < n; ++k) {
        const int index = int(m_records.size());
        const QDateTime created = start.addMSecs(-(qint64(n - k) * 1000 + 10000));
        append(m_generator.make(index, created, OrderGenerator::Kind::Fresh), true);
        const OrderRecord &r = m_records.last();
        pushFeed(r.orderId, r.state.status,
                 r.state.status == u"payment-pending" ? u"order-created"_s : u"window-to-cancel"_s,
                 r.creationDate, r.state.lastChange);
    }
}

OrderRecord *OrderStore::find(const QString &orderId)
{
    const auto it = m_byId.constFind(orderId);
    return it == m_byId.cend() ? nullptr : &m_records[*it];
}

const OrderRecord *OrderStore::record(const QString &orderId) const
{
    const auto it = m_byId.constFind(orderId);
    return it == m_byId.cend() ? nullptr : &m_records[*it];
}

GeneratedOrder OrderStore::generated(const OrderRecord &record) const
{
    return m_generator.make(record.index, record.creationDate,
                            record.fresh ? OrderGenerator::Kind::Fresh
                                         : OrderGenerator::Kind::Backlog);
}

QJsonObject OrderStore::document(const QString &orderId) const
{
    const OrderRecord *r = record(orderId);
    if (!r)
        return {};
    return orderDocument(generated(*r), r->state, m_generator.account(), m_imageBase);
}

QJsonObject OrderStore::transaction(const QString &transactionId) const
{
    const auto it = m_byTransaction.constFind(transactionId.toUpper());
    if (it == m_byTransaction.cend())
        return {};
    const OrderRecord &r = m_records[*it];
    return transactionDocument(generated(r), r.state, m_generator.account());
}

void OrderStore::touch(OrderRecord &record)
{
    const QDateTime t = now();
    record.state.lastChange = std::max(t, record.state.lastChange.addMSecs(1));
}

void OrderStore::changeStatus(OrderRecord &record, const QString &status)
{
    const QString from = record.state.status;
    const QDateTime previous = record.state.lastChange;
    touch(record);
    record.state.status = status;
    record.history.append({from, status, record.state.lastChange});
    pushFeed(record.orderId, status, from, previous, record.state.lastChange);
}

void OrderStore::pushFeed(const QString &orderId, const QString &state, const QString &lastState,
                          const QDateTime &lastChange, const QDateTime &currentChange)
{
    FeedEvent event;
    event.eventId = QUuid::createUuid().toString(QUuid::Id128).toUpper();
    // VTEX's handles are long opaque tokens; two UUIDs make one unique enough to commit by.
    event.handle = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64() +
                                       QUuid::createUuid().toRfc4122().toBase64());
    event.orderId = orderId;
    event.state = state;
    event.lastState = lastState;
    event.lastChange = lastChange;
    event.currentChange = currentChange;
    m_feed.append(event);
}

HttpReply OrderStore::receipt(const QString &orderId) const
{
    return HttpReply::json({{u"date"_s, vtexDateTime(now())},
                            {u"orderId"_s, orderId},
                            {u"receipt"_s, QUuid::createUuid().toString(QUuid::Id128)}});
}

HttpReply OrderStore::notFound(const QString &orderId)
{
    return vtexError(404, u"OMS001"_s, u"Order %1 not found"_s.arg(orderId));
}

HttpReply OrderStore::startHandling(const QString &orderId)
{
    OrderRecord *r = find(orderId);
    if (!r)
        return notFound(orderId);
    if (r->state.status != u"ready-for-handling") {
        return vtexError(409, u"OMS003"_s,
                         u"Order status should be ready-for-handling to perform this action"_s);
    }
    changeStatus(*r, u"handling"_s);
    return HttpReply::noContent();
}

HttpReply OrderStore::cancel(const QString &orderId, const QJsonObject &body)
{
    OrderRecord *r = find(orderId);
    if (!r)
        return notFound(orderId);
    const QString status = r->state.status;
    if (status == u"canceled" || status == u"canceling")
        return vtexError(409, u"OMS007"_s, u"Order %1 is already canceled"_s.arg(orderId));
    if (isCancellableStatus(status) && hasOutputInvoice(r->state)) {
        // The spec: partially invoiced orders cannot be canceled, with a 400.
        return vtexError(400, u"OMS008"_s,
                         u"Order %1 has a partial invoice and cannot be canceled"_s.arg(orderId));
    }
    if (!isCancellableStatus(status)) {
        return vtexError(409, u"OMS007"_s,
                         u"Order %1 cannot be canceled in status %2"_s.arg(orderId, status));
    }
    // VTEX passes through "canceling" before "canceled"; the sandbox settles at once.
    const QString reason = body.value(u"reason"_s).toString().trimmed();
    changeStatus(*r, u"canceled"_s);
    r->state.cancelReason = reason.isEmpty() ? u"Cancelado pelo seller"_s : reason;
    r->state.cancellationDate = r->state.lastChange;
    r->state.canceledByCustomer = false;
    return receipt(orderId);
}

bool OrderStore::setStatus(const QString &orderId, const QString &status)
{
    OrderRecord *r = find(orderId);
    if (!r)
        return false;
    changeStatus(*r, status);
    if (status == u"invoiced" && !r->state.invoicedDate.isValid())
        r->state.invoicedDate = r->state.lastChange;
    if (status == u"canceled" && !r->state.cancellationDate.isValid()) {
        r->state.cancellationDate = r->state.lastChange;
        r->state.cancelReason = u"Cancelado pelo seller"_s;
    }
    return true;
}

QJsonArray OrderStore::feed(int maxLot) const
{
    QJsonArray out;
    for (const auto &e : m_feed) {
        if (out.size() >= maxLot)
            break;
        out.append(QJsonObject{{u"eventId"_s, e.eventId},
                               {u"handle"_s, e.handle},
                               {u"domain"_s, u"Fulfillment"_s},
                               {u"state"_s, e.state},
                               {u"lastState"_s, e.lastState},
                               {u"orderId"_s, e.orderId},
                               {u"lastChange"_s, vtexDateTimeZ(e.lastChange)},
                               {u"currentChange"_s, vtexDateTimeZ(e.currentChange)},
                               {u"availableDate"_s, vtexDateTimeZ(e.currentChange)}});
    }
    return out;
}

void OrderStore::commitFeed(const QStringList &handles)
{
    m_feed.removeIf([&](const FeedEvent &e) { return handles.contains(e.handle); });
}

} // namespace despacho::sandbox
