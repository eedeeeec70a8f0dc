#pragma once

// Drives the main window as a packing station does: keys go to whatever has the focus (a
// window-modal form when one is open), a scan is its characters typed fast and then Enter, and
// every key press and scan is counted. Shared by the station tests and bench_station.
#include "gui/mainwindow.h"
#include "gui/orderactioncontroller.h"

#include <QApplication>
#include <QDialog>
#include <QTest>

namespace despacho::testing {

class StationDriver
{
public:
    explicit StationDriver(gui::MainWindow *window)
        : m_window(window)
    {}

    // Where a key goes now: the open form's focus, else the window's focus widget.
    QWidget *focus() const
    {
        if (QDialog *form = m_window->orderActions()->currentDialog(); form && form->isVisible())
            return form->focusWidget() ? form->focusWidget() : form;
        if (QWidget *w = QApplication::focusWidget(); w && w->window() == m_window)
            return w;
        return m_window->focusWidget() ? m_window->focusWidget() : m_window;
    }

    void scan(const QString &text)
    {
        ++m_scans;
        for (const QChar c : text)
            QTest::keyClick(focus(), c.toLatin1());
        QTest::keyClick(focus(), Qt::Key_Return);
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_keys;
        QTest::keyClick(focus(), key, modifiers);
    }

    int scans() const { return m_scans; }
    int keys() const { return m_keys; }
    void resetCounts() { m_scans = m_keys = 0; }

private:
    gui::MainWindow *m_window;
    int m_scans = 0;
    int m_keys = 0;
};

} // namespace despacho::testing
