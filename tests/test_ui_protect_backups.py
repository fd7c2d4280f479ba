"""At an administrator's login, while nobody has set a backup password: BLKDesk's provisional
key seals the backups, and the administrator is asked to set the password and print the sheet,
or to choose plaintext on the record. Other roles are not asked; the backup tab tells them."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox
from sqlalchemy import select

from blkdesk.core.access import auth
from blkdesk.core.models import AuditEvent, User
from blkdesk.core.registry import trainees
from blkdesk.core.storage import backup, database_backup
from blkdesk.ui import app as app_module
from blkdesk.ui.login import LoginDialog
from blkdesk.ui.recovery_key_dialog import RecoveryKeyDialog
from blkdesk.ui.screens import SettingsPage
from blkdesk.ui.screens.settings.backup_tab import BackupPasswordDialog
from blkdesk.ui.screens.settings.protect_backups import ProtectBackupsDialog
from tests.support.institution import ADMIN_PASSWORD
from tests.support.registrants import siti


@pytest.fixture(autouse=True)
def boxes_answered(qapp, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)


def clerk(qtbot, steps: list, seen: list):
    """Answers each modal window in turn: `steps` maps a dialog class to what to do with it."""

    def answer():
        dialog = QApplication.activeModalWidget()
        match = next(((k, a) for k, a in steps if isinstance(dialog, k)), None)
        if match is not None:
            seen.append(match[0].__name__)
            steps.remove(match)
        if steps:  # before acting: the action may open the next modal window and wait in it
            QTimer.singleShot(20, answer)
        if match is not None:
            match[1](dialog)

    QTimer.singleShot(20, answer)


def log_in(username, password):
    return lambda d: (d.username.setText(username), d.password.setText(password), d.accept())


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def undecided_db_with_a_backup(db, admin):
    with db.transaction() as s:
        trainees.register(s, admin, siti())
    return database_backup.backup_database(db, "otomatis").info


def _keeps_the_sheet(qtbot, shown_key: list[str]):
    """The clerk at the recovery-key sheet: notes the key shown, ticks "kept" and closes it."""

    def keep_sheet(dialog):
        shown_key.append(dialog.panel.key_label.text())
        dialog.panel.kept.setChecked(True)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Close))

    return keep_sheet


def test_the_admin_sets_the_password_and_prints_the_key_the_backups_already_carry(qtbot, db, admin):
    early = undecided_db_with_a_backup(db, admin)
    with db.session() as s:
        pending = backup.pending_recovery_key(s)

    def set_password(dialog):
        click(qtbot, dialog.set_button)

    def type_password(dialog):
        qtbot.keyClicks(dialog.password, "Brankas-Kantor-7")
        qtbot.keyClicks(dialog.password2, "Brankas-Kantor-7")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    shown_key: list[str] = []
    keep_sheet = _keeps_the_sheet(qtbot, shown_key)

    seen: list = []
    clerk(qtbot, [(LoginDialog, log_in("admin", ADMIN_PASSWORD)),
                  (ProtectBackupsDialog, set_password), (BackupPasswordDialog, type_password),
                  (RecoveryKeyDialog, keep_sheet)], seen)  # fmt: skip
    window = app_module.login_and_show(db)
    assert window is not None
    qtbot.addWidget(window)
    assert seen == ["LoginDialog", "ProtectBackupsDialog", "BackupPasswordDialog",
                    "RecoveryKeyDialog"]  # fmt: skip
    assert shown_key == [pending]  # the key the earlier backup already opens with
    assert backup.verify(early.path, recovery_key=pending) is None
    with db.session() as s:
        assert backup.protection(s) == backup.Protection.SEALED
    # The next login asks nothing.
    seen.clear()
    clerk(qtbot, [(LoginDialog, log_in("admin", ADMIN_PASSWORD))], seen)
    again = app_module.login_and_show(db)
    qtbot.addWidget(again)
    assert seen == ["LoginDialog"] and again.isVisible()


def test_the_admin_may_choose_plaintext_with_a_reason_and_keeps_the_earlier_key(
    qtbot, db, admin, monkeypatch
):
    early = undecided_db_with_a_backup(db, admin)
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("komputer kantor tanpa jaringan", True))  # fmt: skip
    shown_key: list[str] = []
    keep_sheet = _keeps_the_sheet(qtbot, shown_key)

    seen: list = []
    clerk(qtbot, [(LoginDialog, log_in("admin", ADMIN_PASSWORD)),
                  (ProtectBackupsDialog, lambda d: click(qtbot, d.plain_button)),
                  (RecoveryKeyDialog, keep_sheet)], seen)  # fmt: skip
    window = app_module.login_and_show(db)
    qtbot.addWidget(window)
    assert seen == ["LoginDialog", "ProtectBackupsDialog", "RecoveryKeyDialog"]
    assert backup.verify(early.path, recovery_key=shown_key[0]) is None
    with db.session() as s:
        assert backup.protection(s) == backup.Protection.PLAINTEXT
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "choose_unencrypted"))
    assert event.reason == "komputer kantor tanpa jaringan"


def test_later_asks_again_and_an_operator_is_not_asked_but_told(qtbot, db, admin):
    undecided_db_with_a_backup(db, admin)
    with db.transaction() as s:
        user = auth.create_user(s, admin, "petugas", "Petugas", "operator", "Sandi1234")
        user.must_change_password = False
    seen: list = []
    clerk(
        qtbot,
        [
            (LoginDialog, log_in("admin", ADMIN_PASSWORD)),
            (ProtectBackupsDialog, lambda d: click(qtbot, d.later_button)),
        ],
        seen,
    )
    qtbot.addWidget(app_module.login_and_show(db))
    assert seen == ["LoginDialog", "ProtectBackupsDialog"]
    seen.clear()
    clerk(qtbot, [(LoginDialog, log_in("petugas", "Sandi1234"))], seen)
    window = app_module.login_and_show(db)
    qtbot.addWidget(window)
    assert seen == ["LoginDialog"] and window.isVisible()
    page = window.show_page(SettingsPage)
    tab = page.backup_tab
    page.show_tab(tab)
    tab.refresh()
    assert "Administrator perlu mengatur kata sandi cadangan" in tab.password_state.text()
    with db.session() as s:
        assert s.scalar(select(User.role).where(User.username == "petugas")) == "operator"
        assert backup.protection(s) == backup.Protection.PROVISIONAL
