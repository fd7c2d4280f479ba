"""Which database this PC uses when nothing says otherwise: the file, or the office server.

"Hubungkan ke server kantor" tests a server and remembers it here; `resolve_url` then opens it at
every start until the clerk goes back to the file on this PC. paths.remembered_server() reads it
back (paths decides the database early at start-up, before anything else is imported).
"""

import json
import os
import socket
import struct
import time
from typing import Any

from sqlalchemy.engine import URL, make_url

from blkdesk.core.errors import DatabaseError
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage import vault
from blkdesk.core.storage.notify import connect_kwargs
from blkdesk.core.storage.paths import connection_file

KEYRING_NAME = "koneksi"
# SQLSTATEs the server answers with (the same in every language the server speaks).
DISK_FULL = "53100"
# The server ended this session itself (pg_terminate_backend, or a shutdown that is asked next).
ADMIN_SHUTDOWN = "57P01"
# The server stopped this statement to end a deadlock: a read of several tables that began as a
# restore began dropping them.
DEADLOCK = "40P01"
TOO_MANY_CONNECTIONS = "53300"
# A statement waited longer than db.LOCK_TIMEOUT_MS for a lock: a restore or an upgrade holds it.
LOCK_NOT_AVAILABLE = "55P03"
CANNOT_CONNECT_NOW = "57P03"  # starting up, shutting down, recovering after a crash
# How long the second question to the server's PC (see `_ask_server`) may wait: Windows tries a
# refused connection again for about two seconds before it gives up.
ASK_TIMEOUT = 4
# What `_ask_server` found besides a SQLSTATE.
NO_SUCH_NAME = "name"
REFUSED = "refused"
DROPPED = "dropped"


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
    """One Indonesian sentence for a server that does not answer, refuses us, or cannot write,
    saying what the clerk can do about it."""
    import psycopg

    parsed = make_url(url)
    where = f"{parsed.host}:{parsed.port or 5432}"
    orig = getattr(exc, "orig", exc)
    text = str(exc).lower()
    # The server answered, but its PC's disk is full (SQLSTATE 53100): the network is fine, and
    # only freeing space on that PC helps.
    if getattr(orig, "sqlstate", None) == DISK_FULL:
        return Sentence(
            "Disk PC server kantor {where} penuh; kosongkan ruang di disk PC server itu.",
            where=where,
        )
    # The server answered, but this statement gave up waiting behind another PC's locks; the
    # network is fine, so it is not asked again.
    if getattr(orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
        return Sentence(
            "Server kantor {where} sedang mengunci data untuk pekerjaan lain, misalnya "
            "pemulihan cadangan di PC server, dan PC ini tidak dapat menunggu lebih lama.",
            where=where,
        )
    # Words, not SQLSTATEs: libpq keeps the SQLSTATE of a refused start-up to itself, and the
    # second question below cannot give the password these come after. BLKDesk's own server
    # speaks English whatever the PC's language (initdb --locale C).
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
    if not isinstance(orig, psycopg.errors.ConnectionTimeout):  # no second wait on a silent PC
        kwargs = connect_kwargs(url)
        host, port = str(kwargs["host"]), int(kwargs["port"])
        if not host.startswith("/"):  # a socket folder on this PC has no network to explain
            user, database = str(kwargs.get("user") or ""), str(kwargs["dbname"])
            answer = _ask_server(host, port, user, database, ASK_TIMEOUT)
            said = _answer_sentence(answer, host, port, where)
            if said is not None:
                return said
    if getattr(orig, "sqlstate", None) == ADMIN_SHUTDOWN:
        # The server answers, yet it ended this connection: the server PC restoring a backup
        # ends the other PCs' open transactions (server_backup.disconnect_others). Not the
        # network, which is what the clerk would otherwise be sent to check.
        return Sentence(
            "Server kantor {where} memutus sambungan PC ini, biasanya karena database sedang "
            "dipulihkan dari cadangan di PC server.",
            where=where,
        )
    if getattr(orig, "sqlstate", None) == DEADLOCK:
        return Sentence(
            "Server kantor {where} menghentikan permintaan PC ini karena bertabrakan dengan "
            "pekerjaan lain di server, misalnya pemulihan cadangan di PC server.",
            where=where,
        )
    return Sentence(
        "Server kantor {where} tidak dapat dihubungi; periksa jaringan dan pastikan PC server "
        "menyala.",
        where=where,
    )


def _answer_sentence(answer: str | None, host: str, port: int, where: str) -> str | None:
    if answer == NO_SUCH_NAME:
        return Sentence(
            "Nama PC server kantor '{host}' tidak dikenal di jaringan; periksa ejaannya atau "
            "ketik alamat IP PC server itu.",
            host=host,
        )
    if answer == REFUSED:
        # A server stopped by a full disk (it crashes and cannot restart) looks the same from
        # here: BLKDesk on the server PC starts it, or says that its disk is full.
        return Sentence(
            "PC server kantor {host} menyala, tetapi server BLKDesk tidak berjalan di port "
            "{port}; buka BLKDesk di PC server itu, atau periksa port-nya bila server dipindah.",
            host=host,
            port=str(port),
        )
    if answer == CANNOT_CONNECT_NOW:
        # A recovery that never ends (its disk is full) says the same: hence the second half.
        return Sentence(
            "Server kantor {where} sedang dinyalakan, dimatikan atau dipulihkan; tunggu satu "
            "menit lalu coba lagi, dan bila tetap begini, buka BLKDesk di PC server itu.",
            where=where,
        )
    if answer == TOO_MANY_CONNECTIONS:
        return Sentence(
            "Server kantor {where} sudah melayani terlalu banyak PC atau jendela BLKDesk; tutup "
            "BLKDesk di PC yang tidak dipakai, atau hubungi administrator.",
            where=where,
        )
    return None


def _ask_server(host: str, port: int, user: str, database: str, timeout: float) -> str | None:
    """Why a connection failed, asked of the server's PC once more by BLKDesk itself.

    What psycopg raised does not say it: libpq gives neither the errno of a refused or
    unroutable connection nor the SQLSTATE of a start-up the server refused, only its words, in
    the language of this PC (the errno's) and of the server (the refusal's). So: NO_SUCH_NAME
    when the name resolves to no address, REFUSED when the PC answers but nothing listens on the
    port, the SQLSTATE of a start-up the server refuses (PostgreSQL's protocol 3.0: a
    StartupMessage, then an ErrorResponse whose field C is the SQLSTATE), and None for anything
    else: no answer, or a server that would go on to ask for the password."""
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return NO_SUCH_NAME
    answer = _ask_addresses(addresses, user, database, timeout)
    if answer == DROPPED:
        # A server that is going away takes the connection and drops it unanswered; a moment
        # later its port refuses (or, restarting, it says so). One that is frozen stays silent.
        time.sleep(0.5)
        answer = _ask_addresses(addresses, user, database, timeout)
    return None if answer == DROPPED else answer


def _ask_addresses(
    addresses: list[tuple[Any, ...]], user: str, database: str, timeout: float
) -> str | None:
    refused = dropped = False
    for family, kind, proto, _, address in addresses:
        with socket.socket(family, kind, proto) as sock:
            sock.settimeout(timeout)
            try:
                sock.connect(address)
            except ConnectionRefusedError:
                refused = True
                continue
            except ConnectionResetError:  # its listening socket closed as we knocked
                dropped = True
                continue
            except OSError:  # no route to it, or no answer within the timeout
                continue
            try:
                return _startup_refusal(sock, user, database)
            except OSError:  # dropped, or taken and never answered
                return DROPPED
    return DROPPED if dropped else REFUSED if refused else None


def _startup_refusal(sock: socket.socket, user: str, database: str) -> str | None:
    params = b"".join(
        key + b"\0" + value.encode() + b"\0"
        for key, value in ((b"user", user), (b"database", database))
    )
    body = struct.pack("!i", 3 << 16) + params + b"\0"  # protocol 3.0
    sock.sendall(struct.pack("!i", len(body) + 4) + body)
    for _ in range(4):
        kind = _receive(sock, 1)
        if kind not in (b"E", b"N"):
            return None  # it asks for a password (R): the start-up itself is accepted
        (length,) = struct.unpack("!i", _receive(sock, 4))
        if not 4 < length <= 8192:
            return None  # not PostgreSQL
        fields = _receive(sock, length - 4).split(b"\0")
        if kind == b"E":
            codes = [field[1:] for field in fields if field[:1] == b"C"]
            return codes[0].decode("ascii", "replace") if codes else None
        # A notice (N) comes first from a server being stopped at once, then it hangs up.
    return None


def _receive(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        more = sock.recv(size - len(data))
        if not more:
            raise ConnectionResetError
        data += more
    return data


def check(url: str, timeout: int = 5) -> None:
    """Connect once; raises DatabaseError with a clerk's sentence when that fails."""
    import psycopg

    try:
        with psycopg.connect(**{**connect_kwargs(url), "connect_timeout": timeout}) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        raise DatabaseError(unreachable_message(url, exc)) from exc


def is_lock_timeout(exc: BaseException) -> bool:
    """True when a statement gave up waiting for a lock another PC holds (db.LOCK_TIMEOUT_MS):
    the server answers, and what was asked may be asked again once the lock is gone."""
    return getattr(getattr(exc, "orig", exc), "sqlstate", None) == LOCK_NOT_AVAILABLE


def is_unreachable(exc: BaseException) -> bool:
    """True for the error SQLAlchemy raises when the office server stopped answering (a read
    outside an action: a page refreshing). The clerk sees a sentence, not a crash report."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    return type(orig).__module__.startswith("psycopg")
