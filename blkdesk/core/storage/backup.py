"""Backups of the SQLite file: consistent, compressed, optionally encrypted, pruned like Anki's.

A backup is one `.blkbak` file:

    MAGIC | u32 header length | header (JSON) | frames...
    frame = u32 length | u8 last? | bytes

The header says when and why the backup was made, what it holds (record counts, schema revision,
SHA-256 of the database) and, when a password protects it, the scrypt salt and cost. The frames
carry the zlib-compressed database; with a password each frame is sealed with AES-GCM, its nonce
counting up and its "last" flag authenticated, so a cut-off or tampered file is refused rather
than half restored. The copy is taken with SQLite's online backup API, which reads one consistent
snapshot while BLKDesk keeps writing.
"""

import contextlib
import hashlib
import json
import os
import re
import secrets
import sqlite3
import struct
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from blkdesk import __version__
from blkdesk.core import audit
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import BlkError, DatabaseError, ValidationError
from blkdesk.core.models import Setting
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.storage.paths import backup_dir
from blkdesk.core.storage.safefile import DiskFull, atomic_write, copy_file

if TYPE_CHECKING:
    from blkdesk.core.storage.db import Database

MAGIC = b"BLKDESK-BACKUP\x00\x01"
SUFFIX = ".blkbak"
FRAME_BYTES = 1 << 20
COMPRESS_LEVEL = 6
KDF_LOG2_N = 15  # scrypt cost for backup passwords: ~0.1 s, once per backup or restore
KDF_R, KDF_P = 8, 1
KEY_SETTING = "backup_key"
COPY_DIR_SETTING = "backup_copy_dir"
AUTO_INTERVAL = timedelta(minutes=30)

# Retention like Anki's: everything from the last day, then the newest backup of each of the
# 12 days, 10 weeks and 9 months before that.
KEEP_RECENT = timedelta(days=1)
DAILY, WEEKLY, MONTHLY = 12, 10, 9

REASONS = {
    "manual": "dibuat manual",
    "otomatis": "otomatis (tiap 30 menit bila ada perubahan)",
    "tutup": "saat aplikasi ditutup",
    "migrasi": "sebelum pembaruan skema",
    "pemulihan": "sebelum pemulihan",
    "penggabungan": "sebelum penggabungan data",
    "impor": "sebelum impor",
}

# (table, label) shown in the restore list; trainees and batches count only rows not deleted.
COUNTED = (
    ("trainee", "peserta"),
    ("batch", "angkatan"),
    ("enrollment", "pendaftaran"),
    ("attendance_mark", "tanda hadir"),
    ("certificate", "sertifikat"),
    ("app_user", "pengguna"),
    ("audit_event", "catatan audit"),
)


class BackupError(BlkError):
    """A backup cannot be read: damaged, cut off, the wrong password, or not a backup at all."""


@dataclass(frozen=True)
class BackupKey:
    """A key derived from the backup password; the salt and cost travel in every header."""

    salt: bytes
    key: bytes
    log2_n: int = KDF_LOG2_N

    def as_setting(self) -> dict[str, Any]:
        return {"salt": self.salt.hex(), "key": self.key.hex(), "log2_n": self.log2_n}

    @classmethod
    def from_setting(cls, value: dict[str, Any]) -> "BackupKey":
        return cls(bytes.fromhex(value["salt"]), bytes.fromhex(value["key"]), int(value["log2_n"]))


def derive_key(password: str, salt: bytes | None = None, log2_n: int = KDF_LOG2_N) -> BackupKey:
    salt = salt or secrets.token_bytes(16)
    kdf = Scrypt(salt=salt, length=32, n=2**log2_n, r=KDF_R, p=KDF_P)
    return BackupKey(salt, kdf.derive(password.encode("utf-8")), log2_n)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    reason: str
    counts: dict[str, int]
    encrypted: bool
    revision: str | None
    audit_high: int
    db_bytes: int
    sha256: str
    app_version: str
    source: str
    salt: bytes | None = None  # of the password's key, when the backup is encrypted

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def file_bytes(self) -> int:
        return self.path.stat().st_size

    def counts_text(self) -> str:
        labels = dict(COUNTED)
        parts = (f"{n:,} {labels.get(t, t)}".replace(",", ".") for t, n in self.counts.items())
        return ", ".join(parts)


@dataclass
class BackupResult:
    info: BackupInfo
    # Why the copy to the second folder (a USB drive) failed; the backup itself is fine.
    copy_error: str | None = None
    copied_to: Path | None = None
    pruned: list[Path] = field(default_factory=list)


# --- where backups live ------------------------------------------------------------------------


def folder_for(db_path: Path) -> Path:
    """Each database file has its own folder of backups inside the data folder."""
    resolved = str(db_path.expanduser().resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]  # a folder name, not security
    folder = backup_dir() / f"{db_path.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _slug(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")[:30] or "cadangan"


def _target_name(folder: Path, when: datetime, reason: str) -> Path:
    base = f"blkdesk-{when:%Y%m%d-%H%M%S}-{_slug(reason)}"
    path = folder / (base + SUFFIX)
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return path


# --- taking the snapshot -----------------------------------------------------------------------


def _disk_full(exc: sqlite3.Error) -> bool:
    return "disk is full" in str(exc).lower() or getattr(exc, "sqlite_errorcode", 0) == 13


def snapshot(source: Path, target: Path) -> None:
    """Copy the live database with SQLite's online backup API: one consistent point in time."""
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.OperationalError as exc:
        if _disk_full(exc):
            raise DiskFull(
                f"Disk penuh saat membuat cadangan di {target.parent}. Cadangan sebelumnya tetap "
                "utuh. Kosongkan ruang disk, lalu ulangi."
            ) from exc
        raise DatabaseError(f"Database tidak dapat dibaca untuk dicadangkan: {exc}.") from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Database tidak dapat dibaca untuk dicadangkan: {exc}.") from exc
    finally:
        src.close()


def _describe(path: Path) -> dict[str, Any]:
    """Counts, schema revision and audit high-water mark of a snapshot, for the header."""
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts: dict[str, int] = {}
        for table, _label in COUNTED:
            if table not in tables:
                continue
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
            counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0])
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        high = 0
        if "audit_event" in tables:
            high = int(conn.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[0])
    finally:
        conn.close()
    return {"counts": counts, "revision": revision, "audit_high": high}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(FRAME_BYTES):
            digest.update(block)
    return digest.hexdigest()


# --- the container -----------------------------------------------------------------------------


def _aad(header_digest: bytes, counter: int, last: bool) -> bytes:
    return header_digest + struct.pack(">QB", counter, int(last))


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">I", counter)


def _write_container(
    out: IO[bytes], raw: Path, header: dict[str, Any], key: BackupKey | None
) -> None:
    prefix = secrets.token_bytes(8)
    if key is not None:
        header["kdf"] = {"name": "scrypt", "salt": key.salt.hex(), "log2_n": key.log2_n,
                         "r": KDF_R, "p": KDF_P}  # fmt: skip
        header["nonce_prefix"] = prefix.hex()
    header_bytes = json.dumps(header, ensure_ascii=False).encode("utf-8")
    out.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
    digest = hashlib.sha256(header_bytes).digest()
    sealer = AESGCM(key.key) if key is not None else None
    counter = 0

    def emit(data: bytes, last: bool) -> None:
        nonlocal counter
        if sealer is not None:
            data = sealer.encrypt(_nonce(prefix, counter), data, _aad(digest, counter, last))
        out.write(struct.pack(">IB", len(data), int(last)) + data)
        counter += 1

    compressor = zlib.compressobj(COMPRESS_LEVEL)
    pending = bytearray()
    with open(raw, "rb") as src:
        while block := src.read(FRAME_BYTES):
            pending += compressor.compress(block)
            while len(pending) >= FRAME_BYTES:
                emit(bytes(pending[:FRAME_BYTES]), last=False)
                del pending[:FRAME_BYTES]
    pending += compressor.flush()
    emit(bytes(pending), last=True)


def _read_header(f: IO[bytes], path: Path) -> tuple[dict[str, Any], bytes]:
    if f.read(len(MAGIC)) != MAGIC:
        raise BackupError(f"{path.name} bukan berkas cadangan BLKDesk.")
    try:
        (length,) = struct.unpack(">I", f.read(4))
        header_bytes = f.read(length)
        header: dict[str, Any] = json.loads(header_bytes.decode("utf-8"))
    except (struct.error, ValueError) as exc:
        raise BackupError(f"Kepala berkas cadangan {path.name} rusak.") from exc
    return header, header_bytes


def _info(path: Path, header: dict[str, Any]) -> BackupInfo:
    return BackupInfo(
        path=path,
        created_at=datetime.fromisoformat(header["created_at"]),
        reason=str(header.get("reason", "")),
        counts={k: int(v) for k, v in header.get("counts", {}).items()},
        encrypted="kdf" in header,
        revision=header.get("revision"),
        audit_high=int(header.get("audit_high", 0)),
        db_bytes=int(header.get("db_bytes", 0)),
        sha256=str(header.get("sha256", "")),
        app_version=str(header.get("app_version", "")),
        source=str(header.get("source", "")),
        salt=bytes.fromhex(header["kdf"]["salt"]) if "kdf" in header else None,
    )


def read_info(path: Path) -> BackupInfo:
    """The header only: fast enough to list hundreds of backups."""
    try:
        with open(path, "rb") as f:
            header, _ = _read_header(f, path)
        return _info(path, header)
    except (KeyError, ValueError, TypeError) as exc:
        raise BackupError(f"Kepala berkas cadangan {path.name} rusak.") from exc
    except OSError as exc:
        raise BackupError(f"Berkas cadangan {path.name} tidak dapat dibaca: {exc}.") from exc


def _frames(f: IO[bytes], path: Path) -> Iterator[tuple[bytes, bool]]:
    while True:
        head = f.read(5)
        if len(head) < 5:
            raise BackupError(f"Berkas cadangan {path.name} terpotong (tidak lengkap).")
        length, last = struct.unpack(">IB", head)
        data = f.read(length)
        if len(data) < length:
            raise BackupError(f"Berkas cadangan {path.name} terpotong (tidak lengkap).")
        yield data, bool(last)
        if last:
            return


def _key_for(header: dict[str, Any], password: str | None, key: BackupKey | None) -> BackupKey:
    kdf = header["kdf"]
    salt = bytes.fromhex(kdf["salt"])
    if key is not None and key.salt == salt and key.log2_n == int(kdf["log2_n"]):
        return key
    if not password:
        raise ValidationError(
            "Cadangan ini dilindungi kata sandi; masukkan kata sandi cadangan.", field="password"
        )
    return derive_key(password, salt, int(kdf["log2_n"]))


def extract(
    path: Path, target: Path, *, password: str | None = None, key: BackupKey | None = None
) -> BackupInfo:
    """Write the database inside `path` to `target`; refuse anything damaged or tampered with."""
    try:
        with open(path, "rb") as f:
            header, header_bytes = _read_header(f, path)
            info = _info(path, header)
            opener = None
            if info.encrypted:
                opener = AESGCM(_key_for(header, password, key).key)
                prefix = bytes.fromhex(header["nonce_prefix"])
            digest = hashlib.sha256(header_bytes).digest()
            sha = hashlib.sha256()
            decompressor = zlib.decompressobj()
            with atomic_write(target) as out:
                for counter, (frame, last) in enumerate(_frames(f, path)):
                    data = frame
                    if opener is not None:
                        try:
                            data = opener.decrypt(
                                _nonce(prefix, counter), frame, _aad(digest, counter, last)
                            )
                        except InvalidTag as exc:
                            raise BackupError(
                                "Kata sandi cadangan salah, atau berkas cadangan "
                                f"{path.name} rusak."
                            ) from exc
                    plain = decompressor.decompress(data)
                    sha.update(plain)
                    out.write(plain)
                plain = decompressor.flush()
                sha.update(plain)
                out.write(plain)
                if not decompressor.eof or sha.hexdigest() != info.sha256:
                    raise BackupError(
                        f"Berkas cadangan {path.name} rusak: isinya tidak cocok dengan sidik "
                        "jarinya."
                    )
    except zlib.error as exc:
        raise BackupError(f"Berkas cadangan {path.name} rusak: {exc}.") from exc
    except (KeyError, ValueError, TypeError) as exc:
        raise BackupError(f"Kepala berkas cadangan {path.name} rusak.") from exc
    except OSError as exc:
        raise BackupError(f"Berkas cadangan {path.name} tidak dapat dibaca: {exc}.") from exc
    return info


# --- making backups ----------------------------------------------------------------------------


def create_backup(
    db_path: Path,
    reason: str,
    *,
    folder: Path | None = None,
    key: BackupKey | None = None,
    copy_dir: Path | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """Back up the SQLite file at `db_path` into `folder` (and a copy into `copy_dir`).

    A full disk raises `DiskFull` and leaves every earlier backup as it was.
    """
    now = now or utcnow()
    folder = folder or folder_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _target_name(folder, now, reason)
    fd, raw_name = tempfile.mkstemp(prefix=".snapshot-", suffix=".sqlite", dir=folder)
    os.close(fd)
    raw = Path(raw_name)
    try:
        snapshot(db_path, raw)
        header: dict[str, Any] = {
            "format": 1,
            "created_at": now.isoformat(),
            "reason": reason,
            "source": str(db_path),
            "app_version": __version__,
            "db_bytes": raw.stat().st_size,
            "sha256": _sha256(raw),
            **_describe(raw),
        }
        with atomic_write(target) as out:
            _write_container(out, raw, header, key)
    finally:
        for leftover in (raw, raw.with_name(raw.name + "-journal")):
            leftover.unlink(missing_ok=True)
    result = BackupResult(info=read_info(target))
    result.pruned = prune(folder, now)
    if copy_dir is not None:
        try:
            copy_file(target, copy_dir / target.name)
            result.copied_to = copy_dir / target.name
            prune(copy_dir, now)
        except BlkError as exc:
            result.copy_error = exc.message
    return result


def configured_key(session: Session) -> BackupKey | None:
    row = session.get(Setting, KEY_SETTING)
    value = json.loads(row.value) if row else None
    return BackupKey.from_setting(value) if value else None


def configured_copy_dir(session: Session) -> Path | None:
    row = session.get(Setting, COPY_DIR_SETTING)
    value = json.loads(row.value) if row else ""
    return Path(value) if value else None


def set_backup_password(session: Session, actor: Actor, password: str | None) -> None:
    """Protect future backups with `password` (None: no password). Earlier backups keep theirs.

    Only the scrypt-derived key is stored, never the password, and the audit row carries no value.
    """
    require(actor, Action.EDIT_SETTINGS)
    if password is not None and len(password) < 8:
        raise ValidationError("Kata sandi cadangan minimal 8 karakter.", field="backup_password")
    value = derive_key(password).as_setting() if password else None
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        session.add(Setting(key=KEY_SETTING, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    audit.record(session, actor, "set_password" if password else "clear_password", "backup")


def set_copy_dir(session: Session, actor: Actor, folder: Path | None) -> None:
    """A second folder (a USB drive) that receives a copy of every backup."""
    from blkdesk.core import settings

    if folder is not None and not folder.is_dir():
        raise ValidationError(f"Folder {folder} tidak ditemukan.", field="backup_copy_dir")
    settings.put(session, actor, COPY_DIR_SETTING, str(folder) if folder else "")


def backup_database(db: "Database", reason: str, *, password: str | None = None) -> BackupResult:
    """Back up `db` with its configured key and second folder (`password` overrides the key)."""
    path = db.path
    if path is None:
        from blkdesk.core.storage import server_backup

        if server_backup.served_here(db) is not None:
            return server_backup.create(db, reason)
        raise DatabaseError(
            "Database server kantor dicadangkan oleh BLKDesk di PC server itu sendiri."
        )
    try:
        with db.session() as session:
            key = configured_key(session)
            copy_dir = configured_copy_dir(session)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"Database tidak dapat dibaca untuk dicadangkan: {exc}.") from exc
    if password:
        key = derive_key(password)
    return create_backup(path, reason, key=key, copy_dir=copy_dir)


def backup_before(db: "Database", reason: str) -> BackupResult | None:
    """Call before a risky operation (migration, restore, merge, import): a backup to return to.

    Done by the office server's own PC (pg_dump); another PC leaves it to that one.
    """
    if db.path is None and not _served_here(db):
        return None
    return backup_database(db, reason)


def backup_now(db: "Database", actor: Actor, *, password: str | None = None) -> BackupResult:
    require(actor, Action.BACKUP)
    result = backup_database(db, "manual", password=password)
    with db.transaction() as session:
        # The file's name goes in the changes: it is longer than the 36 characters of a UUID
        # column, which PostgreSQL enforces.
        audit.record(session, actor, "backup", "database", "", {"berkas": result.info.path.name})
    return result


# --- listing and pruning -----------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """Readable backups in `folder`, newest first (a damaged header is skipped, not fatal)."""
    infos = []
    for path in folder.glob("*" + SUFFIX):
        with contextlib.suppress(BackupError):
            infos.append(read_info(path))
    return sorted(infos, key=lambda i: (i.created_at, i.path.name), reverse=True)


def _served_here(db: "Database") -> bool:
    from blkdesk.core.storage import server_backup

    return server_backup.served_here(db) is not None


def backups_of(db: "Database") -> list[BackupInfo]:
    if db.path is None:
        return list_backups(server_backup_folder()) if _served_here(db) else []
    return list_backups(folder_for(db.path))


def server_backup_folder() -> Path:
    from blkdesk.core.storage import server_backup

    return server_backup.folder()


def retained(stamps: Sequence[datetime], now: datetime) -> set[int]:
    """Indices of the backups to keep: all from the last day, then 12 daily, 10 weekly, 9 monthly.

    Walking from newest to oldest, a backup is kept when it is the newest of a day (while daily
    places remain), else the newest of a week, else of a month, like Anki's backup filter.
    """
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    keep: set[int] = set()
    left = {"day": DAILY, "week": WEEKLY, "month": MONTHLY}
    last: dict[str, object] = {"day": None, "week": None, "month": None}
    for i in order:
        when = stamps[i]
        periods = {
            "day": when.date(),
            "week": when.isocalendar()[:2],
            "month": (when.year, when.month),
        }
        if now - when < KEEP_RECENT:
            keep.add(i)
            last.update(periods)
            continue
        stage = next((s for s in ("day", "week", "month") if left[s]), None)
        if stage is None:
            break
        # The first stage with places left judges: a second backup of the same day is dropped.
        if periods[stage] != last[stage]:
            left[stage] -= 1
            keep.add(i)
            last.update(periods)
    return keep


def prune(folder: Path, now: datetime | None = None) -> list[Path]:
    now = now or utcnow()
    infos = list_backups(folder)
    keep = retained([i.created_at for i in infos], now)
    removed = []
    for index, info in enumerate(infos):
        if index not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def changed_since_last_backup(db: "Database") -> bool:
    """Every change writes an audit row, so a higher audit id than the newest backup's = changes."""
    from sqlalchemy import func, select

    from blkdesk.core.models import AuditEvent

    if db.path is None and not _served_here(db):
        return False
    backups = backups_of(db)
    with db.session() as session:
        high = session.scalar(select(func.coalesce(func.max(AuditEvent.id), 0))) or 0
    return not backups or high > backups[0].audit_high


def auto_backup_due(db: "Database", now: datetime | None = None) -> bool:
    """Every 30 minutes while changes happen."""
    now = now or utcnow()
    backups = backups_of(db)
    if backups and now - backups[0].created_at < AUTO_INTERVAL:
        return False
    return changed_since_last_backup(db)


# --- verifying and restoring -------------------------------------------------------------------


def verify(path: Path, *, password: str | None = None, key: BackupKey | None = None) -> str | None:
    """None when the backup decodes and its database passes quick_check; otherwise why not."""
    from blkdesk.core.storage.integrity import quick_check

    with tempfile.TemporaryDirectory(prefix="blkdesk-verify-") as tmp:
        target = Path(tmp) / "check.sqlite"
        try:
            extract(path, target, password=password, key=key)
        except BlkError as exc:
            return exc.message
        report = quick_check(target)
        return None if report.ok else report.summary()


def newest_good_backup(
    folder: Path, *, key: BackupKey | None = None, password: str | None = None
) -> BackupInfo | None:
    """The newest backup that opens and passes quick_check (encrypted ones need the key)."""
    for info in list_backups(folder):
        if info.encrypted and key is None and not password:
            continue
        if verify(info.path, password=password, key=key) is None:
            return info
    return None
