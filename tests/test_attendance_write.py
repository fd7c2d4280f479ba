"""Keying's write on both databases: SQLite's transaction and the office server's one statement
store the same marks and the same audit trail, and a cell raced by another clerk leaves nothing."""

import json

import pytest
from sqlalchemy import select

from blkdesk.core.attendance import attendance
from blkdesk.core.attendance.attendance import MarkState
from blkdesk.core.concurrency import StaleCells
from blkdesk.core.institution import setup
from blkdesk.core.models import AttendanceMark, AuditEvent, Enrollment
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import open_database
from tests.support.batches import running_batch
from tests.support.institution import ADMIN_PASSWORD, INSTITUTION

ANI = Actor("ani", Role.OPERATOR)
BUDI = Actor("budi", Role.OPERATOR)


@pytest.fixture
def db_url(any_db_url: str) -> str:
    return any_db_url


def _marks(db) -> dict:
    with db.session() as s:
        return {
            (m.enrollment_id, m.day): (m.code, m.note, m.deleted_at is None)
            for m in s.scalars(select(AttendanceMark))
        }


def _trail(db) -> list[tuple]:
    with db.session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.entity == "attendance_mark")
                         .order_by(AuditEvent.id))  # fmt: skip
        return [(e.user_name, e.action, e.entity_uuid, json.loads(e.changes), e.reason)
                for e in rows]  # fmt: skip


def test_marks_notes_clearing_and_undo_store_the_same_rows_and_trail_on_either_database(db, db_url):
    b = running_batch(db, days=3, status="selesai")
    e1, e2 = b.enrollments[:2]
    d1, d2 = b.days[:2]
    with db.session() as s:
        uuids = dict(s.execute(select(Enrollment.id, Enrollment.uuid)).all())
    attendance.set_marks(db, ANI, b.id, [(e1, d1), (e2, d1)], "s", seen={(e1, d1): None})
    attendance.set_note(db, ANI, b.id, e1, d1, "surat dokter", seen={(e1, d1): MarkState("S")})
    cleared = attendance.set_mark(db, BUDI, b.id, e2, d1, None)
    attendance.set_mark(db, ANI, b.id, e1, d2, "A")
    attendance.undo(db, BUDI, cleared)
    other = open_database(db_url)  # another connection sees every change: each committed
    try:
        assert _marks(other) == {
            (e1, d1): ("S", "surat dokter", True),
            (e2, d1): ("S", "", True),
            (e1, d2): ("A", "", True),
        }
        day1, day2 = d1.isoformat(), d2.isoformat()
        assert _trail(other) == [
            ("ani", "update", uuids[e1], {"day": day1, "code": [None, "S"]}, ""),
            ("ani", "update", uuids[e2], {"day": day1, "code": [None, "S"]}, ""),
            ("ani", "update", uuids[e1],
             {"day": day1, "code": ["S", "S"], "note": ["", "surat dokter"]}, ""),
            ("budi", "update", uuids[e2], {"day": day1, "code": ["S", None]}, ""),
            ("ani", "update", uuids[e1], {"day": day2, "code": [None, "A"]}, ""),
            ("budi", "undo", uuids[e2], {"day": day1, "code": [None, "S"]}, ""),
        ]  # fmt: skip
    finally:
        other.dispose()


@pytest.mark.postgres
def test_a_cell_another_clerk_saves_after_the_read_refuses_the_whole_change(pg_db_url, monkeypatch):
    """The race the read cannot see: Budi's save lands between Ani's read and her write. The
    statement writes Ani's other cell, finds this one changed, and undoes itself whole."""
    db = open_database(pg_db_url)
    try:
        setup(db, INSTITUTION, "admin", "Admin BLK", ADMIN_PASSWORD)
        b = running_batch(db, days=2, status="selesai")
        e1, e2 = b.enrollments[:2]
        day = b.days[0]
        read = attendance._facts
        raced = []

        def read_then_budi_saves(session, batch_id, eids):
            facts = read(session, batch_id, eids)
            if not raced:
                raced.append(True)
                attendance.set_mark(db, BUDI, b.id, e1, day, "I")
            return facts

        monkeypatch.setattr(attendance, "_facts", read_then_budi_saves)
        cells = [(e2, day), (e1, day)]
        with pytest.raises(StaleCells):
            attendance.set_marks(db, ANI, b.id, cells, "H", seen=dict.fromkeys(cells))
        assert raced
        assert _marks(db) == {(e1, day): ("I", "", True)}
        assert [(user, changes["code"]) for user, _a, _u, changes, _r in _trail(db)] == [
            ("budi", [None, "I"])
        ]
    finally:
        db.dispose()
