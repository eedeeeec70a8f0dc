#pragma once

#include <QElapsedTimer>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QLineEdit;
class QTableView;
class QWidget;

namespace despacho::gui {

// The keyboard of a packing station, wherever the focus is in the main window:
// - the window's shortcuts win over a text field's own bindings (a QLineEdit takes Ctrl+E, Ctrl+H
//   and others for itself; here they mean the window's actions);
// - what a scanner types (fast keys ending in Enter) reaches the scan box even when the focus is
//   on the table or the detail: a printable key pressed outside a text field goes to the scan box,
//   which is the search box, and its Enter reads the scan;
// - Enter on the order table opens the selected order (the detail takes the focus).
// Installed on the application, it acts only on keys meant for widgets of `window`, so forms
// (their own windows) keep every key.
class StationKeys : public QObject
{
    Q_OBJECT
public:
    StationKeys(QWidget *window, QLineEdit *scanBox, QTableView *table, QObject *parent = nullptr);

    // Actions whose shortcuts must work from any widget of the window.
    void setActions(const QList<QAction *> &actions) { m_actions = actions; }

    // Keys closer together than this are a scanner's, not a person's.
    static constexpr int kScanGapMs = 35;
    static constexpr int kMinScanLength = 6;

Q_SIGNALS:
    void openRequested(); // Enter on the order table
    // A scan typed into another text field of the window (a filter box): the field got its text
    // back, and the scan box holds what was scanned.
    void scanned(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool inWindow(QObject *object) const;
    bool isWindowShortcut(const QKeySequence &keys) const;
    // A burst of fast keys into a line edit other than the scan box, and Enter after it.
    void trackBurst(QLineEdit *line, const QString &text);
    bool endBurst(QLineEdit *line);

    QPointer<QWidget> m_window;
    QLineEdit *m_scanBox;
    QTableView *m_table;
    QList<QAction *> m_actions;
    QPointer<QLineEdit> m_burstField;
    QString m_burst;
    QString m_textBeforeBurst;
    QElapsedTimer m_lastKey;
};

// Whether keys typed into `widget` are text for it (an editable line, spin box, text area or
// editable combo box).
bool takesText(const QWidget *widget);

} // namespace despacho::gui
