"""The consolidated monthly report on one A4 page for the head of the provincial office: the
month's key figures, the BLKs side by side in two charts, and a table per BLK.

Drawn from the same MonthlyReport as the workbook, so the page and the Rekap sheets agree.
"""

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from blkdesk import __version__
from blkdesk.core.clock import format_date, format_datetime_local
from blkdesk.exchange.monthly_report import MonthlyReport

NAVY = QColor("#1F3A5F")
MEN, WOMEN = QColor("#1f7a8c"), QColor("#e07a5f")
GRID = QColor("#d0d5dd")
MUTED = QColor("#475467")
INK = QColor("#101828")
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 14.0


@dataclass(frozen=True)
class BlkLine:
    name: str
    men: int
    women: int
    new: int
    finished: int
    passed: int
    certificates: int
    placements: int

    @property
    def active(self) -> int:
        return self.men + self.women


def blk_lines(report: MonthlyReport) -> list[BlkLine]:
    """The Rekap's figures added up per BLK (every covered BLK, even one with nothing)."""
    acc: dict[str, dict[str, int]] = {name: defaultdict(int) for name in report.institutions}
    for row in report.rows:
        values = acc.setdefault(row.group, defaultdict(int))
        for key, n in row.values.items():
            values[key] += n
    lines = []
    for name, v in acc.items():
        lines.append(
            BlkLine(
                name, v["active_L"], v["active_P"], v["new_L"] + v["new_P"],
                v["finished_L"] + v["finished_P"], v["lulus_L"] + v["lulus_P"],
                sum(n for k, n in v.items() if k.startswith("cert_")),
                sum(n for k, n in v.items() if k.startswith("place_")),
            )
        )  # fmt: skip
    return sorted(lines, key=lambda line: line.name)


def vocation_lines(report: MonthlyReport) -> list[tuple[str, int, int, int]]:
    """(vocation, BLKs with active participants, men, women), largest first."""
    blks: dict[str, set[str]] = defaultdict(set)
    sexes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in report.rows:
        men, women = row.values["active_L"], row.values["active_P"]
        if men or women:
            blks[row.vocation].add(row.group)
            sexes[row.vocation][0] += men
            sexes[row.vocation][1] += women
    out = [(v, len(blks[v]), m, w) for v, (m, w) in sexes.items()]
    return sorted(out, key=lambda t: (-(t[2] + t[3]), t[0]))


def short(name: str) -> str:
    for prefix in ("UPTD ", "BLK ", "Balai Latihan Kerja "):
        name = name.removeprefix(prefix)
    return name.replace("Kabupaten ", "Kab. ")


class _Canvas:
    """Millimetres on the page, whatever the device's resolution."""

    def __init__(self, painter: QPainter, dots_per_mm: float) -> None:
        self.p = painter
        self.k = dots_per_mm

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def font(self, size: float, bold: bool = False) -> None:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        self.p.setFont(font)

    def text(
        self, x: float, y: float, w: float, h: float, text: str, size: float = 8,
        bold: bool = False, color: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:  # fmt: skip
        self.font(size, bold)
        self.p.setPen(color)
        flags = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        self.p.drawText(self.rect(x, y, w, h), flags, text)

    def fill(self, x: float, y: float, w: float, h: float, color: QColor) -> None:
        self.p.fillRect(self.rect(x, y, w, h), color)

    def line(self, x1: float, y1: float, x2: float, y2: float, color: QColor = GRID) -> None:
        self.p.setPen(QPen(color, max(1.0, 0.2 * self.k)))
        self.p.drawLine(*(round(v * self.k) for v in (x1, y1, x2, y2)))


def _bars(
    c: _Canvas, x: float, y: float, w: float, title: str,
    rows: list[tuple[str, int, int, str]], row_h: float = 6.0,
) -> float:  # fmt: skip
    """A horizontal stacked bar chart (men, women) with a label and a figure per row."""
    c.text(x, y, w, 6, title, 10, bold=True, color=NAVY)
    y += 7
    c.fill(x, y + 1.2, 3, 3, MEN)
    c.text(x + 4, y, 25, 5.5, "Laki-laki", 7, color=MUTED)
    c.fill(x + 28, y + 1.2, 3, 3, WOMEN)
    c.text(x + 32, y, 25, 5.5, "Perempuan", 7, color=MUTED)
    y += 7
    label_w, value_w = w * 0.36, 24.0
    bar_w = w - label_w - value_w
    largest = max((m + f for _l, m, f, _t in rows), default=0)
    if not rows or largest == 0:
        c.text(x, y, w, 6, "Tidak ada peserta aktif bulan ini.", 8, color=MUTED)
        return y + 8
    for label, men, women, tail in rows:
        c.text(x, y, label_w - 2, row_h, label, 7.5)
        left = x + label_w
        for n, color in ((men, MEN), (women, WOMEN)):
            width = bar_w * n / largest
            if width > 0:
                c.fill(left, y + row_h * 0.2, width, row_h * 0.6, color)
            left += width
        c.text(left + 1.5, y, value_w + bar_w - (left - x - label_w), row_h, tail, 7.5, bold=True)
        y += row_h
    return y + 3


def draw_summary(painter: QPainter, dots_per_mm: float, report: MonthlyReport) -> None:
    c = _Canvas(painter, dots_per_mm)
    x, w = MARGIN, PAGE_W - 2 * MARGIN
    blks = blk_lines(report)
    c.text(x, MARGIN, w, 7, "RINGKASAN LAPORAN BULANAN PELATIHAN", 14, bold=True, color=NAVY)
    c.text(x, MARGIN + 7, w, 6, report.institution.name, 10, bold=True)
    c.text(
        x, MARGIN + 13, w, 6,
        f"{report.period_label} ({format_date(report.first)} – {format_date(report.last)}) · "
        f"konsolidasi {len(report.institutions)} BLK",
        9, color=MUTED,
    )  # fmt: skip
    c.line(x, MARGIN + 20, x + w, MARGIN + 20, NAVY)
    totals = report.totals
    # Youth as the province's desk and the Laporan page count it: 15–29, the focus figure (the
    # Rekap's age columns split it into 15–24 and 25–29). Ages are on the month's last day.
    youth = totals.get("age_15–24", 0) + totals.get("age_25–29", 0)
    cards = [
        ("Peserta aktif", totals["active_T"],
         f"{totals['active_P']} perempuan"),
        ("Peserta baru", totals["new_T"], f"{totals['batches']} angkatan berjalan"),
        ("Selesai pelatihan", totals["finished_T"], f"{totals['lulus_T']} lulus"),
        ("Sertifikat terbit", sum(line.certificates for line in blks), "sertifikat dan surat ket."),
        ("Penempatan dicatat", sum(line.placements for line in blks), "bulan ini"),
        ("Peserta aktif usia 15–29", youth, f"{totals.get('pmi_T', 0)} calon PMI (semua usia)"),
    ]  # fmt: skip
    card_w, y = w / 3, MARGIN + 24
    for i, (label, value, note) in enumerate(cards):
        cx, cy = x + (i % 3) * card_w, y + (i // 3) * 19
        c.fill(cx + 1, cy, card_w - 2, 17, QColor("#F3F6FA"))
        c.text(cx + 3, cy + 0.5, card_w - 6, 8, f"{value:,}".replace(",", "."), 15, bold=True,
               color=NAVY)  # fmt: skip
        c.text(cx + 3, cy + 8.5, card_w - 6, 4, label, 7.5, bold=True)
        c.text(cx + 3, cy + 12.5, card_w - 6, 4, note, 7, color=MUTED)
    y += 42
    half = (w - 6) / 2
    blk_rows = [(short(b.name), b.men, b.women, str(b.active)) for b in blks]
    voc_rows = [(v, m, f, f"{m + f} · {n} BLK") for v, n, m, f in vocation_lines(report)[:10]]
    bottom_left = _bars(c, x, y, half, "Peserta aktif per BLK", blk_rows)
    bottom_right = _bars(c, x + half + 6, y, half, "Peserta aktif per kejuruan", voc_rows)
    y = max(bottom_left, bottom_right) + 2
    c.text(x, y, w, 6, "Angka per BLK", 10, bold=True, color=NAVY)
    y += 7
    headers = ["BLK", "Aktif", "L", "P", "Baru", "Selesai", "Lulus", "Sertifikat", "Penempatan"]
    numbers = [13.0, 11.0, 11.0, 12.0, 14.0, 12.0, 17.0, 20.0]
    widths = [w - sum(numbers), *numbers]
    c.fill(x, y, w, 6, NAVY)
    cx = x
    for header, width in zip(headers, widths, strict=True):
        align = Qt.AlignmentFlag.AlignLeft if header == "BLK" else Qt.AlignmentFlag.AlignRight
        c.text(cx + 1, y, width - 2, 6, header, 7.5, bold=True, color=QColor("white"), align=align)
        cx += width
    y += 6
    figures = [
        (short(b.name), [b.active, b.men, b.women, b.new, b.finished, b.passed, b.certificates,
                         b.placements])
        for b in blks
    ]  # fmt: skip
    figures.append(("Jumlah", [sum(f[1][i] for f in figures) for i in range(8)]))
    limit = PAGE_H - MARGIN - 12
    for n, (label, values) in enumerate(figures):
        if y + 5.5 > limit:
            left = len(figures) - n
            c.text(x, y, w, 5, f"… dan {left} baris lagi di lembar Rekap.", 7, color=MUTED)
            y += 5.5
            break
        last = n == len(figures) - 1
        if last:
            c.fill(x, y, w, 5.5, QColor("#D6E0EC"))
        texts = [label, *(f"{v:,}".replace(",", ".") for v in values)]
        cx = x
        for i, (text, width) in enumerate(zip(texts, widths, strict=True)):
            align = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
            c.text(cx + 1, y, width - 2, 5.5, text, 7.5, bold=last, align=align)
            cx += width
        c.line(x, y + 5.5, x + w, y + 5.5)
        y += 5.5
    c.text(
        x, PAGE_H - MARGIN - 8, w, 8,
        f"Dibuat {format_datetime_local(report.made_at)} dengan BLKDesk {__version__}. Rincian "
        "per program dan definisi setiap angka: lembar Rekap, Rekap Kejuruan dan Info pada "
        "berkas xlsx laporan ini.",
        6.5, color=MUTED,
    )  # fmt: skip


def write_summary_pdf(report: MonthlyReport, path: Path) -> Path:
    """One A4 portrait page; written beside and renamed into place, so no half file remains."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(300)
        writer.setCreator(f"BLKDesk {__version__}")
        writer.setTitle(f"Ringkasan laporan bulanan {report.period_label}")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        painter = QPainter(writer)
        try:
            draw_summary(painter, writer.resolution() / 25.4, report)
        finally:
            painter.end()
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path
