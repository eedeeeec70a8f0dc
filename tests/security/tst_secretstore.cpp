#include "security/keychainsecretstore.h"
#include "skiporfail.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace despacho::security;

namespace {
struct ReadResult
{
    bool done = false;
    QString secret;
    SecretError error;
};
} // namespace

// Runs against the real secret service (gnome-keyring on a private D-Bus session in CI).
class TestSecretStore : public QObject
{
    Q_OBJECT
    void roundTrip(SecretStore &store)
    {
        const QString key = u"test/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool written = false;
        SecretError writeError;
        store.write(key, u"s3cr3t-ção"_s, this, [&](const SecretError &e) {
            writeError = e;
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        if (writeError.kind == SecretError::NoSecretService)
            DESPACHO_SKIP_OR_FAIL(
                "no secret service answers on the session bus: run under an unlocked "
                "gnome-keyring, as tests/run-all.sh does");
        QVERIFY2(writeError.isNone(), qPrintable(writeError.message));

        ReadResult r;
        store.read(key, this, [&](const QString &s, const SecretError &e) { r = {true, s, e}; });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QVERIFY2(r.error.isNone(), qPrintable(r.error.message));
        QCOMPARE(r.secret, u"s3cr3t-ção"_s);

        bool removed = false;
        store.remove(key, this, [&](const SecretError &e) {
            QVERIFY(e.isNone());
            removed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);

        r = {};
        store.read(key, this, [&](const QString &s, const SecretError &e) { r = {true, s, e}; });
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QCOMPARE(r.error.kind, SecretError::NotFound);
        QVERIFY(r.secret.isEmpty());
        QVERIFY(!r.error.message.contains(u"s3cr3t"_s));
    }

private Q_SLOTS:
    void keychainRoundTrip()
    {
        KeychainSecretStore store(u"despacho-test"_s);
        roundTrip(store);
    }
    void memoryRoundTrip()
    {
        MemorySecretStore store;
        roundTrip(store);
    }
    // "No secret service" is tested end to end through despacho-cli (a fresh process with no
    // session bus), since QtDBus keeps its first bus connection for the life of a process.
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
