// Opening a version-3 cache of N orders (sandbox-generated VTEX JSON, as a sync stored them) with
// this build: migration 4 decodes every order's JSON to fill ship-by, pickup, channel, sort keys
// and the wider search text, then builds the sort indexes. Prints how long that takes; it runs
// once, when Despacho first starts after the upgrade. BENCH_ORDERS (default 100,000).
#include "core/datetime.h"
#include "core/orderjson.h"
#include "sandbox/orderstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace despacho;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = qEnvironmentVariableIntValue("BENCH_ORDERS") > 0
                          ? qEnvironmentVariableIntValue("BENCH_ORDERS")
                          : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.sqlite"_s);
    qint64 jsonBytes = 0;
    {
        storage::Database v3(path);
        if (!v3.openAtVersion(3).ok())
            qFatal("open v3");
        sandbox::OrderStore store(7, u"bench"_s, count);
        QSqlDatabase db = v3.connection();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO orders (account, order_id, sequence, status, creation_date, "
                  "client_name, client_document, client_email, total_cents, item_count, courier, "
                  "tracking_number, last_change, detail_json, detail_fetched_at, search_text) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        for (const auto &record : store.records()) {
            const QJsonObject json = store.document(record.orderId);
            const auto parsed = orderFromVtexJson(json);
            if (!parsed.ok())
                qFatal("parse: %s", qPrintable(parsed.error));
            const OrderSummary s = summaryFromOrder(parsed.order, u"bench"_s);
            const QByteArray raw = QJsonDocument(json).toJson(QJsonDocument::Compact);
            jsonBytes += raw.size();
            for (const QVariant &v :
                 QVariantList{s.account, s.orderId, s.sequence, s.status, toIsoUtc(s.creationDate),
                              s.clientName, s.clientDocument, s.clientEmail, s.totalValue.cents(),
                              s.itemCount, s.courier, s.trackingNumber, toIsoUtc(s.lastChange),
                              QString::fromUtf8(raw), toIsoUtc(QDateTime::currentDateTimeUtc()),
                              QString(s.orderId + u' ' + s.clientName.toLower())})
                q.addBindValue(v);
            if (!q.exec())
                qFatal("insert: %s", qPrintable(q.lastError().text()));
        }
        QSqlQuery(db).exec(u"INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')"_s);
        db.commit();
    }
    out << "bench_migration: version-3 cache of " << count << " orders, "
        << QString::number(jsonBytes / 1048576.0, 'f', 1) << " MB of JSON" << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    storage::Database db(path);
    const auto status = db.open();
    if (!status.ok())
        qFatal("migrate: %s", qPrintable(status.message));
    out << "bench_migration: migrations 4 to " << storage::Database::latestVersion()
        << " (decode and back-fill, 13 indexes, JSON compressed into order_json, trigram index and "
           "facets rebuilt, VACUUM) in "
        << clock.elapsed() << " ms; schema " << db.schemaVersion() << Qt::endl;
    return 0;
}
