"""Backups: consistent while writing, compressed, encrypted, pruned, restored, damage detected."""

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from blkdesk.core.access import auth
from blkdesk.core.attendance import attendance
from blkdesk.core.errors import BlkError, DatabaseError, PermissionDenied, ValidationError
from blkdesk.core.models import AuditEvent, User
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage import backup, database_backup, integrity, restore, safefile, sealing
from blkdesk.core.storage.db import open_database
from tests.support.backups import flip_bytes
from tests.support.batches import running_batch

PASSWORD = "Sandi-Cadangan-1"


def add_users(db, admin, names):
    for name in names:
        with db.transaction() as s:
            auth.create_user(s, admin, name, f"Pengguna {name}", "operator", "Sandi1234")


def usernames(db):
    with db.session() as s:
        return set(s.scalars(select(User.username)))


def test_backup_then_restore_brings_the_data_back_and_keeps_the_state_before(db, admin):
    add_users(db, admin, ["ani", "budi"])
    made = database_backup.backup_now(db, admin)
    assert made.info.counts["app_user"] == 3
    assert made.info.path.suffix == ".blkbak"
    assert made.info.file_bytes < made.info.db_bytes / 2  # compressed
    add_users(db, admin, ["citra"])
    result = restore.restore(db, admin, made.info.path)
    assert usernames(db) == {"admin", "ani", "budi"}
    # The state just before the restore (with citra) is itself a backup to go back to.
    assert result.before is not None and result.before.counts["app_user"] == 4
    restore.restore(db, admin, result.before.path)
    assert "citra" in usernames(db)
    with db.session() as s:
        assert s.scalar(select(func.count()).where(AuditEvent.action == "restore")) == 1
    assert integrity.full_check(db.path).ok


def test_backup_while_a_writer_commits_is_consistent(db, admin, tmp_path):
    """A second connection keeps committing user + audit row pairs while backups are taken."""
    with db.transaction() as s:  # BLKDesk's own key, as the GUI makes it when it opens the file
        backup.sealing_key(s)
    writer_db = open_database(db.url)
    stop = threading.Event()
    written = []

    def write():
        n = 0
        while not stop.is_set():
            with writer_db.transaction() as s:
                auth.create_user(s, admin, f"w{n:05d}", "Penulis", "viewer", "Sandi1234")
            written.append(n)
            n += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while len(written) < 20:
            threading.Event().wait(0.01)
        infos = [database_backup.backup_database(db, "otomatis").info for _ in range(3)]
        while len(written) < len(infos) * 10 + 40:
            threading.Event().wait(0.01)
    finally:
        stop.set()
        thread.join()
        writer_db.dispose()
    counts = [i.counts["app_user"] for i in infos]
    assert counts == sorted(counts) and counts[0] > 1
    for info in infos:
        copy = tmp_path / f"{info.path.stem}.sqlite"
        backup.extract(info.path, copy, key=restore.saved_key(db))
        assert integrity.full_check(copy).ok
        conn = sqlite3.connect(copy)
        users = {str(r[0]) for r in conn.execute("SELECT id FROM app_user")}
        creates = {
            r[0]
            for r in conn.execute(
                "SELECT entity_uuid FROM audit_event WHERE entity='user' AND action='create'"
            )
        }
        conn.close()
        assert creates == users  # never a user without its audit row, nor the reverse
    # Restoring the last one while nothing writes gives exactly what it counted.
    restore.restore(db, admin, infos[-1].path)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(User)) == counts[-1]


def test_password_protected_backup(db, admin, tmp_path):
    with db.transaction() as s:
        backup.set_backup_password(s, admin, PASSWORD)
    info = database_backup.backup_database(db, "manual").info
    assert info.encrypted
    raw = info.path.read_bytes()
    assert b"SQLite format 3" not in raw and b"admin" not in raw.split(b"}", 1)[1]
    target = tmp_path / "out.sqlite"
    with pytest.raises(ValidationError, match="kata sandi"):
        backup.extract(info.path, target)
    with pytest.raises(backup.BackupError, match="salah"):
        backup.extract(info.path, target, password="bukan-ini-sandinya")
    assert not target.exists()
    backup.extract(info.path, target, password=PASSWORD)
    assert integrity.full_check(target).ok
    # The app itself restores with the stored key, no password typed.
    assert restore.restore(db, admin, info.path).restored.encrypted
    with db.session() as s:
        stored = s.scalar(select(AuditEvent.changes).where(AuditEvent.entity == "backup"))
    assert stored == ""  # neither the password nor the key ever reaches the audit trail


def test_weak_backup_password_is_refused(db, admin):
    with db.transaction() as s, pytest.raises(ValidationError, match="minimal 8"):
        backup.set_backup_password(s, admin, "pendek")


@pytest.mark.parametrize("where", ["header", "middle", "end"])
def test_flipped_bytes_in_a_backup_are_detected(db, admin, where):
    add_users(db, admin, [f"user{i:03d}" for i in range(30)])
    info = database_backup.backup_database(db, "manual").info
    damaged = info.path.with_name("rusak" + backup.SUFFIX)
    shutil.copy(info.path, damaged)
    size = damaged.stat().st_size
    at = {"header": 20, "middle": size // 2, "end": size - 20}[where]
    flip_bytes(damaged, at)
    problem = backup.verify(damaged)
    assert problem is not None and "rusak" in problem
    assert backup.verify(info.path) is None


def test_truncated_backup_is_refused(db, admin, tmp_path):
    info = database_backup.backup_database(db, "manual").info
    cut = tmp_path / ("potong" + backup.SUFFIX)
    cut.write_bytes(info.path.read_bytes()[:-100])
    with pytest.raises(backup.BackupError, match=r"terpotong|rusak"):
        backup.extract(cut, tmp_path / "x.sqlite")


@pytest.mark.parametrize("read", [backup.read_info, lambda path: backup.extract(path, path)])
def test_a_backup_that_cannot_be_read_is_refused_in_one_sentence(tmp_path, read):
    no_fields = tmp_path / ("kosong" + backup.SUFFIX)
    no_fields.write_bytes(backup.MAGIC + (2).to_bytes(4, "big") + b"{}")
    with pytest.raises(backup.BackupError) as refused:
        read(no_fields)
    assert str(refused.value) == f"Kepala berkas cadangan kosong{backup.SUFFIX} rusak."
    folder = tmp_path / ("folder" + backup.SUFFIX)
    folder.mkdir()
    with pytest.raises(backup.BackupError) as refused:
        read(folder)
    assert str(refused.value).startswith(
        f"Berkas cadangan folder{backup.SUFFIX} tidak dapat dibaca: "
    )


@pytest.mark.parametrize("copy", ["snapshot", "create_backup"])
def test_a_database_that_cannot_be_read_is_not_backed_up(tmp_path, copy):
    garbage = tmp_path / "rusak.sqlite"
    garbage.write_bytes(b"bukan database " * 300)
    with pytest.raises(DatabaseError) as refused:
        if copy == "snapshot":  # SQLite's online copy, when the file cannot be held still
            backup.snapshot(garbage, tmp_path / "salinan.sqlite")
        else:  # a backup reads the file itself, held still
            backup.create_backup(garbage, "manual", folder=tmp_path / "cadangan")
    said = (  # SQLite's own "file is not a database" goes to the log only
        "Database tidak dapat dibaca untuk dicadangkan: Berkas database rusak. Pulihkan dari "
        "cadangan yang baik (Pengaturan › Cadangan)."
    )
    assert str(refused.value) == said


def test_newest_good_backup_skips_a_damaged_newer_one(db, admin):
    good = database_backup.backup_database(db, "manual").info
    newer = backup.create_backup(db.path, "manual", now=good.created_at + timedelta(minutes=5))
    flip_bytes(newer.info.path, newer.info.file_bytes // 2, 64)
    assert backup.newest_good_backup(backup.folder_for(db.path)) == good


def test_flipped_bytes_in_a_database_copy_fail_the_checks(db, admin, tmp_path):
    add_users(db, admin, [f"user{i:03d}" for i in range(200)])
    copy = tmp_path / "copy.sqlite"
    backup.snapshot(db.path, copy)
    assert integrity.quick_check(copy).ok and integrity.full_check(copy).ok
    # The b-tree page headers of pages 3 and 4 (tables and indexes; page 1 is the schema).
    flip_bytes(copy, 4096 * 2, 8)
    flip_bytes(copy, 4096 * 3, 8)
    report = integrity.full_check(copy)
    assert not report.ok
    assert "masalah" in report.summary()
    header_damaged = tmp_path / "header.sqlite"
    shutil.copy(copy, header_damaged)
    flip_bytes(header_damaged, 0, 16)
    assert not integrity.quick_check(header_damaged).ok
    assert "rusak" in integrity.quick_check(header_damaged).problems[0]


def test_foreign_key_problems_are_reported(db, tmp_path):
    copy = tmp_path / "fk.sqlite"
    backup.snapshot(db.path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO placement (uuid, inst_code, created_at, updated_at, trainee_id, outcome,"
        " destination_country, employer, sector, source, recorded_on, notes)"
        " VALUES ('p1', 'LBK', '2025-01-01', '2025-01-01', 999, 'wirausaha', '', '', '',"
        " 'telepon', '2025-01-01', '')"
    )
    conn.commit()
    conn.close()
    assert integrity.quick_check(copy).ok
    report = integrity.full_check(copy)
    assert report.problems == ["baris 1 tabel placement menunjuk ke trainee yang tidak ada"]


def test_restoring_over_a_damaged_database(db, admin):
    add_users(db, admin, ["ani"])
    good = database_backup.backup_database(db, "manual").info
    db.dispose()
    flip_bytes(db.path, 0, 100)  # not even a SQLite file any more
    assert not integrity.quick_check(db.path).ok
    damaged = db.path.read_bytes()
    result = restore.restore(db, admin, good.path)
    assert result.before is None and result.damaged_copy is not None
    # Kept byte for byte for the IT officer, but sealed: the names in it stay unreadable.
    copy = result.damaged_copy
    assert backup.read_info(copy).encrypted and b"admin" not in copy.read_bytes()
    backup.extract(copy, copy.with_name("rusak.sqlite"))  # here, with the key kept on this PC
    assert copy.with_name("rusak.sqlite").read_bytes() == damaged
    copy.with_name("rusak.sqlite").unlink()
    assert integrity.full_check(db.path).ok
    assert usernames(db) == {"admin", "ani"}


def test_restore_needs_the_restore_right_and_backup_the_backup_right(db):
    operator = Actor("op", Role.OPERATOR)
    made = database_backup.backup_now(db, operator)
    with pytest.raises(PermissionDenied):
        restore.restore(db, operator, made.info.path)
    with pytest.raises(PermissionDenied):
        database_backup.backup_now(db, Actor("v", Role.VIEWER))


def test_a_backup_from_a_newer_version_is_refused(db, admin, tmp_path):
    copy = tmp_path / "newer.sqlite"
    backup.snapshot(db.path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    made = backup.create_backup(copy, "manual", folder=tmp_path / "b")
    with pytest.raises(Exception, match="lebih baru"):
        restore.restore(db, admin, made.info.path)
    assert integrity.full_check(db.path).ok


def test_copy_to_a_second_folder_and_a_missing_usb_drive(db, admin, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with db.transaction() as s:
        backup.set_copy_dir(s, admin, usb)
    result = database_backup.backup_database(db, "manual")  # BLKDesk's provisional key
    assert result.info.encrypted and result.copied_to == usb / result.info.path.name
    with db.transaction() as s:
        backup.set_backup_password(s, admin, PASSWORD)
    result = database_backup.backup_database(db, "manual")
    assert result.copied_to == usb / result.info.path.name
    assert result.copied_to.read_bytes() == result.info.path.read_bytes()
    usb.rmdir() if not any(usb.iterdir()) else shutil.rmtree(usb)
    usb.write_text("bukan folder")  # the drive letter now points at something else
    result = database_backup.backup_database(db, "manual")
    assert result.info.path.exists() and result.copy_error
    with db.transaction() as s, pytest.raises(ValidationError, match="tidak ditemukan"):
        backup.set_copy_dir(s, admin, tmp_path / "tidak-ada")


def test_migration_makes_a_backup_in_the_backup_folder(db):
    assert database_backup.backups_of(db) == []
    assert database_backup.backup_before(db, "impor").info.reason == "impor"
    assert [i.reason_label for i in database_backup.backups_of(db)] == ["sebelum impor"]


# --- full disk -------------------------------------------------------------------------------


def _enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_full_disk_leaves_the_previous_file_intact_and_says_so(tmp_path, monkeypatch):
    target = tmp_path / "laporan.xlsx"
    target.write_bytes(b"versi lama")
    monkeypatch.setattr(safefile.os, "fsync", _enospc)
    full = pytest.raises(safefile.DiskFull, match=r"Disk penuh.*Berkas lama tetap utuh")
    with full, safefile.atomic_write(target) as out:
        out.write(b"versi baru")
    assert target.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "laporan.xlsx"]  # + data folder


@pytest.mark.parametrize("failure", [ValueError("salah"), OSError(errno.ENOSPC, "penuh")])
@pytest.mark.parametrize("writer", ["atomic_write", "replaced_when_done"])
def test_a_write_that_fails_leaves_the_previous_file_and_no_partial_one(tmp_path, writer, failure):
    target = tmp_path / "daftar.pdf"
    target.write_bytes(b"versi lama")

    def write(data: bytes, fail: bool) -> None:
        if writer == "atomic_write":
            with safefile.atomic_write(target) as out:
                out.write(data)
                if fail:
                    raise failure
        else:  # the printers' way: the writer opens the path it is given
            with safefile.replaced_when_done(target) as partial:
                partial.write_bytes(data)
                if fail:
                    raise failure

    with pytest.raises(safefile.DiskFull if isinstance(failure, OSError) else ValueError):
        write(b"separuh", fail=True)
    assert target.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daftar.pdf", "data"]
    write(b"versi baru", fail=False)
    assert target.read_bytes() == b"versi baru"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daftar.pdf", "data"]


def _synced_on_other_threads(monkeypatch, fail_with: OSError | None = None) -> list[int]:
    """Count (or fail) the fsyncs made off the main thread: `sync_every`'s background syncs."""
    synced: list[int] = []
    real = safefile.os.fsync

    def fsync(fd: int) -> None:
        if threading.current_thread() is not threading.main_thread():
            if fail_with is not None:
                raise fail_with
            synced.append(fd)
        real(fd)

    monkeypatch.setattr(safefile.os, "fsync", fsync)
    return synced


def test_a_big_write_is_synced_while_it_is_written_and_comes_out_whole(tmp_path, monkeypatch):
    synced = _synced_on_other_threads(monkeypatch)
    target = tmp_path / "cadangan.blkbak"
    chunks = [bytes([i]) * 1000 for i in range(200)]
    with safefile.atomic_write(target, sync_every=10_000) as out:
        for chunk in chunks:
            assert out.write(chunk) == len(chunk)
    assert target.read_bytes() == b"".join(chunks)
    assert synced  # synced behind the writer, not only once at the end


@pytest.mark.parametrize(("failure", "refusal"), [
    (OSError(errno.EIO, "I/O error"), safefile.WriteFailed),
    (OSError(errno.ENOSPC, "penuh"), safefile.DiskFull),
])  # fmt: skip
def test_a_sync_that_fails_behind_the_writer_fails_the_write(
    tmp_path, monkeypatch, failure, refusal
):
    # A failed fsync is reported once per open file: lost on the other thread, the sync at the
    # end would succeed and the file would be trusted with pages that never reached the disk.
    _synced_on_other_threads(monkeypatch, fail_with=failure)
    target = tmp_path / "cadangan.blkbak"
    target.write_bytes(b"versi lama")
    with (
        pytest.raises(refusal, match="Berkas lama"),
        safefile.atomic_write(target, sync_every=1000) as out,
    ):
        for _ in range(50):
            out.write(b"x" * 999)
    assert target.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cadangan.blkbak", "data"]


def test_a_backup_and_its_restore_are_synced_while_written(db, admin, monkeypatch):
    monkeypatch.setattr(backup, "SYNC_EVERY", 4096)
    synced = _synced_on_other_threads(monkeypatch)
    made = database_backup.backup_database(db, "manual").info
    assert synced
    synced.clear()
    restored = made.path.parent / "pulih.sqlite"
    backup.extract(made.path, restored, key=restore.saved_key(db))
    assert synced and integrity.full_check(restored).ok


def test_full_disk_during_a_backup_keeps_earlier_backups(db, admin, monkeypatch):
    first = database_backup.backup_database(db, "manual").info
    before = first.path.read_bytes()
    monkeypatch.setattr(safefile.os, "fsync", _enospc)
    with pytest.raises(safefile.DiskFull, match="Disk penuh"):
        database_backup.backup_database(db, "manual")
    assert [p.name for p in first.path.parent.iterdir()] == [first.path.name]
    assert first.path.read_bytes() == before


@pytest.fixture
def tiny_disk(tmp_path):
    """A 160 KiB tmpfs, when this machine lets us mount one (root on Linux); else skipped."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root); the monkeypatched tests cover it")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def test_full_disk_on_a_real_tiny_filesystem(tiny_disk):
    target = tiny_disk / "ekspor.bin"
    target.write_bytes(b"lama" * 1000)
    full = pytest.raises(safefile.DiskFull, match="Berkas lama tetap utuh")
    with full, safefile.atomic_write(target) as out:
        out.write(os.urandom(400 * 1024))
    assert target.read_bytes() == b"lama" * 1000
    assert [p.name for p in tiny_disk.iterdir()] == ["ekspor.bin"]


def test_backup_to_a_real_tiny_filesystem(db, admin, tiny_disk):
    # 400 KiB that no codec can pack into the 160 KiB disk.
    with db.transaction() as s:
        s.connection().exec_driver_sql("CREATE TABLE filler (b BLOB)")
        s.connection().exec_driver_sql("INSERT INTO filler VALUES (randomblob(400000))")
    with pytest.raises(safefile.DiskFull, match="Disk penuh"):
        backup.create_backup(db.path, "manual", folder=tiny_disk)
    assert list(tiny_disk.iterdir()) == []


# --- retention ---------------------------------------------------------------------------------

NOW = datetime(2026, 11, 27, 12, 0)


def test_retention_like_anki():
    # One backup every 6 hours for 400 days.
    stamps = [NOW - timedelta(hours=6 * i) for i in range(1600)]
    kept = sorted((stamps[i] for i in backup.retained(stamps, NOW)), reverse=True)
    recent = [s for s in kept if NOW - s < timedelta(days=1)]
    older = kept[len(recent) :]
    assert len(recent) == 4
    assert len(older) == backup.DAILY + backup.WEEKLY + backup.MONTHLY
    daily = older[: backup.DAILY]
    assert len({s.date() for s in daily}) == backup.DAILY
    weekly = older[backup.DAILY : backup.DAILY + backup.WEEKLY]
    assert len({s.isocalendar()[:2] for s in weekly}) == backup.WEEKLY
    monthly = older[backup.DAILY + backup.WEEKLY :]
    assert len({(s.year, s.month) for s in monthly}) == backup.MONTHLY
    assert kept[-1] > NOW - timedelta(days=400)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=60 * 24 * 500), max_size=120, unique=True))
def test_retention_properties(minutes_ago):
    stamps = [NOW - timedelta(minutes=m) for m in minutes_ago]
    keep = backup.retained(stamps, NOW)
    recent = {i for i, s in enumerate(stamps) if NOW - s < backup.KEEP_RECENT}
    assert recent <= keep
    assert len(keep - recent) <= backup.DAILY + backup.WEEKLY + backup.MONTHLY
    if stamps:
        assert stamps.index(max(stamps)) in keep  # the newest backup is never pruned
    kept = [stamps[i] for i in sorted(keep)]
    assert len(backup.retained(kept, NOW)) == len(kept)  # pruning again removes nothing


def test_prune_removes_files_and_auto_backup_waits_for_changes(db, admin):
    folder = backup.folder_for(db.path)
    for days in reversed(range(40)):
        backup.create_backup(db.path, "otomatis", now=NOW - timedelta(days=days), folder=folder)
    infos = backup.list_backups(folder)
    assert len(infos) <= 1 + backup.DAILY + backup.WEEKLY + backup.MONTHLY
    latest = database_backup.backup_database(db, "otomatis").info
    assert not database_backup.changed_since_last_backup(db)
    assert not database_backup.auto_backup_due(db, now=latest.created_at + timedelta(hours=1))
    add_users(db, admin, ["baru"])
    assert database_backup.changed_since_last_backup(db)
    assert not database_backup.auto_backup_due(db, now=latest.created_at + timedelta(minutes=10))
    assert database_backup.auto_backup_due(db, now=latest.created_at + timedelta(minutes=31))


def test_listing_skips_a_file_that_is_not_a_backup(db):
    folder = backup.folder_for(db.path)
    (folder / ("asing" + backup.SUFFIX)).write_text("bukan cadangan")
    info = database_backup.backup_database(db, "manual").info
    assert backup.list_backups(folder) == [info]
    assert info.counts == {"trainee": 0, "batch": 0, "enrollment": 0, "attendance_mark": 0,
                           "certificate": 0, "app_user": 1, "audit_event": 2}  # fmt: skip
    assert info.counts_text().startswith("0 peserta, 0 angkatan")


def test_read_only_database_refuses_writes_with_advice(db, admin):
    ro = open_database(db.url, read_only=True)
    try:
        assert usernames(ro) == {"admin"}
        with pytest.raises(DatabaseError, match="hanya-baca"), ro.transaction() as s:
            auth.create_user(s, admin, "baru", "Baru", "viewer", "Sandi1234")
    finally:
        ro.dispose()
    assert usernames(db) == {"admin"}


def test_merges_and_imports_are_preceded_by_a_backup(db, admin, tmp_path):
    from blkdesk.exchange import merge, placement_import

    merge.merge_files(db, admin, [])
    assert [i.reason for i in database_backup.backups_of(db)] == ["penggabungan"]
    not_excel = tmp_path / "penempatan.xlsx"
    not_excel.write_text("bukan berkas Excel")
    with pytest.raises(BlkError):
        placement_import.import_placements(db, admin, not_excel, check_only=True)
    assert len(database_backup.backups_of(db)) == 1  # only checking writes nothing, so no backup
    with pytest.raises(BlkError):
        placement_import.import_placements(db, admin, not_excel)
    assert [i.reason for i in database_backup.backups_of(db)] == ["impor", "penggabungan"]


# --- reading the live file, zstd, and the zlib backups made before -----------------------------

DATA = Path(__file__).parent / "data"
# The fixtures were made by earlier BLKDesks: zlib-* before zstd (format 1, SHA-256 in the header),
# zstd-* with one zstd stream and the SHA-256 in a trailer (format 2), blok-* in blocks with a
# SHA-256 each (format 3); each one plaintext and one sealed under this password and the recovery
# key printed with it. blok-beda/ holds a format-3 full backup and a differential one over it.
OLD_PASSWORD, OLD_RECOVERY = "Sandi-Lama-123", "QB4N-P2IN-6ZQJ-IOAT-M7KM-F5KU-IRWD-BO4W"


def _fast_writer(path: Path, stop: threading.Event, done: list[int]) -> None:
    """Commits audit rows as fast as SQLite allows (no password hashing), each with a page of
    text, so commits land between every step of a backup."""
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=30000")
    n = 0
    while not stop.is_set():
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO audit_event (at, user_name, action, entity, entity_uuid, changes, reason)"
            " VALUES ('2026-11-30', 'penulis', 'uji', 'x', ?, ?, '')",
            (str(n), "x" * 3000),
        )
        conn.execute("COMMIT")
        n += 1
        done.append(n)
    conn.close()


def test_backups_stay_consistent_while_commits_race_them(db, tmp_path):
    stop, done = threading.Event(), []
    thread = threading.Thread(target=_fast_writer, args=(db.path, stop, done))
    thread.start()
    try:
        while len(done) < 50:
            threading.Event().wait(0.01)
        infos = [backup.create_backup(db.path, "otomatis", folder=tmp_path / "b").info
                 for _ in range(8)]  # fmt: skip
    finally:
        stop.set()
        thread.join()
    highs = [i.audit_high for i in infos]
    assert highs == sorted(highs) and highs[-1] > highs[0]
    for info in infos:
        out = tmp_path / f"{info.path.stem}.sqlite"
        backup.extract(info.path, out)  # checks size and SHA-256 against the trailer
        conn = sqlite3.connect(out)
        high = conn.execute("SELECT max(id) FROM audit_event").fetchone()[0]
        conn.close()
        assert high == info.audit_high  # the header describes exactly the bytes packed
        assert integrity.full_check(out).ok


def test_a_quiet_database_is_read_in_place_and_a_commit_slipping_in_is_noticed(
    db, admin, tmp_path, monkeypatch
):
    """No copy of the database is made; a commit landing between the checkpoint and the read
    transaction is seen (data_version) and the file is held still again, with that commit."""
    copies = []
    monkeypatch.setattr(backup, "_snapshot_copy", lambda *a: copies.append(a))
    add_users(db, admin, ["ani"])
    real_version = backup._data_version
    slipped = []

    def version_then_a_commit(conn):
        value = real_version(conn)
        if not slipped:  # once: right after the first note, another connection commits
            slipped.append(True)
            add_users(db, admin, ["budi"])
        return value

    monkeypatch.setattr(backup, "_data_version", version_then_a_commit)
    info = backup.create_backup(db.path, "manual", folder=tmp_path / "b").info
    assert copies == [] and slipped
    assert info.counts["app_user"] == 3  # admin, ani and budi, who slipped in
    out = tmp_path / "x.sqlite"
    backup.extract(info.path, out)
    conn = sqlite3.connect(out)
    assert {r[0] for r in conn.execute("SELECT username FROM app_user")} == {"admin", "ani", "budi"}
    conn.close()


def test_a_reader_holding_an_old_state_gets_a_copy_instead(db, admin, tmp_path):
    """While someone reads an older state, the log cannot be emptied into the file: the backup
    then copies the database with SQLite's backup API, and is just as good."""
    reader = sqlite3.connect(db.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM app_user").fetchone()
    add_users(db, admin, ["ani"])
    try:
        info = backup.create_backup(db.path, "manual", folder=tmp_path / "b").info
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert info.counts["app_user"] == 2
    out = tmp_path / "x.sqlite"
    backup.extract(info.path, out)
    assert integrity.full_check(out).ok
    assert list((tmp_path / "b").glob(".snapshot-*")) == []  # the copy is gone again


def test_backups_are_zstd_blocks_with_a_trailer_and_the_backups_made_before_still_restore(
    db, tmp_path
):
    made = database_backup.backup_database(db, "manual").info
    with open(made.path, "rb") as f:
        header, _ = backup._read_header(f, made.path)
    assert (header["codec"], header["format"], header["digest"]) == ("zstd", 4, "blake3")
    assert "sha256" not in header
    for name, secrets in (
        ("zlib-polos", {}),
        ("zlib-sandi", {"password": OLD_PASSWORD}),
        ("zlib-sandi", {"recovery_key": OLD_RECOVERY.lower().replace("-", " ")}),
        ("zstd-polos", {}),
        ("zstd-sandi", {"password": OLD_PASSWORD}),
        ("zstd-sandi", {"recovery_key": OLD_RECOVERY}),
        ("blok-polos", {}),
        ("blok-sandi", {"password": OLD_PASSWORD}),
        ("blok-sandi", {"recovery_key": OLD_RECOVERY}),
    ):
        old = DATA / f"{name}.blkbak"
        out = tmp_path / f"{name}-{len(secrets)}-{list(secrets)}.sqlite"
        info = backup.extract(old, out, **secrets)
        assert info.counts["app_user"] == 1 and info.encrypted == bool(secrets)
        assert integrity.full_check(out).ok
        conn = sqlite3.connect(out)
        assert conn.execute("SELECT username FROM app_user").fetchall() == [("admin",)]
        conn.close()
    for sealed in ("zlib-sandi", "zstd-sandi", "blok-sandi"):
        with pytest.raises(backup.WrongPassword):
            backup.extract(DATA / f"{sealed}.blkbak", tmp_path / "x.sqlite", password="Salah-12345")
    for plain in ("zstd-polos", "blok-polos"):
        assert backup.verify(DATA / f"{plain}.blkbak", work_dir=tmp_path) is None
        flipped = tmp_path / (f"{plain}-rusak" + backup.SUFFIX)
        shutil.copyfile(DATA / f"{plain}.blkbak", flipped)
        flip_bytes(flipped, flipped.stat().st_size - 600)
        assert backup.verify(flipped, work_dir=tmp_path) is not None


def test_a_format_3_differential_backup_still_restores_over_its_base(tmp_path):
    """Made with SHA-256 digests before BLAKE3: its base (format 3 too) and it still open, and a
    format-4 full backup is never taken for its base."""
    folder = DATA / "blok-beda"
    full, made = sorted(folder.glob("*" + backup.SUFFIX))
    info = backup.read_info(made)
    assert info.base == full.name and info.encrypted
    out = tmp_path / "kembali.sqlite"
    backup.extract(made, out, password=OLD_PASSWORD)
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT isi FROM catatan WHERE id = 600").fetchone() == ("diubah",)
    assert conn.execute("SELECT count(*) FROM catatan").fetchone() == (1200,)
    conn.close()
    assert integrity.full_check(out).ok
    assert backup.verify(made, recovery_key=OLD_RECOVERY, work_dir=tmp_path) is None
    # A format-4 full backup of the same database, under the base's name: not its base.
    copy = tmp_path / "beda"
    copy.mkdir()
    shutil.copyfile(made, copy / made.name)
    key = sealing.new_key(PASSWORD, log2_n=10)[0]
    newer = backup.create_backup(out, "manual", folder=tmp_path / "baru", key=key).info
    shutil.copyfile(newer.path, copy / full.name)
    with pytest.raises(backup.BackupError, match=r"dasarnya .* tidak cocok"):
        backup.extract(copy / made.name, tmp_path / "x.sqlite", password=OLD_PASSWORD)


def test_a_database_of_many_blocks_packed_on_two_threads_comes_back_byte_for_byte(tmp_path):
    """Several blocks, a short last one and incompressible ones: every byte and the order kept."""
    source = tmp_path / "besar.sqlite"
    conn = sqlite3.connect(source)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)")
    rows = [(i, os.urandom(3000) if i % 3 else bytes([i % 251]) * 3000) for i in range(2500)]
    conn.executemany("INSERT INTO t VALUES (?, ?)", rows)
    conn.commit()
    conn.close()
    assert source.stat().st_size > 5 * backup.BLOCK_BYTES
    assert source.stat().st_size % backup.BLOCK_BYTES  # a short last block
    key, _recovery = sealing.new_key(PASSWORD, log2_n=10)
    for sealed_with in (None, key):
        made = backup.create_backup(source, "manual", folder=tmp_path / "b", key=sealed_with).info
        out = tmp_path / f"kembali-{sealed_with is None}.sqlite"
        backup.extract(made.path, out, key=sealed_with)
        assert out.read_bytes() == source.read_bytes()
        _header_bytes, _header, frames = _frames_of(made.path)
        assert len(frames) == -(-source.stat().st_size // backup.BLOCK_BYTES) + 1


def test_blocks_swapped_repeated_or_left_out_are_refused(db, tmp_path):
    source = tmp_path / "dua.sqlite"
    conn = sqlite3.connect(source)
    conn.execute("CREATE TABLE t (data BLOB)")
    conn.executemany("INSERT INTO t VALUES (?)", [(os.urandom(4000),) for _ in range(600)])
    conn.commit()
    conn.close()
    made = backup.create_backup(source, "manual", folder=tmp_path / "b").info
    header_bytes, _header, frames = _frames_of(made.path)
    assert len(frames) >= 4
    for name, changed in (
        ("ditukar", [frames[1], frames[0], *frames[2:]]),
        ("diulang", [frames[0], frames[0], *frames[2:]]),
        ("hilang", [frames[0], *frames[2:]]),
    ):
        bad = tmp_path / (name + backup.SUFFIX)
        _write(bad, header_bytes, changed)
        with pytest.raises(backup.BackupError, match="rusak"):
            backup.extract(bad, tmp_path / "x.sqlite")
        assert not (tmp_path / "x.sqlite").exists()


def _frames_of(path: Path) -> tuple[bytes, dict, list[tuple[bytes, bool]]]:
    with open(path, "rb") as f:
        header, header_bytes = backup._read_header(f, path)
        frames = list(backup._frames(f, path))
    return header_bytes, header, frames


def _write(path: Path, header_bytes: bytes, frames: list[tuple[bytes, bool]]) -> None:
    with open(path, "wb") as out:
        out.write(backup.MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes)
        for data, last in frames:
            out.write(len(data).to_bytes(4, "big") + bytes([last]) + data)


def test_a_plaintext_backup_whose_trailer_or_frames_lie_is_refused(db, tmp_path):
    made = backup.create_backup(db.path, "manual", folder=tmp_path / "b").info
    header_bytes, _header, frames = _frames_of(made.path)
    trailer = json.loads(frames[-1][0])
    assert trailer["db_bytes"] == made.db_bytes and len(trailer["blake3"]) == 64
    lying = tmp_path / ("trailer" + backup.SUFFIX)
    wrong = json.dumps({**trailer, "blake3": "0" * 64}).encode()
    _write(lying, header_bytes, [*frames[:-1], (wrong, True)])
    cut = tmp_path / ("terpotong" + backup.SUFFIX)
    _write(cut, header_bytes, [*frames[:-2], frames[-1]])  # the last packed frame left out
    for bad in (lying, cut):
        with pytest.raises(backup.BackupError, match="rusak"):
            backup.extract(bad, tmp_path / "x.sqlite")
        assert not (tmp_path / "x.sqlite").exists()
    assert backup.verify(lying) is not None


def test_a_backup_that_unpacks_to_more_than_its_header_says_is_refused(db, tmp_path):
    """A crafted file cannot fill the disk: unpacking stops at the recorded size."""
    made = backup.create_backup(db.path, "manual", folder=tmp_path / "b").info
    _header_bytes, header, frames = _frames_of(made.path)
    header["db_bytes"] = 4096
    forged = tmp_path / ("palsu" + backup.SUFFIX)
    _write(forged, json.dumps(header).encode(), frames)
    with pytest.raises(backup.BackupError, match="lebih besar"):
        backup.extract(forged, tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


def test_the_header_counts_the_rows_not_deleted_from_indexes_not_whole_tables(db, admin):
    built = running_batch(db, days=4)
    for day in built.days:
        attendance.fill_day(db, admin, built.id, day, today=built.days[-1])
    cleared = [(built.enrollments[0], built.days[1]), (built.enrollments[1], built.days[2])]
    attendance.set_marks(db, admin, built.id, cleared, None, today=built.days[-1])
    conn = sqlite3.connect(db.path)
    live = conn.execute("SELECT count(*) FROM attendance_mark WHERE deleted_at IS NULL").fetchone()
    assert live[0] == 4 * len(built.enrollments) - 2
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    described = backup._describe(conn)
    conn.set_trace_callback(None)
    assert described["counts"]["attendance_mark"] == live[0]
    for table in ("attendance_mark", "trainee", "certificate"):
        (sql,) = [s for s in statements if f"FROM {table}" in s]
        steps = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
        assert all("INDEX" in step for step in steps if table in step), steps
    # A file from before migration 0013 (a backup taken before upgrading it) counts the same.
    conn.execute("DROP INDEX ix_attendance_mark_deleted")
    assert backup._describe(conn)["counts"] == described["counts"]
    conn.close()
    info = database_backup.backup_database(db, "manual").info
    assert info.counts["attendance_mark"] == live[0]
    assert f"{live[0]} tanda hadir" in info.counts_text()  # what the restore list shows
