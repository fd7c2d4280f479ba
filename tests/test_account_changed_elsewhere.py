"""An administrator at another PC demotes or switches off the account logged in here: this
session follows at once (rights, buttons, status bar), instead of keeping the rights it logged
in with until the clerk logs out."""

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from blkdesk.core.access import accounts, auth
from blkdesk.core.errors import BlkError
from blkdesk.core.models import User
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import trainees
from blkdesk.ui.screens import SettingsPage
from tests.support.registrants import siti
from tests.support.windows import main_window

ADMIN = Actor("admin", Role.ADMIN)


@pytest.fixture
def budi(db) -> int:
    """A second administrator, who is logged in at this PC in the tests."""
    with db.transaction() as s:
        return auth.create_user(s, ADMIN, "budi", "Budi Santoso", "admin", "Rahasia123").id


@pytest.fixture
def said(monkeypatch) -> list[str]:
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _admin_sets(db, user_id: int, **changed) -> None:
    """What the administrator at the other PC saves in Ubah pengguna."""
    with db.transaction() as s:
        user = s.get(User, user_id)
        data = replace(accounts.account_input(user), **changed)
        accounts.update_user(s, ADMIN, user_id, data)


def test_a_demoted_account_loses_its_rights_and_buttons_at_once(qtbot, db, budi, said):
    window = main_window(qtbot, db, "budi")
    page = window.show_page(SettingsPage)
    assert page.add_user.isEnabled()
    _admin_sets(db, budi, role="operator")
    window.watch.poll()  # what the minute's poll, a page switch or the server's notice does
    assert said == ["Administrator mengubah peran akun Anda menjadi Operator. Menu dan tombol "
                    "kini mengikuti peran itu."]  # fmt: skip
    assert window.ctx.actor.role == Role.OPERATOR
    qtbot.waitUntil(lambda: "Operator" in window.user_label.text(), timeout=3000)
    page = window.show_page(SettingsPage)
    assert not page.add_user.isEnabled()
    with pytest.raises(BlkError, match="tidak berhak"), db.transaction() as s:
        auth.create_user(s, window.ctx.actor, "cici", "Cici", "viewer", "Rahasia123")


def test_the_rebuild_waits_for_an_open_dialog(qtbot, db, budi, said):
    window = main_window(qtbot, db, "budi")
    page = window.show_page(SettingsPage)
    dialog = QDialog(page)
    dialog.open()  # window-modal, as the forms are
    _admin_sets(db, budi, role="viewer")
    window.watch.poll()
    qtbot.wait(400)
    assert window.page(SettingsPage) is page and dialog.isVisible()
    dialog.accept()
    qtbot.waitUntil(lambda: window.pages[window._row_of(SettingsPage)] is not page, timeout=3000)


def test_a_switched_off_account_is_sent_back_to_the_login_window(qtbot, db, budi, said):
    window = main_window(qtbot, db, "budi")
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "budi"))
    form = QDialog(window)
    form.open()
    _admin_sets(db, user.id, active=False)
    window.watch.poll()
    assert said == ["Administrator menonaktifkan akun Anda. BLKDesk kembali ke layar masuk."]
    assert not form.isVisible() and window.restart_requested and not window.isVisible()


def test_a_change_to_another_account_leaves_this_session_alone(qtbot, db, budi, said):
    window = main_window(qtbot, db, "budi")
    with db.transaction() as s:
        trainees.register(s, ADMIN, siti())  # other kinds of change, too, are not about accounts
        other = auth.create_user(s, ADMIN, "cici", "Cici", "operator", "Rahasia123")
    _admin_sets(db, other.id, role="viewer")
    window.watch.poll()
    assert said == [] and window.ctx.actor.role == Role.ADMIN and window.isVisible()
