#pragma once

#include "core/carriers.h"
#include "core/command.h"
#include "core/order.h"
#include "importer/importrows.h"
#include "storage/ordercache.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace despacho::storage {
class Outbox;
}

namespace despacho::importer {

struct ValidateOptions
{
    QString account;         // only this account's orders (--account); empty: any
    QList<Carrier> carriers; // the station's list (sync::loadCarriers())
};

// Checks each row of a tracking batch against the cache, the outbox and the carrier list, by the
// forms' own rules (validateTracking, validateEvendiTracking), stricter where no person looks at
// each row: a Correios code with a wrong check digit is an error here, not a warning.
// - The order: by id (or sequence) in the cache, in the row's account or --account; an id found
//   in two accounts needs one. Missing: orderMissing, so the caller can fetch it and validate
//   again.
// - VTEX: the invoice the row names (by number, its NF-e key, or the number without the leading
//   zeros Excel dropped, which is said); none named: the order's only invoice; none yet, or
//   several and none named, is an error.
// - The courier: in the list (as written, or a service of it: "SEDEX", "PAC" are Correios'), or
//   Correios for an S10 code when the sheet has none; the tracking page from the carrier's
//   template when the sheet gives none.
// - Already applied: the order's invoice (e-vendi: the order) already has that code, or a
//   command for it is queued or sent. The same order, invoice and code twice in the file: the
//   later is a duplicate; a different code for the same invoice is an error naming the row.
// Rows that pass are Ready with their payload. A read that failed stops it (false, *error).
// The rules see each order as the cache indexes it (id, channel, status and its packages' type,
// invoice number and key, tracking number: OrderSummary::packages), not its whole document: a
// rule that needs more adds it there. Orders stored before that column are decoded whole.
class TrackingValidator
{
public:
    // Reads through `orders` and `outbox`, on the thread that owns their connection.
    TrackingValidator(storage::OrderCache *orders, storage::Outbox *outbox,
                      ValidateOptions options);

    bool validate(QList<ImportRow> *rows, QString *error);
    // The packages of the orders the last validate() had to decode (stored before migration 9),
    // for OrderCache::indexPackages: the caller writes them once its answer is out.
    const QList<storage::OrderCache::IndexedPackages> &decodedPackages() const
    {
        return m_decodedPackages;
    }

private:
    struct Resolved
    {
        QString account;
        Order order;
    };
    bool prefetch(const QList<ImportRow> &rows, QString *error);
    // The checks of one row that need no other row: const, so rows run on every core.
    void checkRow(ImportRow &row) const;
    const Resolved *resolve(ImportRow &row) const; // nullptr: row failed
    void checkVtex(ImportRow &row, const Order &order) const;
    void checkEvendi(ImportRow &row, const Order &order) const;
    void checkOutbox(ImportRow &row, const QList<Command> &commands) const;
    QString resolveCourier(ImportRow &row) const;

    storage::OrderCache *m_orderCache;
    storage::Outbox *m_outbox;
    ValidateOptions m_options;
    // This validation's orders: each row's name → its cached documents, and "account\norder" →
    // the decoded order (nullopt: only its list entry is cached, or it does not decode).
    QHash<QString, QList<storage::OrderCache::Document>> m_documents;
    QHash<QString, std::optional<Resolved>> m_orders;
    // The rows' local dispatch dates (julian day, msecs of the day) as fixed offsets.
    QHash<std::pair<qint64, int>, QDateTime> m_fixedDates;
    QList<storage::OrderCache::IndexedPackages> m_decodedPackages;
};

} // namespace despacho::importer
