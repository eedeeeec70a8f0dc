#include "translations/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace despacho {

namespace {
// Owned by the application object (so they go before it does); a later call replaces them.
QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

// Otherwise Portuguese messages on an English system would show money and dates in English
// formats.
void followLanguageInFormats(const QString &code)
{
    const bool systemPortuguese = QLocale::system().language() == QLocale::Portuguese;
    if (code == u"pt_BR"_s && !systemPortuguese)
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    else if (code == u"en"_s && systemPortuguese)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    else
        QLocale::setDefault(QLocale::system());
}
} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"pt_BR"_s};
}

QString normalizeLanguage(const QString &code)
{
    QString c = code.trimmed().toLower().replace(u'-', u'_');
    // Locale names may carry an encoding or a modifier: "pt_BR.UTF-8", "en_US@euro".
    for (const char16_t stop : {u'.', u'@'}) {
        if (const qsizetype at = c.indexOf(QChar(stop)); at >= 0)
            c.truncate(at);
    }
    if (c == u"pt"_s || c == u"pt_br"_s)
        return u"pt_BR"_s;
    if (c == u"en"_s || c.startsWith(u"en_"_s))
        return u"en"_s;
    return {};
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Portuguese ? u"pt_BR"_s : u"en"_s;
}

QString languageFor(const QString &override)
{
    const QString chosen = normalizeLanguage(override);
    return chosen.isEmpty() ? systemLanguage() : chosen;
}

bool installTranslations(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString code = normalizeLanguage(language);
    if (!app || code.isEmpty())
        return false;
    // ~QTranslator removes it from the application.
    delete appTranslator().data();
    delete qtTranslator().data();
    followLanguageInFormats(code);

    // English is the source language; its .qm holds only the plural forms.
    auto *ours = new QTranslator(app);
    const bool appLoaded = ours->load(u":/i18n/despacho_"_s + code);
    if (code != u"en"_s) {
        auto *qt = new QTranslator(app);
        if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            qtTranslator() = qt;
        } else {
            delete qt;
        }
    }
    if (appLoaded) {
        QCoreApplication::installTranslator(ours);
        appTranslator() = ours;
    } else {
        delete ours;
    }
    return appLoaded || code == u"en"_s;
}

} // namespace despacho
