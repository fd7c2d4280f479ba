"""Paper, drawing units and page ranges shared by every printed document.

One drawing space for every device: a painter set up by `use_units` draws in hundredths of a
millimetre on a PDF, a 72 dpi preview or a 1200 dpi printer alike, and fonts made by `font` have
the same size in that space on every device. Text therefore wraps, fits and lines up the same
everywhere; nothing is computed in device pixels.

`Pages` hands out one painter per page, so a document drawn for a page range still lays out
every page (a later page depends on the earlier ones) but only the chosen pages reach the device.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPicture,
)

UNITS_PER_MM = 100.0
UNIT_DPI = 25.4 * UNITS_PER_MM  # the drawing space's resolution: 2540 units per inch


@dataclass(frozen=True)
class Paper:
    key: str  # A4 / F4 / Letter / Legal: stored in settings, shown by name
    width: float  # mm, portrait
    height: float

    def page_size(self) -> QPageSize:
        """F4 has no Qt id; it travels as a named custom size, so printers see 215 × 330 mm."""
        if self.key in _STANDARD:
            return QPageSize(_STANDARD[self.key])
        return QPageSize(QSizeF(self.width, self.height), QPageSize.Unit.Millimeter, self.key,
                         QPageSize.SizeMatchPolicy.ExactMatch)  # fmt: skip

    def label(self) -> str:
        return f"{self.key} ({self.width:g} × {self.height:g} mm)"


A4 = Paper("A4", 210, 297)
F4 = Paper("F4", 215, 330)
LETTER = Paper("Letter", 215.9, 279.4)
LEGAL = Paper("Legal", 215.9, 355.6)
PAPERS = {p.key: p for p in (A4, F4, LETTER, LEGAL)}
_STANDARD = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
}


def paper_of(size: QPageSize) -> Paper | None:
    """Which of our papers a printer's page size is (by its dimensions, within 1 mm)."""
    mm = size.size(QPageSize.Unit.Millimeter)
    w, h = sorted((mm.width(), mm.height()))
    for paper in PAPERS.values():
        if abs(paper.width - w) <= 1 and abs(paper.height - h) <= 1:
            return paper
    return None


def page_layout(paper: Paper, landscape: bool, margin_mm: float = 0.0) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    return QPageLayout(paper.page_size(), orientation, margins, QPageLayout.Unit.Millimeter)


def use_units(painter: QPainter) -> None:
    """Make one drawing unit 0.01 mm on the painter's device, whatever its resolution."""
    device = painter.device()
    painter.resetTransform()
    painter.scale(device.logicalDpiX() / UNIT_DPI, device.logicalDpiY() / UNIT_DPI)


def font(
    device: QPaintDevice, families: Sequence[str], size_pt: float, *, bold: bool = False,
    italic: bool = False, underline: bool = False,
) -> QFont:  # fmt: skip
    """A font `size_pt` points tall in the drawing space of `use_units`.

    A painter sizes fonts by its device's resolution, before the painter's scaling; dividing by
    that resolution cancels it, so the font measures the same on every device. Hinting would
    snap glyphs to device pixels and change widths between resolutions, so it is off.
    """
    result = QFont()
    result.setFamilies(list(families))
    result.setPointSizeF(size_pt * UNIT_DPI / device.logicalDpiY())
    result.setBold(bold)
    result.setItalic(italic)
    result.setUnderline(underline)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


def space_letters(f: QFont, device: QPaintDevice, text: str, spacing_mm: float) -> None:
    """Spread `text` by `spacing_mm` after each letter.

    Qt scales absolute letter spacing by the device's resolution a second time (a title came out
    4× wider at 1200 dpi than at 300), so the spacing is given as the equivalent percentage of
    the text's own width, which every device draws alike.
    """
    if not spacing_mm or not text:
        return
    plain = QFontMetricsF(f, device).horizontalAdvance(text)
    if plain <= 0:
        return
    extra = spacing_mm * UNITS_PER_MM * len(text)
    f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 * (plain + extra) / plain)


def metrics(painter: QPainter) -> QFontMetricsF:
    return QFontMetricsF(painter.font(), painter.device())


Wanted = Callable[[int], bool]


class PageRecorder:
    """A device for previews: each page is kept as a picture with its own paper and orientation.

    Qt's print preview shows every page on the first page's paper, cutting a landscape
    certificate that follows a portrait letter; pictures replay at any zoom, each on its own
    paper."""

    def __init__(self) -> None:
        self.pages: list[tuple[QPageLayout, QPicture]] = []
        self._painter: QPainter | None = None

    def start(self, layout: QPageLayout) -> QPainter:
        self.end()
        picture = QPicture()
        self.pages.append((layout, picture))
        self._painter = QPainter(picture)
        return self._painter

    def end(self) -> None:
        if self._painter is not None:
            self._painter.end()
            self._painter = None


Device = QPagedPaintDevice | PageRecorder


class Pages:
    """One painter per page; pages outside `wanted` (1-based numbers) never reach the device.

    Unwanted pages are drawn into a throw-away picture: their layout still runs, so page 3 of
    a range starts exactly where it would in the whole document.
    """

    def __init__(self, device: Device, wanted: Wanted | None = None) -> None:
        self.device = device
        self.wanted = wanted or (lambda _n: True)
        self.number = 0
        self.printed: list[int] = []
        self._device_painter: QPainter | None = None
        self._scrap: QPicture | None = None
        self._scrap_painter: QPainter | None = None

    def next(self, layout: QPageLayout) -> QPainter:
        """Start the next page with `layout`; returns the painter to draw it with, in units,
        its origin at the corner inside the layout's margins.

        The device always gets the whole sheet (no margins) and the margins are drawn as an
        offset, so a printer (set to full-page mode) and a PDF put the origin at the same place.
        """
        self._close_scrap()
        self.number += 1
        sheet = QPageLayout(layout.pageSize(), layout.orientation(), QMarginsF(0, 0, 0, 0))
        if isinstance(self.device, PageRecorder):
            painter = self.device.start(sheet)
            self.printed.append(self.number)
            use_units(painter)
        elif self.wanted(self.number):
            if self._device_painter is None:
                self.device.setPageLayout(sheet)
                self._device_painter = QPainter()
                if not self._device_painter.begin(self.device):
                    self._device_painter = None
                    raise OSError("printer or PDF file could not be opened")
            else:
                self._turn_to(sheet)
                if not self.device.newPage():
                    raise OSError("the printer refused a new page")
            self.printed.append(self.number)
            painter = self._device_painter
            use_units(painter)
            self._rotate_if_refused(painter, sheet)
        else:
            self._scrap = QPicture()
            painter = QPainter(self._scrap)
            self._scrap_painter = painter
            use_units(painter)
        margins = layout.margins(QPageLayout.Unit.Millimeter)
        painter.translate(margins.left() * UNITS_PER_MM, margins.top() * UNITS_PER_MM)
        return painter

    def _turn_to(self, sheet: QPageLayout) -> None:
        assert not isinstance(self.device, PageRecorder)
        """Ask for the next page's paper. A printer that is printing (other than to PDF) takes
        only a change of orientation, not a whole new layout, so that is all it is asked."""
        current = self.device.pageLayout()
        if not current.pageSize().isEquivalentTo(sheet.pageSize()):
            self.device.setPageLayout(sheet)
        elif current.orientation() != sheet.orientation():
            self.device.setPageOrientation(sheet.orientation())

    def _rotate_if_refused(self, painter: QPainter, sheet: QPageLayout) -> None:
        assert not isinstance(self.device, PageRecorder)
        """When the device kept the other orientation, draw the page turned a quarter on it:
        the sheet comes out as a printer would print a rotated page, never cut off."""
        actual = self.device.pageLayout().orientation()
        if actual == sheet.orientation():
            return
        short = min(sheet.fullRect(QPageLayout.Unit.Millimeter).size().toTuple()) * UNITS_PER_MM
        if sheet.orientation() == QPageLayout.Orientation.Landscape:
            painter.translate(short, 0)  # (x, y) lands at (short − y, x) on the portrait sheet
            painter.rotate(90)
        else:
            painter.translate(0, short)  # (x, y) lands at (y, short − x) on the landscape sheet
            painter.rotate(-90)

    def _close_scrap(self) -> None:
        if self._scrap_painter is not None:
            self._scrap_painter.end()
        self._scrap_painter = None
        self._scrap = None

    def finish(self) -> list[int]:
        """End the job; returns the page numbers that went to the device."""
        self._close_scrap()
        if isinstance(self.device, PageRecorder):
            self.device.end()
        if self._device_painter is not None:
            self._device_painter.end()
            self._device_painter = None
        return self.printed


def paint_rect_mm(layout: QPageLayout) -> tuple[float, float]:
    """Width and height of the area inside the margins, in mm."""
    rect = layout.paintRect(QPageLayout.Unit.Millimeter)
    return rect.width(), rect.height()


AUTO, PORTRAIT, LANDSCAPE = "auto", "portrait", "landscape"
ORIENTATIONS = (AUTO, PORTRAIT, LANDSCAPE)


@dataclass(frozen=True)
class Setup:
    """The paper and orientation a job was asked for; None and AUTO leave the document's own."""

    paper: Paper | None = None
    orientation: str = AUTO

    def landscape(self, own: bool) -> bool:
        return own if self.orientation == AUTO else self.orientation == LANDSCAPE
