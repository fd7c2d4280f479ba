"""Beranda's rules that are not just counts: when the month's submission is overdue."""

from datetime import date, datetime

import pytest

from blkdesk.core.models import Certificate, ExportLog
from blkdesk.core.reporting import dashboard


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


def test_certificates_waiting_are_this_years_unprinted_live_ones(db):
    from tests.support import graduates as g

    today = date(2026, 3, 12)
    with db.transaction() as s:
        people = g.graduates(s, date(2026, 2, 27), ["Asep", "Budi", "Cecep", "Dedi"])
        for i, (e, issued, printed, status) in enumerate(
            zip(
                people,
                [date(2026, 3, 2), date(2026, 3, 2), date(2024, 1, 5), date(2026, 3, 2)],
                [0, 2, 0, 0],
                ["issued", "issued", "issued", "void"],
                strict=True,
            )
        ):
            s.add(Certificate(inst_code=g.INST, enrollment_id=e.id, kind="sertifikat",
                              number=f"{i + 1:04d}/BLK", seq=i + 1, seq_scope="2026",
                              issued_on=issued, print_count=printed, status=status))  # fmt: skip
    with db.session() as s:
        waiting = dashboard.certificates_to_print(s, today)
        assert [(c.number, c.name) for c in waiting] == [("0001/BLK", "Asep")]
        glance = dashboard.glance(s, today)
        assert (glance.certificates_to_print, glance.certificate_batches) == (1, 1)


def test_nothing_is_overdue_in_the_month_blkdesk_was_set_up(db):
    """Set up on 12 March: February was never kept in BLKDesk, so Beranda does not say its
    report is late; from April on, March's report is due as usual."""
    from sqlalchemy import update

    from blkdesk.core.models import Institution

    with db.transaction() as s:
        s.execute(update(Institution).values(created_at=datetime(2026, 3, 12, 8)))
    with db.session() as s:
        assert not dashboard.submission_overdue(s, date(2026, 3, 12))
        assert not dashboard.submission_overdue(s, date(2026, 3, 31))
        assert dashboard.submission_overdue(s, date(2026, 4, 11))
