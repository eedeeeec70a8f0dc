// AccountsDialog: field-level validation, saving through AppServices (token only in the secret
// store, never in SQLite) and a keychain failure explained in the dialog.
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
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;
using despacho::testing::field;
using despacho::testing::type;

namespace {
// A secret store whose keychain is not there, as on a server without a session bus.
class UnavailableSecretStore : public security::SecretStore
{
public:
    static security::SecretError error()
    {
        return {security::SecretError::NoSecretService, u"org.freedesktop.secrets is absent"_s};
    }
    void read(const QString &, QObject *context, ReadCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done({}, error()); }, Qt::QueuedConnection);
    }
    void write(const QString &, const QString &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(error()); }, Qt::QueuedConnection);
    }
    void remove(const QString &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(error()); }, Qt::QueuedConnection);
    }
};

const QString kToken = u"TOKEN-6f1c2a9e-do-not-store-in-sqlite"_s;
} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sync::AppServices> m_services;

    static void fillValid(QWidget *d)
    {
        type(d, u"nameEdit"_s, u"Loja principal"_s);
        type(d, u"accountEdit"_s, u"minhaloja"_s);
        type(d, u"appKeyEdit"_s, u"vtexappkey-minhaloja-ABCDEF"_s);
        type(d, u"appTokenEdit"_s, kToken);
        type(d, u"baseUrlEdit"_s, u"http://127.0.0.1:9999"_s);
    }
    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        const QString base = storage::databasePath(m_services->dataDir());
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            QFile f(base + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
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

    void keychainFailureIsExplainedInTheDialog()
    {
        m_services->setSecretStore(std::make_unique<UnavailableSecretStore>());
        gui::AccountsDialog dialog(m_services.get());
        dialog.show();
        fillValid(&dialog);
        QSignalSpy finished(&dialog, &gui::AccountsDialog::saveFinished);
        QTest::mouseClick(field<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        auto *bar = field<gui::MessageBar>(&dialog, u"dialogMessageBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"keychain is not available"_s), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(u"org.freedesktop.secrets is absent"_s));
        QVERIFY(m_services->accounts()->list().isEmpty());
        QVERIFY(!databaseBytes().contains(kToken.toUtf8()));
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
