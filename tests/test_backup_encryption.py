"""Backups sealed by default: a password and a printed recovery key, either of which restores on
another PC; plaintext only by an administrator's audited choice; old plaintext backups resealed;
no plaintext work copy survives a kill."""

import io
import json
import logging
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select

from blkdesk.cli import main
from blkdesk.core import demo
from blkdesk.core.errors import PermissionDenied, ValidationError
from blkdesk.core.models import AuditEvent, Setting, Trainee, User
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.registry import trainees
from blkdesk.core.storage import backup, database_backup, restore, sealing
from blkdesk.core.storage.db import open_database, resolve_url
from tests.support.institution import ADMIN_PASSWORD
from tests.support.registrants import siti

PASSWORD = "Brankas-Kantor-7"
OPERATOR = Actor(name="operator", role=Role.OPERATOR, user_id=None)


def seal(db, admin) -> str:
    with db.transaction() as s:
        return backup.set_backup_password(s, admin, PASSWORD)


def with_trainee(db, admin):
    with db.transaction() as s:
        return trainees.register(s, admin, siti())


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Gagal: "), err
    return lines[0]


def test_a_sealed_backup_hides_the_personal_data(db, admin):
    person = with_trainee(db, admin)
    recovery = seal(db, admin)
    info = database_backup.backup_database(db, "manual").info
    raw = info.path.read_bytes()
    assert info.encrypted and info.key_id
    assert person.nik.encode() not in raw and b"Aminah" not in raw
    assert recovery not in raw.decode("latin-1") and PASSWORD.encode() not in raw
    with db.session() as s:
        stored = s.get(Setting, backup.KEY_SETTING).value
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "backup")).all()
    assert PASSWORD not in stored and recovery not in stored
    assert [(e.action, e.changes) for e in events] == [("set_password", "")]


def test_restore_on_another_pc_with_the_password_or_the_recovery_key(
    db, admin, tmp_path, monkeypatch, capsys
):
    with_trainee(db, admin)
    recovery = seal(db, admin)
    info = database_backup.backup_database(db, "manual").info
    usb = tmp_path / "flashdisk.blkbak"
    usb.write_bytes(info.path.read_bytes())
    # Another PC: its own data folder and a fresh database set up by `blkdesk init`.
    monkeypatch.setenv("BLKDESK_DATA_DIR", str(tmp_path / "pc-lain"))
    monkeypatch.setenv("BLKDESK_ADMIN_PASSWORD", ADMIN_PASSWORD)
    for secret in (
        ["--password", PASSWORD],
        ["--recovery-key", recovery.lower().replace("-", " ")],
    ):
        other = tmp_path / f"pc-lain-{secret[0][2:]}.sqlite"
        assert main(["init", "--db", str(other), "--code", "LBK", "--name", "UPTD BLK Lebak",
                     "--kind", "uptd_kabkota", "--regency", "3602", "--head-name", "Kepala",
                     "--head-nip", "197003151995031002", "--admin-user", "admin",
                     "--admin-name", "Admin"]) == 0  # fmt: skip
        assert main(["restore", str(usb), "--db", str(other), *secret]) == 0, capsys.readouterr()
        moved = open_database(resolve_url(str(other)))
        try:
            with moved.session() as s:
                assert s.scalar(select(Trainee.name)) == "Siti Aminah"
                # The restored database goes on sealing its backups with the same key.
                assert backup.configured_key(s).key_id == info.key_id
        finally:
            moved.dispose()


def test_wrong_password_and_wrong_key_are_said_precisely(db, admin, tmp_path, capsys):
    seal(db, admin)
    info = database_backup.backup_database(db, "manual").info
    target = tmp_path / "x.sqlite"
    with pytest.raises(backup.WrongPassword, match=r"^Kata sandi cadangan salah"):
        backup.extract(info.path, target, password="bukan-ini-sandinya")
    with pytest.raises(backup.WrongPassword, match=r"^Kunci cadangan salah"):
        backup.extract(info.path, target, recovery_key="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert not target.exists()
    # The CLI on a database whose own key was lost (settings cleared): a wrong password is
    # named as such, not "no good backup".
    with db.transaction() as s:
        s.get(Setting, backup.KEY_SETTING).value = "null"
    code = main(["restore", "--latest", "--db", str(db.path), "--password", "salah-salah-1"])
    assert code == 1
    assert "Kata sandi cadangan salah" in one_line(capsys.readouterr().err)
    assert main(["restore", "--latest", "--db", str(db.path)]) == 1
    assert "terenkripsi" in one_line(capsys.readouterr().err)


def test_until_an_admin_decides_backups_are_sealed_under_blkdesks_own_key(
    db, admin, tmp_path, monkeypatch, capsys
):
    """Nobody has set a password yet: the backup is sealed all the same (and may go to the USB
    stick); setting the password later keeps that key and prints its recovery key, which then
    opens every backup made meanwhile on any PC."""
    person = with_trainee(db, admin)
    usb = tmp_path / "usb"
    usb.mkdir()
    with db.transaction() as s:
        backup.set_copy_dir(s, admin, usb)
        assert backup.protection(s) == backup.Protection.UNDECIDED
    early = database_backup.backup_database(db, "otomatis")
    raw = early.info.path.read_bytes()
    assert early.info.encrypted and person.nik.encode() not in raw and b"Aminah" not in raw
    assert early.copied_to == usb / early.info.path.name and early.copy_error is None
    with db.session() as s:
        assert backup.protection(s) == backup.Protection.PROVISIONAL
        pending = backup.pending_recovery_key(s)
    # The CLI says the sheet is still to be printed.
    assert main(["backup", "--db", str(db.path)]) == 0
    assert "--set-password" in capsys.readouterr().err
    # The admin sets the password: the recovery key is the one the backups already carry.
    recovery = seal(db, admin)
    assert recovery == pending
    with db.session() as s:
        assert backup.protection(s) == backup.Protection.SEALED
        assert backup.pending_recovery_key(s) is None
        assert backup.configured_key(s).key_id == early.info.key_id
    assert backup.kept_provisional_key(early.info.key_id) is None  # the sheet replaces it
    later = database_backup.backup_database(db, "manual").info
    # Another PC: neither the database's key nor the key file; the sheet opens both.
    monkeypatch.setenv("BLKDESK_DATA_DIR", str(tmp_path / "pc-lain"))
    for info in (early.info, later):
        with pytest.raises(ValidationError):
            backup.extract(info.path, tmp_path / "x.sqlite")
        assert backup.verify(info.path, recovery_key=recovery) is None
    assert backup.verify(later.path, password=PASSWORD) is None


def test_a_damaged_database_restores_from_backups_under_the_provisional_key(db, admin):
    """The key lives in the database, so when that is damaged before anyone printed the sheet,
    the copy of the key in this PC's data folder still opens its backups (here, not elsewhere)."""
    with_trainee(db, admin)
    good = database_backup.backup_database(db, "manual").info
    assert good.encrypted and backup.kept_provisional_key(good.key_id) is not None
    db.dispose()
    with open(db.path, "r+b") as f:
        f.write(b"\xff" * 100)  # not even a SQLite file any more
    assert backup.newest_good_backup(backup.folder_for(db.path)) == good
    result = restore.restore(db, admin, good.path)
    assert result.damaged_copy is not None
    fresh = open_database(db.url)
    try:
        with fresh.session() as s:
            assert s.scalar(select(Trainee.name)) == "Siti Aminah"
            assert backup.protection(s) == backup.Protection.PROVISIONAL
    finally:
        fresh.dispose()


def test_choosing_plaintext_after_provisional_backups_hands_over_their_recovery_key(db, admin):
    with_trainee(db, admin)
    sealed = database_backup.backup_database(db, "manual").info
    with db.transaction() as s:
        recovery = backup.choose_unencrypted(s, admin, "kantor tanpa brankas")
    assert recovery and backup.verify(sealed.path, recovery_key=recovery) is None
    assert not database_backup.backup_database(db, "manual").info.encrypted


def test_plaintext_only_by_an_admins_audited_choice(db, admin, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with db.transaction() as s:
        backup.set_copy_dir(s, admin, usb)
    with db.transaction() as s, pytest.raises(PermissionDenied):
        backup.choose_unencrypted(s, OPERATOR, "kantor tanpa brankas")
    with db.transaction() as s, pytest.raises(ValidationError, match="alasan"):
        backup.choose_unencrypted(s, admin, " ")
    with db.transaction() as s:
        backup.choose_unencrypted(s, admin, "uji coba pelatihan petugas")
    result = database_backup.backup_database(db, "manual")
    assert not result.info.encrypted and result.copied_to is not None
    with db.session() as s:
        assert backup.protection(s) == backup.Protection.PLAINTEXT
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "choose_unencrypted"))
    assert (event.user_name, event.reason) == ("admin", "uji coba pelatihan petugas")


def test_old_plaintext_backups_are_flagged_and_resealed(db, admin, capsys):
    person = with_trainee(db, admin)
    # As an older BLKDesk made them before anyone chose.
    old = [backup.create_backup(db.path, "manual").info for _ in range(2)]
    assert {i.path for i in backup.plaintext_backups(db)} == {i.path for i in old}
    recovery = seal(db, admin)
    assert main(["backup", "--reseal", "--db", str(db.path)]) == 0
    assert "2 cadangan lama kini terenkripsi" in capsys.readouterr().out
    assert backup.plaintext_backups(db) == []
    for info in old:
        raw = info.path.read_bytes()
        assert person.nik.encode() not in raw and b"SQLite format 3" not in raw
        assert backup.verify(info.path, recovery_key=recovery) is None
    with db.session() as s:
        assert s.scalar(select(AuditEvent.action).where(AuditEvent.action == "reseal"))


def test_backups_made_before_the_recovery_key_still_open(db, admin, tmp_path):
    legacy = backup.derive_key(PASSWORD)
    with db.transaction() as s:
        s.add(Setting(key=backup.KEY_SETTING, value=json.dumps(legacy.as_setting())))
    info = database_backup.backup_database(db, "manual").info
    assert info.encrypted and info.key_id == legacy.salt.hex()
    with pytest.raises(backup.BackupError, match="salah"):
        backup.extract(info.path, tmp_path / "a.sqlite", password="bukan-ini-sandinya")
    backup.extract(info.path, tmp_path / "b.sqlite", password=PASSWORD)
    assert restore.restore(db, admin, info.path).restored.encrypted  # the saved legacy key


def test_a_migration_backup_is_sealed_with_the_databases_key(db, admin):
    seal(db, admin)
    key = backup.sealing_key_in_file(db.path).key
    path = backup.create_backup(db.path, "migrasi", key=key).info.path
    assert backup.read_info(path).encrypted


def test_seal_stream_round_trip_for_other_dumps():
    key, recovery = sealing.new_key(PASSWORD)
    plain = os.urandom(3 * sealing.FRAME_BYTES + 123)
    sealed = io.BytesIO()
    sealing.seal_stream(io.BytesIO(plain), sealed, key, {"kind": "pg_dump"})
    for secret in ({"password": PASSWORD}, {"recovery_key": recovery}, {"saved": key}):
        out = io.BytesIO()
        meta = sealing.open_stream(io.BytesIO(sealed.getvalue()), out, **secret)
        assert meta == {"kind": "pg_dump"} and out.getvalue() == plain
    with pytest.raises(sealing.WrongSecret):
        sealing.open_stream(io.BytesIO(sealed.getvalue()), io.BytesIO(), password="salah-salah")
    tampered = bytearray(sealed.getvalue())
    tampered[-100] ^= 1
    with pytest.raises(sealing.SealError):
        sealing.open_stream(io.BytesIO(bytes(tampered)), io.BytesIO(), password=PASSWORD)
    cut = sealed.getvalue()[: -sealing.FRAME_BYTES]
    with pytest.raises(sealing.SealError):
        sealing.open_stream(io.BytesIO(cut), io.BytesIO(), password=PASSWORD)


def test_work_files_left_by_a_kill_are_cleaned_and_logged(db, caplog):
    folder = backup.folder_for(db.path)
    leftovers = [
        folder / ".snapshot-abc123.sqlite",
        folder / ".blkdesk-20260101-000000-manual.blkbak.x1y2.tmp",
        db.path.with_name(f".pemulihan-{db.path.stem}-k9z8.sqlite"),
        db.path.with_name(".pemulihan-q1w2e3r4.sqlite-wal"),  # named by an older BLKDesk
    ]
    for path in leftovers:
        path.write_bytes(b"SQLite format 3\0")
    (folder / ".periksa-xyz").mkdir()
    (folder / ".periksa-xyz" / "check.sqlite").write_bytes(b"SQLite format 3\0")
    keep = db.path.with_name("catatan.sqlite")
    keep.write_bytes(b"x")
    with caplog.at_level(logging.WARNING):
        removed = backup.clean_work_files(db.path)
    assert len(removed) == 5
    assert not any(p.exists() for p in leftovers) and not (folder / ".periksa-xyz").exists()
    assert keep.exists() and db.path.exists()
    assert "5 berkas kerja sisa" in caplog.text


def test_a_restore_killed_midway_leaves_nothing_after_the_next_start(db, admin, tmp_path):
    with_trainee(db, admin)
    seal(db, admin)
    info = database_backup.backup_database(db, "manual").info
    child = textwrap.dedent(f"""
        import os, signal
        from blkdesk.core.permissions import Actor, Role
        from blkdesk.core.storage import restore
        from blkdesk.core.storage.db import open_database, resolve_url
        def killed(*_a, **_k):
            os.kill(os.getpid(), signal.SIGKILL)
        restore._copy_into = killed
        from pathlib import Path
        db = open_database(resolve_url({str(db.path)!r}))
        restore.restore(db, Actor("admin", Role.ADMIN, 1), Path({str(info.path)!r}))
    """)  # fmt: skip
    done = subprocess.run([sys.executable, "-c", child], env=os.environ.copy(), check=False)
    assert done.returncode == -signal.SIGKILL
    plain = [p for p in db.path.parent.iterdir() if p.name.startswith(".pemulihan-")]
    assert plain  # the decoded copy the kill left behind...
    from blkdesk.ui.app import open_checked

    db.dispose()
    opened = open_checked(str(db.path))  # ...is gone once BLKDesk starts again
    try:
        assert not [p for p in db.path.parent.iterdir() if p.name.startswith(".pemulihan-")]
        with opened.db.session() as s:
            assert s.scalar(select(User.username)) == "admin"
    finally:
        opened.db.dispose()
        opened.lock.release()


def test_the_demo_has_a_backup_password_printed_with_the_logins(tmp_path, capsys):
    target = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(target), "--trainees", "20", "--years", "1"]) == 0
    out = capsys.readouterr().out
    assert f"Kata sandi cadangan (cadangan demo terenkripsi): {demo.DEMO_BACKUP_PASSWORD}" in out
    recovery = out.split("Kunci cadangan: ", 1)[1].split()[0]
    db = open_database(resolve_url(str(target)))
    try:
        info = database_backup.backup_database(db, "manual").info
        assert info.encrypted
        assert backup.verify(info.path, password=demo.DEMO_BACKUP_PASSWORD) is None
        assert backup.verify(info.path, recovery_key=recovery) is None
    finally:
        db.dispose()
