"""The notice-board list of accepted participants, with NIK masked.

The list leaves the office (it hangs on a board), so NIK is masked the way DOMAIN.md asks:
birth date and serial hidden, not only the last digits.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
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
from blkdesk.core.training import batches, selection

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


class _Geometry:
    """Millimetres to device pixels, and the printable area, for one device."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        dpi = device.logicalDpiX()
        self.scale = dpi / 25.4
        rect = device.pageLayout().paintRectPixels(dpi)
        self.width = float(rect.width())
        self.height = float(rect.height())

    def mm(self, value: float) -> float:
        return float(value * self.scale)


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("Arial")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _line_height(painter: QPainter, factor: float = 1.0) -> float:
    return QFontMetricsF(painter.font(), painter.device()).height() * factor


def _text(painter: QPainter, rect: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def render(device: QPagedPaintDevice, sheet: Sheet, progress: Progress | None = None) -> int:
    """Paint the list on `device` (a QPdfWriter or a QPrinter); returns the number of pages."""
    painter = QPainter(device)
    try:
        return _paint(painter, device, _Geometry(device), sheet, progress)
    finally:
        painter.end()


def _header(painter: QPainter, geo: _Geometry, sheet: Sheet, first: bool) -> float:
    center = Qt.AlignmentFlag.AlignHCenter
    painter.setFont(_font(12, bold=True))
    line = _line_height(painter)
    _text(painter, QRectF(0, 0, geo.width, line), sheet.institution.upper(), center)
    y = line
    if sheet.address:
        painter.setFont(_font(9))
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
    painter.setFont(_font(13, bold=True))
    line = _line_height(painter)
    _text(painter, QRectF(0, y, geo.width, line), "DAFTAR PESERTA LULUS SELEKSI", center)
    y += line + geo.mm(4)
    painter.setFont(_font(10))
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
    painter.setFont(_font(10, bold=head))
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
    painter.setFont(_font(8))
    line = _line_height(painter)
    text = (f"NIK disamarkan untuk perlindungan data pribadi. Dicetak {sheet.printed_on}, "
            f"halaman {page}.")  # fmt: skip
    _text(painter, QRectF(0, geo.height - line, geo.width, line), text, Qt.AlignmentFlag.AlignLeft)


def _paint(
    painter: QPainter, device: QPagedPaintDevice, geo: _Geometry, sheet: Sheet,
    progress: Progress | None,
) -> int:  # fmt: skip
    headers = tuple(h for h, _w in COLUMNS)
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
            device.newPage()
            page += 1
            y = _header(painter, geo, sheet, first=False)
            _row(painter, geo, y, headers, head=True)
            y += geo.mm(ROW_MM)
        _row(painter, geo, y, cells, head=False)
        y += geo.mm(ROW_MM)
    if not sheet.rows:
        painter.setFont(_font(10))
        _text(painter, QRectF(0, y, geo.width, geo.mm(ROW_MM * 1.5)),
              "Belum ada peserta yang lulus seleksi.", Qt.AlignmentFlag.AlignHCenter)  # fmt: skip
        y += geo.mm(ROW_MM * 1.5)
    if y + geo.mm(45) > bottom:
        _footer(painter, geo, sheet, page)
        device.newPage()
        page += 1
        y = _header(painter, geo, sheet, first=False)
    painter.setFont(_font(10))
    line = _line_height(painter, 1.3)
    x = geo.width * 0.58
    y += geo.mm(8)
    left = Qt.AlignmentFlag.AlignLeft
    for text in (f"{sheet.city}, {sheet.printed_on}", "Kepala,"):
        _text(painter, QRectF(x, y, geo.width - x, line), text, left)
        y += line
    y += geo.mm(18)
    painter.setFont(_font(10, bold=True))
    _text(painter, QRectF(x, y, geo.width - x, line), sheet.head_name, left)
    y += line
    painter.setFont(_font(10))
    _text(painter, QRectF(x, y, geo.width - x, line), f"NIP {sheet.head_nip}", left)
    _footer(painter, geo, sheet, page)
    return page


def setup_a4(device: QPagedPaintDevice) -> None:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )


def write_pdf(path: Path, sheet: Sheet, progress: Progress | None = None) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"Daftar peserta {sheet.batch}")
    writer.setCreator("BLKDesk")
    setup_a4(writer)
    return render(writer, sheet, progress)
