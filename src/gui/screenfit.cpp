#include "gui/screenfit.h"

#include <QGuiApplication>
#include <QMargins>
#include <QScreen>
#include <QWidget>

namespace despacho::gui {

namespace {
// A title bar and borders are not known before the window is mapped: leave room for them.
constexpr QMargins kAssumedFrame(4, 32, 4, 4);
} // namespace

QRect availableGeometryFor(const QWidget *widget)
{
    const QScreen *screen = nullptr;
    for (const QWidget *w = widget; w && !screen; w = w->parentWidget())
        screen = w->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QRect boundedGeometry(const QRect &geometry, const QRect &available, const QMargins &frame)
{
    if (available.isEmpty())
        return geometry;
    const QRect inner = available.marginsRemoved(frame);
    QRect result(geometry.topLeft(), geometry.size().boundedTo(inner.size()));
    if (result.right() > inner.right())
        result.moveRight(inner.right());
    if (result.bottom() > inner.bottom())
        result.moveBottom(inner.bottom());
    if (result.left() < inner.left())
        result.moveLeft(inner.left());
    if (result.top() < inner.top())
        result.moveTop(inner.top());
    return result;
}

void fitInAvailableScreen(QWidget *window, QSize preferred)
{
    const QRect available = availableGeometryFor(window);
    if (available.isEmpty())
        return;
    if (preferred.isEmpty())
        preferred = window->size();
    const QSize size = preferred.boundedTo(available.marginsRemoved(kAssumedFrame).size())
                           .expandedTo(window->minimumSize());
    QRect target(QPoint(), size);
    const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    target.moveCenter(parent && parent->isVisible() ? parent->geometry().center()
                                                    : available.center());
    window->setGeometry(boundedGeometry(target, available, kAssumedFrame));
}

} // namespace despacho::gui
