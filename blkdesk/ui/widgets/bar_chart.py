"""A horizontal bar chart of participants by vocation and sex, painted with QPainter.

QtCharts is not part of PySide6-Essentials, and two bars per vocation need no more than this.
"""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MEN = QColor("#2F6DB5")
WOMEN = QColor("#E07B39")
ROW_HEIGHT = 38
BAR_HEIGHT = 13
MARGIN = 12


class VocationSexChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(200)

    def set_rows(self, rows: list[tuple[str, int, int]]) -> None:
        """(vocation, men, women) per bar pair."""
        self._rows = list(rows)
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int, int]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(420, self._legend_height() + MARGIN * 2 + ROW_HEIGHT * max(1, len(self._rows)))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        text_color = self.palette().windowText().color()
        if not self._rows:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter,
                self.tr("Tidak ada peserta aktif pada bulan ini."),
            )  # fmt: skip
            return
        legend_y = MARGIN
        x = MARGIN
        for color, label in ((MEN, self.tr("Laki-laki")), (WOMEN, self.tr("Perempuan"))):
            painter.fillRect(QRectF(x, legend_y + 2, 12, 12), color)
            painter.setPen(text_color)
            painter.drawText(x + 18, legend_y + metrics.ascent(), label)
            x += 18 + metrics.horizontalAdvance(label) + 20
        label_width = min(
            max(metrics.horizontalAdvance(v) for v, _m, _w in self._rows) + 12,
            self.width() // 3,
        )
        top = legend_y + self._legend_height()
        biggest = max(max(m, w) for _v, m, w in self._rows) or 1
        number_room = metrics.horizontalAdvance(str(biggest)) + 8
        span = max(10, self.width() - MARGIN * 2 - label_width - number_room)
        for i, (vocation, men, women) in enumerate(self._rows):
            y = top + i * ROW_HEIGHT
            painter.setPen(text_color)
            shown = metrics.elidedText(vocation, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(MARGIN, y, label_width - 8, BAR_HEIGHT * 2 + 2),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown,
            )  # fmt: skip
            for j, (value, color) in enumerate(((men, MEN), (women, WOMEN))):
                bar_y = y + j * (BAR_HEIGHT + 2)
                width = span * value / biggest
                painter.fillRect(QRectF(MARGIN + label_width, bar_y, width, BAR_HEIGHT), color)
                painter.setPen(text_color)
                painter.drawText(
                    QRectF(MARGIN + label_width + width + 4, bar_y - 2, number_room,
                           BAR_HEIGHT + 4),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(value),
                )  # fmt: skip
