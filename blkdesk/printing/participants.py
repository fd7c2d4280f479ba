"""The notice-board list of accepted participants, with NIK masked.

The list leaves the office (it hangs on a board), so NIK is masked the way DOMAIN.md asks:
birth date and serial hidden, not only the last digits.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QPen,
)
from sqlalchemy.orm import Session

from blkdesk.core.clock import format_date, today
from blkdesk.core.institution import local_institution
from blkdesk.core.progress import Progress
from blkdesk.core.refdata import BATCH_MODES, regency_name
from blkdesk.core.registry.nik import mask
from blkdesk.core.storage.safefile import replaced_when_done
from blkdesk.core.training import batches, selection
from blkdesk.printing import paper as paper_mod
from blkdesk.printing.paper import A4, UNITS_PER_MM, Device, Pages, Setup, Wanted

MARGIN_MM = 15
ROW_MM = 7.5
# (header, width in mm; 0 = the rest of the line)
COLUMNS = (("No", 10), ("Nama", 60), ("NIK", 38), ("L/P", 10), ("Tempat, tanggal lahir", 0))


@dataclass(frozen=True)
class Sheet:
    institution: str
    address: str
    batch: str
    program: str
    period: str
    place: str
    head_name: str
    head_nip: str
    city: str
    printed_on: str
    rows: tuple[tuple[str, str, str, str, str], ...]


def sheet_for(session: Session, batch_id: int) -> Sheet:
    info = batches.detail(session, batch_id)
    inst = local_institution(session)
    people = selection.accepted_list(session, batch_id)
    place = BATCH_MODES.get(info.mode, info.mode)
    if info.mode == "mtu" and info.location:
        place = f"MTU, {info.location}"
    elif info.mode == "institusional":
        place = f"Workshop {inst.name}"
    city = regency_name(inst.regency_code).replace("Kab. ", "").replace("Kota ", "")
    rows = []
    for p in people:
        born = format_date(p.birth_date)
        rows.append(
            (str(p.number), p.name, mask(p.nik), p.sex,
             f"{p.birth_place}, {born}" if p.birth_place else born)
        )  # fmt: skip
    return Sheet(
        institution=inst.name,
        address=inst.address,
        batch=info.name,
        program=f"{info.program} ({info.total_jp} JP)",
        period=f"{format_date(info.start)} – {format_date(info.end)}",
        place=place,
        head_name=inst.head_name,
        head_nip=inst.head_nip,
        city=city,
        printed_on=format_date(today()),
        rows=tuple(rows),
    )


FONTS = ("Arial", "Liberation Sans", "DejaVu Sans", "sans-serif")


class _Geometry:
    """Millimetres to drawing units (see `paper.use_units`), and the area inside the margins."""

    def __init__(self, layout: QPageLayout) -> None:
        self.scale = UNITS_PER_MM
        width, height = paper_mod.paint_rect_mm(layout)
        self.width = width * UNITS_PER_MM
        self.height = height * UNITS_PER_MM

    def mm(self, value: float) -> float:
        return float(value * self.scale)


def _set_font(painter: QPainter, size: float, bold: bool = False) -> None:
    painter.setFont(paper_mod.font(painter.device(), FONTS, size, bold=bold))


def _line_height(painter: QPainter, factor: float = 1.0) -> float:
    return QFontMetricsF(painter.font(), painter.device()).height() * factor


def _text(painter: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def page_layout(setup: Setup | None = None) -> QPageLayout:
    """A4 portrait unless the print job asked for other paper or orientation."""
    setup = setup or Setup()
    return paper_mod.page_layout(setup.paper or A4, setup.landscape(False), MARGIN_MM)


def render(
    device: Device, sheet: Sheet, progress: Progress | None = None,
    setup: Setup | None = None, wanted: Wanted | None = None,
) -> int:  # fmt: skip
    """Paint the list (only the `wanted` pages) on `device` (a QPdfWriter or a QPrinter in
    full-page mode); returns the number of pages of the whole list."""
    layout = page_layout(setup)
    job = Pages(device, wanted)
    try:
        return _paint(job, layout, _Geometry(layout), sheet, progress)
    finally:
        job.finish()


def _header(painter: QPainter, geo: _Geometry, sheet: Sheet, first: bool) -> float:
    center = Qt.AlignmentFlag.AlignHCenter
    _set_font(painter, 12, bold=True)
    line = _line_height(painter)
    _text(painter, QRectF(0, 0, geo.width, line), sheet.institution.upper(), center)
    y = line
    if sheet.address:
        _set_font(painter, 9)
        small = _line_height(painter)
        _text(painter, QRectF(0, y, geo.width, small), sheet.address, center)
        y += small
    y += geo.mm(2)
    painter.setPen(QPen(QColor("black"), geo.mm(0.6)))
    painter.drawLine(0, round(y), round(geo.width), round(y))
    painter.setPen(QPen(QColor("black"), geo.mm(0.2)))
    y += geo.mm(6)
    if not first:
        return y
    _set_font(painter, 13, bold=True)
    line = _line_height(painter)
    _text(painter, QRectF(0, y, geo.width, line), "DAFTAR PESERTA LULUS SELEKSI", center)
    y += line + geo.mm(4)
    _set_font(painter, 10)
    line = _line_height(painter, 1.25)
    left = Qt.AlignmentFlag.AlignLeft
    for label, value in (("Program pelatihan", sheet.program), ("Angkatan", sheet.batch),
                         ("Waktu pelatihan", sheet.period), ("Tempat", sheet.place)):  # fmt: skip
        _text(painter, QRectF(0, y, geo.mm(40), line), label, left)
        _text(painter, QRectF(geo.mm(40), y, geo.width - geo.mm(40), line), f": {value}", left)
        y += line
    return y + geo.mm(5)


def _columns(geo: _Geometry) -> list[tuple[float, float]]:
    fixed = sum(w for _h, w in COLUMNS)
    out, x = [], 0.0
    for _h, w in COLUMNS:
        width = geo.mm(w) if w else geo.width - geo.mm(fixed)
        out.append((x, width))
        x += width
    return out


def _row(painter: QPainter, geo: _Geometry, y: float, cells: tuple[str, ...], head: bool) -> None:
    height = geo.mm(ROW_MM)
    _set_font(painter, 10, bold=head)
    if head:
        painter.fillRect(QRectF(0, y, geo.width, height), QColor("#e4e7ec"))
    metrics = QFontMetricsF(painter.font(), painter.device())
    for (x, width), text in zip(_columns(geo), cells, strict=True):
        rect = QRectF(x, y, width, height)
        painter.drawRect(rect)
        inner = rect.adjusted(geo.mm(1.5), 0, -geo.mm(1.5), 0)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        _text(painter, inner, shown, Qt.AlignmentFlag.AlignLeft)


def _footer(painter: QPainter, geo: _Geometry, sheet: Sheet, page: int) -> None:
    _set_font(painter, 8)
    line = _line_height(painter)
    text = (f"NIK disamarkan untuk perlindungan data pribadi. Dicetak {sheet.printed_on}, "
            f"halaman {page}.")  # fmt: skip
    _text(painter, QRectF(0, geo.height - line, geo.width, line), text, Qt.AlignmentFlag.AlignLeft)


def _paint(
    job: Pages, layout: QPageLayout, geo: _Geometry, sheet: Sheet, progress: Progress | None
) -> int:
    headers = tuple(h for h, _w in COLUMNS)
    painter = job.next(layout)
    page = 1
    y = _header(painter, geo, sheet, first=True)
    _row(painter, geo, y, headers, head=True)
    y += geo.mm(ROW_MM)
    bottom = geo.height - geo.mm(10)
    for i, cells in enumerate(sheet.rows):
        if progress:
            progress.check()
            progress.update(i + 1, len(sheet.rows))
        if y + geo.mm(ROW_MM) > bottom:
            _footer(painter, geo, sheet, page)
            painter = job.next(layout)
            page += 1
            y = _header(painter, geo, sheet, first=False)
            _row(painter, geo, y, headers, head=True)
            y += geo.mm(ROW_MM)
        _row(painter, geo, y, cells, head=False)
        y += geo.mm(ROW_MM)
    if not sheet.rows:
        _set_font(painter, 10)
        _text(painter, QRectF(0, y, geo.width, geo.mm(ROW_MM * 1.5)),
              "Belum ada peserta yang lulus seleksi.", Qt.AlignmentFlag.AlignHCenter)  # fmt: skip
        y += geo.mm(ROW_MM * 1.5)
    if y + geo.mm(45) > bottom:
        _footer(painter, geo, sheet, page)
        painter = job.next(layout)
        page += 1
        y = _header(painter, geo, sheet, first=False)
    _set_font(painter, 10)
    line = _line_height(painter, 1.3)
    x = geo.width * 0.58
    y += geo.mm(8)
    left = Qt.AlignmentFlag.AlignLeft
    for text in (f"{sheet.city}, {sheet.printed_on}", "Kepala,"):
        _text(painter, QRectF(x, y, geo.width - x, line), text, left)
        y += line
    y += geo.mm(18)
    _set_font(painter, 10, bold=True)
    _text(painter, QRectF(x, y, geo.width - x, line), sheet.head_name, left)
    y += line
    _set_font(painter, 10)
    _text(painter, QRectF(x, y, geo.width - x, line), f"NIP {sheet.head_nip}", left)
    _footer(painter, geo, sheet, page)
    return page


def write_pdf(path: Path, sheet: Sheet, progress: Progress | None = None) -> int:
    with replaced_when_done(path) as partial:  # never half a list of names at `path`
        writer = QPdfWriter(str(partial))
        writer.setResolution(300)
        writer.setTitle(f"Daftar peserta {sheet.batch}")
        writer.setCreator("BLKDesk")
        pages = render(writer, sheet, progress)
        del writer  # Qt closes the file with its writer, before the rename
    return pages
