"""One writer per SQLite file, stale locks recovered, and no SQLite on a network share."""

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from blkdesk.core.errors import DatabaseError
from blkdesk.core.storage import netshare
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.core.storage.instance_lock import InstanceLock, lock_path, read_holder

ROOT = Path(__file__).resolve().parents[1]

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from blkdesk.core.storage.instance_lock import InstanceLock
    lock = InstanceLock.acquire(Path(sys.argv[1]))
    print("held", flush=True)
    time.sleep(60)
    """
)


def _holder_process(db_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_second_instance_is_refused_naming_who_and_since_when(tmp_path):
    db_path = tmp_path / "blk.sqlite"
    proc = _holder_process(db_path)
    try:
        with pytest.raises(DatabaseError) as refused:
            InstanceLock.acquire(db_path)
        holder = read_holder(db_path)
        assert holder is not None and holder.pid == proc.pid
        message = refused.value.message
        assert f"{holder.user} di komputer {holder.host} (proses {proc.pid}) sejak" in message
        assert "tutup BLKDesk di sana" in message
    finally:
        proc.terminate()
        proc.wait()
        proc.stdout.close()


def test_lock_left_by_a_killed_process_is_recovered(tmp_path):
    db_path = tmp_path / "blk.sqlite"
    proc = _holder_process(db_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert read_holder(db_path).pid == proc.pid  # the crashed process's details are still there
    with InstanceLock.acquire(db_path) as lock:
        assert lock.recovered is not None and lock.recovered.pid == proc.pid
        assert read_holder(db_path).pid == os.getpid()
    assert lock_path(db_path).read_text() == ""  # a clean exit leaves an empty file


def test_stale_lock_file_from_another_pc_session_is_recovered(tmp_path):
    db_path = tmp_path / "blk.sqlite"
    lock_path(db_path).write_text(
        json.dumps({"user": "siti", "host": "PC-TU", "pid": 999999, "since": "2025-01-02T03:04"})
    )
    lock = InstanceLock.acquire(db_path)
    assert lock.recovered is not None and lock.recovered.host == "PC-TU"
    lock.release()
    assert not lock.held
    lock.release()  # twice is harmless


def test_same_process_second_open_is_refused_too(tmp_path):
    db_path = tmp_path / "blk.sqlite"
    with InstanceLock.acquire(db_path), pytest.raises(DatabaseError, match="sedang dibuka"):
        InstanceLock.acquire(db_path)
    InstanceLock.acquire(db_path).release()


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//fileserver/blk /mnt/kantor cifs rw,vers=3.0 0 0
nas:/export /srv/nas nfs4 rw 0 0
/dev/sdb1 /mnt/kantor/usb vfat rw 0 0
/dev/sdc1 /media/data\\040kantor ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/home/tu/blkdesk.sqlite", "ext4"),
        ("/mnt/kantor/blkdesk.sqlite", "cifs"),
        ("/mnt/kantorku/blkdesk.sqlite", "ext4"),
        ("/srv/nas/a/b.sqlite", "nfs4"),
        ("/mnt/kantor/usb/b.sqlite", "vfat"),
        ("/media/data kantor/b.sqlite", "ext4"),
    ],
)
def test_mount_type_is_the_longest_matching_mount(path, fstype):
    assert netshare.mount_fstype(Path(path), MOUNTS) == fstype


def test_unc_paths_are_network_paths():
    assert netshare.is_unc(r"\\server\share\blk.sqlite")
    assert netshare.is_unc("//server/share/blk.sqlite")
    assert not netshare.is_unc(r"\\?\C:\data\blk.sqlite")
    assert not netshare.is_unc(r"C:\data\blk.sqlite")
    assert netshare.network_kind(Path("//server/share/blk.sqlite")) == "UNC"


def test_sqlite_on_a_share_is_refused_with_postgres_advice(tmp_path, monkeypatch):
    monkeypatch.setattr(
        netshare.Path, "read_text", lambda self, **kw: f"srv:/x {tmp_path} nfs rw 0 0\n"
    )
    with pytest.raises(DatabaseError) as refused:
        open_database(resolve_url(str(tmp_path / "blk.sqlite")))
    assert "folder jaringan (nfs)" in refused.value.message
    assert "PostgreSQL" in refused.value.message
    assert not (tmp_path / "blk.sqlite").exists()


def test_local_disk_is_not_a_share(tmp_path):
    assert netshare.network_kind(tmp_path / "blk.sqlite") is None
