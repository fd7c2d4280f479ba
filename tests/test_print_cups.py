"""Printing through a real CUPS server to a CUPS-PDF queue, which writes what a printer gets.

The clerk uses the certificates page and the print dialog as on the office PC; the test reads
the PDF CUPS-PDF wrote: the number of pages, their size, and the job's name. A printer stopped,
removed or rejecting jobs on the way is said in one sentence, and nothing is counted as
printed. Skipped where a private cupsd cannot be started (see tests/support/cups.py).
"""

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from blkdesk.core.attendance import attendance_paper
from blkdesk.core.certification import certificates
from blkdesk.core.models import Certificate
from blkdesk.printing import attendance_sheet, recovery_sheet
from blkdesk.printing.paper import F4, Device, Setup, Wanted
from blkdesk.ui.recovery_key_dialog import RecoveryKeyPanel
from blkdesk.ui.screens.certificates.page import CertificatesPage
from blkdesk.ui.widgets import printing as ui_printing
from blkdesk.ui.widgets.printing import Document, PrintDialog, print_document
from tests.support.batches import OPERATOR, assessed_batch, running_batch
from tests.support.cups import PPD, QUEUE, PrintServer, print_server
from tests.support.printing import answer_print_dialog
from tests.support.windows import context_of

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing")


@pytest.fixture
def cups() -> Iterator[PrintServer]:
    yield from print_server()


@pytest.fixture
def page(qtbot, qapp, db):
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


def _print_counts(page) -> list[int]:
    with page.ctx.db.session() as s:
        return list(s.scalars(select(Certificate.print_count).order_by(Certificate.id)))


def test_a_stopped_printer_is_said_and_nothing_is_counted(cups, page, qtbot, monkeypatch):
    """A queue stopped in CUPS (cupsdisable; on Windows a paused or offline printer) would keep
    the job waiting: the clerk is told before anything is sent, and may send it anyway."""
    subprocess.run(["cupsdisable", "-h", cups.address, QUEUE], check=True, capture_output=True)
    asked: list[str] = []
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: asked.append(a[2]) or no)
    answer_print_dialog(monkeypatch, qtbot)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    (said,) = asked
    assert said.startswith("Printer PDF sedang berhenti") and said.count(". ") <= 1, said
    assert "dikirim" not in page.message.text()
    assert _print_counts(page) == [0, 0, 0, 0] and not cups.queued()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: yes)  # send it to wait
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert "4 dokumen (6 halaman) dikirim ke printer PDF" in page.message.text()
    assert cups.queued().count(f"{QUEUE}-") == 1


@pytest.mark.parametrize("when", ["before", "during"])
def test_a_printer_removed_while_printing_is_said_and_nothing_is_counted(
    cups, page, qtbot, monkeypatch, when
):  # fmt: skip
    """The printer disappears after the clerk chose it (unplugged, removed in Windows): before
    the job starts, or once Qt opened the job for it (Qt then drops the job without a word).
    An exception would fail the test (qt_default_raising): the clerk sees no traceback."""

    def remove() -> None:
        subprocess.run(["lpadmin", "-h", cups.address, "-x", QUEUE], check=True,
                       capture_output=True)  # fmt: skip

    if when == "before":
        answer_print_dialog(monkeypatch, qtbot, lambda _dialog: remove())
    else:
        original = ui_printing.make_printer

        def make(*args):
            printer = original(*args)
            remove()
            return printer

        monkeypatch.setattr(ui_printing, "make_printer", make)
        answer_print_dialog(monkeypatch, qtbot)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: warned.append(a[2]))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    (said,) = warned
    assert said.startswith("Printer PDF tidak ada lagi di komputer ini"), said
    assert "dikirim" not in page.message.text()
    assert _print_counts(page) == [0, 0, 0, 0]
    assert not list(cups.out.glob("*.pdf"))


@pytest.fixture
def panel(qtbot, monkeypatch):
    """The recovery-key sheet on show, its print dialog answered with the default printer."""
    panel = RecoveryKeyPanel()
    qtbot.addWidget(panel)
    panel.show_sheet(recovery_sheet.RecoverySheet(
        "UPTD BLK Kabupaten Lebak", "blkdesk.sqlite", "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ",
        "k1", datetime(2026, 12, 1, tzinfo=UTC)))  # fmt: skip
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    return panel


def test_the_recovery_key_counts_as_kept_only_when_the_printer_took_it(cups, panel, monkeypatch):
    """The sheet is the key's only copy: a printer removed while it printed leaves the tick
    "sudah saya cetak" empty, so the clerk cannot close the key away unkept."""
    panel.print_sheet()
    assert panel.kept.isChecked() and _info(cups.wait_for_jobs(1)[0])[1] == ["595 x 842"]

    panel.kept.setChecked(False)
    render = recovery_sheet.render

    def removed_while_printing(device, sheet) -> int:
        subprocess.run(["lpadmin", "-h", cups.address, "-x", QUEUE], check=True,
                       capture_output=True)  # fmt: skip
        return render(device, sheet)

    monkeypatch.setattr(recovery_sheet, "render", removed_while_printing)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: warned.append(a[2]))
    panel.print_sheet()
    assert not panel.kept.isChecked()
    assert [w.split(" (")[0] for w in warned] == ["Printer PDF tidak ada lagi di komputer ini"]


def _cups(cups: PrintServer, command: str) -> None:
    subprocess.run([command, "-h", cups.address, QUEUE], check=True, capture_output=True)


@pytest.mark.parametrize("when", ["before", "during"])
def test_a_queue_rejecting_jobs_is_said_and_nothing_is_counted(
    cups, page, qtbot, monkeypatch, when
):  # fmt: skip
    """A queue set to refuse jobs (cupsreject) still looks idle to Qt, and Qt drops the spooler's
    refusal: only libcups tells. Refused before anything is sent, or (rejecting once Qt opened
    the job) when the spooler turns the job away; after cupsaccept the same click prints."""
    if when == "before":
        _cups(cups, "cupsreject")
    else:
        original, rejected = ui_printing.make_printer, []

        def make(*args):
            if not rejected:
                _cups(cups, "cupsreject")
                rejected.append(True)
            return original(*args)

        monkeypatch.setattr(ui_printing, "make_printer", make)
    assert QPrinterInfo.printerInfo(QUEUE).state() != QPrinter.PrinterState.Error
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: warned.append(a[2]))
    answer_print_dialog(monkeypatch, qtbot)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    (said,) = warned
    assert said.startswith("Printer PDF sedang menolak pekerjaan cetak"), said
    assert said.count(". ") == 0 and "Traceback" not in said
    assert "dikirim" not in page.message.text()
    assert _print_counts(page) == [0, 0, 0, 0] and not cups.queued()

    _cups(cups, "cupsaccept")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert "4 dokumen (6 halaman) dikirim ke printer PDF" in page.message.text()
    assert len(cups.wait_for_jobs(1)) == 1 and len(warned) == 1
    assert _print_counts(page) == [1, 1, 1, 1]


def test_the_recovery_key_is_not_kept_on_a_queue_rejecting_jobs(cups, panel, monkeypatch):
    """The key's only copy sent to a queue that turns jobs away leaves "sudah saya cetak" empty;
    once the queue takes jobs again, printing ticks it."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: warned.append(a[2]))
    _cups(cups, "cupsreject")
    panel.print_sheet()
    assert not panel.kept.isChecked()
    assert [w.split(",")[0] for w in warned] == ["Printer PDF sedang menolak pekerjaan cetak"]
    assert not cups.queued() and not list(cups.out.glob("*.pdf"))

    _cups(cups, "cupsaccept")
    panel.print_sheet()
    assert panel.kept.isChecked() and len(cups.wait_for_jobs(1)) == 1 and len(warned) == 1


STOPPED = "Printer ini sedang berhenti (dijeda, mati, atau kertasnya habis): dokumen akan "
REJECTING = "Printer ini sedang menolak pekerjaan cetak: pilih printer lain atau minta petugas "


def _print_dialog(qtbot) -> PrintDialog:
    """The print dialog on show for a one-page list, as the clerk sees it after Cetak…."""
    document = Document("daftar_peserta", "Daftar peserta", lambda *_a: 1, F4)
    dialog = PrintDialog(None, document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _said(dialog: PrintDialog) -> str | None:
    """The line under the printer, None when it is hidden."""
    return dialog.trouble.text() if dialog.trouble.isVisible() else None


def test_the_print_dialog_says_a_stopped_or_rejecting_printer_as_it_is_chosen(cups, qtbot):
    """The clerk sees the chosen printer's trouble under it before pressing Cetak, and can pick
    another printer: the line goes as a printer that is fine is chosen, and comes back."""
    assert _said(_print_dialog(qtbot)) is None

    _cups(cups, "cupsdisable")  # stopped: a job would wait in the queue
    said = _said(_print_dialog(qtbot))
    assert said is not None and said.startswith(STOPPED) and said.count(". ") == 0, said

    _cups(cups, "cupsreject")  # stopped and rejecting: a job would not even wait
    subprocess.run(["lpadmin", "-h", cups.address, "-p", "Kantor", "-E", "-v", "cups-pdf:/",
                    "-P", str(PPD)], check=True, capture_output=True)  # fmt: skip
    dialog = _print_dialog(qtbot)
    assert dialog.printer.currentText() == QUEUE  # the default
    said = _said(dialog)
    assert said is not None and said.startswith(REJECTING) and said.count(". ") == 0, said
    dialog.printer.setCurrentText("Kantor")
    assert _said(dialog) is None
    dialog.printer.setCurrentText(QUEUE)
    assert _said(dialog) == said

    _cups(cups, "cupsaccept")
    _cups(cups, "cupsenable")
    assert _said(_print_dialog(qtbot)) is None
