#include "gui/stationkeys.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextEdit>

namespace despacho::gui {

bool takesText(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return !spin->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    return false;
}

StationKeys::StationKeys(QWidget *window, QLineEdit *scanBox, QTableView *table, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_scanBox(scanBox)
    , m_table(table)
{
    qApp->installEventFilter(this);
}

bool StationKeys::inWindow(QObject *object) const
{
    const auto *widget = qobject_cast<QWidget *>(object);
    return widget && m_window && widget->window() == m_window;
}

bool StationKeys::isWindowShortcut(const QKeySequence &keys) const
{
    for (const QAction *action : m_actions) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (shortcut == keys)
                return true;
        }
    }
    return false;
}

void StationKeys::trackBurst(QLineEdit *line, const QString &text)
{
    const bool fast = m_lastKey.isValid() && m_lastKey.elapsed() <= kScanGapMs;
    m_lastKey.start();
    if (!fast || line != m_burstField || m_burst.isEmpty()) {
        m_burstField = line;
        m_burst.clear();
        m_textBeforeBurst = line->text();
    }
    m_burst += text;
}

bool StationKeys::endBurst(QLineEdit *line)
{
    const bool fast = m_lastKey.isValid() && m_lastKey.elapsed() <= kScanGapMs;
    const QString burst = m_burst;
    m_burst.clear();
    if (!fast || line != m_burstField || burst.size() < kMinScanLength)
        return false;
    line->setText(m_textBeforeBurst);
    m_scanBox->setText(burst);
    m_scanBox->setFocus(Qt::ShortcutFocusReason);
    m_scanBox->selectAll();
    Q_EMIT scanned(burst);
    return true;
}

bool StationKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    if (!inWindow(watched))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);

    if (event->type() == QEvent::ShortcutOverride) {
        // Not accepted: the shortcut map goes on to the window's action.
        const QKeySequence keys(key->keyCombination());
        if (isWindowShortcut(keys)) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

    auto *widget = static_cast<QWidget *>(watched);
    if (widget != QApplication::focusWidget())
        return QObject::eventFilter(watched, event); // the same event on its way up to parents
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && widget == m_table && key->modifiers() == Qt::NoModifier) {
        Q_EMIT openRequested();
        return true;
    }
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const QString text = key->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint() && mods == Qt::NoModifier;
    auto *line = qobject_cast<QLineEdit *>(widget);
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->isEditable())
        line = combo->lineEdit();
    if (line && line != m_scanBox && !line->isReadOnly()) {
        // Another text field (a filter box): a person's typing stays there; a scanner's burst
        // ending in Enter is taken back out of it and read as a scan.
        if (enter && endBurst(line))
            return true;
        if (printable)
            trackBurst(line, text);
        else
            m_burst.clear();
        return QObject::eventFilter(watched, event);
    }
    if (!printable || widget == m_scanBox || takesText(widget))
        return QObject::eventFilter(watched, event);
    // A key typed on the table or the detail: the start of a scan (or of a search). The scan box
    // takes it, replacing what an earlier scan left there.
    m_scanBox->setFocus(Qt::ShortcutFocusReason);
    m_scanBox->selectAll();
    QKeyEvent copy(QEvent::KeyPress, key->key(), key->modifiers(), text, key->isAutoRepeat(),
                   ushort(key->count()));
    QCoreApplication::sendEvent(m_scanBox, &copy);
    return true;
}

} // namespace despacho::gui
