// What TrackingValidator reads: a batch's orders from the cache, each once, and which of them a
// row names. The checks themselves are in trackingvalidator.cpp.
#include "importer/trackingvalidator.h"

#include "core/orderdecoder.h"
#include "core/orderjson.h"
#include "storage/ordercache.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::StringLiterals;

namespace despacho::importer {

namespace {

// The validator's own context: these messages translate with the rest of its texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::TrackingValidator)
};

} // namespace

bool TrackingValidator::prefetch(const QList<ImportRow> &rows, QString *error)
{
    m_documents.clear();
    m_orders.clear();
    m_decodedPackages.clear();
    QStringList names;
    for (const ImportRow &row : rows) {
        if (row.status != RowStatus::Error && !row.orderId.isEmpty() &&
            !row.trackingNumber.isEmpty())
            names << row.orderId;
    }
    names.removeDuplicates();
    QString readError;
    m_documents = m_orderCache->findDocuments(names, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    // Each order once: from the packages the cache keeps beside the JSON or, for orders stored
    // before migration 9, by decoding the JSON (on every core: that is most of such a batch).
    QList<std::pair<QString, const storage::OrderCache::Document *>> toDecode;
    for (const auto &documents : std::as_const(m_documents)) {
        for (const storage::OrderCache::Document &d : documents) {
            const QString key = d.account + u'\n' + d.orderId;
            if (m_orders.contains(key))
                continue;
            std::optional<Resolved> &slot = m_orders[key];
            if (!d.hasDetail())
                continue;
            if (!d.packages) {
                toDecode.append({key, &d});
                continue;
            }
            // What the checks read (status, packages) as the cache keeps it with the JSON.
            slot.emplace();
            slot->account = d.account;
            Order &skeleton = slot->order;
            skeleton.channel = d.channel;
            skeleton.orderId = d.orderId;
            skeleton.status = d.status;
            skeleton.packages.reserve(d.packages->size());
            for (const PackageRef &p : *d.packages) {
                Package &package = skeleton.packages.emplace_back();
                package.type = p.type;
                package.invoiceNumber = p.invoiceNumber;
                package.invoiceKey = p.invoiceKey;
                package.trackingNumber = p.trackingNumber;
            }
        }
    }
    struct Decoded
    {
        std::optional<Resolved> resolved;
        QString error; // the stored JSON did not decompress
    };
    QList<Decoded> decoded = QtConcurrent::blockingMapped(
        toDecode, [](const std::pair<QString, const storage::OrderCache::Document *> &item) {
            const storage::OrderCache::Document *d = item.second;
            Decoded out;
            const QByteArray raw = d->json(&out.error);
            if (raw.isNull())
                return out;
            OrderParseResult r = decodeOrder(d->channel, raw);
            if (r.ok())
                out.resolved = Resolved{d->account, std::move(r.order)};
            return out;
        });
    QList<storage::OrderCache::IndexedPackages> learnt;
    for (qsizetype i = 0; i < toDecode.size(); ++i) {
        if (!decoded[i].error.isEmpty()) {
            *error = decoded[i].error;
            return false;
        }
        if (const std::optional<Resolved> &r = decoded[i].resolved)
            learnt.append({toDecode[i].second->account, toDecode[i].second->orderId,
                           packageRefsOf(r->order)});
        m_orders[toDecode[i].first] = std::move(decoded[i].resolved);
    }
    m_decodedPackages = std::move(learnt);
    return true;
}

const TrackingValidator::Resolved *TrackingValidator::resolve(ImportRow &row) const
{
    static const QList<storage::OrderCache::Document> none;
    const auto named = m_documents.constFind(row.orderId);
    const QList<storage::OrderCache::Document> &documents =
        named == m_documents.cend() ? none : named.value();
    QStringList accounts;
    for (const storage::OrderCache::Document &d : documents) {
        if (!m_options.account.isEmpty() && d.account != m_options.account)
            continue;
        if (!row.accountName.isEmpty() && d.account.compare(row.accountName, Qt::CaseInsensitive))
            continue;
        if (!accounts.contains(d.account))
            accounts << d.account;
    }
    if (accounts.isEmpty()) {
        row.orderMissing = true;
        row.fail(Tr::tr("order %1 is not in the cache; sync it first").arg(row.orderId));
        return nullptr;
    }
    if (accounts.size() > 1) {
        row.fail(Tr::tr("order %1 exists in several accounts (%2): add an account column or "
                        "choose the account")
                     .arg(row.orderId, accounts.join(u", "_s)));
        return nullptr;
    }
    // The id as the cache has it (a sequence in the sheet resolves to its order).
    QString orderId = row.orderId;
    for (const storage::OrderCache::Document &d : documents) {
        if (d.account == accounts.first())
            orderId = d.orderId;
    }
    const auto found = m_orders.constFind(accounts.first() + u'\n' + orderId);
    if (found == m_orders.cend() || !found.value()) {
        row.orderMissing = true;
        row.fail(Tr::tr("order %1 is only partly in the cache; sync it first").arg(row.orderId));
        return nullptr;
    }
    return &*found.value();
}

} // namespace despacho::importer
