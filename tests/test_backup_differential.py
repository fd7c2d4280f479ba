"""Differential backups (what is left when BLKDesk closes): only the blocks that differ from the
newest full backup, sealed the same way, restored over that base, never without it."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from blkdesk.cli import main
from blkdesk.core.access import auth
from blkdesk.core.clock import utcnow
from blkdesk.core.models import User
from blkdesk.core.storage import backup, database_backup, integrity, restore, sealing
from tests.support.backups import grow

BLOCK = backup.BLOCK_BYTES


def flushed_bytes(path: Path) -> bytes:
    """The database file's bytes with everything in its write-ahead log copied in."""
    conn = sqlite3.connect(path, timeout=30)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


def frame_count(path: Path) -> int:
    with open(path, "rb") as f:
        backup._read_header(f, path)
        return sum(1 for _ in backup._frames(f, path))


def add_user(db, admin, name: str) -> None:
    with db.transaction() as s:
        auth.create_user(s, admin, name, f"Pengguna {name}", "operator", "Sandi1234")


@pytest.fixture
def big(db, admin):
    """The test database, grown to a dozen blocks and backed up in full (sealed, the default)."""
    grow(db.path, 12)
    full = database_backup.backup_database(db, "otomatis").info
    assert full.encrypted and full.base is None
    return full


def test_a_differential_backup_holds_only_the_changed_blocks_and_restores_byte_for_byte(
    db, admin, big, tmp_path
):
    add_user(db, admin, "baru")
    made = database_backup.backup_database(db, "tutup", differential=True).info
    assert made.base == big.path.name and made.encrypted and made.key_id == big.key_id
    assert made.reason_label == "saat aplikasi ditutup (hanya perubahan)"
    assert made.file_bytes < big.file_bytes / 3
    assert frame_count(made.path) < frame_count(big.path) / 3
    now = flushed_bytes(db.path)
    out = tmp_path / "kembali.sqlite"
    backup.extract(made.path, out, key=restore.saved_key(db))
    assert out.read_bytes() == now
    assert backup.verify(made.path, key=restore.saved_key(db)) is None


@pytest.mark.parametrize("sealed", [False, True])
def test_differential_backups_of_a_file_that_grew_or_shrank(tmp_path, sealed):
    path = tmp_path / "data.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, os.urandom(3000)) for i in range(8000)])
    conn.commit()
    key = sealing.new_key("Sandi-Cadangan-1", log2_n=10)[0] if sealed else None
    folder = tmp_path / "cadangan"
    full = backup.create_backup(path, "otomatis", folder=folder, key=key).info
    assert path.stat().st_size % BLOCK  # a short last block
    for change in (
        "INSERT INTO t SELECT id + 10000, v FROM t WHERE id < 400",  # grows by a block or so
        "UPDATE t SET v = x'00' WHERE id = 1500",  # one block in the middle
        "DELETE FROM t WHERE id > 7800",  # frees pages; the size stays
    ):
        conn.execute(change)
        conn.commit()
        made = backup.create_backup(path, "tutup", folder=folder, key=key, differential=True).info
        assert made.base == full.path.name
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        out = tmp_path / "kembali.sqlite"
        backup.extract(made.path, out, key=key)
        assert out.read_bytes() == path.read_bytes()
    conn.execute("VACUUM")  # smaller, and most blocks moved: past MAX_CHANGED, a full backup
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    made = backup.create_backup(path, "tutup", folder=folder, key=key, differential=True).info
    assert made.base is None
    conn.close()
    backup.extract(made.path, tmp_path / "penuh.sqlite", key=key)
    assert (tmp_path / "penuh.sqlite").read_bytes() == path.read_bytes()


def test_without_its_base_a_differential_backup_says_so_and_the_base_is_offered(
    db, admin, big, tmp_path
):
    add_user(db, admin, "baru")
    made = database_backup.backup_database(db, "tutup", differential=True).info
    key = restore.saved_key(db)
    hidden = tmp_path / big.path.name
    shutil.move(big.path, hidden)
    with pytest.raises(backup.BackupError, match="hanya berisi perubahan sejak cadangan"):
        backup.extract(made.path, tmp_path / "x.sqlite", key=key)
    assert not (tmp_path / "x.sqlite").exists()
    assert "hanya berisi perubahan" in backup.verify(made.path, key=key)
    # Another full backup under the base's name (a copy from elsewhere) is not taken for it.
    other = database_backup.backup_database(db, "manual").info
    shutil.copyfile(other.path, big.path)
    with pytest.raises(backup.BackupError, match=r"dasarnya .* tidak cocok"):
        backup.extract(made.path, tmp_path / "x.sqlite", key=key)
    other.path.unlink()
    shutil.move(hidden, big.path)
    assert backup.verify(made.path, key=key) is None
    data = bytearray(big.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    big.path.write_bytes(bytes(data))  # the base damaged: the differential cannot be trusted
    assert "rusak" in backup.verify(made.path, key=key)


def test_a_damaged_base_makes_the_newest_good_backup_an_older_one(db, admin, big):
    add_user(db, admin, "baru")
    first = database_backup.backup_database(db, "manual").info  # full, the next base
    add_user(db, admin, "lagi")
    made = database_backup.backup_database(db, "tutup", differential=True).info
    assert made.base == first.path.name
    data = bytearray(first.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    first.path.write_bytes(bytes(data))
    good = backup.newest_good_backup(backup.folder_for(db.path), key=restore.saved_key(db))
    assert good is not None and good.path == big.path


def test_restore_from_a_differential_backup_in_the_app_and_on_the_command_line(
    db, admin, big, capsys
):
    add_user(db, admin, "baru")
    made = database_backup.backup_database(db, "tutup", differential=True).info
    assert made.base == big.path.name
    add_user(db, admin, "sesudah")
    restore.restore(db, admin, made.path)
    with db.session() as s:
        names = set(s.scalars(select(User.username)))
    assert "baru" in names and "sesudah" not in names
    add_user(db, admin, "sesudah")
    db.dispose()
    assert main(["restore", str(made.path), "--db", str(db.path)]) == 0, capsys.readouterr()
    with db.session() as s:
        assert "sesudah" not in set(s.scalars(select(User.username)))
    assert integrity.full_check(db.path).ok


def test_pruning_keeps_the_base_of_a_kept_differential_backup(db, admin):
    grow(db.path, 12)
    folder = backup.folder_for(db.path)
    key = None  # plaintext, chosen by an administrator: the same rules
    now = utcnow()
    day = (now - timedelta(days=5)).replace(hour=8, minute=0)
    base = backup.create_backup(db.path, "otomatis", key=key, now=day).info
    add_user(db, admin, "baru")
    made = backup.create_backup(
        db.path, "tutup", key=key, now=day + timedelta(hours=1), differential=True
    ).info
    assert made.base == base.path.name
    # Alone, retention keeps only the newest backup of that day: the differential one.
    assert backup.retained([base.created_at, made.created_at], now) == {1}
    assert backup.prune(folder, now) == []
    assert base.path.exists() and made.path.exists()
    made.path.unlink()  # without it, the base is pruned like any other
    later = backup.create_backup(db.path, "otomatis", key=key, now=day + timedelta(hours=2))
    assert backup.prune(folder, now) == [base.path]
    assert later.info.path.exists()


def test_the_second_folder_gets_the_base_with_the_differential_backup(db, admin, big, tmp_path):
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    add_user(db, admin, "baru")
    key = restore.saved_key(db)
    result = backup.create_backup(db.path, "tutup", key=key, copy_dir=usb, differential=True)
    assert result.copy_error is None and result.info.base == big.path.name
    assert {p.name for p in usb.iterdir()} == {big.path.name, result.info.path.name}
    backup.extract(usb / result.info.path.name, tmp_path / "x.sqlite", key=key)
    assert (tmp_path / "x.sqlite").read_bytes() == flushed_bytes(db.path)


def test_a_differential_backup_killed_midway_leaves_all_or_nothing(db, admin, big):
    for n in range(3):
        add_user(db, admin, f"baru{n}")
    child = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from blkdesk.core.storage import backup, database_backup
        from blkdesk.core.storage.db import open_database, resolve_url
        emit = backup._Writer._emit
        def killed(self, data, last):
            if self.counter == 1:  # the header and a block written, the rest not
                os.kill(os.getpid(), signal.SIGKILL)
            emit(self, data, last)
        backup._Writer._emit = killed
        db = open_database(resolve_url({str(db.path)!r}))
        database_backup.backup_database(db, "tutup", differential=True)
    """)  # fmt: skip
    done = subprocess.run([sys.executable, "-c", child], env=os.environ.copy(), check=False)
    assert done.returncode == -signal.SIGKILL
    folder = backup.folder_for(db.path)
    assert [i.path for i in backup.list_backups(folder)] == [big.path]  # nothing half-made
    assert any(p.name.endswith(".tmp") for p in backup.clean_work_files(db.path))
    assert sorted(p.name for p in folder.iterdir()) == [big.path.name]
    made = database_backup.backup_database(db, "tutup", differential=True).info  # all of it
    assert made.base == big.path.name
    assert backup.verify(made.path, key=restore.saved_key(db)) is None
