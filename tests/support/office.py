"""A desk at an office server (a real PostgreSQL) set up as the test BLK, its admin logged in."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from blkdesk.core.institution import setup
from blkdesk.core.models import User
from blkdesk.core.storage.db import Database, open_database
from blkdesk.ui.context import AppContext
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION


def office_desk(
    qapp: QApplication,
    url: str,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> Iterator[tuple[Database, AppContext]]:
    """For a fixture to yield from; every question the forms ask is answered with `answer`."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    db = open_database(url)
    setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == "admin"))
    yield db, AppContext(db, user, INSTITUTION.code, INSTITUTION.name)
    db.dispose()
