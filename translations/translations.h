#pragma once

#include <QString>
#include <QStringList>

// The application's languages, shared by the GUI and the CLI. Messages are written in English
// (the source language) and translated to Brazilian Portuguese; the compiled files are embedded
// in this library under :/i18n.
namespace despacho {

QStringList availableLanguages();

// "pt_BR" or "en" from a user's text ("pt", "pt-BR", "pt_BR.UTF-8", "EN_us"...); empty when the
// language is not supported.
QString normalizeLanguage(const QString &code);

// The system's language: Portuguese gives "pt_BR", anything else "en". QLocale::system() follows
// LC_ALL, then LC_MESSAGES, then LANG (and LANGUAGE when it says more).
QString systemLanguage();

// The override when it names a supported language, else the system's.
QString languageFor(const QString &override);

// Installs, process-wide, the translators for `language` (ours and Qt's own qtbase messages,
// such as QCommandLineParser's), replacing those a previous call installed, and makes number,
// date and money formats follow the language when the system's locale speaks another one.
// Needs a QCoreApplication. Returns false when the language is not supported or its embedded
// translation cannot be loaded.
bool installTranslations(const QString &language);

} // namespace despacho
