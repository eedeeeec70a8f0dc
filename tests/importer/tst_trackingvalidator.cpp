// TrackingValidator over a real SQLite cache holding full sandbox VTEX documents, with the
// shapes a store really has: two invoices on one order (partial shipments), invoice numbers
// with leading zeros, an NF-e key in the invoice column, the same id in two accounts, couriers
// written as their services, and commands already in the outbox.
#include "core/command.h"
#include "core/orderjson.h"
#include "core/validators.h"
#include "importer/trackingvalidator.h"
#include "sandbox/orderdocument.h"
#include "sandbox/ordergenerator.h"
#include "sandbox/orderstore.h"
#include "storage/accountstore.h"
#include "storage/ordercache.h"
#include "sync/actionqueue.h"
#include "sync/appservices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using importer::ImportRow;
using importer::RowStatus;

namespace {

QString s10(int serial)
{
    const QString digits = u"%1"_s.arg(serial, 8, 10, QChar(u'0'));
    return u"QB"_s + digits + QString::number(s10CheckDigit(digits)) + u"BR"_s;
}

ImportRow row(int fileRow, const QString &order, const QString &invoice, const QString &courier,
              const QString &code, const QString &account = {})
{
    ImportRow r;
    r.fileRow = fileRow;
    r.orderId = order;
    r.invoice = invoice;
    r.courier = courier;
    r.trackingNumber = code;
    r.accountName = account;
    return r;
}

} // namespace

class TestTrackingValidator : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    sync::AppServices m_services;
    QString m_twoInvoices; // order with invoices 0012 and 0013
    QString m_oneInvoice;
    QString m_noInvoice;
    QString m_key; // the NF-e key of m_oneInvoice's invoice

    void store(const QString &account, QJsonObject json)
    {
        const OrderParseResult parsed = orderFromVtexJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QString error;
        QVERIFY2(m_services.orders()->storeDetail(summaryFromOrder(parsed.order, account),
                                                  QJsonDocument(json).toJson(), {}, &error),
                 qPrintable(error));
    }

    QList<ImportRow> validate(QList<ImportRow> rows, const QString &account = {})
    {
        importer::TrackingValidator validator(m_services.orders(), m_services.outbox(),
                                              {account, defaultCarriers()});
        QString error;
        if (!validator.validate(&rows, &error))
            qFatal("validate: %s", qPrintable(error));
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_services.open(m_dir.path()).ok());
        for (const QString &name : {u"loja"_s, u"outra"_s}) {
            storage::AccountRecord a;
            a.name = name;
            a.account = name;
            a.appKey = u"k"_s;
            QString error;
            QVERIFY(m_services.accounts()->save(a, &error));
        }
        // Real-sized documents from the sandbox's generator, their packages set as each case
        // needs.
        const sandbox::OrderGenerator generator(3, u"loja"_s, sandbox::OrderStore::referenceDate());
        QList<QJsonObject> docs;
        for (int i = 0; docs.size() < 3 && i < 500; ++i) {
            const auto g = generator.make(i, generator.backlogCreationDate(i, 500),
                                          sandbox::OrderGenerator::Kind::Backlog);
            const QJsonObject json = sandbox::orderDocument(g, g.initial, u"loja"_s);
            if (json.value("status"_L1).toString() == u"invoiced"_s &&
                !json["packageAttachment"_L1]["packages"_L1].toArray().isEmpty())
                docs << json;
        }
        QCOMPARE(docs.size(), 3);
        auto withPackages = [](QJsonObject json, const QList<QJsonObject> &packages) {
            const QJsonObject model = json["packageAttachment"_L1]["packages"_L1][0].toObject();
            QJsonArray list;
            for (const QJsonObject &p : packages) {
                QJsonObject merged = model;
                for (auto it = p.begin(); it != p.end(); ++it)
                    merged.insert(it.key(), it.value());
                list.append(merged);
            }
            json.insert(u"packageAttachment"_s, QJsonObject{{u"packages"_s, list}});
            return json;
        };
        m_twoInvoices = docs[0].value("orderId"_L1).toString();
        store(u"loja"_s, withPackages(docs[0], {{{u"invoiceNumber"_s, u"0012"_s},
                                                 {u"trackingNumber"_s, QString()},
                                                 {u"invoiceKey"_s, QString()}},
                                                {{u"invoiceNumber"_s, u"0013"_s},
                                                 {u"trackingNumber"_s, QString()},
                                                 {u"invoiceKey"_s, QString()}}}));
        m_oneInvoice = docs[1].value("orderId"_L1).toString();
        m_key = u"3526 1112 3456 7800 0195 5001 0000 0012 3412 3456 7890"_s.remove(u' ');
        store(u"loja"_s, withPackages(docs[1], {{{u"invoiceNumber"_s, u"77"_s},
                                                 {u"invoiceKey"_s, m_key},
                                                 {u"trackingNumber"_s, s10(1)}}}));
        // The same order id in a second account.
        store(u"outra"_s, withPackages(docs[1], {{{u"invoiceNumber"_s, u"77"_s},
                                                  {u"trackingNumber"_s, QString()}}}));
        QJsonObject handling = docs[2];
        handling.insert(u"status"_s, u"handling"_s);
        handling.insert(u"packageAttachment"_s, QJsonObject{{u"packages"_s, QJsonArray{}}});
        m_noInvoice = handling.value("orderId"_L1).toString();
        store(u"loja"_s, handling);
    }

    void partialShipmentsGoToTheirInvoices()
    {
        const auto rows = validate({row(2, m_twoInvoices, u"0012"_s, u"Correios"_s, s10(10)),
                                    row(3, m_twoInvoices, u"0013"_s, u"Correios"_s, s10(11))});
        QCOMPARE(rows[0].status, RowStatus::Ready);
        QCOMPARE(rows[1].status, RowStatus::Ready);
        QCOMPARE(rows[0].payload[u"invoiceNumber"_s].toString(), u"0012"_s);
        QCOMPARE(rows[1].payload[u"invoiceNumber"_s].toString(), u"0013"_s);
        QCOMPARE(rows[1].payload[u"body"_s][u"trackingNumber"_s].toString(), s10(11));
        QVERIFY(rows[1].payload[u"body"_s][u"trackingUrl"_s].toString().contains(s10(11)));
    }

    void severalInvoicesNeedTheColumn()
    {
        const auto rows = validate({row(2, m_twoInvoices, {}, u"Correios"_s, s10(12))});
        QCOMPARE(rows[0].status, RowStatus::Error);
        QVERIFY2(rows[0].message.contains(u"0012, 0013"_s), qPrintable(rows[0].message));
    }

    void leadingZerosAndNfeKeys()
    {
        // Excel dropped the zeros: the row goes to 0012 and says so.
        auto rows = validate({row(2, m_twoInvoices, u"12"_s, u"Correios"_s, s10(13))});
        QCOMPARE(rows[0].status, RowStatus::Ready);
        QCOMPARE(rows[0].invoiceNumber, u"0012"_s);
        QVERIFY(rows[0].notes.join(u' ').contains(u"leading zeros"_s));
        // The NF-e key in the invoice column finds the invoice.
        rows = validate({row(2, m_oneInvoice, m_key, u"Correios"_s, s10(14), u"loja"_s)});
        QCOMPARE(rows[0].status, RowStatus::Ready);
        QCOMPARE(rows[0].invoiceNumber, u"77"_s);
        QVERIFY(rows[0].notes.join(u' ').contains(u"replaces tracking number"_s));
        rows = validate({row(2, m_twoInvoices, u"99"_s, u"Correios"_s, s10(15))});
        QCOMPARE(rows[0].status, RowStatus::Error);
        QVERIFY(rows[0].message.contains(u"no invoice 99"_s));
    }

    void accounts()
    {
        auto rows = validate({row(2, m_oneInvoice, {}, u"Correios"_s, s10(16))});
        QCOMPARE(rows[0].status, RowStatus::Error);
        QVERIFY(rows[0].message.contains(u"loja, outra"_s) ||
                rows[0].message.contains(u"outra, loja"_s));
        rows = validate({row(2, m_oneInvoice, {}, u"Correios"_s, s10(16), u"OUTRA"_s)});
        QCOMPARE(rows[0].status, RowStatus::Ready);
        QCOMPARE(rows[0].account, u"outra"_s);
        rows = validate({row(2, m_oneInvoice, {}, u"Correios"_s, s10(16))}, u"loja"_s);
        QCOMPARE(rows[0].account, u"loja"_s);
        rows = validate({row(2, u"nope-01"_s, {}, u"Correios"_s, s10(16))});
        QCOMPARE(rows[0].status, RowStatus::Error);
        QVERIFY(rows[0].orderMissing);
    }

    void couriersAndCodes()
    {
        auto rows =
            validate({row(2, m_twoInvoices, u"0012"_s, u"PAC"_s, s10(20)),
                      row(3, m_twoInvoices, u"0013"_s, {}, s10(21)),
                      row(4, m_oneInvoice, {}, u"Jadlog Expresso"_s, u"JD99"_s, u"loja"_s),
                      row(5, m_oneInvoice, {}, u"Correios"_s, u"QB12345678BR"_s, u"outra"_s)});
        QCOMPARE(rows[0].courier, u"Correios"_s);
        QCOMPARE(rows[1].courier, u"Correios"_s); // from the S10 shape
        QVERIFY(rows[1].notes.join(u' ').contains(u"code's shape"_s));
        QCOMPARE(rows[2].courier, u"Jadlog"_s);
        QCOMPARE(rows[2].status, RowStatus::Ready);
        QCOMPARE(rows[3].status, RowStatus::Error); // not an S10 code: no person checks it here
    }

    void duplicatesAndConflicts()
    {
        const auto rows = validate({row(2, m_twoInvoices, u"0012"_s, u"Correios"_s, s10(30)),
                                    row(3, m_twoInvoices, u"0012"_s, u"Correios"_s, s10(30)),
                                    row(4, m_twoInvoices, u"0012"_s, u"Correios"_s, s10(31))});
        QCOMPARE(rows[0].status, RowStatus::Ready);
        QCOMPARE(rows[1].status, RowStatus::DuplicateInFile);
        QCOMPARE(rows[2].status, RowStatus::Error);
        QVERIFY(rows[2].message.contains(u"row 2"_s));
    }

    void alreadyAppliedByTheOrderOrTheOutbox()
    {
        auto rows = validate({row(2, m_oneInvoice, {}, u"Correios"_s, s10(1), u"loja"_s)});
        QCOMPARE(rows[0].status, RowStatus::AlreadyApplied);
        rows = validate({row(2, m_noInvoice, {}, u"Correios"_s, s10(40))});
        QCOMPARE(rows[0].status, RowStatus::Error);
        QVERIFY(rows[0].message.contains(u"no invoice yet"_s));
        // Queued earlier (not sent yet): applying the file again does not queue it twice.
        rows = validate({row(2, m_twoInvoices, u"0013"_s, u"Correios"_s, s10(41))});
        QCOMPARE(rows[0].status, RowStatus::Ready);
        QString error;
        const qint64 id = sync::queueAction(&m_services,
                                            {.kind = CommandKind::Tracking,
                                             .account = u"loja"_s,
                                             .orderId = m_twoInvoices,
                                             .payload = rows[0].payload,
                                             .operatorName = u"ana"_s},
                                            &error);
        QVERIFY2(id > 0, qPrintable(error));
        rows = validate({row(2, m_twoInvoices, u"0013"_s, u"Correios"_s, s10(41))});
        QCOMPARE(rows[0].status, RowStatus::AlreadyApplied);
        QCOMPARE(rows[0].commandId, id);
        // Another code for the other invoice is not the same command.
        rows = validate({row(2, m_twoInvoices, u"0012"_s, u"Correios"_s, s10(41))});
        QCOMPARE(rows[0].status, RowStatus::Ready);
    }

    // The validator reads each order's packages from the cache's index (orders.packages) and
    // decodes the whole document only for orders stored before that column: both give every row
    // the same outcome, message, notes and payload.
    void theIndexedPackagesAnswerAsTheDocumentDoes()
    {
        const QList<ImportRow> rows{
            row(2, m_twoInvoices, u"0012"_s, u"Correios"_s, s10(50)),
            row(3, m_twoInvoices, u"13"_s, u"SEDEX"_s, s10(51)),
            row(4, m_twoInvoices, {}, u"Correios"_s, s10(52)),
            row(5, m_twoInvoices, u"0013"_s, u"Correios"_s, s10(41)), // queued earlier
            row(6, m_oneInvoice, m_key, u"Correios"_s, s10(53), u"loja"_s),
            row(7, m_oneInvoice, {}, u"Correios"_s, s10(1), u"loja"_s),
            row(8, m_oneInvoice, u"77"_s, u"Correios"_s, s10(54)),
            row(9, m_oneInvoice, u"77"_s, u"Jadlog"_s, u"JD123"_s, u"outra"_s),
            row(10, m_noInvoice, {}, u"Correios"_s, s10(55)),
            row(11, m_twoInvoices, u"0012"_s, u"Correios"_s, s10(50)),
            row(12, u"v-nowhere-01"_s, {}, u"Correios"_s, s10(56)),
        };
        const QList<ImportRow> indexed = validate(rows);
        QSqlQuery q(m_services.database()->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM orders WHERE packages IS NULL"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // every stored detail has its packages indexed
        const QStringList names{m_twoInvoices, m_oneInvoice, m_noInvoice};
        const auto before = m_services.orders()->findDocuments(names);
        QVERIFY(q.exec(u"UPDATE orders SET packages = NULL"_s));
        importer::TrackingValidator validator(m_services.orders(), m_services.outbox(),
                                              {{}, defaultCarriers()});
        QList<ImportRow> decoded = rows;
        QString error;
        QVERIFY2(validator.validate(&decoded, &error), qPrintable(error));
        // What it had to decode, the caller puts back into the index: the same packages as the
        // cache stores with a detail.
        QVERIFY(validator.decodedPackages().size() >= names.size());
        QVERIFY2(m_services.orders()->indexPackages(validator.decodedPackages(), &error),
                 qPrintable(error));
        const auto after = m_services.orders()->findDocuments(names);
        for (const QString &name : names) {
            QVERIFY(after.value(name).value(0).packages);
            QCOMPARE(after.value(name).value(0).packages, before.value(name).value(0).packages);
        }
        QCOMPARE(indexed.size(), decoded.size());
        QSet<RowStatus> seen;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QByteArray where = "row " + QByteArray::number(rows[i].fileRow);
            QVERIFY2(indexed[i].status == decoded[i].status, where.constData());
            QCOMPARE(indexed[i].message, decoded[i].message);
            QCOMPARE(indexed[i].notes, decoded[i].notes);
            QCOMPARE(indexed[i].payload, decoded[i].payload);
            QCOMPARE(indexed[i].invoiceNumber, decoded[i].invoiceNumber);
            seen.insert(indexed[i].status);
        }
        // The rows cover every outcome, so the comparison means something.
        QVERIFY(seen.contains(RowStatus::Ready));
        QVERIFY(seen.contains(RowStatus::Error));
        QVERIFY(seen.contains(RowStatus::AlreadyApplied));
        QVERIFY(seen.contains(RowStatus::DuplicateInFile));
    }
};

QTEST_GUILESS_MAIN(TestTrackingValidator)
#include "tst_trackingvalidator.moc"
