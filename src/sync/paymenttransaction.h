#pragma once

#include "core/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace despacho::sync {

// A payment transaction as the order's Payment tab shows it, whichever channel's gateway holds
// it: the GUI asks AppServices::fetchTransaction and never sees the gateway's reply or client.
struct PaymentTransaction
{
    QString id;
    QString status; // the gateway's own word ("Finished", "Canceled"...), shown as is
    Money value;
    QDateTime started;
    QDateTime authorized;
    QDateTime settled;
    QDateTime canceled;
    QString statementName; // what the customer's card statement says
};

// VTEX Payments Gateway's GET /api/pvt/transactions/{id} reply.
PaymentTransaction paymentTransactionFromVtex(const QJsonObject &json);

} // namespace despacho::sync
