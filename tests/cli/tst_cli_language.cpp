// despacho-cli speaks the user's language: the real executable, its embedded translations and
// the choice of language (DESPACHO_LANG, else LC_ALL, LC_MESSAGES, LANG).
#include "skiporfail.h"

#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Result
{
    int code = -1;
    QString out;
    QString err;
};

using Env = QList<std::pair<QString, QString>>;

const QString kNoAccountsEn = u"No accounts. Add one with: despacho-cli account add-vtex"_s;
const QString kNoAccountsPt = u"Nenhuma conta. Adicione uma com: despacho-cli account add-vtex"_s;
const QString kBadStatusEn = u"--status: unknown status \"bogus\""_s;
const QString kBadStatusPt = u"--status: status desconhecido \"bogus\""_s;
} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Runs despacho-cli with only the locale variables given in `env` (the test's own
    // environment fixes LANG, and the machine's may set LANGUAGE or LC_*).
    Result cli(const QStringList &args, const Env &env)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &key : e.keys()) {
            if (key.startsWith(u"LC_"_s) || key == u"LANG"_s || key == u"LANGUAGE"_s)
                e.remove(key);
        }
        e.remove(u"DESPACHO_LANG"_s);
        e.insert(u"DESPACHO_DATA_DIR"_s, m_dir.path());
        for (const auto &[key, value] : env)
            e.insert(key, value);
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(DESPACHO_CLI_PATH), args);
        if (!p.waitForStarted())
            return {};
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void checkLanguage(const Env &env, bool portuguese)
    {
        const Result status = cli({u"orders"_s, u"--status"_s, u"bogus"_s}, env);
        QCOMPARE(status.code, 1);
        QVERIFY2(status.err.contains(portuguese ? kBadStatusPt : kBadStatusEn),
                 qPrintable(status.err));
        QVERIFY2(!status.err.contains(portuguese ? kBadStatusEn : kBadStatusPt),
                 qPrintable(status.err));
        QVERIFY(status.out.isEmpty());

        const Result accounts = cli({u"account"_s, u"list"_s}, env);
        QCOMPARE(accounts.code, 0);
        QVERIFY2(accounts.out.contains(portuguese ? kNoAccountsPt : kNoAccountsEn),
                 qPrintable(accounts.out + accounts.err));
        QVERIFY2(!accounts.out.contains(portuguese ? kNoAccountsEn : kNoAccountsPt),
                 qPrintable(accounts.out));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void language_data()
    {
        QTest::addColumn<Env>("env");
        QTest::addColumn<bool>("portuguese");
        QTest::newRow("LANG=pt_BR") << Env{{u"LANG"_s, u"pt_BR.UTF-8"_s}} << true;
        QTest::newRow("LANG=pt_PT") << Env{{u"LANG"_s, u"pt_PT.UTF-8"_s}} << true;
        QTest::newRow("LANG=en_US") << Env{{u"LANG"_s, u"en_US.UTF-8"_s}} << false;
        QTest::newRow("LANG=de_DE") << Env{{u"LANG"_s, u"de_DE.UTF-8"_s}} << false;
        QTest::newRow("LANG=C") << Env{{u"LANG"_s, u"C"_s}} << false;
        QTest::newRow("no locale") << Env{} << false;
        QTest::newRow("LC_ALL beats LANG")
            << Env{{u"LANG"_s, u"en_US.UTF-8"_s}, {u"LC_ALL"_s, u"pt_BR.UTF-8"_s}} << true;
        QTest::newRow("LC_MESSAGES beats LANG")
            << Env{{u"LANG"_s, u"C"_s}, {u"LC_MESSAGES"_s, u"pt_BR.UTF-8"_s}} << true;
        QTest::newRow("DESPACHO_LANG=pt_BR beats LANG=C")
            << Env{{u"LANG"_s, u"C"_s}, {u"DESPACHO_LANG"_s, u"pt_BR"_s}} << true;
        QTest::newRow("DESPACHO_LANG=pt beats LANG=en_US")
            << Env{{u"LANG"_s, u"en_US.UTF-8"_s}, {u"DESPACHO_LANG"_s, u"pt"_s}} << true;
        QTest::newRow("DESPACHO_LANG=en beats LANG=pt_BR")
            << Env{{u"LANG"_s, u"pt_BR.UTF-8"_s}, {u"DESPACHO_LANG"_s, u"en"_s}} << false;
        QTest::newRow("unknown DESPACHO_LANG: the locale's")
            << Env{{u"LANG"_s, u"pt_BR.UTF-8"_s}, {u"DESPACHO_LANG"_s, u"xx"_s}} << true;
    }

    void language()
    {
        QFETCH(Env, env);
        QFETCH(bool, portuguese);
        checkLanguage(env, portuguese);
    }

    // The usage text is translated as a whole and keeps its shape.
    void usageInPortuguese()
    {
        const Result r = cli({u"--help"_s}, {{u"LANG"_s, u"pt_BR.UTF-8"_s}});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"Uso: despacho-cli [--data-dir DIR]"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\n  account list [--json]\n"_s), qPrintable(r.out));
        const Result en = cli({u"--help"_s}, {{u"LANG"_s, u"en_US.UTF-8"_s}});
        QCOMPARE(r.out.count(u'\n'), en.out.count(u'\n'));
    }

    // Qt's own messages (QCommandLineParser's) come from qtbase_pt_BR, when it is installed.
    void qtMessagesInPortuguese()
    {
        const QString qtbase =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_pt_BR.qm"_s;
        if (!QFile::exists(qtbase))
            DESPACHO_SKIP_OR_FAIL(
                "qtbase_pt_BR.qm is not installed (Debian: qt6-translations-l10n)");
        const Result r = cli({u"orders"_s, u"--bogus"_s}, {{u"LANG"_s, u"pt_BR.UTF-8"_s}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"Opção desconhecida 'bogus'."_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
