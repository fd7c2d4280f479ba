"""The cards Beranda pages are built from, the BLK's and the province's alike: a figure that opens
the list behind it, and a titled panel (with a chart, or whatever the page puts in it).

Their look is the application's style (#Card, #CardValue, #CardLabel, #CardNote, #PanelTitle);
the BLK's Beranda scales the fonts up for a wall screen through its own style sheet.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from blkdesk.ui.language import grouped
from blkdesk.ui.widgets.charts import BAR_ROW_LINES, BarChart


class StatCard(QFrame):
    """A figure and its caption; clicking it (or Enter when focused) opens what is behind it."""

    clicked = Signal()

    def __init__(self, label: str) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(2)
        self.value = QLabel("–")
        self.value.setObjectName("CardValue")
        self.caption = QLabel(label)
        self.caption.setObjectName("CardLabel")
        self.caption.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("CardNote")
        self.note.setWordWrap(True)
        box.addWidget(self.value)
        box.addWidget(self.caption)
        box.addWidget(self.note)
        box.addStretch()

    def set_value(self, value: int | str, attention: bool = False) -> None:
        self.value.setText(grouped(value) if isinstance(value, int) else value)
        self.value.setProperty("attention", attention)
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


class Card(QFrame):
    """A titled panel: a title, a line under it, then what the page adds to `box`."""

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.setObjectName("Card")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(18, 14, 18, 14)
        self.box.setSpacing(6)
        self.title = QLabel(title)
        self.title.setObjectName("PanelTitle")
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("CardLabel")
        self.note.setWordWrap(True)
        self.box.addWidget(self.title)
        self.box.addWidget(self.note)


class ChartCard(Card):
    """A titled panel holding one bar chart, which says `empty_text` when it has nothing."""

    def __init__(self, empty_text: str, title: str = "", min_height: int = 260) -> None:
        super().__init__(title)
        self.chart = BarChart(empty_text)
        self.chart.setMinimumHeight(min_height)
        self.box.addWidget(self.chart, 1)

    def fit_rows(self, rows: int) -> None:
        """Exactly as tall as `rows` bars at their natural spacing (and the legend), for a page
        that scrolls: a short list leaves no blank card, a long one no squeezed bars."""
        line = QFontMetricsF(self.chart.font()).height()
        legend = 2 * line + 12
        self.chart.setMinimumHeight(0)
        self.chart.setFixedHeight(round(legend + max(rows, 2) * line * BAR_ROW_LINES + 8))
