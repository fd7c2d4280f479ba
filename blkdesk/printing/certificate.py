"""Drawing certificates: the sertifikat (front and back) and the surat keterangan.

Everything is placed in millimetres on the paper, so a PDF, a printer and the live preview in
the layout dialog all show the same page. One job may hold many participants; each page sets its
own paper orientation (a landscape sertifikat, a portrait letter).
"""

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QPen,
)

from blkdesk.core.certification.certificate_layout import Layout
from blkdesk.core.certification.certificates import Sheet
from blkdesk.core.clock import format_date
from blkdesk.core.storage.safefile import replaced_when_done
from blkdesk.printing import qr
from blkdesk.printing.paper import (
    PAPERS,
    UNITS_PER_MM,
    Device,
    Pages,
    Setup,
    Wanted,
    font,
    page_layout,
    space_letters,
    use_units,
)

NAVY = QColor("#1f3a5f")
GOLD = QColor("#b08d2e")
INK = QColor("#1a1a1a")
GREY = QColor("#6b6b6b")
REPRINT = QColor("#b3261e")
SERIF = ["Times New Roman", "Liberation Serif", "Nimbus Roman", "DejaVu Serif", "serif"]
PDF_DPI = 300
ALIGN_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
WRAP = Qt.TextFlag.TextWordWrap


@dataclass(frozen=True)
class Page:
    """One side of paper to draw: which sheet, and which face of it."""

    sheet: Sheet
    face: str  # front / back / letter


def pages_for(sheets: Sequence[Sheet]) -> list[Page]:
    out: list[Page] = []
    for sheet in sheets:
        if sheet.kind == "sertifikat":
            out += [Page(sheet, "front"), Page(sheet, "back")]
        else:
            out.append(Page(sheet, "letter"))
    return out


def _kind(page: Page) -> str:
    return "sertifikat" if page.face in ("front", "back") else "surat_keterangan"


def page_mm(layout: Layout, page: Page, setup: Setup | None = None) -> tuple[float, float]:
    """Width and height of the page: the layout's paper and orientation for this face, unless
    the print job asked for other paper or a fixed orientation."""
    setup = setup or Setup()
    own_w, own_h = layout.page_mm(_kind(page))
    paper = setup.paper or PAPERS[layout.paper]
    short, long = paper.width, paper.height
    return (long, short) if setup.landscape(own_w > own_h) else (short, long)


def face_layout(layout: Layout, page: Page, setup: Setup | None = None) -> QPageLayout:
    width, height = page_mm(layout, page, setup)
    paper = (setup.paper if setup else None) or PAPERS[layout.paper]
    return page_layout(paper, width > height)


def nip_spaced(nip: str) -> str:
    """A civil servant's NIP as printed: birth date, appointment, sex, serial."""
    if len(nip) == 18 and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip


def _image(data: bytes | None) -> QImage | None:
    if not data:
        return None
    image = QImage.fromData(QByteArray(data))
    return None if image.isNull() else image


class Canvas:
    """Drawing in millimetres and points on a painter set up by `paper.use_units`."""

    def __init__(self, painter: QPainter, width_mm: float, height_mm: float) -> None:
        self.p = painter
        self.k = UNITS_PER_MM  # drawing units per millimetre, the same on every device
        self.w = width_mm
        self.h = height_mm

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        return font(self.p.device(), SERIF, size, bold=bold, italic=italic)

    def _spaced(self, text: str, size: float, bold: bool, spacing: float) -> QFont:
        f = self.font(size, bold)
        space_letters(f, self.p.device(), text, spacing)
        return f

    def text(
        self, x: float, y: float, w: float, text: str, size: float, *, bold: bool = False,
        italic: bool = False, align: Qt.AlignmentFlag = ALIGN_LEFT, color: QColor = INK,
        spacing: float = 0.0, underline: bool = False,
    ) -> float:  # fmt: skip
        """Draw wrapped text in a column `w` mm wide from `y`; returns the height used in mm."""
        f = self.font(size, bold, italic)
        f.setUnderline(underline)
        space_letters(f, self.p.device(), text, spacing)
        self.p.setFont(f)
        self.p.setPen(color)
        box = self.rect(x, y, w, self.h)
        used = self.p.boundingRect(box, int(align | WRAP), text)
        self.p.drawText(box, int(align | WRAP), text)
        return used.height() / self.k

    def fit(self, text: str, width_mm: float, size: float, *, spacing: float = 0.0,
            bold: bool = False) -> float:  # fmt: skip
        """The largest point size up to `size` at which `text` fits on one line."""
        while size > 8:
            f = self._spaced(text, size, bold, spacing)
            if QFontMetricsF(f, self.p.device()).horizontalAdvance(text) <= width_mm * self.k:
                return size
            size -= 1
        return size

    def line_height(self, size: float) -> float:
        f = self.font(size)
        self.p.setFont(f)
        return QFontMetricsF(f, self.p.device()).lineSpacing() / self.k

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float, color: QColor) -> None:
        pen = QPen(color)
        pen.setWidthF(width * self.k)
        self.p.setPen(pen)
        self.p.drawLine(QPointF(x1 * self.k, y1 * self.k), QPointF(x2 * self.k, y2 * self.k))

    def box(self, x: float, y: float, w: float, h: float, width: float, color: QColor) -> None:
        pen = QPen(color)
        pen.setWidthF(width * self.k)
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRect(self.rect(x, y, w, h))

    def image(self, image: QImage, x: float, y: float, w: float, h: float) -> None:
        """Fit the image inside the box, keeping its proportions, centred."""
        ratio = image.width() / image.height()
        if w / h > ratio:
            draw_w, draw_h = h * ratio, h
        else:
            draw_w, draw_h = w, w / ratio
        self.p.drawImage(self.rect(x + (w - draw_w) / 2, y + (h - draw_h) / 2, draw_w, draw_h),
                         image)  # fmt: skip


class Renderer:
    """Draws pages for one layout; images are decoded once and shared by every page."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.logo = _image(layout.logo)
        self.signature = _image(layout.signature)
        self._inst_logo: dict[bytes, QImage | None] = {}

    def _logo_for(self, sheet: Sheet) -> QImage | None:
        if self.logo is not None:
            return self.logo
        if sheet.logo is None:
            return None
        if sheet.logo not in self._inst_logo:
            self._inst_logo[sheet.logo] = _image(sheet.logo)
        return self._inst_logo[sheet.logo]

    def draw(self, painter: QPainter, page: Page, setup: Setup | None = None) -> None:
        """Draw one page on a painter already in drawing units (see `paper.Pages`)."""
        width, height = page_mm(self.layout, page, setup)
        c = Canvas(painter, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if page.face == "front":
            self._front(c, page.sheet)
        elif page.face == "back":
            self._back(c, page.sheet)
        else:
            self._letter(c, page.sheet)
        if page.sheet.copy > 1:
            m = self.layout.margin_mm
            top = m - 6.5 if page.face == "letter" else m - 4.6
            c.text(m, top, c.w - 2 * m - 2, f"CETAK ULANG · cetakan ke-{page.sheet.copy}", 8,
                   bold=True, align=ALIGN_RIGHT, color=REPRINT)  # fmt: skip

    # --- shared pieces -------------------------------------------------------------------

    def _frame(self, c: Canvas) -> None:
        m = self.layout.margin_mm
        c.box(m - 7, m - 7, c.w - 2 * (m - 7), c.h - 2 * (m - 7), 1.4, NAVY)
        c.box(m - 5, m - 5, c.w - 2 * (m - 5), c.h - 2 * (m - 5), 0.35, GOLD)

    def _letterhead(self, c: Canvas, sheet: Sheet, y: float, address: bool) -> float:
        """Logo and header lines; returns the y below the rule."""
        m = self.layout.margin_mm
        logo = self._logo_for(sheet)
        logo_size = 24.0
        if logo is not None:
            c.image(logo, m + 2, y, logo_size, logo_size)
        inner = c.w - 2 * m - 2 * (logo_size + 4)
        x = m + logo_size + 4
        lines = self.layout.header_lines(sheet.inst_name, sheet.regency)
        top = y + 1
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            top += c.text(x, top, inner, line, 15 if last else 12.5, bold=True, align=ALIGN_CENTER,
                          color=NAVY)  # fmt: skip
        if address:
            detail = sheet.inst_address + (f" · {sheet.inst_contact}" if sheet.inst_contact else "")
            if detail.strip():
                top += 0.6 + c.text(x, top + 0.6, inner, detail, 8.5, align=ALIGN_CENTER,
                                    color=GREY)  # fmt: skip
        bottom = max(top, y + logo_size if logo is not None else top) + 2.5
        c.line(m, bottom, c.w - m, bottom, 0.9, NAVY)
        c.line(m, bottom + 1.2, c.w - m, bottom + 1.2, 0.25, NAVY)
        return bottom + 1.2

    def _signature_block(self, c: Canvas, sheet: Sheet, x: float, y: float, w: float) -> None:
        y += c.text(x, y, w, f"{sheet.issue_place}, {format_date(sheet.issued_on)}", 11,
                    align=ALIGN_CENTER)  # fmt: skip
        y += c.text(x, y, w, self.layout.signer(sheet.inst_name) + ",", 11, align=ALIGN_CENTER)
        space = 22.0
        if self.signature is not None:
            c.image(self.signature, x + 8, y + 1, w - 16, space - 2)
        y += space
        y += c.text(x, y, w, sheet.head_name, 11, bold=True, underline=True, align=ALIGN_CENTER)
        c.text(x, y, w, f"NIP. {nip_spaced(sheet.head_nip)}", 10.5, align=ALIGN_CENTER)

    def _qr(self, c: Canvas, sheet: Sheet, x: float, y: float) -> None:
        size = self.layout.qr_size_mm
        qr.draw(c.p, c.rect(x, y, size, size), sheet.payload)
        c.text(x - 6, y + size + 0.5, size + 12, "Pindai untuk memeriksa keaslian", 6.5,
               align=ALIGN_CENTER, color=GREY)  # fmt: skip

    def _photo(self, c: Canvas, sheet: Sheet, x: float, y: float) -> None:
        w, h = 30.0, 40.0
        photo = _image(sheet.photo)
        if photo is not None:
            c.image(photo, x, y, w, h)
            return
        c.box(x, y, w, h, 0.3, GREY)
        c.text(x, y + h / 2 - 3, w, "Pas foto\n3 × 4", 8, align=ALIGN_CENTER, color=GREY)

    def _fields(
        self, c: Canvas, x: float, y: float, w: float, rows: list[tuple[str, str]], size: float,
        label_w: float,
    ) -> float:  # fmt: skip
        start = y
        for label, value in rows:
            c.text(x, y, label_w, label, size)
            c.text(x + label_w, y, 4, ":", size)
            y += max(c.text(x + label_w + 4, y, w - label_w - 4, value, size, bold=label == "Nama"),
                     c.line_height(size)) + 0.8  # fmt: skip
        return y - start

    # --- faces ---------------------------------------------------------------------------

    def _front(self, c: Canvas, sheet: Sheet) -> None:
        lay = self.layout
        m = lay.margin_mm
        self._frame(c)
        y = self._letterhead(c, sheet, m, address=False)
        # Portrait paper has room to spare: spread it around the blocks instead of leaving a gap.
        spare = max(0.0, c.h - c.w) * 0.22
        y += 9 + lay.title_offset_mm + spare
        inner = c.w - 2 * m
        title = c.fit(lay.title, inner - 8, 26, spacing=0.7, bold=True)
        y += c.text(m, y, inner, lay.title, title, bold=True, align=ALIGN_CENTER, color=NAVY,
                    spacing=0.7)  # fmt: skip
        y += 0.5 + c.text(m, y + 0.5, inner, f"Nomor: {sheet.number}", 12, align=ALIGN_CENTER)
        y += 6 + spare / 3
        y += c.text(m, y, inner, lay.intro, 12, italic=True, align=ALIGN_CENTER)
        y += 1
        name = c.fit(sheet.name.upper(), inner - 8, 24, bold=True)
        y += c.text(m, y, inner, sheet.name.upper(), name, bold=True, align=ALIGN_CENTER,
                    color=NAVY)  # fmt: skip
        y += 5 + spare / 3
        block = min(175.0, inner - 20)
        bx = (c.w - block) / 2
        end = format_date(sheet.end) if sheet.end else ""
        rows = [
            ("Tempat, tanggal lahir", f"{sheet.birth_place}, {format_date(sheet.birth_date)}"),
            ("NIK", sheet.nik),
            ("Program pelatihan", f"{sheet.program} ({sheet.total_jp} JP)"),
            ("Kejuruan", sheet.vocation),
            ("Tanggal pelatihan", f"{format_date(sheet.start)} s.d. {end}"),
            ("Hasil", "KOMPETEN – LULUS"),
        ]
        y += self._fields(c, bx, y, block, rows, 12.5, 52)
        y += 3 + spare / 3
        statement = lay.statement.format(**_placeholders(sheet, "LULUS"))
        c.text(bx, y, block, statement, 12, align=ALIGN_CENTER)
        # The bottom row is anchored to the paper's foot so longer texts never push it off.
        foot = c.h - m - 4 + lay.signature_offset_mm
        sig_w = 82.0
        sig_h = 5.5 * 2 + 22 + 11 + 5
        sig_x = c.w - m - 6 - sig_w if lay.qr_side == "left" else m + 6
        self._signature_block(c, sheet, sig_x, foot - sig_h, sig_w)
        qr_x = m + 6 if lay.qr_side == "left" else c.w - m - 6 - lay.qr_size_mm
        self._qr(c, sheet, qr_x, foot - lay.qr_size_mm - 4)
        if lay.show_photo:
            photo_x = sig_x - 40 if lay.qr_side == "left" else sig_x + sig_w + 10
            self._photo(c, sheet, photo_x, foot - 40)

    def _back(self, c: Canvas, sheet: Sheet) -> None:
        lay = self.layout
        m = lay.margin_mm
        self._frame(c)
        inner = c.w - 2 * m
        y = m + 2
        y += c.text(m, y, inner, lay.back_title, 17, bold=True, align=ALIGN_CENTER, color=NAVY,
                    spacing=0.4)  # fmt: skip
        y += c.text(m, y, inner, f"{sheet.program} · {sheet.total_jp} JP", 11.5,
                    align=ALIGN_CENTER)  # fmt: skip
        y += c.text(m, y, inner, f"{sheet.name} · Nomor sertifikat {sheet.number}", 10,
                    align=ALIGN_CENTER, color=GREY)  # fmt: skip
        y += 5
        x = m + 4
        w = inner - 8
        cols = [("No", 12.0), ("Kode Unit", 42.0), ("Judul Unit", w - 12 - 42 - 18 - 30),
                ("JP", 18.0), ("Keterangan", 30.0)]  # fmt: skip
        size = 11.0
        row_h = c.line_height(size) + 2.4
        c.p.fillRect(c.rect(x, y, w, row_h), QColor("#e8edf4"))
        cx = x
        for title, cw in cols:
            c.text(cx + 1.5, y + 1.2, cw - 3, title, size, bold=True,
                   align=ALIGN_CENTER if title != "Judul Unit" else ALIGN_LEFT)  # fmt: skip
            cx += cw
        c.line(x, y, x + w, y, 0.4, NAVY)
        y += row_h
        c.line(x, y, x + w, y, 0.3, NAVY)
        results = {"K": "Kompeten", "BK": "Belum kompeten", "": "–"}
        for i, unit in enumerate(sheet.units, start=1):
            title_h = c.text(x + 12 + 42 + 1.5, y + 1.2, cols[2][1] - 3, unit.title, size)
            h = max(row_h, title_h + 2.4)
            cells = [str(i), unit.code, None, str(unit.jp), results.get(unit.result, unit.result)]
            cx = x
            for (_title, cw), value in zip(cols, cells, strict=True):
                if value is not None:
                    c.text(cx + 1.5, y + 1.2, cw - 3, value, size, align=ALIGN_CENTER)
                cx += cw
            y += h
            c.line(x, y, x + w, y, 0.15, GREY)
        c.text(x + 1.5, y + 1.2, w - 18 - 30 - 3, "Jumlah", size, bold=True, align=ALIGN_RIGHT)
        total = sum(u.jp for u in sheet.units)
        c.text(x + w - 30 - 18, y + 1.2, 18, str(total), size, bold=True, align=ALIGN_CENTER)
        y += row_h
        c.line(x, y, x + w, y, 0.4, NAVY)
        note = (
            "Keaslian sertifikat ini dapat diperiksa dengan memindai kode QR di halaman depan "
            "melalui menu Verifikasi Sertifikat BLKDesk, tanpa perlu koneksi internet."
        )
        c.text(m + 4, c.h - m - 10, inner - 8, note, 9, italic=True, align=ALIGN_CENTER,
               color=GREY)  # fmt: skip

    def _letter(self, c: Canvas, sheet: Sheet) -> None:
        lay = self.layout
        m = lay.margin_mm + 6  # a letter keeps wider margins than the framed certificate
        inner = c.w - 2 * m
        y = self._letterhead(c, sheet, m - 6, address=True)
        y += 8 + lay.title_offset_mm
        y += c.text(m, y, inner, lay.sk_title, 15, bold=True, underline=True, align=ALIGN_CENTER)
        y += c.text(m, y, inner, f"Nomor: {sheet.number}", 11, align=ALIGN_CENTER)
        y += 8
        signer = lay.signer(sheet.inst_name)
        y += c.text(m, y, inner, f"Yang bertanda tangan di bawah ini, {signer}, menerangkan "
                    "bahwa:", 11.5)  # fmt: skip
        y += 3
        rows = [
            ("Nama", sheet.name),
            ("Tempat, tanggal lahir", f"{sheet.birth_place}, {format_date(sheet.birth_date)}"),
            ("NIK", sheet.nik),
            ("Program pelatihan", sheet.program),
        ]
        y += self._fields(c, m + 8, y, inner - 8, rows, 11.5, 48)
        y += 3
        result = "LULUS" if all(u.result == "K" for u in sheet.units) else "BELUM LULUS"
        y += c.text(m, y, inner, lay.sk_body.format(**_placeholders(sheet, result)), 11.5)
        y += 4
        y += c.text(m, y, inner, "Demikian surat keterangan ini dibuat untuk dipergunakan "
                    "sebagaimana mestinya.", 11.5)  # fmt: skip
        # A letter is signed right below its text, as typed letters are, not at the paper's foot.
        sig_w = 82.0
        sig_h = 5.5 * 2 + 22 + 11 + 5
        top = min(y + 12 + lay.signature_offset_mm, c.h - m - sig_h - 6)
        sig_x = c.w - m - sig_w if lay.qr_side == "left" else m
        self._signature_block(c, sheet, sig_x, top, sig_w)
        qr_x = m if lay.qr_side == "left" else c.w - m - lay.qr_size_mm
        self._qr(c, sheet, qr_x, top + sig_h - lay.qr_size_mm - 4)


def _placeholders(sheet: Sheet, result: str) -> dict[str, str]:
    return {
        "program": sheet.program,
        "jp": str(sheet.total_jp),
        "start": format_date(sheet.start),
        "end": format_date(sheet.end) if sheet.end else "",
        "institution": sheet.inst_name,
        "attendance": sheet.attendance,
        "result": result,
    }


def paint_pages(
    device: Device,
    layout: Layout,
    pages: Sequence[Page],
    on_page: Callable[[int], None] | None = None,
    setup: Setup | None = None,
    wanted: Wanted | None = None,
) -> list[int]:
    """Draw the pages into one job on `device` (a QPdfWriter or a QPrinter in full-page mode);
    returns the numbers (1-based) of the pages that went to the device."""
    renderer = Renderer(layout)
    job = Pages(device, wanted)
    try:
        for i, page in enumerate(pages):
            renderer.draw(job.next(face_layout(layout, page, setup)), page, setup)
            if on_page:
                on_page(i + 1)
    finally:
        printed = job.finish()
    return printed


def write_pdf(
    path: str | Path,
    layout: Layout,
    sheets: Sequence[Sheet],
    on_page: Callable[[int], None] | None = None,
) -> int:
    """Write the sheets to a PDF; returns the number of pages."""
    pages = pages_for(sheets)
    with replaced_when_done(Path(path)) as partial:  # never half a batch of certificates
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_DPI)
        writer.setCreator("BLKDesk")
        writer.setTitle("Sertifikat pelatihan")
        paint_pages(writer, layout, pages, on_page)
        del writer  # Qt closes the file with its writer, before the rename
    return len(pages)


def render_image(layout: Layout, page: Page, dpi: int = 72) -> QImage:
    """One page as an image: the live preview of the layout dialog, and the tests' QR check."""
    width, height = page_mm(layout, page)
    k = dpi / 25.4
    image = QImage(round(width * k), round(height * k), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        use_units(painter)
        Renderer(layout).draw(painter, page)
    finally:
        painter.end()
    return image


def ensure_app() -> None:
    """Fonts need a QGuiApplication; headless commands get one on the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])
