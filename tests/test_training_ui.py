"""The Pelatihan & Angkatan screens, driven the way a clerk works them."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QStyle,
)
from sqlalchemy import select

from blkdesk.core.models import Batch, Enrollment, Program, User
from blkdesk.core.training import batches, catalog, selection
from blkdesk.ui import i18n
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import weekday_short
from blkdesk.ui.screens.training import batch_detail
from blkdesk.ui.screens.training.batch_detail import BatchDetailDialog
from blkdesk.ui.screens.training.batch_dialog import BatchDialog
from blkdesk.ui.screens.training.calendar import HOLIDAY_BG, TRAINING_BG
from blkdesk.ui.screens.training.page import TrainingPage
from blkdesk.ui.screens.training.program_dialog import ProgramDialog, UnitsModel
from blkdesk.ui.screens.training.registers import ClosureDialog, InstructorDialog
from blkdesk.ui.screens.training.selection_model import ApplicantsModel
from blkdesk.ui.screens.training.small_dialogs import DateReasonDialog, TraineePickerDialog
from tests.support.batches import planned_batch, running_batch
from tests.support.disclosure_report import todays_disclosures
from tests.support.training_data import make_participants, make_program, make_trainees
from tests.support.windows import context_of

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ctx(db):
    return context_of(db)


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def press_return(editor):
    """Return in a cell editor; the delegate commits on the next turn of the event loop."""
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_over(qtbot, widget, text):
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_create_programme_with_units(qtbot, ctx):
    dialog = ProgramDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.vocation.setCurrentIndex(dialog.vocation.findData("TIK"))
    qtbot.keyClicks(dialog.code, "tik-desain")
    qtbot.keyClicks(dialog.name, "Desain Grafis Muda")
    type_over(qtbot, dialog.total_jp, "40")
    dialog.min_education.setCurrentIndex(dialog.min_education.findData("SLTA/SEDERAJAT"))
    assert dialog.units_model.rowCount() == 1  # a blank first row is ready
    dialog.units_view.setCurrentIndex(dialog.units_model.index(0, 0))
    dialog.units_view.edit(dialog.units_model.index(0, 0))
    for text in ("J.620100.010.01", "Mengoperasikan Perangkat Lunak Desain"):
        qtbot.keyClicks(dialog.focusWidget(), text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "24")
    press_return(dialog.focusWidget())
    qtbot.mouseClick(dialog.add_unit, LEFT)
    for text in ("TIK.DG01.002.01", "Membuat Tata Letak"):
        qtbot.keyClicks(dialog.focusWidget(), text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "16")
    press_return(dialog.focusWidget())
    assert "2 unit, 40 JP" in dialog.units_summary.text()
    assert "SKKNI" not in dialog.units_summary.text()  # the older code format is accepted
    assert dialog.duration.text() == "≈ 5 hari pelatihan"
    qtbot.mouseClick(ok(dialog), LEFT)
    assert dialog.result() == ProgramDialog.DialogCode.Accepted
    with ctx.db.session() as s:
        program = catalog.get_program(s, dialog.saved_id)
        assert (program.code, program.min_education, program.attendance_threshold) == (
            "TIK-DESAIN", "SLTA/SEDERAJAT", 80)  # fmt: skip
        assert [(u.code, u.jp) for u in catalog.live_units(s, program.id)] == [
            ("J.620100.010.01", 24), ("TIK.DG01.002.01", 16)]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "shown", "typed"),
    [("id", "87,5 %", "82,5"), ("en", "87.5 %", "82.5")],
    indirect=["language"],
)
def test_a_fractional_threshold_is_shown_and_kept_when_the_programme_is_saved(
    qtbot, ctx, language, shown, typed
):
    """A whole-number box rounded 87.5 to 88 on every save of the programme."""
    program_id = make_program(ctx.db, ctx.actor, attendance_threshold=Decimal("87.5"))
    dialog = _in_front(qtbot, ProgramDialog(ctx, program_id))
    assert dialog.threshold.text() == shown
    qtbot.keyClicks(dialog.name, " Lanjutan")
    qtbot.mouseClick(ok(dialog), LEFT)
    with ctx.db.session() as s:
        assert s.get(Program, program_id).attendance_threshold == Decimal("87.5")
    dialog = _in_front(qtbot, ProgramDialog(ctx, program_id))
    dialog.threshold.lineEdit().selectAll()
    qtbot.keyClicks(dialog.threshold, typed)
    qtbot.mouseClick(ok(dialog), LEFT)
    with ctx.db.session() as s:
        assert s.get(Program, program_id).attendance_threshold == Decimal("82.5")
    dialog = _in_front(qtbot, ProgramDialog(ctx, program_id))
    dialog.threshold.setValue(80)
    assert dialog.threshold.text() == "80 %"


def test_programme_errors_show_beside_fields(qtbot, ctx):
    dialog = ProgramDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "x")
    qtbot.mouseClick(ok(dialog), LEFT)
    assert dialog.isVisible()
    assert dialog.errors.labels["vocation"].text() == "Kejuruan wajib dipilih."
    assert "Kode program" in dialog.errors.labels["code"].text()
    assert "minimal satu unit" in dialog.units_error.text()


def _in_front(qtbot, dialog):
    """The dialog shown and active, so leaving a field (Tab) moves the focus as for a clerk."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_programme_code_already_used_is_said_as_the_clerk_leaves_it(qtbot, ctx):
    make_program(ctx.db, ctx.actor)
    with ctx.db.session() as s:
        used = s.scalar(select(Program.code))
    dialog = _in_front(qtbot, ProgramDialog(ctx))
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, used.lower())
    assert not dialog.errors.labels["code"].isVisibleTo(dialog)  # still typing
    qtbot.keyClick(dialog.code, Qt.Key.Key_Tab)
    assert dialog.errors.labels["code"].text() == f"Kode program {used} sudah dipakai program lain."
    assert not dialog.errors.labels["name"].isVisibleTo(dialog)  # not reached yet


def test_a_batch_without_a_name_is_said_as_the_clerk_leaves_the_name(qtbot, ctx):
    make_program(ctx.db, ctx.actor)
    dialog = _in_front(qtbot, BatchDialog(ctx))
    dialog.name.setFocus()
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert dialog.errors.labels["name"].text() == (
        "Nama angkatan wajib diisi, mis. Angkatan II/2025."
    )
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Angkatan IV/2026")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert not dialog.errors.labels["name"].isVisibleTo(dialog)


def test_the_training_days_are_named_like_every_other_weekday(qtbot, ctx, english):
    # The batch form once had its own day names, where Tuesday ('Sel') read 'Cell' in English.
    make_program(ctx.db, ctx.actor)
    dialog = BatchDialog(ctx)
    qtbot.addWidget(dialog)
    shown = [box.text() for box in dialog.weekday_boxes]
    assert shown == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert shown == [weekday_short(date(2026, 8, 10) + timedelta(days=n)) for n in range(7)]


def test_plan_batch_skips_the_national_holiday(qtbot, ctx):
    pid = make_program(ctx.db, ctx.actor, total_jp=80)  # 10 days
    dialog = BatchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.program.setCurrentIndex(dialog.program.findData(pid))
    dialog.start.setDate(QDate(2026, 8, 10))  # 17 August, Independence Day, is a Monday
    assert dialog.name.text() == "Angkatan I/2026"
    assert "10 hari pelatihan" in dialog.summary.text()
    assert "Dilewati: 1 libur nasional" in dialog.summary.text()
    cal = dialog.calendar.calendar
    assert cal.dateTextFormat(QDate(2026, 8, 17)).background().color() == QColor(HOLIDAY_BG)
    assert cal.dateTextFormat(QDate(2026, 8, 18)).background().color() == QColor(TRAINING_BG)
    dialog.calendar.select(date(2026, 8, 17))
    assert "libur nasional (Hari Kemerdekaan" in dialog.calendar.info.text()
    dialog.mode.setCurrentIndex(dialog.mode.findData("mtu"))
    qtbot.mouseClick(ok(dialog), LEFT)
    assert dialog.errors.labels["location"].text().startswith("Untuk MTU")
    qtbot.keyClicks(dialog.location, "Desa Sukamaju, Kec. Cibadak")
    dialog.weekday_boxes[0].click()  # no Mondays: the plan follows at once
    assert "11 Agustus 2026 sampai 27 Agustus 2026" in dialog.summary.text()  # Maulid skipped
    dialog.weekday_boxes[0].click()
    qtbot.mouseClick(ok(dialog), LEFT)
    assert dialog.result() == BatchDialog.DialogCode.Accepted
    with ctx.db.session() as s:
        days = batches.days_of(s, dialog.saved_id)
        batch = s.get(Batch, dialog.saved_id)
    assert len(days) == 10 and date(2026, 8, 17) not in days
    assert (batch.start_date, batch.end_date, batch.mode) == (
        date(2026, 8, 10), date(2026, 8, 24), "mtu")  # fmt: skip


def _batch_window(qtbot, ctx, batch_id: int) -> BatchDetailDialog:
    """The batch's window, open as the clerk opens it from the list."""
    dialog = BatchDetailDialog(ctx, batch_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _pick_everyone(qtbot, monkeypatch, search: str):
    def drive(self):
        qtbot.keyClicks(self.search, search)
        qtbot.waitUntil(lambda: self.model.rowCount() > 0 and not self._debounce.isActive())
        self.view.selectAll()
        qtbot.mouseClick(ok(self), LEFT)
        return self.result()

    monkeypatch.setattr(TraineePickerDialog, "exec", drive)


def _picker(qtbot, ctx) -> TraineePickerDialog:
    picker = TraineePickerDialog(ctx.db, mask_nik=False)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_one_person_found_is_added_with_enter_from_the_search(qtbot, ctx):
    """Enter after typing a name that finds one person did nothing: the clerk had to take the
    mouse to click the row first."""
    ids = make_trainees(ctx.db, 3)
    make_trainees(ctx.db, 1, start_serial=9, name="Siti Aminah")
    picker = _picker(qtbot, ctx)
    qtbot.keyClicks(picker.search, "siti amin")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == TraineePickerDialog.DialogCode.Accepted
    assert len(picker.chosen) == 1 and picker.chosen[0] not in ids


def test_down_and_enter_pick_from_several_found_without_the_mouse(qtbot, ctx):
    ids = make_trainees(ctx.db, 3)
    picker = _picker(qtbot, ctx)
    qtbot.keyClicks(picker.search, "peserta uji")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.focusWidget() is picker.view
    qtbot.keyClick(picker.view, Qt.Key.Key_Down)
    qtbot.keyClick(picker.view, Qt.Key.Key_Return)
    assert picker.result() == TraineePickerDialog.DialogCode.Accepted
    assert picker.chosen == [ids[1]]


def test_enter_with_several_found_and_none_chosen_marks_the_first(qtbot, ctx):
    ids = make_trainees(ctx.db, 3)
    picker = _picker(qtbot, ctx)
    qtbot.keyClicks(picker.search, "peserta uji")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.isVisible() and picker.focusWidget() is picker.view
    qtbot.keyClick(picker.view, Qt.Key.Key_Return)
    assert picker.chosen == [ids[0]]


def test_the_applicant_just_added_is_marked_with_their_requirements(qtbot, ctx, monkeypatch):
    """After adding, nothing was selected: the clerk hunted through the rows for the new person
    before accepting them, and the requirements panel still said "select an applicant"."""
    pid = make_program(ctx.db, ctx.actor)
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    make_trainees(ctx.db, 3)
    make_trainees(ctx.db, 1, start_serial=9, name="Siti Aminah")
    dialog = _batch_window(qtbot, ctx, bid)
    with ctx.db.transaction() as s:
        selection.add_applicants(s, ctx.actor, bid, make_trainees(ctx.db, 2, start_serial=20))

    def drive(self):
        self.show()
        qtbot.keyClicks(self.search, "siti amin")
        qtbot.keyClick(self.search, Qt.Key.Key_Return)
        return self.result()

    monkeypatch.setattr(TraineePickerDialog, "exec", drive)
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert [r.name for r in dialog._selected_rows()] == ["Siti Aminah"]
    assert dialog.checks.text() == "Program ini tidak menetapkan syarat peserta."  # hers
    assert dialog.focusWidget() is dialog.view and dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert "1 dari 16" in dialog.counts.text()


def test_a_new_batch_opens_ready_to_add_its_first_registrant_with_enter(qtbot, ctx, monkeypatch):
    """The window of a batch just planned had the keyboard on "Ubah rencana…": Enter there
    reopened the plan instead of adding the first registrant."""
    pid = make_program(ctx.db, ctx.actor)
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    make_trainees(ctx.db, 1, start_serial=9, name="Siti Aminah")
    dialog = _batch_window(qtbot, ctx, bid)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def drive(self):
        self.show()
        qtbot.keyClicks(self.search, "siti amin")
        qtbot.keyClick(self.search, Qt.Key.Key_Return)
        return self.result()

    monkeypatch.setattr(TraineePickerDialog, "exec", drive)
    monkeypatch.setattr(BatchDialog, "exec", lambda self: 0)  # the plan, closed unchanged
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert [r.name for r in dialog.model.rows] == ["Siti Aminah"]
    assert "1 pendaftar" in dialog.counts.text()
    with ctx.db.session() as s:
        assert s.scalar(select(Enrollment.batch_id)) == bid


@pytest.mark.parametrize(("name", "title"), [("Angkatan I/2026", "Angkatan I/2026"),
                                             ("Gelombang 2", "Gelombang 2"),
                                             ("III/2026", "Angkatan III/2026")])  # fmt: skip
def test_the_batch_window_names_the_batch_once(qtbot, ctx, name, title):
    pid = make_program(ctx.db, ctx.actor)
    dialog = _batch_window(
        qtbot, ctx, planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10), name=name)
    )
    assert dialog.windowTitle() == title


def test_select_up_to_capacity_then_the_17th_is_refused(qtbot, ctx, monkeypatch, warnings):
    pid = make_program(ctx.db, ctx.actor)
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    make_trainees(ctx.db, 17)
    dialog = _batch_window(qtbot, ctx, bid)
    _pick_everyone(qtbot, monkeypatch, "peserta uji")
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.model.rowCount() == 17
    assert "17 pendaftar" in dialog.counts.text()
    dialog.view.selectAll()
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert len(warnings) == 1 and "sudah penuh (16 dari 16 peserta)" in warnings[0]
    assert "16 dari 16" in dialog.counts.text()
    with ctx.db.session() as s:
        assert selection.counts(s, bid)["peserta"] == 16
    refused = next(r for r in range(17) if dialog.model.rows[r].status == "pendaftar")
    dialog.view.selectRow(refused)
    qtbot.mouseClick(dialog.reserve_button, LEFT)
    assert dialog.model.rows[refused].status == "cadangan"
    assert "1 cadangan" in dialog.counts.text()


def test_overlapping_batch_is_refused_on_screen(qtbot, ctx, monkeypatch, warnings):
    pid = make_program(ctx.db, ctx.actor)
    first = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    second = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 12), name="Angkatan II/2026")
    make_participants(ctx.db, ctx.actor, first)
    dialog = _batch_window(qtbot, ctx, second)
    _pick_everyone(qtbot, monkeypatch, "peserta uji 001")
    qtbot.mouseClick(dialog.add_button, LEFT)
    dialog.view.selectRow(0)
    assert "✓" in dialog.checks.text() or "tidak menetapkan" in dialog.checks.text()
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert "sudah menjadi peserta Angkatan I/2026" in warnings[0]
    assert "bertabrakan" in warnings[0]
    assert dialog.model.rows[0].status == "pendaftar"


def test_ineligible_applicant_needs_a_reason(qtbot, ctx, monkeypatch):
    pid = make_program(ctx.db, ctx.actor, min_education="DIPLOMA IV/STRATA I")
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    (tid,) = make_trainees(ctx.db, 1)
    with ctx.db.transaction() as s:
        selection.add_applicants(s, ctx.actor, bid, [tid])

    def give_reason(self):
        qtbot.keyClicks(self.reason, "Disetujui kepala BLK")
        qtbot.mouseClick(ok(self), LEFT)
        return self.result()

    monkeypatch.setattr(batch_detail.ReasonDialog, "exec", give_reason)
    dialog = _batch_window(qtbot, ctx, bid)
    assert dialog.model.data(dialog.model.index(0, 4)) == "✗ Tidak: pendidikan"
    dialog.view.selectRow(0)
    assert "✗" in dialog.checks.text()
    qtbot.mouseClick(dialog.accept_button, LEFT)
    assert dialog.model.rows[0].status == "peserta"


def test_withdrawal_with_date_and_reason(qtbot, ctx, monkeypatch):
    pid = make_program(ctx.db, ctx.actor)
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    make_participants(ctx.db, ctx.actor, bid)
    refusals = []

    def fill(self):
        self.date.setDate(QDate(2026, 8, 12))
        qtbot.mouseClick(ok(self), LEFT)  # no reason yet: the dialog stays open
        refusals.append(self.errors.labels["reason"].text())
        qtbot.keyClicks(self.reason, "Diterima bekerja")
        qtbot.mouseClick(ok(self), LEFT)
        return self.result()

    monkeypatch.setattr(DateReasonDialog, "exec", fill)
    dialog = _batch_window(qtbot, ctx, bid)
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.withdraw_button, LEFT)
    row = dialog.model.rows[0]
    assert (row.status, row.status_changed_on, row.withdraw_reason) == (
        "mengundurkan_diri", date(2026, 8, 12), "Diterima bekerja")  # fmt: skip
    assert refusals == ["Alasan wajib diisi."]
    assert dialog.model.data(dialog.model.index(0, 6)) == "12 Agustus 2026: Diterima bekerja"


def test_move_a_day_on_the_calendar(qtbot, ctx, monkeypatch, warnings):
    pid = make_program(ctx.db, ctx.actor)
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    targets = iter([date(2026, 8, 17), date(2026, 8, 15)])  # a holiday first, then a Saturday
    seen = []

    def choose(self):
        seen.append(self.errors.labels["on"].text())
        try:
            self.date.setDate(QDate(next(targets)))
        except StopIteration:
            return False
        qtbot.mouseClick(ok(self), LEFT)
        return self.result()

    monkeypatch.setattr(DateReasonDialog, "exec", choose)
    dialog = _batch_window(qtbot, ctx, bid)
    dialog.tabs.setCurrentIndex(1)
    dialog.calendar.select(date(2026, 8, 12))
    assert dialog.move_button.text() == "Pindahkan 12 Agustus 2026…"
    qtbot.mouseClick(dialog.move_button, LEFT)
    assert "libur nasional" in seen[1]  # the refusal was shown beside the date
    assert date(2026, 8, 15) in dialog.info.days and date(2026, 8, 12) not in dialog.info.days
    assert dialog.days_model.rowCount() == 5


def test_status_steps_and_closed_batch_asks_admin_for_a_reason(qtbot, ctx, monkeypatch):
    pid = make_program(ctx.db, ctx.actor)
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    make_participants(ctx.db, ctx.actor, bid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    reasons = []

    def give_reason(self):
        reasons.append(self.windowTitle())
        qtbot.keyClicks(self.reason, "Koreksi data")
        qtbot.mouseClick(ok(self), LEFT)
        return self.result()

    monkeypatch.setattr(batch_detail.ReasonDialog, "exec", give_reason)
    dialog = _batch_window(qtbot, ctx, bid)
    for label in ("Mulai pelatihan", "Tandai selesai", "Tutup angkatan"):
        assert dialog.next_status.text() == label
        qtbot.mouseClick(dialog.next_status, LEFT)
    assert dialog.info.status == "ditutup" and not dialog.next_status.isVisible()
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.reserve_button, LEFT)
    assert reasons == ["Angkatan sudah ditutup"]
    assert dialog.model.rows[0].status == "cadangan"


def test_operator_cannot_touch_a_closed_batch(qtbot, ctx, db):
    pid = make_program(db, ctx.actor)
    bid = planned_batch(db, ctx.actor, pid, date(2026, 8, 10))
    with db.transaction() as s:
        s.get(Batch, bid).status = "ditutup"
    user = User(id=99, username="operator", full_name="Op", role="operator", password_hash="x")
    dialog = BatchDetailDialog(AppContext(db, user, "LBK", "BLK"), bid)
    qtbot.addWidget(dialog)
    assert not dialog.edit_plan.isEnabled() and not dialog.add_button.isEnabled()


def test_save_participant_list_as_pdf(qtbot, ctx, monkeypatch, tmp_path):
    pid = make_program(ctx.db, ctx.actor)
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    make_participants(ctx.db, ctx.actor, bid, 3)
    target = tmp_path / "daftar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    dialog = _batch_window(qtbot, ctx, bid)
    qtbot.mouseClick(dialog.pdf_button, LEFT)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF") and dialog.last_pdf == target
    ((what, detail),) = todays_disclosures(ctx.db)  # names left the database (UU PDP)
    name = dialog.info.name
    assert what == "menyimpan daftar peserta"
    assert detail == f"angkatan {name}; daftar peserta {name}; berkas {target}"


def test_training_page_lists_and_instructor_register(qtbot, ctx):
    pid = make_program(ctx.db, ctx.actor)
    planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.batch_model.rowCount() == 1 and page.program_model.rowCount() == 1
    dialog = InstructorDialog(ctx, parent=page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Rina Marlina, S.Kom.")
    qtbot.keyClicks(dialog.phone, "0812 3456 7890")
    dialog.vocation.setCurrentIndex(dialog.vocation.findData("TIK"))
    qtbot.mouseClick(ok(dialog), LEFT)
    assert dialog.result() == InstructorDialog.DialogCode.Accepted
    page.refresh()
    assert page.instructor_model.row_object(0).phone == "081234567890"
    page.status_filter.setCurrentIndex(page.status_filter.findData("berjalan"))
    assert page.batch_model.rowCount() == 0


def test_an_instructor_phone_is_checked_as_the_clerk_leaves_it(qtbot, ctx):
    dialog = _in_front(qtbot, InstructorDialog(ctx))
    dialog.phone.setFocus()
    qtbot.keyClicks(dialog.phone, "0812-abc")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Tab)
    assert dialog.errors.labels["phone"].text() == (
        "Nomor kontak hanya angka (8–15 digit), boleh diawali +."
    )
    assert not dialog.errors.labels["name"].isVisibleTo(dialog)  # not reached yet
    assert not dialog.errors.labels["email"].isVisibleTo(dialog)


def test_a_day_already_closed_is_said_as_the_clerk_leaves_the_date(qtbot, ctx):
    with ctx.db.transaction() as s:
        batches.add_closure(s, ctx.actor, date(2026, 5, 28), "Banjir di bengkel")
    dialog = _in_front(qtbot, ClosureDialog(ctx))
    dialog.day.setDate(QDate(2026, 5, 28))
    dialog.day.setFocus()
    qtbot.mouseClick(dialog.description, Qt.MouseButton.LeftButton)  # Tab walks the date's parts
    assert "sudah tercatat sebagai libur lokal" in dialog.errors.labels["day"].text()
    assert not dialog.errors.labels["description"].isVisibleTo(dialog)  # not reached yet
    qtbot.keyClicks(dialog.description, "x")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
    assert dialog.errors.labels["description"].text().startswith("Tuliskan keterangan libur")
    with ctx.db.session() as s:
        assert len(batches.closures_between(s, date(2026, 5, 28), date(2026, 5, 28))) == 1


def test_models_pass_the_model_tester(qtmodeltester, db, admin):
    units = UnitsModel([catalog.UnitInput("J.620100.001.01", "Unit", 8),
                        catalog.UnitInput("X1", "Unit lama", 8)])  # fmt: skip
    qtmodeltester.check(units)
    pid = make_program(db, admin, min_age=18, max_age=35)
    bid = planned_batch(db, admin, pid, date(2026, 8, 10))
    ids = make_trainees(db, 3)
    with db.transaction() as s:
        selection.add_applicants(s, admin, bid, ids)
        rows = selection.applicants(s, bid)
    applicants = ApplicantsModel(mask_nik=True)
    applicants.set_rows(rows, date(2026, 8, 10))
    qtmodeltester.check(applicants)
    assert "••••" in applicants.data(applicants.index(0, 1))


@pytest.fixture
def lang(request):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("id")


@pytest.mark.parametrize("lang", ["id", "en"], indirect=True)
def test_catalogue_export_from_the_page(qtbot, ctx, monkeypatch, tmp_path, lang):
    make_program(ctx.db, ctx.actor)
    target = tmp_path / "katalog.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    page.export_catalog.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    said = {"id": "1 program diekspor.", "en": "1 programme exported."}  # not "1 programmes"
    assert told == [said[lang]] and target.stat().st_size > 0


def test_holidays_tab_switches_cuti_bersama_and_imports_next_year(
    qtbot, ctx, tmp_path, monkeypatch, warnings
):
    from blkdesk.core.training import national_calendar

    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    page.tabs.setCurrentWidget(page.closures_tab)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Hari libur"
    assert page.cuti_bersama.isChecked()
    assert "cuti bersama" in page.national_label.text()
    qtbot.mouseClick(page.cuti_bersama, LEFT)
    with ctx.db.session() as s:
        assert national_calendar.holiday_calendar(s).cuti_bersama is False
    bad = tmp_path / "salah.csv"
    bad.write_text("2027-13-01;Salah;libur\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(page.import_national, LEFT)
    assert warnings and "Baris 1" in warnings[0]
    good = tmp_path / "libur-2027.csv"
    good.write_text("tanggal;nama;jenis\n2027-01-01;Tahun Baru;libur\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    qtbot.mouseClick(page.import_national, LEFT)
    assert told and "2027: 1 hari libur" in told[0]
    assert "Dari berkas impor: 2027" in page.national_label.text()
    page.grab().save(str(tmp_path / "hari-libur.png"))


def test_an_mtu_location_too_long_is_refused_naming_the_field_in_english(qtbot, ctx, english):
    pid = make_program(ctx.db, ctx.actor)
    dialog = _in_front(qtbot, BatchDialog(ctx))
    dialog.program.setCurrentIndex(dialog.program.findData(pid))
    dialog.mode.setCurrentIndex(dialog.mode.findData("mtu"))
    qtbot.keyClicks(dialog.location, "Desa Sukamaju " * 15)  # 209 once trimmed; 200 fit
    qtbot.mouseClick(ok(dialog), LEFT)
    assert dialog.result() != BatchDialog.DialogCode.Accepted
    assert dialog.errors.labels["location"].text() == (
        "MTU location is too long (209 characters); the maximum is 200."
    )
    with ctx.db.session() as s:  # nothing was saved
        assert s.scalar(select(Batch.id)) is None


def test_the_batch_windows_columns_show_their_text_whole_in_english(qtbot, db, english):
    """'1 December 2026' in Remarks was cut to '1 December 20…' by widths set for Indonesian."""
    b = running_batch(db)
    with db.transaction() as s:
        for enrollment in s.scalars(select(Enrollment).where(Enrollment.batch_id == b.id)):
            enrollment.status_changed_on = date(2026, 12, 1)
    dialog = BatchDetailDialog(context_of(db), b.id)
    qtbot.addWidget(dialog)
    dialog.resize(1170, 700)
    dialog.show()
    view, model = dialog.view, dialog.view.model()
    assert model.index(0, 6).data() == "1 December 2026"
    metrics = view.fontMetrics()
    # A cell keeps this much free on each side of its text (QItemDelegate's text margin).
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = [
        model.index(row, col).data()
        for row in range(model.rowCount())
        for col in range(model.columnCount())
        if metrics.horizontalAdvance(model.index(row, col).data()) + 2 * margin
        > view.columnWidth(col)
    ]
    assert cut == []


def test_an_applicants_status_reads_in_the_singular_in_english(qtbot, ctx, english):
    """Each row is one person, yet a new applicant's status read "Applicants"."""
    pid = make_program(ctx.db, ctx.actor)
    bid = planned_batch(ctx.db, ctx.actor, pid, date(2026, 8, 10))
    ids = make_trainees(ctx.db, 1)
    with ctx.db.transaction() as s:
        selection.add_applicants(s, ctx.actor, bid, ids)
    dialog = _batch_window(qtbot, ctx, bid)
    status = next(
        c for c in range(dialog.model.columnCount())
        if dialog.model.headerData(c, Qt.Orientation.Horizontal) == "Status"
    )  # fmt: skip
    assert dialog.model.index(0, status).data() == "Applicant"


def test_the_page_tabs_name_what_they_list_in_english(qtbot, ctx, english):
    """ "Batch", "Instructor" and "Vocation" beside "Programmes" and "Holidays": each tab lists
    many; the column headers inside still name one."""
    make_program(ctx.db, ctx.actor)
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Batches", "Programmes", "Instructors", "Holidays", "Vocations"]
    assert page.batch_model.headerData(0, Qt.Orientation.Horizontal) == "Batch"
