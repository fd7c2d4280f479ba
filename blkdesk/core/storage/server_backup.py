"""Backups of the office server: pg_dump in the same `.blkbak` container as the SQLite file.

The server PC backs its database up on the same schedule and with the same retention as a single
PC's file (core.storage.backup), sealed with the same key when a backup password is set. Inside
the container is pg_dump's custom format instead of a SQLite file; `header["kind"]` tells them
apart, so a restore knows which one it holds. A restore replaces the whole database in one
transaction (pg_restore --single-transaction), so a failed restore leaves the server as it was.

The plain dump of a backup or a restore, and the container being written, live in a work folder
of their own (`.kerja-*`) that its process locks while it works. A kill leaves the folder behind
unlocked, and the next start on the server PC removes it (`clean_work_files`), while another
BLKDesk's folder that is still in use keeps its lock and is left alone.
"""

import contextlib
import errno
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import MetaData, Table, func, inspect, select, text

from blkdesk import __version__
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import BlkError, DatabaseError
from blkdesk.core.failures import cause
from blkdesk.core.models import Base
from blkdesk.core.sentences import Sentence, clause
from blkdesk.core.storage import backup, numbering_gate, sealing
from blkdesk.core.storage.instance_lock import InstanceLock
from blkdesk.core.storage.lock_waits import wait_for_locks
from blkdesk.core.storage.notify import connect_kwargs
from blkdesk.core.storage.office_server import ServerConfig, load_config
from blkdesk.core.storage.paths import backup_dir
from blkdesk.core.storage.revision import current_revision
from blkdesk.core.storage.safefile import DiskFull, atomic_write, fsync_dir

_log = logging.getLogger(__name__)
if TYPE_CHECKING:
    from blkdesk.core.storage.db import Database

KIND = "pg_dump"
WORK_PREFIX = ".kerja-"
# What earlier versions left straight in the folder: a plain dump being sealed or restored.
_LOOSE_DUMP = re.compile(r"^\.(dump|restore)-\w+\.pgdump$")


def served_here(db: "Database") -> ServerConfig | None:
    """The server's config when `db` is the office server running on this PC."""
    config = load_config()
    return config if config is not None and db.url == config.url() else None


def folder() -> Path:
    path = backup_dir() / "server-kantor"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def _work_folder() -> Iterator[Path]:
    """A folder for one dump's plaintext files, locked while this process works in it."""
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=folder()))
    try:
        # Inside the try: on a full disk even the lock file cannot be made, and the empty
        # folder must not stay behind.
        lock = InstanceLock.acquire(work / "kerja")
        try:
            yield work
        finally:
            lock.release()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def clean_work_files() -> list[Path]:
    """Remove the plain dumps a killed backup or restore left; call at start on the server PC.

    A work folder still locked belongs to a BLKDesk working now and stays."""
    where = backup_dir() / "server-kantor"
    if not where.is_dir():
        return []
    removed = []
    for item in where.iterdir():
        if item.is_dir() and item.name.startswith(WORK_PREFIX):
            try:
                InstanceLock.acquire(item / "kerja").release()
            except BlkError:
                continue  # in use
            shutil.rmtree(item, ignore_errors=True)
        elif item.is_file() and _LOOSE_DUMP.match(item.name):
            item.unlink(missing_ok=True)
        else:
            continue
        removed.append(item)
    if removed:
        _log.warning(
            "%d berkas kerja sisa server kantor (salinan data tanpa enkripsi) dihapus: %s",
            len(removed), ", ".join(p.name for p in removed),
        )  # fmt: skip
    return removed


def _tool(config: ServerConfig, name: str) -> str:
    exe = Path(config.bindir) / (name + ".exe" if os.name == "nt" else name)
    return str(exe)


def _env(url: str) -> dict[str, str]:
    kw = connect_kwargs(url)
    env = {**os.environ, "PGHOST": str(kw["host"]), "PGPORT": str(kw["port"]),
           "PGUSER": str(kw["user"]), "PGDATABASE": str(kw["dbname"])}  # fmt: skip
    if "password" in kw:
        env["PGPASSWORD"] = str(kw["password"])
    return env


def _run(args: list[str], url: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True, env=_env(url), timeout=3600)
    if result.returncode != 0:
        said = (result.stderr or result.stdout).strip()
        _log.error("%s gagal (kode %s): %s", Path(args[0]).name, result.returncode, said)
        if "no space left on device" in said.lower():
            raise DiskFull(
                Sentence(
                    "{program} gagal: disk penuh; kosongkan ruang disk di PC server ini.",
                    program=Path(args[0]).name,
                )
            )
        last = said.splitlines()
        raise DatabaseError(
            Sentence(
                "{program} gagal: {said}",
                program=Path(args[0]).name,
                said=last[-1] if last else result.returncode,
            )
        )


def _describe(db: "Database") -> dict[str, Any]:
    """The header's counts, read from the tables as they are: the database may still have an
    older schema (the backup before an upgrade), where a column of today's models is missing."""
    counts: dict[str, int] = {}
    present = inspect(db.engine)
    with db.session() as session:
        for table, _label in backup.COUNTED:
            if table not in Base.metadata.tables or not present.has_table(table):
                continue
            model = Table(table, MetaData(), autoload_with=db.engine)
            query = select(func.count()).select_from(model)
            if "deleted_at" in model.c:
                query = query.where(model.c.deleted_at.is_(None))
            counts[table] = int(session.scalar(query) or 0)
        audit = Table("audit_event", MetaData(), autoload_with=db.engine)
        high = int(session.scalar(select(func.coalesce(func.max(audit.c.id), 0))) or 0)
    return {"counts": counts, "revision": current_revision(db.engine), "audit_high": high}


def create(db: "Database", reason: str, *, now: datetime | None = None) -> backup.BackupResult:
    """pg_dump the server's database into a new `.blkbak` (sealed with the backup key)."""
    config = served_here(db)
    if config is None:
        raise DatabaseError(Sentence("Cadangan server kantor dibuat oleh PC server itu sendiri."))
    with db.transaction() as session:
        key = backup.sealing_key(session)  # BLKDesk's provisional key until a password is set
        copy_dir = backup.configured_copy_dir(session)
    now = now or utcnow()
    result = _dump(db, config, reason, key, now)
    if copy_dir is not None:  # Pengaturan › Cadangan › Salinan kedua, as for a file
        backup.copy_to_second_folder(result, copy_dir, now)
    return result


def _dump(
    db: "Database", config: ServerConfig, reason: str, key: backup.AnyKey | None, now: datetime
) -> backup.BackupResult:
    target_folder = folder()
    target = backup._target_name(target_folder, now, reason)
    with _work_folder() as work:
        raw = work / "dump.pgdump"
        _run([_tool(config, "pg_dump"), "--format=custom", "--no-owner", "--file", str(raw)],
             db.url)  # fmt: skip
        header: dict[str, Any] = {
            "kind": KIND,
            "created_at": now.isoformat(),
            "reason": reason,
            "source": db.location,
            "app_version": __version__,
            "db_bytes": raw.stat().st_size,
            **_describe(db),
        }
        # Written whole inside the work folder, then moved into place in one step.
        sealed = work / target.name
        with atomic_write(sealed) as out:
            backup.write_container(out, backup.file_blocks(raw), header, key)
        os.replace(sealed, target)
        fsync_dir(target_folder)
    result = backup.BackupResult(info=backup.read_info(target))
    result.pruned = backup.prune(target_folder, now)
    return result


def before_upgrade(db: "Database") -> tuple[Path, backup.FileKey]:
    """The backup a newer BLKDesk takes of the office server's database before upgrading its
    schema, with the programs that run the cluster; the key it was sealed with comes back too (a
    provisional key for a database from before the settings table is stored once upgraded).

    Only the server PC can take it, so only the server PC upgrades; and no backup, no upgrade:
    a failed or regretted upgrade is undone by restoring this backup."""
    config = served_here(db)
    if config is None:
        raise DatabaseError(
            Sentence(
                "Database server kantor perlu diperbarui untuk versi BLKDesk ini; buka dulu "
                "BLKDesk versi ini di PC server kantor, yang mencadangkan database itu sebelum "
                "memperbaruinya."
            )
        )
    try:
        sealed_with = _key_before_upgrade(db)
        info = _dump(db, config, "migrasi", sealed_with.key, utcnow()).info
    except (BlkError, OSError) as exc:
        _log.error("cadangan sebelum pembaruan skema server kantor gagal: %r", exc)
        if isinstance(exc, DiskFull) or getattr(exc, "errno", None) == errno.ENOSPC:
            raise DatabaseError(
                Sentence(
                    "Database server kantor tidak diperbarui karena disk folder cadangan {folder} "
                    "penuh; kosongkan ruang di disk itu, lalu buka BLKDesk lagi.",
                    folder=folder(),
                )
            ) from exc
        problem = exc.message if isinstance(exc, BlkError) else cause(exc)
        raise DatabaseError(
            Sentence(
                "Database server kantor tidak diperbarui karena cadangannya tidak dapat dibuat "
                "lebih dulu ({problem}).",
                problem=clause(problem),
            )
        ) from exc
    _log.warning("cadangan sebelum pembaruan skema server kantor: %s", info.path)
    return info.path, sealed_with


def _key_before_upgrade(db: "Database") -> backup.FileKey:
    if inspect(db.engine).has_table("setting"):
        with db.transaction() as session:
            return backup.FileKey(backup.sealing_key(session))
    key, recovery = sealing.provisional_key()
    backup.keep_provisional_key(key)
    return backup.FileKey(key, (key, recovery))


def restore(
    db: "Database",
    path: Path,
    *,
    password: str | None = None,
    recovery_key: str | None = None,
    check: Callable[[str | None], None] | None = None,
    before_replace: Callable[[], object] | None = None,
    after_replace: Callable[[backup.BackupInfo, backup.BackupInfo], object] | None = None,
) -> tuple[backup.BackupInfo, backup.BackupInfo]:
    """Replace the server's database with the dump inside `path`, after a backup of it now;
    returns (what was restored, the backup taken just before). `check` vets the revision.
    `before_replace` reads the database about to be replaced: it runs once the other PCs'
    transactions are ended, so what they committed during the backup is in what it reads.
    `after_replace(restored, before)` finishes the restored database. Both run with the
    numbering gate closed (core.storage.numbering_gate): no certificate number is given between."""
    config = served_here(db)
    if config is None:
        raise DatabaseError(Sentence("Pemulihan server kantor dilakukan di PC server itu sendiri."))
    with db.session() as session:
        key = backup.configured_key(session)
    with _work_folder() as work:
        raw = work / "pulihkan.pgdump"
        info = backup.extract(path, raw, password=password, recovery_key=recovery_key, key=key)
        header_kind = _kind(path)
        if header_kind != KIND:
            raise DatabaseError(
                Sentence(
                    "{name} adalah cadangan berkas SQLite, bukan cadangan server kantor.",
                    name=path.name,
                )
            )
        if check is not None:
            check(info.revision)
        before = create(db, "pemulihan").info
        # From here until `after_replace` is done no PC gives a certificate number: one given
        # after `before_replace` read them would be lost with this database and given again.
        with numbering_gate.closed(db):
            db.engine.dispose()  # pg_restore drops tables this process must not be holding
            disconnect_others(db)
            if before_replace is not None:
                before_replace()
                db.engine.dispose()
            _run([_tool(config, "pg_restore"), "--clean", "--if-exists", "--no-owner",
                  "--single-transaction", "--dbname", str(_env(db.url)["PGDATABASE"]), str(raw)],
                 db.url)  # fmt: skip
            _drop_tables_not_in(db, _dumped_tables(config, raw))
            if after_replace is not None:
                after_replace(info, before)
    return info, before


def disconnect_others(db: "Database") -> int:
    """End the other PCs' connections that are inside a transaction; returns how many.

    pg_restore's DROPs wait for every transaction that has read a table: one clerk's read left
    open would hold the restore up without end, and every other clerk's next query would queue
    behind it, so the whole office would stop. An idle connection holds nothing and stays: its
    next query waits for the restore's commit and reads the restored data. On an ended one that
    read or save fails once ("coba simpan lagi") and its BLKDesk connects again by itself."""
    with db.engine.connect() as conn:
        ended = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND backend_type = 'client backend' "
                "AND state <> 'idle' AND pid <> pg_backend_pid()) AS ended"
            )
        ).scalar_one()
    db.engine.dispose()
    if ended:
        _log.warning("%d sambungan PC lain ke server kantor diputus untuk pemulihan", ended)
    return int(ended)


_TABLE_ENTRY = re.compile(r"^\d+; \d+ \d+ TABLE public (\S+) ", re.M)


def _dumped_tables(config: ServerConfig, raw: Path) -> set[str]:
    """The tables a dump holds, from pg_restore's table of contents."""
    listed = subprocess.run([_tool(config, "pg_restore"), "--list", str(raw)],
                            capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    if listed.returncode != 0:
        said = listed.stderr.strip().splitlines() or [str(listed.returncode)]
        raise DatabaseError(
            Sentence("{program} gagal: {said}", program="pg_restore", said=said[-1])
        )
    return set(_TABLE_ENTRY.findall(listed.stdout))


def _drop_tables_not_in(db: "Database", dumped: set[str]) -> None:
    """pg_restore --clean replaces only what the dump holds: a backup from before a schema upgrade
    would keep the upgrade's new tables beside it, and upgrading it again would then stop at
    "already exists". They go, in one transaction (the backup just taken keeps them)."""
    with db.engine.begin() as conn:
        wait_for_locks(conn)  # part of the restore: a clerk's read must not make it fail
        present = set(inspect(conn).get_table_names())
        for table in sorted(present - dumped):
            _log.warning("tabel %s tidak ada di cadangan yang dipulihkan; dihapus", table)
            conn.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))


def _kind(path: Path) -> str:
    with open(path, "rb") as f:
        header, _ = backup._read_header(f, path)
    return str(header.get("kind", "sqlite"))


def list_backups() -> list[backup.BackupInfo]:
    return backup.list_backups(folder())
