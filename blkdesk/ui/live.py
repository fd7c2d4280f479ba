"""The office server, live: other clerks' commits and the server's comings and goings.

On PostgreSQL a listener thread (core.storage.notify) hears every commit that wrote the audit
trail; the main window answers by reading what changed (RemoteWatch) and announcing it on the
change bus, as for the clerk's own actions. When the server stops answering, the status bar
says so at once; the listener reconnects by itself and the pages are brought up to date. On the
server's own PC the server is also announced on the LAN (mDNS) so other PCs find it. SQLite has
one writer and none of this runs there.
"""

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from blkdesk.core.storage import connection, discovery
from blkdesk.core.storage.db import Database
from blkdesk.core.storage.notify import Listener
from blkdesk.core.storage.office_server import load_config

log = logging.getLogger(__name__)

# Commits heard within this many milliseconds are read in one go (an import, a fill-day).
COALESCE_MS = 150


def _unreachable_message(url: str, exc: BaseException) -> str:
    # Looked up at each call rather than bound once, so a function put in its place (a test's
    # probe) is the one asked.
    return connection.unreachable_message(url, exc)


class LiveLink(QObject):
    """`committed` fires on the GUI thread after other commits; `status_changed(up, cause)` when
    the server stops or starts answering, and when why it does not changes (see `Listener`)."""

    committed = Signal()
    status_changed = Signal(bool, object)  # object: the cause, a core Sentence or None
    # Emitted on the listener's thread; Qt queues it onto this object's (the GUI) thread.
    _heard = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._coalesce.timeout.connect(self.committed)
        self._heard.connect(self._coalesce.start)
        self.listener = Listener(
            db.url, self._heard.emit, self.status_changed.emit, _unreachable_message
        )
        self.announcer: discovery.Announcer | None = None

    @staticmethod
    def wanted(db: Database) -> bool:
        return db.engine.dialect.name == "postgresql"

    def start(self, db: Database, blk_name: str) -> None:
        self.listener.start()
        config = load_config()
        if config is not None and db.url == config.url():
            self._announce(blk_name, config.port)

    def _announce(self, blk_name: str, port: int) -> None:
        from blkdesk.ui.screens.settings.office_tab import lan_addresses

        addresses = lan_addresses()
        if not addresses:
            return
        try:
            self.announcer = discovery.Announcer(blk_name, port, addresses)
        except (OSError, ValueError) as exc:  # no multicast on this network: typing still works
            log.warning("server kantor tidak dapat diumumkan di jaringan: %s", exc)

    def stop(self) -> None:
        self.listener.stop()
        self._coalesce.stop()
        if self.announcer is not None:
            self.announcer.close()
            self.announcer = None
