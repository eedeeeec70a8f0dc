// One unfinished command per order, in the one place every producer queues through (GUI, CLI,
// import): a second command is refused, a chain is queued whole or not at all, a retry never puts
// an old command behind a newer one, a discard needs its supervisor, and a database that cannot be
// read refuses instead of looking like "nothing waiting". Real SQLite in a temporary directory.
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "sync/actionqueue.h"
#include "sync/appservices.h"
#include "sync/carrierlist.h"

#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

class TestActionQueue : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sync::AppServices> m_services;

    sync::ActionRequest request(CommandKind kind, const QString &orderId) const
    {
        return {.kind = kind,
                .account = u"demo"_s,
                .orderId = orderId,
                .payload = kind == CommandKind::Cancel ? QJsonObject{{u"reason"_s, u"x"_s}}
                                                       : QJsonObject{},
                .operatorName = u"ana"_s};
    }
    storage::Outbox *outbox() const { return m_services->outbox(); }
    bool fail(qint64 id)
    {
        QString error;
        storage::AuditEntry audit;
        audit.operatorName = u"system"_s;
        audit.action = u"send"_s;
        audit.outcome = u"failed"_s;
        return outbox()->markSending(id, &error) &&
               outbox()->markFailed(id, u"HTTP 500"_s, audit, &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_services = std::make_unique<sync::AppServices>();
        QVERIFY(m_services->open(m_dir.path()).ok());
    }

    void aSecondCommandIsRefused()
    {
        QString error;
        bool busy = false;
        const qint64 first =
            sync::queueAction(m_services.get(), request(CommandKind::Invoice, u"A-01"_s), &error);
        QVERIFY2(first > 0, qPrintable(error));
        // VTEX's trap: a cancel racing an invoice.
        QCOMPARE(sync::queueAction(m_services.get(), request(CommandKind::Cancel, u"A-01"_s),
                                   &error, &busy),
                 0);
        QVERIFY(busy);
        QVERIFY2(error.contains(u"A-01"_s), qPrintable(error));
        QCOMPARE(outbox()->unfinishedForOrder(u"demo"_s, u"A-01"_s), 1);
        // Another order is free.
        QVERIFY(sync::queueAction(m_services.get(), request(CommandKind::Cancel, u"B-01"_s),
                                  &error) > 0);
        // The refused cancel left no audit line.
        const auto audit = storage::AuditLog(m_services->database())
                               .entries({.orderId = u"A-01"_s, .action = u"cancel"_s});
        QVERIFY(audit.isEmpty());
    }

    void aChainIsWholeOrNothing()
    {
        QString error;
        const QList<qint64> ids =
            sync::queueActions(m_services.get(),
                               {request(CommandKind::StartHandling, u"C-01"_s),
                                request(CommandKind::Invoice, u"C-01"_s)},
                               &error);
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.first() < ids.last()); // sent in that order
        bool busy = false;
        QVERIFY(sync::queueActions(m_services.get(),
                                   {request(CommandKind::StartHandling, u"C-01"_s),
                                    request(CommandKind::Invoice, u"C-01"_s)},
                                   &error, &busy)
                    .isEmpty());
        QVERIFY(busy);
        QCOMPARE(outbox()->unfinishedForOrder(u"demo"_s, u"C-01"_s), 2);
        // A chain for two orders is no chain.
        QVERIFY(sync::queueActions(m_services.get(),
                                   {request(CommandKind::StartHandling, u"D-01"_s),
                                    request(CommandKind::Invoice, u"E-01"_s)},
                                   &error)
                    .isEmpty());
        QCOMPARE(outbox()->unfinishedForOrder(u"demo"_s, u"D-01"_s), 0);
    }

    void retryNeverGoesBehindANewerCommand()
    {
        QString error;
        const qint64 old =
            sync::queueAction(m_services.get(), request(CommandKind::Invoice, u"F-01"_s), &error);
        QVERIFY(fail(old));
        // The order is free again: the person queued something else meanwhile.
        const qint64 newer =
            sync::queueAction(m_services.get(), request(CommandKind::Tracking, u"F-01"_s), &error);
        QVERIFY(newer > 0);
        QVERIFY(!sync::retryCommand(m_services.get(), old, u"ana"_s, &error));
        QVERIFY2(error.contains(u"F-01"_s), qPrintable(error));
        QCOMPARE(outbox()->find(old)->state, CommandState::Failed);
        // Once the newer one is gone, the retry goes through, audited.
        QVERIFY(sync::discardCommand(m_services.get(), newer, u"ana"_s, u"chefe"_s, &error));
        QVERIFY2(sync::retryCommand(m_services.get(), old, u"ana"_s, &error), qPrintable(error));
        QCOMPARE(outbox()->find(old)->state, CommandState::Pending);
        const auto audit =
            storage::AuditLog(m_services->database()).entries({.orderId = u"F-01"_s});
        QStringList actions;
        for (const auto &e : audit)
            actions << e.action + u'/' + e.outcome + u'/' + e.supervisor;
        QVERIFY2(actions.contains(u"retry/requeued/"_s), qPrintable(actions.join(u", "_s)));
        QVERIFY2(actions.contains(u"discard/discarded/chefe"_s), qPrintable(actions.join(u", "_s)));
    }

    void discardNeedsItsSupervisor()
    {
        QString error;
        const qint64 id =
            sync::queueAction(m_services.get(), request(CommandKind::Invoice, u"G-01"_s), &error);
        QVERIFY(!sync::discardCommand(m_services.get(), id, u"ana"_s, QString(), &error));
        QCOMPARE(outbox()->find(id)->state, CommandState::Pending);
        QVERIFY(!sync::retryCommand(m_services.get(), 999999, u"ana"_s, &error));
        QVERIFY(error.contains(u"999999"_s));
    }

    // A read that fails refuses; it never looks like "nothing waiting".
    void anUnreadableOutboxRefuses()
    {
        QSqlDatabase db = m_services->database()->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"ALTER TABLE commands RENAME TO commands_away"_s));
        QCOMPARE(outbox()->unfinishedForOrder(u"demo"_s, u"H-01"_s), -1);
        QString error;
        bool busy = true;
        QCOMPARE(sync::queueAction(m_services.get(), request(CommandKind::Invoice, u"H-01"_s),
                                   &error, &busy),
                 0);
        QVERIFY(!busy);
        QVERIFY(!error.isEmpty());
        QVERIFY(q.exec(u"ALTER TABLE commands_away RENAME TO commands"_s));
    }

    void carrierTemplatesServeEveryProducer()
    {
        QSettings settings;
        settings.remove(QString::fromLatin1(sync::kCarriersSettingsKey));
        const QList<Carrier> carriers = sync::loadCarriers(settings);
        QCOMPARE(sync::templateTrackingUrl(carriers, u"correios"_s, u"SS123456785BR"_s),
                 u"https://rastreamento.correios.com.br/app/index.php?objetos=SS123456785BR"_s);
        QCOMPARE(sync::templateTrackingUrl(carriers, u"Transportadora Sul"_s, u"X1"_s), QString());
        sync::saveCarriers(settings, {{u"Sul"_s, u"https://sul.example/t/{code}"_s}});
        QCOMPARE(sync::templateTrackingUrl(sync::loadCarriers(settings), u"sul"_s, u"A 1"_s),
                 u"https://sul.example/t/A%201"_s);
        settings.remove(QString::fromLatin1(sync::kCarriersSettingsKey));
    }
};

QTEST_GUILESS_MAIN(TestActionQueue)
#include "tst_actionqueue.moc"
