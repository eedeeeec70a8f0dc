#include "importer/trackingimport.h"

#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/actionqueue.h"
#include "sync/appservices.h"
#include "sync/outboxdispatcher.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPromise>
#include <QScopedValueRollback>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "despacho.importer.import")

namespace despacho::importer {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::importer::TrackingImport)
};

} // namespace

TrackingImport::TrackingImport(sync::AppServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

void TrackingImport::setSheet(const Sheet &sheet, const ColumnMapping &mapping)
{
    m_sheet = sheet;
    m_mapping = mapping;
    m_rows.clear();
    m_rowByCommand.clear();
}

void TrackingImport::setCell(int rowIndex, Field field, const QString &text)
{
    const int column = m_mapping.columnOf(field);
    if (rowIndex < 0 || rowIndex >= m_rows.size() || column < 0)
        return;
    const int r = m_rows[rowIndex].fileRow - 1;
    if (r < 0 || r >= m_sheet.rows.size())
        return;
    Row &row = m_sheet.rows[r];
    while (row.size() <= column)
        row.append(Cell{});
    row[column] = text.isEmpty() ? Cell{} : Cell{text, CellKind::Text, false};
}

void TrackingImport::validate(const ValidateOptions &options, int maxFetches)
{
    m_jobs.clear();
    m_options = options;
    m_maxFetches = maxFetches;
    m_fetched = false;
    runValidation();
}

void TrackingImport::runValidation()
{
    // The rows are checked off this thread, over a connection of their own (the cache's file in
    // WAL mode reads beside the station's writes), so the window stays live through a 200,000-row
    // sheet; m_rows, which the tables show, changes only when the answer is back. A newer run
    // (the person fixed a cell) makes an older answer moot.
    QList<ImportRow> rows = extractRows(m_sheet, m_mapping);
    Q_EMIT progress(0, 0, Tr::tr("Checking %n row(s)…", nullptr, int(rows.size())));
    const int generation = ++m_generation;
    m_checking = true;
    struct Checked
    {
        QList<ImportRow> rows;
        QString error;
    };
    // The watcher posts the answer to this thread's event loop: validate() returns before it,
    // even when the worker is done first. After the answer, the worker puts what it had to decode
    // (orders stored before migration 9) into the index, for the next check of these rows.
    auto *watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, generation] {
        if (generation != m_generation)
            return;
        Checked checked = watcher->resultAt(0);
        m_checking = false;
        if (!checked.error.isEmpty()) {
            Q_EMIT storageError(checked.error);
            return;
        }
        m_rows = std::move(checked.rows);
        m_rowByCommand.clear();
        afterCheck();
    });
    watcher->setFuture(
        QtConcurrent::run([path = m_services->database()->path(), options = m_options,
                           rows = std::move(rows)](QPromise<Checked> &promise) mutable {
            Checked checked;
            storage::Database db(path);
            if (const auto status = db.open(); !status.ok()) {
                checked.error = status.message;
                promise.addResult(std::move(checked));
                return;
            }
            storage::OrderCache orders(&db);
            storage::Outbox outbox(&db);
            TrackingValidator validator(&orders, &outbox, options);
            if (validator.validate(&rows, &checked.error))
                checked.rows = std::move(rows);
            promise.addResult(std::move(checked));
            // Only a help: a failure (the file busy) costs the next check speed, not rows.
            if (QString error; !orders.indexPackages(validator.decodedPackages(), &error))
                qCWarning(lcImport) << error;
        }));
}

void TrackingImport::afterCheck()
{
    if (!m_fetched) {
        // Orders the cache lacks: which accounts to ask, by id.
        QString readError;
        QStringList stationAccounts;
        for (const storage::AccountRecord &a : m_services->accounts()->list(&readError))
            stationAccounts << a.name;
        QStringList ids;
        QHash<QString, QStringList> accountsById;
        for (const ImportRow &row : std::as_const(m_rows)) {
            if (!row.orderMissing || accountsById.contains(row.orderId))
                continue;
            QStringList accounts;
            if (!row.accountName.isEmpty()) {
                for (const QString &a : std::as_const(stationAccounts)) {
                    if (a.compare(row.accountName, Qt::CaseInsensitive) == 0)
                        accounts << a;
                }
            } else if (!m_options.account.isEmpty()) {
                accounts << m_options.account;
            } else {
                accounts = stationAccounts;
            }
            if (accounts.isEmpty() || ids.size() >= m_maxFetches)
                continue;
            ids << row.orderId;
            accountsById.insert(row.orderId, accounts);
        }
        if (!ids.isEmpty()) {
            m_fetched = true;
            fetchMissing(ids, accountsById);
            return;
        }
    }
    // Orders asked of their channel and found nowhere.
    for (ImportRow &row : m_rows) {
        if (!row.orderMissing)
            continue;
        for (const FetchJob &job : std::as_const(m_jobs)) {
            if (job.id == row.orderId) {
                row.fail(Tr::tr("order %1 was not found in %2")
                             .arg(row.orderId, job.asked.join(u", "_s)));
                break;
            }
        }
    }
    Q_EMIT progress(int(m_rows.size()), int(m_rows.size()), Tr::tr("Rows checked"));
    Q_EMIT validated();
}

void TrackingImport::fetchMissing(const QStringList &ids,
                                  const QHash<QString, QStringList> &accountsById)
{
    // Each id is asked of its accounts one after the other until one has it; the ids run side by
    // side (the transport keeps within each account's rate limit).
    m_jobs.clear();
    for (const QString &id : ids)
        m_jobs.append({id, accountsById.value(id), accountsById.value(id)});
    m_fetching = int(m_jobs.size());
    Q_EMIT progress(0, int(m_jobs.size()),
                    Tr::tr("Fetching %n order(s) not in the cache…", nullptr, int(m_jobs.size())));
    for (int job = 0; job < m_jobs.size(); ++job)
        fetchStep(job);
}

void TrackingImport::fetchStep(int job)
{
    while (!m_jobs[job].accounts.isEmpty()) {
        const QString account = m_jobs[job].accounts.takeFirst();
        QString error;
        sync::ChannelAdapter *adapter = m_services->adapterForAccount(account, &error);
        if (!adapter)
            continue;
        adapter->refreshOrder(
            account, m_jobs[job].id, this, [this, job](const sync::RefreshedOrder &order) {
                QString storeError;
                if (order.ok() &&
                    m_services->orders()->storeDetail(order.summary, order.raw, {}, &storeError))
                    m_jobs[job].accounts.clear();
                fetchStep(job);
            });
        return;
    }
    const int total = int(m_jobs.size());
    Q_EMIT progress(total - m_fetching + 1, total, Tr::tr("Fetching orders not in the cache…"));
    if (--m_fetching == 0)
        runValidation();
}

int TrackingImport::readyCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ImportRow &r) { return r.status == RowStatus::Ready; }));
}

void TrackingImport::markDryRun()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].status == RowStatus::Ready) {
            m_rows[i].status = RowStatus::DryRunOk;
            Q_EMIT rowChanged(i);
        }
    }
}

void TrackingImport::stopQueuing()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].status == RowStatus::Ready) {
            m_rows[i].status = RowStatus::NotSent;
            m_rows[i].message = Tr::tr("not sent: the batch was stopped");
            Q_EMIT rowChanged(i);
        }
    }
}

bool TrackingImport::queue(const QString &operatorName, int *queued, QString *error, int maxOrders)
{
    *queued = 0;
    // A row's rowChanged() may lead its listener here again: the rows are being queued already.
    if (m_queuing)
        return true;
    const QScopedValueRollback guard(m_queuing, true);
    // One chain per order, its rows in file order.
    QList<QString> orderKeys;
    QHash<QString, QList<int>> rowsByOrder;
    for (int i = 0; i < m_rows.size(); ++i) {
        const ImportRow &r = m_rows[i];
        if (r.status != RowStatus::Ready)
            continue;
        const QString key = r.account + u'\n' + r.orderId;
        if (!rowsByOrder.contains(key)) {
            if (orderKeys.size() >= maxOrders)
                continue;
            orderKeys << key;
        }
        rowsByOrder[key] << i;
    }
    int done = 0;
    int total = 0;
    for (const QString &key : std::as_const(orderKeys))
        total += int(rowsByOrder.value(key).size());
    for (const QString &key : std::as_const(orderKeys)) {
        const QList<int> indexes = rowsByOrder.value(key);
        QList<sync::ActionRequest> chain;
        for (int i : indexes) {
            const ImportRow &r = m_rows[i];
            chain << sync::ActionRequest{.kind = CommandKind::Tracking,
                                         .account = r.account,
                                         .orderId = r.orderId,
                                         .payload = r.payload,
                                         .operatorName = operatorName,
                                         .overrides = r.notes};
        }
        QString queueError;
        bool busy = false;
        const QList<qint64> ids = sync::queueActions(m_services, chain, &queueError, &busy);
        for (int n = 0; n < indexes.size(); ++n) {
            ImportRow &r = m_rows[indexes[n]];
            if (ids.size() == indexes.size()) {
                r.status = RowStatus::Queued;
                r.commandId = ids[n];
                r.message.clear();
                m_rowByCommand.insert(ids[n], indexes[n]);
                ++*queued;
            } else {
                r.fail(busy ? Tr::tr("order %1 has a command waiting to be sent; import this row "
                                     "again once it is done")
                                  .arg(r.orderId)
                            : queueError);
            }
            Q_EMIT rowChanged(indexes[n]);
        }
        done += int(indexes.size());
        Q_EMIT progress(done, total, Tr::tr("Queuing…"));
        if (ids.isEmpty() && !busy) {
            *error = queueError;
            return false;
        }
    }
    return true;
}

void TrackingImport::follow(sync::OutboxDispatcher *dispatcher)
{
    connect(dispatcher, &sync::OutboxDispatcher::commandChanged, this,
            [this](qint64 id, CommandState) { applyOutcome(id); });
    refreshOutcomes();
}

void TrackingImport::refreshOutcomes()
{
    const QList<qint64> ids = m_rowByCommand.keys();
    for (qint64 id : ids)
        applyOutcome(id);
}

void TrackingImport::applyOutcome(qint64 commandId)
{
    const auto it = m_rowByCommand.constFind(commandId);
    if (it == m_rowByCommand.constEnd())
        return;
    const int index = it.value();
    ImportRow &row = m_rows[index];
    if (row.status != RowStatus::Queued)
        return;
    QString error;
    const auto command = m_services->outbox()->find(commandId, &error);
    if (!command) {
        if (!error.isEmpty())
            Q_EMIT storageError(error);
        return;
    }
    switch (command->state) {
    case CommandState::Sent:
        row.status = RowStatus::Sent;
        row.message.clear();
        break;
    case CommandState::Failed:
    case CommandState::Discarded:
        row.fail(command->lastError.isEmpty() ? Tr::tr("not sent") : command->lastError);
        break;
    case CommandState::Retrying:
        row.message = Tr::tr("retrying: %1").arg(command->lastError);
        break;
    case CommandState::Pending:
    case CommandState::Sending:
        return;
    }
    Q_EMIT rowChanged(index);
    if (pendingCount() == 0)
        Q_EMIT allSent();
}

int TrackingImport::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ImportRow &r) { return r.status == RowStatus::Queued; }));
}

QHash<RowStatus, int> TrackingImport::counts() const
{
    QHash<RowStatus, int> c;
    for (const ImportRow &r : m_rows)
        ++c[r.status];
    return c;
}

bool TrackingImport::hasRejected() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const ImportRow &r) { return isRejected(r.status); });
}

} // namespace despacho::importer
