"""Where the main window opens: maximised within the screen's free area on first run, and never
bigger than that area afterwards (a geometry saved on a larger monitor is pulled back in)."""

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window's size when the clerk un-maximises it, when the screen leaves room for it.
NORMAL_SIZE = (1280, 800)


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QWidget, saved: QByteArray | None) -> None:
    """Restore `saved` when it fits the screen; otherwise start maximised within its free area."""
    area = available_area(window)
    if saved is not None and window.restoreGeometry(saved):
        if window.isMaximized() or area.contains(window.frameGeometry()):
            return
        if area.intersects(window.frameGeometry()) and window.width() <= area.width():
            # A saved window that only sticks out (a taller old screen) is shrunk, not moved.
            rect = window.geometry().intersected(area)
            window.setGeometry(rect)
            return
    width, height = NORMAL_SIZE
    window.resize(min(width, area.width()), min(height, area.height()))
    window.move(area.topLeft())
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
