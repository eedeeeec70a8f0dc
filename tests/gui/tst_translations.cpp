// The compiled pt_BR translation is embedded and used, the runtime language switch retranslates
// live widgets, and the .ts files are complete (no unfinished or empty translation).
#include "core/orderstatus.h"
#include "gui/languagemanager.h"
#include "gui/queuepane.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
struct TsStats
{
    int messages = 0;
    QStringList unfinished; // source texts
    QString language;
};

TsStats readTs(const QString &path)
{
    TsStats stats;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return stats;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS"_s) {
            stats.language = xml.attributes().value(u"language"_s).toString();
        } else if (xml.name() == u"message"_s) {
            ++stats.messages;
        } else if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
            // Plural forms sit in <numerusform> children; the text of all of them must be there.
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (unfinished || text.isEmpty())
                stats.unfinished << source;
        }
    }
    if (xml.hasError())
        stats.unfinished << u"XML error: "_s + xml.errorString();
    return stats;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void embeddedPortugueseTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/despacho_pt_BR.qm"_s));
        QCOMPARE(translator.language(), u"pt_BR"_s);
        QCOMPARE(translator.translate("despacho::OrderStatus", "Ready for handling"),
                 u"Pronto para manuseio"_s);
        QCOMPARE(translator.translate("despacho::OrderStatus", "Invoiced"), u"Faturado"_s);
        QCOMPARE(translator.translate("despacho::OrderStatus", "Canceled"), u"Cancelado"_s);
        QCOMPARE(translator.translate("despacho::gui::OrderTableModel", "Order"), u"Pedido"_s);
        QCOMPARE(translator.translate("MainWindow", "&Sync now"), u"&Sincronizar agora"_s);
        QCOMPARE(translator.translate("despacho::gui::SyncController", "Last sync: never"),
                 u"Última sincronização: nunca"_s);
        // Plural forms.
        QCOMPARE(
            translator.translate("despacho::gui::SyncController", "%n order(s) failed", nullptr, 1),
            u"%n pedido falhou"_s);
        QCOMPARE(
            translator.translate("despacho::gui::SyncController", "%n order(s) failed", nullptr, 3),
            u"%n pedidos falharam"_s);
    }

    void runtimeSwitch()
    {
        gui::LanguageManager languages;
        QueuePaneHolder holder;
        QVERIFY(languages.setLanguage(u"pt_BR"_s));
        QCOMPARE(orderStatusDisplayName(u"invoiced"_s), u"Faturado"_s);
        QCOMPARE(statusQueues().first().label, u"Pronto para manuseio"_s);
        QCOMPARE(QLocale().language(), QLocale::Portuguese);
        // Installed translators send LanguageChange: live widgets retranslate themselves.
        QTRY_COMPARE(holder.title(), u"Filas"_s);
        QVERIFY(holder.firstQueue().startsWith(u"Pronto para manuseio ("_s));

        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(orderStatusDisplayName(u"invoiced"_s), u"Invoiced"_s);
        QTRY_COMPARE(holder.title(), u"Queues"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QCoreApplication::translate("despacho::gui::SyncController", "%n order(s) failed",
                                             nullptr, 1),
                 u"1 order failed"_s);
    }

    void languageCodes()
    {
        QCOMPARE(gui::LanguageManager::normalize(u"pt-BR"_s), u"pt_BR"_s);
        QCOMPARE(gui::LanguageManager::normalize(u"EN_us"_s), u"en"_s);
        QCOMPARE(gui::LanguageManager::normalize(u"fr"_s), QString());
        QCOMPARE(gui::LanguageManager::initialLanguage(u"pt"_s), u"pt_BR"_s);
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("pt_BR") << u"despacho_pt_BR.ts"_s << u"pt_BR"_s;
        QTest::newRow("en") << u"despacho_en.ts"_s << u"en_US"_s;
    }
    void tsFilesAreComplete()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        const TsStats stats =
            readTs(QStringLiteral(DESPACHO_SOURCE_DIR) + u"/translations/"_s + file);
        QCOMPARE(stats.language, language);
        QVERIFY(stats.messages > 200);
        QVERIFY2(stats.unfinished.isEmpty(), qPrintable(stats.unfinished.join(u" | "_s)));
    }

private:
    // A QueuePane without a cache: only its labels matter here.
    struct QueuePaneHolder
    {
        gui::QueuePane pane{nullptr};
        QString title() const { return pane.findChild<QLabel *>(u"queuesTitle"_s)->text(); }
        QString firstQueue() const
        {
            return pane.findChild<QListWidget *>(u"queueList"_s)->item(0)->text();
        }
    };
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
