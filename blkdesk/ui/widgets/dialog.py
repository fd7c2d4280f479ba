"""The one dialog base: a button box wired to accept/reject and geometry kept between runs."""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blkdesk.ui import placement
from blkdesk.ui.settings import app_settings
from blkdesk.ui.widgets import typeahead

# A window manager's title bar and frame, before the window is framed and Qt knows them.
TITLE_BAR = 32
# What a title bar holds beside the title: the icon and three buttons (XFCE, Windows 10).
TITLE_BAR_BUTTONS = 170


class Dialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        name: str,
        buttons: QDialogButtonBox.StandardButton = (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        ),
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter saves from anywhere, even where Enter means something else (a table, a
        # multi-line box), so a dialog is finished without reaching for the mouse.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._accept_by_key)
        self._restore_geometry()

    def _accept_by_key(self) -> None:
        accepting = [
            button
            for button in self.buttons.buttons()
            if self.buttons.buttonRole(button)
            in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
        ]
        if not accepting:
            return
        # Of two ways to accept (the conflict dialog's), the one Enter would press.
        button = next(
            (b for b in accepting if isinstance(b, QPushButton) and b.isDefault()), accepting[0]
        )
        if button.isEnabled():
            button.click()

    def add_text(self, text: str = "") -> QLabel:
        """A paragraph next in the body (an explanation, a result), wrapped to the dialog's
        width; returned for a dialog that styles it or changes its text later."""
        label = QLabel(text)
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def finish_layout(self) -> None:
        """Call after adding content to `self.body`: puts the buttons at the bottom."""
        self.body.addWidget(self.buttons)

    def _restore_geometry(self) -> None:
        geometry = app_settings().value(f"geometry/{self.objectName()}")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def showEvent(self, event: QShowEvent) -> None:
        typeahead.install(self)
        self._fit_title()
        super().showEvent(event)
        self._fit_screen()

    def _fit_title(self) -> None:
        """Wide enough for the whole title (in the title bar's bold), so a window manager does
        not elide what names the record ("Atur ulang ka…di: operator2")."""
        bold = QFont(self.font())
        bold.setBold(True)
        title = QFontMetrics(bold).horizontalAdvance(self.windowTitle()) + TITLE_BAR_BUTTONS
        if title > self.minimumWidth():
            self.setMinimumWidth(title)

    def _fit_screen(self) -> None:
        """Within the screen's free area (a 1366 × 768 laptop less its taskbar), title bar
        included: a form sized for the whole screen would hide its Save button under the
        taskbar. Its layout (a scroll area) takes the difference."""
        area = placement.available_area(self)
        inner = self.geometry()
        frame = self.frameGeometry()
        framed = frame != inner
        if not framed:
            # Not framed yet (X11 frames a window after it is shown): its position is its
            # inside's, and the title bar will be added above it. Qt centres a tall dialog with
            # its inside at the screen's top edge, which left the title bar above the screen,
            # out of reach of the mouse. The frame is estimated so.
            frame = inner.adjusted(0, -TITLE_BAR, 0, 0)
        extra_w = frame.width() - inner.width()
        extra_h = frame.height() - inner.height()
        width = min(inner.width(), area.width() - extra_w)
        height = min(inner.height(), area.height() - extra_h)
        left = max(area.left(), min(frame.left(), area.right() + 1 - width - extra_w))
        top = max(area.top(), min(frame.top(), area.bottom() + 1 - height - extra_h))
        if not framed:
            inside = QRect(left, top + TITLE_BAR, width, height)
            if inside != inner:
                self.setGeometry(inside)
            return
        if (width, height) != (inner.width(), inner.height()):
            self.resize(width, height)
        if (left, top) != (frame.left(), frame.top()):
            self.move(left, top)

    @contextmanager
    def centre_kept(self) -> Iterator[None]:
        """Around a change that resizes the shown dialog (its layout grows it, or `resize`):
        its centre stays where it was and it stays within the screen. Qt keeps the top-left
        corner, so a dialog that grew for a long server name slid off-centre from its window
        and past the screen's right edge."""
        centre = self.frameGeometry().center()
        yield
        if self.isVisible():
            frame = self.frameGeometry()
            frame.moveCenter(centre)
            self.move(frame.topLeft())
            self._fit_screen()

    def grow_to_content(self) -> None:
        """Grow to hold what was just shown (a longer sentence, a message under a field, a
        wider entry) whole: a window does not grow by itself for text that wraps onto more
        lines, and would squeeze the fields above it instead."""
        with self.centre_kept():
            self.body.activate()  # the layout's sizes are otherwise those of before the change
            width = max(self.width(), self.sizeHint().width())
            self.resize(width, max(self.height(), self.body.totalHeightForWidth(width)))

    def done(self, result: int) -> None:
        app_settings().setValue(f"geometry/{self.objectName()}", self.saveGeometry())
        super().done(result)
