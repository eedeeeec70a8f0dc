#pragma once

// Drives the main window as a packing station does: keys go to whatever has the focus (a
// window-modal form when one is open), a scan is its characters typed fast and then Enter, and
// every key press and scan is counted. Shared by the station tests and bench_station.
#include "core/validators.h"
#include "gui/mainwindow.h"
#include "gui/orderactioncontroller.h"

#include <QApplication>
#include <QDialog>
#include <QTest>

namespace despacho::testing {

// A Correios S10 code with these eight digits (and a wrong check digit when !valid).
inline QString s10(const QString &eightDigits, bool valid = true)
{
    using namespace Qt::StringLiterals;
    const int digit = s10CheckDigit(eightDigits);
    return u"SS"_s + eightDigits + QString::number(valid ? digit : (digit + 1) % 10) + u"BR"_s;
}

// A DANFE key for invoice `number`, issued this month by a valid CNPJ, model 55, series 1.
inline QString danfeKey(int number)
{
    using namespace Qt::StringLiterals;
    const QDate today = QDate::currentDate();
    const QString first43 = u"35"_s +
                            QStringLiteral("%1%2")
                                .arg(today.year() % 100, 2, 10, QLatin1Char('0'))
                                .arg(today.month(), 2, 10, QLatin1Char('0')) +
                            u"11222333000181"_s + u"55001"_s +
                            QStringLiteral("%1").arg(number, 9, 10, QLatin1Char('0')) +
                            u"112345678"_s;
    return first43 + QString::number(nfeCheckDigit(first43));
}

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
