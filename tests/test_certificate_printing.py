"""Rendered certificates: the QR on the page verifies, and the PDF text holds names and numbers."""

import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from PySide6.QtGui import QImage
from sqlalchemy import select

from blkdesk.core.certification import certificate_layout, certificates, verification
from blkdesk.core.models import Certificate
from blkdesk.printing import certificate as printing
from blkdesk.printing import qr
from tests.support.batches import OPERATOR, assessed_batch


@pytest.fixture
def issued(db):
    built = assessed_batch(db, participants=3, bk={(2, 0)})
    certificates.issue_for_batch(db, OPERATOR, built.id)
    with db.session() as s:
        ids = list(s.scalars(select(Certificate.id).order_by(Certificate.id)))
        return certificates.sheets(s, ids)


def _check_qr(db, image: QImage, expected_number: str) -> None:
    (text,) = qr.decode_image(image)
    with db.session() as s:
        result = verification.verify_text(s, text)
        assert result.status == verification.VALID
        assert result.claim.number == expected_number
        i = text.index("|", 10) + 2  # a character inside the number
        changed = text[:i] + ("X" if text[i] != "X" else "Y") + text[i + 1 :]
        assert verification.verify_text(s, changed).status == verification.INVALID


@pytest.mark.parametrize("paper,orientation", [("A4", "landscape"), ("F4", "portrait")])
def test_qr_drawn_on_the_page_decodes_and_verifies(db, issued, qapp, paper, orientation):
    layout = replace(certificate_layout.Layout(), paper=paper, orientation=orientation)
    front = next(s for s in issued if s.kind == "sertifikat")
    image = printing.render_image(layout, printing.Page(front, "front"), dpi=150)
    _check_qr(db, image, front.number)
    letter = next(s for s in issued if s.kind == "surat_keterangan")
    image = printing.render_image(layout, printing.Page(letter, "letter"), dpi=150)
    _check_qr(db, image, letter.number)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_qr_in_the_pdf_decodes_and_verifies(db, issued, qapp, tmp_path):
    pdf = tmp_path / "batch.pdf"
    front = next(s for s in issued if s.kind == "sertifikat")
    assert printing.write_pdf(pdf, certificate_layout.Layout(), [front]) == 2
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    (png,) = tmp_path.glob("page*.png")
    _check_qr(db, QImage(str(png)), front.number)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_batch_pdf_text_holds_every_name_and_number(issued, qapp, tmp_path):
    pdf = tmp_path / "batch.pdf"
    pages = printing.write_pdf(pdf, certificate_layout.Layout(), issued)
    graduates = [s for s in issued if s.kind == "sertifikat"]
    letters = [s for s in issued if s.kind == "surat_keterangan"]
    assert pages == 2 * len(graduates) + len(letters)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    for sheet in issued:
        assert sheet.number in text
        assert sheet.name.upper() in text or sheet.name in text
    # Letter-spaced, the title comes out with spaces between its letters.
    assert "SERTIFIKATPELATIHANKERJA" in re.sub(r"\s", "", text)


def test_reprint_is_marked_on_the_page(issued, qapp):
    sheet = issued[0]
    layout = certificate_layout.Layout()
    first = printing.render_image(layout, printing.Page(sheet, "front"), dpi=60)
    again = printing.render_image(layout, printing.Page(replace(sheet, copy=2), "front"), dpi=60)
    reds = lambda img: sum(  # noqa: E731 - a one-off measure
        1 for y in range(0, img.height() // 8) for x in range(img.width() // 2, img.width())
        if img.pixelColor(x, y).red() > 150 and img.pixelColor(x, y).green() < 90
    )  # fmt: skip
    assert reds(first) == 0 and reds(again) > 0


def test_layout_settings_are_validated_and_saved(db, admin):
    bad = replace(certificate_layout.Layout(), qr_size_mm=10, statement="{nama}", paper="A3")
    with db.transaction() as s, pytest.raises(Exception) as info:
        certificate_layout.save(s, admin, bad)
    assert set(info.value.errors) == {"qr_size_mm", "statement", "paper"}
    good = replace(certificate_layout.Layout(), paper="F4", title="SERTIFIKAT PELATIHAN")
    with db.transaction() as s:
        certificate_layout.save(s, admin, good)
    with db.session() as s:
        assert certificate_layout.load(s) == good


PRINTABLE_MM = 5.0  # what office printers print up to from the paper's edge (most leave 3–5 mm)
_DARK = bytes(1 if v < 128 else 0 for v in range(256))


def _ink_margins_mm(pdf, folder, dpi: int = 100) -> list[tuple[float, ...]]:
    """For each page, how far the ink stays from the left, top, right and bottom edge (mm)."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(folder / "p")],
                   check=True, capture_output=True)  # fmt: skip
    out = []
    for path in sorted(folder.glob("p-*.pgm")):
        page = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
        bits, stride, w = bytes(page.constBits()), page.bytesPerLine(), page.width()
        rows = [(y, bits[y * stride : y * stride + w].translate(_DARK))
                for y in range(page.height())]  # fmt: skip
        inked = [(y, r.find(1), r.rfind(1)) for y, r in rows if r.find(1) >= 0]
        left, right = min(i[1] for i in inked), max(i[2] for i in inked)
        top, bottom = inked[0][0], inked[-1][0]
        mm = 25.4 / dpi
        out.append((left * mm, top * mm, (w - 1 - right) * mm, (page.height() - 1 - bottom) * mm))
    return out


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_frame_stays_where_a_printer_prints_at_the_smallest_margin(db, issued, qapp,
                                                                        tmp_path):  # fmt: skip
    smallest = replace(certificate_layout.Layout(), margin_mm=certificate_layout.MIN_MARGIN_MM)
    assert certificate_layout.validate(smallest) == {}
    assert "margin_mm" in certificate_layout.validate(replace(smallest, margin_mm=12.5))
    pdf = tmp_path / "sertifikat.pdf"
    printing.write_pdf(pdf, smallest, issued[:1])
    for margins in _ink_margins_mm(pdf, tmp_path):
        assert min(margins) >= PRINTABLE_MM, margins
    # A layout saved when 5 mm was allowed is drawn with the smallest margin that prints whole.
    assert certificate_layout.from_dict({"margin_mm": 5}).margin_mm == 13.0
