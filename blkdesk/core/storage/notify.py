"""Hearing other clerks' commits on the office server, and noticing when it goes away.

A thread keeps one connection of its own to PostgreSQL with `LISTEN`; the migration's trigger
notifies on every commit that writes the audit trail or the export log. The thread does no more
than wake its owner: what changed is read from the audit trail (`core.changes.since`), so a
notification lost while the server was away costs nothing but an extra read after reconnecting.
"""

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import make_url

CHANNEL = "blkdesk_changes"
# Seconds between attempts while the server cannot be reached.
RETRY_SECONDS = 2.0
# A cable pulled or a server PC switched off sends nothing; TCP keepalives notice within
# about idle + interval × count seconds.
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 2}
# Every connection to the office server (the clerk's own as well as the listener's): without
# these, a save sent just as the cable is pulled waits out the OS's retransmissions (a quarter of
# an hour on Linux) with the window frozen, and a server PC whose firewall drops the connection
# keeps the clerk looking at nothing for two minutes at start-up. Unanswered data gives up after
# TCP_USER_TIMEOUT ms (where the OS has the option; Windows gives up sooner by itself); a long
# statement the server is still working on is not cut, since its PC still answers the keepalives.
LINK: dict[str, int] = {"connect_timeout": 5, **KEEPALIVE, "tcp_user_timeout": 10_000}


def connect_kwargs(url: str) -> dict[str, Any]:
    """psycopg's own connection arguments for a SQLAlchemy PostgreSQL URL (with `LINK`; what the
    URL itself says comes last)."""
    parsed = make_url(url)
    kwargs: dict[str, Any] = {
        **LINK,
        "host": parsed.host or "localhost",
        "port": parsed.port or 5432,
        "user": parsed.username,
        "dbname": parsed.database,
    }
    if parsed.password:
        kwargs["password"] = parsed.password
    kwargs.update({k: v for k, v in parsed.query.items() if isinstance(v, str)})
    return kwargs


class Listener:
    """Calls `on_commit()` after another commit, `on_status(up, cause)` when the server comes and
    goes and when the cause of an outage changes: None while up, and at first while down; then
    the sentence `explain(url, error)` gives (`connection.unreachable_message`, which asks the
    server's PC why), asked here, off the GUI thread, at each attempt that fails to connect.

    Both callbacks run on the listener's thread; a GUI hands them to its own thread.
    """

    def __init__(
        self,
        url: str,
        on_commit: Callable[[], None],
        on_status: Callable[[bool, str | None], None],
        explain: Callable[[str, BaseException], str],
        *,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self.url = url
        self.on_commit, self.on_status, self.explain = on_commit, on_status, explain
        self.retry_seconds = retry_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="blkdesk-listen", daemon=True)
        self.up: bool | None = None
        self.cause: str | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _status(self, up: bool, cause: str | None = None) -> None:
        if (up, cause) != (self.up, self.cause):
            self.up, self.cause = up, cause
            self.on_status(up, cause)

    def _run(self) -> None:
        import psycopg

        kwargs = {**connect_kwargs(self.url), "autocommit": True}
        while not self._stop.is_set():
            connected = False
            try:
                with psycopg.connect(**kwargs) as conn:
                    connected = True
                    conn.execute(f"LISTEN {CHANNEL}")
                    was_down = self.up is False
                    self._status(True)
                    if was_down:
                        # Whatever was committed while we were away was not heard.
                        self.on_commit()
                    while not self._stop.is_set():
                        heard = False
                        for _note in conn.notifies(timeout=0.5, stop_after=50):
                            heard = True
                        if heard:
                            self.on_commit()
                        # notifies() returns quietly on a timeout; make a dead link show.
                        if conn.closed or conn.broken:
                            raise psycopg.OperationalError("connection lost")
            except psycopg.Error as exc:
                if self.up is not False:
                    self._status(False)  # at once: asking the server's PC why may take seconds
                # A link lost is not asked about: its server may well take the next connection
                # (a restore cut it), and if not, that attempt's failure says why.
                if not connected:
                    cause = self.explain(self.url, exc)
                    if not self._stop.is_set():  # stopped meanwhile: its owner may be gone
                        self._status(False, cause)
                self._stop.wait(self.retry_seconds)
