"""`blkdesk backup`, `restore` and `check` headless."""

from sqlalchemy import select

from blkdesk.cli import main
from blkdesk.core.access import auth
from blkdesk.core.models import AuditEvent, User
from blkdesk.core.storage import database_backup
from blkdesk.core.storage.instance_lock import InstanceLock
from tests.support.backups import damage_first_table


def _add_user(db, admin, name):
    with db.transaction() as s:
        auth.create_user(s, admin, name, "Pengguna", "viewer", "Sandi1234")


def test_backup_list_restore_latest_and_check(db, admin, capsys):
    target = str(db.path)
    assert main(["backup", "--db", target, "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cadangan dibuat:") and "1 pengguna" in out
    _add_user(db, admin, "sesudah")
    assert main(["backup", "--list", "--db", target]) == 0
    assert "dibuat manual" in capsys.readouterr().out
    assert main(["restore", "--latest", "--db", target, "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "Dipulihkan dari" in out and "Keadaan sebelumnya dicadangkan" in out
    with db.session() as s:
        assert s.scalar(select(User.id).where(User.username == "sesudah")) is None
        assert s.scalar(select(AuditEvent.user_name).where(AuditEvent.action == "restore")) == (
            "admin"
        )
    assert main(["check", "--db", target]) == 0
    assert "dalam keadaan baik" in capsys.readouterr().out


def test_password_backup_and_restore_by_file(db, capsys, monkeypatch):
    target = str(db.path)
    assert main(["backup", "--db", target, "--password", "Rahasia-Kantor"]) == 0
    info = database_backup.backups_of(db)[0]
    assert info.encrypted and "[terenkripsi]" in capsys.readouterr().out
    assert main(["restore", str(info.path), "--db", target]) == 1
    assert capsys.readouterr().err.startswith("Gagal: Cadangan ini dilindungi kata sandi")
    monkeypatch.setenv("BLKDESK_BACKUP_PASSWORD", "Rahasia-Kantor")
    assert main(["restore", str(info.path), "--db", target]) == 0


def test_restore_is_refused_while_blkdesk_has_the_file_open(db, capsys):
    target = str(db.path)
    main(["backup", "--db", target])
    capsys.readouterr()
    with InstanceLock.acquire(db.path):
        assert main(["restore", "--latest", "--db", target]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "sedang dibuka oleh" in err


def test_check_fails_with_one_line_on_a_damaged_file(db, capsys):
    db.dispose()
    damage_first_table(db.path)
    assert main(["check", "--db", str(db.path)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("Gagal: Pemeriksaan lengkap menemukan")
    assert captured.err.count("\n") == 1
    assert captured.out.startswith("- ")


def test_missing_file_and_no_backups(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "tidak-ada.sqlite")]) == 1
    assert "tidak ada" in capsys.readouterr().err
