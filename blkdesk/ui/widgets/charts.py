"""Horizontal bar charts drawn with QPainter, readable from across a room.

One row per category. Stacked (the default), each series is a coloured segment of one bar and
the row ends with its text; grouped, each series has a bar of its own under the previous one,
ended by its number (men and women per vocation). QtCharts is not part of PySide6-Essentials.

A clickable chart emits `bar_clicked(category, series)` when a segment is clicked (or Enter is
pressed on the current row) so the page can open the list behind it; `series` is None when the
click was on the row's label.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from blkdesk.ui.language import decimal

# A bar's row is at most this many lines of label text tall (fewer when the chart is short).
BAR_ROW_LINES = 2.6
TEXT = QColor("#101828")
MUTED = QColor("#475467")
GRID = QColor("#eaecf0")
FOCUS = QColor("#0f5e6e")


@dataclass(frozen=True)
class Series:
    key: Any
    label: str
    color: str


def sex_series() -> list[Series]:
    """Men and women, the split every chart of trainees shows, in the same two colours on every
    page so that a colour means the same thing on the BLK's and the province's screens."""
    return [
        Series("L", QCoreApplication.translate("charts", "Laki-laki"), "#1f7a8c"),
        Series("P", QCoreApplication.translate("charts", "Perempuan"), "#e07a5f"),
    ]


@dataclass(frozen=True)
class Segment:
    rect: QRectF
    category: Any
    series: Any


class BarChart(QWidget):
    bar_clicked = Signal(object, object)

    def __init__(
        self,
        empty_text: str,
        parent: QWidget | None = None,
        *,
        grouped: bool = False,
        clickable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.grouped = grouped
        self.clickable = clickable
        self.setMouseTracking(True)
        if clickable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._categories: list[tuple[Any, str]] = []
        self._series: list[Series] = []
        self._values: dict[tuple[Any, Any], float] = {}
        self._row_text: dict[Any, str] = {}
        self._tips: dict[tuple[Any, Any], str] = {}
        self._maximum = 0.0
        self._segments: list[Segment] = []
        self._rows: list[tuple[QRectF, Any]] = []
        self._hover: tuple[Any, Any] | None = None
        self._current = 0
        self._label_w = 0.0
        self._scale = 1.0
        self._legend: list[tuple[QRectF, Series]] = []

    def set_data(
        self,
        categories: list[tuple[Any, str]],
        series: list[Series],
        values: Mapping[tuple[Any, Any], float],
        row_text: dict[Any, str] | None = None,
        tips: dict[tuple[Any, Any], str] | None = None,
        maximum: float | None = None,
    ) -> None:
        """`values[(category, series)]`; bars scale to `maximum` (default: the longest bar).

        `row_text` ends a stacked row; a grouped bar is ended by its own value."""
        self._categories, self._series, self._values = categories, series, dict(values)
        self._row_text, self._tips = row_text or {}, tips or {}
        if self.grouped:
            longest = [values.get((c, s.key), 0) for c, _ in categories for s in series]
        else:
            longest = [sum(values.get((c, s.key), 0) for s in series) for c, _ in categories]
        self._maximum = maximum if maximum is not None else max(longest, default=0)
        self._current = min(self._current, max(0, len(categories) - 1))
        self.update()

    def categories(self) -> list[Any]:
        return [key for key, _ in self._categories]

    def value(self, category: Any, series: Any) -> float:
        return self._values.get((category, series), 0)

    def _ends(self) -> list[str]:
        """The texts that end the bars: one per row when stacked, one per bar when grouped."""
        if self.grouped:
            return [
                _number(self.value(c, s.key)) for c, _ in self._categories for s in self._series
            ]
        return list(self._row_text.values())

    def segment_rect(self, category: Any, series: Any) -> QRectF:
        """Where a segment is drawn (for tests and for tooltips)."""
        self._layout()
        return next(s.rect for s in self._segments if (s.category, s.series) == (category, series))

    def sizeHint(self) -> QSize:
        return QSize(480, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def set_scale(self, scale: float) -> None:
        """Text size relative to the application font (bigger on a wall screen)."""
        self._scale = scale
        self.update()

    def _font(self, factor: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self._scale * factor)
        font.setBold(bold)
        return font

    def _layout(self) -> None:
        self._segments, self._rows = [], []
        if not self._categories:
            return
        label_metrics = QFontMetricsF(self._font())
        value_metrics = QFontMetricsF(self._font(0.95, bold=True))
        legend_h = self._layout_legend() + 8
        area = QRectF(self.rect()).adjusted(4, legend_h, -4, -4)
        label_w = min(
            area.width() * 0.42,
            max(label_metrics.horizontalAdvance(label) for _, label in self._categories) + 12,
        )
        text_w = max((value_metrics.horizontalAdvance(t) for t in self._ends()), default=0) + 14
        self._label_w = label_w
        bar_x = area.left() + label_w
        bar_w = max(10.0, area.width() - label_w - text_w)
        row_h = min(area.height() / len(self._categories), label_metrics.height() * BAR_ROW_LINES)
        thickness = row_h * (0.8 if self.grouped else 0.62)
        for i, (category, _label) in enumerate(self._categories):
            top = area.top() + i * row_h
            self._rows.append((QRectF(area.left(), top, area.width(), row_h), category))
            if self.grouped:
                self._layout_group(category, bar_x, bar_w, top + (row_h - thickness) / 2, thickness)
                continue
            x = bar_x
            for series in self._series:
                value = self._values.get((category, series.key), 0)
                if value <= 0 or self._maximum <= 0:
                    continue
                width = bar_w * value / self._maximum
                rect = QRectF(x, top + (row_h - thickness) / 2, width, thickness)
                self._segments.append(Segment(rect, category, series.key))
                x += width

    def _layout_group(
        self, category: Any, x: float, width: float, top: float, height: float
    ) -> None:
        """One thin bar per series, one under the other; a zero is a bar of no width (its number
        is still written)."""
        gap = 2.0
        each = (height - gap * (len(self._series) - 1)) / max(1, len(self._series))
        for j, series in enumerate(self._series):
            value = self._values.get((category, series.key), 0)
            length = width * value / self._maximum if self._maximum > 0 else 0.0
            rect = QRectF(x, top + j * (each + gap), max(0.0, length), each)
            self._segments.append(Segment(rect, category, series.key))

    def paintEvent(self, event: QPaintEvent) -> None:
        self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._categories:
            painter.setFont(self._font(1.05))
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self._paint_legend(painter)
        colors = {s.key: QColor(s.color) for s in self._series}
        labels = dict(self._categories)
        for i, (row, category) in enumerate(self._rows):
            if i % 2:
                painter.fillRect(row, QColor("#f9fafb"))
            painter.setFont(self._font())
            painter.setPen(TEXT)
            label_rect = QRectF(row.left() + 4, row.top(), self._label_w - 10, row.height())
            metrics = QFontMetricsF(painter.font())
            text = labels[category]
            two_lines = row.height() >= metrics.lineSpacing() * 2.2
            if two_lines and metrics.horizontalAdvance(text) > label_rect.width():
                painter.drawText(
                    label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text
                )
            else:
                elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_rect.width())
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, elided)
        end_of_row: dict[Any, float] = {}
        for segment in self._segments:
            color = colors[segment.series]
            if self._hover == (segment.category, segment.series):
                color = color.darker(115)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(segment.rect)
            end_of_row[segment.category] = segment.rect.right()
        bar_left = min((s.rect.left() for s in self._segments), default=0.0)
        painter.setFont(self._font(0.95, bold=True))
        painter.setPen(TEXT)
        if self.grouped:
            for segment in self._segments:
                x = segment.rect.right() + 6
                value = _number(self.value(segment.category, segment.series))
                # Centred on the bar, taller than it: a thin bar still shows its whole number.
                band = QRectF(x, segment.rect.center().y() - 20, self.width() - x, 40)
                painter.drawText(band, Qt.AlignmentFlag.AlignVCenter, value)
        for row, category in self._rows:
            text = self._row_text.get(category, "")
            if not text:
                continue
            x = end_of_row.get(category, bar_left) + 8
            painter.drawText(
                QRectF(x, row.top(), self.width() - x, row.height()),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        if self.hasFocus() and self._rows:
            painter.setPen(QPen(FOCUS, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rows[self._current][0].adjusted(1, 1, -1, -1))

    def _layout_legend(self) -> float:
        """Place the legend entries, wrapping to more lines when narrow; returns its height."""
        metrics = QFontMetricsF(self._font(0.9))
        x, y = 6.0, 4.0
        self._legend = []
        for series in self._series:
            width = metrics.height() * 0.7 + 6 + metrics.horizontalAdvance(series.label)
            if x + width > self.width() - 4 and x > 6:
                x, y = 6.0, y + metrics.height() * 1.3
            self._legend.append((QRectF(x, y, width, metrics.height()), series))
            x += width + 18
        return y + metrics.height()

    def _paint_legend(self, painter: QPainter) -> None:
        painter.setFont(self._font(0.9))
        metrics = QFontMetricsF(painter.font())
        box = metrics.height() * 0.7
        for rect, series in self._legend:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(series.color))
            painter.drawRoundedRect(
                QRectF(rect.left(), rect.top() + (rect.height() - box) / 2, box, box), 2, 2
            )
            painter.setPen(MUTED)
            painter.drawText(QPointF(rect.left() + box + 6, rect.top() + metrics.ascent()),
                             series.label)  # fmt: skip

    def _hit(self, pos: QPointF) -> tuple[Any, Any] | None:
        self._layout()
        for segment in self._segments:
            if segment.rect.contains(pos):
                return segment.category, segment.series
        for row, category in self._rows:
            if row.contains(pos):
                return category, None
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if self.clickable and hit != self._hover:
            self._hover = hit
            self.update()
        clicks = self.clickable and hit is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if clicks else Qt.CursorShape.ArrowCursor)
        tip = self._tips.get(hit) if hit else None
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.clickable or event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self._hit(event.position())
        if hit is not None:
            self._current = self.categories().index(hit[0])
            self.bar_clicked.emit(*hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self._categories or not self.clickable:
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Down:
            self._current = min(self._current + 1, len(self._categories) - 1)
        elif key == Qt.Key.Key_Up:
            self._current = max(self._current - 1, 0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.bar_clicked.emit(self._categories[self._current][0], None)
        else:
            super().keyPressEvent(event)
            return
        self.update()


def _number(value: float) -> str:
    """A bar's count as written at its end: whole numbers without a decimal point."""
    return str(round(value)) if float(value).is_integer() else decimal(f"{value:.1f}")
