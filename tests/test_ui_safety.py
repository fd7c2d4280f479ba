"""The data-safety screens and the start-up checks, driven as a clerk would."""

import errno
import os
import re
import threading
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
)
from sqlalchemy import select

from blkdesk.core import settings
from blkdesk.core.access import auth
from blkdesk.core.errors import DatabaseError
from blkdesk.core.models import AuditEvent, Trainee, User
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import drafts, trainees
from blkdesk.core.storage import database_backup, safefile
from blkdesk.core.storage.instance_lock import InstanceLock
from blkdesk.ui import app as app_module
from blkdesk.ui import guard, i18n
from blkdesk.ui.screens import SettingsPage
from tests.support.backups import damage_first_table, grow
from tests.support.institution import ADMIN_PASSWORD
from tests.support.registrants import siti
from tests.support.windows import main_window

OPERATOR = Actor("operator", Role.OPERATOR)


class Boxes:
    """Records the message boxes a test provokes, answering questions with `answer`."""

    def __init__(self, monkeypatch):
        self.shown: list[tuple[str, str]] = []
        self.titles: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _record(self, kind):
        def show(_parent, title, text, *args, **kwargs):
            self.titles.append(title)
            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    def _question(self, _parent, title, text, *args, **kwargs):
        self.titles.append(title)
        self.shown.append(("question", text))
        return self.answer

    def last(self, kind: str) -> str:
        return next(text for k, text in reversed(self.shown) if k == kind)


@pytest.fixture
def boxes(monkeypatch):
    return Boxes(monkeypatch)


@pytest.fixture
def window(qtbot, db):
    w = main_window(qtbot, db)
    yield w
    w.guard.idle.stop()


def settings_tab(window, attr):
    page = window.show_page(SettingsPage)
    tab = getattr(page, attr)
    page.show_tab(tab)
    return tab


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_idle_lock_hides_the_data_and_asks_for_the_password(qtbot, window, db):
    idle = window.guard.idle
    assert idle.minutes == 15  # the default setting
    idle.set_minutes(0.001)  # 60 ms, so the test does not wait a quarter of an hour
    qtbot.waitUntil(lambda: idle.dialog is not None and idle.dialog.isVisible())
    dialog = idle.dialog
    assert not window.centralWidget().isVisible()
    qtbot.keyClicks(dialog.password, "salah-sandi")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.message.text() == auth.GENERIC_FAILURE
    assert not window.centralWidget().isVisible()
    idle.set_minutes(0)  # no second lock while the test types
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert idle.dialog is None
    assert window.centralWidget().isVisible()
    with db.session() as s:
        assert s.scalar(select(User.failed_attempts).where(User.username == "admin")) == 0


def test_leaving_the_lock_closes_the_window(qtbot, window):
    idle = window.guard.idle
    idle.lock()
    click(qtbot, idle.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert not window.isVisible()


def test_idle_minutes_are_set_in_pengaturan(qtbot, window, db):
    page = window.show_page(SettingsPage)
    page.idle_minutes.selectAll()
    qtbot.keyClicks(page.idle_minutes, "5")
    qtbot.keyClick(page.idle_minutes, Qt.Key.Key_Return)
    assert window.guard.idle.minutes == 5
    assert window.guard.idle.timer.interval() == 5 * 60_000
    with db.session() as s:
        assert settings.get(s, "idle_lock_minutes") == 5


def test_backup_then_restore_from_the_backup_tab(qtbot, qtmodeltester, window, db, admin, boxes):
    tab = settings_tab(window, "backup_tab")
    assert tab.model.rowCount() == 0
    click(qtbot, tab.backup_button)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert boxes.last("information").startswith("Cadangan dibuat:")
    qtmodeltester.check(tab.model)
    with db.transaction() as s:
        auth.create_user(s, admin, "sesudah", "Sesudah", "viewer", "Sandi1234")
    tab.view.selectRow(0)
    with qtbot.waitSignal(tab.restored):
        click(qtbot, tab.restore_button)
    assert "Keadaan sekarang dicadangkan dulu" in boxes.last("question")
    assert window.restart_requested and not window.isVisible()
    with db.session() as s:
        assert s.scalar(select(User.id).where(User.username == "sesudah")) is None
    # The restore and the backup made on close are listed too.
    reasons = {i.reason for i in database_backup.backups_of(db)}
    assert {"manual", "pemulihan"} <= reasons


def test_periksa_database(qtbot, window, boxes):
    tab = settings_tab(window, "backup_tab")
    click(qtbot, tab.check_button)
    qtbot.waitUntil(lambda: bool(boxes.shown))
    assert boxes.last("information") == "Pemeriksaan lengkap: database dalam keadaan baik."


def test_backup_password_dialog(qtbot, window, db, monkeypatch):
    tab = settings_tab(window, "backup_tab")
    from blkdesk.ui.screens.settings.backup_tab import BackupPasswordDialog

    dialog = BackupPasswordDialog(window.ctx, tab)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "Sandi-Kantor-1")
    qtbot.keyClicks(dialog.password2, "Sandi-Kantor-2")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert "tidak sama" in dialog.errors.labels["password2"].text()
    dialog.password2.clear()
    qtbot.keyClicks(dialog.password2, "Sandi-Kantor-1")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.result() == BackupPasswordDialog.DialogCode.Accepted
    assert dialog.sheet is not None and len(dialog.sheet.recovery_key) == 39
    tab.refresh()
    assert tab.password_state.text() == f"aktif (sidik kunci {dialog.sheet.key_id})"
    assert database_backup.backup_database(db, "manual").info.encrypted


def test_operator_sees_no_audit_and_cannot_restore(qtbot, db, admin):
    with db.transaction() as s:
        auth.create_user(s, admin, "operator", "Operator", "operator", "Sandi1234")
    w = main_window(qtbot, db, "operator")
    page = w.show_page(SettingsPage)
    assert page.audit_tab is None and page.privacy_tab is not None
    assert page.backup_tab.backup_button.isEnabled()
    assert not page.backup_tab.restore_button.isEnabled()
    assert not page.privacy_tab.anonymise_button.isEnabled()
    w.guard.idle.stop()


def test_audit_viewer_filters_by_user(qtbot, qtmodeltester, window, db, admin):
    with db.transaction() as s:
        trainees.register(s, OPERATOR, siti())
    tab = settings_tab(window, "audit_tab")
    qtmodeltester.check(tab.model)
    users = {tab.model.row_object(r).user_name for r in range(tab.model.rowCount())}
    assert users == {"admin", "operator"}
    tab.user.setCurrentIndex(tab.user.findData("operator"))
    rows = [tab.model.row_object(r) for r in range(tab.model.rowCount())]
    assert [(e.user_name, e.entity) for e in rows] == [("operator", "trainee")]
    assert "Peserta" in tab.model.data(tab.model.index(0, 3))
    assert tab.count.text() == "1 peristiwa."
    tab.use_start.setChecked(True)
    tab.start.setDate(date(2099, 1, 1))
    assert tab.model.rowCount() == 0


def test_subject_report_save_and_anonymise(qtbot, qtmodeltester, window, db, tmp_path,
                                           monkeypatch, boxes):  # fmt: skip
    with db.transaction() as s:
        person = trainees.register(s, OPERATOR, siti())
        uuid, person_id = person.uuid, person.id
    # Forms left open about her (an edit; a new intake typing her NIK), and one about Budi.
    drafts.save(db.location, f"edit-{person_id}", "operator", {"name": "Siti Aminah"})
    drafts.save(db.location, "new", "admin", {"nik": "3602 0157 0895 0001", "photo": "/9j/"})
    drafts.save(db.location, "edit-999", "operator", {"nik": "3602010101900001"})
    tab = settings_tab(window, "privacy_tab")
    qtbot.keyClicks(tab.query, "3602015708")
    click(qtbot, tab.search_button)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 1
    click(qtbot, tab.report_button)
    assert "Nama: Siti Aminah" in tab.text.toPlainText()
    target = tmp_path / "laporan.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    click(qtbot, tab.save_button)
    assert '"nik": "3602015708950001"' in target.read_text(encoding="utf-8")
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Surat permohonan 1/2026", True))
    )
    click(qtbot, tab.anonymise_button)
    assert "tidak dapat dibatalkan" in boxes.last("question")
    with db.session() as s:
        t = s.scalar(select(Trainee).where(Trainee.uuid == uuid))
        assert t.name.startswith("Anonim ")
        assert s.scalar(select(AuditEvent.reason).where(AuditEvent.action == "anonymise")) == (
            "Surat permohonan 1/2026"
        )
    assert tab.text.toPlainText() == ""
    assert drafts.pending(db.location, "admin") == []  # her data is gone from drafts too
    assert [d.key for d in drafts.pending(db.location, "operator")] == ["edit-999"]


def test_a_subject_search_that_finds_nobody_says_so(qtbot, window, db):
    """An empty list after Cari looks like a button that did nothing."""
    with db.transaction() as s:
        trainees.register(s, OPERATOR, siti())
    tab = settings_tab(window, "privacy_tab")
    qtbot.keyClicks(tab.query, "Aminah")  # her second name: names are found from the start
    qtbot.keyClick(tab.query, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 0
    assert tab.found.isVisibleTo(tab)
    assert tab.found.text().startswith("Tidak ada peserta dengan NIK atau nama yang berawalan")
    assert "“Aminah”" in tab.found.text()
    tab.query.clear()
    qtbot.keyClicks(tab.query, "Siti")
    click(qtbot, tab.search_button)
    assert tab.model.rowCount() == 1 and tab.found.text() == "1 peserta ditemukan."


def test_auto_backup_runs_when_due_and_on_close(qtbot, window, db, admin):
    auto = window.guard.backups
    assert auto.timer.isActive()
    auto.check()
    qtbot.waitUntil(lambda: not auto.running)
    assert [i.reason for i in database_backup.backups_of(db)] == ["otomatis"]
    auto.check()  # nothing changed since: no second backup
    assert not auto.running
    with db.transaction() as s:
        auth.create_user(s, admin, "baru", "Baru", "viewer", "Sandi1234")
    window.close()
    assert [i.reason for i in database_backup.backups_of(db)] == ["tutup", "otomatis"]


def test_a_quiet_spell_backs_up_what_changed_so_closing_has_nothing_left(qtbot, window, db, admin):
    auto = window.guard.backups
    assert auto.idle_timer.isActive()
    qtbot.mouseMove(window, window.rect().center())  # activity starts the quiet spell again
    assert auto.idle_timer.remainingTime() > guard.IDLE_BACKUP_MS - 5_000
    auto.check_idle()  # never backed up yet: that counts as a change
    qtbot.waitUntil(lambda: not auto.running)
    assert [i.reason for i in database_backup.backups_of(db)] == ["otomatis"]
    auto.check_idle()  # nothing changed since: nothing to do
    assert not auto.running and len(database_backup.backups_of(db)) == 1
    with db.transaction() as s:
        auth.create_user(s, admin, "baru", "Baru", "viewer", "Sandi1234")
    auto.idle_timer.setInterval(10)  # the quiet spell, shortened for the test
    auto.idle_timer.start()
    qtbot.waitUntil(lambda: len(database_backup.backups_of(db)) == 2 and not auto.running)
    assert window.statusBar().currentMessage().startswith("Cadangan otomatis dibuat")
    # Nothing stood in the clerk's way.
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))
    window.close()
    assert [i.reason for i in database_backup.backups_of(db)] == ["otomatis", "otomatis"]


def test_closing_after_a_change_shows_its_backup_in_a_progress_dialog(
    qtbot, window, db, admin, monkeypatch
):
    with db.transaction() as s:
        auth.create_user(s, admin, "baru", "Baru", "viewer", "Sandi1234")
    seen = threading.Event()
    real = database_backup.backup_database
    dialogs: list[str] = []

    def held_until_seen(*args, **kwargs):
        seen.wait(10)  # the worker waits until the GUI thread has looked at the screen
        return real(*args, **kwargs)

    def look():
        dialogs.extend(d.labelText() for d in window.findChildren(QProgressDialog)
                       if d.isVisible())  # fmt: skip
        if dialogs:
            seen.set()
            poll.stop()

    monkeypatch.setattr(database_backup, "backup_database", held_until_seen)
    poll = QTimer(interval=10)
    poll.timeout.connect(look)
    poll.start()  # runs inside the event loop that close() keeps while it backs up
    window.close()
    poll.stop()
    assert dialogs == ["Menyimpan cadangan sebelum BLKDesk ditutup…"]
    assert [i.reason for i in database_backup.backups_of(db)] == ["tutup"]


def test_closing_after_a_change_keeps_only_the_changed_blocks_which_restore_in_the_app(
    qtbot, window, db, admin, boxes
):
    grow(db.path, 12)
    auto = window.guard.backups
    auto.check_idle()
    qtbot.waitUntil(lambda: not auto.running)
    with db.transaction() as s:
        auth.create_user(s, admin, "baru", "Baru", "viewer", "Sandi1234")
    window.close()
    closed, full = database_backup.backups_of(db)
    assert (closed.reason, closed.base, full.reason) == ("tutup", full.path.name, "otomatis")
    assert closed.file_bytes < full.file_bytes / 3
    again = main_window(qtbot, db)
    with db.transaction() as s:
        auth.create_user(s, admin, "sesudah", "Sesudah", "viewer", "Sandi1234")
    tab = settings_tab(again, "backup_tab")
    shown = [tab.model.row_object(r).path for r in range(tab.model.rowCount())]
    row = shown.index(closed.path)
    tab.view.selectRow(row)
    with qtbot.waitSignal(tab.restored):
        click(qtbot, tab.restore_button)
    with db.session() as s:
        names = set(s.scalars(select(User.username)))
    assert "baru" in names and "sesudah" not in names
    again.guard.idle.stop()


# --- start-up ----------------------------------------------------------------------------------


def test_second_blkdesk_on_the_same_file_is_refused(db, boxes):
    first = app_module.open_or_explain(str(db.path))
    try:
        assert app_module.open_or_explain(str(db.path)) is None
        assert "sedang dibuka oleh" in boxes.last("critical")
    finally:
        first.close()
    again = app_module.open_or_explain(str(db.path))
    assert again is not None
    again.close()


def test_damaged_file_opens_read_only_and_the_newest_good_backup_is_offered(qtbot, db, boxes):
    good = database_backup.backup_database(db, "manual").info
    db.dispose()
    damage_first_table(db.path)
    opened = app_module.open_checked(str(db.path))
    try:
        assert opened.damage is not None and opened.db.read_only
        window = main_window(qtbot, opened.db)
        assert "HANYA BACA" in window.db_label.text()
        assert not window.guard.backups.enabled
        app_module.offer_restore(window, opened.damage)
        question = boxes.last("question")
        assert "hanya-baca" in question and good.counts_text() in question
        assert window.restart_requested
        window.guard.idle.stop()
    finally:
        opened.close()
    reopened = app_module.open_checked(str(db.path))
    assert reopened.damage is None and not reopened.db.read_only
    reopened.close()


def test_damaged_file_without_backups_says_so(qtbot, db, boxes):
    db.dispose()
    damage_first_table(db.path)
    opened = app_module.open_checked(str(db.path))
    try:
        window = main_window(qtbot, opened.db)
        app_module.offer_restore(window, opened.damage)
        assert "Tidak ada cadangan yang baik" in boxes.last("critical")
        with pytest.raises(DatabaseError, match="hanya-baca"), opened.db.transaction() as s:
            s.add(Trainee(inst_code="LBK", nik="1", name="x", name_norm="x",
                          birth_date=date(2000, 1, 1), sex="L"))  # fmt: skip
        window.guard.idle.stop()
    finally:
        opened.close()


def test_the_damage_is_told_in_english_in_the_english_interface(qtbot, db, boxes, english):
    """The start-up module says it for the window: looked up under MainWindow, it stayed
    Indonesian."""
    good = database_backup.backup_database(db, "manual").info
    db.dispose()
    damage_first_table(db.path)
    opened = app_module.open_checked(str(db.path))
    try:
        window = main_window(qtbot, opened.db)
        boxes.answer = QMessageBox.StandardButton.No
        app_module.offer_restore(window, opened.damage)
        question = boxes.last("question")
        assert question.startswith("The database check found damage:\n")
        assert "opened read-only" in question and "Latest good backup: " in question
        assert question.endswith("\n\nRestore from this backup now?")
        assert good.counts_text() not in question  # its counts too are said in English
        good.path.unlink()
        app_module.offer_restore(window, opened.damage)
        told = boxes.last("critical")
        assert told.endswith("\n\nThere is no good backup in the backup folder. Contact IT staff; "
                             "do not delete the database file.")  # fmt: skip
        assert boxes.titles == ["Database corrupted"] * 2
        window.guard.idle.stop()
    finally:
        opened.close()


def test_a_file_that_does_not_open_at_all_is_restored_before_login(db, admin, boxes):
    with db.transaction() as s:
        auth.create_user(s, admin, "dicadangkan", "Ada", "viewer", "Sandi1234")
    database_backup.backup_database(db, "manual")
    db.dispose()
    db.path.write_text("ini bukan database lagi")
    boxes.answer = QMessageBox.StandardButton.No
    assert app_module.open_or_explain(str(db.path)) is None
    assert "rusak parah" in boxes.last("question")
    InstanceLock.acquire(db.path).release()  # not left held by the refused start
    boxes.answer = QMessageBox.StandardButton.Yes
    opened = app_module.open_or_explain(str(db.path))
    try:
        assert opened.damage is None
        with opened.db.session() as s:
            assert s.scalar(select(User.id).where(User.username == "dicadangkan"))
            assert s.scalar(select(AuditEvent.user_name).where(AuditEvent.action == "restore"))
    finally:
        opened.close()


def test_unopenable_without_backups_is_explained(tmp_path, boxes):
    path = tmp_path / "bukan.sqlite"
    path.write_text("ini bukan database")
    assert app_module.open_or_explain(str(path)) is None
    assert "Tidak ada cadangan yang baik" in boxes.last("critical")


def test_the_backup_list_says_why_each_backup_was_made_in_english(qtbot, db, admin, english, boxes):
    grow(db.path, 12)
    database_backup.backup_database(db, "impor")
    with db.transaction() as s:  # a little changed since: the closing backup holds only that
        auth.create_user(s, admin, "baru", "Pengguna Baru", "operator", "Sandi1234")
    database_backup.backup_database(db, "tutup", differential=True)
    window = main_window(qtbot, db)
    tab = settings_tab(window, "backup_tab")
    reasons = [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]
    assert reasons == ["when the app was closed (changes only)", "before an import"]
    assert tab.summary.text().startswith("2 backups in ")
    # What core keeps, for the CLI and the audit trail, is still Indonesian.
    infos = database_backup.backups_of(db)
    assert [str(i.reason_label) for i in infos] == [
        "saat aplikasi ditutup (hanya perubahan)",
        "sebelum impor",
    ]
    window.guard.idle.stop()


def test_one_backup_is_counted_in_the_singular_in_english(qtbot, db, english, boxes):
    """'1 backup in …', not '1 backups in …'."""
    database_backup.backup_database(db, "impor")
    window = main_window(qtbot, db)
    tab = settings_tab(window, "backup_tab")
    assert tab.summary.text().startswith("1 backup in ")
    window.guard.idle.stop()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_backup_under_a_megabyte_is_sized_in_kilobytes(qtbot, db, lang):
    """A small office's backup, or the day's changes, would read "0,0 MB"."""
    with db.transaction() as s:
        trainees.register(s, OPERATOR, siti())
    database_backup.backup_database(db, "impor")
    (info,) = database_backup.backups_of(db)
    assert info.file_bytes < 1_048_576
    assert i18n.install(lang)
    try:
        window = main_window(qtbot, db)
        tab = settings_tab(window, "backup_tab")
        assert tab.model.index(0, 2).data() == f"{max(1, round(info.file_bytes / 1024))} KB"
        window.guard.idle.stop()
    finally:
        i18n.install("id")


def test_the_backup_list_counts_in_english_with_english_grouping(qtbot, db, english):
    with db.transaction() as s:
        trainees.register(s, OPERATOR, siti())
    grow(db.path, 4)  # over a thousand audit entries: the number is grouped
    database_backup.backup_database(db, "impor")
    window = main_window(qtbot, db)
    tab = settings_tab(window, "backup_tab")
    (info,) = database_backup.backups_of(db)
    audit = info.counts["audit_event"]
    assert audit >= 1000
    assert re.fullmatch(r"\d+\.\d MB", tab.model.index(0, 2).data())  # not Indonesian "3,8 MB"
    shown = tab.model.index(0, 4).data()
    assert shown == (
        "1 trainee, 0 batches, 0 registrations, 0 attendance marks, 0 certificates, 1 user, "
        f"{audit:,} audit entries"
    )
    # At 1366 px the counts wrap inside their column instead of ending in "…" or scrolling.
    window.resize(1366, 720)
    qtbot.waitUntil(lambda: tab.view.columnWidth(4) < tab.view.viewport().width())
    assert tab.view.horizontalScrollBar().maximum() == 0
    room = QRect(0, 0, tab.view.columnWidth(4) - 8, 1000)  # less the cell's margins
    wrapped = tab.view.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, shown)
    assert wrapped.height() <= tab.view.rowHeight(0)
    # The CLI and the restore log keep core's Indonesian, with Indonesian thousands dots.
    dotted = f"{audit:,}".replace(",", ".")
    assert str(info.counts_text()) == (
        "1 peserta, 0 angkatan, 0 pendaftaran, 0 tanda hadir, 0 sertifikat, 1 pengguna, "
        f"{dotted} catatan audit"
    )
    window.guard.idle.stop()


def test_a_full_disk_while_backing_up_is_said_in_english(qtbot, db, english, boxes, monkeypatch):
    window = main_window(qtbot, db)
    tab = settings_tab(window, "backup_tab")

    def no_space(_fd):  # the disk fills as the backup is written
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safefile.os, "fsync", no_space)
    click(qtbot, tab.backup_button)
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    monkeypatch.undo()
    _kind, said = boxes.shown[-1]
    assert re.fullmatch(
        r"The disk became full while writing \S+ in .+\. No half-written file was left\. "
        r"Free up disk space or choose another place, then try again\.",
        said,
    ), said
    assert "Errno" not in said and "No space left" not in said
    assert database_backup.backups_of(db) == []  # nothing half-written is listed
    window.guard.idle.stop()
