#pragma once

// Finding and filling widgets by objectName in the GUI tests (a missing widget stops the test
// with its name: the form changed under the test).
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace despacho::testing {

template <typename T> T *field(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

// Types `text` into the named line edit, as a person does, after clearing it.
inline void type(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = field<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace despacho::testing
