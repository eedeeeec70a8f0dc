#pragma once

#include "importer/columnmapping.h"
#include "importer/importrows.h"
#include "importer/spreadsheet.h"
#include "importer/trackingvalidator.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <limits>

namespace despacho::sync {
class AppServices;
class OutboxDispatcher;
} // namespace despacho::sync

namespace despacho::importer {

// A tracking batch from one sheet, shared by the wizard, the watched folder and despacho-cli:
// validate (fetching orders the cache lacks from their channel), queue the good rows through
// queueActions (one chain per order, so several invoices of one order go in file order and one
// command per order holds), and follow each queued command to its outcome.
class TrackingImport : public QObject
{
    Q_OBJECT
public:
    TrackingImport(sync::AppServices *services, QObject *parent = nullptr);

    void setSheet(const Sheet &sheet, const ColumnMapping &mapping);
    const Sheet &sheet() const { return m_sheet; }
    const ColumnMapping &mapping() const { return m_mapping; }
    const QList<ImportRow> &rows() const { return m_rows; }
    // A person fixed a cell of the validation table; validate() again afterwards.
    void setCell(int rowIndex, Field field, const QString &text);

    // Reads the rows under the mapping and validates them; orders the cache does not have are
    // asked of their channel first (in the row's account, the chosen one, or each account of the
    // station; at most maxFetches distinct orders). Ends with validated(), or storageError().
    void validate(const ValidateOptions &options, int maxFetches = 500);
    bool isValidating() const { return m_checking || m_fetching > 0; }

    // How many rows would be sent (Ready).
    int readyCount() const;
    // Dry run: Ready rows become DryRunOk, nothing is queued.
    void markDryRun();
    // Queues the Ready rows as `operatorName`; returns how many were queued. A row whose order
    // has a command waiting becomes an error that says so. False with *error when the outbox
    // could not be written (rows queued before it stay queued).
    // At most `maxOrders` orders' rows at a time (the wizard queues in steps, so that stopping the
    // batch leaves the rest unqueued).
    bool queue(const QString &operatorName, int *queued, QString *error,
               int maxOrders = std::numeric_limits<int>::max());
    // The person stopped the batch: rows not queued yet become NotSent.
    void stopQueuing();
    // Rows still queued follow the dispatcher's outcomes: Sent, or Error with its message.
    void follow(sync::OutboxDispatcher *dispatcher);
    // Reads the queued rows' commands again (for one that finished before follow()).
    void refreshOutcomes();
    int pendingCount() const; // queued rows without an outcome yet

    QHash<RowStatus, int> counts() const;
    bool hasRejected() const;

Q_SIGNALS:
    void progress(int done, int total, const QString &what);
    void validated();
    void rowChanged(int rowIndex);
    void allSent(); // no queued row is waiting any more
    void storageError(const QString &message);

private:
    void runValidation();
    void afterCheck(); // the rows are checked: fetch the orders missing, or finish
    void fetchMissing(const QStringList &ids, const QHash<QString, QStringList> &accountsById);
    void fetchStep(int job);
    void applyOutcome(qint64 commandId);

    struct FetchJob
    {
        QString id;
        QStringList accounts; // still to ask
        QStringList asked;
    };
    QList<FetchJob> m_jobs;

    sync::AppServices *m_services;
    Sheet m_sheet;
    ColumnMapping m_mapping;
    ValidateOptions m_options;
    int m_maxFetches = 500;
    bool m_fetched = false;
    bool m_queuing = false;
    int m_fetching = 0;
    bool m_checking = false; // the rows are being checked on a worker thread
    int m_generation = 0;    // of the latest check; an older one's answer is dropped
    QList<ImportRow> m_rows;
    QHash<qint64, int> m_rowByCommand;
};

} // namespace despacho::importer
