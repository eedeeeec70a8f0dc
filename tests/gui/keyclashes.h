#pragma once

// Alt keys a person can rely on: what the GUI tests check of every page and menu, in every
// language the product ships (two texts on one mnemonic and Qt only moves the focus between them).
#include <QHash>
#include <QKeySequence>
#include <QStringList>
#include <QTest>

namespace despacho::testing {

// The rows of a test run once per shipped language: column "language", "en" and "pt_BR".
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
}

// "alt+p" for "&Próximo >", empty for a text without a mnemonic.
inline QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText).toLower();
}

// The texts of one page or menu: empty when no two share a mnemonic, else which two and the key.
// *count (optional) is increased by the texts that have one.
inline QString mnemonicClash(const QStringList &texts, int *count = nullptr)
{
    QHash<QString, QString> owner;
    for (const QString &text : texts) {
        const QString key = mnemonicOf(text);
        if (key.isEmpty())
            continue;
        if (count)
            ++*count;
        if (owner.contains(key))
            return QStringLiteral("\"%1\" and \"%2\" both take %3")
                .arg(owner.value(key), text, key);
        owner.insert(key, text);
    }
    return {};
}

} // namespace despacho::testing
