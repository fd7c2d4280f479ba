"""Printing through a real CUPS server to a CUPS-PDF queue, which writes what a printer gets.

The clerk uses the certificates page and the print dialog as on the office PC; the test reads
the PDF CUPS-PDF wrote: the number of pages, their size, and the job's name. Skipped where a
private cupsd cannot be started (see tests/support/cups.py).
"""

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from blkdesk.core.attendance import attendance_paper
from blkdesk.core.certification import certificates
from blkdesk.core.models import Certificate
from blkdesk.printing import attendance_sheet
from blkdesk.printing.paper import F4, Device, Setup, Wanted
from blkdesk.ui import style
from blkdesk.ui.screens.certificates.page import CertificatesPage
from blkdesk.ui.widgets.printing import Document, PrintDialog, print_document
from tests.support.batches import OPERATOR, assessed_batch, running_batch
from tests.support.cups import PrintServer, print_server
from tests.support.printing import answer_print_dialog
from tests.support.windows import context_of

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing")


@pytest.fixture
def cups() -> Iterator[PrintServer]:
    yield from print_server()


@pytest.fixture
def page(qtbot, qapp, db):
    style.apply(qapp)
    built = assessed_batch(db, participants=2)
    certificates.issue_for_batch(db, OPERATOR, built.id)
    page = CertificatesPage(context_of(db))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.tabs.setCurrentIndex(2)
    return page


def _info(pdf: Path) -> tuple[str, list[str]]:
    """The PDF's title (CUPS-PDF writes it in PostScript's parentheses) and each page's size in
    whole points."""
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    title = re.search(r"^Title:\s*(.*)$", out, re.M)
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out, re.M)
    return (title[1].strip().removeprefix("(").removesuffix(")") if title else ""), [
        f"{round(float(w))} x {round(float(h))}" for w, h in sizes
    ]


def test_a_batch_and_a_page_range_print_through_cups(cups, page, qtbot, monkeypatch):
    assert QPrinterInfo.availablePrinterNames() == ["PDF"]
    answer_print_dialog(monkeypatch, qtbot)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    title = page.job_title()
    assert re.fullmatch(r"Sertifikat Angkatan \S+/\d{4} .+", title)
    assert "4 dokumen (6 halaman) dikirim ke printer PDF" in page.message.text()
    (whole,) = cups.wait_for_jobs(1)
    # What the printer gets: every page on A4; the landscape certificate pages turned to fit.
    assert _info(whole) == (title, ["595 x 842"] * 6)
    assert re.sub(r"\W+", "_", title).strip("_") in whole.name  # the queue shows the job's name

    def pages_2_to_3(dialog: PrintDialog) -> None:
        dialog.first.setValue(2)
        dialog.last.setValue(3)

    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: yes)  # a reprint, and it says so
    answer_print_dialog(monkeypatch, qtbot, pages_2_to_3)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    _whole, part = cups.wait_for_jobs(2)
    assert _info(part)[1] == ["595 x 842"] * 2
    with page.ctx.db.session() as s:
        counts = dict(s.execute(select(Certificate.id, Certificate.print_count)).all())
        order = certificates.printable_ids(s, page.batch_id)
    assert [counts[i] for i in order] == [2, 2, 1, 1]  # only the range's documents counted again


def test_the_daftar_hadir_prints_on_f4(cups, qapp, db, qtbot, monkeypatch):
    b = running_batch(db, days=10)
    with db.session() as s:
        blank = attendance_paper.blank_sheet(s, b.id, b.days[0], b.days[-1])

    def render(device: Device, setup: Setup, wanted: Wanted | None) -> int:
        return attendance_sheet.render_blank(device, blank, F4, setup, wanted)

    document = Document("daftar_hadir", "Daftar hadir Angkatan 0303/2025", render, F4)
    offered: list[str] = []
    answer_print_dialog(monkeypatch, qtbot, lambda d: offered.extend(
        d.paper.itemData(i) for i in range(d.paper.count())))  # fmt: skip
    printed = print_document(None, document)
    assert printed is not None and printed.printer == "PDF"
    assert "F4" in offered
    (pdf,) = cups.wait_for_jobs(1)
    assert _info(pdf) == ("Daftar hadir Angkatan 0303/2025", ["609 x 935"])
