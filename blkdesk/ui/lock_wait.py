"""A page whose read gave up behind another PC's lock (a restore on the server PC holds the
tables until it ends) is read again once that lock is gone.

No announcement says so: a restore that succeeds announces itself (and every page redraws), but
one that fails rolls back in silence, and so does a schema upgrade; the listener never saw the
server go either. So while a read waits, the server is asked every second, with a query that
waits for no lock, whether someone still holds a table exclusively.
"""

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from blkdesk.core.storage.db import Database, tables_held_elsewhere

log = logging.getLogger(__name__)

ASK_EVERY_MS = 1000


class LockWait(QObject):
    """`released` fires once no other connection holds a table exclusively, after `start`."""

    released = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._timer = QTimer(self, interval=ASK_EVERY_MS)
        self._timer.timeout.connect(self._ask)

    @property
    def waiting(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _ask(self) -> None:
        try:
            held = tables_held_elsewhere(self.db)
        except SQLAlchemyError as exc:
            # The server itself went away: the listener says so, and the page shown is read
            # again when it is back.
            log.warning("kunci di server kantor tidak dapat diperiksa: %s", exc)
            self._timer.stop()
            return
        if not held:
            self._timer.stop()
            self.released.emit()
