"""Opening the database: URL choice, connection pragmas, migrations with a backup first.

One URL decides everything. A bare path means a SQLite file; anything with `://` is a SQLAlchemy
URL (PostgreSQL for an office with several clerks).
"""

import logging
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from blkdesk.core import limits  # noqa: F401 - registers the guard against over-long text
from blkdesk.core.errors import DatabaseError
from blkdesk.core.models import Institution
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage.lock_waits import wait_for_locks
from blkdesk.core.storage.netshare import refuse_network_share
from blkdesk.core.storage.paths import chosen_database, chosen_sqlite_file, private, sqlite_url
from blkdesk.core.storage.revision import current_revision

if TYPE_CHECKING:
    from alembic.config import Config

    from blkdesk.core.storage.backup import FileKey

MIGRATIONS_DIR = Path(__file__).parents[1] / "migrations"
_REVISION_LINE = re.compile(r'^(down_revision|revision)\s*=\s*["\']?([\w]+|None)["\']?', re.M)
READ_ONLY_MESSAGE = Sentence(
    "Database dibuka hanya-baca karena pemeriksaan menemukan kerusakan; perubahan tidak dapat "
    "disimpan. Pulihkan dari cadangan di Pengaturan › Cadangan."
)


def resolve_url(db: str | None = None) -> str:
    """`--db` wins, then `BLKDESK_DB`, then the office server this PC was connected to, then
    the SQLite file in the user's data folder."""
    path = chosen_sqlite_file(db)
    return chosen_database(db) if path is None else sqlite_url(path)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _query_only(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA query_only=ON")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN and commits behind our back around DDL;
    # switch it off and let SQLAlchemy's "begin" event below open every transaction.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    # Another process (a backup, a second reader) may hold the lock briefly.
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _private_database(path: Path) -> None:
    """The database file readable by this account only. SQLite creates a new file (and its WAL
    and shared-memory files, which copy the database's mode) as rw-r--r--, so a new file is made
    empty with rw------- first; an existing one is tightened."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            private(part)
    except OSError:
        pass  # no folder or no rights: SQLite's own open says so in its words


# Statements' parameters (a NIK, a name typed in the search box) never appear in an error's
# text: an exception shown in a log line or a crash report cannot carry them anywhere.
def make_engine(url: str, *, read_only: bool = False) -> Engine:
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            refuse_network_share(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not read_only:
                _private_database(path)
        engine = create_engine(url, connect_args={"check_same_thread": False}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        if read_only:
            event.listen(engine, "connect", _query_only)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    from blkdesk.core.storage.notify import LINK

    # What the URL itself says (an administrator's choice) wins over these defaults.
    said = make_url(url).query
    link = {**LINK, "options": f"-c lock_timeout={LOCK_TIMEOUT_MS}"}
    engine = create_engine(
        url,
        hide_parameters=True,
        connect_args={k: v for k, v in link.items() if k not in said},
        poolclass=_ReplaceablePool,
    )
    _ping_after_idle(engine)
    return engine


# How long a statement on the office server waits for a lock another PC holds before it fails
# (SQLSTATE 55P03, said by connection.unreachable_message). A clerk's save waits at most a few
# milliseconds behind another clerk's; what holds locks longer is a restore on the server PC
# (its DROPs and pg_restore's transaction) or a schema upgrade, and a save queued behind those
# would hang the form with no word until they end. Failing says why, and the form keeps what was
# typed for the clerk to save again. Work that must wait its turn says so: `wait_for_locks`.
LOCK_TIMEOUT_MS = 5000


def tables_held_elsewhere(db: "Database") -> bool:
    """Whether another connection holds a table of this database exclusively, as a restore's
    pg_restore or a schema upgrade does until it ends: what waits behind it cannot be read yet.
    Reading pg_locks waits for no lock. Always False on SQLite, where nothing waits so."""
    if db.engine.dialect.name != "postgresql":
        return False
    with db.session() as session:
        return bool(
            session.scalar(
                text(
                    "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'relation' "
                    "AND mode = 'AccessExclusiveLock' AND granted AND pid <> pg_backend_pid() "
                    "AND database = (SELECT oid FROM pg_database "
                    "WHERE datname = current_database()))"
                )
            )
        )


class _ReplaceablePool(QueuePool):
    """The office server's pool, which `Engine.dispose` replaces while other threads may be
    reading (a restore does, on a worker, as the window's change watcher reads what its own
    backup committed). A connection given back to the pool once it was replaced is closed:
    SQLAlchemy would keep it in the old pool, which nothing uses any more, until the garbage
    collector closed it, and psycopg warns when a connection is left to the collector."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._replaced = False
        # A connection given back while the pool is being emptied either goes in first and is
        # closed with the others, or finds the pool replaced and is closed by itself.
        self._giving_back = threading.Lock()

    def dispose(self) -> None:
        with self._giving_back:
            self._replaced = True
        super().dispose()

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        with self._giving_back:
            if not self._replaced:
                super()._do_return_conn(record)
                return
        record.close()


# A connection that sat unused this long is pinged before use: the server may have restarted
# or the cable been pulled meanwhile. One used a moment ago is not, since on an office LAN each
# ping is a round trip that a clerk keying marks would feel on every keystroke; if the server
# went away within these seconds the save fails with "coba simpan lagi", and the retry gets a
# fresh connection (a broken one invalidates the whole pool).
IDLE_PING_SECONDS = 5.0


def _ping_after_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _rested(_dbapi_conn: Any, record: Any) -> None:
        record.info["rested_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        rested = record.info.get("rested_at")
        if rested is None or time.monotonic() - rested < IDLE_PING_SECONDS:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except Exception:
            alive = False
        if not alive:
            # The pool drops this connection and checks out (or opens) another.
            raise DisconnectionError()


def alembic_config(engine: Engine | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def known_revisions() -> tuple[set[str], str]:
    """(every revision shipped, the head), read from the revision files' headers.

    Importing Alembic costs half a second at start-up; this read is enough to tell whether a
    database is current, and Alembic is loaded only when it is not.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"):
        for key, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            (revisions if key == "revision" else parents).add(value)
    heads = revisions - parents
    if len(heads) != 1:
        raise DatabaseError(f"Migrasi BLKDesk rusak: {len(heads)} kepala revisi ({sorted(heads)}).")
    return revisions, heads.pop()


def head_revision() -> str:
    return known_revisions()[1]


def upgrade_to_head(engine: Engine) -> None:
    """Bring a database of an older schema (a restored backup) to this version's schema."""
    if current_revision(engine) != head_revision():
        from alembic import command

        command.upgrade(alembic_config(engine), "head")


def backup_before_migration(path: Path, from_rev: str) -> "tuple[Path, FileKey]":
    """A sealed backup (SQLite's backup API, so the copy is consistent) before upgrading, and the
    key it was sealed with (a provisional one may still have to be stored once migrated)."""
    from blkdesk.core.storage import backup

    sealed_with = backup.sealing_key_in_file(path)
    return backup.create_backup(path, "migrasi", key=sealed_with.key).info.path, sealed_with


class ServerUnreachable(DatabaseError):
    """The office server did not answer during an action; the clerk can try again."""

    def __init__(self, url: str, exc: BaseException) -> None:
        from blkdesk.core.storage.connection import unreachable_message

        super().__init__(
            Sentence(
                "{problem} Perubahan ini belum tersimpan; coba simpan lagi.",
                problem=unreachable_message(url, exc),
            )
        )


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    migrated_from: str | None = None
    migration_backup: Path | None = None
    # Opened read-only because the file failed its check: every write is refused with advice.
    read_only: bool = False
    # Sessions for reading only (see `session`); the same as `sessions` unless set.
    reads: sessionmaker[Session] | None = None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def location(self) -> str:
        """Where the data lives, for the status bar (never shows a password)."""
        path = self.path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def transaction(self, *, waits_for_locks: bool = False) -> Iterator[Session]:
        """One action, one transaction: everything commits together or nothing does.
        `waits_for_locks`: see `wait_for_locks`; a clerk's save never does."""
        with self._saving(self.sessions) as session:
            if waits_for_locks:
                wait_for_locks(session)
            yield session

    @contextmanager
    def one_statement(self) -> Iterator[Session]:
        """For an action whose reads come before one single writing statement. On PostgreSQL
        the session runs without BEGIN and COMMIT: the server makes each statement atomic and
        durable by itself (a second write would commit apart from the first), and the two round
        trips saved are what a clerk keying marks across the LAN feels. On SQLite, where a
        round trip costs nothing, it is a transaction."""
        with self._saving(self.reads or self.sessions) as session:
            yield session

    @contextmanager
    def _saving(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        try:
            with sessions.begin() as session:
                yield session
        except (OperationalError, InterfaceError) as exc:
            if self.read_only and "readonly" in str(exc).lower().replace("-", ""):
                raise DatabaseError(READ_ONLY_MESSAGE) from exc
            if self.engine.dialect.name == "postgresql":
                # The server went away mid-action: nothing of it was committed (or, if the link
                # broke during the commit itself, the retry finds it saved); the form stays.
                raise ServerUnreachable(self.url, exc) from exc
            raise

    def session(self) -> Session:
        """A session for reading. On PostgreSQL it runs without BEGIN and ROLLBACK: under READ
        COMMITTED each statement sees its own snapshot inside a transaction too, so one costs
        nothing but two round trips per read. Writes go through `transaction`."""
        return (self.reads or self.sessions)()

    def dispose(self) -> None:
        self.engine.dispose()


def _check_not_newer(engine: Engine, known: set[str]) -> str | None:
    current = current_revision(engine)
    if current is not None and current not in known:
        raise DatabaseError(
            Sentence(
                "Database ini dibuat oleh versi BLKDesk yang lebih baru (skema {schema}). "
                "Perbarui BLKDesk sebelum membukanya.",
                schema=current,
            )
        )
    return current


def _refuse_while_others_use(engine: Engine) -> None:
    """An office server's database is upgraded only when no other PC has it open: an older
    BLKDesk still working on it would meet tables it does not know (a missing column, a new
    required one) and end in crash reports, and the upgrade would wait on its locks."""
    with engine.connect() as conn:
        others = conn.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
            )
        )
    if others:
        engine.dispose()
        raise DatabaseError(
            Sentence(
                "Database server kantor perlu diperbarui untuk versi BLKDesk ini, tetapi masih "
                "dibuka di PC lain. Tutup BLKDesk di semua PC lain, lalu buka lagi di sini."
            )
        )


def open_database(url: str, *, migrate: bool = True, read_only: bool = False) -> Database:
    """Open (and, when needed, create or upgrade) the database at `url`.

    `read_only` is for a damaged file: it is shown as it is, never migrated or written.
    """
    engine = make_engine(url, read_only=read_only)
    db = Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        read_only=read_only,
    )
    if engine.dialect.name == "postgresql":
        autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        db.reads = sessionmaker(autocommit, expire_on_commit=False)
    known, head = known_revisions()
    try:
        current = _check_not_newer(engine, known)
    except OperationalError as exc:
        engine.dispose()
        if engine.dialect.name != "postgresql":
            raise
        from blkdesk.core.storage.connection import unreachable_message

        raise DatabaseError(unreachable_message(url, exc)) from exc
    if current != head:
        if not migrate or read_only:
            raise DatabaseError(
                Sentence("Skema database belum diperbarui; jalankan BLKDesk untuk memperbaruinya.")
            )
        has_tables = bool(inspect(engine).get_table_names())
        path = db.path
        sealed_with = None
        if current is not None and path is not None and path.exists():
            db.migration_backup, sealed_with = backup_before_migration(path, current)
        elif current is None and has_tables:
            raise DatabaseError(Sentence("File ini bukan database BLKDesk."))
        if current is not None and engine.dialect.name == "postgresql":
            _refuse_while_others_use(engine)
            from blkdesk.core.storage import server_backup

            try:
                db.migration_backup, sealed_with = server_backup.before_upgrade(db)
            except BaseException:
                engine.dispose()  # no connection left behind that looks like another PC's
                raise
        from alembic import command

        try:
            command.upgrade(alembic_config(engine), "head")
        except SQLAlchemyError as exc:
            if db.migration_backup is None or engine.dialect.name != "postgresql":
                raise
            # Each revision runs in its own transaction, so the database stays at the last one
            # that went through; the backup brings back the state before the first.
            logging.getLogger(__name__).exception("pembaruan skema server kantor gagal")
            engine.dispose()
            raise DatabaseError(
                Sentence(
                    "Pembaruan database server kantor gagal; cadangan sebelum pembaruan ada di "
                    "{path}.",
                    path=db.migration_backup,
                )
            ) from exc
        db.migrated_from = current
        if sealed_with is not None and sealed_with.unsaved is not None:
            from blkdesk.core.storage import backup

            with db.transaction() as session:  # the settings table exists only now
                backup.save_provisional(session, *sealed_with.unsaved)
    return db


def is_initialised(db: Database) -> bool:
    """True once the first-run setup has stored this BLK's own institution row."""
    with db.sessions() as session:
        return session.scalar(select(Institution.id).where(Institution.is_local)) is not None
