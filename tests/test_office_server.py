"""`blkdesk server create` makes this PC the office server and moves the BLK's file into it."""

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from blkdesk.cli import main
from blkdesk.core import demo
from blkdesk.core.access import auth
from blkdesk.core.models import AuditEvent, Trainee
from blkdesk.core.storage import office_server, paths
from blkdesk.core.storage.db import open_database, resolve_url
from tests.support.office_home import office_home
from tests.support.postgres import free_port

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_home(monkeypatch):
    with office_home(monkeypatch) as home:
        yield home


def test_create_moves_the_file_and_this_pc_then_opens_the_server(server_home, capsys, monkeypatch):
    demo.build(str(server_home / "blkdesk.sqlite"), trainees=80, seed=2, years=2)
    port = free_port()
    # Moving the BLK's data takes an administrator's login on that file.
    monkeypatch.setenv("BLKDESK_USER", "operator")
    monkeypatch.setenv("BLKDESK_PASSWORD", "Operator123")
    assert main(["server", "create", "--port", str(port), "--listen", "127.0.0.1"]) == 1
    assert "Gagal:" in capsys.readouterr().err and office_server.load_config() is None
    monkeypatch.setenv("BLKDESK_USER", "admin")
    monkeypatch.setenv("BLKDESK_PASSWORD", "Admin123")
    assert main(["server", "create", "--port", str(port), "--listen", "127.0.0.1"]) == 0
    out = capsys.readouterr().out
    file_db = open_database(resolve_url(str(server_home / "blkdesk.sqlite")))  # kept as it was
    with file_db.session() as s:
        trainees = s.scalar(select(func.count(Trainee.id)))
        audits = s.scalar(select(func.count(AuditEvent.id)))
    file_db.dispose()
    config = office_server.load_config()
    assert config is not None and config.port == port
    assert f"Kata sandi untuk PC lain: {config.password}" in out
    assert "checksum setiap tabel cocok" in out and "firewall" in out
    # It starts with the PC: the log-in start-up entry runs `blkdesk server start`.
    entry = office_server.autostart_path().read_text()
    assert "Exec=" in entry and entry.rstrip().endswith("NoDisplay=true")
    assert "-m blkdesk server start" in entry
    # From now on this PC opens the server, with a password (trust is never configured).
    assert paths.remembered_server() == config.url() == resolve_url(None)
    hba = (Path(config.cluster) / "pg_hba.conf").read_text()
    assert "trust" not in [line.split()[-1] for line in hba.splitlines() if line.startswith("host")]
    server = open_database(resolve_url(None))
    try:
        with server.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == trainees
            assert s.scalar(select(func.count(AuditEvent.id))) == audits
        assert auth.login(server, "admin", "Admin123").role == "admin"
    finally:
        server.dispose()
    # A wrong password is refused with one sentence; the real one connects and is remembered.
    assert main(["server", "connect", "127.0.0.1", "--port", str(port), "--password", "x"]) == 1
    assert "menolak kata sandi" in capsys.readouterr().err
    assert main(["server", "connect", "127.0.0.1", "--port", str(port),
                 "--password", config.password]) == 0  # fmt: skip
    # Stopping it takes the office's database from every clerk: an administrator's login on it.
    monkeypatch.setenv("BLKDESK_PASSWORD", "salah-sekali")
    assert main(["server", "stop"]) == 1
    assert "salah" in capsys.readouterr().err and office_server.is_running(config)
    monkeypatch.setenv("BLKDESK_PASSWORD", "Admin123")
    # Stopped (the PC restarted), it is started again when BLKDesk opens its database here.
    assert main(["server", "stop"]) == 0
    assert not office_server.is_running(config)
    assert main(["server", "status"]) == 1
    office_server.start_if_ours(resolve_url(None))
    assert office_server.is_running(config)
    # The autostart entry's `server start` runs with nobody to log in: the PC's own account.
    monkeypatch.delenv("BLKDESK_USER")
    monkeypatch.delenv("BLKDESK_PASSWORD")
    assert main(["server", "stop"]) == 1  # but stopping still asks for a login
    assert office_server.is_running(config)
    office_server.stop(config)
    assert main(["server", "start"]) == 0 and office_server.is_running(config)
    assert main(["server", "disconnect"]) == 0
    assert resolve_url(None).startswith("sqlite:")


def test_a_second_create_is_refused(server_home, capsys):
    port = free_port()
    assert main(["server", "create", "--port", str(port), "--listen", "127.0.0.1"]) == 0
    assert main(["server", "create", "--port", str(port + 1), "--listen", "127.0.0.1"]) == 1
    assert "sudah berada di server" in capsys.readouterr().err


def test_the_pgserver_wheels_binaries_are_found_when_nothing_is_installed(monkeypatch, tmp_path):
    import importlib.util

    from blkdesk.core.storage import office_server

    package = tmp_path / "pgserver"
    bindir = package / "pginstall" / "bin"
    bindir.mkdir(parents=True)
    for tool in ("initdb", "pg_ctl"):
        (bindir / office_server._exe(bindir, tool).name).touch()
    spec = importlib.util.spec_from_file_location(
        "pgserver", package / "__init__.py", submodule_search_locations=[str(package)]
    )
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec)
    monkeypatch.setattr(office_server.glob, "glob", lambda pattern: [])
    monkeypatch.setattr(office_server.shutil, "which", lambda name: None)
    assert office_server.find_tools() == bindir


def _fake_server(bindir: Path, tools=office_server.SERVER_TOOLS, says="(PostgreSQL) 16.2") -> Path:
    """Programs that answer `--version` as PostgreSQL's do."""
    bindir.mkdir(parents=True)
    for tool in tools:
        exe = bindir / office_server._exe(bindir, tool).name
        exe.write_text(f"#!/bin/sh\necho '{tool} {says}'\n")
        exe.chmod(0o755)
    return bindir


def _frozen(monkeypatch, bundle: Path) -> None:
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)


@pytest.mark.skipif(os.name == "nt", reason="the fake programs are shell scripts")
def test_a_bundle_runs_the_server_it_carries_only_when_none_is_installed(monkeypatch, tmp_path):
    bundled = _fake_server(tmp_path / "bundle" / office_server.BUNDLED_BIN)
    installed = _fake_server(tmp_path / "usr/lib/postgresql/17/bin")
    _frozen(monkeypatch, tmp_path / "bundle")
    monkeypatch.setattr(office_server.shutil, "which", lambda name: None)
    found = {"/usr/lib/postgresql/*/bin": [str(installed)]}
    monkeypatch.setattr(office_server.glob, "glob", lambda pattern: found.get(pattern, []))
    assert office_server.find_tools() == installed
    found.clear()  # a PC without PostgreSQL
    assert office_server.find_tools() == bundled
    assert office_server.tool_problems(bundled) == []


@pytest.mark.skipif(os.name == "nt", reason="the fake programs are shell scripts")
def test_the_bundle_selftest_fails_when_a_carried_server_program_is_missing_or_broken(
    monkeypatch, tmp_path
):
    from blkdesk.ui import selftest

    assert selftest.bundled_server() == ""  # run from source: nothing to check
    bindir = _fake_server(tmp_path / office_server.BUNDLED_BIN)
    _frozen(monkeypatch, tmp_path)
    assert selftest.bundled_server() == ", PostgreSQL bawaan siap"
    (bindir / "pg_ctl").unlink()
    (bindir / "postgres").write_text("#!/bin/sh\necho 'libz.so.1: not found' >&2\nexit 127\n")
    with pytest.raises(selftest.SelftestFailed) as failed:
        selftest.bundled_server()
    assert "pg_ctl tidak ada" in str(failed.value)
    assert "postgres --version gagal: libz.so.1: not found" in str(failed.value)
