"""The attendance page, keyed by keyboard only as a clerk keys the paper daftar hadir."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import select, update

from blkdesk.core.models import AttendanceMark, Program
from blkdesk.ui.screens.attendance import printouts as attendance_print
from blkdesk.ui.screens.attendance.grid import STAT_COLUMNS
from blkdesk.ui.screens.attendance.page import AttendancePage
from tests.support.batches import keyed_codes, running_batch
from tests.support.disclosure_report import todays_disclosures
from tests.support.printing import answer_preview, answer_print_dialog, pdf_printer
from tests.support.windows import context_of


def _page(qtbot, db, batch_id):
    page = AttendancePage(context_of(db))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.select_batch(batch_id)
    page.view.setFocus()
    return page


def _type(qtbot, page, keys):
    for key in keys:
        qtbot.keyClick(page.view, key)


def _stat(page, row, column):
    return page.model.index(row, column).data()


def test_keying_a_week_undo_fill_and_warnings(qtbot, db, qtmodeltester):
    b = running_batch(db, days=10)
    page = _page(qtbot, db, b.id)
    qtmodeltester.check(page.model)
    assert page.view.currentIndex().column() == STAT_COLUMNS  # the first blank day
    # A week, read down each day's column of the paper: five participants, five days.
    week = ["hhhhh", "hhahh", "h ahh", "hsahh", "hhhhi"]
    for day_keys in week:
        _type(qtbot, page, day_keys)
    codes = keyed_codes(db)
    assert len(codes) == 25
    euis = b.enrollments[2]  # Euis Rahmawati: A on days 2, 3 and 4
    assert [codes[(euis, d)] for d in b.days[:5]] == ["H", "A", "A", "A", "H"]
    assert codes[(b.enrollments[1], b.days[2])] == "H"  # Space keys H
    assert codes[(b.enrollments[3], b.days[3])] == "H"
    assert codes[(b.enrollments[1], b.days[3])] == "S"
    assert "Euis Rahmawati tidak hadir 3 hari" in page.warnings.text()
    assert page.model.headerData(2, Qt.Orientation.Vertical).startswith("⚠")
    assert _stat(page, 2, 0) == "40,0"  # 2 of 5 keyed days so far
    assert _stat(page, 2, 2) == "2" and _stat(page, 2, 5) == "3"

    # The last key was I for the last participant; Ctrl+Z puts the blank back.
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (b.enrollments[4], b.days[4]) not in keyed_codes(db)
    assert page.view.currentIndex().row() == 4
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    assert keyed_codes(db)[(b.enrollments[4], b.days[4])] == "S"

    # Now on day 6: one sick participant, then "semua hadir" for the rest.
    assert page.model.day(page.view.currentIndex().column()) == b.days[5]
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    qtbot.keyClick(page.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    codes = keyed_codes(db)
    assert [codes[(e, b.days[5])] for e in b.enrollments] == ["H", "S", "H", "H", "H"]
    assert "Tersimpan: 4 sel" in page.message.text()
    assert _stat(page, 0, 0) == "100,0" and _stat(page, 0, 1) == "60,0"

    # Correcting Euis's Wednesday to H ends the run of absences and its warning.
    page.view.go_to(2, page.model.column_of(b.days[2]))
    qtbot.keyClick(page.view, Qt.Key.Key_H)
    assert not page.warnings.isVisible()
    assert not page.model.headerData(2, Qt.Orientation.Vertical).startswith("⚠")
    assert _stat(page, 2, 0) == "66,7"


def test_the_percentages_are_pointed_as_the_interface_writes_them(qtbot, db, english):
    """ "66,7" on the Indonesian page (above), "66.7" in English."""
    b = running_batch(db, days=10)
    page = _page(qtbot, db, b.id)
    _type(qtbot, page, "hha")
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert _stat(page, 0, 0) == "100.0" and _stat(page, 2, 0) == "0.0"


def test_a_selected_range_is_set_at_once_and_undone_together(qtbot, db):
    b = running_batch(db, days=10)
    page = _page(qtbot, db, b.id)
    page.view.go_to(0, page.model.column_of(b.days[0]))
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_I)
    assert set(keyed_codes(db).values()) == {"I"} and len(keyed_codes(db)) == 4
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert keyed_codes(db) == {}


def test_refused_marks_show_why_and_save_nothing(qtbot, db):
    b = running_batch(db, days=10, withdrawn={"Rizki Saputra": date(2025, 3, 5)})
    page = _page(qtbot, db, b.id)
    page.view.go_to(3, page.model.column_of(b.days[3]))
    qtbot.keyClick(page.view, Qt.Key.Key_H)
    assert "Rizki Saputra sudah mengundurkan diri sejak 5 Maret 2025" in page.message.text()
    assert keyed_codes(db) == {}
    assert page.view.currentIndex().row() == 3  # stays on the refused cell


def test_a_closed_batch_is_shown_but_not_keyed(qtbot, db):
    b = running_batch(db, days=5, status="ditutup")
    page = _page(qtbot, db, b.id)
    assert page.picker.show_closed.isChecked()
    assert "sudah ditutup" in page.message.text()
    assert not page.fill_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_H)
    assert "sudah ditutup" in page.message.text()
    assert keyed_codes(db) == {}


def test_a_note_is_attached_to_a_mark(qtbot, db, monkeypatch):
    b = running_batch(db, days=5)
    page = _page(qtbot, db, b.id)
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    page.view.go_to(0, page.model.column_of(b.days[0]))

    def typed(dialog):
        dialog.note.setText("Surat keterangan dokter")
        return 1

    monkeypatch.setattr("blkdesk.ui.screens.attendance.page.NoteDialog.exec", typed)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    with db.session() as s:
        mark = s.scalar(select(AttendanceMark))
        assert (mark.code, mark.note) == ("S", "Surat keterangan dokter")
    index = page.model.index(0, page.model.column_of(b.days[0]))
    assert index.data() == "S•"
    assert "Surat keterangan dokter" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_after_clicking_semua_hadir_the_next_key_goes_to_the_grid(qtbot, db):
    """Space is H in the grid; left on the clicked button it would press "Semua hadir" again
    and fill the whole next day."""
    b = running_batch(db, days=5)
    page = _page(qtbot, db, b.id)
    page.view.go_to(0, page.model.column_of(b.days[0]))
    qtbot.mouseClick(page.fill_button, Qt.MouseButton.LeftButton)
    assert page.focusWidget() is page.view
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_S)
    codes = keyed_codes(db)
    people = len(b.enrollments)
    assert sorted(codes.values()) == sorted(["H"] * (people + 1) + ["S"])
    assert {day for (_e, day) in codes} == {b.days[0], b.days[1]}
    # The note and undo buttons hand the keys back to the grid too.
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert page.focusWidget() is page.view


@pytest.mark.parametrize("language", ["id", "en"], indirect=True)
def test_the_count_headings_fit_their_columns(qtbot, db, language):
    """'% up to / last entry' was cut to 'ast entry' in the English interface."""
    from PySide6.QtGui import QFont, QFontMetrics

    b = running_batch(db, days=5)
    page = _page(qtbot, db, b.id)
    header = page.stats_view.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for column in range(STAT_COLUMNS):
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        widest = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
        assert widest + 6 <= header.sectionSize(column), (title, header.sectionSize(column))


def test_a_note_for_a_blank_cell_is_refused_before_the_dialog_opens(qtbot, db, monkeypatch):
    """A note typed for a cell with no code yet would be thrown away after OK."""
    b = running_batch(db, days=5)
    page = _page(qtbot, db, b.id)
    page.view.go_to(0, page.model.column_of(b.days[0]))
    opened: list[object] = []
    monkeypatch.setattr(
        "blkdesk.ui.screens.attendance.page.NoteDialog.exec", lambda d: opened.append(d) or 0
    )
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert opened == []
    assert "Isi dulu kode kehadirannya" in page.message.text()


def test_a_note_too_long_is_said_while_typing_and_ok_waits(qtbot, db, monkeypatch):
    b = running_batch(db, days=5)
    page = _page(qtbot, db, b.id)
    qtbot.keyClick(page.view, Qt.Key.Key_I)
    page.view.go_to(0, page.model.column_of(b.days[0]))
    seen: dict[str, object] = {}

    def typed(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.note, "Surat izin keluarga " + "x" * 490)
        seen["too long"] = (dialog.error.isVisibleTo(dialog), ok.isEnabled(), dialog.error.text())
        qtbot.keyClick(dialog.note, Qt.Key.Key_End)
        for _ in range(20):
            qtbot.keyClick(dialog.note, Qt.Key.Key_Backspace)
        seen["fits"] = (dialog.error.isVisibleTo(dialog), ok.isEnabled())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr("blkdesk.ui.screens.attendance.page.NoteDialog.exec", typed)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert seen["too long"] == (
        True, False, "Catatan terlalu panjang: 510 karakter, paling banyak 500."
    )  # fmt: skip
    assert seen["fits"] == (False, True)
    with db.session() as s:
        mark = s.scalar(select(AttendanceMark))
        assert (mark.code, len(mark.note)) == ("I", 490)


def _choose_in_options(qtbot, monkeypatch, button_name, start=None):
    def exec_(dialog):
        if start is not None:
            dialog.start.setDate(start)
        qtbot.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(attendance_print.SheetOptionsDialog, "exec", exec_)


def test_blank_sheet_saved_as_pdf_from_the_page(qtbot, db, monkeypatch, tmp_path):
    b = running_batch(db, days=10)
    page = _page(qtbot, db, b.id)
    target = tmp_path / "daftar"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _choose_in_options(qtbot, monkeypatch, "pdf_button")
    page.print_button.menu().actions()[0].trigger()
    pdf = tmp_path / "daftar.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "PDF disimpan" in page.message.text()
    ((what, detail),) = todays_disclosures(db)  # names left the database (UU PDP)
    assert what == "mengekspor/menyimpan daftar hadir"
    assert detail.startswith("angkatan ") and f"daftar hadir kosong; berkas {pdf}" in detail


def test_a_range_without_training_days_is_refused_beside_the_field(qtbot, db, monkeypatch):
    b = running_batch(db, days=10)
    page = _page(qtbot, db, b.id)
    seen = {}

    def exec_(dialog):
        dialog.start.setDate(QDate(2025, 3, 8))
        dialog.end.setDate(QDate(2025, 3, 9))
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.errors.labels["start"].text()
        return dialog.result()

    monkeypatch.setattr(attendance_print.SheetOptionsDialog, "exec", exec_)
    page.print_button.menu().actions()[0].trigger()
    assert seen["error"].startswith("Tidak ada hari pelatihan")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_recap_print_preview_prints_on_the_chosen_paper(
    qtbot, db, monkeypatch, tmp_path, request, lang
):
    if lang == "en":
        request.getfixturevalue("english")
    b = running_batch(db, days=5)
    page = _page(qtbot, db, b.id)
    _choose_in_options(qtbot, monkeypatch, "preview_button")
    printers = pdf_printer(monkeypatch, tmp_path)
    papers = []
    answer_print_dialog(monkeypatch, qtbot, lambda d: papers.append(d.paper.currentText()))
    answer_preview(
        monkeypatch, qtbot, lambda d: qtbot.mouseClick(d.print_button, Qt.MouseButton.LeftButton)
    )
    page.print_button.menu().actions()[1].trigger()
    ((title, out),) = printers.jobs
    assert out.read_bytes().startswith(b"%PDF")
    assert title.startswith({"id": "Rekap kehadiran", "en": "Attendance summary"}[lang])
    assert papers == ["A4 (210 × 297 mm)"]
    # In the page's language, though another module says it; one page, not "1 pages".
    said = {"id": "1 halaman dikirim ke printer PDF.", "en": "1 page sent to printer PDF."}
    assert page.message.text() == said[lang]
    ((what, detail),) = todays_disclosures(db)  # names went to paper (UU PDP)
    assert what == "mencetak daftar hadir" and detail.endswith("rekap kehadiran; printer PDF")


def test_excel_export_and_import_from_the_page(qtbot, db, monkeypatch, tmp_path):
    b = running_batch(db, days=5)
    page = _page(qtbot, db, b.id)
    path = tmp_path / "hadir.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    page.excel_button.menu().actions()[0].trigger()
    assert [w for w, _d in todays_disclosures(db)] == ["mengekspor/menyimpan daftar hadir"]
    book = load_workbook(path)
    book["Presensi"].cell(row=6, column=5, value="S")
    book["Presensi"].cell(row=7, column=5, value="Z")
    book.save(path)
    warned = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    page.excel_button.menu().actions()[1].trigger()
    qtbot.waitUntil(page._import_task.done.is_set)
    assert keyed_codes(db) == {(b.enrollments[0], b.days[0]): "S"}
    assert "kode 'Z'" in warned[0]
    assert page.model.index(0, page.model.column_of(b.days[0])).data() == "S"
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert keyed_codes(db) == {}  # an import is undone like any other change


@pytest.mark.parametrize("language", ["id", "en"], indirect=True)
def test_the_threshold_keeps_its_percent_sign_on_its_line(qtbot, db, language):
    """In English at 1366 × 768 the subtitle broke between "80" and "%"."""
    b = running_batch(db, days=5)
    page = _page(qtbot, db, b.id)
    assert page.info.text().endswith(" 80\u00a0%")


@pytest.mark.parametrize(
    ("language", "shown"), [("id", "87,5"), ("en", "87.5")], indirect=["language"]
)
def test_a_fractional_threshold_is_written_with_the_languages_decimal_mark(
    qtbot, db, language, shown
):

    b = running_batch(db, days=5)
    with db.transaction() as s:
        s.execute(update(Program).where(Program.code == "TIK-OPKOM")
                  .values(attendance_threshold=Decimal("87.5")))  # fmt: skip
    page = _page(qtbot, db, b.id)
    assert page.info.text().endswith(f" {shown}\u00a0%")
    tip = page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert f" {shown} %" in tip, tip
