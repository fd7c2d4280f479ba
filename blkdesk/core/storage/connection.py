"""Which database this PC uses when nothing says otherwise: the file, or the office server.

"Hubungkan ke server kantor" tests a server and remembers it here; `resolve_url` then opens it at
every start until the clerk goes back to the file on this PC. paths.remembered_server() reads it
back (paths decides the database early at start-up, before anything else is imported).
"""

import json
import os

from sqlalchemy.engine import URL, make_url

from blkdesk.core.errors import DatabaseError
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage import vault
from blkdesk.core.storage.paths import connection_file

KEYRING_NAME = "koneksi"
DISK_FULL = "53100"


def remember(url: str) -> None:
    """Keep the server's address here and its password in the OS keyring; without a keyring the
    password stays in the file, which only this user may read."""
    parsed = make_url(url)
    record: dict[str, object] = {"url": url}
    if parsed.password and vault.store(KEYRING_NAME, str(parsed.password)):
        bare = URL.create(
            parsed.drivername, parsed.username, None, parsed.host, parsed.port,
            parsed.database, parsed.query,
        ).render_as_string(hide_password=False)  # fmt: skip
        record = {"url": bare, "keyring": True}
    path = connection_file()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(record), encoding="utf-8")
    if os.name != "nt":
        tmp.chmod(0o600)  # it may hold the server's password
    tmp.replace(path)


def forget() -> None:
    connection_file().unlink(missing_ok=True)
    vault.delete(KEYRING_NAME)


def server_url(host: str, port: int, password: str, user: str, database: str) -> str:
    return URL.create(
        "postgresql+psycopg", user, password or None, host.strip(), port, database
    ).render_as_string(hide_password=False)


def unreachable_message(url: str, exc: BaseException) -> str:
    """One Indonesian sentence for a server that does not answer, refuses us, or cannot write."""
    parsed = make_url(url)
    where = f"{parsed.host}:{parsed.port or 5432}"
    text = str(exc).lower()
    # The server answered, but its PC's disk is full (SQLSTATE 53100): the network is fine, and
    # only freeing space on that PC helps.
    if getattr(getattr(exc, "orig", exc), "sqlstate", None) == DISK_FULL:
        return Sentence(
            "Disk PC server kantor {where} penuh; kosongkan ruang di disk PC server itu.",
            where=where,
        )
    if "password" in text or "authentication" in text:
        return Sentence(
            "Server kantor {where} menolak kata sandi; periksa kata sandi dari PC server.",
            where=where,
        )
    if "does not exist" in text:
        return Sentence(
            "Server kantor {where} tidak memiliki database '{database}'.",
            where=where,
            database=parsed.database,
        )
    return Sentence(
        "Server kantor {where} tidak dapat dihubungi; periksa jaringan dan pastikan PC server "
        "menyala.",
        where=where,
    )


def check(url: str, timeout: int = 5) -> None:
    """Connect once; raises DatabaseError with a clerk's sentence when that fails."""
    import psycopg

    from blkdesk.core.storage.notify import connect_kwargs

    try:
        with psycopg.connect(**{**connect_kwargs(url), "connect_timeout": timeout}) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        raise DatabaseError(unreachable_message(url, exc)) from exc


def is_unreachable(exc: BaseException) -> bool:
    """True for the error SQLAlchemy raises when the office server stopped answering (a read
    outside an action: a page refreshing). The clerk sees a sentence, not a crash report."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    return type(orig).__module__.startswith("psycopg")
