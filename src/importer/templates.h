#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace despacho::sync {
class AppServices;
}

namespace despacho::importer {

// The import template's header row, in Portuguese or English (both are recognised on import):
// Pedido/Order, Nota fiscal/Invoice, Conta/Account, Transportadora/Courier,
// Código de rastreio/Tracking number, URL de rastreio/Tracking URL, Data de envio/Dispatched.
QStringList templateHeaders(bool portuguese);

// The template pre-filled with one row per invoice awaiting tracking (a VTEX order invoiced
// whose invoice has no tracking number yet; an open e-vendi order without a tracking code) in
// `accounts` (empty: all), newest first, with order, invoice and account filled. At most
// `maxRows` rows (*capped says whether more were left out). Nothing, with *error, when the
// cache could not be read.
QList<QStringList> prefilledTemplate(sync::AppServices *services, const QStringList &accounts,
                                     bool portuguese, QString *error, bool *capped = nullptr,
                                     int maxRows = 50000);

} // namespace despacho::importer
