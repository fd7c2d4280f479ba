"""Refusing a SQLite file on a network share.

SQLite's locking is unreliable over SMB/CIFS and NFS: two PCs writing the same file through a share
is how databases get corrupted. An office with several PCs needs a PostgreSQL server instead.
"""

import os
import sys
from pathlib import Path

from blkdesk.core.errors import DatabaseError
from blkdesk.core.sentences import Sentence

NETWORK_FS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p",
        "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs",
        "lustre", "gpfs", "fuse.rclone", "fuse.gvfsd-fuse",
    }
)  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape_mount(field: str) -> str:
    # /proc/mounts writes spaces, tabs and backslashes in paths as octal escapes.
    return (
        field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
        .replace("\\134", "\\")
    )  # fmt: skip


def mount_fstype(path: Path, mounts: str) -> str | None:
    """The filesystem type of the mount that holds `path`, from /proc/mounts text."""
    best, best_type = "", None
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape_mount(parts[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def is_unc(path: str) -> bool:
    return path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\"))


def network_kind(path: Path) -> str | None:
    """'UNC', a filesystem type like 'cifs', or 'drive jaringan' when `path` is on a share."""
    raw = str(path)
    if is_unc(raw):
        return "UNC"
    if sys.platform == "win32":
        import ctypes

        root = os.path.splitdrive(os.path.abspath(raw))[0] + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOTE:  # type: ignore[attr-defined]
            return "drive jaringan"
        return None
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    resolved = path.expanduser().resolve()
    fstype = mount_fstype(resolved, mounts)
    if fstype and (fstype in NETWORK_FS or fstype.split(".")[-1] in NETWORK_FS):
        return fstype
    return None


def refuse_network_share(path: Path) -> None:
    kind = network_kind(path)
    if kind:
        raise DatabaseError(
            Sentence(
                "Berkas database {path} berada di folder jaringan ({kind}). SQLite di folder "
                "jaringan dapat rusak bila dipakai dari beberapa PC. Simpan database di disk PC "
                "ini, atau pasang server PostgreSQL untuk dipakai bersama beberapa PC "
                "(BLKDESK_DB=postgresql://…).",
                path=path,
                kind=kind,
            )
        )
