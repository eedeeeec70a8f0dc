// The main window switched to Portuguese at runtime from its Language menu: the order table, the
// order's detail and the filter bar show Brazilian dates and money ("19/11/2026 21:28",
// "R$ 1.552,60") and Portuguese words, and go back to English formats when switched back.
#include "gui/formatting.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/orderdetailview.h"
#include "gui/orderlistpane.h"
#include "gui/ordertablemodel.h"
#include "storage/accountstore.h"
#include "storage/ordercache.h"
#include "sync/appservices.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace despacho;

class TestListLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sync::AppServices> m_services;
    std::unique_ptr<gui::LanguageManager> m_languages;
    std::unique_ptr<gui::MainWindow> m_window;

    QString cell(int column) const
    {
        return m_window->orderList()->model()->index(0, column).data().toString();
    }
    QString label(const QString &name) const
    {
        return m_window->detailView()->findChild<QLabel *>(name)->text();
    }
    void choose(const QString &action)
    {
        auto *a = m_window->findChild<QAction *>(action);
        QVERIFY(a);
        a->trigger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "America/Sao_Paulo");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_services = std::make_unique<sync::AppServices>();
        QVERIFY(m_services->open(m_dir.path()).ok());
        OrderSummary s;
        s.account = u"loja"_s;
        s.orderId = u"v1552-01"_s;
        s.sequence = u"1552"_s;
        s.status = u"ready-for-handling"_s;
        s.creationDate = QDateTime(QDate(2026, 11, 20), QTime(0, 28), Qt::UTC); // 21:28 in SP
        s.shipBy = QDateTime(QDate(2026, 11, 22), QTime(0, 28), Qt::UTC);
        s.clientName = u"Ana Souza"_s;
        s.totalValue = Money(155260);
        s.itemCount = 1;
        s.salesChannel = u"1"_s;
        QString error;
        QVERIFY2(m_services->orders()->storeDetail(s, "{}", {}, &error), qPrintable(error));
        m_languages = std::make_unique<gui::LanguageManager>();
        QVERIFY(m_languages->setLanguage(u"en"_s));
        m_window = std::make_unique<gui::MainWindow>(m_services.get(), m_languages.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->orderList()->selectOrder(u"loja"_s, u"v1552-01"_s));
        QTRY_COMPARE(m_window->detailView()->orderId(), u"v1552-01"_s);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_languages.reset();
        m_services.reset();
    }

    void englishFirst()
    {
        QCOMPARE(cell(gui::OrderTableModel::Total), u"R$1,552.60"_s);
        QCOMPARE(
            cell(gui::OrderTableModel::Date),
            QLocale(QLocale::English, QLocale::UnitedStates)
                .toString(QDateTime(QDate(2026, 11, 19), QTime(21, 28)), QLocale::ShortFormat));
    }

    void switchesToPortugueseAtRuntime()
    {
        choose(u"actionPortuguese"_s);
        QCOMPARE(m_languages->language(), u"pt_BR"_s);
        QTRY_COMPARE(cell(gui::OrderTableModel::Date), u"19/11/2026 21:28"_s);
        QCOMPARE(cell(gui::OrderTableModel::Total), u"R$\u00a01.552,60"_s);
        QCOMPARE(cell(gui::OrderTableModel::ShipBy), u"21/11/2026 21:28"_s);
        QCOMPARE(cell(gui::OrderTableModel::Status), u"Pronto para manuseio"_s);
        QCOMPARE(cell(gui::OrderTableModel::SalesChannel), u"Canal 1"_s);
        // What the table shows, the open order's detail shows too.
        QTRY_COMPARE(label(u"summaryTotal"_s), u"R$\u00a01.552,60"_s);
        QCOMPARE(label(u"summaryCreated"_s), u"19/11/2026 21:28"_s);
        const QAbstractItemModel *model = m_window->orderList()->model();
        QStringList headers;
        for (int c = 0; c < model->columnCount(); ++c)
            headers << model->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"Pedido"_s, u"Sequência"_s, u"Criado em"_s,
                                       u"Despachar até"_s, u"Cliente"_s, u"Total"_s, u"Situação"_s,
                                       u"Itens"_s, u"Transportadora"_s, u"Rastreio"_s,
                                       u"Canal de venda"_s, u"Canal"_s}));
        QCOMPARE(m_window->findChild<QLabel *>(u"queuesTitle"_s)->text(), u"Filas"_s);
        const auto labels = m_window->orderList()->findChildren<QLabel *>();
        QStringList texts;
        for (const QLabel *l : labels)
            texts << l->text();
        QVERIFY2(texts.contains(u"&Transportadora:"_s), qPrintable(texts.join(u" | "_s)));
        // VTEX's shipping estimates in words, as the Shipping tab shows them.
        QCOMPARE(gui::formatShippingEstimate(u"1bd"_s), u"1 dia útil"_s);
        QCOMPARE(gui::formatShippingEstimate(u"5bd"_s), u"5 dias úteis"_s);
        QCOMPARE(gui::formatShippingEstimate(u"5d"_s), u"5 dias"_s);
    }

    void andBackToEnglish()
    {
        choose(u"actionEnglish"_s);
        QTRY_COMPARE(cell(gui::OrderTableModel::Total), u"R$1,552.60"_s);
        QTRY_COMPARE(label(u"summaryTotal"_s), u"R$1,552.60"_s);
        QCOMPARE(m_window->orderList()->model()->headerData(gui::OrderTableModel::ShipBy,
                                                            Qt::Horizontal),
                 u"Ship by"_s);
    }
};

QTEST_MAIN(TestListLanguage)
#include "tst_listlanguage.moc"
