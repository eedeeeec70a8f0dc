#pragma once

#include "sandbox/httptypes.h"
#include "sandbox/ordergenerator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QList>

namespace despacho::sandbox {

// What the list endpoint needs without rebuilding the whole order.
struct OrderRecord
{
    int index = 0;
    bool fresh = false; // added while running (addOrders), not part of the backlog
    QString orderId, sequence, orderGroup, transactionId;
    QDateTime creationDate, authorizedDate, shippingEstimatedDate;
    QString clientName, email, document, documentDigits, paymentNames, origin;
    qint64 value = 0;
    int totalItems = 0;
    OrderState state;
    struct Change
    {
        QString from, to;
        QDateTime at;
    };
    QList<Change> history;
};

struct FeedEvent
{
    QString eventId, handle, orderId, state, lastState;
    QDateTime lastChange, currentChange;
};

// In-memory VTEX OMS: the orders and the rules that move them between states.
class OrderStore
{
public:
    OrderStore(quint32 seed, QString account, int count);

    int count() const { return int(m_records.size()); }
    void addOrders(int n);
    const QList<OrderRecord> &records() const { return m_records; }
    const OrderRecord *record(const QString &orderId) const;
    GeneratedOrder generated(const OrderRecord &record) const;

    QJsonObject document(const QString &orderId) const; // empty when unknown
    // Where items' imageUrl points (the running server's base URL); empty: VTEX's CDN shape.
    void setImageBase(const QString &base) { m_imageBase = base; }
    QJsonObject transaction(const QString &transactionId) const;

    HttpReply startHandling(const QString &orderId);
    HttpReply invoice(const QString &orderId, const QJsonObject &body);
    HttpReply updateInvoice(const QString &orderId, const QString &invoiceNumber,
                            const QJsonObject &body);
    HttpReply updateTracking(const QString &orderId, const QString &invoiceNumber,
                             const QJsonObject &body);
    HttpReply cancel(const QString &orderId, const QJsonObject &body);
    bool setStatus(const QString &orderId, const QString &status);

    QJsonArray feed(int maxLot) const;
    void commitFeed(const QStringList &handles);

    // The store's clock: real UTC time, but never before the fixed reference date the backlog was
    // generated against, so a change is never older than the order it changes.
    QDateTime now() const;
    static QDateTime referenceDate();

private:
    OrderRecord *find(const QString &orderId);
    void append(const GeneratedOrder &order, bool fresh);
    void changeStatus(OrderRecord &record, const QString &status);
    void touch(OrderRecord &record);
    void pushFeed(const QString &orderId, const QString &state, const QString &lastState,
                  const QDateTime &lastChange, const QDateTime &currentChange);
    HttpReply receipt(const QString &orderId) const;
    static HttpReply notFound(const QString &orderId);

    OrderGenerator m_generator;
    QList<OrderRecord> m_records;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byTransaction;
    QList<FeedEvent> m_feed;
    QElapsedTimer m_elapsed;
    QString m_imageBase;
};

} // namespace despacho::sandbox
