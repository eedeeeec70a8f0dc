#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace despacho::gui {

// Loads the UI language (English source strings, Brazilian Portuguese translation) and switches
// it at runtime: installing a translator sends every widget a LanguageChange event, and each
// widget retranslates itself. Formats (dates, BRL) follow the language through QLocale's default.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("pt_BR")}; }
    // "pt_BR" or "en" from a user's text ("pt", "pt-BR", "EN_us"...); empty when not supported.
    static QString normalize(const QString &code);
    // --lang wins, then the language chosen in the menu last time, then the system's.
    static QString initialLanguage(const QString &commandLine);
    static QString systemLanguage();

    bool setLanguage(const QString &code);
    QString language() const { return m_language; }
    void rememberChoice() const;

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace despacho::gui
