// The draft of every order form against a real crash: a child process (this binary again) opens
// the form through the order actions, types into it and is SIGKILLed; the same form for the same
// order, opened again here, comes back with every value the child typed. Queuing the command then
// drops the draft: the settings file, read from disk as bytes, no longer holds it. No PIN is ever
// in that file, not even while the supervisor's prompt is open with the PIN typed when the
// process dies.
#include "childprocess.h"
#include "sandboxorders.h"
#include "widgetlookup.h"

#include "core/carriers.h"
#include "core/validators.h"
#include "gui/canceldialog.h"
#include "gui/invoicedialog.h"
#include "gui/orderactioncontroller.h"
#include "gui/supervisorprompt.h"
#include "gui/trackingdialog.h"
#include "gui/trackingeventsdialog.h"
#include "security/secretstore.h"
#include "storage/outbox.h"
#include "sync/appservices.h"
#include "sync/operatorservice.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace despacho;
using despacho::testing::field;
using despacho::testing::package;
using despacho::testing::sandboxOrder;
using despacho::testing::type;

namespace {
const QString kAccount = u"demo"_s;
// Long and unlike anything else in a draft, so finding one in the settings file means a PIN.
const QString kSupervisorPin = u"80417263"_s;
const QString kOperatorPin = u"61592738"_s;
const char kDirVariable[] = "DESPACHO_TEST_DIR";

enum class Form
{
    Invoice,
    Tracking,
    TrackingEvents,
    Cancel
};
const QList<std::pair<Form, QString>> kForms{{Form::Invoice, u"invoice"_s},
                                             {Form::Tracking, u"tracking"_s},
                                             {Form::TrackingEvents, u"tracking-events"_s},
                                             {Form::Cancel, u"cancel"_s}};

QString formName(Form form)
{
    for (const auto &[f, name] : kForms) {
        if (f == form)
            return name;
    }
    return {};
}

std::optional<Form> formFromName(const QString &name)
{
    for (const auto &[f, n] : kForms) {
        if (n == name)
            return f;
    }
    return std::nullopt;
}

// Each form has an order of its own: a queued command holds its order until it is sent.
Order orderFor(Form form)
{
    const QString ready = u"ready-for-handling"_s;
    switch (form) {
    case Form::Invoice:
        return sandboxOrder({}, ready, 0);
    case Form::Cancel:
        return sandboxOrder({}, ready, 1);
    case Form::Tracking:
        return sandboxOrder({package(u"4711"_s, sandboxOrder({}, ready, 2), 1)}, u"invoiced"_s, 2);
    case Form::TrackingEvents: {
        const QString code =
            u"SS12345678"_s + QString::number(s10CheckDigit(u"12345678"_s)) + u"BR"_s;
        return sandboxOrder(
            {package(u"4712"_s, sandboxOrder({}, ready, 3), 1, u"Correios"_s, code)}, u"invoiced"_s,
            3);
    }
    }
    return {};
}

// What the child types that must come back (and later be gone): plain ASCII, so it reads the
// same in the settings file's bytes.
QStringList markersFor(Form form)
{
    switch (form) {
    case Form::Invoice:
        return {u"884471"_s, u"LG4471001"_s, u"1.234,56"_s};
    case Form::Tracking:
        return {u"JD99887766"_s, u"https://rastreio.example.com/JD99887766"_s};
    case Form::TrackingEvents:
        return {u"Caruaru"_s, u"Saiu para entrega"_s, u"Objeto postado"_s};
    case Form::Cancel:
        return {u"Cliente desistiu da compra"_s};
    }
    return {};
}

// A DANFE key for invoice 884471 (series 1), with its check digit.
QString validNfeKey()
{
    const QString first43 = u"3526111122233300018155001000884471100000012"_s;
    return first43 + QString::number(nfeCheckDigit(first43));
}

// Parent and child keep their settings in the test's folder, not in the user's.
void useSettingsIn(const QString &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir + u"/settings"_s);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir + u"/settings"_s);
}

// The settings file as it is on disk now.
QByteArray settingsBytes()
{
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every value a person can see in the form's fields, by objectName (the inner editors of combo
// and spin boxes are their owners' value; PIN fields are left out).
QJsonObject snapshot(QWidget *dialog)
{
    QJsonObject values;
    const auto widgets = dialog->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const QString name = w->objectName();
        if (name.isEmpty() || name.startsWith(u"qt_"_s) ||
            qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            if (e->echoMode() == QLineEdit::Normal)
                values[name] = e->text();
        } else if (auto *p = qobject_cast<QPlainTextEdit *>(w)) {
            values[name] = p->toPlainText();
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            values[name] = c->currentText();
        } else if (auto *s = qobject_cast<QSpinBox *>(w)) {
            values[name] = s->value();
        } else if (auto *d = qobject_cast<QDateTimeEdit *>(w)) {
            values[name] = d->dateTime().toString(Qt::ISODate);
        } else if (auto *b = qobject_cast<QCheckBox *>(w)) {
            values[name] = b->isChecked();
        } else if (auto *t = qobject_cast<QTableWidget *>(w)) {
            QJsonArray rows;
            for (int r = 0; r < t->rowCount(); ++r) {
                QJsonArray cells;
                for (int col = 0; col < t->columnCount(); ++col)
                    cells.append(t->item(r, col) ? t->item(r, col)->text() : QString());
                rows.append(cells);
            }
            values[name] = rows;
        }
    }
    return values;
}

void chooseCourier(QWidget *dialog, const QString &courier)
{
    auto *combo = field<QComboBox>(dialog, u"courierCombo"_s);
    QVERIFY(combo->isEditable());
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), courier);
    QCOMPARE(combo->currentText(), courier);
}

// What the order actions of the main window are, without the window: the services over one data
// directory, the operators (ana acting), and the controller with its five actions.
class Station
{
public:
    ~Station()
    {
        m_host.reset(); // the forms and the controller go before the services they use
    }

    bool open(const QString &dataDir, QString *error)
    {
        m_services.setSecretStore(std::make_unique<security::MemorySecretStore>());
        const auto status = m_services.open(dataDir);
        if (!status.ok()) {
            *error = status.message;
            return false;
        }
        m_operators = std::make_unique<sync::OperatorService>(m_services.database());
        m_operators->setIterationsForTesting(1000);
        if (!m_operators->hasOperators()) {
            const auto chefe = m_operators->addOperator(
                u"chefe"_s, sync::OperatorService::roleSupervisor(), kSupervisorPin, {}, {});
            const auto ana =
                m_operators->addOperator(u"ana"_s, sync::OperatorService::roleOperator(),
                                         kOperatorPin, u"chefe"_s, kSupervisorPin);
            if (!chefe.ok() || !ana.ok()) {
                *error = chefe.message + ana.message;
                return false;
            }
        }
        const auto ana = m_operators->authenticate(u"ana"_s, kOperatorPin, u"login"_s);
        if (!ana.ok()) {
            *error = ana.message;
            return false;
        }
        m_host = std::make_unique<QWidget>();
        m_actions = {new QAction(m_host.get()), new QAction(m_host.get()),
                     new QAction(m_host.get()), new QAction(m_host.get()),
                     new QAction(m_host.get())};
        m_controller = new gui::OrderActionController(&m_services, m_operators.get(), m_actions,
                                                      m_host.get(), m_host.get());
        m_controller->setCarriers(defaultCarriers());
        m_controller->setOperator(ana.identity);
        QObject::connect(m_controller, &gui::OrderActionController::notice, m_host.get(),
                         [this](const QString &message) { m_notices << message; });
        m_host->resize(900, 700);
        m_host->show();
        return true;
    }

    // Opens `form` for `order` as its action would; nullptr (and why) when it is disabled.
    QDialog *openForm(Form form, const Order &order)
    {
        m_controller->setOrder(kAccount, order);
        QAction *action = form == Form::Invoice          ? m_actions.invoice
                          : form == Form::Tracking       ? m_actions.tracking
                          : form == Form::TrackingEvents ? m_actions.trackingEvents
                                                         : m_actions.cancel;
        if (!action->isEnabled()) {
            qWarning("the %s action is disabled: %s", qPrintable(formName(form)),
                     qPrintable(action->toolTip()));
            return nullptr;
        }
        action->trigger();
        return m_controller->currentDialog();
    }
    QDialog *currentDialog() const { return m_controller->currentDialog(); }
    storage::Outbox *outbox() const { return m_services.outbox(); }
    QStringList notices() const { return m_notices; }

private:
    sync::AppServices m_services;
    std::unique_ptr<sync::OperatorService> m_operators;
    std::unique_ptr<QWidget> m_host;
    gui::OrderActionSet m_actions;
    gui::OrderActionController *m_controller = nullptr;
    QStringList m_notices;
};

void clickOk(QDialog *dialog)
{
    field<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
}

// In the child: fills `form` as a person would (keys where there is text to type).
void fill(Form form, QDialog *dialog)
{
    switch (form) {
    case Form::Invoice: {
        QTest::keyClick(field<QSpinBox>(dialog, u"quantitySpin0"_s), Qt::Key_Down);
        type(dialog, u"numberEdit"_s, u"884471"_s);
        type(dialog, u"keyEdit"_s, validNfeKey());
        type(dialog, u"valueEdit"_s, u"1.234,56"_s);
        field<QDateTimeEdit>(dialog, u"issuedEdit"_s)
            ->setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        chooseCourier(dialog, u"Loggi"_s);
        type(dialog, u"trackingNumberEdit"_s, u"LG4471001"_s);
        break;
    }
    case Form::Tracking:
        chooseCourier(dialog, u"Jadlog"_s);
        type(dialog, u"numberEdit"_s, u"JD99887766"_s);
        type(dialog, u"urlEdit"_s, u"https://rastreio.example.com/JD99887766"_s);
        field<QDateTimeEdit>(dialog, u"dispatchedEdit"_s)
            ->setDateTime(QDateTime(QDate(2026, 11, 25), QTime(8, 30)));
        break;
    case Form::TrackingEvents: {
        auto *add = field<QPushButton>(dialog, u"addEventButton"_s);
        add->click();
        add->click();
        auto *table = field<QTableWidget>(dialog, u"eventsTable"_s);
        const QStringList cities{u"Recife"_s, u"Caruaru"_s};
        const QStringList texts{u"Objeto postado"_s, u"Saiu para entrega"_s};
        for (int row = 0; row < 2; ++row) {
            table->item(row, gui::TrackingEventsDialog::CityColumn)->setText(cities[row]);
            table->item(row, gui::TrackingEventsDialog::DescriptionColumn)->setText(texts[row]);
            field<QComboBox>(dialog, u"stateCombo%1"_s.arg(row))->setCurrentText(u"PE"_s);
            field<QDateTimeEdit>(dialog, u"eventDateEdit%1"_s.arg(row))
                ->setDateTime(QDateTime(QDate(2026, 11, 24 + row), QTime(9, 30)));
        }
        field<QCheckBox>(dialog, u"deliveredCheck"_s)->click();
        field<QDateTimeEdit>(dialog, u"deliveredDateEdit"_s)
            ->setDateTime(QDateTime(QDate(2026, 11, 26), QTime(14, 0)));
        break;
    }
    case Form::Cancel:
        QTest::keyClicks(field<QPlainTextEdit>(dialog, u"reasonEdit"_s),
                         u"Cliente desistiu da compra"_s);
        break;
    }
}

// The child: opens `form`, types, waits until the draft is on disk, says what the form shows,
// and then waits to be killed. A cancel goes one step further, to the supervisor's prompt with
// the PIN typed but not confirmed.
int runChild(const QString &role)
{
    const auto form = formFromName(role);
    if (!form)
        return 2;
    const QString dir = qEnvironmentVariable(kDirVariable);
    useSettingsIn(dir);
    auto station = std::make_unique<Station>();
    QString error;
    if (!station->open(dir + u"/data"_s, &error)) {
        qWarning("%s", qPrintable(error));
        return 3;
    }
    QDialog *dialog = station->openForm(*form, orderFor(*form));
    if (!dialog)
        return 4;
    fill(*form, dialog);
    const QJsonObject shown = snapshot(dialog);
    const QStringList markers = markersFor(*form);
    const auto onDisk = [&markers] {
        const QByteArray bytes = settingsBytes();
        return std::all_of(markers.cbegin(), markers.cend(),
                           [&bytes](const QString &m) { return bytes.contains(m.toUtf8()); });
    };
    if (!QTest::qWaitFor(onDisk, 10000)) {
        qWarning("the draft never reached %s", qPrintable(QSettings().fileName()));
        return 5;
    }
    if (*form == Form::Cancel) {
        clickOk(dialog);
        if (!QTest::qWaitFor(
                [&station] {
                    return qobject_cast<gui::SupervisorPrompt *>(station->currentDialog());
                },
                10000))
            return 6;
        QDialog *prompt = station->currentDialog();
        field<QComboBox>(prompt, u"supervisorCombo"_s)->setCurrentText(u"chefe"_s);
        QTest::keyClicks(field<QLineEdit>(prompt, u"pinEdit"_s), kSupervisorPin);
        QTest::qWait(1000); // longer than a draft takes to be written
    }
    testing::tellParent(u"snapshot: "_s +
                        QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)));
    testing::tellParent(u"ready"_s);
    return QCoreApplication::exec(); // until killed
}
} // namespace

class TestFormDrafts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Station> m_station;

    static bool containsAnyPin(const QByteArray &bytes)
    {
        return bytes.contains(kSupervisorPin.toUtf8()) || bytes.contains(kOperatorPin.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useSettingsIn(m_dir.path());
        m_station = std::make_unique<Station>();
        QString error;
        QVERIFY2(m_station->open(m_dir.filePath(u"data"_s), &error), qPrintable(error));
    }

    void draftSurvivesAKillAndGoesWhenQueued_data()
    {
        QTest::addColumn<QString>("form");
        for (const auto &[form, name] : kForms)
            QTest::newRow(qPrintable(name)) << name;
    }

    void draftSurvivesAKillAndGoesWhenQueued()
    {
        QFETCH(QString, form);
        const Form kind = *formFromName(form);
        const Order order = orderFor(kind);
        const QStringList markers = markersFor(kind);

        // Typed in another process, which then dies without closing anything.
        QJsonObject typed;
        {
            testing::ChildProcess child(form, {{QString::fromLatin1(kDirVariable), m_dir.path()}});
            QVERIFY(child.started());
            QString line;
            QVERIFY2(child.waitForLine(u"snapshot: "_s, 60000, &line), "the child typed nothing");
            typed = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY(child.waitForLine(u"ready"_s, 30000, &line));
            QVERIFY(child.kill());
        }
        const QByteArray typedText = QJsonDocument(typed).toJson(QJsonDocument::Compact);
        for (const QString &m : markers)
            QVERIFY2(typedText.contains(m.toUtf8()), qPrintable(m));
        QByteArray bytes = settingsBytes();
        for (const QString &m : markers)
            QVERIFY2(bytes.contains(m.toUtf8()), qPrintable(m + u" is not on disk"_s));
        QVERIFY(!containsAnyPin(bytes));

        // Opened again for the same order: every value is back.
        const int noticesBefore = int(m_station->notices().size());
        QPointer<QDialog> dialog = m_station->openForm(kind, order);
        QVERIFY(dialog);
        const QJsonObject restored = snapshot(dialog);
        QVERIFY2(
            restored == typed,
            qPrintable(u"typed:    "_s + QString::fromUtf8(typedText) + u"\nrestored: "_s +
                       QString::fromUtf8(QJsonDocument(restored).toJson(QJsonDocument::Compact))));
        QCOMPARE(m_station->notices().size(), noticesBefore + 1);
        if (kind == Form::Invoice) {
            // The restored value is still the typed one: a quantity changed now leaves it be.
            QTest::keyClick(field<QSpinBox>(dialog, u"quantitySpin0"_s), Qt::Key_Up);
            QCOMPARE(field<QLineEdit>(dialog, u"valueEdit"_s)->text(), u"1.234,56"_s);
        }
        QVERIFY(m_station->notices().last().startsWith(u"Restored what was typed"_s));

        // Queued: the outbox holds it now, the settings file no longer does.
        for (int i = 0; i < 3 && dialog && dialog->isVisible(); ++i)
            clickOk(dialog); // a warning (a value unlike the items') takes a second OK
        if (auto *invoice = qobject_cast<gui::InvoiceDialog *>(dialog.data()))
            QVERIFY2(!invoice->isVisible(), qPrintable(describeIssues(invoice->issues())));
        QVERIFY(!dialog || !dialog->isVisible());
        if (kind == Form::Cancel) {
            QTRY_VERIFY(qobject_cast<gui::SupervisorPrompt *>(m_station->currentDialog()));
            QDialog *prompt = m_station->currentDialog();
            field<QComboBox>(prompt, u"supervisorCombo"_s)->setCurrentText(u"chefe"_s);
            QTest::keyClicks(field<QLineEdit>(prompt, u"pinEdit"_s), kSupervisorPin);
            clickOk(prompt);
        }
        const CommandKind expected = kind == Form::Invoice          ? CommandKind::Invoice
                                     : kind == Form::Tracking       ? CommandKind::Tracking
                                     : kind == Form::TrackingEvents ? CommandKind::TrackingEvents
                                                                    : CommandKind::Cancel;
        const auto queued = [&] {
            const QList<Command> commands =
                m_station->outbox()->list({.account = kAccount, .orderId = order.orderId});
            return std::any_of(commands.cbegin(), commands.cend(),
                               [expected](const Command &c) { return c.kind == expected; });
        };
        QTRY_VERIFY(queued());
        bytes = settingsBytes();
        for (const QString &m : markers)
            QVERIFY2(!bytes.contains(m.toUtf8()), qPrintable(m + u" is still on disk"_s));
        QVERIFY2(!bytes.contains(order.orderId.toUtf8()), bytes.constData());
        QVERIFY(!containsAnyPin(bytes));
    }

    void cleanupTestCase() { m_station.reset(); }
};

DESPACHO_TEST_MAIN_WITH_CHILD(TestFormDrafts, runChild)
#include "tst_formdrafts.moc"
