// The data directory the executables choose themselves (DECISIONS.md): with no --data-dir and no
// DESPACHO_DATA_DIR, despacho-cli and despacho both use QStandardPaths::AppDataLocation under the
// organization and application name "despacho", the same folder for both, created 0700 with its
// database 0600. The real executables run with a data home of the test's own (XDG_DATA_HOME), so
// where their files appear is where each of them put them.
#include "storage/datadir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace despacho;

namespace {
const QString kChefePin = u"50938172"_s;
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

class TestDataDir : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    QString dataHome() const { return m_home.filePath(u"data-home"_s); }
    // What DECISIONS.md says the folder is, worked out here, not asked of the app.
    QString expectedDir() const { return dataHome() + u"/despacho/despacho"_s; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"DESPACHO_DATA_DIR"_s);
        e.remove(u"DESPACHO_SUPERVISOR_PIN"_s);
        e.insert(u"HOME"_s, m_home.filePath(u"home"_s));
        e.insert(u"XDG_DATA_HOME"_s, dataHome());
        e.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config-home"_s));
        e.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache-home"_s));
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(m_home.filePath(u"home"_s)));
    }

    void cliCreatesTheDefaultDirectory()
    {
        QProcess cli;
        QProcessEnvironment e = environment();
        e.insert(u"DESPACHO_NEW_PIN"_s, kChefePin);
        cli.setProcessEnvironment(e);
        cli.start(QStringLiteral(DESPACHO_CLI_PATH),
                  {u"operator"_s, u"add"_s, u"chefe"_s, u"--role"_s, u"supervisor"_s});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        const QFileInfo dir(expectedDir());
        QVERIFY2(dir.isDir(), qPrintable(expectedDir()));
        QCOMPARE(dir.permissions() & kOthers, QFileDevice::Permissions());
        const QFileInfo db(storage::databasePath(expectedDir()));
        QVERIFY(db.isFile());
        QCOMPARE(db.permissions() & (kOwnerOnly | kOthers), kOwnerOnly);
        // Nothing anywhere else under the data home.
        QCOMPARE(QDir(dataHome()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{u"despacho"_s});
        QCOMPARE(
            QDir(dataHome() + u"/despacho"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
            QStringList{u"despacho"_s});
    }

    // The GUI opens the folder the CLI made: its dispatcher takes the lock there and SQLite's
    // shared-memory file appears beside the CLI's database.
    void guiOpensTheSameDirectory()
    {
        const QString lock = QDir(expectedDir()).filePath(u"dispatcher.lock"_s);
        QVERIFY(!QFile::exists(lock));
        QProcess gui;
        QProcessEnvironment e = environment();
        e.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        gui.setProcessEnvironment(e);
        gui.setProcessChannelMode(QProcess::ForwardedChannels);
        gui.start(QStringLiteral(DESPACHO_GUI_PATH), {});
        QVERIFY(gui.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(storage::databasePath(expectedDir()) + u"-shm"_s),
                                 10000);
        QVERIFY(gui.state() == QProcess::Running); // waiting at the login, not failed
        gui.kill();
        QVERIFY(gui.waitForFinished(10000));
        QCOMPARE(QDir(dataHome()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{u"despacho"_s});
    }
};

QTEST_GUILESS_MAIN(TestDataDir)
#include "tst_datadir.moc"
