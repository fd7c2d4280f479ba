"""One writer per SQLite file: a lock file beside the database.

The lock is an operating-system lock on `<database>.lock` (flock on POSIX, a byte-range lock on
Windows). The OS drops it when the process dies, however it dies, so a lock left by a crash or a
power cut is recovered by the next start without asking anyone. The file's content (who, on which
PC, which process, since when) is only there to tell a second BLKDesk whom to ask.
"""

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from blkdesk.core.clock import sentence_time, utcnow
from blkdesk.core.errors import DatabaseError
from blkdesk.core.sentences import Sentence

# Windows locks a byte range; lock one far past the JSON so reading the holder stays possible.
_WIN_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: datetime

    def describe(self) -> str:
        return Sentence(
            "{user} di komputer {host} (proses {pid}) sejak {since}",
            user=self.user,
            host=self.host,
            pid=self.pid,
            since=sentence_time(self.since),
        )


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return Holder(user=user, host=socket.gethostname(), pid=os.getpid(), since=utcnow())


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WIN_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WIN_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _parse(text: str) -> Holder | None:
    try:
        data: dict[str, Any] = json.loads(text)
        return Holder(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=datetime.fromisoformat(data["since"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


def _read(handle: IO[str]) -> Holder | None:
    handle.seek(0)
    return _parse(handle.read(4096).strip())


def read_holder(db_path: Path) -> Holder | None:
    """Who the lock file names (it may be stale: only `acquire` knows whether it is held)."""
    try:
        return _parse(lock_path(db_path).read_text(encoding="utf-8").strip())
    except OSError:
        return None


class InstanceLock:
    """Held for as long as this BLKDesk works on the file; `release()` (or exit) frees it."""

    def __init__(self, db_path: Path, handle: IO[str], holder: Holder, recovered: Holder | None):
        self.db_path = db_path
        self.holder = holder
        # The holder a crashed BLKDesk left in the file, when this start recovered its lock.
        self.recovered = recovered
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, db_path: Path) -> "InstanceLock":
        path = lock_path(db_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Opened without truncating: the holder's details must survive our failed attempt.
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
        if not _try_lock(handle):
            holder = _read(handle)
            handle.close()
            who = holder.describe() if holder else Sentence("BLKDesk lain")
            raise DatabaseError(
                Sentence(
                    "Database ini sedang dibuka oleh {who}. Hanya satu BLKDesk boleh mengubah "
                    "berkas yang sama; tutup BLKDesk di sana lebih dulu, atau pakai server "
                    "PostgreSQL untuk bekerja bersama beberapa PC.",
                    who=who,
                )
            )
        try:
            stale = _read(handle)
            me = _me()
            handle.seek(0)
            handle.truncate()
            handle.write(
                json.dumps(
                    {"user": me.user, "host": me.host, "pid": me.pid, "since": me.since.isoformat()}
                )
            )
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:  # a full disk, say: the lock is not taken, and nothing stays open
            _unlock(handle)
            handle.close()
            raise
        return cls(db_path, handle, me, stale)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        """Empty the file (an empty lock file means a clean exit) and drop the OS lock.

        The file is not deleted: another process may already be waiting on this very file, and
        deleting it would let a third one lock a new file beside it.
        """
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()
            handle.flush()
            _unlock(handle)
        finally:
            handle.close()

    def __enter__(self) -> "InstanceLock":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
