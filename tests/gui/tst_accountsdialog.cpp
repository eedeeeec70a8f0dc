// AccountsDialog: field-level validation, saving through AppServices (token only in the secret
// store, never in SQLite nor in the settings file) and, with no secret service at all, the
// dialog's own explanation and nothing saved.
#include "childprocess.h"
#include "gui/accountsdialog.h"
#include "gui/messagebar.h"
#include "security/secretstore.h"
#include "storage/datadir.h"
#include "sync/appservices.h"
#include "widgetlookup.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using despacho::testing::field;
using despacho::testing::type;

namespace {
const QString kToken = u"TOKEN-6f1c2a9e-do-not-store-in-sqlite"_s;

void fillValid(QWidget *d)
{
    type(d, u"nameEdit"_s, u"Loja principal"_s);
    type(d, u"accountEdit"_s, u"minhaloja"_s);
    type(d, u"appKeyEdit"_s, u"vtexappkey-minhaloja-ABCDEF"_s);
    type(d, u"appTokenEdit"_s, kToken);
    type(d, u"baseUrlEdit"_s, u"http://127.0.0.1:9999"_s);
}
} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sync::AppServices> m_services;

    static QByteArray databaseBytes(const QString &dataDir)
    {
        QByteArray bytes;
        const QString base = storage::databasePath(dataDir);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            QFile f(base + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }
    QByteArray databaseBytes() const { return databaseBytes(m_services->dataDir()); }
    static QByteArray settingsBytes()
    {
        QSettings().sync();
        QFile file(QSettings().fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_services = std::make_unique<sync::AppServices>();
        m_services->setSecretStore(std::make_unique<security::MemorySecretStore>());
        static int n = 0;
        QVERIFY(m_services->open(m_dir.filePath(u"data%1"_s.arg(++n))).ok());
    }
    void cleanup() { m_services.reset(); }

    void invalidFieldsAreNamedAndNothingIsSaved()
    {
        gui::AccountsDialog dialog(m_services.get());
        dialog.show();
        type(&dialog, u"accountEdit"_s, u"Minha Loja!"_s);
        type(&dialog, u"baseUrlEdit"_s, u"http://example.com"_s);
        type(&dialog, u"paymentsUrlEdit"_s, u"not a url"_s);
        QSignalSpy finished(&dialog, &gui::AccountsDialog::saveFinished);
        QTest::mouseClick(field<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        for (const QString &name : {u"nameError"_s, u"accountError"_s, u"appKeyError"_s,
                                    u"appTokenError"_s, u"baseUrlError"_s, u"paymentsUrlError"_s}) {
            auto *label = field<QLabel>(&dialog, name);
            QVERIFY2(label->isVisible(), qPrintable(name));
            QVERIFY2(!label->text().isEmpty(), qPrintable(name));
        }
        QVERIFY(field<QLabel>(&dialog, u"accountError"_s)->text().contains(u"lower-case"_s));
        QVERIFY(field<QLabel>(&dialog, u"baseUrlError"_s)->text().contains(u"https"_s));
        QVERIFY(!field<QLabel>(&dialog, u"environmentError"_s)->isVisible());
        QVERIFY(m_services->accounts()->list().isEmpty());

        // Fixing the fields clears their messages.
        fillValid(&dialog);
        field<QLineEdit>(&dialog, u"paymentsUrlEdit"_s)->clear();
        QVERIFY(dialog.validate());
        QVERIFY(!field<QLabel>(&dialog, u"nameError"_s)->isVisible());
    }

    void validAccountIsSavedTokenOnlyInSecretStore()
    {
        gui::AccountsDialog dialog(m_services.get());
        dialog.show();
        fillValid(&dialog);
        QSignalSpy finished(&dialog, &gui::AccountsDialog::saveFinished);
        QSignalSpy changed(&dialog, &gui::AccountsDialog::accountsChanged);
        QTest::mouseClick(field<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(changed.count(), 1);

        const auto saved = m_services->accounts()->find(u"Loja principal"_s);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->account, u"minhaloja"_s);
        QCOMPARE(saved->environment, u"vtexcommercestable"_s);
        QCOMPARE(saved->appKey, u"vtexappkey-minhaloja-ABCDEF"_s);
        QCOMPARE(saved->baseUrl, QUrl(u"http://127.0.0.1:9999"_s));
        QVERIFY(saved->paymentsUrl.isEmpty());

        QString stored;
        bool read = false;
        m_services->secrets()->read(security::SecretStore::vtexAppTokenKey(u"Loja principal"_s),
                                    this,
                                    [&](const QString &secret, const security::SecretError &error) {
                                        QVERIFY(error.isNone());
                                        stored = secret;
                                        read = true;
                                    });
        QTRY_VERIFY(read);
        QCOMPARE(stored, kToken);
        // Never in the database, nor shown back in the form.
        QVERIFY(!databaseBytes().contains(kToken.toUtf8()));
        QVERIFY(!databaseBytes().isEmpty());
        QVERIFY(!settingsBytes().contains(kToken.toUtf8()));
        QVERIFY(field<QLineEdit>(&dialog, u"appTokenEdit"_s)->text().isEmpty());
        QCOMPARE(field<QLineEdit>(&dialog, u"appTokenEdit"_s)->echoMode(), QLineEdit::Password);
        QCOMPARE(field<QListWidget>(&dialog, u"accountList"_s)->count(), 1);

        // Editing without a new token keeps the stored one.
        type(&dialog, u"appKeyEdit"_s, u"vtexappkey-minhaloja-XYZ"_s);
        QTest::mouseClick(field<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QCOMPARE(m_services->accounts()->find(u"Loja principal"_s)->appKey,
                 u"vtexappkey-minhaloja-XYZ"_s);
        QVERIFY(!databaseBytes().contains(kToken.toUtf8()));
    }

    void duplicateNameIsRefused()
    {
        gui::AccountsDialog first(m_services.get());
        fillValid(&first);
        QSignalSpy done(&first, &gui::AccountsDialog::saveFinished);
        first.save();
        QTRY_COMPARE(done.count(), 1);
        gui::AccountsDialog second(m_services.get());
        QTest::mouseClick(field<QPushButton>(&second, u"addButton"_s), Qt::LeftButton);
        fillValid(&second);
        QVERIFY(!second.validate());
        QVERIFY(field<QLabel>(&second, u"nameError"_s)->text().contains(u"already exists"_s));
    }

    // A fresh process with no session bus and the real keychain store: the dialog says in its own
    // words what to start or unlock, and neither the account nor its token is saved anywhere.
    void keychainFailureIsExplainedInTheDialog()
    {
        const QString dataDir = m_dir.filePath(u"nobus"_s);
        testing::ChildProcess child(u"no-keychain"_s,
                                    {{u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s},
                                     {u"DESPACHO_TEST_DATA_DIR"_s, dataDir}});
        QVERIFY(child.started());
        QString saved;
        QString message;
        QVERIFY(child.waitForLine(u"saved: "_s, 60000, &saved));
        QVERIFY(child.waitForLine(u"message: "_s, 5000, &message));
        QCOMPARE(child.waitForExit(30000), 0);
        QCOMPARE(saved, u"no"_s);
        QVERIFY2(message.contains(u"The system keychain is not available, so the app token cannot "
                                  "be stored. Start or unlock your desktop's keyring"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"never stores secrets in a file"_s), qPrintable(message));

        sync::AppServices after;
        after.setSecretStore(std::make_unique<security::MemorySecretStore>());
        QVERIFY(after.open(dataDir).ok());
        QVERIFY(after.accounts()->list().isEmpty());
        QVERIFY(!databaseBytes(dataDir).isEmpty());
        QVERIFY(!databaseBytes(dataDir).contains(kToken.toUtf8()));
        QVERIFY(!settingsBytes().contains(kToken.toUtf8()));
    }
};

// The child of keychainFailureIsExplainedInTheDialog: a valid account saved through the dialog
// with the system keychain (no test double) unreachable.
static int runChild(const QString &role)
{
    if (role != u"no-keychain"_s)
        return 2;
    QStandardPaths::setTestModeEnabled(true);
    sync::AppServices services;
    if (!services.open(qEnvironmentVariable("DESPACHO_TEST_DATA_DIR")).ok())
        return 3;
    gui::AccountsDialog dialog(&services);
    dialog.show();
    fillValid(&dialog);
    QSignalSpy finished(&dialog, &gui::AccountsDialog::saveFinished);
    QTest::mouseClick(field<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 60000))
        return 4;
    testing::tellParent(u"saved: "_s + (finished.at(0).at(0).toBool() ? u"yes"_s : u"no"_s));
    auto *bar = field<gui::MessageBar>(&dialog, u"dialogMessageBar"_s);
    testing::tellParent(u"message: "_s + (bar->isVisible() ? bar->text() : QString()));
    return 0;
}

DESPACHO_TEST_MAIN_WITH_CHILD(TestAccountsDialog, runChild)
#include "tst_accountsdialog.moc"
