"""A "start here" note over an empty list or chart: what will be shown there, what to do first,
and buttons that do it. On a fresh database every list is empty, and a blank table tells a new
clerk nothing; the note says where the work begins.

It floats in the middle of its host (a table's viewport, a chart) rather than replacing it, so
pages keep their layout, and it hides itself the moment the page has something to show.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

WIDTH = 520
MARGIN = 24


class EmptyHint(QFrame):
    def __init__(self, host: QWidget) -> None:
        # Over a table the note lives in its viewport, under the column headers.
        self.host = host.viewport() if isinstance(host, QAbstractScrollArea) else host
        super().__init__(self.host)
        self.setObjectName("EmptyHint")
        self.box = box = QVBoxLayout(self)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("EmptyHintTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.AutoText)  # plain, or a list as HTML
        self.buttons_row = QHBoxLayout()
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addLayout(self.buttons_row)
        self.buttons: list[QPushButton] = []
        self.host.installEventFilter(self)
        self.hide()

    def show_hint(
        self, title: str, text: str, actions: Sequence[tuple[str, Callable[[], object]]] = ()
    ) -> None:
        """Show the note; `actions` are (button text, what it does), the first one primary."""
        self.title.setText(title)
        self.text.setText(text)
        while self.buttons_row.count():  # the last note's buttons and stretch
            item = self.buttons_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater leaves it drawn until the next loop
                widget.deleteLater()
        self.buttons = []
        for i, (label, do) in enumerate(actions):
            button = QPushButton(label.replace("&", "&&"))  # "Pelatihan & Angkatan", no shortcut
            button.setProperty("primary", i == 0)
            button.clicked.connect(lambda _=False, do=do: do())
            self.buttons_row.addWidget(button)
            button.show()  # a note already on screen does not show new children by itself
            self.buttons.append(button)
        self.buttons_row.addStretch(1)
        self.show()
        self.raise_()
        self._place()

    def show_if(
        self,
        empty: bool,
        title: str,
        text: str,
        actions: Sequence[tuple[str, Callable[[], object]]] = (),
    ) -> None:
        if empty:
            self.show_hint(title, text, actions)
        else:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def _place(self) -> None:
        if not self.isVisibleTo(self.host):
            return
        width = max(200, min(WIDTH, self.host.width() - 2 * MARGIN))
        self.setFixedWidth(width)
        layout = self.box
        layout.invalidate()  # buttons may just have changed
        self.setFixedHeight(
            max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        )
        # In the middle, a little towards the top where the eye starts on an empty list.
        top = max(MARGIN, (self.host.height() - self.height()) // 3)
        self.move((self.host.width() - width) // 2, top)
