"""A sealed full backup copies the packed frames of the blocks unchanged since the newest full
backup sealed with the same key, and packs only the others; it stands alone all the same."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from blkdesk.cli import main
from blkdesk.core.access import auth
from blkdesk.core.models import User
from blkdesk.core.storage import backup, database_backup, integrity, restore, sealing
from tests.support.backups import grow

DATA = Path(__file__).parent / "data"
OLD_PASSWORD = "Sandi-Lama-123"


def flushed_bytes(path: Path) -> bytes:
    """The database file's bytes with everything in its write-ahead log copied in."""
    conn = sqlite3.connect(path, timeout=30)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


def blocks_of(data: bytes, size: int = backup.BLOCK_BYTES) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def changed_blocks(before: bytes, after: bytes, size: int = backup.BLOCK_BYTES) -> int:
    """How many blocks of `after` differ from the block at the same index in `before`."""
    old = blocks_of(before, size)
    return sum(
        1 for i, block in enumerate(blocks_of(after, size)) if i >= len(old) or old[i] != block
    )


def frame_spans(path: Path) -> list[tuple[int, int]]:
    """(offset, length) of every frame's data in a backup file, the trailer last."""
    spans = []
    with open(path, "rb") as f:
        backup._read_header(f, path)
        while True:
            head = f.read(5)
            length, last = int.from_bytes(head[:4], "big"), head[4]
            spans.append((f.tell(), length))
            f.seek(length, os.SEEK_CUR)
            if last:
                return spans


def flip_byte(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))


def touch_one_row(path: Path, row: int = 200) -> None:
    """Rewrite one audit row in place (same length): one page, one block, changes."""
    conn = sqlite3.connect(path, timeout=30)
    (text,) = conn.execute("SELECT changes FROM audit_event WHERE id = ?", (row,)).fetchone()
    conn.execute("UPDATE audit_event SET changes = ? WHERE id = ?", (text[::-1], row))
    conn.commit()
    conn.close()


@pytest.fixture
def grown(db, tmp_path):
    """The test database grown to a dozen blocks, its first full backup sealed (the default)."""
    grow(db.path, 12)
    result = database_backup.backup_database(db, "otomatis")
    held = tmp_path / "cadangan-pertama.sqlite"
    backup.extract(result.info.path, held, key=restore.saved_key(db))
    before = held.read_bytes()  # what it holds (making it wrote the key's settings)
    assert result.info.encrypted and result.packed == backup.Packed(len(blocks_of(before)), 0)
    return result.info, before


def test_a_full_backup_reuses_unchanged_frames_packs_the_changed_and_stands_alone(
    db, grown, tmp_path
):
    first, before = grown
    touch_one_row(db.path)
    after = flushed_bytes(db.path)
    changed = changed_blocks(before, after)
    assert 1 <= changed <= 3
    result = database_backup.backup_database(db, "manual")
    made = result.info
    assert made.base is None and made.key_id == first.key_id  # a full backup, not a difference
    assert result.packed == backup.Packed(changed, len(blocks_of(after)) - changed)
    first.path.unlink()  # it stands alone: its base gone, it still restores byte for byte
    key = restore.saved_key(db)
    out = tmp_path / "kembali.sqlite"
    backup.extract(made.path, out, key=key)
    assert out.read_bytes() == after
    assert backup.verify(made.path, key=key) is None


def test_the_next_full_backup_reuses_a_reused_one(db, grown, tmp_path):
    first, _before = grown
    touch_one_row(db.path, 100)
    second = database_backup.backup_database(db, "manual")
    assert second.packed is not None and second.packed.reused > 0
    first.path.unlink()
    touch_one_row(db.path, 1200)
    after = flushed_bytes(db.path)
    third = database_backup.backup_database(db, "manual")
    assert third.packed is not None and third.packed.reused > 0 and third.packed.packed >= 1
    second.info.path.unlink()
    out = tmp_path / "kembali.sqlite"
    backup.extract(third.info.path, out, key=restore.saved_key(db))
    assert out.read_bytes() == after


@pytest.mark.parametrize("where", ["frame", "cut", "gone"])
def test_a_damaged_base_costs_only_work_never_the_backup(db, grown, tmp_path, where):
    first, _before = grown
    spans = frame_spans(first.path)
    if where == "frame":  # one byte of the fifth block's sealed frame
        offset, length = spans[4]
        flip_byte(first.path, offset + length // 2)
    elif where == "cut":  # the file cut off half-way once the next backup has read its trailer
        real = backup._BaseFrames.__init__

        def cut_then_open(self, base):
            with open(base.path, "r+b") as f:
                f.truncate(base.path.stat().st_size // 2)
            real(self, base)

        monkeypatch = pytest.MonkeyPatch()
        monkeypatch.setattr(backup._BaseFrames, "__init__", cut_then_open)
    else:  # deleted between reading its trailer and reading its frames

        def gone(self, base):
            base.path.unlink()
            raise FileNotFoundError(base.path)

        monkeypatch = pytest.MonkeyPatch()
        monkeypatch.setattr(backup._BaseFrames, "__init__", gone)
    try:
        after = flushed_bytes(db.path)
        result = database_backup.backup_database(db, "manual")
    finally:
        if where != "frame":
            monkeypatch.undo()
    blocks = len(blocks_of(after))
    assert result.packed is not None
    assert result.packed.packed + result.packed.reused == blocks
    assert result.packed.packed == 1 if where == "frame" else result.packed.packed >= 1
    if where == "gone":
        assert result.packed == backup.Packed(blocks, 0)
    first.path.unlink(missing_ok=True)
    out = tmp_path / "kembali.sqlite"
    key = restore.saved_key(db)
    backup.extract(result.info.path, out, key=key)
    assert out.read_bytes() == after
    assert backup.verify(result.info.path, key=key) is None


def test_another_key_or_no_key_reuses_nothing(db, grown, tmp_path):
    first, _before = grown
    after = flushed_bytes(db.path)
    blocks = len(blocks_of(after))
    other = sealing.new_key("Sandi-Cadangan-1", log2_n=10)[0]
    folder = first.path.parent
    made = backup.create_backup(db.path, "manual", folder=folder, key=other)
    assert made.packed == backup.Packed(blocks, 0)
    # That one-off backup (`blkdesk backup --password`) is the newest full one now; the next
    # backup under the database's key still reuses the one made under that key before it.
    ours = backup.create_backup(db.path, "otomatis", folder=folder, key=restore.saved_key(db))
    assert ours.packed is not None and ours.packed.reused >= blocks - 2
    # Plaintext (an administrator's choice) has nothing to authenticate a frame with: never.
    plain = tmp_path / "polos"
    backup.create_backup(db.path, "manual", folder=plain, key=None)
    again = backup.create_backup(db.path, "manual", folder=plain, key=None)
    assert again.packed == backup.Packed(blocks, 0)
    for result, key in ((made, other), (again, None)):
        out = tmp_path / "kembali.sqlite"
        backup.extract(result.info.path, out, key=key)
        assert out.read_bytes() == after


def test_a_format_3_full_backup_is_neither_reused_nor_a_base(tmp_path):
    """Over a full backup of format 3 (SHA-256 digests), the next backup packs everything and a
    closing one is full too: a base must digest its blocks the same way."""
    fixture = sorted((DATA / "blok-beda").glob("*" + backup.SUFFIX))[0]
    folder = tmp_path / "cadangan"
    folder.mkdir()
    shutil.copyfile(fixture, folder / fixture.name)
    source = tmp_path / "data.sqlite"
    backup.extract(fixture, source, password=OLD_PASSWORD)
    with open(fixture, "rb") as f:
        header, _ = backup._read_header(f, fixture)
    data_key = backup.data_key_for(header, password=OLD_PASSWORD)
    key = sealing.BackupKey.from_setting({"data_key": data_key.hex(), **header["keys"]})
    assert key.key_id == backup.read_info(fixture).key_id
    blocks = len(blocks_of(source.read_bytes()))
    closing = backup.create_backup(source, "tutup", folder=folder, key=key, differential=True)
    assert closing.info.base is None and closing.packed == backup.Packed(blocks, 0)
    # That format-4 backup is the base from now on.
    touch = sqlite3.connect(source)
    touch.execute("UPDATE catatan SET isi = 'lagi' WHERE id = 900")
    touch.commit()
    touch.close()
    later = backup.create_backup(source, "manual", folder=folder, key=key)
    assert later.packed is not None and later.packed.reused >= blocks - 2


def test_a_backup_reusing_frames_killed_midway_leaves_all_or_nothing(db, grown):
    first, _before = grown
    touch_one_row(db.path)
    child = textwrap.dedent(f"""
        import os, signal
        from blkdesk.core.storage import backup, database_backup
        from blkdesk.core.storage.db import open_database, resolve_url
        emit = backup._Writer._emit
        def killed(self, data, last):
            if self.counter == 4:  # the header and some frames written, the rest not
                assert self.reused > 0
                os.kill(os.getpid(), signal.SIGKILL)
            emit(self, data, last)
        backup._Writer._emit = killed
        db = open_database(resolve_url({str(db.path)!r}))
        database_backup.backup_database(db, "manual")
    """)  # fmt: skip
    done = subprocess.run([sys.executable, "-c", child], env=os.environ.copy(), check=False)
    assert done.returncode == -signal.SIGKILL
    folder = backup.folder_for(db.path)
    assert [i.path for i in backup.list_backups(folder)] == [first.path]  # nothing half-made
    assert any(p.name.endswith(".tmp") for p in backup.clean_work_files(db.path))
    made = database_backup.backup_database(db, "manual")  # all of it, reusing as before
    assert made.packed is not None and made.packed.reused > 0
    first.path.unlink()
    assert backup.verify(made.info.path, key=restore.saved_key(db)) is None


# --- any change, any number of times -------------------------------------------------------------

SMALL_BLOCK = 16 * 1024  # many blocks from a small database


def _blob_database(path: Path, rows: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(i, os.urandom(900)) for i in range(rows)])
    conn.commit()
    conn.close()


changes = st.lists(
    st.one_of(
        st.tuples(st.just("update"), st.integers(0, 599)),
        st.tuples(st.just("insert"), st.integers(1, 40)),
        st.tuples(st.just("delete"), st.integers(0, 599)),
    ),
    max_size=6,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rounds=st.lists(changes, min_size=1, max_size=3), damage=st.booleans())
def test_after_any_changes_a_reusing_backup_is_the_database_byte_for_byte(
    tmp_path_factory, rounds, damage
):
    tmp = tmp_path_factory.mktemp("reuse")
    path = tmp / "data.sqlite"
    _blob_database(path, 600)
    key = sealing.new_key("Sandi-Cadangan-1", log2_n=10)[0]
    folder = tmp / "cadangan"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(backup, "BLOCK_BYTES", SMALL_BLOCK)
        previous = path.read_bytes()
        made = backup.create_backup(path, "manual", folder=folder, key=key).info
        for n, round_ in enumerate(rounds):
            conn = sqlite3.connect(path)
            for what, arg in round_:
                if what == "update":
                    conn.execute("UPDATE t SET v = ? WHERE id = ?", (os.urandom(900), arg))
                elif what == "insert":
                    conn.executemany("INSERT INTO t (v) VALUES (?)",
                                     [(os.urandom(900),) for _ in range(arg)])  # fmt: skip
                else:
                    conn.execute("DELETE FROM t WHERE id = ?", (arg,))
            conn.commit()
            conn.close()
            if damage and n == 0:
                offset, length = frame_spans(made.path)[3]
                flip_byte(made.path, offset + length // 2)
            now = path.read_bytes()
            result = backup.create_backup(path, "manual", folder=folder, key=key)
            assert result.packed is not None
            assert result.packed.packed + result.packed.reused == len(blocks_of(now, SMALL_BLOCK))
            expected = changed_blocks(previous, now, SMALL_BLOCK)
            if damage and n == 0:
                assert expected <= result.packed.packed <= expected + 1
            else:
                assert result.packed.packed == expected
            made.path.unlink()  # each backup stands alone
            made, previous = result.info, now
            out = tmp / f"kembali-{n}.sqlite"
            backup.extract(made.path, out, key=key)
            assert out.read_bytes() == now
    assert integrity.quick_check(out).ok


def test_the_app_and_the_command_line_restore_a_reusing_backup_whose_base_is_gone(
    db, admin, grown, capsys
):
    first, _before = grown
    with db.transaction() as s:
        auth.create_user(s, admin, "baru", "Pengguna Baru", "operator", "Sandi1234")
    result = database_backup.backup_database(db, "manual")
    assert result.packed is not None and result.packed.reused > 0
    first.path.unlink()
    listed = backup.list_backups(backup.folder_for(db.path))
    assert [i.path for i in listed] == [result.info.path]  # what the restore tab lists
    assert "1 pengguna" not in listed[0].counts_text() and "2 pengguna" in listed[0].counts_text()
    with db.transaction() as s:
        auth.create_user(s, admin, "sesudah", "Sesudah", "viewer", "Sandi1234")
    restore.restore(db, admin, result.info.path)  # what the tab's Pulihkan runs
    with db.session() as s:
        names = set(s.scalars(select(User.username)))
    assert "baru" in names and "sesudah" not in names
    with db.transaction() as s:
        auth.create_user(s, admin, "sesudah", "Sesudah", "viewer", "Sandi1234")
    db.dispose()
    assert main(["restore", str(result.info.path), "--db", str(db.path)]) == 0, capsys.readouterr()
    with db.session() as s:
        assert "sesudah" not in set(s.scalars(select(User.username)))
    assert integrity.full_check(db.path).ok
