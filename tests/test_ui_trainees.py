"""The Peserta page, the intake form, the trainee view and the Excel import, driven by keyboard
and mouse as a clerk would."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
)
from sqlalchemy import select

from blkdesk.core import demo
from blkdesk.core.clock import age_on, today
from blkdesk.core.institution import setup
from blkdesk.core.models import AuditEvent, Batch, Program, Trainee, User, Vocation
from blkdesk.core.registry import drafts, trainee_search, trainees
from blkdesk.core.registry.nik import compose
from blkdesk.core.registry.trainee_search import Sort
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.ui import i18n
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date
from blkdesk.ui.screens.trainees.detail import TraineeDetail
from blkdesk.ui.screens.trainees.form import TraineeForm
from blkdesk.ui.screens.trainees.import_dialog import ImportResultDialog
from blkdesk.ui.screens.trainees.page import TraineesPage
from blkdesk.ui.widgets import typeahead
from tests.support.clipping import cut_placeholders
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.registrant_workbooks import BAD, GOOD, workbook
from tests.support.registrants import siti, type_siti
from tests.support.windows import context_of, main_window

SITI_NIK = "3602015708950001"  # born 17-08-1995, female: day 17 + 40 = 57


@pytest.fixture(autouse=True)
def discard_on_close(qapp, monkeypatch):
    # Closing a form with unsaved input asks first; unless a test answers, discard.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def ctx(db):
    return context_of(db)


@pytest.fixture
def form(qtbot, ctx):
    dialog = TraineeForm(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def photo_file(tmp_path):
    image = QImage(900, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#8fb3c9"))
    path = tmp_path / "foto.png"
    image.save(str(path))
    return str(path)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_complete_applicant_is_typed_and_saved_with_enter(
    qtbot, form, db, photo_file, monkeypatch
):
    qtbot.keyClicks(form.identity.nik, SITI_NIK)
    # Derived from the NIK before anything else is typed.
    assert form.identity.birth_date.text() == "17-08-1995"
    assert form.identity.sex.currentData() == "P"
    assert (
        form.address.regency.currentData() == "3602" and form.address.province.currentData() == "36"
    )
    assert (
        "Kab. Lebak" in form.identity.nik_info.text()
        and "perempuan" in form.identity.nik_info.text()
    )
    assert form.identity.age.text().startswith(f"{age_on(date(1995, 8, 17), today())} tahun")
    form.identity.nik.clear()
    type_siti(qtbot, form)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (photo_file, ""))
    click(qtbot, form.photo.choose_button)
    assert form.save_button.isEnabled(), form.status.text()
    assert "Semua isian sudah benar" in form.status.text()
    qtbot.keyClick(form.contact.email, Qt.Key.Key_Return)
    assert form.result() == TraineeForm.DialogCode.Accepted
    with db.session() as s:
        t = s.scalar(select(Trainee))
        assert (t.nik, t.name, t.sex, t.birth_date) == (
            SITI_NIK, "Siti Aminah", "P", date(1995, 8, 17),
        )  # fmt: skip
        assert (t.phone, t.rt, t.rw, t.education) == ("+6281234567890", "002", "007",
                                                      "SLTA/SEDERAJAT")  # fmt: skip
        assert (t.regency_code, t.employment_status, t.consent_by) == (
            "3602", "Pencari kerja", "admin",
        )  # fmt: skip
        assert t.photo.startswith(b"\xff\xd8") and len(t.photo) <= trainees.MAX_PHOTO_BYTES
        stored = QImage.fromData(t.photo)
        assert stored.width() * 4 == stored.height() * 3
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity_uuid == t.uuid))
        assert event.user_name == "admin" and "Siti Aminah" in event.changes


def test_what_the_nik_filled_in_goes_while_the_nik_is_corrected(qtbot, form):
    qtbot.keyClicks(form.identity.nik, SITI_NIK)
    assert form.identity.birth_date.text() == "17-08-1995"
    qtbot.keyClick(form.identity.nik, Qt.Key.Key_Backspace)  # 15 digits: the NIK says nothing
    assert form.identity.birth_date.text() == "" and form.identity.sex.currentData() == ""
    assert form.address.regency.currentData() == "" and form.address.province.currentData() == ""
    qtbot.keyClicks(form.identity.nik, SITI_NIK[15])
    assert form.identity.birth_date.text() == "17-08-1995"
    assert form.identity.sex.currentData() == "P"
    # What the clerk typed is the clerk's: a NIK being corrected leaves it.
    form.identity.birth_date.selectAll()
    qtbot.keyClicks(form.identity.birth_date, "18-08-1995")
    qtbot.keyClick(form.identity.nik, Qt.Key.Key_Backspace)
    assert form.identity.birth_date.text() == "18-08-1995" and form.identity.sex.currentData() == ""


def test_typed_birth_date_or_sex_against_the_nik_blocks_saving(qtbot, form):
    type_siti(qtbot, form)
    form.identity.birth_date.selectAll()
    qtbot.keyClicks(form.identity.birth_date, "18-08-1995")
    assert form.errors.labels["birth_date"].isVisibleTo(form)
    assert form.errors.labels["birth_date"].text() == (
        "Tanggal lahir tidak cocok dengan NIK (NIK menunjukkan 17-08-1995)."
    )  # written as the field wants it, four-digit year
    assert not form.save_button.isEnabled()
    form.identity.birth_date.selectAll()
    qtbot.keyClicks(form.identity.birth_date, "17-08-1995")
    qtbot.keyClicks(form.identity.sex, "Laki")
    assert "perempuan" in form.errors.labels["sex"].text()
    assert not form.save_button.isEnabled()
    qtbot.keyClick(form.identity.sex, Qt.Key.Key_Down)  # Laki-laki, then Perempuan
    assert form.save_button.isEnabled(), (form.status.text(), form.identity.sex.currentText())


@pytest.mark.parametrize(
    ("nik", "reason"),
    [
        ("360201570895", "harus 16 angka; yang diisi 12"),
        ("9902015708950001", "provinsi 99"),
        ("3602017102950001", "bukan tanggal yang ada"),
        ("3602015708950000", "0000"),
    ],
)
def test_every_nik_rejection_is_explained_beside_the_field(qtbot, form, nik, reason):
    qtbot.keyClicks(form.identity.nik, nik)
    qtbot.keyClick(
        form.identity.nik, Qt.Key.Key_Tab
    )  # a half-typed NIK is not flagged while typing
    assert reason in form.errors.labels["nik"].text()
    assert not form.save_button.isEnabled()


@pytest.mark.parametrize(
    ("field", "typed", "message", "right"),
    [
        ("nik", "9902015708950001", "Kode provinsi 99 pada NIK tidak dikenal.", SITI_NIK),
        ("email", "nurul@", "Alamat email tidak sah (contoh: nama@contoh.com).", "nurul@contoh.id"),
        ("birth_date", "7/3/02", "Tulis tanggal lengkap seperti 17-08-1995.", "7/3/2002"),
        ("phone", "081234567", "Nomor HP tidak lengkap atau terlalu panjang", "0812345678"),
    ],
)
def test_a_wrong_entry_is_explained_as_soon_as_the_clerk_leaves_it(
    qtbot, form, field, typed, message, right
):
    widget = form.errors.widgets[field]
    label = form.errors.labels[field]
    widget.setFocus()
    qtbot.keyClicks(widget, typed)
    assert not label.isVisibleTo(form)  # still typing: not yet wrong
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert form.focusWidget() is not widget
    assert label.isVisibleTo(form) and label.text().startswith(message)
    assert widget.property("invalid") is True
    assert "Belum bisa disimpan" in form.status.text()
    # Shift+Tab back and a click elsewhere (the mouse) count as leaving too.
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Backtab)
    assert form.focusWidget() is widget
    widget.selectAll()
    qtbot.keyClicks(widget, right)
    click(qtbot, form.identity.name)
    assert not label.isVisibleTo(form), label.text()
    assert widget.property("invalid") is False


@pytest.mark.parametrize("typed", ["31-02-1999", "29/2/2001", "31041999"])
def test_a_birth_date_not_on_the_calendar_says_so_not_how_to_write_it(qtbot, form, typed):
    """'31-02-1999' is written the way the field asks: telling the clerk to write it like
    17-08-1995 sends them looking at the format instead of the day and month."""
    form.identity.birth_date.setFocus()
    qtbot.keyClicks(form.identity.birth_date, typed)
    qtbot.keyClick(form.identity.birth_date, Qt.Key.Key_Tab)
    label = form.errors.labels["birth_date"]
    assert label.isVisibleTo(form)
    assert label.text() == f"Tanggal {typed} tidak ada di kalender; periksa hari dan bulannya."
    assert not form.save_button.isEnabled()


def test_the_fields_to_check_are_listed_in_the_order_of_the_form(qtbot, form):
    """The status line is read left to right while Shift+Tab goes back up the form."""
    for widget, typed in (
        (form.identity.nik, "3602"),
        (form.identity.kk_number, "12"),
        (form.identity.name, "Siti"),
        (form.identity.birth_place, "Lebak" * 20),  # too long: checked after the others
        (form.identity.birth_date, "31-02-1999"),
        (form.contact.phone, "12ab"),
        (form.contact.email, "siti@"),
    ):
        widget.setFocus()
        qtbot.keyClicks(widget, typed)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    listed = form.status.text().split("periksa: ", 1)[1].split(", ")
    assert listed == [
        "NIK", "Nomor KK", "Tempat lahir", "Tanggal lahir", "Jenis kelamin", "Nomor HP",
        "Email", "Persetujuan UU PDP",
    ]  # fmt: skip


def test_leaving_a_required_field_empty_says_so_beside_it(qtbot, form):
    form.identity.name.setFocus()
    qtbot.keyClick(form.identity.name, Qt.Key.Key_Tab)
    assert form.errors.labels["name"].text() == "Nama lengkap wajib diisi."
    # Fields the clerk has not reached yet stay quiet.
    assert not form.errors.labels["religion"].isVisibleTo(form)


def test_an_existing_nik_is_caught_at_the_16th_digit_with_a_way_to_open_it(qtbot, form, db, admin):
    with db.transaction() as s:
        existing = trainees.register(s, admin, trainees.TraineeInput(
            nik=SITI_NIK, name="Siti Aminah", consent=True)).id  # fmt: skip
    type_siti(qtbot, form, nik=SITI_NIK[:15])
    assert not form.identity.open_existing.isVisibleTo(form)
    form.identity.nik.setFocus()
    qtbot.keyClick(form.identity.nik, Qt.Key.Key_End)
    qtbot.keyClicks(form.identity.nik, SITI_NIK[15])  # the 16th digit, still in the field
    label = form.errors.labels["nik"]
    assert label.isVisibleTo(form)
    assert label.text() == (
        "NIK ini sudah terdaftar atas nama Siti Aminah; buka data yang sudah ada untuk mengubahnya."
    )
    assert "Semua isian sudah benar" not in form.status.text()
    assert "NIK" in form.status.text() and not form.save_button.isEnabled()
    # Tab reaches the button beside the field; Enter opens the record already there.
    qtbot.keyClick(form.identity.nik, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.identity.open_existing
    with qtbot.waitSignal(form.open_existing) as opened:
        qtbot.keyClick(form.identity.open_existing, Qt.Key.Key_Return)
    assert opened.args == [existing]
    # Another NIK: the message and the button go.
    form.identity.nik.setFocus()
    qtbot.keyClick(form.identity.nik, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.identity.nik, "2")
    assert not label.isVisibleTo(form) and not form.identity.open_existing.isVisibleTo(form)
    assert form.save_button.isEnabled(), form.status.text()


def test_an_existing_nik_is_one_english_sentence_naming_the_owner(qtbot, ctx, db, admin, english):
    with db.transaction() as s:
        trainees.register(s, admin, trainees.TraineeInput(
            nik=SITI_NIK, name="Siti Aminah", consent=True))  # fmt: skip
    form = TraineeForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.identity.nik, SITI_NIK)
    assert form.errors.labels["nik"].text() == (
        "This NIK is already registered to Siti Aminah; open the existing record to change it."
    )


def test_a_nik_registered_by_another_clerk_meanwhile_is_refused_at_save(qtbot, form, db, admin):
    type_siti(qtbot, form)
    assert form.save_button.isEnabled()
    with db.transaction() as s:  # another PC of the office, after the form asked
        existing = trainees.register(s, admin, trainees.TraineeInput(
            nik=SITI_NIK, name="Siti Aminah", consent=True)).id  # fmt: skip
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert "sudah terdaftar atas nama Siti Aminah" in form.errors.labels["nik"].text()
    assert form.identity.open_existing.isVisibleTo(form) and not form.save_button.isEnabled()
    with qtbot.waitSignal(form.open_existing) as opened:
        click(qtbot, form.identity.open_existing)
    assert opened.args == [existing]
    with db.session() as s:
        assert len(s.scalars(select(Trainee)).all()) == 1


def test_editing_a_trainee_does_not_find_their_own_nik_taken(qtbot, ctx, db, admin):
    with db.transaction() as s:
        own = trainees.register(s, admin, trainees.TraineeInput(
            nik=SITI_NIK, name="Siti Aminah", consent=True)).id  # fmt: skip
    form = TraineeForm(ctx, trainee_id=own)
    qtbot.addWidget(form)
    form.show()
    form.identity.nik.selectAll()
    qtbot.keyClicks(form.identity.nik, SITI_NIK)
    assert not form.errors.labels["nik"].isVisibleTo(form)
    assert not form.identity.open_existing.isVisibleTo(form)


def test_a_probable_duplicate_is_shown_and_saved_only_with_a_reason(qtbot, form, db, admin):
    with db.transaction() as s:
        trainees.register(s, admin, trainees.TraineeInput(
            nik=compose("3604", 3, date(1995, 8, 17), "P", 40), name="Siti Aminah",
            consent=True))  # fmt: skip
    type_siti(qtbot, form)
    click(qtbot, form.save_button)
    assert form.duplicates.isVisibleTo(form)
    assert form.duplicates.model.rowCount() == 1
    reason_column = form.duplicates.model.columnCount() - 1
    assert form.duplicates.model.index(0, reason_column).data() == "Nama dan tanggal lahir sama"
    qtbot.keyClicks(form.duplicates.reason, "Orang berbeda, NIK beda kecamatan")
    click(qtbot, form.save_button)
    assert form.result() == TraineeForm.DialogCode.Accepted
    with db.session() as s:
        saved = s.scalar(select(Trainee).where(Trainee.nik == SITI_NIK))
        assert saved.duplicate_reason == "Orang berbeda, NIK beda kecamatan"


def test_a_probable_duplicate_brings_its_reason_box_into_view_with_the_keyboard(
    qtbot, form, db, admin
):
    """The reason box took the keyboard below the fold, under "Semua isian sudah benar": the
    clerk typed unseen or pressed Enter again for the same refusal."""
    with db.transaction() as s:
        trainees.register(s, admin, trainees.TraineeInput(
            nik=compose("3604", 3, date(1995, 8, 17), "P", 40), name="Siti Aminah",
            consent=True))  # fmt: skip
    form.resize(1366, 700)
    type_siti(qtbot, form)
    qtbot.keyClick(form.contact.email, Qt.Key.Key_Return)
    reason = form.duplicates.reason
    assert form.focusWidget() is reason
    viewport = form.findChild(QScrollArea).viewport()
    shown = viewport.rect()
    top_left = reason.mapTo(viewport, reason.rect().topLeft())
    assert shown.contains(top_left) and shown.contains(top_left + reason.rect().bottomRight())
    assert form.status.text() == "Tulis alasan tetap menyimpan di bawah, lalu tekan Enter lagi."
    qtbot.keyClicks(reason, "Orang berbeda, NIK beda kecamatan")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert form.result() == TraineeForm.DialogCode.Accepted
    with db.session() as s:
        saved = s.scalar(select(Trainee).where(Trainee.nik == SITI_NIK))
        assert saved.duplicate_reason == "Orang berbeda, NIK beda kecamatan"


def _batch(db, start):
    with db.transaction() as s:
        voc = s.scalar(select(Vocation).where(Vocation.code == "MJH"))
        program = Program(inst_code="LBK", vocation_id=voc.id, code="MJH-01",
                          name="Menjahit Pakaian", total_jp=240, min_age=18, max_age=35,
                          min_education="SLTP/SEDERAJAT", domicile_scope="regency",
                          domicile_code="3602")  # fmt: skip
        s.add(program)
        s.flush()
        batch = Batch(inst_code="LBK", program_id=program.id, name="Angkatan II/2026", year=2026,
                      start_date=start, status="direncanakan")  # fmt: skip
        s.add(batch)
        s.flush()
        return batch.id


def test_eligibility_shows_each_rule_and_a_child_needs_a_guardian(qtbot, ctx, db):
    batch_id = _batch(db, today())
    form = TraineeForm(ctx)
    qtbot.addWidget(form)
    form.show()
    sixteen = date(today().year - 16, 3, 4)
    type_siti(qtbot, form, nik=compose("3602", 1, sixteen, "P", 21))
    form.programme.target.setCurrentIndex(1)
    text = form.programme.eligibility.text()
    assert "✗</span> <b>Usia 18–35 tahun</b> — Usia 16 tahun." in text
    assert "✓</span> <b>Pendidikan minimal SLTP/SEDERAJAT</b>" in text
    assert "✓</span> <b>Berdomisili di Kab. Lebak</b>" in text
    assert form.consent.guardian.isVisibleTo(form)
    assert not form.save_button.isEnabled()
    qtbot.keyClicks(form.consent.guardian_name, "Ujang Suherman")
    click(qtbot, form.consent.guardian_consent)
    assert form.save_button.isEnabled(), form.status.text()
    click(qtbot, form.save_button)
    with db.session() as s:
        t = s.scalar(select(Trainee))
        assert (t.guardian_name, t.guardian_consent) == ("Ujang Suherman", True)
        enrolled = s.scalar(select(Batch).where(Batch.id == batch_id))
        assert [e.trainee_id for e in enrolled.enrollments] == [t.id]


def _type_with_shift(qtbot, widget, text):
    """As a keyboard sends it: a Shift press of its own before each capital."""
    for char in text:
        if char.isupper():
            qtbot.keyPress(widget, Qt.Key.Key_Shift)
            qtbot.keyClick(widget, char, Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyRelease(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(widget, char)


def test_a_status_typed_with_its_capitals_is_the_one_saved(qtbot, form, db):
    """The Shift before "K" started a new search: "Belum Kawin" picked and saved KAWIN."""
    type_siti(qtbot, form)
    qtbot.wait(typeahead.PAUSE_MS + 100)  # the clerk comes back to the two dropdowns later
    form.identity.marital_status.setFocus()
    _type_with_shift(qtbot, form.identity.marital_status, "Belum Kawin")
    assert form.identity.marital_status.currentText() == "Belum Kawin"
    form.identity.education.setFocus()
    _type_with_shift(qtbot, form.identity.education, "SLTA")
    assert form.identity.education.currentData() == "SLTA/SEDERAJAT"
    qtbot.keyClick(form.identity.education, Qt.Key.Key_Return)
    assert form.result() == TraineeForm.DialogCode.Accepted
    with db.session() as s:
        saved = s.scalar(select(Trainee))
        assert (saved.marital_status, saved.education) == ("BELUM KAWIN", "SLTA/SEDERAJAT")


def test_education_is_said_in_english_and_typed_by_its_kk_abbreviation(qtbot, ctx, db, english):
    """The KK's "SLTA/SEDERAJAT" is stored as written, shown in English, and still picked by
    typing "SLTA" as on the card; the programme's rules are said in English too."""
    _batch(db, today())
    form = TraineeForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.identity.education.setFocus()
    qtbot.keyClicks(form.identity.education, "SLTA")
    assert form.identity.education.currentData() == "SLTA/SEDERAJAT"
    assert form.identity.education.currentText() == "SLTA (senior high school) or equivalent"
    form.programme.target.setCurrentIndex(1)
    text = form.programme.eligibility.text()
    assert "<b>Age 18–35 years</b>" in text  # the rules were said in Indonesian before
    assert "<b>Education at least SLTP (junior high school) or equivalent</b>" in text
    assert "Last education: SLTA (senior high school) or equivalent." in text


def test_a_draft_survives_a_crash_and_is_offered_at_the_next_start(qtbot, ctx, monkeypatch):
    form = TraineeForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.identity.nik, SITI_NIK)
    qtbot.keyClicks(form.identity.name, "Siti Aminah")
    qtbot.waitUntil(lambda: bool(drafts.pending(ctx.db.location, "admin")), timeout=3000)
    saved = drafts.pending(ctx.db.location, "admin")[0]
    assert saved.values["name"] == "Siti Aminah"
    # The PC dies: the form never closes. Next start, the Peserta page offers the draft back.
    form.hide()
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    page = TraineesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(asked))
    assert "Siti Aminah" in asked[0]
    # The clerk is told how long an untouched form is kept.
    kept_until = format_date((saved.saved_at + timedelta(days=14)).date())
    assert f"dihapus otomatis sesudah {kept_until}" in asked[0]
    qtbot.waitUntil(lambda: any(f.identity.name.text() == "Siti Aminah"
                                for f in page.findChildren(TraineeForm)))  # fmt: skip
    reopened = next(
        f for f in page.findChildren(TraineeForm) if f.identity.name.text() == "Siti Aminah"
    )
    assert reopened.identity.birth_date.text() == "17-08-1995"
    # Esc asks before discarding, and discarding removes the draft.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(reopened, Qt.Key.Key_Escape)
    assert not reopened.isVisible()
    assert drafts.pending(ctx.db.location, "admin") == []


def test_esc_with_changes_asks_and_can_keep_editing(qtbot, form, monkeypatch):
    qtbot.keyClicks(form.identity.name, "Budi")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and form.identity.name.text() == "Budi"


def test_ctrl_n_starts_a_fresh_form(qtbot, form, monkeypatch):
    qtbot.keyClicks(form.identity.nik, SITI_NIK)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.identity.nik.text() == "" and form.identity.birth_date.text() == ""
    assert not form.save_button.isEnabled()


def test_edits_are_audited_and_shown_in_the_history(qtbot, ctx, db, admin, monkeypatch):
    with db.transaction() as s:
        tid = trainees.register(
            s,
            admin,
            trainees.TraineeInput(
                nik=SITI_NIK, name="Siti Aminah", phone="0812 3456 7890", consent=True
            ),
        ).id
    page = TraineesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    detail = page.open_detail(tid)
    qtbot.addWidget(detail)
    form = None
    original = page.open_form

    def capture(*args):
        nonlocal form
        form = original(*args)
        return form

    monkeypatch.setattr(page, "open_form", capture)
    click(qtbot, detail.edit_button)
    assert form is not None and form.identity.name.text() == "Siti Aminah"
    form.contact.phone.selectAll()
    qtbot.keyClicks(form.contact.phone, "0857 1111 2222")
    click(qtbot, form.save_button)
    assert form.result() == TraineeForm.DialogCode.Accepted
    detail = page.open_detail(tid)
    qtbot.addWidget(detail)
    history = detail.history_model
    assert history.rowCount() == 2
    changes = history.index(0, 3).data()
    assert changes == "Nomor HP: +6281234567890 → +6285711112222"
    assert history.index(0, 1).data() == "admin"
    assert history.index(1, 2).data() == "Didaftarkan"


def test_admin_deletes_with_a_reason(qtbot, ctx, db, admin, monkeypatch):
    with db.transaction() as s:
        tid = trainees.register(s, admin, trainees.TraineeInput(
            nik=SITI_NIK, name="Siti Aminah", consent=True)).id  # fmt: skip
    detail = TraineeDetail(ctx, tid)
    qtbot.addWidget(detail)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Terdaftar dua kali", True))
    click(qtbot, detail.delete_button)
    with db.session() as s:
        assert s.get(Trainee, tid).deleted_at is not None
        assert s.scalar(select(AuditEvent.reason).where(AuditEvent.action == "delete")) == (
            "Terdaftar dua kali"
        )


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("peserta") / "demo.sqlite"
    demo.build(str(path), trainees=300, seed=5, years=2)
    return path


def _demo_ctx(demo_path, username):
    database = open_database(resolve_url(str(demo_path)))
    with database.session() as s:
        user = s.scalar(select(User).where(User.username == username))
    return AppContext(database, user, "SRG", "BLK")


def test_list_model_sorts_filters_and_passes_the_model_tester(qtbot, qtmodeltester, demo_path):
    ctx = _demo_ctx(demo_path, "operator")
    page = TraineesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.model)
    page.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    births = [page.model.row_at(i).birth_date for i in range(page.model.rowCount())]
    assert births == sorted(births, reverse=True)
    page.year.setCurrentIndex(1)
    page.batch.setCurrentIndex(1)
    batch_id = page.batch.currentData()
    with ctx.db.session() as s:
        batch = s.get(Batch, batch_id)
        expected = {e.trainee_id for e in batch.enrollments}
    assert {page.model.row_at(i).id for i in range(page.model.rowCount())} == expected
    assert page.count_label.text() == f"{len(expected)} peserta ditemukan"
    ctx.db.dispose()


def test_viewer_sees_masked_nik_and_no_edit_buttons(qtbot, demo_path):
    ctx = _demo_ctx(demo_path, "viewer")
    page = TraineesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.new_button.isVisibleTo(page) and not page.import_button.isVisibleTo(page)
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    detail = page.findChild(TraineeDetail)
    assert detail is not None and not detail.edit_button.isVisibleTo(detail)
    texts = [label.text() for label in detail.findChildren(QLabel)]
    assert any("••••••••••" in text for text in texts)
    ctx.db.dispose()


def test_import_from_excel_runs_in_the_background_and_offers_the_failed_rows(
    qtbot, ctx, db, tmp_path, monkeypatch
):
    path = workbook(tmp_path / "pendaftar.xlsx", GOOD + BAD)
    page = TraineesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(ImportResultDialog, "exec", lambda self: shown.append(self) or 0)
    click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert (dialog.result_.imported, len(dialog.result_.failed)) == (3, 6)
    assert dialog.model.index(0, 0).data() == "5"  # a warning: NIK typed as a number
    assert page.count_label.text() == "3 peserta ditemukan"
    target = tmp_path / "gagal.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, dialog.save_failed)
    assert target.exists() and "Tersimpan" in dialog.save_failed.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_a_note_too_long_is_refused_beside_the_field_while_typing(qtbot, form, db):
    type_siti(qtbot, form)
    form.work.notes.setFocus()
    form.work.notes.setPlainText("Catatan panjang. " * 250)  # pasted: 4,250 characters
    qtbot.keyClicks(form.work.notes, "x")
    label = form.errors.labels["notes"]
    assert label.isVisibleTo(form)
    # 4,251 typed; the trailing space is not kept, so 4,250 count.
    assert label.text() == "Catatan terlalu panjang (4.250 karakter); maksimal 4.000."
    assert not form.save_button.isEnabled()
    form.work.notes.setPlainText("Catatan pendek.")
    assert not label.isVisibleTo(form) and form.save_button.isEnabled()
    with db.session() as s:
        assert s.scalar(select(Trainee)) is None  # nothing was saved while it was too long


@pytest.mark.parametrize(
    ("field", "pasted", "message"),
    [
        ("name", "Siti Aminah " * 15, "Nama lengkap terlalu panjang (179 karakter); maksimal 150."),
        (
            "birth_place",
            "Rangkasbitung " * 7,
            "Tempat lahir terlalu panjang (97 karakter); maksimal 80.",
        ),
        (
            "village",
            "Cibeureum " * 10,
            "Desa/kelurahan terlalu panjang (99 karakter); maksimal 80.",
        ),
    ],
)
def test_a_pasted_text_too_long_is_kept_whole_and_refused_beside_the_field(
    qtbot, form, qapp, field, pasted, message
):
    type_siti(qtbot, form)
    widget = form.errors.widgets[field]
    widget.setFocus()
    widget.selectAll()
    qapp.clipboard().setText(pasted)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert widget.text() == pasted  # nothing cut without a word
    label = form.errors.labels[field]
    assert label.isVisibleTo(form) and label.text() == message  # at once, while still there
    assert not form.save_button.isEnabled()
    qtbot.keyClick(form.contact.email, Qt.Key.Key_Return)
    with form.ctx.db.session() as s:
        assert s.scalar(select(Trainee)) is None


def test_tab_reaches_the_photo_after_the_notes_and_leaves_it_for_the_programme(
    qtbot, form, photo_file, monkeypatch
):
    form.work.notes.setFocus()
    qtbot.keyClick(form.work.notes, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.photo.choose_button
    # Below the notes on screen too, so Tab never jumps back up the column.
    assert (
        form.photo.mapTo(form, form.photo.rect().topLeft()).y()
        > form.work.notes.mapTo(form, form.work.notes.rect().topLeft()).y()
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (photo_file, ""))
    qtbot.keyClick(form.photo.choose_button, Qt.Key.Key_Space)
    assert form.photo.photo is not None
    qtbot.keyClick(form.photo.choose_button, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.photo.clear_button
    qtbot.keyClick(form.photo.clear_button, Qt.Key.Key_Space)
    assert form.photo.photo is None and not form.photo.clear_button.isEnabled()
    form.photo.choose_button.setFocus()
    qtbot.keyClick(form.photo.choose_button, Qt.Key.Key_Tab)  # no photo: nothing to remove
    assert form.focusWidget() is form.programme.target
    qtbot.keyClick(form.programme.target, Qt.Key.Key_Backtab)
    assert form.focusWidget() is form.photo.choose_button


def test_tab_from_the_last_button_goes_round_to_the_nik_without_a_blank_stop(qtbot, form):
    """After Tutup, one Tab landed on the scroll area behind the form (nothing marked on screen),
    so the clerk pressed Tab twice to get back to the NIK."""
    type_siti(qtbot, form)
    form.programme.target.setFocus()
    stops = []
    for _ in range(5):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        stops.append(form.focusWidget())
        if stops[-1] is form.identity.nik:
            break
    close = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert stops == [form.consent.consent, form.save_button, close, form.identity.nik]


def test_the_first_visit_reads_the_list_once(qtbot, db, monkeypatch):
    """Setting up the list's sort searched twice before the page's first show searched again:
    three reads of the first 100 trainees for one list."""
    window = main_window(qtbot, db)
    reads = []
    page_of = trainee_search.page
    monkeypatch.setattr(
        trainee_search, "page", lambda *a, **k: reads.append(k["sort"]) or page_of(*a, **k)
    )
    page = window.show_page(TraineesPage)
    qtbot.wait(50)
    assert reads == [Sort()]
    # A click on a column heading still sorts the list anew.
    page.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert reads == [Sort(), Sort("name", True)]


def test_saving_an_applicant_says_so_after_the_form_closes(qtbot, db):
    """The form closed on Enter and nothing else moved: with a search typed, the new applicant
    was not even in the list, so the clerk could not tell a save from a close."""
    window = main_window(qtbot, db)
    page = window.show_page(TraineesPage)
    qtbot.keyClicks(page.search, "Agus")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.findChild(TraineeForm)
    type_siti(qtbot, form)
    qtbot.keyClick(form.contact.email, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert window.statusBar().currentMessage() == "Data Siti Aminah tersimpan."


def test_enter_on_the_focused_new_applicant_button_opens_the_form(qtbot, db):
    """A page's button took only Space: Tab to "Pendaftar baru", Enter, and nothing opened."""
    window = main_window(qtbot, db)
    page = window.show_page(TraineesPage)
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.findChild(TraineeForm) is not None)
    form = page.findChild(TraineeForm)
    qtbot.waitUntil(form.isVisible)
    type_siti(qtbot, form)
    qtbot.keyClick(form.contact.email, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert window.statusBar().currentMessage() == "Data Siti Aminah tersimpan."
    with db.session() as s:
        assert s.scalars(select(Trainee.name)).all() == ["Siti Aminah"]


def test_enter_in_the_search_opens_the_one_person_found(qtbot, db, admin):
    """The page says "Enter membuka data peserta", but Enter in the search did nothing: the
    clerk who typed a NIK had to reach for the mouse to open the one person found."""
    with db.transaction() as s:
        trainees.register(s, admin, siti())
        trainees.register(s, admin, siti(
            nik="3602015808950001", name="Siti Rahmah", birth_date=date(1995, 8, 18),
            phone="0813-1111-2222", email="rahmah@contoh.com"))  # fmt: skip
    window = main_window(qtbot, db)
    page = window.show_page(TraineesPage)
    qtbot.keyClicks(page.search, "siti")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # two found: the list takes the keyboard
    assert page.focusWidget() is page.view and page.view.currentIndex().row() == 0
    page.search.setFocus()
    page.search.clear()
    qtbot.keyClicks(page.search, SITI_NIK)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    detail = page.findChild(TraineeDetail)
    assert detail is not None and detail.isVisible()
    with db.session() as s:
        siti_id = s.scalar(select(Trainee.id).where(Trainee.nik == SITI_NIK))
    assert detail.trainee_id == siti_id
    assert "Siti Aminah" in detail.heading.text()


def test_opening_peserta_by_keyboard_puts_the_typing_in_the_search(qtbot, db, admin):
    """Ctrl+2 gave the keyboard to "Impor dari Excel…": the NIK typed next went nowhere and
    Enter opened the import instead of the person."""
    with db.transaction() as s:
        trainees.register(s, admin, siti())
    window = main_window(qtbot, db)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.show_page(TraineesPage)
    qtbot.keyClicks(QApplication.focusWidget(), SITI_NIK)
    assert page.search.text() == SITI_NIK
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    detail = page.findChild(TraineeDetail)
    assert detail is not None and "Siti Aminah" in detail.heading.text()


def test_a_long_english_education_is_elided_and_whole_in_its_tooltip(qtbot, ctx, english):
    """At 1366 × 768 "SLTA (senior high school) or equivalent" was cut to "… school) o", with
    nothing to say more followed."""
    form = TraineeForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.identity.education, "SLTA")
    combo = form.identity.education
    assert combo.currentText() == "SLTA (senior high school) or equivalent"
    assert combo.shown_text().endswith("…")
    assert combo.toolTip() == "SLTA (senior high school) or equivalent"


@pytest.fixture
def language(request):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("id")


def test_the_form_and_its_save_button_stay_above_the_taskbar(qtbot, ctx, monkeypatch):
    """1366 × 768 less a Windows taskbar leaves 728 pixels, title bar included: the form
    must not open 740 tall with Save under the taskbar."""
    from PySide6.QtCore import QRect

    from blkdesk.ui import placement

    title_bar = 32  # offscreen windows have no frame: Windows 10's title bar
    area = QRect(0, 0, 1366, 728)
    monkeypatch.setattr(placement, "available_area", lambda _window: area)
    form = TraineeForm(ctx)
    qtbot.addWidget(form)
    form.show()
    assert form.height() + title_bar <= area.height()
    assert area.contains(form.frameGeometry())
    # Offscreen, as on X11 before the window manager frames it, the title bar goes on above the
    # form's inside: there must be room for it, or it sits above the screen out of reach.
    assert form.geometry().top() >= area.top() + title_bar
    save = form.save_button
    bottom_right = save.mapTo(form, save.rect().bottomRight())
    assert form.rect().contains(bottom_right)
    qtbot.keyClicks(form.identity.nik, SITI_NIK)  # still a working form, scrolled as needed
    assert form.identity.birth_date.text() == "17-08-1995"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_too_long_names_the_field_in_the_interface_language(qtbot, form, language):
    """Not "Nama lengkap is too long" in the English interface."""
    qtbot.keyClicks(form.identity.name, "A" * 151)
    assert form.errors.labels["name"].text().startswith("Full name is too long (151 characters)")


@pytest.mark.parametrize("language", ["id", "en"], indirect=True)
def test_every_placeholder_fits_its_field_at_1366x768(qtbot, ctx, language):
    form = TraineeForm(ctx)
    qtbot.addWidget(form)
    form.show()
    assert form.width() <= 1366 and form.height() <= 768
    click(qtbot, form.work.is_pmi)  # the PMI fields too
    assert cut_placeholders(form) == []


@pytest.mark.parametrize(("language", "one", "two"), [
    ("id", "1 peserta ditemukan", "2 peserta ditemukan"),
    ("en", "1 trainee found", "2 trainees found"),  # not "1 trainees"
], indirect=["language"])  # fmt: skip
def test_the_count_of_trainees_found_says_one_in_the_singular(
    qtbot, ctx, db, admin, language, one, two
):
    page = TraineesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    for said, nik, name in ((one, SITI_NIK, "Siti Aminah"), (two, "3602011208900002", "Asep")):
        with db.transaction() as s:
            data = trainees.TraineeInput(nik=nik, name=name, birth_place="Lebak", consent=True)
            trainees.register(s, admin, data)
        page.refresh()
        assert page.count_label.text() == said


def test_the_history_names_the_changed_fields_in_english(qtbot, ctx, db, admin, english):
    with db.transaction() as s:
        data = trainees.TraineeInput(nik=SITI_NIK, name="Siti Aminah", birth_place="Lebak",
                                     consent=True)  # fmt: skip
        tid = trainees.register(s, admin, data).id
    with db.transaction() as s:
        data.birth_place = "Pandeglang"
        trainees.update(s, admin, tid, data)
    page = TraineesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    detail = page.open_detail(tid)
    qtbot.addWidget(detail)
    assert detail.history_model.index(0, 3).data() == "Place of birth: Lebak → Pandeglang"


@pytest.mark.postgres
def test_an_applicant_keyed_without_a_birthplace_shows_only_the_birth_date(qtbot, pg_db_url, admin):
    """No ', 17 Agustus 1995' with a comma leading nowhere (an office server's applicant, opened
    by a clerk at another PC)."""
    db = open_database(pg_db_url)
    try:
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        with db.transaction() as s:
            person = trainees.register(s, admin, siti(birth_place=""))
        detail = TraineeDetail(context_of(db), person.id)
        qtbot.addWidget(detail)
        detail.show()
        texts = [label.text() for label in detail.findChildren(QLabel)]
        assert "17 Agustus 1995" in texts
        assert not any(t.startswith(", ") for t in texts)
    finally:
        db.dispose()
