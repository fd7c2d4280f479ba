"""Accounts in Pengaturan, typed into the real dialogs: the list follows without a reload, refusals
show beside their field, and the new account must replace its first password."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from blkdesk.core.access import auth
from blkdesk.core.errors import AuthError
from blkdesk.core.models import User
from blkdesk.ui import style
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.settings.page import SettingsPage
from blkdesk.ui.screens.settings.users import (
    AddUserDialog,
    ChangePasswordDialog,
    ResetPasswordDialog,
)
from tests.support.institution import ADMIN_PASSWORD


@pytest.fixture
def ctx(qapp, db):
    style.apply(qapp)
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
