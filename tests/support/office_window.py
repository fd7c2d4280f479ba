"""The test BLK administrator's main window on a throwaway office server of its own, for tests
that stop and start that server under the window."""

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from blkdesk.core.institution import setup
from blkdesk.core.storage.db import Database, open_database
from blkdesk.ui.mainwindow import MainWindow
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.postgres import Server, server
from tests.support.windows import context_of


@contextmanager
def office_window() -> Iterator[tuple[Server, Database, MainWindow]]:
    """(server, database, window), the window shown; skips when no server can start."""
    with server() as srv:
        if srv is None:
            pytest.skip("no PostgreSQL server could be started here")
        db = open_database(srv.url)
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        # Not handed to qtbot: the window goes before its server, which qtbot would only close
        # after the test.
        window = MainWindow(context_of(db))
        window.show()
        try:
            yield srv, db, window
        finally:
            window.guard.idle.stop()
            assert window.live is not None
            window.live.stop()
            # Gone with its server: nothing of this test may read the dead port in a later one.
            window.close()
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            db.dispose()
