"""Batch planning: training days, moving a day, orphaned marks, status, closures."""

import math
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from blkdesk.core import demo
from blkdesk.core.errors import PermissionDenied, ValidationError
from blkdesk.core.models import AttendanceMark, AuditEvent, Batch, Enrollment, TrainingDay
from blkdesk.core.permissions import Actor, Role
from blkdesk.core.storage.db import open_database
from blkdesk.core.training import batches, selection
from blkdesk.core.training.calendar import holiday_name, training_days
from tests.support.batches import planned_batch
from tests.support.query_plans import query_plans
from tests.support.training_data import make_program, make_trainees

OPERATOR = Actor("operator", Role.OPERATOR)
MON_BEFORE_PANCASILA = date(2026, 5, 25)  # 27 May Idul Adha, 1 June Hari Lahir Pancasila


def test_plan_skips_holidays_and_closures(db, admin):
    pid = make_program(db, admin, total_jp=80)  # 10 days of 8 JP
    with db.transaction() as s:
        batches.add_closure(s, admin, date(2026, 5, 28), "Banjir di bengkel")
    bid = planned_batch(db, admin, pid, MON_BEFORE_PANCASILA)
    with db.session() as s:
        days = batches.days_of(s, bid)
        batch = s.get(Batch, bid)
        assert len(days) == 10
        assert date(2026, 5, 27) not in days and date(2026, 6, 1) not in days
        assert date(2026, 5, 28) not in days
        assert (batch.start_date, batch.end_date) == (days[0], days[-1])
        assert all(d.weekday() < 5 for d in days)


def test_closure_on_a_planned_day_is_flagged(db, admin):
    pid = make_program(db, admin)
    planned_batch(db, admin, pid, date(2026, 7, 6))
    with db.transaction() as s:
        batches.add_closure(s, admin, date(2026, 7, 7), "Cuti bersama kantor")
        assert batches.batches_on_closure(s, date(2026, 7, 7)) == ["Angkatan I/2026"]


def test_move_day_and_refusals(db, admin):
    pid = make_program(db, admin)  # 5 days
    bid = planned_batch(db, admin, pid, date(2026, 8, 10))
    with db.transaction() as s:
        assert batches.days_of(s, bid)[-1] == date(2026, 8, 14)
        batches.move_day(s, admin, bid, date(2026, 8, 14), date(2026, 8, 15))  # a Saturday
        assert batches.days_of(s, bid)[-1] == date(2026, 8, 15)
        assert s.get(Batch, bid).end_date == date(2026, 8, 15)
        with pytest.raises(ValidationError, match="libur nasional"):
            batches.move_day(s, admin, bid, date(2026, 8, 10), date(2026, 8, 17))
        with pytest.raises(ValidationError, match="sudah menjadi hari pelatihan"):
            batches.move_day(s, admin, bid, date(2026, 8, 10), date(2026, 8, 11))


def test_day_change_refused_when_it_would_orphan_marks(db, admin):
    pid = make_program(db, admin)
    bid = planned_batch(db, admin, pid, date(2026, 8, 10))
    (tid,) = make_trainees(db, 1)
    with db.transaction() as s:
        (e,) = selection.add_applicants(s, admin, bid, [tid])
        selection.set_status(s, admin, e.id, "peserta")
        s.add(AttendanceMark(enrollment_id=e.id, day=date(2026, 8, 11), code="H"))
    with db.transaction() as s, pytest.raises(ValidationError, match="sudah berisi presensi"):
        batches.move_day(s, admin, bid, date(2026, 8, 11), date(2026, 8, 18))
    with db.transaction() as s:  # moving an unmarked day is fine
        batches.move_day(s, admin, bid, date(2026, 8, 12), date(2026, 8, 18))
    with db.transaction() as s, pytest.raises(ValidationError, match="sudah berisi presensi"):
        data = batches.batch_input(batches.detail(s, bid))
        data.start_date = date(2026, 9, 7)
        batches.update_batch(s, admin, bid, data)


def test_status_steps_and_closed_batch(db, admin):
    pid = make_program(db, admin)
    bid = planned_batch(db, admin, pid, date(2026, 8, 10))
    tid = make_trainees(db, 1)[0]
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="belum punya peserta"):
            batches.set_status(s, admin, bid, "berjalan")
        (e,) = selection.add_applicants(s, admin, bid, [tid])
        selection.set_status(s, admin, e.id, "peserta")
        with pytest.raises(ValidationError, match="satu tahap"):
            batches.set_status(s, admin, bid, "ditutup")
        for status in ("berjalan", "selesai", "ditutup"):
            batches.set_status(s, admin, bid, status)
    with db.transaction() as s:
        with pytest.raises(PermissionDenied):
            batches.move_day(s, OPERATOR, bid, date(2026, 8, 14), date(2026, 8, 15))
        with pytest.raises(ValidationError, match="sudah ditutup"):
            batches.move_day(s, admin, bid, date(2026, 8, 14), date(2026, 8, 15))
        with pytest.raises(ValidationError, match="sudah ditutup"):
            selection.set_status(s, admin, e.id, "mengundurkan_diri", reason="Bekerja")
        batches.move_day(s, admin, bid, date(2026, 8, 14), date(2026, 8, 15),
                         reason="Salah catat tanggal praktik")  # fmt: skip
    with db.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last.reason == "Salah catat tanggal praktik"


def test_capacity_cannot_drop_below_participants(db, admin):
    pid = make_program(db, admin)
    bid = planned_batch(db, admin, pid, date(2026, 8, 10), capacity=2)
    ids = make_trainees(db, 2)
    with db.transaction() as s:
        for e in selection.add_applicants(s, admin, bid, ids):
            selection.set_status(s, admin, e.id, "peserta")
        data = batches.batch_input(batches.detail(s, bid))
        data.capacity = 1
        with pytest.raises(ValidationError, match="jumlah peserta"):
            batches.update_batch(s, admin, bid, data)


def test_mtu_needs_a_village(db, admin):
    pid = make_program(db, admin)
    with pytest.raises(ValidationError):
        planned_batch(db, admin, pid, date(2026, 8, 10), mode="mtu")
    bid = planned_batch(db, admin, pid, date(2026, 8, 10), mode="mtu",
                     location="Desa Sukamaju, Kec. Cibadak", funding="DBHCHT")  # fmt: skip
    with db.session() as s:
        assert s.get(Batch, bid).location == "Desa Sukamaju, Kec. Cibadak"


def test_suggest_name(db, admin):
    pid = make_program(db, admin)
    planned_batch(db, admin, pid, date(2026, 8, 10))
    with db.session() as s:
        assert batches.suggest_name(s, pid, 2026) == "Angkatan II/2026"
        assert s.scalar(select(Enrollment)) is None


@settings(max_examples=150, deadline=None)
@given(
    start=st.dates(date(2024, 1, 1), date(2030, 12, 31)),
    total_jp=st.integers(1, 400),
    hours=st.integers(1, 10),
    weekdays=st.sets(st.integers(0, 6), min_size=1).map(lambda s: "".join(map(str, sorted(s)))),
    closures=st.lists(st.integers(0, 120), max_size=8),
)  # fmt: skip
def test_training_days_never_fall_on_an_off_day(start, total_jp, hours, weekdays, closures):
    closed = {start + timedelta(days=n) for n in closures}
    days = training_days(start, math.ceil(total_jp / hours), weekdays, closed)
    assert len(days) == math.ceil(total_jp / hours)
    assert days == sorted(set(days)) and days[0] >= start
    for d in days:
        assert str(d.weekday()) in weekdays
        assert holiday_name(d) is None and d not in closed


@settings(max_examples=60, deadline=None)
@given(start=st.dates(date(2025, 1, 1), date(2028, 12, 31)), weekdays=st.just("01234"))
def test_no_allowed_day_is_skipped(start, weekdays):
    """Between the first and last day, every weekday that is not a holiday is used."""
    days = training_days(start, 20, weekdays)
    d = start
    while d <= days[-1]:
        if d.weekday() < 5 and holiday_name(d) is None:
            assert d in days
        d += timedelta(days=1)


def test_the_batch_list_counts_participants_from_the_index_alone(db):
    """Pelatihan counts every batch's participants and days on its first open (100,000
    enrollments and 200,000 days on the 10-year demo): each batch's counts are a seek into an
    index, never the table read row by row nor both tables grouped into temporary ones."""
    with db.session() as session, query_plans(session, mentioning="enrollment") as steps:
        batches.overview(session)
    assert any("SEARCH enrollment USING COVERING INDEX ix_enrollment_batch_cover" in step
               for step in steps), steps  # fmt: skip
    assert any("SEARCH training_day USING COVERING INDEX" in step for step in steps), steps
    assert not any("MATERIALIZE" in step or "AUTOMATIC" in step for step in steps), steps


def test_the_batch_list_counts_as_the_rows_do_on_sqlite_and_postgresql(any_db_url):
    """Each batch's participants (accepted, not deleted) and training days, counted by the
    database, equal a count of the rows themselves; the status filter keeps its batches."""
    demo.build(any_db_url, trainees=120, seed=5, years=1)
    database = open_database(any_db_url)
    try:
        with database.session() as s:
            with s.begin():  # one participant deleted: no longer counted
                gone = s.scalars(select(Enrollment).where(Enrollment.status == "peserta")).first()
                gone.deleted_at = datetime(2026, 1, 5)
            participants = Counter(
                e.batch_id for e in s.scalars(select(Enrollment))
                if e.status == "peserta" and e.deleted_at is None
            )  # fmt: skip
            days = Counter(d.batch_id for d in s.scalars(select(TrainingDay)))
            listed = batches.overview(s)
            live = s.scalars(select(Batch).where(Batch.deleted_at.is_(None))).all()
            assert {r.id for r in listed} == {b.id for b in live} and len(listed) > 3
            for row in listed:
                assert (row.participants, row.training_days) == (participants[row.id],
                                                                 days[row.id]), row  # fmt: skip
            assert sum(r.participants for r in listed) == sum(participants.values()) > 0
            assert [r.start for r in listed] == sorted((r.start for r in listed), reverse=True)
            finished = batches.overview(s, "selesai")
            assert finished == [r for r in listed if r.status == "selesai"] and finished
    finally:
        database.dispose()
