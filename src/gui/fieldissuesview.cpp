#include "gui/fieldissuesview.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace despacho::gui {

namespace {
const QString kErrorStyle = u"color: #b71c1c;"_s;
const QString kWarningStyle = u"color: #8a5300;"_s;
} // namespace

void setIssueText(QLabel *label, const QString &text, bool warning)
{
    label->setText(text);
    label->setStyleSheet(warning ? kWarningStyle : kErrorStyle);
    label->setVisible(!text.isEmpty());
}

QDateTime currentMinute()
{
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    return now;
}

void FieldIssuesView::setSummary(QLabel *summary)
{
    m_summary = summary;
    m_summary->setWordWrap(true);
    setIssueText(m_summary, {}, false);
}

void FieldIssuesView::addField(const QString &field, QLabel *label, bool prefix)
{
    m_routes.insert(field, {label, prefix});
    if (!m_labels.contains(label)) {
        m_labels.append(label);
        label->setWordWrap(true);
        setIssueText(label, {}, false);
    }
}

QLabel *FieldIssuesView::labelFor(const QString &field) const
{
    return m_routes.value(field).label;
}

void FieldIssuesView::clear()
{
    for (QLabel *label : std::as_const(m_labels))
        setIssueText(label, {}, false);
    setIssueText(m_summary, {}, false);
}

void FieldIssuesView::show(const FieldIssues &issues)
{
    clear();
    QHash<QLabel *, QStringList> texts;
    QHash<QLabel *, bool> onlyWarnings;
    QStringList unrouted;
    for (const FieldIssue &issue : issues) {
        const Route route = m_routes.value(issue.field);
        const QString line = route.prefix || !route.label
                                 ? tr("%1: %2").arg(issue.field, issue.message)
                                 : issue.message;
        if (!route.label) {
            unrouted << line;
            continue;
        }
        texts[route.label] << line;
        onlyWarnings[route.label] = onlyWarnings.value(route.label, true) && issue.warning;
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        setIssueText(it.key(), it.value().join(u'\n'), onlyWarnings.value(it.key()));

    if (issues.isEmpty())
        return;
    const bool errors = hasErrors(issues);
    QStringList summary;
    summary << (errors ? tr("Correct the fields marked in red; nothing was recorded.")
                       : tr("Check the warnings and press OK again to go ahead anyway."));
    summary << unrouted;
    setIssueText(m_summary, summary.join(u'\n'), !errors);
}

bool FieldIssuesView::accept(const FieldIssues &issues)
{
    m_confirmed.clear();
    if (hasErrors(issues)) {
        m_confirmedWarnings.clear();
        show(issues);
        return false;
    }
    if (issues.isEmpty()) {
        clear();
        return true;
    }
    // Warnings: the first OK shows them; a second OK with the very same warnings confirms.
    const QString warnings = describeIssues(issues);
    if (warnings == m_confirmedWarnings) {
        m_confirmed = issues;
        return true;
    }
    m_confirmedWarnings = warnings;
    show(issues);
    return false;
}

void FieldIssuesView::showLive(const QString &field, const FieldIssues &issues)
{
    QLabel *label = labelFor(field);
    if (!label)
        return;
    QStringList lines;
    bool onlyWarnings = true;
    for (const FieldIssue &issue : issues) {
        if (issue.field != field)
            continue;
        lines << issue.message;
        onlyWarnings = onlyWarnings && issue.warning;
    }
    setIssueText(label, lines.join(u'\n'), onlyWarnings);
    // "Press OK again" was about the form as it was.
    setIssueText(m_summary, {}, false);
    m_confirmedWarnings.clear();
}

} // namespace despacho::gui
