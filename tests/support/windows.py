"""The main window as a clerk of the test BLK (or a province officer) sees it right after logging
in."""

from sqlalchemy import select

from blkdesk.core.models import Institution, User
from blkdesk.core.storage.db import Database
from blkdesk.ui.context import AppContext
from blkdesk.ui.mainwindow import MainWindow


def context_of(db: Database, username: str = "admin", *, province: bool = False) -> AppContext:
    """What the app holds once `username` has logged in to the local BLK (or `province`)."""
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        inst = s.scalar(select(Institution).where(Institution.is_local))
    return AppContext(db, user, inst.code, inst.name, province=province)


def main_window(
    qtbot, db: Database, username: str = "admin", *, province: bool = False
) -> MainWindow:
    """`username` logged in to the local BLK's (or `province`'s) main window, shown."""
    window = MainWindow(context_of(db, username, province=province))
    qtbot.addWidget(window)
    window.show()
    return window
