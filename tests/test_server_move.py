"""A BLK's SQLite file moves into the office server with every record and audit row."""

import pytest
from sqlalchemy import func, select, update

from blkdesk.core import demo
from blkdesk.core.access import auth
from blkdesk.core.errors import DatabaseError
from blkdesk.core.models import AuditEvent, Base, Trainee
from blkdesk.core.registry import trainees
from blkdesk.core.storage import server_move
from blkdesk.core.storage.db import open_database, resolve_url
from tests.support.registrants import siti

pytestmark = pytest.mark.postgres


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "blk.sqlite"
    demo.build(str(path), trainees=150, seed=5, years=2)
    db = open_database(resolve_url(str(path)))
    yield db
    db.dispose()


def test_every_table_arrives_with_the_same_count_and_checksum(demo_db, pg_db_url, admin):
    report = server_move.move(demo_db, pg_db_url)
    assert report.mismatched == []
    assert {t.table for t in report.tables} == {t.name for t in Base.metadata.sorted_tables}
    with demo_db.session() as s:
        for check in report.tables:
            table = Base.metadata.tables[check.table]
            assert check.rows == s.scalar(select(func.count()).select_from(table))
        audit_rows = s.scalar(select(func.count(AuditEvent.id)))
    assert audit_rows > 0
    assert next(t for t in report.tables if t.table == "audit_event").rows == audit_rows
    server = open_database(pg_db_url)
    try:
        # The clerks log in with their own passwords, and new records get fresh ids.
        assert auth.login(server, "operator", "Operator123").role == "operator"
        with server.transaction() as s:
            top = s.scalar(select(func.max(Trainee.id)))
            new = trainees.register(s, admin, siti(nik="3602015708950099", name="Siti Baru"))
        assert new.id == top + 1
    finally:
        server.dispose()


def test_a_server_database_with_records_is_refused_and_left_as_it_was(demo_db, pg_db_url):
    server_move.move(demo_db, pg_db_url)
    server = open_database(pg_db_url)
    try:
        with server.session() as s:
            before = s.scalar(select(func.count(Trainee.id)))
        with pytest.raises(DatabaseError, match="sudah berisi data"):
            server_move.move(demo_db, pg_db_url)
        with server.session() as s:
            assert s.scalar(select(func.count(Trainee.id))) == before
    finally:
        server.dispose()


def test_the_checksum_sees_a_single_changed_value(demo_db, pg_db_url):
    server_move.move(demo_db, pg_db_url)
    server = open_database(pg_db_url)
    try:
        table = Trainee.__table__
        with server.engine.connect() as conn:
            before = server_move.check_table(conn, table)
        with server.transaction() as s:
            first = s.scalar(select(func.min(Trainee.id)))
            s.execute(update(Trainee).where(Trainee.id == first).values(phone="+628111"))
        with server.engine.connect() as conn:
            after = server_move.check_table(conn, table)
        assert after.rows == before.rows
        assert after.checksum != before.checksum
    finally:
        server.dispose()
