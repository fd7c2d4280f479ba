"""Accounts in Pengaturan, typed into the real dialogs: the list follows without a reload, refusals
show beside their field, and the new account must replace its first password."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from sqlalchemy import select

from blkdesk.core.access import auth
from blkdesk.core.errors import AuthError, FieldErrors
from blkdesk.core.models import User
from blkdesk.core.permissions import Actor, Role
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.settings.page import SettingsPage
from blkdesk.ui.screens.settings.users import (
    AddUserDialog,
    ChangePasswordDialog,
    ResetPasswordDialog,
)
from tests.support.institution import ADMIN_PASSWORD
from tests.support.office import office_desk
from tests.support.windows import main_window


@pytest.fixture
def ctx(qapp, db):
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
    return AppContext(db, user, "LBK", "BLK")


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip


def _usernames(page):
    return [page.users_model.row_object(r).username for r in range(page.users_model.rowCount())]


def test_adding_a_user_shows_in_the_list_at_once(qtbot, ctx, db):
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert _usernames(page) == ["admin"]
    dialog = AddUserDialog(ctx, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "Ani")
    qtbot.keyClicks(dialog.full_name, "Ani Suryani")
    qtbot.keyClicks(dialog.password, "pendek")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.errors.labels["password"].isVisible()
    assert _usernames(page) == ["admin"]
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "Sandi1234")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert sorted(_usernames(page)) == ["admin", "ani"]
    assert auth.login(db, "ani", "Sandi1234").must_change_password


@pytest.fixture
def office(qapp, pg_db_url, monkeypatch):
    yield from office_desk(qapp, pg_db_url, monkeypatch, QMessageBox.StandardButton.Discard)


@pytest.mark.postgres
def test_a_new_account_is_a_clerks_unless_the_administrator_picks_another_role(qtbot, office):
    """The administrator of an office server adds the clerks' accounts."""
    db, ctx = office
    dialog = AddUserDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.role.currentText() == "Operator"
    qtbot.keyClicks(dialog.username, "sari")
    qtbot.keyClicks(dialog.full_name, "Sari Wulandari")
    qtbot.keyClicks(dialog.password, "Sandi1234")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    with db.session() as s:
        assert s.scalar(select(User.role).where(User.username == "sari")) == "operator"


def test_reset_and_change_password(qtbot, ctx, db):
    with db.transaction() as s:
        auth.create_user(s, ctx.actor, "budi", "Budi", "operator", "Sandi1234")
    reset = ResetPasswordDialog(ctx, "budi")
    qtbot.addWidget(reset)
    reset.show()
    qtbot.keyClicks(reset.password, "BaruSekali9")
    _ok(qtbot, reset)
    assert not reset.isVisible()
    assert auth.login(db, "budi", "BaruSekali9").must_change_password

    change = ChangePasswordDialog(ctx)
    qtbot.addWidget(change)
    change.show()
    qtbot.keyClicks(change.old, "salah-sekali")
    qtbot.keyClicks(change.new, "LebihPanjang8")
    qtbot.keyClicks(change.new2, "LebihPanjang8")
    _ok(qtbot, change)
    assert "Kata sandi lama salah" in change.errors.labels["old_password"].text()
    change.old.clear()
    qtbot.keyClicks(change.old, ADMIN_PASSWORD)
    _ok(qtbot, change)
    assert not change.isVisible()
    assert not auth.login(db, "admin", "LebihPanjang8").must_change_password
    with pytest.raises(AuthError):
        auth.login(db, "admin", ADMIN_PASSWORD)


def _focused(qtbot, dialog, widget):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    widget.setFocus()


def test_a_used_name_and_a_weak_password_are_said_as_the_admin_leaves_them(qtbot, ctx):
    dialog = AddUserDialog(ctx)
    qtbot.addWidget(dialog)
    _focused(qtbot, dialog, dialog.username)
    qtbot.keyClicks(dialog.username, "Admin")
    assert not dialog.errors.labels["username"].isVisibleTo(dialog)  # still typing
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    assert dialog.errors.labels["username"].text() == "Nama pengguna 'admin' sudah dipakai."
    assert not dialog.errors.labels["full_name"].isVisibleTo(dialog)  # not reached yet
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, "pendek")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Tab)
    assert dialog.errors.labels["password"].text() == "Kata sandi minimal 8 karakter."


def test_a_repeat_that_differs_is_said_as_the_clerk_leaves_it(qtbot, ctx):
    change = ChangePasswordDialog(ctx)
    qtbot.addWidget(change)
    _focused(qtbot, change, change.new)
    qtbot.keyClicks(change.new, "LebihPanjang8")
    qtbot.keyClick(change.new, Qt.Key.Key_Tab)
    assert not change.errors.labels["password"].isVisibleTo(change)
    qtbot.keyClicks(change.new2, "LebihPanjang9")
    qtbot.keyClick(change.new2, Qt.Key.Key_Tab)
    assert change.errors.labels["password2"].text() == "Kedua kata sandi baru tidak sama."
    change.new2.setFocus()
    qtbot.keyClick(change.new2, Qt.Key.Key_Backspace)
    qtbot.keyClicks(change.new2, "8")
    qtbot.keyClick(change.new2, Qt.Key.Key_Tab)
    assert not change.errors.labels["password2"].isVisibleTo(change)


def test_a_full_name_too_long_is_refused_naming_the_field_in_english(qtbot, ctx, db, english):
    dialog = AddUserDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "ani")
    qtbot.keyClicks(dialog.full_name, "Ani Suryani " * 11)  # 131 characters once trimmed
    qtbot.keyClicks(dialog.password, "Sandi1234")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.labels["full_name"].text() == (
        "Full name is too long (131 characters); the maximum is 120."
    )
    with db.session() as s:  # an account is not a synced record: refused before the save
        assert s.scalar(select(User).where(User.username == "ani")) is None
    too_long = pytest.raises(FieldErrors, match=r"^Nama lengkap terlalu panjang \(131 karakter\)")
    with too_long, db.transaction() as s:  # the CLI's words stay Indonesian
        auth.create_user(s, ctx.actor, "ani", "Ani Suryani " * 11, "operator", "Sandi1234")


def test_the_administrator_sees_whose_password_is_reset_and_its_whole_title(qtbot, db, monkeypatch):
    """Pengaturan › Umum › Pengguna › Atur ulang kata sandi…: the body names the account, and the
    dialog is wide enough that the title bar shows all of "Atur ulang kata sandi: operator2"."""
    with db.transaction() as s:
        auth.create_user(s, Actor("admin", Role.ADMIN), "operator2", "Rina Marlina", "operator",
                         "Sandi1234")  # fmt: skip
    window = main_window(qtbot, db, "admin")
    window.resize(1366, 768)
    page = window.show_page(SettingsPage)
    opened: list[ResetPasswordDialog] = []
    # Shown as exec would, without its own event loop, so the test can read it.
    monkeypatch.setattr(
        ResetPasswordDialog, "exec", lambda self: opened.append(self) or self.show()
    )
    row = next(r for r in range(page.users_model.rowCount())
               if page.users_model.row_object(r).username == "operator2")  # fmt: skip
    page.users_view.selectRow(row)
    qtbot.mouseClick(page.reset_pw, Qt.MouseButton.LeftButton)
    (dialog,) = opened
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("Rina Marlina (operator2)" in text for text in texts)
    assert dialog.windowTitle() == "Atur ulang kata sandi: operator2"
    bold = QFont(dialog.font())
    bold.setBold(True)
    # The title, the icon and three buttons beside it.
    assert dialog.width() >= QFontMetrics(bold).horizontalAdvance(dialog.windowTitle()) + 150
    dialog.reject()
