from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import select

from blkdesk.core import demo
from blkdesk.core.models import AttendanceMark, Batch, Enrollment, Trainee, TrainingDay
from blkdesk.core.registry import nik
from blkdesk.core.storage.db import open_database, resolve_url


def _build(tmp_path, name, seed=3):
    summary = demo.build(str(tmp_path / name), trainees=400, seed=seed)
    return open_database(resolve_url(summary.path))


def test_demo_niks_agree_with_birth_date_sex_and_region(tmp_path):
    db = _build(tmp_path, "a.sqlite")
    with db.session() as s:
        trainees = list(s.scalars(select(Trainee)))
        assert len(trainees) == 400
        assert len({t.nik for t in trainees}) == 400
        for t in trainees:
            info = nik.parse(t.nik)
            assert nik.mismatches(info, t.birth_date, t.sex) == {}
            assert info.regency_code == t.regency_code
    db.dispose()


def test_demo_batches_span_years_and_statuses(tmp_path):
    db = _build(tmp_path, "b.sqlite")
    with db.session() as s:
        batches = list(s.scalars(select(Batch)))
        assert len({b.year for b in batches}) >= 5
        assert {b.status for b in batches} >= {"ditutup", "selesai", "berjalan", "direncanakan"}
        for b in batches:
            days = list(s.scalars(select(TrainingDay.day).where(TrainingDay.batch_id == b.id)))
            assert days[0] == b.start_date and max(days) == b.end_date
            assert all(d.weekday() < 5 for d in days)
        statuses = Counter(s.scalars(select(Enrollment.status)))
        assert statuses["peserta"] > statuses["cadangan"] > 0
    db.dispose()


def test_same_seed_same_data(tmp_path):
    one, two = _build(tmp_path, "c.sqlite", 5), _build(tmp_path, "d.sqlite", 5)
    with one.session() as a, two.session() as b:
        query = select(Trainee.uuid, Trainee.nik, Trainee.name).order_by(Trainee.id)
        assert a.execute(query).all() == b.execute(query).all()
    one.dispose()
    two.dispose()


def test_demo_marks_carry_when_their_sheet_was_keyed(tmp_path):
    """Keyed that afternoon or up to four days later, never before the day nor after the build:
    a month's delta sync holds about a month of marks, not every mark ever keyed."""
    built = datetime.now()
    db = _build(tmp_path, "e.sqlite")
    with db.session() as s:
        marks = s.execute(select(AttendanceMark.day, AttendanceMark.created_at,
                                 AttendanceMark.updated_at)).all()  # fmt: skip
    db.dispose()
    lags = Counter((created - datetime.combine(day, datetime.min.time())).days
                   for day, created, _updated in marks)  # fmt: skip
    assert set(lags) <= {0, 1, 2, 3, 4} and lags[0] > len(marks) / 2
    assert all(created == updated <= datetime.now() for _day, created, updated in marks)
    last_month = sum(1 for _day, created, _u in marks if created > built - timedelta(days=30))
    assert 0 < last_month < len(marks) / 10
