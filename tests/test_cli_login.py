"""Headless commands log in like the GUI: same accounts, same lock-out, same roles; read-only
commands need no login; a database path where there is none is refused (except init and demo)."""

import io
import sqlite3

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from blkdesk.cli import main
from blkdesk.core.access import auth
from blkdesk.core.institution import setup
from blkdesk.core.models import AuditEvent, Trainee, User
from blkdesk.core.storage import database_backup
from blkdesk.core.storage.db import open_database
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION
from tests.support.registrant_workbooks import GOOD, workbook


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Gagal: "), err
    return lines[0]


def add_user(db, admin, name, role):
    with db.transaction() as s:
        user = auth.create_user(s, admin, name, f"Pengguna {name}", role, "Sandi1234")
        user.must_change_password = False


def trainees(db) -> int:
    with db.session() as s:
        return len(s.scalars(select(Trainee.id)).all())


@pytest.fixture
def no_login(monkeypatch):
    monkeypatch.delenv("BLKDESK_USER")
    monkeypatch.delenv("BLKDESK_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask


def test_a_data_changing_command_without_a_login_is_refused(db, tmp_path, capsys, no_login):
    book = workbook(tmp_path / "daftar.xlsx", GOOD)
    assert main(["import-trainees", str(book), "--consent-recorded", "--db", str(db.path)]) == 1
    assert "BLKDESK_USER" in one_line(capsys.readouterr().err)
    assert main(["backup", "--db", str(db.path)]) == 1
    assert "login" in one_line(capsys.readouterr().err)
    assert trainees(db) == 0 and database_backup.backups_of(db) == []


def test_read_only_commands_need_no_login(db, tmp_path, capsys, no_login):
    assert main(["check", "--db", str(db.path)]) == 0
    assert main(["backup", "--list", "--db", str(db.path)]) == 0
    assert main(["catalog", "export", str(tmp_path / "k.xlsx"), "--db", str(db.path)]) == 0
    assert main(["verify", "BLK1|rusak", "--db", str(db.path)]) == 1  # a verdict, not a login
    assert "login" not in capsys.readouterr().err


def test_the_same_role_matrix_as_the_gui(db, admin, tmp_path, capsys, monkeypatch):
    add_user(db, admin, "peninjau", "viewer")
    add_user(db, admin, "petugas", "operator")
    book = workbook(tmp_path / "daftar.xlsx", GOOD)
    argv = ["import-trainees", str(book), "--consent-recorded", "--db", str(db.path)]
    monkeypatch.setenv("BLKDESK_USER", "peninjau")
    monkeypatch.setenv("BLKDESK_PASSWORD", "Sandi1234")
    assert main(argv) == 1
    assert "Peninjau tidak berhak mengimpor" in one_line(capsys.readouterr().err)
    assert trainees(db) == 0
    assert main(["restore", "--latest", "--db", str(db.path)]) == 1
    assert "tidak berhak" in one_line(capsys.readouterr().err)
    monkeypatch.setenv("BLKDESK_USER", "petugas")
    assert main(["restore", "--latest", "--db", str(db.path)]) == 1
    assert "Operator tidak berhak memulihkan" in one_line(capsys.readouterr().err)
    assert main(argv) == 0
    assert trainees(db) == 3
    with db.session() as s:
        who = s.scalar(select(AuditEvent.user_name).where(AuditEvent.action == "import"))
    assert who == "petugas"


def test_a_wrong_password_counts_towards_the_lock_out(db, capsys, monkeypatch):
    monkeypatch.setenv("BLKDESK_PASSWORD", "salah-salah1")
    for _ in range(3):
        assert main(["backup", "--db", str(db.path)]) == 1
    line = one_line(capsys.readouterr().err.splitlines()[-1])
    assert "dikunci" in line
    with db.session() as s:
        assert s.scalar(select(User.failed_attempts).where(User.username == "admin")) == 3
    assert database_backup.backups_of(db) == []


def test_an_unknown_or_overlong_user_gets_the_generic_answer(db, capsys, monkeypatch):
    for name in ("tidakada", "x" * 300):
        monkeypatch.setenv("BLKDESK_USER", name)
        assert main(["backup", "--db", str(db.path)]) == 1
        assert "Nama pengguna atau kata sandi salah" in one_line(capsys.readouterr().err)


def test_the_password_is_asked_at_a_terminal(db, capsys, monkeypatch):
    monkeypatch.delenv("BLKDESK_PASSWORD")
    monkeypatch.delenv("BLKDESK_USER")
    monkeypatch.setattr("blkdesk.cli.login._interactive", lambda: True)
    asked = []
    monkeypatch.setattr(
        "blkdesk.cli.login.getpass.getpass", lambda prompt: asked.append(prompt) or ADMIN_PASSWORD
    )
    assert main(["backup", "--db", str(db.path), "--user", "admin"]) == 0
    assert asked == ["Kata sandi BLKDesk untuk admin: "]
    assert len(database_backup.backups_of(db)) == 1


def test_a_password_in_the_environment_is_not_used_for_another_user(db, admin, capsys, monkeypatch):
    add_user(db, admin, "petugas", "operator")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["backup", "--db", str(db.path), "--user", "petugas"]) == 1
    assert "Kata sandi untuk petugas tidak diberikan" in one_line(capsys.readouterr().err)


def test_an_account_an_admin_made_changes_its_password_before_any_command(
    db, admin, capsys, monkeypatch
):
    with db.transaction() as s:
        auth.create_user(s, admin, "dewi", "Dewi", "operator", "Sementara1")
    monkeypatch.setenv("BLKDESK_USER", "dewi")
    monkeypatch.setenv("BLKDESK_PASSWORD", "Sementara1")
    assert main(["backup", "--db", str(db.path)]) == 1
    assert "`blkdesk password --user dewi`" in one_line(capsys.readouterr().err)
    assert database_backup.backups_of(db) == []
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: the new one from the env
    assert main(["password", "--db", str(db.path)]) == 1
    assert "BLKDESK_NEW_PASSWORD" in one_line(capsys.readouterr().err)
    monkeypatch.setenv("BLKDESK_NEW_PASSWORD", "Sementara1")
    assert main(["password", "--db", str(db.path)]) == 1
    assert "harus berbeda" in one_line(capsys.readouterr().err)
    monkeypatch.setenv("BLKDESK_NEW_PASSWORD", "MilikDewi8")
    assert main(["password", "--db", str(db.path)]) == 0
    assert "Kata sandi dewi diganti" in capsys.readouterr().out
    assert main(["backup", "--db", str(db.path)]) == 1  # the old one no longer logs in
    assert "salah" in one_line(capsys.readouterr().err)
    monkeypatch.setenv("BLKDESK_PASSWORD", "MilikDewi8")
    assert main(["backup", "--db", str(db.path)]) == 0
    with db.session() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.user_name == "dewi")).all()
    assert "change_password" in actions


@pytest.mark.parametrize(
    "argv",
    [
        ["backup"],
        ["check"],
        ["import-trainees", "x.xlsx", "--consent-recorded"],
        ["export", "sync", "--out", "{tmp}/s.xlsx"],
        ["catalog", "export", "{tmp}/k.xlsx"],
        ["password"],
        ["server", "create"],  # not an empty office server while the data stays behind
    ],
)
def test_a_database_path_where_there_is_none_is_refused(tmp_path, capsys, argv):
    from blkdesk.core.storage import office_server

    missing = tmp_path / "salah-ketik.sqlite"
    filled = [a.format(tmp=tmp_path) for a in argv]
    assert main([*filled, "--db", str(missing)]) == 1
    assert "tidak ada" in one_line(capsys.readouterr().err)
    assert not missing.exists() and office_server.load_config() is None


def test_init_and_demo_still_make_new_databases(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BLKDESK_ADMIN_PASSWORD", ADMIN_PASSWORD)
    target = tmp_path / "baru.sqlite"
    assert main(["init", "--db", str(target), "--code", "SRG", "--name", "UPTD BLK Serang",
                 "--kind", "uptd_kabkota", "--regency", "3604", "--head-name", "Kepala",
                 "--head-nip", "197003151995031002", "--admin-user", "admin",
                 "--admin-name", "Admin"]) == 0  # fmt: skip
    assert target.exists()
    assert main(["demo", "--db", str(tmp_path / "demo.sqlite"), "--trainees", "20",
                 "--years", "1"]) == 0  # fmt: skip
    assert (tmp_path / "demo.sqlite").exists()


@pytest.mark.postgres
def test_an_overlong_user_on_postgres_is_one_line_not_a_data_error(
    postgres_url, capsys, monkeypatch
):
    admin_engine = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text("DROP DATABASE IF EXISTS blkdesk_login"))
        conn.execute(text("CREATE DATABASE blkdesk_login"))
    url = make_url(postgres_url).set(database="blkdesk_login").render_as_string(False)
    db = open_database(url)
    try:
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        argv = ["export", "sync", "--out", "/tmp/blkdesk-pg-sync.xlsx", "--db", url]
        monkeypatch.setenv("BLKDESK_USER", "u" * 200)
        assert main(argv) == 1
        assert "Nama pengguna atau kata sandi salah" in one_line(capsys.readouterr().err)
        # A long name that does reach the audit trail (a system actor) is cut, not refused.
        from blkdesk.core import audit
        from blkdesk.core.institution import system_actor

        with db.transaction() as s:
            audit.record(s, system_actor("n" * 300), "test", "x")
        with db.session() as s:
            name = s.scalar(select(AuditEvent.user_name).where(AuditEvent.action == "test"))
        assert name is not None and len(name) == 120
    finally:
        db.dispose()
        with admin_engine.connect() as conn:
            conn.execute(text("DROP DATABASE blkdesk_login"))
        admin_engine.dispose()


def test_sqlite_reader_sees_no_change_after_a_refused_command(db, tmp_path, capsys, no_login):
    book = workbook(tmp_path / "daftar.xlsx", GOOD)
    before = list(sqlite3.connect(db.path).iterdump())
    assert main(["import-trainees", str(book), "--consent-recorded", "--db", str(db.path)]) == 1
    assert list(sqlite3.connect(db.path).iterdump()) == before
