#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace despacho::gui {

// Small screens (a 1024×600 netbook at the packing bench): windows open inside the screen's
// available area (without panels and docks), whatever size they would like or had last time on
// a larger monitor.

// The available area of the screen `widget` is on (its parent's, else the primary screen).
QRect availableGeometryFor(const QWidget *widget);

// `geometry` shrunk to fit `available` and moved inside it; `frame` is what the window manager
// adds around the client area (title bar, borders).
QRect boundedGeometry(const QRect &geometry, const QRect &available, const QMargins &frame = {});

// Resizes a top-level window to `preferred` (its current size when empty) bounded by the
// available area, and centres it there (over its parent when it has one).
void fitInAvailableScreen(QWidget *window, QSize preferred = {});

} // namespace despacho::gui
