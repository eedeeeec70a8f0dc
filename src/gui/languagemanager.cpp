#include "gui/languagemanager.h"

#include "translations/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
constexpr auto kSettingsKey = "ui/language"_L1;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
    }
}

// The same rules as the CLI's (translations/translations.h).
QString LanguageManager::normalize(const QString &code)
{
    return normalizeLanguage(code);
}

QString LanguageManager::systemLanguage()
{
    return despacho::systemLanguage();
}

QString LanguageManager::initialLanguage(const QString &commandLine)
{
    if (const QString cli = normalize(commandLine); !cli.isEmpty())
        return cli;
    if (const QString saved = normalize(QSettings().value(kSettingsKey).toString());
        !saved.isEmpty())
        return saved;
    return systemLanguage();
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString code = normalize(requested);
    if (code.isEmpty())
        return false;
    if (code == m_language && m_installed)
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    // Formats follow the language: Brazilian formats in Portuguese; in English, the system's
    // own English formats, or US English on a non-English system.
    if (code == u"pt_BR"_s)
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    else if (QLocale::system().language() == QLocale::English)
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    // English is the source language; its .qm holds only the plural forms.
    const bool appLoaded = m_app.load(u":/i18n/despacho_"_s + code);
    const bool qtLoaded =
        code != u"en"_s &&
        m_qt.load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
    if (appLoaded)
        QCoreApplication::installTranslator(&m_app);
    m_installed = true;
    m_language = code;
    Q_EMIT languageChanged(code);
    return appLoaded || code == u"en"_s;
}

void LanguageManager::rememberChoice() const
{
    QSettings().setValue(kSettingsKey, m_language);
}

} // namespace despacho::gui
