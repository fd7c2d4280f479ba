"""Backups of the SQLite file: consistent, compressed, optionally encrypted, pruned like Anki's.

A backup is one `.blkbak` file:

    MAGIC | u32 header length | header (JSON) | frames...
    frame = u32 length | u8 last? | bytes

The header says when and why the backup was made, what it holds (record counts, schema revision,
size), how it is packed and, when it is sealed, the data key wrapped under the backup password
and under the printed recovery key (see sealing.py). The database is cut into 1 MB blocks, each
hashed (BLAKE3, named in the header's "digest") and packed with zstd on its own, two at a time
(format 4): a frame holds a block's index and its zstd frame; the last frame is a trailer with
the digest of every block and of their list. Sealed, each frame is AES-GCM encrypted, its nonce
counting up and its "last" flag authenticated, so a cut-off or tampered file is refused rather
than half restored.

A differential backup (what is left to back up when BLKDesk closes) holds only the blocks whose
digests differ from those of the newest full backup, its base, named in its header: restoring it
writes the base, then its blocks over it, and checks every block against its trailer. Pruning
never removes the base of a differential backup it keeps.

A sealed full backup does not pack again what has not changed: a block whose digest is that of
the same block in the newest full backup sealed with the same key takes that backup's packed
frame (opened, which authenticates it, and sealed again into the new file). The new backup stands
alone, like any full backup; a frame the older one cannot give is packed instead.

Older backups still open: format 3, the same blocks with SHA-256 digests; one zstd stream with
the SHA-256 of the whole file in the trailer (format 2), zlib with the SHA-256 in the header
(format 1), and those made before the recovery key existed (a key derived straight from the
password, header "kdf").

Backups are always sealed unless an administrator chose plaintext explicitly (audited). Until an
administrator sets a backup password, BLKDesk seals them under a provisional key it makes at the
first backup (`sealing_key`): its recovery key waits in the database's settings until an
administrator is asked, at their next login, to set the password and print the "kunci cadangan"
sheet. Setting the password keeps that data key and hands out that same recovery key, so every
backup made in the meantime opens with the printed sheet on any PC.

The database is read where it lies, inside a read transaction that holds its bytes still while
BLKDesk keeps writing (see `_still_file`): one read of the file, nothing written beside it but the
packed backup. When that cannot be arranged, SQLite's online backup API takes a consistent copy
first.
"""

import contextlib
import functools
import hashlib
import json
import logging
import os
import re
import secrets
import sqlite3
import struct
import tempfile
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import blake3
import zstandard
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from blkdesk import __version__
from blkdesk.core import audit
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import BlkError, DatabaseError, PermissionDenied, ValidationError
from blkdesk.core.failures import cause
from blkdesk.core.models import Setting
from blkdesk.core.permissions import Action, Actor, Role, require
from blkdesk.core.progress import Progress
from blkdesk.core.sentences import Sentence, commas, number
from blkdesk.core.storage import sealing
from blkdesk.core.storage.paths import backup_dir, data_dir
from blkdesk.core.storage.safefile import DiskFull, atomic_write, copy_file, os_error_text
from blkdesk.core.storage.sealing import BackupKey
from blkdesk.core.text import clean_text

if TYPE_CHECKING:
    from blkdesk.core.storage.db import Database

MAGIC = b"BLKDESK-BACKUP\x00\x01"
SUFFIX = ".blkbak"
FRAME_BYTES = 1 << 20  # the frames of format 1 and 2 (read only)
# The database is read, hashed and packed in blocks of this size, each its own zstd frame, so two
# threads pack and hash blocks side by side while this one reads, seals and writes (format 3).
BLOCK_BYTES = 1 << 20
PACKERS = 2  # the machines BLKDesk runs on have two cores or more
AHEAD = 8  # blocks handed to the packers ahead of the one being written
# zstd level -1 (fast): on the 10-year database (895 MB) it packs to 23 %, as zlib-6 did, for
# 1.2 CPU-seconds where level 1 took 1.75 for 20 % and zlib-6 9.5 (most of the 12 s it took to
# close BLKDesk then); levels -2 and -3 took 1.0 and 0.95 for 25 % and 27 %.
CODEC = "zstd"
ZSTD_LEVEL = -1
# Format 4: a frame per block (its index, then one zstd frame) and a trailer with the BLAKE3 of
# every block and of their list. Format 3 was the same with SHA-256; format 2 had one zstd stream
# and the SHA-256 of the whole file in the trailer; format 1 zlib with the SHA-256 in the header.
FORMAT = 4
# Backups and restores are synced to the disk every this many bytes while they are written, on
# another thread (safefile's `sync_every`), so the wait for the disk at the end is short.
SYNC_EVERY = 16 << 20


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _blake3(data: bytes | memoryview) -> bytes:
    return blake3.blake3(data).digest()


# The digests of blocks, by the name a header gives ("digest"; format 3 had none: SHA-256). Both
# release the GIL, so the packer threads hash side by side. BLAKE3 (format 4) costs 0.2 CPU-s
# for the 10-year database where SHA-256 took 0.5 even with the CPU's SHA instructions.
DIGESTS: dict[str, Callable[[bytes], bytes]] = {"sha256": _sha256, "blake3": _blake3}
DIGEST = "blake3"
KDF_LOG2_N = 15  # scrypt cost for backup passwords: ~0.1 s, once per backup or restore
KDF_R, KDF_P = 8, 1
KEY_SETTING = "backup_key"
PLAINTEXT_SETTING = "backup_plaintext_chosen"
# The recovery key of the provisional key, until an administrator prints it.
PENDING_RECOVERY_SETTING = "backup_recovery_pending"
COPY_DIR_SETTING = "backup_copy_dir"
AUTO_INTERVAL = timedelta(minutes=30)

# Retention like Anki's: everything from the last day, then the newest backup of each of the
# 12 days, 10 weeks and 9 months before that.
KEEP_RECENT = timedelta(days=1)
DAILY, WEEKLY, MONTHLY = 12, 10, 9

REASONS = {
    "manual": Sentence("dibuat manual"),
    "otomatis": Sentence("otomatis (tiap 30 menit bila ada perubahan)"),
    "tutup": Sentence("saat aplikasi ditutup"),
    "migrasi": Sentence("sebelum pembaruan skema"),
    "pemulihan": Sentence("sebelum pemulihan"),
    "penggabungan": Sentence("sebelum penggabungan data"),
    "impor": Sentence("sebelum impor"),
    "rusak": Sentence("salinan berkas rusak (sebelum pemulihan)"),
}

# (table, how many) shown in the restore list; trainees and batches count only rows not deleted.
COUNTED: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("trainee", lambda n: Sentence("{n} peserta", n=n)),
    ("batch", lambda n: Sentence("{n} angkatan", n=n)),
    ("enrollment", lambda n: Sentence("{n} pendaftaran", n=n)),
    ("attendance_mark", lambda n: Sentence("{n} tanda hadir", n=n)),
    ("certificate", lambda n: Sentence("{n} sertifikat", n=n)),
    ("app_user", lambda n: Sentence("{n} pengguna", n=n)),
    ("audit_event", lambda n: Sentence("{n} catatan audit", n=n)),
)


class BackupError(BlkError):
    """A backup cannot be read: damaged, cut off, the wrong password, or not a backup at all."""


class WrongPassword(BackupError):
    """The password or recovery key given does not open the backup."""


@dataclass(frozen=True)
class LegacyKey:
    """A database's key from before the recovery key: derived straight from the password."""

    salt: bytes
    key: bytes
    log2_n: int = KDF_LOG2_N

    @property
    def data_key(self) -> bytes:
        return self.key

    @property
    def key_id(self) -> str:
        return self.salt.hex()

    def as_setting(self) -> dict[str, Any]:
        return {"salt": self.salt.hex(), "key": self.key.hex(), "log2_n": self.log2_n}


AnyKey = BackupKey | LegacyKey


def derive_key(password: str, salt: bytes | None = None, log2_n: int = KDF_LOG2_N) -> LegacyKey:
    """The format-1 key (header "kdf"), for reading backups made before the recovery key."""
    salt = salt or secrets.token_bytes(16)
    kdf = Scrypt(salt=salt, length=32, n=2**log2_n, r=KDF_R, p=KDF_P)
    return LegacyKey(salt, kdf.derive(password.encode("utf-8")), log2_n)


def key_from_setting(value: dict[str, Any]) -> AnyKey:
    if "data_key" in value:
        return BackupKey.from_setting(value)
    salt, key = bytes.fromhex(value["salt"]), bytes.fromhex(value["key"])
    return LegacyKey(salt, key, int(value["log2_n"]))


def password_only_key(password: str) -> BackupKey:
    """For a one-off backup under a password of its own (`blkdesk backup --password`)."""
    if len(password) < sealing.MIN_PASSWORD:
        raise ValidationError(
            Sentence("Kata sandi cadangan minimal {least} karakter.", least=sealing.MIN_PASSWORD),
            field="password",
        )
    data_key = secrets.token_bytes(32)
    return BackupKey(data_key, (sealing.Wrap.make(sealing.PASSWORD, password, data_key),))


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
    key_id: str | None = None  # which key sealed it, when the backup is encrypted
    # A differential backup: the file name of the full backup (same folder) it holds changes to.
    base: str | None = None

    @property
    def reason_label(self) -> str:
        """Why it was made, as a Sentence (the list says it in the interface's language)."""
        label = REASONS.get(self.reason, self.reason)
        return Sentence("{reason} (hanya perubahan)", reason=label) if self.base else label

    @property
    def file_bytes(self) -> int:
        return self.path.stat().st_size

    def counts_text(self) -> str:
        """ "500 peserta, 26 angkatan, …" as a Sentence (the list says it in its own language)."""
        said = dict(COUNTED)
        return commas(
            [
                said[t](number(n)) if t in said else Sentence("{n} {table}", n=number(n), table=t)
                for t, n in self.counts.items()
            ]
        )


@dataclass(frozen=True)
class Packed:
    """How a backup's blocks were written: packed now, or their frames copied from the base."""

    packed: int
    reused: int


@dataclass
class BackupResult:
    info: BackupInfo
    # Why the copy to the second folder (a USB drive) failed; the backup itself is fine.
    copy_error: str | None = None
    copied_to: Path | None = None
    pruned: list[Path] = field(default_factory=list)
    # Blocks packed now, and blocks whose packed frames were copied from the newest full backup.
    packed: Packed | None = None


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


def _unreadable(exc: sqlite3.Error) -> DatabaseError:
    """The live database could not be read for a backup (damaged, locked too long…)."""
    return DatabaseError(
        Sentence("Database tidak dapat dibaca untuk dicadangkan: {error}.", error=cause(exc))
    )


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
                Sentence(
                    "Disk penuh saat membuat cadangan di {folder}. Cadangan sebelumnya tetap utuh. "
                    "Kosongkan ruang disk, lalu ulangi.",
                    folder=target.parent,
                )
            ) from exc
        raise _unreadable(exc) from exc
    except sqlite3.DatabaseError as exc:
        raise _unreadable(exc) from exc
    finally:
        src.close()


def _count_sql(table: str, columns: set[str], indexes: set[str]) -> str:
    """How to count `table`'s rows not deleted. With an index of its deleted rows (0013), all
    rows (counted from the smallest index) less those: 0.04 s for the 3.2 M marks of the 10-year
    demo, where reading the table for `deleted_at` took 0.2 s beside a backup's packing."""
    if "deleted_at" not in columns:
        return f"SELECT count(*) FROM {table}"
    if f"ix_{table}_deleted" in indexes:
        return (f"SELECT (SELECT count(*) FROM {table})"
                f" - (SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL)")  # fmt: skip
    return f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"  # a file from before 0013


def _describe(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts, schema revision and audit high-water mark of what `conn` sees, for the header."""
    names = conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index')")
    kinds: dict[str, set[str]] = {"table": set(), "index": set()}
    for kind, name in names:
        kinds[kind].add(name)
    tables = kinds["table"]
    counts: dict[str, int] = {}
    for table, _label in COUNTED:
        if table not in tables:
            continue
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        sql = _count_sql(table, columns, kinds["index"])
        counts[table] = int(conn.execute(sql).fetchone()[0])
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    high = 0
    if "audit_event" in tables:
        high = int(conn.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[0])
    return {"counts": counts, "revision": revision, "audit_high": high}


# Descriptors for reading database files, by (device, inode). On POSIX, closing *any* descriptor
# of a file drops every lock this process holds on it, SQLite's own included (the lock loss that
# lets another process delete a live -wal file), so they stay open while the file exists.
_readers: dict[tuple[int, int], int] = {}


def _reader_fd(path: Path) -> int:
    if os.name != "posix":
        return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    for key, fd in list(_readers.items()):
        if os.fstat(fd).st_nlink == 0:  # deleted or replaced (a restore): no lock left to keep
            os.close(fd)
            del _readers[key]
    st = path.stat()
    fd = _readers.get((st.st_dev, st.st_ino), -1)
    if fd < 0:
        fd = os.open(path, os.O_RDONLY)
        opened = os.fstat(fd)
        _readers[(opened.st_dev, opened.st_ino)] = fd
    return fd


def _release_reader(fd: int) -> None:
    if os.name != "posix":
        os.close(fd)


_seeking = threading.Lock()


def _pread(fd: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    with _seeking:  # Windows: a seek, then a read, while the other packer thread may read too
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, size)


@dataclass(frozen=True)
class _Source:
    """Bytes of one consistent state of a database: `size` bytes of descriptor `fd`, described
    by `conn`, which sees exactly that state."""

    conn: sqlite3.Connection
    fd: int
    size: int

    def jobs(self) -> Iterator[tuple[int, "_Job"]]:
        """(length, what reads it) for each block; read on the packer thread that hashes it."""
        for offset in range(0, self.size, BLOCK_BYTES):
            length = min(BLOCK_BYTES, self.size - offset)
            yield length, functools.partial(_read_block, self.fd, offset, length)


# What gives a block to the packer thread that hashes and packs it.
_Job = Callable[[], "bytes | memoryview"]


def _read_block(fd: int, offset: int, length: int) -> bytes | memoryview:
    """`length` bytes of `fd` from `offset`, into this packer thread's own buffer where the OS
    allows (no new megabyte to allocate and fault in for every block)."""
    if not hasattr(os, "preadv"):
        data = _pread(fd, length, offset)
        if len(data) != length:
            raise DatabaseError(Sentence("Berkas database terpotong saat dicadangkan."))
        return data
    buffer = getattr(_packer, "buffer", None)
    if buffer is None:
        buffer = _packer.buffer = bytearray(BLOCK_BYTES)
    view = memoryview(buffer)[:length]
    got = 0
    while got < length:
        n = os.preadv(fd, [view[got:]], offset + got)
        if n <= 0:
            raise DatabaseError(Sentence("Berkas database terpotong saat dicadangkan."))
        got += n
    return view


def _data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


@contextlib.contextmanager
def _still_file(db_path: Path, attempts: int = 5) -> Iterator[_Source | None]:
    """The live database file itself, held still: None when that cannot be arranged.

    Once everything in the write-ahead log has been copied into the file, a read transaction
    reads the file alone, and while it lasts SQLite copies nothing more into the file (copying
    needs a lock that reader holds): the file's bytes are one consistent state and stay so while
    BLKDesk goes on committing to the log. So: note `data_version`, a passive checkpoint (it never
    makes a writer wait), begin, and make sure nobody committed since the note. In
    rollback-journal mode the reader's shared lock keeps every writer out of the file.
    """
    # The header's counts are taken on a packer thread (write_container), nothing else at once.
    conn = sqlite3.connect(db_path, timeout=2, isolation_level=None, check_same_thread=False)
    fd = -1
    try:
        wal = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        for _attempt in range(attempts):
            before = _data_version(conn)  # before the checkpoint, so it covers every commit
            if wal:
                busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                if busy or frames != copied:  # an older reader still needs part of the log
                    time.sleep(0.05)
                    continue
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if not wal or _data_version(conn) == before:
                break
            conn.execute("ROLLBACK")  # a commit slipped in between: its frames are not copied
        else:
            yield None
            return
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        fd = _reader_fd(db_path)
        yield _Source(conn, fd, page_size * pages)
    except sqlite3.OperationalError as exc:
        if _disk_full(exc):
            raise DiskFull(
                Sentence(
                    "Disk penuh saat membuat cadangan. Cadangan sebelumnya tetap utuh. Kosongkan "
                    "ruang disk, lalu ulangi."
                )
            ) from exc
        raise _unreadable(exc) from exc
    except sqlite3.DatabaseError as exc:
        raise _unreadable(exc) from exc
    finally:
        if fd >= 0:
            _release_reader(fd)
        conn.close()


@contextlib.contextmanager
def _snapshot_copy(db_path: Path, folder: Path) -> Iterator[_Source]:
    """A consistent copy made with SQLite's backup API, deleted afterwards."""
    fd_tmp, raw_name = tempfile.mkstemp(prefix=WORK_PREFIX_SNAPSHOT, suffix=".sqlite", dir=folder)
    os.close(fd_tmp)
    raw = Path(raw_name)
    conn = None
    fd = -1
    try:
        snapshot(db_path, raw)
        conn = sqlite3.connect(raw, isolation_level=None, check_same_thread=False)
        fd = os.open(raw, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        yield _Source(conn, fd, raw.stat().st_size)
    finally:
        if fd >= 0:
            os.close(fd)  # a private copy nobody else has open: closing it drops no lock
        if conn is not None:
            conn.close()
        for leftover in (raw, raw.with_name(raw.name + "-journal")):
            leftover.unlink(missing_ok=True)


@contextlib.contextmanager
def _consistent_source(db_path: Path, folder: Path) -> Iterator[_Source]:
    with _still_file(db_path) as still:
        if still is not None:
            yield still
            return
    with _snapshot_copy(db_path, folder) as copy:
        yield copy


def file_blocks(path: Path) -> Iterator[bytes]:
    """A file's bytes in blocks (for containers of other dumps, like pg_dump's)."""
    with open(path, "rb") as f:
        while block := f.read(BLOCK_BYTES):
            yield block


# --- the container -----------------------------------------------------------------------------


def _seal_header(header: dict[str, Any], key: AnyKey | None) -> bytes:
    """Add the key's fields to `header` and return the header bytes (authenticated per frame)."""
    if isinstance(key, LegacyKey):
        header["kdf"] = {"name": "scrypt", "salt": key.salt.hex(), "log2_n": key.log2_n,
                         "r": KDF_R, "p": KDF_P}  # fmt: skip
    elif key is not None:
        header["keys"] = key.header()
    if key is not None:
        header["nonce_prefix"] = secrets.token_bytes(8).hex()
    return json.dumps(header, ensure_ascii=False).encode("utf-8")


def _sealer(header: dict[str, Any], header_bytes: bytes, key: AnyKey | None) -> Any:
    if key is None:
        return None
    return sealing.Sealer(key.data_key, bytes.fromhex(header["nonce_prefix"]), header_bytes)


def _blocks_of(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """`chunks` cut into BLOCK_BYTES blocks (the last one shorter); whole blocks pass as is."""
    pending = bytearray()
    for chunk in chunks:
        if not pending and len(chunk) == BLOCK_BYTES:
            yield chunk
            continue
        pending += chunk
        while len(pending) >= BLOCK_BYTES:
            yield bytes(pending[:BLOCK_BYTES])
            del pending[:BLOCK_BYTES]
    if pending:
        yield bytes(pending)


def _jobs(blocks: "Iterator[bytes] | _Source") -> Iterator[tuple[int, "_Job"]]:
    """(length, what gives the block) for each block: the database file's are read by the packer
    thread that hashes them, other streams' (a pg_dump) are cut here."""
    if isinstance(blocks, _Source):
        yield from blocks.jobs()
        return
    for block in _blocks_of(blocks):
        yield len(block), functools.partial(_given, block)


def _given(block: bytes) -> bytes:
    return block


_packer = threading.local()


def _pack(
    job: "_Job", index: int, known: bytes, base: "_BaseFrames | None"
) -> tuple[bytes, bytes | None, bool]:
    """(digest, frame, whether the frame is the base's) of block `index`, on a packer thread
    (reading, hashing, zstd and AES-GCM all release the GIL).

    A block whose digest is `known` (the same as in the base) has no frame in a differential
    backup; with `base` (a full backup reusing a sealed one), it takes the base's frame, unless
    the base cannot give it: then it is packed, like any changed block. zstd's own checksum is
    left out: the digest of every block checks it on restore."""
    block = job()
    digest = _blake3(block)
    if digest == known:
        if base is None:
            return digest, None, False
        frame = base.frame(index, len(block))
        if frame is not None:
            return digest, frame, True
    compressor = getattr(_packer, "zstd", None)
    if compressor is None:
        compressor = zstandard.ZstdCompressor(level=ZSTD_LEVEL, write_checksum=False)
        _packer.zstd = compressor
    return digest, struct.pack(">I", index) + compressor.compress(block), False


def _top_digest(digests: bytes, name: str = DIGEST) -> str:
    """The digest of the list of block digests, in the trailer under the digest's name."""
    return DIGESTS[name](digests).hex()


def _digest_of(header: dict[str, Any], path: Path) -> str:
    """The name of the block digest of a format-3 or later backup."""
    name = str(header.get("digest", "sha256"))
    if name not in DIGESTS:
        raise BackupError(
            Sentence(
                "Cadangan {name} memakai sidik {digest} yang tidak dikenal.",
                name=path.name,
                digest=repr(name),
            )
        )
    return name


@dataclass(frozen=True)
class Base:
    """The newest full backup: what a differential backup builds on (only the blocks that differ
    are packed), and what a sealed full backup copies the frames of unchanged blocks from."""

    name: str  # its file name, in the same folder as the differential backup
    top: str  # the digest of its list of block digests (its trailer's)
    digests: bytes  # the digest of each of its blocks, one after the other
    block_bytes: int
    path: Path
    # Where each block's frame lies in the file, (offset, length), block by block.
    frames: tuple[tuple[int, int], ...]
    opener: Any  # opens its frames; None when it is plaintext (nothing to trust: never reused)


class _BaseFrames:
    """The frames of a sealed full base, for a full backup that reuses them.

    A block whose digest is the base's at the same index takes the base's packed frame, opened
    (AES-GCM: that authenticates it, under this database's key, as the frame BLKDesk wrote for
    that index) and sealed again into the new file, instead of being packed again. The new backup
    stands alone; only work is saved. A frame the base cannot give (damaged, cut off, gone) is
    packed again instead: a backup never fails, nor takes a bad frame, because of its base.
    """

    def __init__(self, base: Base) -> None:
        self.base = base
        self.fd = os.open(base.path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        self.failed = False

    def frame(self, index: int, size: int) -> bytes | None:
        """The base's frame of block `index` (`size` bytes), opened: its index, then zstd."""
        try:
            offset, length = self.base.frames[index]
            data = _pread(self.fd, length, offset)
            plain: bytes = self.base.opener.open(index, data, False)
            if (
                struct.unpack_from(">I", plain)[0] != index
                or zstandard.frame_content_size(memoryview(plain)[4:]) != size
            ):
                raise ValueError("the frame of another block")
            return plain
        except (OSError, ValueError, IndexError, struct.error, sealing.SealError,
                zstandard.ZstdError) as exc:  # fmt: skip
            if not self.failed:
                self.failed = True
                logging.getLogger(__name__).warning(
                    "cadangan %s tidak terbaca di blok %d (%s): blok yang tak terbaca di sana "
                    "dipadatkan ulang",
                    self.base.name, index, exc,
                )  # fmt: skip
            return None

    def close(self) -> None:
        os.close(self.fd)


class TooMuchChanged(Exception):
    """A differential backup would hold more than `MAX_CHANGED` of the database: make it full."""


# A differential backup holds at most this share of the database; past it a full backup is made
# (and becomes the next base), so a restore never depends on a base that is mostly stale.
MAX_CHANGED = 0.25
# Blocks packed before the header is written, while the counts for it are taken (at most this
# many packed blocks wait in memory: ~8 MB on the 10-year database, whose counts take ~0.05 s).
HELD = 32


def write_container(
    out: IO[bytes],
    blocks: "Iterator[bytes] | _Source",
    header: dict[str, Any],
    key: AnyKey | None,
    *,
    describe: Callable[[], dict[str, Any]] | None = None,
    base: Base | None = None,
    reuse: Base | None = None,
    progress: Progress | None = None,
) -> Packed:
    """Pack `blocks` (a stream, or a database file held still) into `out` under `header`: a frame
    per block (its index, then zstd), then the trailer with the digest of each block and of their
    list.

    Two packer threads read, hash and pack the blocks while this one seals and writes; the first
    one starts with `describe` (whose fields complete the header, which comes first in the file)
    while the other packs. With a `base`, only the blocks whose digests differ are packed, and
    TooMuchChanged is raised past MAX_CHANGED. With `reuse` (a full backup, sealed like it), the
    blocks that did not change take the frames of that full backup.
    """
    header.update(format=FORMAT, codec=CODEC, block_bytes=BLOCK_BYTES, digest=DIGEST)
    known = b""
    if base is not None:
        if base.block_bytes != BLOCK_BYTES:
            raise TooMuchChanged
        header["base"] = {"name": base.name, DIGEST: base.top}
        known = base.digests
    writer = _Writer(out, header, key, progress)
    if base is not None:
        blocks_in_all = -(-int(header["db_bytes"]) // BLOCK_BYTES)
        writer.limit = int(MAX_CHANGED * blocks_in_all)
    frames = None
    if reuse is not None and reuse.opener is not None and reuse.block_bytes == BLOCK_BYTES:
        with contextlib.suppress(OSError):  # a base that vanished: everything is packed
            frames = _BaseFrames(reuse)
            known = reuse.digests
    try:
        _pack_all(writer, _jobs(blocks), known, describe, frames)
    finally:
        if frames is not None:
            frames.close()
    writer.finish()
    return Packed(writer.changed, writer.reused)


def _pack_all(
    writer: "_Writer",
    jobs: Iterator[tuple[int, "_Job"]],
    known: bytes,
    describe: Callable[[], dict[str, Any]] | None,
    frames: _BaseFrames | None,
) -> None:
    with ThreadPoolExecutor(PACKERS, thread_name_prefix="cadangan") as pool:
        described = pool.submit(describe) if describe is not None else None
        waiting: deque[Future[tuple[bytes, bytes | None, bool]]] = deque()
        try:
            for index, (length, job) in enumerate(jobs):
                writer.size += length
                digest = known[index * 32 : index * 32 + 32]
                waiting.append(pool.submit(_pack, job, index, digest, frames))
                if not writer.started and (
                    described is None or described.done() or len(waiting) >= HELD
                ):
                    writer.start(described.result() if described is not None else {})
                while writer.started and len(waiting) >= AHEAD:
                    writer.take(*waiting.popleft().result())
            if not writer.started:
                writer.start(described.result() if described is not None else {})
            while waiting:
                writer.take(*waiting.popleft().result())
        finally:
            for left in waiting:  # stopped by an error: nothing more to pack
                left.cancel()


class _Writer:
    """Writes the container: the header once it is complete, then frame after frame, sealed."""

    def __init__(
        self, out: IO[bytes], header: dict[str, Any], key: AnyKey | None,
        progress: Progress | None = None,
    ) -> None:  # fmt: skip
        self.out, self.header, self.key, self.progress = out, header, key, progress
        self.sealer: Any = None
        self.started = False
        self.counter = 0
        self.digests = bytearray()
        self.size = 0
        self.changed = 0
        self.reused = 0
        self.limit: int | None = None  # most blocks a differential backup may hold

    def start(self, described: dict[str, Any]) -> None:
        self.header.update(described)
        header_bytes = _seal_header(self.header, self.key)
        self.out.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
        self.sealer = _sealer(self.header, header_bytes, self.key)
        self.started = True

    def take(self, digest: bytes, frame: bytes | None, reused: bool) -> None:
        self.digests += digest
        if self.progress is not None:
            total = int(self.header["db_bytes"])
            self.progress.update(min(len(self.digests) // 32 * BLOCK_BYTES, total), total)
        if frame is None:
            if "base" not in self.header:  # a full backup leaves no block out
                raise RuntimeError(f"block {len(self.digests) // 32 - 1} left out")
            return  # unchanged: the base of this differential backup holds it
        if reused:
            self.reused += 1
        else:
            self.changed += 1
            if self.limit is not None and self.changed > self.limit:
                raise TooMuchChanged
        self._emit(frame, last=False)

    def finish(self) -> None:
        digests = bytes(self.digests)
        trailer = {"db_bytes": self.size, "blocks": digests.hex(), DIGEST: _top_digest(digests),
                   "changed": self.changed, "reused": self.reused}  # fmt: skip
        self._emit(json.dumps(trailer).encode("utf-8"), last=True)

    def _emit(self, data: bytes, last: bool) -> None:
        if self.sealer is not None:
            data = self.sealer.seal(self.counter, data, last)
        self.out.write(struct.pack(">IB", len(data), int(last)))
        self.out.write(data)
        self.counter += 1


def _read_header(f: IO[bytes], path: Path) -> tuple[dict[str, Any], bytes]:
    if f.read(len(MAGIC)) != MAGIC:
        raise BackupError(Sentence("{name} bukan berkas cadangan BLKDesk.", name=path.name))
    try:
        (length,) = struct.unpack(">I", f.read(4))
        header_bytes = f.read(length)
        header: dict[str, Any] = json.loads(header_bytes.decode("utf-8"))
    except (struct.error, ValueError) as exc:
        raise BackupError(Sentence("Kepala berkas cadangan {name} rusak.", name=path.name)) from exc
    return header, header_bytes


def _header_key_id(header: dict[str, Any]) -> str | None:
    if "keys" in header:
        return str(header["keys"].get("key_id", ""))
    if "kdf" in header:
        return str(header["kdf"]["salt"])
    return None


def _info(path: Path, header: dict[str, Any]) -> BackupInfo:
    return BackupInfo(
        path=path,
        created_at=datetime.fromisoformat(header["created_at"]),
        reason=str(header.get("reason", "")),
        counts={k: int(v) for k, v in header.get("counts", {}).items()},
        encrypted="kdf" in header or "keys" in header,
        revision=header.get("revision"),
        audit_high=int(header.get("audit_high", 0)),
        db_bytes=int(header.get("db_bytes", 0)),
        sha256=str(header.get("sha256", "")),
        app_version=str(header.get("app_version", "")),
        source=str(header.get("source", "")),
        key_id=_header_key_id(header),
        base=str(header["base"]["name"]) if "base" in header else None,
    )


@contextlib.contextmanager
def _refused_if_unreadable(path: Path) -> Iterator[None]:
    """Reading the backup at `path`, whatever stops it (its packed content, a field missing from
    its header, the disk) is refused as a BackupError the clerk can read."""
    try:
        yield
    except (zlib.error, zstandard.ZstdError) as exc:
        raise BackupError(
            Sentence("Berkas cadangan {name} rusak: isinya tidak dapat dibuka.", name=path.name)
        ) from exc
    except (KeyError, ValueError, TypeError) as exc:
        raise BackupError(Sentence("Kepala berkas cadangan {name} rusak.", name=path.name)) from exc
    except OSError as exc:
        raise BackupError(
            Sentence(
                "Berkas cadangan {name} tidak dapat dibaca: {reason}",
                name=path.name,
                reason=os_error_text(exc),
            )
        ) from exc


def read_info(path: Path) -> BackupInfo:
    """The header only: fast enough to list hundreds of backups."""
    with _refused_if_unreadable(path), open(path, "rb") as f:
        header, _ = _read_header(f, path)
        return _info(path, header)


def _frames(f: IO[bytes], path: Path) -> Iterator[tuple[bytes, bool]]:
    """The container's frames (the same framing as sealing's), a cut-off file as a BackupError."""
    try:
        yield from sealing.read_frames(f, f"cadangan {path.name}")
    except sealing.SealError as exc:
        raise BackupError(exc.said) from exc


def data_key_for(
    header: dict[str, Any],
    *,
    password: str | None = None,
    recovery_key: str | None = None,
    key: AnyKey | None = None,
) -> bytes:
    """The key that opens a sealed backup's frames (format 1: straight from the password)."""
    if "keys" in header:
        saved = key if isinstance(key, BackupKey) else None
        if saved is None or saved.key_id != header["keys"].get("key_id"):
            saved = kept_provisional_key(str(header["keys"].get("key_id", ""))) or saved
        try:
            return sealing.unlock(
                header["keys"], password=password, recovery_key=recovery_key, saved=saved
            )
        except sealing.WrongSecret as exc:
            raise WrongPassword(exc.said) from exc
    kdf = header["kdf"]
    salt = bytes.fromhex(kdf["salt"])
    if isinstance(key, LegacyKey) and key.salt == salt and key.log2_n == int(kdf["log2_n"]):
        return key.key
    if not password:
        raise ValidationError(
            Sentence("Cadangan ini dilindungi kata sandi; masukkan kata sandi cadangan."),
            field="password",
        )
    return derive_key(password, salt, int(kdf["log2_n"])).key


class _Restored:
    """Where unpacked bytes go: hashed, counted against the header's size (a crafted file cannot
    fill the disk), and written out."""

    def __init__(self, out: IO[bytes], expected: int, name: str) -> None:
        self.out, self.expected, self.name = out, expected, name
        self.size = 0
        self.sha = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.expected:
            raise BackupError(
                Sentence(
                    "Berkas cadangan {name} rusak: isinya lebih besar dari yang tercatat.",
                    name=self.name,
                )
            )
        self.sha.update(data)
        self.out.write(data)
        return len(data)


def _decoder(codec: str, sink: _Restored) -> tuple[Callable[[bytes], None], Callable[[], bool]]:
    """(feed packed bytes, finish -> whether the stream ended properly) for `codec`."""
    if codec == "zstd":
        writer = zstandard.ZstdDecompressor().stream_writer(
            cast(IO[bytes], sink), write_size=FRAME_BYTES, closefd=False
        )

        def feed_zstd(data: bytes) -> None:
            writer.write(data)

        def finish_zstd() -> bool:
            writer.flush()  # type: ignore[no-untyped-call]
            return True  # zstd checks its own checksum; the size and SHA-256 judge the rest

        return feed_zstd, finish_zstd
    if codec == "zlib":  # backups made before zstd
        inflater = zlib.decompressobj()

        def feed_zlib(data: bytes) -> None:
            while data:  # at most FRAME_BYTES out per step, however well it was packed
                sink.write(inflater.decompress(data, FRAME_BYTES))
                data = inflater.unconsumed_tail

        def finish_zlib() -> bool:
            sink.write(inflater.flush())
            return inflater.eof

        return feed_zlib, finish_zlib
    raise BackupError(
        Sentence(
            "Cadangan memakai pemadatan {codec} yang tidak dikenal versi ini.", codec=repr(codec)
        )
    )


def _opened(
    frames: Iterator[tuple[bytes, bool]], opener: Any, header: dict[str, Any], path: Path
) -> Iterator[tuple[bytes, bool]]:
    """The container's frames, unsealed when `opener` is given."""
    for counter, (frame, last) in enumerate(frames):
        if opener is None:
            yield frame, last
            continue
        try:
            yield opener.open(counter, frame, last), last
        except sealing.SealError as exc:
            # Format 1 cannot tell a wrong password from damage; the wrapped data key of later
            # backups can (WrongPassword, before the first frame).
            if "kdf" in header:
                raise BackupError(
                    Sentence(
                        "Kata sandi cadangan salah, atau berkas cadangan {name} rusak.",
                        name=path.name,
                    )
                ) from exc
            raise BackupError(Sentence("Berkas cadangan {name} rusak.", name=path.name)) from exc


def _damaged(path: Path) -> BackupError:
    return BackupError(
        Sentence(
            "Berkas cadangan {name} rusak: isinya tidak cocok dengan sidik jarinya.", name=path.name
        )
    )


def _unpack_stream(
    f: IO[bytes], path: Path, header: dict[str, Any], opener: Any, out: IO[bytes]
) -> None:
    """Formats 1 and 2: one zlib or zstd stream cut into frames, one SHA-256 of the whole file."""
    info = _info(path, header)
    with_trailer = int(header.get("format", 1)) >= 2
    expected: dict[str, Any] = {"sha256": info.sha256, "db_bytes": info.db_bytes}
    sink = _Restored(out, info.db_bytes, path.name)
    feed, finish = _decoder(str(header.get("codec", "zlib")), sink)
    for data, last in _opened(_frames(f, path), opener, header, path):
        if last and with_trailer:
            expected = json.loads(data.decode("utf-8"))
        else:
            feed(data)
    ended = finish()
    if (
        not ended
        or sink.size != info.db_bytes
        or sink.size != int(expected["db_bytes"])
        or sink.sha.hexdigest() != expected["sha256"]
    ):
        raise _damaged(path)


def _unpack_blocks(
    f: IO[bytes],
    path: Path,
    header: dict[str, Any],
    opener: Any,
    out: IO[bytes],
    known: bytes | None,
) -> bytes:
    """Formats 3 and 4: block after block, each its own zstd frame checked against its digest;
    returns the list of block digests. A differential backup (`known`: its base's digests, whose
    blocks are already in `out`) writes its blocks over the base's and must list the others
    unchanged."""
    size, block_bytes = int(header["db_bytes"]), int(header["block_bytes"])
    name = _digest_of(header, path)
    hash_block = DIGESTS[name]
    if str(header.get("codec")) != CODEC:
        raise BackupError(
            Sentence(
                "Cadangan memakai pemadatan {codec} yang tidak dikenal.",
                codec=repr(header.get("codec")),
            )
        )
    if not 512 <= block_bytes <= 1 << 26:
        raise BackupError(Sentence("Kepala berkas cadangan {name} rusak.", name=path.name))
    count = -(-size // block_bytes)
    unpacker = zstandard.ZstdDecompressor()
    got: dict[int, bytes] = {}
    previous = -1
    trailer: dict[str, Any] | None = None
    for data, last in _opened(_frames(f, path), opener, header, path):
        if last:
            trailer = json.loads(data.decode("utf-8"))
            break
        index = struct.unpack_from(">I", data)[0] if len(data) >= 4 else -1
        in_order = index == previous + 1 if known is None else index > previous
        if not in_order or index >= count:
            raise _damaged(path)  # a block left out, repeated, swapped or beyond the size
        previous = index
        want = min(block_bytes, size - index * block_bytes)
        packed = memoryview(data)[4:]
        # The size a crafted frame claims is checked before anything is unpacked.
        claimed = zstandard.frame_content_size(packed)
        if claimed > want:
            raise BackupError(
                Sentence(
                    "Berkas cadangan {name} rusak: isinya lebih besar dari yang tercatat.",
                    name=path.name,
                )
            )
        if claimed != want:
            raise _damaged(path)
        block = unpacker.decompress(packed)
        if len(block) != want:
            raise _damaged(path)
        got[index] = hash_block(block)
        if known is not None:
            out.seek(index * block_bytes)
        out.write(block)
    if trailer is None:
        raise _damaged(path)
    listed = bytes.fromhex(str(trailer["blocks"]))
    if (
        len(listed) != count * 32
        or int(trailer["db_bytes"]) != size
        or str(trailer[name]) != _top_digest(listed, name)
    ):
        raise _damaged(path)
    for index in range(count):
        digest = listed[index * 32 : index * 32 + 32]
        kept = known[index * 32 : index * 32 + 32] if known is not None else b""
        if got.get(index, kept) != digest:
            raise _damaged(path)
    if known is not None:
        out.truncate(size)
    return listed


def _unpack_base(
    path: Path,
    ref: dict[str, Any],
    fmt: int,
    out: IO[bytes],
    *,
    password: str | None,
    recovery_key: str | None,
    key: AnyKey | None,
) -> bytes:
    """Write the full backup that the differential `path` builds on; returns its block digests."""
    name = str(ref["name"])
    base = path.with_name(Path(name).name)
    if base.name != name or not base.is_file():
        raise BackupError(
            Sentence(
                "Cadangan {name} hanya berisi perubahan sejak cadangan {base}, yang tidak ada di "
                "folder yang sama. Salin keduanya ke satu folder, lalu ulangi.",
                name=path.name,
                base=name,
            )
        )
    with open(base, "rb") as f:
        header, header_bytes = _read_header(f, base)
        # Only a full backup of the same format (and so the same digest) can be the base.
        if header.get("format") != fmt or "base" in header:
            raise BackupError(
                Sentence(
                    "Cadangan {name} rusak: dasarnya {base} tidak cocok.", name=path.name, base=name
                )
            )
        opener = _opener_for(
            header, header_bytes, password=password, recovery_key=recovery_key, key=key
        )
        digests = _unpack_blocks(f, base, header, opener, out, None)
        digest = _digest_of(header, base)
    if _top_digest(digests, digest) != str(ref[digest]):
        raise BackupError(
            Sentence(
                "Cadangan {name} rusak: dasarnya {base} tidak cocok.", name=path.name, base=name
            )
        )
    return digests


def _opener_for(
    header: dict[str, Any],
    header_bytes: bytes,
    *,
    password: str | None,
    recovery_key: str | None,
    key: AnyKey | None,
) -> Any:
    """What opens the frames of a sealed backup; None for a plaintext one."""
    if "kdf" not in header and "keys" not in header:
        return None
    data_key = data_key_for(header, password=password, recovery_key=recovery_key, key=key)
    return sealing.Opener(data_key, bytes.fromhex(header["nonce_prefix"]), header_bytes)


def extract(
    path: Path,
    target: Path,
    *,
    password: str | None = None,
    key: AnyKey | None = None,
    recovery_key: str | None = None,
) -> BackupInfo:
    """Write the database inside `path` to `target`; refuse anything damaged or tampered with."""
    with _refused_if_unreadable(path), open(path, "rb") as f:
        header, header_bytes = _read_header(f, path)
        info = _info(path, header)
        opener = _opener_for(
            header, header_bytes, password=password, recovery_key=recovery_key, key=key
        )
        fmt = int(header.get("format", 1))
        if fmt > FORMAT:
            raise BackupError(
                Sentence(
                    "Cadangan {name} dibuat oleh versi BLKDesk yang lebih baru; perbarui "
                    "BLKDesk untuk membukanya.",
                    name=path.name,
                )
            )
        with atomic_write(target, sync_every=SYNC_EVERY) as out:
            if fmt < 3:
                _unpack_stream(f, path, header, opener, out)
            elif "base" in header:
                known = _unpack_base(
                    path, header["base"], fmt, out,
                    password=password, recovery_key=recovery_key, key=key,
                )  # fmt: skip
                _unpack_blocks(f, path, header, opener, out, known)
            else:
                _unpack_blocks(f, path, header, opener, out, None)
    return info


# --- making backups ----------------------------------------------------------------------------


def create_backup(
    db_path: Path,
    reason: str,
    *,
    folder: Path | None = None,
    key: AnyKey | None = None,
    copy_dir: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    differential: bool = False,
) -> BackupResult:
    """Back up the SQLite file at `db_path` into `folder` (and a copy into `copy_dir`).

    A full disk raises `DiskFull` and leaves every earlier backup as it was. `progress` hears
    how much of the database has been packed. `differential`: only the blocks that differ from
    the newest full backup sealed the same way, when there is one and little changed since
    (what is left to back up when BLKDesk closes); otherwise a full backup, which copies the
    packed frames of the blocks unchanged since that full backup when both are sealed
    (`_BaseFrames`).
    """
    now = now or utcnow()
    folder = folder or folder_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _target_name(folder, now, reason)
    base = _base_for(folder, key)
    with _consistent_source(db_path, folder) as source:
        header: dict[str, Any] = {
            "created_at": now.isoformat(),
            "reason": reason,
            "source": str(db_path),
            "app_version": __version__,
            "db_bytes": source.size,
        }

        def describe() -> dict[str, Any]:
            return _describe(source.conn)

        try:
            with atomic_write(target, sync_every=SYNC_EVERY) as out:
                if differential and base is not None:
                    packed = write_container(out, source, dict(header), key, describe=describe,
                                             base=base, progress=progress)  # fmt: skip
                else:
                    packed = write_container(out, source, header, key, describe=describe,
                                             reuse=base, progress=progress)  # fmt: skip
        except TooMuchChanged:
            with atomic_write(target, sync_every=SYNC_EVERY) as out:
                packed = write_container(out, source, header, key, describe=describe,
                                         reuse=base, progress=progress)  # fmt: skip
    result = BackupResult(info=read_info(target), packed=packed)
    result.pruned = prune(folder, now)
    if copy_dir is not None:
        copy_to_second_folder(result, copy_dir, now)
    return result


def copy_to_second_folder(result: BackupResult, copy_dir: Path, now: datetime) -> None:
    """The administrator's second folder (a flash disk, another disk) gets a copy too; a copy
    that fails is said in `result.copy_error`, the backup itself stands."""
    try:
        _copy_with_base(result.info, copy_dir)
        result.copied_to = copy_dir / result.info.path.name
        prune(copy_dir, now)
    except BlkError as exc:
        result.copy_error = exc.said


def _copy_with_base(info: BackupInfo, copy_dir: Path) -> None:
    """Copy a backup to the second folder, with the full backup it builds on when missing."""
    if info.base is not None and not (copy_dir / info.base).exists():
        copy_file(info.path.with_name(info.base), copy_dir / info.base)
    copy_file(info.path, copy_dir / info.path.name)


def _base_for(folder: Path, key: AnyKey | None) -> Base | None:
    """The newest full backup in `folder` sealed like the next one, when it is readable: what a
    differential backup builds on, and whose frames a sealed full one reuses. Only its header and
    trailer are read here. (A one-off backup under a password of its own, `blkdesk backup
    --password`, has another key: the newest one sealed with the database's key is taken.)"""
    if isinstance(key, LegacyKey):
        return None
    key_id = key.key_id if key is not None else None
    full = next((i for i in list_backups(folder) if i.base is None and i.key_id == key_id), None)
    if full is None:
        return None
    try:
        with open(full.path, "rb") as f:
            header, header_bytes = _read_header(f, full.path)
            if header.get("format") != FORMAT or header.get("digest") != DIGEST:
                return None
            frames: list[tuple[int, int]] = []
            while True:  # from frame to frame by their lengths, to the trailer
                head = f.read(5)
                if len(head) < 5:
                    return None
                length, last = struct.unpack(">IB", head)
                if last:
                    data = f.read(length)
                    break
                frames.append((f.tell(), length))
                f.seek(length, os.SEEK_CUR)
            counter = len(frames)
            opener = _opener_for(header, header_bytes, password=None, recovery_key=None, key=key)
            if opener is not None:
                data = opener.open(counter, data, True)
        trailer = json.loads(data.decode("utf-8"))
        digests = bytes.fromhex(str(trailer["blocks"]))
        if _top_digest(digests) != trailer[DIGEST]:
            return None
        return Base(full.path.name, str(trailer[DIGEST]), digests, int(header["block_bytes"]),
                    full.path, tuple(frames), opener)  # fmt: skip
    except (OSError, BlkError, sealing.SealError, ValueError, KeyError, TypeError, struct.error):
        return None


def _file_blocks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as f:
        while block := f.read(FRAME_BYTES):
            yield block


def key_in_damaged_file(db_path: Path) -> AnyKey | None:
    """The backup key a damaged file may still tell (read-only); else None."""
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (KEY_SETTING,)).fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row and row[0] else None
        return key_from_setting(value) if value else None
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None


def seal_damaged_copy(db_path: Path, key: AnyKey | None, now: datetime | None = None) -> Path:
    """Keep a file too damaged to back up, byte for byte, sealed in the backup folder before a
    restore overwrites it (an IT officer may still rescue recent work from it with `extract`).

    Sealed under `key` (the database's, when it can still be read) or else under a provisional
    key kept in this PC's data folder: never a readable copy, since nobody chose that.
    """
    if key is None:
        key, _recovery = sealing.provisional_key()
        keep_provisional_key(key)
    now = now or utcnow()
    folder = folder_for(db_path)
    target = _target_name(folder, now, "rusak")
    header: dict[str, Any] = {
        "created_at": now.isoformat(), "reason": "rusak", "source": str(db_path),
        "app_version": __version__, "counts": {}, "revision": None, "audit_high": 0,
    }  # fmt: skip
    try:
        header["db_bytes"] = db_path.stat().st_size
        with atomic_write(target, sync_every=SYNC_EVERY) as out:
            write_container(out, _file_blocks(db_path), header, key)
    except OSError as exc:
        raise BackupError(
            Sentence(
                "Berkas {name} tidak dapat dibaca untuk disimpan: {reason}",
                name=db_path.name,
                reason=os_error_text(exc),
            )
        ) from exc
    return target


# --- encryption by default ---------------------------------------------------------------------


class Protection(StrEnum):
    SEALED = "sealed"  # a backup password (and its recovery key) is set
    # Sealed under BLKDesk's own key: no password yet, its recovery key not yet printed.
    PROVISIONAL = "provisional"
    PLAINTEXT = "plaintext"  # an administrator chose unencrypted backups, on the record
    UNDECIDED = "undecided"  # nothing yet: no backup made since the database was created


def _setting(session: Session, name: str) -> Any:
    row = session.get(Setting, name)
    return json.loads(row.value) if row and row.value else None


def _put(session: Session, name: str, value: Any) -> None:
    row = session.get(Setting, name)
    if row is None:
        session.add(Setting(key=name, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def configured_key(session: Session) -> AnyKey | None:
    value = _setting(session, KEY_SETTING)
    return key_from_setting(value) if value else None


def protection(session: Session) -> Protection:
    if configured_key(session) is not None:
        pending = _setting(session, PENDING_RECOVERY_SETTING)
        return Protection.PROVISIONAL if pending else Protection.SEALED
    return Protection.PLAINTEXT if _setting(session, PLAINTEXT_SETTING) else Protection.UNDECIDED


def _provisional(session: Session) -> BackupKey:
    key, recovery = sealing.provisional_key()
    save_provisional(session, key, recovery)
    return key


def save_provisional(session: Session, key: BackupKey, recovery: str) -> None:
    _put(session, KEY_SETTING, key.as_setting())
    _put(session, PENDING_RECOVERY_SETTING, recovery)
    keep_provisional_key(key)
    logging.getLogger(__name__).info(
        "kunci cadangan sementara dibuat (sidik %s): kata sandi cadangan belum diatur", key.key_id
    )


# A provisional key is also kept in a file in this PC's data folder (never with the backups,
# never on the second folder), so that the backups made under it still open on this PC when the
# database that holds the key is itself damaged: nobody has printed its recovery key yet. The
# file is no weaker than the database beside it, which holds the same data in the clear; it is
# removed once an administrator sets the password and prints the sheet.


def _provisional_file(key_id: str) -> Path:
    return data_dir() / "kunci-sementara" / f"{re.sub(r'[^0-9a-f]', '', key_id)}.json"


def keep_provisional_key(key: BackupKey) -> None:
    path = _provisional_file(key.key_id)
    with atomic_write(path) as out:
        out.write(json.dumps(key.as_setting()).encode("utf-8"))
    if os.name != "nt":
        path.chmod(0o600)


def kept_provisional_key(key_id: str) -> BackupKey | None:
    path = _provisional_file(key_id)
    try:
        key = BackupKey.from_setting(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return key if key.key_id == key_id else None


def _forget_provisional_key(key_id: str) -> None:
    with contextlib.suppress(OSError):
        _provisional_file(key_id).unlink(missing_ok=True)


def sealing_key(session: Session) -> AnyKey | None:
    """The key the next backup is sealed with; None only when an administrator chose plaintext.

    A database where nobody has decided yet gets its provisional key here (the caller commits).
    """
    key = configured_key(session)
    if key is not None or _setting(session, PLAINTEXT_SETTING):
        return key
    return _provisional(session)


@dataclass(frozen=True)
class FileKey:
    """`sealing_key` of a file not yet opened through SQLAlchemy (its backup before migrating)."""

    key: AnyKey | None
    # A provisional key for a file from before the settings table, stored once it is migrated.
    unsaved: tuple[BackupKey, str] | None = None


def sealing_key_in_file(db_path: Path) -> FileKey:
    conn = sqlite3.connect(db_path, timeout=30)
    try:
        has_settings = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'setting'"
        ).fetchone()
        if has_settings:
            rows = dict(conn.execute(
                "SELECT key, value FROM setting WHERE key IN (?, ?)",
                (KEY_SETTING, PLAINTEXT_SETTING),
            ).fetchall())  # fmt: skip
            value = json.loads(rows.get(KEY_SETTING) or "null")
            if value:
                return FileKey(key_from_setting(value))
            if json.loads(rows.get(PLAINTEXT_SETTING) or "null"):
                return FileKey(None)
        key, recovery = sealing.provisional_key()
        keep_provisional_key(key)
        if not has_settings:
            return FileKey(key, (key, recovery))
        with conn:
            conn.executemany(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                [(KEY_SETTING, json.dumps(key.as_setting())),
                 (PENDING_RECOVERY_SETTING, json.dumps(recovery))],
            )  # fmt: skip
        return FileKey(key)
    except (ValueError, KeyError, TypeError) as exc:
        raise DatabaseError(
            Sentence("Pengaturan cadangan di {name} rusak.", name=db_path.name)
        ) from exc
    finally:
        conn.close()


def pending_recovery_key(session: Session) -> str | None:
    """The provisional key's recovery key, while no administrator has printed it."""
    value = _setting(session, PENDING_RECOVERY_SETTING)
    return str(value) if value else None


def set_backup_password(session: Session, actor: Actor, password: str) -> str:
    """Seal future backups under `password`; returns the recovery key, to be printed once.

    Only the data key and its two wraps are stored, never the password or the recovery key, and
    the audit row carries neither. Over a provisional key, its data key and recovery key are kept
    (the backups made meanwhile open with the sheet printed now); otherwise both are new, and
    earlier backups keep the key they were sealed with.
    """
    require(actor, Action.EDIT_SETTINGS)
    pending = pending_recovery_key(session)
    current = configured_key(session)
    if pending and isinstance(current, BackupKey):
        key, recovery = sealing.key_with(current.data_key, password, pending), pending
        _forget_provisional_key(key.key_id)  # the sheet printed now takes its place
    else:
        key, recovery = sealing.new_key(password)
    _put(session, KEY_SETTING, key.as_setting())
    _put(session, PLAINTEXT_SETTING, False)
    _put(session, PENDING_RECOVERY_SETTING, None)
    audit.record(session, actor, "set_password", "backup", key.key_id)
    return recovery


def choose_unencrypted(session: Session, actor: Actor, reason: str) -> str | None:
    """An administrator's explicit, audited choice of backups anyone can read.

    Returns the provisional key's recovery key when backups were sealed under it: they stay
    sealed, and that key (to be printed) is then the only way to open them on another PC.
    """
    require(actor, Action.EDIT_SETTINGS)
    if actor.role != Role.ADMIN:
        raise PermissionDenied(
            Sentence("Hanya administrator yang dapat memilih cadangan tanpa enkripsi.")
        )
    reason = clean_text(reason)
    if len(reason) < 5:
        raise ValidationError(
            Sentence("Tulis alasan memilih cadangan tanpa enkripsi (dicatat di jejak audit)."),
            field="reason",
        )
    pending = pending_recovery_key(session)
    _put(session, KEY_SETTING, None)
    _put(session, PLAINTEXT_SETTING, True)
    _put(session, PENDING_RECOVERY_SETTING, None)
    audit.record(session, actor, "choose_unencrypted", "backup", reason=reason)
    return pending


def configured_copy_dir(session: Session) -> Path | None:
    row = session.get(Setting, COPY_DIR_SETTING)
    value = json.loads(row.value) if row else ""
    return Path(value) if value else None


def set_copy_dir(session: Session, actor: Actor, folder: Path | None) -> None:
    """A second folder (a USB drive) that receives a copy of every backup."""
    from blkdesk.core import settings

    if folder is not None and not folder.is_dir():
        raise ValidationError(
            Sentence("Folder {folder} tidak ditemukan.", folder=folder), field="backup_copy_dir"
        )
    settings.put(session, actor, COPY_DIR_SETTING, str(folder) if folder else "")


# --- listing and pruning -----------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """Readable backups in `folder`, newest first (a damaged header is skipped, not fatal)."""
    infos = []
    for path in folder.glob("*" + SUFFIX):
        with contextlib.suppress(BackupError):
            infos.append(read_info(path))
    return sorted(infos, key=lambda i: (i.created_at, i.path.name), reverse=True)


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
    # A differential backup is nothing without its base: a kept one keeps its base too.
    bases = {infos[i].base for i in keep if infos[i].base is not None}
    removed = []
    for index, info in enumerate(infos):
        if index not in keep and info.path.name not in bases:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


# --- verifying and restoring -------------------------------------------------------------------


def verify(
    path: Path,
    *,
    password: str | None = None,
    key: AnyKey | None = None,
    recovery_key: str | None = None,
    work_dir: Path | None = None,
) -> str | None:
    """None when the backup decodes and its database passes quick_check; otherwise why not.

    The decoded copy lives in `work_dir` (the database's backup folder by default, where the next
    start cleans up whatever a kill left; never the system's temporary folder).
    """
    from blkdesk.core.storage.integrity import quick_check

    folder = work_dir or path.parent
    with tempfile.TemporaryDirectory(prefix=WORK_PREFIX_CHECK, dir=folder) as tmp:
        target = Path(tmp) / "check.sqlite"
        try:
            extract(path, target, password=password, key=key, recovery_key=recovery_key)
        except WrongPassword:
            raise
        except BlkError as exc:
            return exc.said
        report = quick_check(target)
        return None if report.ok else report.summary()


def newest_good_backup(
    folder: Path,
    *,
    key: AnyKey | None = None,
    password: str | None = None,
    recovery_key: str | None = None,
) -> BackupInfo | None:
    """The newest backup that opens and passes quick_check (encrypted ones need the key).

    When none does and the password or recovery key given opened none of the sealed ones, that is
    said precisely (WrongPassword), rather than "no good backup".
    """
    wrong = locked = 0
    for info in list_backups(folder):
        if (
            info.encrypted
            and key is None
            and not password
            and not recovery_key
            and (info.key_id is None or kept_provisional_key(info.key_id) is None)
        ):
            locked += 1
            continue
        try:
            if verify(info.path, password=password, key=key, recovery_key=recovery_key,
                      work_dir=folder) is None:  # fmt: skip
                return info
        except (WrongPassword, ValidationError):
            wrong += 1
    if wrong:
        what = (
            Sentence("Kunci cadangan")
            if recovery_key and not password
            else Sentence("Kata sandi cadangan")
        )
        raise WrongPassword(
            Sentence(
                "{what} salah: tidak membuka satu pun dari {n} cadangan terenkripsi. Periksa "
                "lagi, atau pakai kunci cadangan dari lembar yang dicetak.",
                what=what,
                n=number(wrong),
            )
        )
    if locked:
        raise ValidationError(
            Sentence(
                "Ada {n} cadangan terenkripsi; berikan kata sandi cadangan atau kunci cadangan.",
                n=number(locked),
            ),
            field="password",
        )
    return None


# --- work files and old plaintext backups --------------------------------------------------------

WORK_PREFIX_SNAPSHOT = ".snapshot-"
WORK_PREFIX_CHECK = ".periksa-"
WORK_PREFIX_RESTORE = ".pemulihan-"


def _work_files(db_path: Path) -> list[Path]:
    """Plaintext copies BLKDesk makes while it works (a snapshot being sealed, a backup being
    checked or restored, a half-written backup), which only a kill can leave behind."""
    found: list[Path] = []
    live_dir = db_path.parent
    restore_names = re.compile(
        rf"^{re.escape(WORK_PREFIX_RESTORE)}({re.escape(db_path.stem)}-)?[\w]+\.sqlite"
        r"(-wal|-shm|-journal)?$"
    )
    if live_dir.is_dir():
        found += [p for p in live_dir.iterdir() if restore_names.match(p.name)]
    folder = folder_for(db_path)
    for item in folder.iterdir():
        name = item.name
        if name.startswith((WORK_PREFIX_SNAPSHOT, WORK_PREFIX_CHECK)) or (
            name.startswith(".blkdesk-") and name.endswith(".tmp")
        ):
            found.append(item)
    return found


def clean_work_files(db_path: Path) -> list[Path]:
    """Remove what `_work_files` finds; call at start-up while holding the instance lock."""
    import shutil

    removed = []
    for item in _work_files(db_path):
        try:
            if item.is_dir():
                shutil.rmtree(item)
            else:
                item.unlink()
        except FileNotFoundError:
            continue
        removed.append(item)
    if removed:
        logging.getLogger(__name__).warning(
            "%d berkas kerja sisa (salinan data tanpa enkripsi) dihapus: %s",
            len(removed), ", ".join(p.name for p in removed),
        )  # fmt: skip
    return removed


def plaintext_backups(db: "Database") -> list[BackupInfo]:
    """Backups anyone who finds them can read, here and in the second folder."""
    if db.path is None:
        return []
    found = [i for i in list_backups(folder_for(db.path)) if not i.encrypted]
    try:
        with db.session() as session:
            copy_dir = configured_copy_dir(session)
    except SQLAlchemyError:
        copy_dir = None
    if copy_dir is not None and copy_dir.is_dir():
        found += [i for i in list_backups(copy_dir) if not i.encrypted]
    return found


def reseal(path: Path, key: BackupKey) -> None:
    """Encrypt a plaintext backup in place: its compressed frames are sealed one by one into a
    new file that replaces the old one, so no decoded copy of the database is ever written."""
    with open(path, "rb") as src:
        header, _ = _read_header(src, path)
        if "kdf" in header or "keys" in header:
            return
        header_bytes = _seal_header(header, key)
        sealer = _sealer(header, header_bytes, key)
        with atomic_write(path) as out:
            out.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
            for counter, (frame, last) in enumerate(_frames(src, path)):
                sealed = sealer.seal(counter, frame, last)
                out.write(struct.pack(">IB", len(sealed), int(last)) + sealed)


def reseal_plaintext_backups(db: "Database", actor: Actor) -> int:
    """Seal every plaintext backup of `db` with its backup key; returns how many."""
    require(actor, Action.EDIT_SETTINGS)
    with db.session() as session:
        key = configured_key(session)
    if not isinstance(key, BackupKey):
        raise ValidationError(
            Sentence(
                "Atur dulu kata sandi cadangan (dengan kunci cadangan), lalu enkripsi cadangan "
                "lama."
            )
        )
    infos = plaintext_backups(db)
    for info in infos:
        reseal(info.path, key)
    with db.transaction() as session:
        audit.record(session, actor, "reseal", "backup", key.key_id, {"jumlah": [None, len(infos)]})
    return len(infos)
