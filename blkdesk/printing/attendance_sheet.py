"""The paper daftar hadir (blank, for trainees to sign) and the recap of keyed marks.

Drawn in millimetres on any paged device (QPdfWriter for PDF export, QPrinter behind the print
preview), on A4 or F4 (215 × 330 mm). The orientation is the one that needs fewer sheets; days
are split across pages at week boundaries where they do not all fit, and every page carries the
heading, the instructor's signature line and its page number, so a loose page is still a record.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageLayout, QPainter, QPdfWriter, QPen

from blkdesk.core.attendance.attendance import WEEKDAYS_SHORT, short_date
from blkdesk.core.attendance.attendance_paper import BlankSheet, Heading, Recap, RecapRow, SheetRow
from blkdesk.core.clock import MONTHS_ID, format_date, today
from blkdesk.core.storage.safefile import replaced_when_done
from blkdesk.core.text import number
from blkdesk.printing import paper as paper_mod
from blkdesk.printing.paper import A4, F4, PAPERS, UNITS_PER_MM, Device, Pages, Paper, Setup, Wanted

MARGIN = 10.0  # mm on every side
FONTS = ("DejaVu Sans", "Arial", "Liberation Sans", "sans-serif")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
HEAD_H = 46.0  # letterhead, title and batch details
SIGN_H = 30.0  # place, date and the signature lines
FOOT_H = 6.0  # page number


__all__ = ["A4", "F4", "PAPERS", "Paper"]  # the papers the daftar hadir offers by name


def page_layout(paper: Paper, landscape: bool) -> QPageLayout:
    return paper_mod.page_layout(paper, landscape, MARGIN)


def _area(paper: Paper, landscape: bool) -> tuple[float, float]:
    w, h = (paper.height, paper.width) if landscape else (paper.width, paper.height)
    return w - 2 * MARGIN, h - 2 * MARGIN


def chunk_days(days: Sequence[date], per_page: int) -> list[list[date]]:
    """Days in groups of at most `per_page`, keeping whole weeks together when they fit."""
    weeks: list[list[date]] = []
    for day in days:
        if weeks and weeks[-1][-1].isocalendar()[:2] == day.isocalendar()[:2]:
            weeks[-1].append(day)
        else:
            weeks.append([day])
    chunks: list[list[date]] = []
    for week in weeks:
        for start in range(0, len(week), per_page):
            part = week[start : start + per_page]
            if chunks and len(chunks[-1]) + len(part) <= per_page and start == 0:
                chunks[-1].extend(part)
            else:
                chunks.append(list(part))
    return chunks


@dataclass(frozen=True)
class Plan:
    """How a table of people × days is cut into pages."""

    landscape: bool
    day_chunks: list[list[date]]
    rows_per_page: int
    row_count: int

    @property
    def row_pages(self) -> int:
        return max(1, math.ceil(self.row_count / self.rows_per_page))

    @property
    def pages(self) -> int:
        return len(self.day_chunks) * self.row_pages


def plan(
    paper: Paper,
    days: Sequence[date],
    rows: int,
    *,
    fixed_width: float,
    day_width: float,
    row_height: float,
    extra_height: float,
    orientation: str = paper_mod.AUTO,
) -> Plan:
    """The orientation needing fewer pages (portrait on a tie), unless one is asked for."""
    best: Plan | None = None
    candidates = {paper_mod.AUTO: (False, True), paper_mod.LANDSCAPE: (True,)}
    for landscape in candidates.get(orientation, (False,)):
        width, height = _area(paper, landscape)
        per_page = max(1, int((width - fixed_width) // day_width))
        body = height - HEAD_H - SIGN_H - FOOT_H - extra_height
        rows_per_page = max(1, int(body // row_height))
        candidate = Plan(landscape, chunk_days(days, per_page), rows_per_page, rows)
        if best is None or candidate.pages < best.pages:
            best = candidate
    assert best is not None
    return best


class _Canvas:
    """Millimetre drawing on a painter set up by `paper.Pages`, origin inside the margins."""

    def __init__(self, painter: QPainter) -> None:
        self.p = painter
        self.k = UNITS_PER_MM

    def r(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def font(self, size: float, bold: bool = False) -> None:
        self.p.setFont(paper_mod.font(self.p.device(), FONTS, size, bold=bold))

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        size: float = 9,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    ) -> None:
        self.font(size, bold)
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)
        self.p.drawText(self.r(x, y, w, h), flags, text)

    def fit_size(self, text: str, w: float, size: float, bold: bool = False) -> float:
        """The largest size, down to 6 pt in half points, at which `text` fits in `w` mm."""
        while size > 6:
            self.font(size, bold)
            if paper_mod.metrics(self.p).horizontalAdvance(text) <= w * self.k:
                break
            size -= 0.5
        return size

    def fitted(
        self, x: float, y: float, w: float, h: float, text: str, size: float, **kw: object
    ) -> None:
        """Text shrunk (down to 6 pt) until it fits on one line of width `w`."""
        size = self.fit_size(text, w, size, bool(kw.get("bold", False)))
        self.text(x, y, w, h, text, size, **kw)  # type: ignore[arg-type]

    def box(self, x: float, y: float, w: float, h: float, fill: str | None = None) -> None:
        if fill:
            self.p.fillRect(self.r(x, y, w, h), QColor(fill))
        self.p.drawRect(self.r(x, y, w, h))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.25) -> None:
        self.p.setPen(QPen(QColor("black"), width * self.k))
        self.p.drawLine(self.r(x1, y1, 0, 0).topLeft(), self.r(x2, y2, 0, 0).topLeft())
        self.thin()

    def thin(self) -> None:
        self.p.setPen(QPen(QColor("black"), 0.2 * self.k))


def _letterhead(c: _Canvas, width: float, heading: Heading, title: str, right: list[str]) -> None:
    left = 0.0
    if heading.logo:
        image = QImage.fromData(heading.logo)
        if not image.isNull():
            c.p.drawImage(c.r(0, 0, 16, 16), image)
            left = 18.0
    c.text(left, 0, width - 2 * left, 6, heading.institution.upper(), 12, bold=True,
           align=Qt.AlignmentFlag.AlignCenter)  # fmt: skip
    c.text(left, 6, width - 2 * left, 4.5, heading.address, 8,
           align=Qt.AlignmentFlag.AlignCenter)  # fmt: skip
    if heading.contact:
        c.text(left, 10.5, width - 2 * left, 4.5, heading.contact, 8,
               align=Qt.AlignmentFlag.AlignCenter)  # fmt: skip
    c.line(0, 17, width, 17, 0.6)
    c.line(0, 17.8, width, 17.8, 0.2)
    c.text(0, 20, width, 6, title, 12, bold=True, align=Qt.AlignmentFlag.AlignCenter)
    leftcol = [
        ("Program pelatihan", heading.program),
        ("Kejuruan", heading.vocation),
        ("Angkatan", heading.batch),
    ]
    half = width / 2
    for i, (label, value) in enumerate(leftcol):
        y = 28 + i * 5
        c.text(0, y, 32, 5, label, 9)
        c.text(32, y, half - 34, 5, f": {value}", 9)
    labels = ("Tempat", "Periode", "Instruktur")
    for i, (label, value) in enumerate(zip(labels, right, strict=True)):
        y = 28 + i * 5
        c.text(half, y, 24, 5, label, 9)
        c.fitted(half + 24, y, half - 24, 5, f": {value}", 9)


def _signatures(c: _Canvas, width: float, y: float, heading: Heading, left_note: str) -> None:
    c.text(0, y + 2, width * 0.55, 16, left_note, 7.5,
           align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # fmt: skip
    x = width - 75
    c.text(x, y + 2, 75, 5, f"{heading.city}, ....................................", 9)
    c.text(x, y + 7, 75, 5, "Instruktur,", 9)
    name = heading.instructors[0] if heading.instructors else ""
    if name:
        c.text(x, y + 21, 75, 5, name, 9, bold=True)
        c.font(9, bold=True)
        advance = paper_mod.metrics(c.p).horizontalAdvance(name) / c.k
        c.line(x, y + 25.6, x + min(advance, 75), y + 25.6)
    else:
        c.text(x, y + 21, 75, 5, "(" + "." * 50 + ")", 9)


def _footer(
    c: _Canvas, width: float, height: float, heading: Heading, page: int, pages: int
) -> None:
    c.text(0, height - FOOT_H + 1, width * 0.7, FOOT_H - 1,
           f"{heading.batch} · {heading.program} · dicetak {format_date(today())} dari BLKDesk",
           7)  # fmt: skip
    c.text(width * 0.7, height - FOOT_H + 1, width * 0.3, FOOT_H - 1,
           f"Halaman {page} dari {pages}", 7, align=Qt.AlignmentFlag.AlignRight)  # fmt: skip


class _Job:
    """The pages of one sheet: each `page()` gives a fresh canvas on the next page."""

    def __init__(self, device: Device, paper: Paper, landscape: bool,
                 wanted: Wanted | None) -> None:  # fmt: skip
        self.pages = Pages(device, wanted)
        self.layout = page_layout(paper, landscape)
        self.width, self.height = _area(paper, landscape)

    def page(self) -> _Canvas:
        canvas = _Canvas(self.pages.next(self.layout))
        canvas.thin()
        return canvas


def _period(days: Sequence[date]) -> str:
    return f"{format_date(days[0])} – {format_date(days[-1])}" if days else "–"


# --- The blank daftar hadir ------------------------------------------------------------------

NO_W, NAME_W, NIK_W = 8.0, 52.0, 31.0
BOX_MIN_W, BOX_MAX_W = 18.0, 40.0
ROW_H = 10.0
TABLE_HEAD_H = 10.0


def blank_plan(sheet: BlankSheet, paper: Paper, orientation: str = paper_mod.AUTO) -> Plan:
    return plan(
        paper, sheet.days, len(sheet.rows), fixed_width=NO_W + NAME_W + NIK_W,
        day_width=BOX_MIN_W, row_height=ROW_H, extra_height=TABLE_HEAD_H + ROW_H,
        orientation=orientation,
    )  # fmt: skip


def render_blank(
    device: Device, sheet: BlankSheet, paper: Paper, setup: Setup | None = None,
    wanted: Wanted | None = None,
) -> int:  # fmt: skip
    """Draw the sheet on `device` (only the `wanted` pages); returns the number of pages.

    `setup` (the print dialog's choice) overrides the paper and may fix the orientation."""
    setup = setup or Setup()
    paper = setup.paper or paper
    layout = blank_plan(sheet, paper, setup.orientation)
    job = _Job(device, paper, layout.landscape, wanted)
    width, height = job.width, job.height
    instructors = ", ".join(sheet.heading.instructors) or "–"
    page = 0
    try:
        for days in layout.day_chunks:
            right = [sheet.heading.place, _period(days), instructors]
            for part in range(layout.row_pages):
                rows = sheet.rows[part * layout.rows_per_page : (part + 1) * layout.rows_per_page]
                c = job.page()
                page += 1
                _letterhead(c, width, sheet.heading, "DAFTAR HADIR PESERTA PELATIHAN", right)
                y = _blank_table(c, width, days, rows)
                shaded = any(r.closed_from and r.closed_from <= days[-1] for r in rows)
                note = (
                    "Peserta menandatangani kotak pada hari kehadirannya; kotak yang kosong "
                    "dicatat tidak hadir."
                )
                if shaded:
                    note += " Kotak berarsir: peserta sudah mengundurkan diri."
                _signatures(c, width, max(y + 3, height - FOOT_H - SIGN_H), sheet.heading, note)
                _footer(c, width, height, sheet.heading, page, layout.pages)
    finally:
        job.pages.finish()
    return page


def _blank_table(c: _Canvas, width: float, days: list[date], rows: Sequence[SheetRow]) -> float:
    spare = width - NO_W - NAME_W - NIK_W
    box = min(BOX_MAX_W, spare / len(days))
    name_w = NAME_W + min(25.0, spare - box * len(days))
    x0, y = 0.0, HEAD_H
    cols = [(NO_W, "No."), (name_w, "Nama Peserta"), (NIK_W, "NIK")]
    x = x0
    for w, title in cols:
        c.box(x, y, w, TABLE_HEAD_H, "#e8e8e8")
        c.text(x, y, w, TABLE_HEAD_H, title, 8.5, bold=True, align=Qt.AlignmentFlag.AlignCenter)
        x += w
    for day in days:
        c.box(x, y, box, TABLE_HEAD_H, "#e8e8e8")
        date_line = f"{day.day} {MONTHS_ID[day.month - 1][:3]} {day.year}"
        size = c.fit_size(date_line, box - 0.8, 7.5, bold=True)
        label = f"{WEEKDAYS[day.weekday()]}\n{date_line}"
        c.text(x, y, box, TABLE_HEAD_H, label, size, bold=True, align=Qt.AlignmentFlag.AlignCenter)
        x += box
    y += TABLE_HEAD_H
    for row in rows:
        number, name, nik, closed_from = row.number, row.name, row.nik, row.closed_from
        x = x0
        c.box(x, y, NO_W, ROW_H)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        c.text(x, y, NO_W - 1.5, ROW_H, f"{number}.", 9, align=right)
        x += NO_W
        c.box(x, y, name_w, ROW_H)
        c.fitted(x + 1.5, y, name_w - 3, ROW_H, name, 9.5)
        x += name_w
        c.box(x, y, NIK_W, ROW_H)
        c.text(x, y, NIK_W, ROW_H, nik, 8, align=Qt.AlignmentFlag.AlignCenter)
        x += NIK_W
        for day in days:
            gone = closed_from is not None and day >= closed_from
            c.box(x, y, box, ROW_H, "#d4d4d4" if gone else None)
            x += box
        y += ROW_H
    c.box(x0, y, NO_W + name_w + NIK_W, ROW_H, "#f4f4f4")
    c.text(x0 + 1.5, y, NO_W + name_w + NIK_W - 3, ROW_H, "Paraf instruktur", 9, bold=True)
    x = x0 + NO_W + name_w + NIK_W
    for _day in days:
        c.box(x, y, box, ROW_H)
        x += box
    return y + ROW_H


# --- The recap of keyed marks -----------------------------------------------------------------

R_NO_W, R_NAME_W, R_NIK_W = 7.0, 44.0, 27.0
CODE_W = 5.6
COUNT_W, PCT_W, REMARK_W = 7.0, 12.0, 28.0
R_ROW_H = 5.5
R_HEAD_H = 9.0


def _recap_fixed() -> float:
    return R_NO_W + R_NAME_W + R_NIK_W + 4 * COUNT_W + 2 * PCT_W + REMARK_W


def recap_plan(recap: Recap, paper: Paper, orientation: str = paper_mod.AUTO) -> Plan:
    return plan(
        paper, recap.days, len(recap.rows), fixed_width=_recap_fixed(), day_width=CODE_W,
        row_height=R_ROW_H, extra_height=R_HEAD_H + 8, orientation=orientation,
    )  # fmt: skip


def render_recap(
    device: Device, recap: Recap, paper: Paper, setup: Setup | None = None,
    wanted: Wanted | None = None,
) -> int:  # fmt: skip
    """Draw the recap on `device` (only the `wanted` pages); returns the number of pages."""
    setup = setup or Setup()
    paper = setup.paper or paper
    layout = recap_plan(recap, paper, setup.orientation)
    job = _Job(device, paper, layout.landscape, wanted)
    width, height = job.width, job.height
    instructors = ", ".join(recap.heading.instructors) or "–"
    right = [recap.heading.place, _period(recap.days), instructors]
    threshold = f"{recap.threshold.normalize():f}".replace(".", ",")  # 87,5: Indonesian paper
    keyed = format_date(recap.keyed_until) if recap.keyed_until else "belum ada"
    page = 0
    try:
        for days in layout.day_chunks or [[]]:
            for part in range(layout.row_pages):
                rows = recap.rows[part * layout.rows_per_page : (part + 1) * layout.rows_per_page]
                c = job.page()
                page += 1
                _letterhead(c, width, recap.heading, "REKAPITULASI DAFTAR HADIR PESERTA", right)
                y = _recap_table(c, width, recap, days, rows)
                note = (
                    f"H hadir · I izin · S sakit · A alpa. Persentase = hari hadir (H) dibagi "
                    f"hari pelatihan; % s.d. = sampai hari terakhir yang sudah diisi ({keyed}). "
                    f"Ambang kehadiran program: {threshold} %."
                )
                _signatures(c, width, max(y + 3, height - FOOT_H - SIGN_H), recap.heading, note)
                _footer(c, width, height, recap.heading, page, layout.pages)
    finally:
        job.pages.finish()
    return page


def _recap_table(
    c: _Canvas, width: float, recap: Recap, days: list[date], rows: Sequence[RecapRow]
) -> float:
    index = {d: i for i, d in enumerate(recap.days)}
    spare = width - _recap_fixed() - CODE_W * len(days)
    remark_w = REMARK_W + max(0.0, spare)
    y = HEAD_H
    heads: list[tuple[float, str, float]] = [
        (R_NO_W, "No.", 7.5), (R_NAME_W, "Nama Peserta", 7.5), (R_NIK_W, "NIK", 7.5),
    ]  # fmt: skip
    x = 0.0
    for w, title, size in heads:
        c.box(x, y, w, R_HEAD_H, "#e8e8e8")
        c.text(x, y, w, R_HEAD_H, title, size, bold=True, align=Qt.AlignmentFlag.AlignCenter)
        x += w
    for day in days:
        c.box(x, y, CODE_W, R_HEAD_H, "#e8e8e8")
        label = f"{WEEKDAYS_SHORT[day.weekday()]}\n{short_date(day).replace(' ', chr(10))}"
        c.text(x, y, CODE_W, R_HEAD_H, label, 5, align=Qt.AlignmentFlag.AlignCenter)
        x += CODE_W
    tails = [(COUNT_W, code) for code in "HISA"]
    tails += [(PCT_W, "% s.d.\ndiisi"), (PCT_W, "%\nseluruh"), (remark_w, "Keterangan")]
    for w, title in tails:
        c.box(x, y, w, R_HEAD_H, "#e8e8e8")
        c.text(x, y, w, R_HEAD_H, title, 7, bold=True, align=Qt.AlignmentFlag.AlignCenter)
        x += w
    y += R_HEAD_H
    centre = Qt.AlignmentFlag.AlignCenter
    for r in rows:
        stats = r.stats
        x = 0.0
        c.box(x, y, R_NO_W, R_ROW_H)
        c.text(x, y, R_NO_W, R_ROW_H, f"{r.number}.", 7.5, align=centre)
        x += R_NO_W
        c.box(x, y, R_NAME_W, R_ROW_H)
        c.fitted(x + 1, y, R_NAME_W - 2, R_ROW_H, r.name, 7.5)
        x += R_NAME_W
        c.box(x, y, R_NIK_W, R_ROW_H)
        c.text(x, y, R_NIK_W, R_ROW_H, r.nik, 6.5, align=centre)
        x += R_NIK_W
        for day in days:
            code = r.codes[index[day]]
            c.box(x, y, CODE_W, R_ROW_H, "#f3d3d0" if code == "A" else None)
            c.text(x, y, CODE_W, R_ROW_H, code, 7, bold=code != "H", align=centre)
            x += CODE_W
        below_now = stats.days_held and 100 * stats.present < recap.threshold * stats.days_held
        below_all = 100 * (stats.present + stats.days_total - stats.days_held) < (
            recap.threshold * stats.days_total
        )
        cells = [str(stats.counts.get(code, 0)) for code in "HISA"]
        cells += [
            number(float(stats.percent_so_far()), 1) if stats.days_held else "–",
            number(float(stats.percent_of_all()), 1),
        ]
        widths = [COUNT_W] * 4 + [PCT_W, PCT_W]
        for i, (w, value) in enumerate(zip(widths, cells, strict=True)):
            c.box(x, y, w, R_ROW_H)
            bold = (i == 4 and bool(below_now)) or (i == 5 and below_all)
            c.text(x, y, w - 1, R_ROW_H, value, 7.5, bold=bold,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # fmt: skip
            x += w
        c.box(x, y, remark_w, R_ROW_H)
        c.fitted(x + 1, y, remark_w - 2, R_ROW_H, r.remark, 7)
        y += R_ROW_H
    return _recap_totals(c, recap, y, width)


def _recap_totals(c: _Canvas, recap: Recap, y: float, width: float) -> float:
    """One line under the table: how the whole batch stands."""
    total = len(recap.rows)
    below = sum(
        1
        for r in recap.rows
        if 100 * (r.stats.present + r.stats.days_total - r.stats.days_held)
        < recap.threshold * r.stats.days_total
    )
    present = sum(r.stats.present for r in recap.rows)
    possible = sum(r.stats.days_held for r in recap.rows)
    average = number(100 * present / possible, 1) if possible else "–"
    c.text(0, y + 1, width, 6,
           f"Jumlah peserta: {total} · rata-rata kehadiran s.d. hari terakhir diisi: {average} % · "
           f"di bawah ambang: {below} orang", 8, bold=True)  # fmt: skip
    return y + 7


def write_pdf(path: Path, render: Callable[[QPagedPaintDevice], int], resolution: int = 300) -> int:
    """Render into a PDF file; returns the number of pages. Written beside and renamed into
    place, so a failure or a kill never leaves half a list of names at `path`."""
    with replaced_when_done(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(resolution)
        writer.setCreator("BLKDesk")
        writer.setTitle(path.stem)
        pages = render(writer)
        del writer  # Qt closes the file with its writer, before the rename
    return pages
