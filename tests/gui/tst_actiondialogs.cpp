// The action dialogs over orders built from the sandbox's VTEX get-order JSON: pre-filled
// quantities and value, field errors shown under their field with the dialog kept open, warnings
// that need a second OK, and the forms (and VTEX bodies) they produce.
#include "core/orderjson.h"
#include "core/validators.h"
#include "gui/canceldialog.h"
#include "gui/carriersettings.h"
#include "gui/invoicedialog.h"
#include "gui/starthandlingdialog.h"
#include "gui/trackingdialog.h"
#include "gui/trackingeventsdialog.h"
#include "sandboxorders.h"
#include "widgetlookup.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using despacho::testing::field;
using despacho::testing::package;
using despacho::testing::sandboxOrder;
using despacho::testing::type;

namespace {
const QLocale kBrazil(QLocale::Portuguese, QLocale::Brazil);
const QString kCorreiosUrl = u"https://rastreamento.correios.com.br/app/index.php?objetos="_s;

void clickOk(QWidget *dialog)
{
    field<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
}

bool shows(QWidget *dialog, const QString &label, const QString &text)
{
    auto *l = field<QLabel>(dialog, label);
    if (!l->isVisible() || !l->text().contains(text, Qt::CaseInsensitive)) {
        qWarning("%s: visible %d, text \"%s\"", qPrintable(label), l->isVisible(),
                 qPrintable(l->text()));
        return false;
    }
    return true;
}

QString validNfeKey()
{
    const QString first43 = u"3526111122233300018155001000000123100000012"_s;
    return first43 + QString::number(nfeCheckDigit(first43));
}
} // namespace

class TestActionDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startHandlingConfirmsTheOrder()
    {
        const Order order = sandboxOrder();
        gui::StartHandlingDialog dialog(order);
        dialog.show();
        QCOMPARE(field<QLabel>(&dialog, u"orderIdValue"_s)->text(), order.orderId);
        QCOMPARE(field<QLabel>(&dialog, u"customerValue"_s)->text(), order.customer.fullName());
        QVERIFY(field<QLabel>(&dialog, u"itemsValue"_s)
                    ->text()
                    .contains(QString::number(order.totalQuantity())));
        QCOMPARE(field<QLabel>(&dialog, u"totalValue"_s)->text(), order.value.toDisplayString());
        QPushButton *ok =
            field<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->text(), u"Start handling"_s);
        QVERIFY(ok->isDefault());
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        gui::StartHandlingDialog handling(sandboxOrder({}, u"handling"_s));
        handling.show();
        QVERIFY(!field<QDialogButtonBox>(&handling, u"buttonBox"_s)
                     ->button(QDialogButtonBox::Ok)
                     ->isEnabled());
        QVERIFY(shows(&handling, u"blockerLabel"_s, u"ready for handling"_s));
        QTest::keyClick(&handling, Qt::Key_Escape);
        QCOMPARE(handling.result(), int(QDialog::Rejected));
    }

    void invoicePrefillsRemainingItemsAndValue()
    {
        Order order = sandboxOrder();
        // One unit of the first line is already invoiced.
        order = sandboxOrder({package(u"100"_s, order, 1)});
        gui::InvoiceDialog dialog(order, defaultCarriers());
        dialog.show();
        auto *table = field<QTableWidget>(&dialog, u"itemsTable"_s);
        QCOMPARE(table->rowCount(), order.items.size());
        qint64 expected = 0;
        for (int row = 0; row < order.items.size(); ++row) {
            const int left = order.items[row].quantity - (row == 0 ? 1 : 0);
            QCOMPARE(table->item(row, gui::InvoiceDialog::SkuColumn)->text(),
                     order.items[row].skuId);
            QCOMPARE(table->item(row, gui::InvoiceDialog::RemainingColumn)->text(),
                     QString::number(left));
            auto *spin = field<QSpinBox>(&dialog, u"quantitySpin%1"_s.arg(row));
            QCOMPARE(spin->value(), left);
            QCOMPARE(spin->maximum(), left);
            expected += left * order.items[row].sellingPrice.cents();
        }
        const QString value = field<QLineEdit>(&dialog, u"valueEdit"_s)->text();
        QVERIFY2(QRegularExpression(u"^\\d{1,3}(\\.\\d{3})*,\\d\\d$"_s).match(value).hasMatch(),
                 qPrintable(value));
        // Everything left is being invoiced: the value is what is left of the order's total
        // (freight included), not the items alone.
        const qint64 left = order.value.cents() - order.items[0].sellingPrice.cents();
        QVERIFY(left > expected);
        QCOMPARE(Money::parse(value)->cents(), left);
        const QString label = field<QLabel>(&dialog, u"itemsTotalLabel"_s)->text();
        QVERIFY2(label.contains(Money(expected).toDisplayString(kBrazil)), qPrintable(label));
        QVERIFY2(label.contains(Money(left - expected).toDisplayString(kBrazil)),
                 qPrintable(label));
    }

    void changingAQuantityRecomputesTheValue()
    {
        const Order order = sandboxOrder();
        gui::InvoiceDialog dialog(order, defaultCarriers());
        dialog.show();
        auto *value = field<QLineEdit>(&dialog, u"valueEdit"_s);
        QCOMPARE(Money::parse(value->text())->cents(), order.value.cents());
        field<QSpinBox>(&dialog, u"quantitySpin0"_s)->setValue(0);
        // Partial now: the chosen items, and the form says what is left out.
        qint64 after = 0;
        for (int row = 1; row < order.items.size(); ++row)
            after += order.items[row].lineTotal().cents();
        QCOMPARE(Money::parse(value->text())->cents(), after);
        QVERIFY(field<QLabel>(&dialog, u"itemsTotalLabel"_s)
                    ->text()
                    .contains(Money(after).toDisplayString(kBrazil)));
        QCOMPARE(field<QTableWidget>(&dialog, u"itemsTable"_s)
                     ->item(0, gui::InvoiceDialog::LineTotalColumn)
                     ->text(),
                 Money(0).toDisplayString(kBrazil));

        // A value typed by hand is the user's: quantities no longer overwrite it.
        type(&dialog, u"valueEdit"_s, u"1.234,56"_s);
        field<QSpinBox>(&dialog, u"quantitySpin0"_s)->setValue(1);
        QCOMPARE(value->text(), u"1.234,56"_s);
        QCOMPARE(dialog.form().valueCents, 123456);
    }

    void invalidNumberIsShownUnderItsFieldAndKeepsTheDialogOpen()
    {
        gui::InvoiceDialog dialog(sandboxOrder(), defaultCarriers());
        dialog.show();
        QVERIFY(field<QLabel>(&dialog, u"numberHint"_s)->text().contains(u"#"_s));
        type(&dialog, u"numberEdit"_s, u"NF 12/3"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(shows(&dialog, u"numberError"_s, u"letters and digits"_s));
        QVERIFY(shows(&dialog, u"summaryLabel"_s, u"red"_s));
        QVERIFY(!field<QLabel>(&dialog, u"valueError"_s)->isVisible());

        // Nothing to invoice and an unreadable value are named too.
        for (int row = 0; row < field<QTableWidget>(&dialog, u"itemsTable"_s)->rowCount(); ++row)
            field<QSpinBox>(&dialog, u"quantitySpin%1"_s.arg(row))->setValue(0);
        type(&dialog, u"valueEdit"_s, u"doze reais"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(shows(&dialog, u"itemsError"_s, u"at least one item"_s));
        QVERIFY(shows(&dialog, u"valueError"_s, u"doze reais"_s));
    }

    void validInvoiceGivesTheVtexBody()
    {
        const Order order = sandboxOrder();
        gui::InvoiceDialog dialog(order, defaultCarriers());
        dialog.show();
        type(&dialog, u"numberEdit"_s, u"NF123"_s);
        field<QDateTimeEdit>(&dialog, u"issuedEdit"_s)
            ->setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        for (int row = 1; row < order.items.size(); ++row)
            field<QSpinBox>(&dialog, u"quantitySpin%1"_s.arg(row))->setValue(0);
        field<QComboBox>(&dialog, u"courierCombo"_s)->setCurrentText(u"Correios"_s);
        type(&dialog, u"trackingNumberEdit"_s, u"AA123456785BR"_s);
        QCOMPARE(field<QLineEdit>(&dialog, u"trackingUrlEdit"_s)->text(),
                 kCorreiosUrl + u"AA123456785BR"_s);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QJsonObject body = invoicePayload(dialog.form(), order);
        const OrderItem &first = order.items[0];
        QCOMPARE(body[u"type"_s].toString(), u"Output"_s);
        QCOMPARE(body[u"invoiceNumber"_s].toString(), u"NF123"_s);
        QCOMPARE(body[u"invoiceValue"_s].toString(), QString::number(first.lineTotal().cents()));
        QCOMPARE(body[u"issuanceDate"_s].toString(), u"2026-11-24T10:00:00-03:00"_s);
        const QJsonArray items = body[u"items"_s].toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][u"id"_s].toString(), first.skuId);
        QCOMPARE(items[0][u"quantity"_s].toInt(), first.quantity);
        QCOMPARE(items[0][u"price"_s].toInteger(), first.sellingPrice.cents());
        QCOMPARE(body[u"courier"_s].toString(), u"Correios"_s);
        QCOMPARE(body[u"trackingUrl"_s].toString(), kCorreiosUrl + u"AA123456785BR"_s);
    }

    void nfeKeyIsGroupedAndItsCheckDigitVerified()
    {
        gui::InvoiceDialog dialog(sandboxOrder(), defaultCarriers());
        dialog.show();
        auto *key = field<QLineEdit>(&dialog, u"keyEdit"_s);
        QTest::keyClicks(key, validNfeKey());
        QCOMPARE(key->text(), formatNfeKey(validNfeKey()));
        QCOMPARE(key->text().left(14), u"3526 1111 2223"_s);
        QVERIFY(!field<QLabel>(&dialog, u"keyError"_s)->isVisible());

        QString wrong = validNfeKey();
        wrong.back() = QChar(u'0' + (wrong.back().digitValue() + 1) % 10);
        key->clear();
        QTest::keyClicks(key, wrong);
        QVERIFY(shows(&dialog, u"keyError"_s, u"check digit"_s));
        type(&dialog, u"numberEdit"_s, u"123"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(shows(&dialog, u"keyError"_s, u"check digit"_s));
    }

    void trackingWarnsOnAWrongCorreiosDigitUntilConfirmed()
    {
        Order order = sandboxOrder();
        order = sandboxOrder({package(u"4711"_s, order, 1)}, u"invoiced"_s);
        gui::TrackingDialog dialog(order, defaultCarriers());
        dialog.show();
        QCOMPARE(field<QComboBox>(&dialog, u"invoiceCombo"_s)->currentData().toString(), u"4711"_s);
        field<QComboBox>(&dialog, u"courierCombo"_s)->setCurrentText(u"Correios"_s);
        type(&dialog, u"numberEdit"_s, u"AA123456784BR"_s);
        QCOMPARE(field<QLineEdit>(&dialog, u"urlEdit"_s)->text(),
                 kCorreiosUrl + u"AA123456784BR"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(shows(&dialog, u"numberError"_s, u"should be 5"_s));
        QVERIFY(shows(&dialog, u"summaryLabel"_s, u"OK again"_s));
        // Return presses the default button: the second OK accepts the warned form.
        QTest::keyClick(field<QLineEdit>(&dialog, u"numberEdit"_s), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const TrackingForm form = dialog.form();
        QCOMPARE(form.invoiceNumber, u"4711"_s);
        QCOMPARE(form.courier, u"Correios"_s);
        QCOMPARE(form.number, u"AA123456784BR"_s);
        QVERIFY(form.dispatched.isValid());
    }

    // A URL that came from a template follows the number and the courier, also one VTEX already
    // holds; one the person typed is kept and marked, and the mark gives the template back.
    void trackingUrlNeverPointsAtAnotherCode()
    {
        const QString first =
            u"SS12345678"_s + QString::number(s10CheckDigit(u"12345678"_s)) + u"BR"_s;
        const QString second =
            u"SS98765432"_s + QString::number(s10CheckDigit(u"98765432"_s)) + u"BR"_s;
        Order order = sandboxOrder();
        sandbox::PackageInput p = package(u"4711"_s, order, 1, u"Correios"_s, first);
        p.trackingUrl = kCorreiosUrl + first;
        order = sandboxOrder({p}, u"invoiced"_s);
        gui::TrackingDialog dialog(order, defaultCarriers());
        dialog.show();
        auto *number = field<QLineEdit>(&dialog, u"numberEdit"_s);
        auto *url = field<QLineEdit>(&dialog, u"urlEdit"_s);
        auto *courier = field<QComboBox>(&dialog, u"courierCombo"_s);
        auto *mark = url->findChild<QAction *>(u"urlTypedMark"_s);
        QVERIFY(mark);
        QCOMPARE(number->text(), first);
        QCOMPARE(url->text(), kCorreiosUrl + first);
        QVERIFY(!mark->isVisible());
        type(&dialog, u"numberEdit"_s, second);
        QCOMPARE(url->text(), kCorreiosUrl + second);
        courier->setCurrentText(u"Loggi"_s);
        QCOMPARE(url->text(), u"https://www.loggi.com/rastreador/"_s + second);
        courier->setCurrentText(u"Correios"_s);
        QCOMPARE(url->text(), kCorreiosUrl + second);
        QCOMPARE(dialog.form().url, kCorreiosUrl + second);

        type(&dialog, u"urlEdit"_s, u"https://example.com/t/1"_s);
        QVERIFY(mark->isVisible());
        QVERIFY(dialog.urlTyped());
        type(&dialog, u"numberEdit"_s, first);
        QCOMPARE(url->text(), u"https://example.com/t/1"_s);
        mark->trigger();
        QVERIFY(!dialog.urlTyped());
        QCOMPARE(url->text(), kCorreiosUrl + first);

        // An address VTEX holds that is no carrier's: kept, and said to be typed.
        p.trackingUrl = u"https://rastreio.example.com/x"_s;
        gui::TrackingDialog held(sandboxOrder({p}, u"invoiced"_s), defaultCarriers());
        held.show();
        QVERIFY(held.urlTyped());
        type(&held, u"numberEdit"_s, second);
        QCOMPARE(held.form().url, u"https://rastreio.example.com/x"_s);
    }

    void partialInvoiceSaysWhatItLeavesOut()
    {
        const Order order = sandboxOrder();
        QVERIFY(order.totals.shipping.cents() > 0 || order.items.size() >= 2);
        gui::InvoiceDialog dialog(order, defaultCarriers());
        dialog.show();
        field<QSpinBox>(&dialog, u"quantitySpin0"_s)->setValue(0);
        const QString label = field<QLabel>(&dialog, u"itemsTotalLabel"_s)->text();
        QVERIFY2(label.contains(u"leaves out"_s) &&
                     label.contains(order.items[0].lineTotal().toDisplayString(kBrazil)),
                 qPrintable(label));
        const qint64 other =
            order.value.cents() - order.items[0].lineTotal().cents() - dialog.expectedValueCents();
        if (other != 0)
            QVERIFY2(label.contains(Money(other).toDisplayString(kBrazil)), qPrintable(label));
    }

    void trackingUrlFollowsTheTemplateUntilEdited()
    {
        Order order = sandboxOrder();
        order = sandboxOrder({package(u"4711"_s, order, 1)}, u"invoiced"_s);
        gui::TrackingDialog dialog(order, defaultCarriers());
        dialog.show();
        auto *url = field<QLineEdit>(&dialog, u"urlEdit"_s);
        field<QComboBox>(&dialog, u"courierCombo"_s)->setCurrentText(u"Loggi"_s);
        type(&dialog, u"numberEdit"_s, u"LG 77/1"_s);
        QCOMPARE(url->text(), u"https://www.loggi.com/rastreador/LG%2077%2F1"_s);
        type(&dialog, u"urlEdit"_s, u"https://example.com/t/1"_s);
        type(&dialog, u"numberEdit"_s, u"LG2"_s);
        QCOMPARE(url->text(), u"https://example.com/t/1"_s);
        url->clear();
        field<QComboBox>(&dialog, u"courierCombo"_s)->setCurrentText(u"Jadlog"_s);
        QCOMPARE(url->text(), u"https://www.jadlog.com.br/jadlog/tracking?cte=LG2"_s);
        // A courier that is not listed is allowed, without an address.
        field<QComboBox>(&dialog, u"courierCombo"_s)->setCurrentText(u"Transportadora Sul"_s);
        QCOMPARE(url->text(), QString());

        field<QComboBox>(&dialog, u"courierCombo"_s)->setCurrentText(QString());
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(shows(&dialog, u"courierError"_s, u"courier"_s));
    }

    void trackingEventsAreAddedToTheForm()
    {
        Order order = sandboxOrder();
        order = sandboxOrder({package(u"4711"_s, order, 1, u"Correios"_s, u"AA123456785BR"_s)},
                             u"invoiced"_s);
        gui::TrackingEventsDialog dialog(order);
        dialog.show();
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(shows(&dialog, u"eventsError"_s, u"at least one event"_s));

        auto *table = field<QTableWidget>(&dialog, u"eventsTable"_s);
        auto *add = field<QPushButton>(&dialog, u"addEventButton"_s);
        add->click();
        add->click();
        QCOMPARE(table->rowCount(), 2);
        const QDateTime first(QDate(2026, 11, 24), QTime(9, 30));
        const QStringList cities{u"Recife"_s, u"Caruaru"_s};
        for (int row = 0; row < 2; ++row) {
            table->item(row, gui::TrackingEventsDialog::CityColumn)->setText(cities[row]);
            field<QDateTimeEdit>(&dialog, u"eventDateEdit%1"_s.arg(row))
                ->setDateTime(first.addSecs(3600 * 24 * row));
        }
        table->item(0, gui::TrackingEventsDialog::DescriptionColumn)->setText(u"Objeto postado"_s);
        field<QComboBox>(&dialog, u"stateCombo0"_s)->setCurrentText(u"PE"_s);
        field<QComboBox>(&dialog, u"stateCombo1"_s)->setCurrentText(u"PE"_s);
        add->click();
        // A new event starts in the previous event's UF; removing it leaves two.
        QCOMPARE(field<QComboBox>(&dialog, u"stateCombo2"_s)->currentText(), u"PE"_s);
        table->setCurrentCell(2, 0);
        field<QPushButton>(&dialog, u"removeEventButton"_s)->click();
        QCOMPARE(table->rowCount(), 2);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(shows(&dialog, u"eventsError"_s, u"description is required"_s));
        table->item(1, gui::TrackingEventsDialog::DescriptionColumn)
            ->setText(u"Saiu para entrega"_s);
        field<QCheckBox>(&dialog, u"deliveredCheck"_s)->setChecked(true);
        QVERIFY(field<QDateTimeEdit>(&dialog, u"deliveredDateEdit"_s)->isEnabled());
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const TrackingEventsForm form = dialog.form();
        QCOMPARE(form.invoiceNumber, u"4711"_s);
        QCOMPARE(form.events.size(), 2);
        QCOMPARE(form.events[0].city, u"Recife"_s);
        QCOMPARE(form.events[1].city, u"Caruaru"_s);
        QCOMPARE(form.events[1].state, u"PE"_s);
        QCOMPARE(form.events[1].description, u"Saiu para entrega"_s);
        QCOMPARE(form.events[1].date, first.addDays(1));
        QVERIFY(form.delivered);
        const QJsonObject body = trackingEventsPayload(form)[u"body"_s].toObject();
        QCOMPARE(body[u"events"_s].toArray()[0][u"date"_s].toString(),
                 u"2026-11-24T09:30:00-03:00"_s);
    }

    void trackingEventsNeedATrackingNumber()
    {
        Order order = sandboxOrder();
        order = sandboxOrder({package(u"4711"_s, order, 1)}, u"invoiced"_s);
        gui::TrackingEventsDialog dialog(order);
        dialog.show();
        dialog.addEvent({u"Recife"_s, u"PE"_s, u"Objeto postado"_s, QDateTime::currentDateTime()});
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(shows(&dialog, u"invoiceError"_s, u"no tracking number"_s));
    }

    void cancelNeedsAReason()
    {
        const Order order = sandboxOrder();
        gui::CancelDialog dialog(order, u"ana"_s);
        dialog.show();
        QCOMPARE(field<QLabel>(&dialog, u"orderIdValue"_s)->text(), order.orderId);
        QCOMPARE(field<QLabel>(&dialog, u"operatorValue"_s)->text(), u"ana"_s);
        QCOMPARE(field<QLabel>(&dialog, u"valueValue"_s)->text(), order.value.toDisplayString());
        QVERIFY(field<QLabel>(&dialog, u"pinNoteLabel"_s)->text().contains(u"PIN"_s));
        QVERIFY(!field<QLabel>(&dialog, u"summaryLabel"_s)->isVisible());
        QTest::keyClicks(field<QPlainTextEdit>(&dialog, u"reasonEdit"_s), u"   "_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(shows(&dialog, u"reasonError"_s, u"reason is required"_s));
        QTest::keyClicks(field<QPlainTextEdit>(&dialog, u"reasonEdit"_s), u"Sem estoque"_s);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.reason(), u"Sem estoque"_s);

        Order invoiced = sandboxOrder({package(u"1"_s, order, 1)}, u"invoiced"_s);
        gui::CancelDialog blocked(invoiced, u"ana"_s);
        blocked.show();
        QVERIFY(shows(&blocked, u"summaryLabel"_s, u"cannot be canceled"_s));
        QTest::keyClicks(field<QPlainTextEdit>(&blocked, u"reasonEdit"_s), u"Sem estoque"_s);
        clickOk(&blocked);
        QVERIFY(blocked.isVisible());
        QTest::keyClick(&blocked, Qt::Key_Escape);
        QCOMPARE(blocked.result(), int(QDialog::Rejected));
    }

    void carrierListIsKeptInSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"despacho.ini"_s), QSettings::IniFormat);
        QCOMPARE(gui::loadCarriers(settings), defaultCarriers());
        const QList<Carrier> mine{{u"Transportadora Sul"_s, u"https://sul.example/t/{code}"_s}};
        gui::saveCarriers(settings, mine);
        QCOMPARE(gui::loadCarriers(settings), mine);
        QVERIFY(settings.value(u"carriers/list"_s).toString().contains(u"Transportadora Sul"_s));
        settings.setValue(u"carriers/list"_s, u"not json"_s);
        QCOMPARE(gui::loadCarriers(settings), defaultCarriers());
    }
};

QTEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
