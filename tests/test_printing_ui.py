"""Printing as a clerk does it: every preview opens on the screen and closes; the print dialog
offers the papers by name, remembers them per kind of document, prints the paper and the pages
chosen, and only those pages are counted."""

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QToolButton
from sqlalchemy import select

from blkdesk.core.certification import certificates
from blkdesk.core.models import Certificate
from blkdesk.printing.paper import A4, LANDSCAPE, Setup
from blkdesk.ui import style
from blkdesk.ui.screens.attendance import printouts as attendance_print
from blkdesk.ui.screens.attendance.page import AttendancePage
from blkdesk.ui.screens.certificates.page import CertificatesPage
from blkdesk.ui.screens.training.batch_detail import BatchDetailDialog
from blkdesk.ui.widgets.printing import Document, PrintDialog, print_document
from blkdesk.ui.widgets.savefile import ask_save_path
from tests.support import training_data
from tests.support.batches import OPERATOR, assessed_batch, planned_batch, running_batch
from tests.support.printing import answer_preview, answer_print_dialog, pdf_printer
from tests.support.windows import context_of

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ctx(db):
    return context_of(db)


def _pdfinfo(path: Path) -> str:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    return subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def _page_sizes(path: Path) -> list[str]:
    """Each page's size in whole points, as "width x height"."""
    found = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", _pdfinfo(path), re.M)
    return [f"{round(float(w))} x {round(float(h))}" for w, h in found]


def _certificates_page(qtbot, qapp, ctx, participants=2):
    built = assessed_batch(ctx.db, participants=participants)
    certificates.issue_for_batch(ctx.db, OPERATOR, built.id)
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.refresh()
    page.tabs.setCurrentIndex(2)
    return page


def _check_fits(dialog) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    frame = dialog.frameGeometry()
    assert frame.width() <= area.width() and frame.height() <= area.height(), frame


def test_every_print_preview_opens_fits_the_screen_and_closes(qtbot, qapp, ctx, monkeypatch):
    shown = answer_preview(monkeypatch, qtbot)
    page = _certificates_page(qtbot, qapp, ctx)
    qtbot.mouseClick(page.preview_button, LEFT)
    assert shown[-1].page_count() == 6  # two sertifikat (front, back) and two letters
    assert shown[-1].windowTitle().startswith("Pratinjau cetak: Sertifikat Angkatan")

    b = running_batch(ctx.db, days=10)
    attendance = AttendancePage(ctx)
    qtbot.addWidget(attendance)
    attendance.show()
    attendance.select_batch(b.id)

    def preview_button(dialog):
        qtbot.mouseClick(dialog.preview_button, LEFT)
        return dialog.result()

    monkeypatch.setattr(attendance_print.SheetOptionsDialog, "exec", preview_button)
    attendance.print_button.menu().actions()[0].trigger()  # the blank daftar hadir
    assert shown[-1].windowTitle().startswith("Pratinjau cetak: Daftar hadir")
    attendance.print_button.menu().actions()[1].trigger()  # the recap
    assert shown[-1].windowTitle().startswith("Pratinjau cetak: Rekap kehadiran")

    assert len(shown) == 3
    for dialog in shown:
        assert dialog.page_count() >= 1
        assert not dialog.isVisible()
        _check_fits(dialog)


def test_participant_list_preview_opens_fits_the_screen_and_closes(qtbot, ctx, monkeypatch):
    shown = answer_preview(monkeypatch, qtbot)
    pid = training_data.make_program(ctx.db, ctx.actor)
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    training_data.make_participants(ctx.db, ctx.actor, bid, 3)
    detail = BatchDetailDialog(ctx, bid)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.mouseClick(detail.preview_button, LEFT)
    (dialog,) = shown
    assert dialog.windowTitle().startswith("Pratinjau cetak: Daftar peserta")
    assert dialog.page_count() == 1 and not dialog.isVisible()
    _check_fits(dialog)


def test_preview_pages_turn_and_zoom_in_indonesian(qtbot, qapp, ctx, monkeypatch):
    def turn(dialog):
        assert dialog.page_label.text() == "Halaman 1 dari 6"
        texts = {b.text() for b in dialog.findChildren(QToolButton)}
        assert {"◀ Sebelumnya", "Berikutnya ▶", "Perbesar", "Perkecil"} <= texts
        qtbot.mouseClick(
            next(b for b in dialog.findChildren(QToolButton) if b.text() == "Berikutnya ▶"), LEFT
        )
        assert dialog.page_label.text() == "Halaman 2 dari 6"

    shown = answer_preview(monkeypatch, qtbot, turn)
    page = _certificates_page(qtbot, qapp, ctx)
    qtbot.mouseClick(page.preview_button, LEFT)
    assert shown


def _fake_document(kind: str, pages: int = 3) -> Document:
    def render(device, setup, wanted):
        from blkdesk.printing.paper import Pages, page_layout

        job = Pages(device, wanted)
        for n in range(pages):
            painter = job.next(page_layout(setup.paper or A4, setup.landscape(False)))
            painter.drawText(1000, 1000, f"halaman {n + 1}")
        job.finish()
        return pages

    return Document(kind, f"Uji {kind}", render, A4)


def test_the_print_dialog_remembers_printer_paper_and_orientation_per_kind(
    qtbot, qapp, monkeypatch, tmp_path
):
    printers = pdf_printer(monkeypatch, tmp_path)

    def f4_landscape(dialog: PrintDialog) -> None:
        labels = [dialog.paper.itemText(i) for i in range(dialog.paper.count())]
        assert labels == ["A4 (210 × 297 mm)", "F4 (215 × 330 mm)",
                          "Letter (215.9 × 279.4 mm)", "Legal (215.9 × 355.6 mm)"]  # fmt: skip
        assert dialog.windowTitle() == "Cetak: Uji daftar_hadir"
        dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
        dialog.orientation.setCurrentIndex(dialog.orientation.findData(LANDSCAPE))

    answer_print_dialog(monkeypatch, qtbot, f4_landscape)
    printed = print_document(None, _fake_document("daftar_hadir"))
    assert printed is not None and printed.printer == "PDF" and printed.pages == [1, 2, 3]
    assert _page_sizes(printers.jobs[-1][1]) == ["935 x 609"] * 3

    seen: list[PrintDialog] = []
    answer_print_dialog(monkeypatch, qtbot, seen=seen)
    print_document(None, _fake_document("daftar_hadir"))
    print_document(None, _fake_document("daftar_peserta"))
    again, other = seen
    assert (again.paper.currentData(), again.orientation.currentData()) == ("F4", LANDSCAPE)
    assert again.printer.currentText() == "PDF"
    assert (other.paper.currentData(), other.orientation.currentData()) == ("A4", "auto")
    assert _page_sizes(printers.jobs[-1][1]) == ["595 x 842"] * 3


def test_without_a_printer_the_dialog_says_so_and_cannot_print(qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(list))
    dialog = PrintDialog(None, _fake_document("x"))
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    assert "Belum ada printer" in dialog.note.text()


def test_a_page_range_prints_and_counts_only_its_certificates(qtbot, qapp, ctx, monkeypatch,
                                                               tmp_path):  # fmt: skip
    page = _certificates_page(qtbot, qapp, ctx)
    printers = pdf_printer(monkeypatch, tmp_path)

    def pages_2_to_3(dialog: PrintDialog) -> None:
        assert dialog.all_pages.text() == "Semua (6 halaman)"
        assert not dialog.copies.isVisible()  # a certificate is printed once, then reprinted
        dialog.first.setValue(2)
        dialog.last.setValue(3)
        assert dialog.some_pages.isChecked()

    answer_print_dialog(monkeypatch, qtbot, pages_2_to_3)
    qtbot.mouseClick(page.print_button, LEFT)
    ((title, pdf),) = printers.jobs
    assert title.startswith("Sertifikat Angkatan") and title.count("/") == 1
    assert _page_sizes(pdf) == ["842 x 595", "595 x 842"]  # a back, a letter
    assert "2 dokumen (2 halaman) dikirim ke printer PDF" in page.message.text()
    with ctx.db.session() as s:
        counts = dict(s.execute(select(Certificate.id, Certificate.print_count)).all())
        order = certificates.printable_ids(s, page.batch_id)
    # Page 2 is the first sertifikat's back, page 3 the same participant's letter.
    assert [counts[i] for i in order] == [1, 1, 0, 0]


def test_the_paper_chosen_is_the_paper_used(qtbot, qapp, ctx, monkeypatch, tmp_path):
    page = _certificates_page(qtbot, qapp, ctx, participants=1)
    printers = pdf_printer(monkeypatch, tmp_path)
    answer_print_dialog(monkeypatch, qtbot,
                        lambda d: d.paper.setCurrentIndex(d.paper.findData("Legal")))  # fmt: skip
    page.doc_kind.setCurrentIndex(page.doc_kind.findData("sertifikat"))
    qtbot.mouseClick(page.print_button, LEFT)
    ((_title, pdf),) = printers.jobs
    assert _page_sizes(pdf) == ["1008 x 612"] * 2  # US Legal, landscape, front and back


def test_issuing_nothing_says_why_and_not_in_green(qtbot, qapp, ctx):
    page = _certificates_page(qtbot, qapp, ctx)
    qtbot.mouseClick(page.issue_button, LEFT)
    text = page.message.text()
    assert text.startswith("Tidak ada dokumen baru yang diterbitkan: semua peserta")
    assert style.OK not in page.message.styleSheet()


def test_save_dialog_opens_in_documents_then_in_the_last_folder(qtbot, monkeypatch, tmp_path):
    documents = tmp_path / "Dokumen"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _l: str(documents)))
    asked = []
    chosen = tmp_path / "arsip" / "sertifikat.pdf"
    chosen.parent.mkdir()

    def ask(_parent, _title, start, _filters):
        asked.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert ask_save_path(None, "Simpan", "a.pdf", "PDF (*.pdf)") == chosen
    assert ask_save_path(None, "Simpan", "b.pdf", "PDF (*.pdf)") == chosen
    assert asked == [str(documents / "a.pdf"), str(chosen.parent / "b.pdf")]


def test_setup_orientation_keeps_or_overrides_the_documents_own():
    assert Setup().landscape(True) and not Setup().landscape(False)
    assert Setup(orientation=LANDSCAPE).landscape(False)
