// The tracking import at a store's size. Prints numbers; asserts nothing about speed.
//  1. A data directory with BENCH_ORDERS (default 100,000) real-sized VTEX orders: the sandbox's
//     own documents (seed 42, account "demo"), stored as a sync stores them.
//  2. A 10,000-row batch of invoiced orders with Correios codes (valid S10) and a dispatch date,
//     written as Excel in Brazil saves CSV (Windows-1252, ';') and as XLSX (converted from that
//     CSV by LibreOffice when `soffice` is installed, else by importer::writeXlsx).
//  3. For each file, in a fresh process: read + map + validate against the cache, the time and
//     the peak memory above the process's baseline (VmHWM - VmRSS before reading).
//  4. The batch sent: queued through TrackingImport and sent by the dispatcher to the sandbox at
//     --rate-limit 6000 (the transport capped at 6,000 requests/min): rows/s against the cap.
//   BENCH_ORDERS  orders in the cache and the sandbox (default 100000)
//   BENCH_ROWS    rows in the batch (default 10000)
//   BENCH_SEND    0: stop after the read + map + validate measurements
//   BENCH_DIR     build the cache and files in this (kept) folder instead of a temporary one,
//                 to profile `bench_import --measure DIR FILE` on its own
#include "api/transport.h"
#include "core/orderjson.h"
#include "core/validators.h"
#include "importer/columnmapping.h"
#include "importer/importrows.h"
#include "importer/spreadsheet.h"
#include "importer/trackingimport.h"
#include "importer/trackingvalidator.h"
#include "importer/xlsxwriter.h"
#include "sandbox/orderdocument.h"
#include "sandbox/ordergenerator.h"
#include "sandbox/orderstore.h"
#include "sandbox/sandboxserver.h"
#include "security/secretstore.h"
#include "storage/ordercache.h"
#include "storage/outbox.h"
#include "sync/appservices.h"
#include "sync/outboxdispatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {

const QString kAccount = u"demo"_s;

qint64 procStatusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void waitFor(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
}

std::unique_ptr<sync::AppServices> openServices(const QString &dir, api::TransportSettings t = {})
{
    auto services = std::make_unique<sync::AppServices>(t);
    if (const auto status = services->open(dir); !status.ok())
        qFatal("open %s: %s", qPrintable(dir), qPrintable(status.message));
    return services;
}

QString s10(int serial)
{
    const QString digits = u"%1"_s.arg(serial % 100000000, 8, 10, QChar(u'0'));
    return u"QB"_s + digits + QString::number(s10CheckDigit(digits)) + u"BR"_s;
}

// The cache and the batch files; returns the CSV's and the XLSX's paths.
std::pair<QString, QString> prepare(const QString &dir, sandbox::SandboxServer &server, int count,
                                    int rows, QTextStream &out)
{
    auto services = openServices(dir);
    services->setSecretStore(std::make_unique<security::MemorySecretStore>());
    storage::AccountRecord account;
    account.name = kAccount;
    account.account = u"demo"_s;
    account.appKey = u"demo-key"_s;
    account.baseUrl = server.baseUrl();
    account.refreshMinutes = 0;
    QString error;
    if (!services->accounts()->save(account, &error))
        qFatal("account: %s", qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    const sandbox::OrderGenerator generator(42, u"demo"_s, sandbox::OrderStore::referenceDate());
    QList<std::pair<OrderSummary, QByteArray>> batch;
    QList<QStringList> table{{u"Pedido"_s, u"Nota fiscal"_s, u"Transportadora"_s,
                              u"Código de rastreio"_s, u"URL de rastreio"_s, u"Data de envio"_s}};
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const QString id = generator
                               .make(i, generator.backlogCreationDate(i, count),
                                     sandbox::OrderGenerator::Kind::Backlog)
                               .orderId;
        const QJsonObject json = server.order(id);
        const OrderParseResult parsed = orderFromVtexJson(json);
        if (!parsed.ok())
            qFatal("order %s: %s", qPrintable(id), qPrintable(parsed.error));
        QByteArray raw = QJsonDocument(json).toJson(QJsonDocument::Compact);
        bytes += raw.size();
        if (table.size() <= rows && parsed.order.status == u"invoiced"_s &&
            parsed.order.packages.size() == 1) {
            const QString date = QDate(2026, 11, 1 + (i % 28)).toString(u"dd/MM/yyyy"_s);
            table << QStringList{id,
                                 parsed.order.packages.first().invoiceNumber,
                                 u"Correios"_s,
                                 s10(90000000 + i),
                                 QString(),
                                 date};
        }
        OrderSummary summary = summaryFromOrder(parsed.order, kAccount);
        summary.listDigest = u"d%1"_s.arg(i);
        batch.append({std::move(summary), std::move(raw)});
        if (batch.size() == 2000 || i == count - 1) {
            if (!services->orders()->storeDetails(batch, &error))
                qFatal("store: %s", qPrintable(error));
            batch.clear();
        }
    }
    QSqlQuery(services->database()->connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    out << "bench_import: cache of " << count << " orders (" << (bytes / count / 1024)
        << " KB of JSON each on average) in " << clock.elapsed() / 1000 << " s; batch of "
        << table.size() - 1 << " invoiced orders" << Qt::endl;

    const QString csv = QDir(dir).filePath(u"envios.csv"_s);
    const QString text = QString::fromUtf8(importer::toCsv(table, false, u';'));
    QStringEncoder encoder("windows-1252");
    const QByteArray encoded =
        encoder.isValid() ? QByteArray(encoder.encode(text)) : text.toLatin1();
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly) || f.write(encoded) != encoded.size())
        qFatal("cannot write %s", qPrintable(csv));
    f.close();
    const QString xlsx = QDir(dir).filePath(u"envios.xlsx"_s);
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    bool converted = false;
    if (!soffice.isEmpty()) {
        QProcess lo;
        lo.start(soffice, {u"-env:UserInstallation=file://"_s + dir + u"/lo-profile"_s,
                           u"--headless"_s, u"--infilter=CSV:59,34,1,1"_s, u"--convert-to"_s,
                           u"xlsx"_s, u"--outdir"_s, dir, csv});
        converted = lo.waitForFinished(300000) && lo.exitCode() == 0 && QFile::exists(xlsx);
    }
    if (!converted && !importer::writeXlsx(xlsx, u"Envios"_s, table, &error))
        qFatal("xlsx: %s", qPrintable(error));
    out << "bench_import: XLSX written by " << (converted ? "LibreOffice" : "importer::writeXlsx")
        << " (" << QFileInfo(xlsx).size() / 1024 << " KB), CSV " << QFileInfo(csv).size() / 1024
        << " KB" << Qt::endl;
    return {csv, xlsx};
}

// Child process: read + map + validate one file against the cache.
int measure(const QString &dir, const QString &file)
{
    auto services = openServices(dir);
    const qint64 baseKb = procStatusKb("VmRSS:");
    QElapsedTimer clock;
    clock.start();
    importer::ReadError readError;
    const auto sheet = importer::readSpreadsheet(file, {}, {}, &readError);
    if (!sheet)
        qFatal("%s: %s", qPrintable(file), qPrintable(readError.message));
    const qint64 readMs = clock.elapsed();
    const auto mapping = importer::detectColumns(sheet->sheet);
    if (!mapping)
        qFatal("no header row");
    QList<importer::ImportRow> rows = importer::extractRows(sheet->sheet, *mapping);
    const qint64 mapMs = clock.elapsed() - readMs;
    importer::TrackingValidator validator(services->orders(), services->outbox(), {});
    QString error;
    if (!validator.validate(&rows, &error))
        qFatal("validate: %s", qPrintable(error));
    const qint64 totalMs = clock.elapsed();
    int ready = 0;
    for (const auto &r : rows)
        ready += r.status == importer::RowStatus::Ready;
    QTextStream(stdout) << "bench_import: " << QFileInfo(file).suffix().toUpper() << " "
                        << rows.size() << " rows (" << ready << " ready): read " << readMs
                        << " ms, map " << mapMs << " ms, validate " << totalMs - readMs - mapMs
                        << " ms, total " << totalMs << " ms; peak memory +"
                        << (procStatusKb("VmHWM:") - baseKb) / 1024 << " MB" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--measure"_s)
        return measure(args.at(2), args.at(3));
    const int count = qEnvironmentVariableIntValue("BENCH_ORDERS") > 0
                          ? qEnvironmentVariableIntValue("BENCH_ORDERS")
                          : 100000;
    const int rows = qEnvironmentVariableIntValue("BENCH_ROWS") > 0
                         ? qEnvironmentVariableIntValue("BENCH_ROWS")
                         : 10000;
    const int rate = 6000;
    QTextStream out(stdout);
    sandbox::SandboxServer server({.orders = count});
    if (!server.start())
        qFatal("sandbox: %s", qPrintable(server.errorString()));
    QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("BENCH_DIR");
    if (!kept.isEmpty() && !QDir().mkpath(kept))
        qFatal("cannot create %s", qPrintable(kept));
    const QDir dir(kept.isEmpty() ? temporary.path() : kept);
    const auto [csv, xlsx] = prepare(dir.path(), server, count, rows, out);
    for (const QString &file : {csv, xlsx}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--measure"_s, dir.path(), file});
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            qFatal("measuring %s failed", qPrintable(file));
    }

    if (qEnvironmentVariable("BENCH_SEND") == u"0"_s)
        return 0;
    // Sending the batch at VTEX's rate.
    server.setRateLimitPerMinute(rate);
    api::TransportSettings transport;
    transport.ratePerMinute = rate;
    auto services = openServices(dir.path(), transport);
    services->setSecretStore(std::make_unique<security::MemorySecretStore>());
    bool saved = false;
    const auto account = services->accounts()->find(kAccount);
    services->saveVtexAccount(*account, u"demo-token"_s, &app, [&](const QString &error, int) {
        if (!error.isEmpty())
            qFatal("account: %s", qPrintable(error));
        saved = true;
    });
    waitFor([&] { return saved; });
    importer::ReadError readError;
    const auto sheet = importer::readSpreadsheet(csv, {}, {}, &readError);
    importer::TrackingImport batch(services.get());
    batch.setSheet(sheet->sheet, *importer::detectColumns(sheet->sheet));
    bool validated = false;
    QObject::connect(&batch, &importer::TrackingImport::validated, &app, [&] { validated = true; });
    batch.validate({});
    waitFor([&] { return validated; });
    QElapsedTimer clock;
    clock.start();
    int queued = 0;
    QString error;
    if (!batch.queue(u"bench"_s, &queued, &error))
        qFatal("queue: %s", qPrintable(error));
    const qint64 queueMs = clock.elapsed();
    const qint64 requestsBefore = server.requestCount();
    sync::OutboxDispatcher dispatcher(services.get(), {.pollMs = 200});
    bool allSent = false;
    QObject::connect(&batch, &importer::TrackingImport::allSent, &app, [&] { allSent = true; });
    batch.follow(&dispatcher);
    clock.restart();
    if (!dispatcher.start(&error))
        qFatal("dispatcher: %s", qPrintable(error));
    waitFor([&] { return allSent; });
    const double seconds = clock.elapsed() / 1000.0;
    const auto counts = batch.counts();
    const qint64 requests = server.requestCount() - requestsBefore;
    out << "bench_import: queued " << queued << " rows in " << queueMs << " ms; sent "
        << counts.value(importer::RowStatus::Sent) << " ("
        << counts.value(importer::RowStatus::Error) << " failed) in "
        << QString::number(seconds, 'f', 1) << " s with " << requests
        << " requests: " << QString::number(queued / seconds, 'f', 1)
        << " rows/s = " << QString::number(queued / seconds / (rate / 60.0), 'f', 3)
        << " of the 6,000/min cap (requests: "
        << QString::number(requests / seconds / (rate / 60.0), 'f', 3) << ")" << Qt::endl;
    return counts.value(importer::RowStatus::Error) == 0 ? 0 : 1;
}
