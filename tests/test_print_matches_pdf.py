"""What a printer gets is the saved PDF: the same documents printed through a real CUPS server to
a CUPS-PDF queue and saved with "Simpan PDF…", compared page by page.

CUPS-PDF re-renders each job through Ghostscript, whose fonts come out as Type 3 glyphs without
usable text, so the pages are compared as pictures: the same number of pages, each on the same
paper (a landscape page may arrive turned a quarter, as printers take it), the ink in the same
place within 1 mm (same margins, no scaling, nothing cut), and the certificate's QR code read by
zbarimg from both with the signed payload. Where the text lands on Qt's own PDF output at every
resolution is tests/test_print_fidelity.py's. Skipped where a private cupsd cannot be started
(tests/support/cups.py).
"""

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPageSize, QPdfWriter, QTransform
from PySide6.QtPrintSupport import QPrinterInfo
from sqlalchemy import select

from blkdesk.core.attendance import attendance, attendance_paper
from blkdesk.core.certification import certificate_layout, certificates
from blkdesk.core.models import Certificate
from blkdesk.core.permissions import Actor, Role
from blkdesk.printing import attendance_sheet, participants
from blkdesk.printing import certificate as cert_printing
from blkdesk.printing.paper import A4, F4, Device, Setup, Wanted
from blkdesk.ui.widgets.printing import Document, print_document
from tests.support.batches import OPERATOR, assessed_batch, running_batch
from tests.support.cups import QUEUE, PrintServer, print_server
from tests.support.printing import answer_print_dialog, forty_participants

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils missing",
)
DPI = 50  # one pixel ≈ 0.5 mm
TODAY = date(2025, 3, 31)
ADMIN = Actor("admin", Role.ADMIN, user_id=1)
TOLERANCE_PX = 2  # 1 mm


@pytest.fixture
def cups() -> Iterator[PrintServer]:
    """The queue defaults to US Letter, as many office printers installed with an English
    Windows or driver do: every document must still come out on its own paper."""
    for server in print_server():
        subprocess.run(["lpadmin", "-h", server.address, "-p", QUEUE, "-o", "PageSize=Letter"],
                       check=True, capture_output=True)  # fmt: skip
        yield server


def _certificates(db) -> tuple[Document, list[str]]:
    built = assessed_batch(db, participants=2)
    certificates.issue_for_batch(db, OPERATOR, built.id)
    with db.session() as s:
        ids = certificates.printable_ids(s, built.id)
        sheets = certificates.sheets(s, ids)
        payloads = list(s.scalars(select(Certificate.payload).where(Certificate.id.in_(ids))))
    layout, pages = certificate_layout.Layout(), cert_printing.pages_for(sheets)

    def render(device: Device, setup: Setup, wanted: Wanted | None) -> int:
        cert_printing.paint_pages(device, layout, pages, setup=setup, wanted=wanted)
        return len(pages)

    return Document("sertifikat", "Sertifikat Angkatan uji", render, A4, copies=False), payloads


def _daftar_hadir(db) -> Document:
    b = running_batch(db, days=10)
    with db.session() as s:
        blank = attendance_paper.blank_sheet(s, b.id, b.days[0], b.days[-1])

    def render(device: Device, setup: Setup, wanted: Wanted | None) -> int:
        return attendance_sheet.render_blank(device, blank, F4, setup, wanted)

    return Document("daftar_hadir", "Daftar hadir uji", render, F4)


def _rekap(db) -> Document:
    b = running_batch(db, days=10)
    attendance.set_marks(db, ADMIN, b.id, [(e, d) for e in b.enrollments for d in b.days[:5]], "H",
                         today=TODAY)  # fmt: skip
    with db.session() as s:
        recap = attendance_paper.recap(s, b.id, TODAY)

    def render(device: Device, setup: Setup, wanted: Wanted | None) -> int:
        return attendance_sheet.render_recap(device, recap, A4, setup, wanted)

    return Document("rekap_kehadiran", "Rekap kehadiran uji", render, A4)


def _daftar_peserta() -> Document:
    sheet = forty_participants()

    def render(device: Device, setup: Setup, wanted: Wanted | None) -> int:
        return participants.render(device, sheet, None, setup, wanted)

    return Document("daftar_peserta", "Daftar peserta uji", render, A4)


def _saved(document: Document, path: Path) -> Path:
    """The PDF as "Simpan PDF…" writes it: a QPdfWriter, the document's own paper."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    document.render(writer, Setup(), None)
    del writer  # Qt finishes the file with its writer
    return path


def _pages(pdf: Path, folder: Path, dpi: int = DPI) -> list[QImage]:
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(prefix)], check=True,
                   capture_output=True)  # fmt: skip
    return [QImage(str(p)).convertToFormat(QImage.Format.Format_Grayscale8)
            for p in sorted(folder.glob(f"{pdf.stem}-*.pgm"))]  # fmt: skip


_DARK = bytes(1 if v < 128 else 0 for v in range(256))


def _ink(image: QImage) -> tuple[int, int, int, int]:
    """The box (left, top, right, bottom) in pixels that holds every dark pixel."""
    bits, stride, width = bytes(image.constBits()), image.bytesPerLine(), image.width()
    left, top, right, bottom = width, image.height(), -1, -1
    for y in range(image.height()):
        row = bits[y * stride : y * stride + width].translate(_DARK)
        first = row.find(1)
        if first >= 0:
            left, right = min(left, first), max(right, row.rfind(1))
            top, bottom = min(top, y), y
    return left, top, right, bottom


def _as_printed(saved: QImage, printed: QImage) -> list[QImage]:
    """The saved page as the printer may have taken it: as it is, or turned either way."""
    if (saved.width() > saved.height()) == (printed.width() > printed.height()):
        return [saved]
    return [saved.transformed(QTransform().rotate(angle)) for angle in (90, -90)]


def _close(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return all(abs(x - y) <= TOLERANCE_PX for x, y in zip(a, b, strict=True))


def _same_pages(printed: Path, saved: Path, folder: Path) -> None:
    got, want = _pages(printed, folder / "printed"), _pages(saved, folder / "saved")
    assert len(got) == len(want) > 0
    for number, (page, reference) in enumerate(zip(got, want, strict=True), start=1):
        turns = _as_printed(reference, page)
        sizes = {(t.width(), t.height()) for t in turns}
        assert (page.width(), page.height()) in sizes, number  # the same paper
        ink = _ink(page)
        assert any(_close(ink, _ink(t)) for t in turns), (number, ink, [_ink(t) for t in turns])


def _qr(pdf: Path, folder: Path) -> str:
    (first, *_rest) = _pages(pdf, folder, dpi=200)
    path = folder / "qr.png"
    first.save(str(path))
    return subprocess.run(["zbarimg", "-q", "--raw", str(path)], capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip


def _print(document: Document, cups: PrintServer, qtbot, monkeypatch) -> Path:
    assert QPrinterInfo.printerInfo(QUEUE).defaultPageSize().id() == QPageSize.PageSizeId.Letter
    answer_print_dialog(monkeypatch, qtbot)
    printed = print_document(None, document)
    assert printed is not None and printed.printer == "PDF"
    (pdf,) = cups.wait_for_jobs(1)
    return pdf


def _folders(tmp_path: Path) -> Path:
    for name in ("printed", "saved"):
        (tmp_path / name).mkdir()
    return tmp_path


def test_printed_certificates_match_the_saved_pdf(cups, qapp, db, qtbot, monkeypatch, tmp_path):
    document, payloads = _certificates(db)
    folder = _folders(tmp_path)
    saved = _saved(document, folder / "saved.pdf")  # before printing: no reprint mark
    printed = _print(document, cups, qtbot, monkeypatch)
    _same_pages(printed, saved, folder)
    if shutil.which("zbarimg") is None:
        pytest.skip("zbar-tools missing: the QR codes were not read")
    from_printer, from_file = _qr(printed, folder / "printed"), _qr(saved, folder / "saved")
    assert from_printer == from_file and from_printer in payloads


@pytest.mark.parametrize("make", ["daftar_hadir", "rekap", "daftar_peserta"])
def test_printed_lists_match_the_saved_pdf(cups, qapp, db, qtbot, monkeypatch, tmp_path, make):
    documents = {"daftar_hadir": _daftar_hadir, "rekap": _rekap,
                 "daftar_peserta": lambda _db: _daftar_peserta()}  # fmt: skip
    document = documents[make](db)
    folder = _folders(tmp_path)
    saved = _saved(document, folder / "saved.pdf")
    _same_pages(_print(document, cups, qtbot, monkeypatch), saved, folder)
