#include "gui/messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace despacho::gui {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setAttribute(Qt::WA_StyledBackground, true);
    m_label->setObjectName(u"messageText"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(u"messageClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clearMessage);
    hide();
}

void MessageBar::showMessage(const QString &text, Level level)
{
    m_level = level;
    m_label->setText(text);
    applyStyle();
    show();
}

void MessageBar::clearMessage()
{
    m_label->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_close->setToolTip(tr("Dismiss"));
    QWidget::changeEvent(event);
}

void MessageBar::applyStyle()
{
    // Fixed colours: the meaning (red error, amber warning) must not depend on the desktop theme.
    QString background;
    QString foreground;
    QString border;
    switch (m_level) {
    case Level::Information:
        background = u"#e3f2fd"_s, foreground = u"#0d3c61"_s, border = u"#90caf9"_s;
        break;
    case Level::Warning:
        background = u"#fff4e5"_s, foreground = u"#663c00"_s, border = u"#ffb74d"_s;
        break;
    case Level::Error:
        background = u"#fdecea"_s, foreground = u"#611a15"_s, border = u"#ef9a9a"_s;
        break;
    }
    setStyleSheet(u"despacho--gui--MessageBar { background:%1; border:1px solid %3;"
                  " border-radius:4px; } QLabel { color:%2; background:transparent; }"_s.arg(
                      background, foreground, border));
}

} // namespace despacho::gui
