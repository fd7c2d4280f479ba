"""The change bus: every action announces what it changed here, and pages listen.

One bus per session (`ctx.bus`). Whatever changes records calls `announce`: the action helper
after the clerk's own action, and `RemoteWatch` when the audit trail shows another clerk's
commit on a shared server.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from blkdesk.core import changes as changes_
from blkdesk.core.changes import Changes
from blkdesk.core.storage.db import Database

REMOTE_POLL_MS = 60 * 1000
log = logging.getLogger(__name__)


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def __init__(self) -> None:
        super().__init__()
        # The widget whose action is being announced, while it is: a page that already shows
        # its own change (the attendance grid, cell by cell) need not reload for it.
        self.origin: object = None
        # The audit rows this window's actions wrote: announced by the actions themselves, so
        # the remote watch leaves them out (see ui.actions).
        self.own = changes_.OwnWrites()

    def announce(self, changes: Changes, origin: object = None) -> None:
        if not changes:
            return
        self.origin = origin
        try:
            self.changed.emit(changes)
        finally:
            self.origin = None


class RemoteWatch(QObject):
    """Reads the audit trail now and then and announces what others committed since.

    Polled every minute (a wall screen on Beranda sees the office's work), on every commit the
    office server notifies, and whenever the clerk opens another page, so a commit nobody
    announced (another clerk, the command line) shows there. On one PC with SQLite each poll is
    a few index lookups. The clerk's own actions are announced by the action helper already;
    the rows they wrote are left out by id (`ChangeBus.own`), never by moving the mark, so
    another clerk's commit landing in between is never swallowed, and the clerk's own commit,
    however its notification races the action's announcement, never comes back as remote.
    """

    def __init__(
        self, db: Database, bus: ChangeBus, parent: QObject, interval_ms: int = REMOTE_POLL_MS
    ) -> None:
        # Owned by the window that shows the pages, so its timer stops when that window goes.
        super().__init__(parent)
        self.db, self.bus = db, bus
        with db.session() as session:
            self._mark = changes_.mark(session)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        self.bus.announce(
            self._read(lambda session: changes_.since(session, self._mark, self.bus.own))
        )

    def _read(self, look: Callable[[Session], tuple[Changes, changes_.Mark]]) -> Changes:
        try:
            with self.db.session() as session:
                found, self._mark = look(session)
        except SQLAlchemyError as exc:
            # The server is away: the status bar says so already, and the next poll catches up
            # from the same mark.
            log.info("Perubahan dari pengguna lain belum dapat dibaca; dicoba lagi nanti: %s", exc)
            return Changes()
        return found
