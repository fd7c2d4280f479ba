"""Writing files so that a full disk or a power cut never leaves a half-written file behind.

Everything is written to a temporary file beside the target, flushed to the disk, and only then
renamed over the target. Until the rename the previous file is untouched.

A temporary file may hold personal data (an export, a PDF of names, a backup being sealed) in
whatever folder the clerk chose. So each is announced, while it exists, by a marker in the data
folder that its process keeps locked: a kill leaves the marker unlocked, and the next start
removes the file it names (`clean_abandoned`), leaving the markers of writes still running alone.

Files other programs make for us go to the process's own temporary folder (`private_temp`):
a print job is spooled by libcups as a whole PDF of certificates or names in $TMPDIR, /tmp by
default, readable there until the job is sent, and left behind when BLKDesk is killed meanwhile.
That folder is inside the data folder (rwx------), locked while the process lives, and removed by
the next start once no process holds it.
"""

import contextlib
import errno
import io
import json
import logging
import os
import secrets
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from blkdesk.core.errors import BlkError
from blkdesk.core.sentences import Sentence

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer


class DiskFull(BlkError):
    """The disk ran out of space; the previous file (if any) is still intact."""


class WriteFailed(BlkError):
    """The file could not be written for another reason; the previous file is still intact."""


# The operating system's reasons, in the clerk's language (its own strerror is English).
_REASONS = {
    errno.ENOENT: Sentence("Berkas atau folder tidak ada."),
    errno.EACCES: Sentence("Tidak ada izin untuk mengaksesnya."),
    errno.EPERM: Sentence("Tidak ada izin untuk mengaksesnya."),
    errno.EROFS: Sentence("Disk hanya bisa dibaca (mis. flashdisk yang dikunci)."),
    errno.ENOSPC: Sentence("Disk penuh."),
    errno.EDQUOT: Sentence("Jatah disk habis."),
    errno.EISDIR: Sentence("Itu sebuah folder, bukan berkas."),
    errno.ENOTDIR: Sentence("Bagian jalurnya bukan folder."),
    errno.EEXIST: Sentence("Sudah ada."),
    errno.EBUSY: Sentence("Sedang dipakai program lain."),
    errno.ETXTBSY: Sentence("Sedang dipakai program lain."),
    errno.ENAMETOOLONG: Sentence("Nama berkasnya terlalu panjang."),
    errno.EIO: Sentence("Disk gagal membaca atau menulis (periksa disk atau flashdisk)."),
    errno.EMFILE: Sentence("Terlalu banyak berkas terbuka; tutup BLKDesk lalu buka lagi."),
}


# Windows says a file another program holds open (Excel keeps its workbook so) with these codes,
# which Python turns into EACCES: looked at first, or the clerk would be told of permissions.
_IN_USE_WINERRORS = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def os_error_text(exc: OSError) -> str:
    """One Indonesian clause for an operating-system error, ending with a full stop."""
    if getattr(exc, "winerror", None) in _IN_USE_WINERRORS:
        return Sentence(
            "Berkas sedang dibuka program lain (mis. Excel); tutup dulu di sana, lalu ulangi."
        )
    reason = _REASONS.get(exc.errno or 0)
    if reason is not None:
        return reason
    if exc.errno:
        return Sentence("Galat sistem berkas (kode {code}).", code=exc.errno)
    return Sentence("Galat sistem berkas.")


class OutputFolderMissing(BlkError):
    """The folder a file is to be written into does not exist."""


def check_output(target: Path, suffix: str | None = None) -> None:
    """Refuse to write where there is no folder (a mistyped --out), or under a name without the
    file's own `suffix` (a workbook saved as `laporan` or `laporan.csv` opens in nothing on a
    double click), before any work is done."""
    folder = Path(target).expanduser().parent
    if not folder.is_dir():
        raise OutputFolderMissing(
            Sentence(
                "Folder {folder} tidak ada. Buat dulu foldernya atau pilih tempat lain, lalu "
                "ulangi.",
                folder=folder,
            )
        )
    if Path(target).is_dir():
        raise OutputFolderMissing(
            Sentence("{target} adalah folder; tulis juga nama berkasnya.", target=target)
        )
    if suffix is not None and Path(target).suffix.lower() != suffix:
        raise OutputFolderMissing(
            Sentence(
                "Nama berkas {name} harus berakhiran {suffix}, mis. {example}.",
                name=Path(target).name, suffix=suffix,
                example=Path(target).with_suffix(suffix).name,
            )
        )  # fmt: skip


def _explain(exc: OSError, target: Path) -> BlkError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        keep = (
            Sentence("Berkas lama tetap utuh.")
            if target.exists()
            else Sentence("Tidak ada berkas yang setengah jadi.")
        )
        return DiskFull(
            Sentence(
                "Disk penuh saat menulis {name} di {folder}. {keep} "
                "Kosongkan ruang disk atau pilih tempat lain, lalu ulangi.",
                name=target.name,
                folder=target.parent,
                keep=keep,
            )
        )
    return WriteFailed(
        Sentence(
            "Berkas {name} tidak dapat ditulis di {folder}: {reason} "
            "Berkas lama (jika ada) tetap utuh.",
            name=target.name,
            folder=target.parent,
            reason=os_error_text(exc),
        )
    )


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _markers() -> Path:
    from blkdesk.core.storage.paths import private_folder

    return private_folder("berkas-sementara")  # a marker names the file: maybe a trainee's


@contextmanager
def _announced(tmp: Path) -> Iterator[None]:
    """`tmp` is named in a locked marker while the block runs (see the module's docstring)."""
    from blkdesk.core.storage.instance_lock import InstanceLock, lock_path

    marker = _markers() / f"{secrets.token_hex(8)}.json"
    lock = None
    try:
        lock = InstanceLock.acquire(marker)  # locked before the marker exists: never seen free
        marker.write_text(json.dumps({"path": str(tmp)}), encoding="utf-8")
    except (OSError, BlkError):  # a data folder that cannot be written must not stop the write
        # (No file name in the log: a clerk may have named the file after a trainee.)
        logging.getLogger(__name__).warning("sebuah berkas sementara tidak dapat dicatat")
    try:
        yield
    finally:
        if lock is not None:
            lock.release()
            with contextlib.suppress(OSError):
                marker.unlink(missing_ok=True)
                lock_path(marker).unlink(missing_ok=True)


def _temp_root() -> Path:
    from blkdesk.core.storage.paths import private_folder

    return private_folder("sementara")


@contextmanager
def private_temp() -> Iterator[Path]:
    """While the block runs, $TMPDIR (TMP and TEMP on Windows) and Python's `tempfile` point at
    a folder of this process in the data folder, so spooled print jobs and other programs'
    scratch files are private; the folder is removed afterwards, or by the next start after a
    kill."""
    from blkdesk.core.storage.instance_lock import InstanceLock, lock_path

    folder = _temp_root() / secrets.token_hex(8)
    lock = InstanceLock.acquire(folder)  # before the folder exists: never seen unlocked
    names = ("TMPDIR", "TMP", "TEMP")
    before = {name: os.environ.get(name) for name in names}
    try:
        folder.mkdir(mode=0o700, parents=True)
        for name in names:
            os.environ[name] = str(folder)
        tempfile.tempdir = None  # `tempfile` caches the folder it found first
        yield folder
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        tempfile.tempdir = None
        shutil.rmtree(folder, ignore_errors=True)
        lock.release()
        with contextlib.suppress(OSError):
            lock_path(folder).unlink(missing_ok=True)


def _clean_abandoned_temp() -> int:
    """Remove the temporary folders of processes that are gone; returns how many."""
    from blkdesk.core.storage.instance_lock import InstanceLock, lock_path

    root = _temp_root()
    if not root.is_dir():
        return 0
    removed = 0
    for folder in root.iterdir():
        if not folder.is_dir():
            continue
        try:
            lock = InstanceLock.acquire(folder)
        except BlkError:
            continue  # a BLKDesk still running
        try:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
        finally:
            lock.release()
            with contextlib.suppress(OSError):
                lock_path(folder).unlink(missing_ok=True)
    return removed


def clean_abandoned() -> list[Path]:
    """Remove the temporary files a kill left wherever they were being written, and the
    temporary folders of processes that are gone; call at start."""
    from blkdesk.core.storage.instance_lock import InstanceLock, lock_path

    if _clean_abandoned_temp():
        logging.getLogger(__name__).warning("folder sementara proses yang terhenti dihapus")
    folder = _markers()
    if not folder.is_dir():
        return []
    removed = []
    for marker in folder.glob("*.json"):
        try:
            lock = InstanceLock.acquire(marker)
        except BlkError:
            continue  # a write in progress
        try:
            left = Path(json.loads(marker.read_text(encoding="utf-8"))["path"])
            if left.is_file():
                left.unlink()
                removed.append(left)
        except (OSError, ValueError, KeyError, TypeError):
            pass
        finally:
            lock.release()
            with contextlib.suppress(OSError):
                marker.unlink(missing_ok=True)
                lock_path(marker).unlink(missing_ok=True)
    if removed:  # counted, not named: a clerk may have named a file after a trainee
        logging.getLogger(__name__).warning(
            "%d berkas sementara sisa penulisan yang terhenti dihapus", len(removed)
        )
    return removed


@contextmanager
def _temporary_for(target: Path, tmp: Path) -> Iterator[None]:
    """`tmp`, being written to replace `target`, is announced while the block runs and removed
    when it fails; an `OSError` is raised again as `DiskFull` or `WriteFailed` for `target`."""
    with _announced(tmp):
        try:
            yield
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise _explain(exc, target) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


@contextmanager
def replaced_when_done(target: Path) -> Iterator[Path]:
    """A path beside `target` for a writer that opens files itself (Qt's PDF writer): renamed
    over `target` when the block ends cleanly, removed otherwise (and by the next start after a
    kill), so no half-written file is ever left at `target`."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    with _temporary_for(target, tmp):
        yield tmp
        os.replace(tmp, target)


class _SyncedBehind(io.BufferedWriter):
    """A file whose bytes go to the disk while it is still being written: every `every` bytes,
    what was written so far is synced on another thread (fsync releases the GIL), so the sync
    at the end waits only for the last stretch. On a backup of the 10-year database the final
    fsync of 208 MB took ~0.23 s of ~1.1 s after the packing; on a regency PC's hard disk it is
    seconds. A failed background sync is raised by the next write, or by `settle`."""

    def __init__(self, raw: io.FileIO, every: int) -> None:
        super().__init__(raw)
        self._every = every
        self._since = 0
        self._syncing: threading.Thread | None = None
        self._error: OSError | None = None

    def write(self, data: "ReadableBuffer", /) -> int:
        written = super().write(data)
        self._since += written
        if self._since >= self._every and (self._syncing is None or not self._syncing.is_alive()):
            self._raise_failed()
            super().flush()
            self._since = 0
            self._syncing = threading.Thread(target=self._sync, name="sync-behind", daemon=True)
            self._syncing.start()
        return written

    def _sync(self) -> None:
        try:
            os.fsync(self.fileno())
        except OSError as exc:
            self._error = exc

    def _raise_failed(self) -> None:
        if self._error is not None:
            raise self._error

    def settle(self) -> None:
        """Wait for the sync on the other thread; raise its failure."""
        self._join()
        self._raise_failed()

    def _join(self) -> None:
        if self._syncing is not None:
            self._syncing.join()

    def close(self) -> None:
        self._join()  # never close the file under a sync still running (a failed write's exit)
        super().close()


@contextmanager
def atomic_write(target: Path, *, sync_every: int = 0) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces `target` in one step.

    An `OSError` while writing (ENOSPC above all) removes the temporary file and is raised again
    as `DiskFull` or `WriteFailed`, whose message says the previous file is intact. With
    `sync_every` (bytes), a big file is synced to the disk on another thread while it is being
    written (`_SyncedBehind`), not all at the end.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _explain(exc, target) from exc
    tmp = Path(tmp_name)
    with _temporary_for(target, tmp):
        raw = io.FileIO(fd, "wb")
        with _SyncedBehind(raw, sync_every) if sync_every else io.BufferedWriter(raw) as out:
            yield out
            if isinstance(out, _SyncedBehind):
                out.settle()
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)


def copy_file(source: Path, target: Path, chunk: int = 1 << 20) -> None:
    """Copy `source` to `target` through `atomic_write`."""
    with atomic_write(target) as out, open(source, "rb") as src:
        while block := src.read(chunk):
            out.write(block)
