#pragma once

#include "core/actionforms.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class QLabel;

namespace despacho::gui {

// Shows the FieldIssues of a form next to the fields they name: each field's label (usually a
// "<field>Error" QLabel under it) gets its messages, errors in red and warnings in amber; issues
// of unregistered fields and a one-line verdict go to the summary label.
//
// accept() is the OK button's gate: errors keep the dialog open; warnings are shown once and a
// second OK with the same warnings goes through.
class FieldIssuesView
{
    Q_DECLARE_TR_FUNCTIONS(despacho::gui::FieldIssuesView)
public:
    FieldIssuesView() = default;
    explicit FieldIssuesView(QLabel *summary) { setSummary(summary); }
    void setSummary(QLabel *summary);

    // `prefix`: show "field: message" (for labels that gather several fields, e.g. items).
    void addField(const QString &field, QLabel *label, bool prefix = false);

    void clear();
    void show(const FieldIssues &issues);
    bool accept(const FieldIssues &issues);
    // The warnings a second OK went ahead with (empty when there were none): what the audit line
    // records as overridden.
    FieldIssues confirmedWarnings() const { return m_confirmed; }
    // Shows the issues of one field now (while it is typed), and forgets a verdict that no longer
    // fits what is in the form.
    void showLive(const QString &field, const FieldIssues &issues);

    // The field's label when registered, else nullptr.
    QLabel *labelFor(const QString &field) const;

private:
    struct Route
    {
        QLabel *label = nullptr;
        bool prefix = false;
    };
    QLabel *m_summary = nullptr;
    QHash<QString, Route> m_routes;
    QList<QLabel *> m_labels;
    QString m_confirmedWarnings;
    FieldIssues m_confirmed;
};

// A label's text in the error (red) or warning (amber) style; hidden when empty.
void setIssueText(QLabel *label, const QString &text, bool warning);

// Now, to the minute: the default of the dialogs' date-time fields.
QDateTime currentMinute();

} // namespace despacho::gui
