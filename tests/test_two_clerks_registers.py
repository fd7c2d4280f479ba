"""The instructor, vocation, closure, account, enrolment and institution editors when another
clerk, at another PC on the same office server (its own process), saved the record first: the
conflict dialog shows both sides and nothing is overwritten silently; a removal of a record
changed since the list showed it is refused."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from blkdesk.core.access import auth
from blkdesk.core.certification import numbering
from blkdesk.core.institution import local_institution
from blkdesk.core.models import Closure, Enrollment, Instructor, User
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.training import batches, catalog, selection
from blkdesk.ui.screens.settings.institution_dialog import InstitutionDialog
from blkdesk.ui.screens.settings.users import EditUserDialog, ResetPasswordDialog
from blkdesk.ui.screens.training.registers import ClosureDialog, InstructorDialog
from blkdesk.ui.screens.training.small_dialogs import DateReasonDialog
from blkdesk.ui.screens.training.vocations import VocationDialog
from blkdesk.ui.widgets import conflict
from tests.support.batches import running_batch
from tests.support.conflicts import Answer
from tests.support.office import office_desk
from tests.support.other_clerk import other_clerk

pytestmark = pytest.mark.postgres
ANI = Actor("ani", Role.ADMIN)


@pytest.fixture
def office(qapp, pg_db_url, monkeypatch):
    yield from office_desk(qapp, pg_db_url, monkeypatch, QMessageBox.StandardButton.Yes)


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _instructor(db) -> catalog.InstructorRow:
    with db.transaction() as s:
        catalog.save_instructor(s, ANI, catalog.InstructorInput("Rina Marlina", phone="0812345678"))
        (row,) = catalog.instructors(s)
    return row


def test_instructor_form_reapplies_this_clerks_phone_on_the_other_clerks_email(
    qtbot, office, monkeypatch
):
    db, ctx = office
    row = _instructor(db)
    dialog = InstructorDialog(ctx, row)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version == 1 and dialog.phone.text() == "0812345678"
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "0813-9999-0000")
    other_clerk(db.url, "instructor", str(row.id), "email=rina@blk.go.id")
    answer = Answer(monkeypatch, conflict.REAPPLY)
    _ok(dialog)
    assert "budi" in answer.shown[0].intro.text()
    rows = answer.table()
    assert rows["Email"] == ["–", "rina@blk.go.id", "–"]
    assert rows["No. HP"] == ["0812345678", "0812345678", "0813-9999-0000"]
    with db.session() as s:
        assert s.get(Instructor, row.id).phone == "0812345678"  # nothing of the refused save
    assert dialog.isVisible() and "Periksa, lalu simpan" in dialog.notice.text()
    assert dialog.email.text() == "rina@blk.go.id" and dialog.phone.text() == "0813-9999-0000"
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        saved = s.get(Instructor, row.id)
        assert (saved.phone, saved.email, saved.version) == ("081399990000", "rina@blk.go.id", 3)


def test_instructor_form_reloads_the_other_clerks_name(qtbot, office, monkeypatch):
    db, ctx = office
    row = _instructor(db)
    dialog = InstructorDialog(ctx, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Rina M.")
    other_clerk(db.url, "instructor", str(row.id), "name=Rina Marlina, S.Kom.")
    answer = Answer(monkeypatch, conflict.RELOAD)
    _ok(dialog)
    assert answer.table()["Nama"] == ["Rina Marlina", "Rina Marlina, S.Kom.", "Rina M."]
    assert dialog.name.text() == "Rina Marlina, S.Kom." and "dibuang" in dialog.notice.text()
    with db.session() as s:
        assert s.get(Instructor, row.id).name == "Rina Marlina, S.Kom."


def test_removing_an_instructor_another_clerk_changed_since_the_list_showed_it_is_refused(
    qtbot, office, monkeypatch
):
    from blkdesk.ui.screens.training.page import TrainingPage

    db, ctx = office
    row = _instructor(db)
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(2)
    assert page.tabs.tabText(2) == "Instruktur"
    page.instructor_view.selectRow(0)
    other_clerk(db.url, "instructor", str(row.id), "phone=0819876543")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    page.remove_instructor.click()
    assert "budi" in said[0] and "belum dihapus" in said[0]
    with db.session() as s:
        assert s.get(Instructor, row.id).deleted_at is None
    # The list was read again: removing now, having seen budi's change, goes through.
    assert page.instructor_model.row_object(0).phone.endswith("6543")
    page.instructor_view.selectRow(0)
    page.remove_instructor.click()
    with db.session() as s:
        assert s.get(Instructor, row.id).deleted_at is not None


def _batch_detail(qtbot, ctx, batch_id):
    from blkdesk.ui.screens.training.batch_detail import BatchDetailDialog

    dialog = BatchDetailDialog(ctx, batch_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.selectRow(0)
    return dialog


def test_a_status_another_clerk_changed_shows_the_conflict_and_reload_keeps_theirs(
    qtbot, office, monkeypatch
):
    db, ctx = office
    built = running_batch(db, days=5, status="direncanakan", names=("Andi Saputra",))
    dialog = _batch_detail(qtbot, ctx, built.id)
    assert dialog.model.rows[0].status == "peserta"
    other_clerk(db.url, "status", str(built.enrollments[0]), "mengundurkan_diri", "Sakit")
    answer = Answer(monkeypatch, conflict.RELOAD)
    qtbot.mouseClick(dialog.reserve_button, Qt.MouseButton.LeftButton)
    rows = answer.table()
    assert rows["Status"] == ["Lulus seleksi (peserta)", "Mengundurkan diri", "Cadangan"]
    assert rows["Alasan mengundurkan diri"] == ["–", "Sakit", "–"]
    assert "budi" in answer.shown[0].intro.text()
    with db.session() as s:
        assert s.get(Enrollment, built.enrollments[0]).status == "mengundurkan_diri"
    assert dialog.model.rows[0].status == "mengundurkan_diri"  # the list shows budi's


def test_a_withdrawal_reapplied_on_the_other_clerks_status_is_saved_at_once(
    qtbot, office, monkeypatch
):
    db, ctx = office
    built = running_batch(db, days=5, status="direncanakan", names=("Andi Saputra",))
    dialog = _batch_detail(qtbot, ctx, built.id)
    other_clerk(db.url, "status", str(built.enrollments[0]), "cadangan")

    def fill(self):
        qtbot.keyClicks(self.reason, "Diterima bekerja")
        qtbot.mouseClick(self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        return self.result()

    monkeypatch.setattr(DateReasonDialog, "exec", fill)
    answer = Answer(monkeypatch, conflict.REAPPLY)
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    rows = answer.table()
    assert rows["Status"] == ["Lulus seleksi (peserta)", "Cadangan", "Mengundurkan diri"]
    assert rows["Alasan mengundurkan diri"][2] == "Diterima bekerja"
    with db.session() as s:
        row = s.get(Enrollment, built.enrollments[0])
        assert (row.status, row.withdraw_reason, row.version) == (
            "mengundurkan_diri", "Diterima bekerja", 3)  # fmt: skip
    assert dialog.model.rows[0].status == "mengundurkan_diri"


def test_removing_an_applicant_another_clerk_changed_is_refused(qtbot, office, monkeypatch):
    db, ctx = office
    built = running_batch(db, days=5, status="direncanakan", names=("Andi Saputra",))
    with db.transaction() as s:
        selection.set_status(s, ANI, built.enrollments[0], "pendaftar")
    dialog = _batch_detail(qtbot, ctx, built.id)
    other_clerk(db.url, "status", str(built.enrollments[0]), "cadangan")
    other_clerk(db.url, "status", str(built.enrollments[0]), "pendaftar")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "budi" in said[0] and "belum dihapus" in said[0]
    with db.session() as s:
        assert s.get(Enrollment, built.enrollments[0]).deleted_at is None


def _closure(db) -> int:
    with db.transaction() as s:
        return batches.add_closure(s, ANI, date(2026, 12, 24), "Cuti bersama kantor").id


def test_closure_form_reapplies_this_clerks_description_on_the_other_clerks_day(
    qtbot, office, monkeypatch
):
    db, ctx = office
    closure_id = _closure(db)
    dialog = ClosureDialog(ctx, None, closure_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version == 1 and dialog.description.text() == "Cuti bersama kantor"
    dialog.description.selectAll()
    qtbot.keyClicks(dialog.description, "Cuti bersama Natal")
    other_clerk(db.url, "closure", str(closure_id), "day=2026-12-26")
    answer = Answer(monkeypatch, conflict.REAPPLY)
    _ok(dialog)
    rows = answer.table()
    assert rows["Tanggal"] == ["24 Desember 2026", "26 Desember 2026", "24 Desember 2026"]
    assert rows["Keterangan"][1:] == ["Cuti bersama kantor", "Cuti bersama Natal"]
    with db.session() as s:
        assert s.get(Closure, closure_id).description == "Cuti bersama kantor"
    assert dialog.day.date() == QDate(2026, 12, 26) and "Periksa" in dialog.notice.text()
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        row = s.get(Closure, closure_id)
        assert (row.day, row.description, row.version) == (
            date(2026, 12, 26), "Cuti bersama Natal", 3)  # fmt: skip


def test_removing_a_closure_another_clerk_changed_is_refused_then_the_list_shows_it(
    qtbot, office, monkeypatch
):
    from blkdesk.ui.screens.training.page import TrainingPage

    db, ctx = office
    closure_id = _closure(db)
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.closures_tab)
    page.closure_view.selectRow(0)
    other_clerk(db.url, "closure", str(closure_id), "description=Libur banjir")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    page.remove_closure.click()
    assert "budi" in said[0] and "belum dihapus" in said[0]
    with db.session() as s:
        assert s.get(Closure, closure_id).deleted_at is None
    assert page.closure_model.row_object(0).description == "Libur banjir"


def _operator(db) -> int:
    with db.transaction() as s:
        return auth.create_user(s, ANI, "siti", "Siti Rahayu", "operator", "Operator123").id


def test_account_form_reloads_the_other_admins_role_and_keeps_the_account_as_they_left_it(
    qtbot, office, monkeypatch
):
    db, ctx = office
    user_id = _operator(db)
    dialog = EditUserDialog(ctx, user_id, "siti")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version == 1 and dialog.full_name.text() == "Siti Rahayu"
    dialog.full_name.selectAll()
    qtbot.keyClicks(dialog.full_name, "Siti Rahayu, A.Md.")
    dialog.active.setChecked(False)
    other_clerk(db.url, "user", str(user_id), "role=kepala")
    answer = Answer(monkeypatch, conflict.RELOAD)
    _ok(dialog)
    rows = answer.table()
    assert rows["Peran"][1] == "Kepala BLK" and rows["Peran"][2] == rows["Peran"][0]
    assert rows["Aktif"] == ["Ya", "Ya", "Tidak"]
    assert rows["Nama lengkap"] == ["Siti Rahayu", "Siti Rahayu", "Siti Rahayu, A.Md."]
    assert dialog.role.currentData() == "kepala" and dialog.active.isChecked()
    assert dialog.full_name.text() == "Siti Rahayu" and "dibuang" in dialog.notice.text()
    with db.session() as s:
        row = s.get(User, user_id)
        assert (row.role, row.active, row.full_name) == ("kepala", True, "Siti Rahayu")


def test_a_password_reset_after_another_admin_reset_it_asks_first_and_reapplies(
    qtbot, office, monkeypatch
):
    from blkdesk.ui.screens.settings.page import SettingsPage

    db, ctx = office
    _operator(db)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.users_view.selectRow(1)  # admin, siti
    assert page.users_model.row_object(1).username == "siti"
    other_clerk(db.url, "reset", "siti", "Sementara456")
    answer = Answer(monkeypatch, conflict.REAPPLY)

    def fill(dialog):
        qtbot.keyClicks(dialog.password, "Baru789xyz")
        _ok(dialog)
        return dialog.result()

    monkeypatch.setattr(ResetPasswordDialog, "exec", fill)
    page.reset_pw.click()
    assert "budi" in answer.shown[0].intro.text()
    assert auth.login(db, "siti", "Baru789xyz").username == "siti"
    with db.session() as s:
        assert s.scalar(select(User.version).where(User.username == "siti")) == 3


def test_institution_profile_reapplies_this_admins_address_on_the_other_admins_head(
    qtbot, office, monkeypatch
):
    db, ctx = office
    dialog = InstitutionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.version == 1 and "LBK" in dialog.code.text()
    dialog.address.selectAll()
    qtbot.keyClicks(dialog.address, "Jl. Raya Rangkasbitung Km 3")
    other_clerk(db.url, "institution", "head_name=Drs. H. Ahmad Fauzi, M.M.",
                "head_nip=196805121994031007")  # fmt: skip
    answer = Answer(monkeypatch, conflict.REAPPLY)
    _ok(dialog)
    rows = answer.table()
    assert rows["Nama kepala"][1] == "Drs. H. Ahmad Fauzi, M.M."
    assert rows["Alamat"][2] == "Jl. Raya Rangkasbitung Km 3"
    assert dialog.head_nip.text() == "196805121994031007" and dialog.notice.isVisible()
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        inst = local_institution(s)
        assert (inst.head_name, inst.address, inst.version) == (
            "Drs. H. Ahmad Fauzi, M.M.", "Jl. Raya Rangkasbitung Km 3", 3)  # fmt: skip


def test_institution_profile_saved_after_a_change_outside_it_asks_nothing(
    qtbot, office, monkeypatch
):
    db, ctx = office
    dialog = InstitutionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.selectAll()
    qtbot.keyClicks(dialog.phone, "0252-201234")
    with db.transaction() as s:  # another admin changes the certificate number pattern
        inst = local_institution(s)
        numbering.save_config(s, ANI, inst, replace(numbering.config(s, inst),
                                                    sertifikat="{seq:04d}/LBK/{year}"))  # fmt: skip
    answer = Answer(monkeypatch, conflict.RELOAD)
    _ok(dialog)
    assert answer.shown == [] and dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        inst = local_institution(s)
        assert (inst.phone, inst.cert_number_pattern) == ("0252-201234", "{seq:04d}/LBK/{year}")


def test_vocation_form_reloads_the_other_clerks_name(qtbot, office, monkeypatch):
    db, ctx = office
    with db.session() as s:
        (row,) = [v for v in catalog.vocation_rows(s) if v.code == "TIK"]
    dialog = VocationDialog(ctx, None, row.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code.isReadOnly() and dialog.version == row.version
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Teknologi Informasi")
    other_clerk(db.url, "vocation", str(row.id), "name=Teknologi Informasi dan Multimedia")
    answer = Answer(monkeypatch, conflict.RELOAD)
    _ok(dialog)
    assert answer.table()["Nama kejuruan"][1:] == [
        "Teknologi Informasi dan Multimedia", "Teknologi Informasi"]  # fmt: skip
    assert dialog.name.text() == "Teknologi Informasi dan Multimedia"
    with db.session() as s:
        assert catalog.opened_vocation(s, row.id) == (
            catalog.VocationInput("TIK", "Teknologi Informasi dan Multimedia"),
            row.version + 1,
        )


def test_a_renamed_institution_shows_in_the_window_title_and_sidebar(qtbot, office):
    from blkdesk.ui.mainwindow import MainWindow

    _db, ctx = office
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = InstitutionDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "UPTD BLK Lebak Selatan")
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    try:
        assert window.windowTitle() == "BLKDesk — UPTD BLK Lebak Selatan"
        assert window.institution_label.text() == "UPTD BLK Lebak Selatan"
    finally:
        # The window listens to the office server on a connection of its own: closed here,
        # not left for the garbage collector to find open in a later test.
        window.guard.idle.stop()
        window.live.stop()
