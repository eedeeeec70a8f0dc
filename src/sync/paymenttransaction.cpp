#include "sync/paymenttransaction.h"

#include "core/datetime.h"

using namespace Qt::StringLiterals;

namespace despacho::sync {

PaymentTransaction paymentTransactionFromVtex(const QJsonObject &json)
{
    PaymentTransaction t;
    t.id = json.value("id"_L1).toString();
    if (t.id.isEmpty())
        t.id = json.value("transactionId"_L1).toString();
    t.status = json.value("status"_L1).toString();
    // The gateway sends the value in cents, as a JSON number.
    t.value = Money(qint64(json.value("value"_L1).toDouble()));
    t.started = parseVtexDateTime(json.value("startDate"_L1).toString());
    t.authorized = parseVtexDateTime(json.value("authorizationDate"_L1).toString());
    t.settled = parseVtexDateTime(json.value("commitmentDate"_L1).toString());
    t.canceled = parseVtexDateTime(json.value("cancelationDate"_L1).toString());
    t.statementName = json.value("softDescriptor"_L1).toString();
    return t;
}

} // namespace despacho::sync
