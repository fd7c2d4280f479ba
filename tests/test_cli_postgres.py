"""The command line on the office server: demo, import, export and merge leave ids usable."""

import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import func, insert, select, text

from blkdesk.cli import main
from blkdesk.core import demo
from blkdesk.core.models import AuditEvent, Trainee
from blkdesk.core.registry import trainees
from blkdesk.core.storage import sequences
from blkdesk.core.storage.db import open_database
from tests.support.exchange_data import institution
from tests.support.registrant_workbooks import GOOD, nik, workbook
from tests.support.registrants import siti

pytestmark = pytest.mark.postgres
RINA = nik(date(1990, 1, 1), "P", 77)


def test_demo_leaves_every_sequence_past_its_ids(pg_db_url, tmp_path, capsys, admin, monkeypatch):
    result = subprocess.run(
        [sys.executable, "-m", "blkdesk", "demo", "--db", pg_db_url, "--trainees", "120"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    db = open_database(pg_db_url)
    try:
        with db.transaction() as s:
            # Nothing left for advance() to do: demo already moved every sequence.
            assert sequences.advance(s.connection()) == {}
            top = s.scalar(select(func.max(Trainee.id)))
            added = trainees.register(
                s, admin, siti(nik=RINA, name="Rina Wati", birth_date=date(1990, 1, 1), phone="")
            )
        assert added.id == top + 1
        path = workbook(tmp_path / "pendaftar.xlsx", GOOD)
        monkeypatch.setenv("BLKDESK_PASSWORD", demo.DEMO_USERS[0][1])  # the demo's admin
        code = main(["import-trainees", str(path), "--db", pg_db_url, "--consent-recorded"])
        assert code == 0, capsys.readouterr().err
        with db.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == 124
            assert (
                s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "import"))
                == 1
            )
    finally:
        db.dispose()


def test_export_and_merge_into_a_province_on_the_server(pg_db_url, tmp_path, capsys, monkeypatch):
    blk = tmp_path / "blk.sqlite"
    assert main(["demo", "--db", str(blk), "--trainees", "60", "--seed", "3"]) == 0
    out = tmp_path / "sync.xlsx"
    with monkeypatch.context() as demo_login:
        demo_login.setenv("BLKDESK_PASSWORD", demo.DEMO_USERS[0][1])  # the demo's admin
        assert main(["export", "sync", "--full", "--db", str(blk), "--out", str(out)]) == 0
    province = open_database(pg_db_url)
    try:
        from blkdesk.core.institution import setup

        data = institution("DISNAKER36", "36")
        data.kind = "disnaker_provinsi"
        setup(province, data, "admin", "Admin", "Rahasia123")
        capsys.readouterr()
        assert main(["merge", "--db", pg_db_url, str(out)]) == 0, capsys.readouterr().err
        with province.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == 60
            # A second merge of the same file changes nothing and breaks no key.
        assert main(["merge", "--db", pg_db_url, str(out)]) == 0
        with province.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == 60
            seq = s.scalar(text("SELECT last_value FROM trainee_id_seq"))
            assert seq >= s.scalar(select(func.max(Trainee.id)))
    finally:
        province.dispose()


def test_advance_moves_a_sequence_left_behind_and_never_back(pg_db_url, db, admin):
    del db  # the SQLite one: advance() has nothing to do there
    pg = open_database(pg_db_url)
    try:
        from blkdesk.core.institution import setup

        setup(pg, institution("PDG"), "admin", "Admin", "Rahasia123")
        with pg.transaction() as s:
            s.execute(
                insert(Trainee),
                [{"id": 500, "inst_code": "PDG", "nik": RINA, "name": "Rina",
                  "name_norm": "rina", "birth_date": date(1990, 1, 1), "sex": "P"}],
            )  # fmt: skip
        with pg.transaction() as s:
            assert sequences.advance(s.connection()) == {"trainee": 500}
            s.execute(text("SELECT setval('trainee_id_seq', 900)"))
            assert sequences.advance(s.connection()) == {}
            assert s.scalar(text("SELECT last_value FROM trainee_id_seq")) == 900
    finally:
        pg.dispose()
