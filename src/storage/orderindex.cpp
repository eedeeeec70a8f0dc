#include "storage/orderindex.h"

#include "core/datetime.h"
#include "core/orderdecoder.h"
#include "core/orderstatus.h"
#include "core/validators.h"
#include "core/workstate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace despacho::storage {

OrderIndexColumns indexColumnsFor(const OrderSummary &s)
{
    OrderIndexColumns c;
    const QString docDigits = digitsOnly(s.clientDocument);
    QString text = s.orderId + u' ' + s.sequence + u' ' + s.clientName + u' ' + s.clientDocument +
                   u' ' + docDigits + u' ' + s.clientEmail;
    QStringList terms = s.searchTerms;
    if (!s.trackingNumber.isEmpty() && !terms.contains(s.trackingNumber))
        terms << s.trackingNumber;
    if (!terms.isEmpty())
        text += u' ' + terms.join(u' ');
    c.searchText = foldForSearch(text);
    c.clientKey = foldForSearch(s.clientName);
    c.courierKey = foldForSearch(s.courier);
    c.statusRank = orderStatusRank(s.status);
    c.workState = int(workStateOf(s.channel, s.status));
    return c;
}

bool backfillWorkState(QSqlDatabase &db, QString *error)
{
    // One pass in SQL: every (channel, status) this build knows, the rest Other.
    QStringList cases;
    QVariantList binds;
    for (Channel channel : {Channel::Vtex, Channel::Evendi}) {
        for (int state = int(WorkState::BeforeHandling); state < int(WorkState::Other); ++state) {
            const QStringList statuses = statusesInWorkState(channel, WorkState(state));
            if (statuses.isEmpty())
                continue;
            cases << u"WHEN channel = ? AND status IN (%1) THEN %2"_s
                         .arg(QStringList(statuses.size(), u"?"_s).join(u','))
                         .arg(state);
            binds << channelToString(channel);
            for (const QString &status : statuses)
                binds << status;
        }
    }
    QSqlQuery q(db);
    if (!q.prepare(u"UPDATE orders SET work_state = CASE "_s + cases.join(u' ') +
                   u" ELSE %1 END"_s.arg(int(WorkState::Other)))) {
        *error = u"setting the work state of the cached orders: "_s + q.lastError().text();
        return false;
    }
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        *error = u"setting the work state of the cached orders: "_s + q.lastError().text();
        return false;
    }
    return true;
}

bool backfillOrderIndex(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT rowid, account, order_id, sequence, status, client_name, "
                   "client_document, client_email, courier, tracking_number, detail_json "
                   "FROM orders"_s)) {
        *error = u"reading the cached orders: "_s + read.lastError().text();
        return false;
    }
    QSqlQuery write(db);
    if (!write.prepare(u"UPDATE orders SET ship_by = ?, pickup = ?, sales_channel = ?, "
                       "status_rank = ?, client_key = ?, courier_key = ?, search_text = ? "
                       "WHERE rowid = ?"_s)) {
        *error = u"preparing the update of the cached orders: "_s + write.lastError().text();
        return false;
    }
    while (read.next()) {
        OrderSummary s;
        s.account = read.value(1).toString();
        s.orderId = read.value(2).toString();
        s.sequence = read.value(3).toString();
        s.status = read.value(4).toString();
        s.clientName = read.value(5).toString();
        s.clientDocument = read.value(6).toString();
        s.clientEmail = read.value(7).toString();
        s.courier = read.value(8).toString();
        s.trackingNumber = read.value(9).toString();
        const QJsonObject json =
            QJsonDocument::fromJson(read.value(10).toString().toUtf8()).object();
        if (const OrderParseResult parsed = decodeOrder(Channel::Vtex, json); parsed.ok()) {
            // Only what the raw JSON adds: the indexed columns version 3 stored stay as they are.
            const OrderSummary full = summaryFromOrder(parsed.order, s.account);
            s.shipBy = full.shipBy;
            s.pickup = full.pickup;
            s.salesChannel = full.salesChannel;
            s.searchTerms = full.searchTerms;
        }
        const OrderIndexColumns c = indexColumnsFor(s);
        write.addBindValue(s.shipBy.isValid() ? QVariant(toIsoUtc(s.shipBy)) : QVariant());
        write.addBindValue(s.pickup ? 1 : 0);
        write.addBindValue(nonNull(s.salesChannel));
        write.addBindValue(c.statusRank);
        write.addBindValue(nonNull(c.clientKey));
        write.addBindValue(nonNull(c.courierKey));
        write.addBindValue(nonNull(c.searchText));
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            *error =
                u"updating order %1 of %2: "_s.arg(s.orderId, s.account) + write.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace despacho::storage
