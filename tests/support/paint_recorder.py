"""A paged paint device that records where each piece of text lands, in millimetres.

It reports any resolution we ask (72, 300, 1200 dpi…), like a printer does, so a test can check
that a document draws the same at every resolution without a printer. Only the text is recorded:
its position on the paper (the baseline's start, mapped through the painter's transform) and its
width, both in millimetres, per page.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QPageLayout,
    QPaintDevice,
    QPaintEngine,
    QPixmap,
    QTextItem,
)


@dataclass(frozen=True)
class Text:
    page: int
    text: str
    x: float  # mm from the paper's left edge to the start of the baseline
    y: float  # mm from the paper's top edge to the baseline
    width: float  # mm


class _Engine(QPaintEngine):
    def __init__(self, recorder: "RecordingDevice") -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.recorder = recorder

    def begin(self, _device: QPaintDevice) -> bool:
        return True

    def end(self) -> bool:
        return True

    def updateState(self, _state: object) -> None:
        pass

    # Only text is recorded; every other drawing is accepted and dropped.
    def drawPixmap(self, _r: object, _pm: QPixmap, _sr: object) -> None:
        pass

    def drawImage(self, *_args: object) -> None:
        pass

    def drawLines(self, *_args: object) -> None:
        pass

    def drawRects(self, *_args: object) -> None:
        pass

    def drawPath(self, *_args: object) -> None:
        pass

    def drawPolygon(self, *_args: object) -> None:
        pass

    def drawPoints(self, *_args: object) -> None:
        pass

    def drawEllipse(self, *_args: object) -> None:
        pass

    def drawTiledPixmap(self, *_args: object) -> None:
        pass

    def drawTextItem(self, p: QPointF, item: QTextItem) -> None:
        painter = self.painter()
        transform = painter.deviceTransform()
        start = transform.map(QPointF(p))
        end = transform.map(QPointF(p.x() + item.width(), p.y()))
        k = 25.4 / self.recorder.dpi
        self.recorder.texts.append(
            Text(self.recorder.page, item.text(), start.x() * k, start.y() * k,
                 (end.x() - start.x()) * k)
        )  # fmt: skip

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User


class RecordingDevice(QPaintDevice):
    """Quacks like a QPagedPaintDevice (PySide cannot subclass that one)."""

    def __init__(self, dpi: int, turns: bool = True) -> None:
        super().__init__()
        self.dpi = dpi
        self.turns = turns  # False: like a printer that keeps one orientation for a whole job
        self.page = 1
        self.texts: list[Text] = []
        self.layouts: list[QPageLayout] = []
        self._layout = QPageLayout()
        self._engine = _Engine(self)

    def setPageLayout(self, layout: QPageLayout) -> bool:
        self._layout = QPageLayout(layout)
        return True

    def pageLayout(self) -> QPageLayout:
        return QPageLayout(self._layout)

    def setPageOrientation(self, orientation: QPageLayout.Orientation) -> bool:
        if self.turns:
            self._layout.setOrientation(orientation)
        return self.turns

    def paintEngine(self) -> QPaintEngine:
        return self._engine

    def newPage(self) -> bool:
        self.layouts.append(self.pageLayout())
        self.page += 1
        return True

    def metric(self, metric: QPaintDevice.PaintDeviceMetric) -> int:
        m = QPaintDevice.PaintDeviceMetric
        size = self.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
        if metric in (m.PdmDpiX, m.PdmDpiY, m.PdmPhysicalDpiX, m.PdmPhysicalDpiY):
            return self.dpi
        if metric == m.PdmWidth:
            return round(size.width() * self.dpi / 25.4)
        if metric == m.PdmHeight:
            return round(size.height() * self.dpi / 25.4)
        if metric == m.PdmWidthMM:
            return round(size.width())
        if metric == m.PdmHeightMM:
            return round(size.height())
        if metric == m.PdmNumColors:
            return 0xFFFFFF
        if metric == m.PdmDepth:
            return 32
        if metric == m.PdmDevicePixelRatio:
            return 1
        if metric == m.PdmDevicePixelRatioScaled:
            # Scaled by Qt's fixed factor; returning 1 would mean a ratio of 1/65536.
            return round(QPaintDevice.devicePixelRatioFScale())
        return 0
