"""The main window as a clerk of the test BLK sees it right after logging in."""

from sqlalchemy import select

from blkdesk.core.models import Institution, User
from blkdesk.core.storage.db import Database
from blkdesk.ui.context import AppContext
from blkdesk.ui.mainwindow import MainWindow


def context_of(db: Database, username: str = "admin") -> AppContext:
    """What the app holds once `username` has logged in to the local BLK."""
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        inst = s.scalar(select(Institution).where(Institution.is_local))
    return AppContext(db, user, inst.code, inst.name)


def main_window(qtbot, db: Database, username: str = "admin") -> MainWindow:
    """`username` logged in to the local BLK's main window, shown."""
    window = MainWindow(context_of(db, username))
    qtbot.addWidget(window)
    window.show()
    return window
