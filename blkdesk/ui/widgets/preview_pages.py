"""The pages of a print preview, one under the other, each on its own paper and orientation.

Pages are recorded once (vector pictures, see `printing.paper.PageRecorder`) and drawn at the
current zoom only when they scroll into view; a few drawn pages are kept for smooth scrolling.
"""

from collections import OrderedDict

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPainter,
    QPaintEvent,
    QPicture,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QWidget

GAP = 16  # pixels between pages and around them
CACHED = 8  # drawn pages kept


class _Sheets(QWidget):
    def __init__(self, owner: "PreviewPages") -> None:
        super().__init__()
        self.owner = owner

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#8a8f98"))
        for index, rect in enumerate(self.owner.page_rects()):
            if not rect.intersects(event.rect()):
                continue
            painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 70))
            painter.drawImage(rect.topLeft(), self.owner.image(index))
        painter.end()


class PreviewPages(QScrollArea):
    """Scrollable pages; `page_changed(n)` tells which page (1-based) is at the top."""

    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[tuple[QPageLayout, QPicture]] = []
        self.zoom = 3.0  # pixels per millimetre
        self._fit: str | None = "width"  # width / page / None (a fixed zoom)
        self._images: OrderedDict[tuple[int, float], QImage] = OrderedDict()
        self.sheets = _Sheets(self)
        self.setWidget(self.sheets)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._top_changed())

    # --- content and geometry ----------------------------------------------------------------

    def set_pages(self, pages: list[tuple[QPageLayout, QPicture]]) -> None:
        self.pages = pages
        self._images.clear()
        self._relayout()

    def _sizes_mm(self) -> list[tuple[float, float]]:
        out = []
        for layout, _picture in self.pages:
            rect = layout.fullRect(QPageLayout.Unit.Millimeter)
            out.append((rect.width(), rect.height()))
        return out

    def page_rects(self) -> list[QRect]:
        rects, y = [], GAP
        width = self.sheets.width()
        for w_mm, h_mm in self._sizes_mm():
            w, h = round(w_mm * self.zoom), round(h_mm * self.zoom)
            rects.append(QRect((width - w) // 2, y, w, h))
            y += h + GAP
        return rects

    def _relayout(self) -> None:
        sizes = self._sizes_mm()
        if self._fit and sizes:
            view = self.viewport().size()
            widest = max(w for w, _h in sizes)
            zoom = (view.width() - 2 * GAP) / widest
            if self._fit == "page":
                tallest = max(h for _w, h in sizes)
                zoom = min(zoom, (view.height() - 2 * GAP) / tallest)
            self.zoom = max(0.5, zoom)
        widest_px = max((round(w * self.zoom) for w, _h in sizes), default=0)
        height = GAP + sum(round(h * self.zoom) + GAP for _w, h in sizes)
        self.sheets.resize(QSize(max(widest_px + 2 * GAP, self.viewport().width()), height))
        self.sheets.update()
        self._top_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # --- drawing -----------------------------------------------------------------------------

    def image(self, index: int) -> QImage:
        """Page `index` drawn at the current zoom (kept for the next few repaints)."""
        key = (index, self.zoom)
        if key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        layout, picture = self.pages[index]
        rect = layout.fullRect(QPageLayout.Unit.Millimeter)
        image = QImage(round(rect.width() * self.zoom), round(rect.height() * self.zoom),
                       QImage.Format.Format_RGB32)  # fmt: skip
        # The picture replays scaled to the image's resolution: zoom px/mm = zoom × 1000 px/m.
        image.setDotsPerMeterX(round(self.zoom * 1000))
        image.setDotsPerMeterY(round(self.zoom * 1000))
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPicture(0, 0, picture)
        painter.end()
        self._images[key] = image
        while len(self._images) > CACHED:
            self._images.popitem(last=False)
        return image

    # --- navigation and zoom -----------------------------------------------------------------

    def current_page(self) -> int:
        top = self.verticalScrollBar().value() + self.viewport().height() // 3
        for index, rect in enumerate(self.page_rects()):
            if rect.bottom() + GAP >= top:
                return index + 1
        return len(self.pages)

    def show_page(self, number: int) -> None:
        rects = self.page_rects()
        if not rects:
            return
        number = max(1, min(number, len(rects)))
        self.verticalScrollBar().setValue(rects[number - 1].top() - GAP)
        self._top_changed()

    def _top_changed(self) -> None:
        self.page_changed.emit(self.current_page() if self.pages else 0)

    def fit(self, mode: str) -> None:
        page = self.current_page()
        self._fit = mode
        self._relayout()
        self.show_page(page)

    def zoom_by(self, factor: float) -> None:
        page = self.current_page()
        self._fit = None
        self.zoom = max(0.5, min(20.0, self.zoom * factor))
        self._relayout()
        self.show_page(page)
