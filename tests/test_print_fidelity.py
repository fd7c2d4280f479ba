"""Every document draws the same at any resolution and on PDF: the text lands in the same place.

Two witnesses. A recording paint device (like a Windows printer: any resolution, no PDF) tells
where each piece of text starts at 72, 300 and 1200 dpi. A real QPrinter writing PDF at 72, 300
and 1200 dpi, and the QPdfWriter that saves PDFs, are read back with pdftotext's word boxes.
Either way every text must sit within 0.5 mm of where the 300 dpi rendering put it.
"""

import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from blkdesk.core.attendance import attendance, attendance_paper
from blkdesk.core.certification import certificate_layout, certificates
from blkdesk.core.models import Certificate
from blkdesk.printing import attendance_sheet, participants
from blkdesk.printing import certificate as cert_printing
from blkdesk.printing.paper import A4, F4
from tests.support.batches import OPERATOR, assessed_batch, running_batch
from tests.support.paint_recorder import RecordingDevice
from tests.support.printing import forty_participants

TOLERANCE_MM = 0.5
TODAY = date(2025, 3, 31)
Render = Callable[[QPagedPaintDevice], object]


@pytest.fixture
def documents(qapp, db, admin) -> dict[str, Render]:
    """Every printed document, each as a function that draws it on a device."""
    built = assessed_batch(db, participants=3, bk={(2, 0)})
    certificates.issue_for_batch(db, OPERATOR, built.id)
    with db.session() as s:
        ids = list(s.scalars(select(Certificate.id).order_by(Certificate.id)))
        sheets = certificates.sheets(s, ids)
    layout = certificate_layout.Layout()
    pages = cert_printing.pages_for(sheets)
    b = running_batch(db, days=10)
    attendance.set_marks(db, admin, b.id, [(e, d) for e in b.enrollments for d in b.days[:5]], "H",
                         today=TODAY)  # fmt: skip
    with db.session() as s:
        blank = attendance_paper.blank_sheet(s, b.id, b.days[0], b.days[-1])
        recap = attendance_paper.recap(s, b.id, TODAY)
    people = forty_participants()
    return {
        "sertifikat": lambda d: cert_printing.paint_pages(d, layout, pages),
        "daftar_hadir": lambda d: attendance_sheet.render_blank(d, blank, F4),
        "rekap": lambda d: attendance_sheet.render_recap(d, recap, A4),
        "daftar_peserta": lambda d: participants.render(d, people),
    }


DOCUMENTS = ("sertifikat", "daftar_hadir", "rekap", "daftar_peserta")


def _recorded(render: Render, dpi: int) -> list:
    device = RecordingDevice(dpi)
    render(device)  # type: ignore[arg-type]
    return device.texts


@pytest.mark.parametrize("name", DOCUMENTS)
def test_text_lands_in_the_same_place_at_every_resolution(documents, name):
    reference = _recorded(documents[name], 300)
    assert len(reference) > 20
    for dpi in (72, 1200):
        texts = _recorded(documents[name], dpi)
        assert [(t.page, t.text) for t in texts] == [(t.page, t.text) for t in reference], dpi
        for got, want in zip(texts, reference, strict=True):
            assert abs(got.x - want.x) <= TOLERANCE_MM, (dpi, got, want)
            assert abs(got.y - want.y) <= TOLERANCE_MM, (dpi, got, want)
            assert abs(got.width - want.width) <= TOLERANCE_MM, (dpi, got, want)


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x: float  # mm
    y: float
    right: float
    bottom: float


def _words(pdf: Path) -> tuple[list[Word], list[tuple[float, float]]]:
    """Every word of the PDF with its box in mm, and each page's size in points."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    words, sizes = [], []
    mm = 25.4 / 72
    for number, page in enumerate(re.split(r"<page ", html)[1:], start=1):
        head = re.match(r'width="([\d.]+)" height="([\d.]+)"', page)
        assert head is not None
        sizes.append((float(head[1]), float(head[2])))
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">([^<]*)</word>', page):  # fmt: skip
            x0, y0, x1, y1 = (float(v) * mm for v in m.groups()[:4])
            words.append(Word(number, unescape(m[5]), x0, y0, x1, y1))
    return words, sizes


def _printer_pdf(render: Render, path: Path, dpi: int) -> Path:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    printer.setFullPage(True)
    render(printer)
    return path


def _writer_pdf(render: Render, path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    render(writer)
    return path


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("name", DOCUMENTS)
def test_printer_at_every_resolution_matches_the_saved_pdf(documents, name, tmp_path):
    render = documents[name]
    saved, saved_sizes = _words(_writer_pdf(render, tmp_path / "saved.pdf"))
    assert len(saved) > 50
    for dpi in (72, 300, 1200):
        printed, sizes = _words(_printer_pdf(render, tmp_path / f"printed-{dpi}.pdf", dpi))
        assert sizes == saved_sizes, dpi  # the same pages, each the same size and orientation
        assert [(w.page, w.text) for w in printed] == [(w.page, w.text) for w in saved], dpi
        for got, want in zip(printed, saved, strict=True):
            for a, b in ((got.x, want.x), (got.y, want.y), (got.right, want.right),
                         (got.bottom, want.bottom)):  # fmt: skip
                assert abs(a - b) <= TOLERANCE_MM, (dpi, got, want)


def test_a_device_that_keeps_one_orientation_gets_the_letter_turned_not_cut(documents):
    """A certificate job starts landscape; a printer that will not turn for the portrait letter
    (page 3) gets the letter drawn a quarter-turn round on the landscape sheet."""
    turning = RecordingDevice(300)
    stubborn = RecordingDevice(300, turns=False)
    documents["sertifikat"](turning)
    documents["sertifikat"](stubborn)
    straight = [t for t in turning.texts if t.page == 3]
    turned = [t for t in stubborn.texts if t.page == 3]
    assert len(straight) > 10 and len(turned) == len(straight)
    for got, want in zip(turned, straight, strict=True):
        # (x, y) on the portrait letter lands at (y, 210 − x) on the 297 × 210 mm sheet.
        assert abs(got.x - want.y) <= TOLERANCE_MM and abs(got.y - (210 - want.x)) <= TOLERANCE_MM
        assert 0 <= got.x <= 297 and 0 <= got.y <= 210
    assert [t for t in stubborn.texts if t.page == 1] == [t for t in turning.texts if t.page == 1]
