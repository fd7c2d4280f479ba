"""The demo's batches: every status, and training days that skip holidays and closures."""

from sqlalchemy import select

from blkdesk.core import demo
from blkdesk.core.models import Closure, TrainingDay
from blkdesk.core.storage.db import open_database, resolve_url
from blkdesk.core.training import batches
from blkdesk.core.training.calendar import holiday_name


def test_demo_batches_skip_holidays_and_closures(tmp_path):
    summary = demo.build(str(tmp_path / "demo.sqlite"), trainees=120, seed=6, years=3)
    db = open_database(resolve_url(summary.path))
    try:
        with db.session() as s:
            closed = set(s.scalars(select(Closure.day)))
            days = list(s.scalars(select(TrainingDay.day)))
            rows = batches.overview(s)
        assert closed and days
        assert not closed & set(days)
        assert not [d for d in days if holiday_name(d)]
        assert {r.status for r in rows} == set(batches.STATUS_LABELS)
        assert all(r.training_days > 0 and r.participants <= r.capacity for r in rows)
    finally:
        db.dispose()
