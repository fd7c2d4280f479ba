import argparse
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from blkdesk.cli import build_parser, main
from blkdesk.core.models import AuditEvent, Institution, Trainee
from blkdesk.core.storage.db import open_database, resolve_url


def blkdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "blkdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_version():
    result = blkdesk("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("BLKDesk ")


def test_every_subcommand_has_help():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0


def _parsers(parser):
    """Every parser below `parser`, nested subcommands (`export monthly`) included."""
    for action in parser._actions:
        if isinstance(action.choices, dict):
            for child in action.choices.values():
                if isinstance(child, type(parser)):
                    yield child
                    yield from _parsers(child)


def test_no_subcommand_hides_a_db_given_before_it():
    # A subcommand's own default would win over `blkdesk --db F <command>` and send the command
    # to the default database instead: a restore or a merge into the wrong file.
    with_db = [p for p in _parsers(build_parser()) if "--db" in p._option_string_actions]
    assert len(with_db) > 20
    for parser in with_db:
        assert parser._option_string_actions["--db"].default is argparse.SUPPRESS, parser.prog


@pytest.mark.parametrize("before", [True, False])
def test_db_before_or_after_the_subcommand_is_the_one_used(tmp_path, capsys, before):
    missing = tmp_path / "tidak-ada.sqlite"
    args = ["--db", str(missing), "check"] if before else ["check", "--db", str(missing)]
    assert main(args) == 1
    assert str(missing) in capsys.readouterr().err
    target = tmp_path / "baru.sqlite"
    init = ["init", "--code", "pdg", "--name", "UPTD BLK Pandeglang", "--kind", "uptd_kabkota",
            "--regency", "3601", "--head-name", "Kepala", "--head-nip", "197001011995031001",
            "--admin-user", "admin", "--admin-name", "Admin",
            "--admin-password", "Sandi1234"]  # fmt: skip
    assert main(["--db", str(target), *init] if before else [*init, "--db", str(target)]) == 0
    assert target.is_file()
    assert main(["--db", str(target), "check"] if before else ["check", "--db", str(target)]) == 0


def test_init_headless_then_refuses_a_second_time(tmp_path, capsys):
    target = str(tmp_path / "new.sqlite")
    args = ["init", "--db", target, "--code", "pdg", "--name", "UPTD BLK Pandeglang",
            "--kind", "uptd_kabkota", "--regency", "3601", "--head-name", "Kepala",
            "--head-nip", "197001011995031001", "--admin-user", "admin",
            "--admin-name", "Admin", "--admin-password", "Sandi1234",
            "--user", "admin"]  # fmt: skip
    assert main(args) == 0
    assert "blkdesk backup --set-password" in capsys.readouterr().out  # the next step, said
    db = open_database(resolve_url(target))
    with db.session() as s:
        assert s.scalar(select(Institution.code)) == "PDG"
        assert s.scalar(select(Institution.private_key)) is not None
    db.dispose()
    assert main(args) == 1
    assert (
        capsys.readouterr().err.strip()
        == "Gagal: Database ini sudah disiapkan untuk sebuah lembaga."
    )


def test_init_reports_bad_input_on_one_line(tmp_path, capsys):
    code = main(["init", "--db", str(tmp_path / "x.sqlite"), "--code", "A", "--name", "X",
                 "--kind", "blkk", "--regency", "3601", "--head-name", "K", "--head-nip", "12",
                 "--admin-user", "admin", "--admin-name", "A",
                 "--admin-password", "x"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert "NIP harus 18 angka" in err


def test_demo_prints_logins_and_builds_data(tmp_path):
    target = tmp_path / "demo.sqlite"
    result = blkdesk("demo", "--db", str(target), "--trainees", "300", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "admin     / Admin123" in result.stdout
    db = open_database(resolve_url(str(target)))
    with db.session() as s:
        assert s.scalar(select(func.count(Trainee.id))) == 300
        assert s.scalar(select(func.count(AuditEvent.id))) > 0
    db.dispose()
    again = blkdesk("demo", "--db", str(target))
    assert again.returncode == 1
    assert "sudah ada" in again.stderr


@pytest.mark.parametrize("name", ["laporan", "laporan.txt", "laporan.xls"])
def test_an_output_without_its_type_is_refused_before_any_work(db, tmp_path, capsys, name):
    target = tmp_path / name
    code = main(["export", "monthly", "--db", str(db.path), "--month", "2026-10",
                 "--out", str(target)])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert err == f"Gagal: Nama berkas {name} harus berakhiran .xlsx, mis. laporan.xlsx.\n"
    assert not target.exists() and not list(tmp_path.glob("laporan*"))


def test_an_output_named_with_its_type_in_capitals_is_written(db, tmp_path):
    target = tmp_path / "LAPORAN.XLSX"
    assert main(["export", "monthly", "--db", str(db.path), "--month", "2026-10",
                 "--out", str(target)]) == 0  # fmt: skip
    assert target.is_file()
