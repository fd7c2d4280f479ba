"""Keying attendance: rules, durability, audit, undo, warnings."""

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from blkdesk.core.attendance import attendance
from blkdesk.core.attendance.attendance import MarkState, absence_runs
from blkdesk.core.errors import PermissionDenied, ValidationError
from blkdesk.core.models import AttendanceMark, AuditEvent
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import open_database
from tests.support.batches import running_batch

TODAY = date(2025, 3, 31)


def _marks(db, eid):
    with db.session() as s:
        return dict(
            s.execute(
                select(AttendanceMark.day, AttendanceMark.code).where(
                    AttendanceMark.enrollment_id == eid, AttendanceMark.deleted_at.is_(None)
                )
            ).all()
        )


def test_a_mark_is_committed_and_audited_at_once(db, admin, db_url):
    b = running_batch(db)
    eid, day = b.enrollments[0], b.days[0]
    change = attendance.set_mark(db, admin, b.id, eid, day, "h", today=TODAY)
    assert [(c.before, c.after) for c in change.changes] == [(None, MarkState("H"))]
    other = open_database(db_url)  # another connection sees it: it is committed
    try:
        assert _marks(other, eid) == {day: "H"}
    finally:
        other.dispose()
    with db.session() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity == "attendance_mark"))
        assert event.user_name == "admin"
        assert json.loads(event.changes) == {"day": day.isoformat(), "code": [None, "H"]}


def test_changing_clearing_and_undoing(db, admin):
    b = running_batch(db)
    eid, day = b.enrollments[1], b.days[2]
    attendance.set_mark(db, admin, b.id, eid, day, "S", today=TODAY)
    attendance.set_note(db, admin, b.id, eid, day, "  surat  dokter ", today=TODAY)
    to_a = attendance.set_mark(db, admin, b.id, eid, day, "A", today=TODAY)
    assert to_a.changes[0].after == MarkState("A", "surat dokter")  # the note stays
    cleared = attendance.set_mark(db, admin, b.id, eid, day, None, today=TODAY)
    assert _marks(db, eid) == {}
    attendance.undo(db, admin, cleared, today=TODAY)
    assert _marks(db, eid) == {day: "A"}
    attendance.undo(db, admin, to_a, today=TODAY)
    with db.session() as s:
        row = s.scalar(select(AttendanceMark).where(AttendanceMark.enrollment_id == eid))
        assert (row.code, row.note, row.deleted_at) == ("S", "surat dokter", None)
        assert s.scalar(select(func.count()).where(AuditEvent.action == "undo")) == 2


def test_setting_the_same_code_changes_nothing(db, admin):
    b = running_batch(db)
    cell = (b.enrollments[0], b.days[0])
    attendance.set_marks(db, admin, b.id, [cell], "H", today=TODAY)
    assert not attendance.set_marks(db, admin, b.id, [cell], "H", today=TODAY)


def test_a_range_is_set_at_once(db, admin):
    b = running_batch(db)
    cells = [(e, d) for e in b.enrollments[:3] for d in b.days[:5]]
    change = attendance.set_marks(db, admin, b.id, cells, "H", today=TODAY)
    assert len(change.changes) == 15
    assert _marks(db, b.enrollments[2]) == dict.fromkeys(b.days[:5], "H")


def test_fill_day_keeps_keyed_exceptions_and_skips_the_withdrawn(db, admin):
    b = running_batch(db, withdrawn={"Rizki Saputra": date(2025, 3, 5)})
    day = b.days[3]
    attendance.set_mark(db, admin, b.id, b.enrollments[0], day, "S", today=TODAY)
    change = attendance.fill_day(db, admin, b.id, day, today=TODAY)
    assert len(change.changes) == 3  # five listed, one sick, one withdrawn
    assert _marks(db, b.enrollments[0]) == {day: "S"}
    assert not attendance.fill_day(db, admin, b.id, day, today=TODAY)  # nothing left blank


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("weekend", "bukan hari pelatihan"),
        ("future", "belum berlangsung"),
        ("withdrawn", "sudah mengundurkan diri sejak 5 Maret 2025"),
        ("reserve", "bukan peserta Angkatan 0303"),
        ("closed", "sudah ditutup"),
        ("code", "tidak dikenal"),
    ],
)
def test_refused_marks_say_why_and_write_nothing(db, admin, case, expected):
    b = running_batch(
        db,
        status="ditutup" if case == "closed" else "berjalan",
        withdrawn={"Rizki Saputra": date(2025, 3, 5)},
        reserves=("Budi Gunawan",),
    )
    eid, day, code = b.enrollments[0], b.days[0], "H"
    with db.session() as s:
        from blkdesk.core.models import Enrollment

        listed = set(b.enrollments)
        reserve = s.scalar(
            select(Enrollment.id).where(Enrollment.batch_id == b.id, Enrollment.id.not_in(listed))
        )
    if case == "weekend":
        day = date(2025, 3, 8)
    elif case == "future":
        day = b.days[-1]
    elif case == "withdrawn":
        eid, day = b.enrollments[3], date(2025, 3, 6)
    elif case == "reserve":
        eid = reserve
    elif case == "code":
        code = "X"
    today = b.days[-2] if case == "future" else TODAY
    with pytest.raises(ValidationError, match=expected):
        attendance.set_marks(db, admin, b.id, [(b.enrollments[1], b.days[0]), (eid, day)],
                             code, today=today)  # fmt: skip
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AttendanceMark)) == 0


def test_withdrawn_participant_keeps_days_before_leaving(db, admin):
    b = running_batch(db, withdrawn={"Rizki Saputra": date(2025, 3, 5)})
    eid = b.enrollments[3]
    attendance.set_mark(db, admin, b.id, eid, date(2025, 3, 4), "H", today=TODAY)
    assert _marks(db, eid) == {date(2025, 3, 4): "H"}


def test_viewer_may_not_key(db):
    b = running_batch(db)
    viewer = Actor("tamu", Role.VIEWER)
    with pytest.raises(PermissionDenied, match="mengisi kehadiran"):
        attendance.set_mark(db, viewer, b.id, b.enrollments[0], b.days[0], "H", today=TODAY)


def test_third_absence_in_a_row_warns(db, admin):
    b = running_batch(db)
    eid = b.enrollments[2]
    assert not attendance.set_mark(db, admin, b.id, eid, b.days[0], "A", today=TODAY).warnings
    assert not attendance.set_mark(db, admin, b.id, eid, b.days[1], "S", today=TODAY).warnings
    third = attendance.set_mark(db, admin, b.id, eid, b.days[2], "A", today=TODAY)
    assert third.warnings == (
        "Euis Rahmawati tidak hadir 3 hari pelatihan berturut-turut "
        "(3 Maret 2025 – 5 Maret 2025); hubungi peserta ini.",
    )
    with db.session() as s:
        grid = attendance.load_grid(s, b.id, today=TODAY)
    person = grid.participants[2]
    assert grid.warning(person) == third.warnings[0]
    present_day = attendance.set_mark(db, admin, b.id, eid, b.days[1], "H", today=TODAY)
    assert not present_day.warnings


def test_grid_holds_participants_days_marks_and_stats(db, admin):
    b = running_batch(db, days=10, withdrawn={"Rizki Saputra": date(2025, 3, 5)})
    eid = b.enrollments[0]
    attendance.set_marks(db, admin, b.id, [(eid, d) for d in b.days[:4]], "H", today=TODAY)
    attendance.set_mark(db, admin, b.id, eid, b.days[4], "I", today=TODAY)
    with db.session() as s:
        grid = attendance.load_grid(s, b.id, today=b.days[4])
    assert [p.name for p in grid.participants] == [
        "Ahmad Hidayat", "Dewi Lestari", "Euis Rahmawati", "Rizki Saputra", "Siti Nurhasanah",
    ]  # fmt: skip
    person = next(p for p in grid.participants if p.enrollment_id == eid)
    stats = grid.stats(person)
    assert (stats.present, stats.days_held, stats.days_total) == (4, 5, 10)
    assert str(stats.percent_so_far()) == "80.0"
    assert not grid.below_so_far(stats)
    assert not grid.out_of_reach(stats)  # 4 + 5 days still to come out of 10: 90 % is possible
    attendance.set_mark(db, admin, b.id, eid, b.days[5], "A", today=TODAY)
    attendance.set_mark(db, admin, b.id, eid, b.days[6], "A", today=TODAY)
    with db.session() as s:
        grid = attendance.load_grid(s, b.id, today=TODAY)
    assert grid.out_of_reach(grid.stats(person))  # at most 7 of 10 now
    rizki = grid.participants[3]
    assert grid.refusal(rizki, b.days[2]) is not None
    assert grid.refusal(rizki, b.days[1]) is None


@given(st.lists(st.sampled_from(["H", "I", "S", "A", None]), max_size=40))
def test_absence_runs_are_maximal_runs_of_keyed_absences(codes):
    runs = absence_runs(codes)
    for first, length in runs:
        assert length >= 3
        assert all(c in ("I", "S", "A") for c in codes[first : first + length])
        assert first == 0 or codes[first - 1] in ("H", None)
        end = first + length
        assert end == len(codes) or codes[end] in ("H", None)
    covered = {i for f, n in runs for i in range(f, f + n)}
    for i in range(len(codes) - 2):
        window = codes[i : i + 3]
        if all(c in ("I", "S", "A") for c in window):
            assert {i, i + 1, i + 2} <= covered
