#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace despacho::gui {

// An inline banner shown at the top of the pane an error or notice concerns, instead of a modal
// box: the pane stays usable and the message stays readable until dismissed or replaced.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    enum class Level
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Level level = Level::Error);
    void clearMessage();
    QString text() const;
    Level level() const { return m_level; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QLabel *m_label;
    QToolButton *m_close;
    Level m_level = Level::Information;
};

} // namespace despacho::gui
