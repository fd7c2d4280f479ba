"""Beranda's rules that are not just counts: when the month's submission is overdue."""

from datetime import date, datetime

import pytest

from blkdesk.core import dashboard
from blkdesk.core.models import ExportLog


def _export(db, kind, period, at):
    with db.transaction() as s:
        s.add(ExportLog(user_name="admin", kind=kind, period=period, path="x.xlsx",
                        sha256="0" * 64, at=at))  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "period", "at", "overdue"),
    [
        (None, None, None, True),
        ("monthly", "2026-02", datetime(2026, 3, 2, 9), False),  # February's report, in March
        ("monthly", "2026-02", datetime(2026, 2, 28, 15), False),  # made on the last day
        ("monthly", "2026-01", datetime(2026, 2, 5, 9), True),  # only January's
        ("sync_delta", "2026-02", datetime(2026, 2, 27), True),  # before this month
        ("sync_full", "2026-03", datetime(2026, 3, 11), False),
    ],
)
def test_the_submission_is_due_on_the_tenth(db, kind, period, at, overdue):
    if kind:
        _export(db, kind, period, at)
    with db.session() as s:
        assert not dashboard.submission_overdue(s, date(2026, 3, 10))
        assert dashboard.submission_overdue(s, date(2026, 3, 12)) is overdue
