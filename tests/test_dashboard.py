"""Beranda's rules that are not just counts: when the month's submission is overdue."""

from datetime import date, datetime

import pytest

from blkdesk.core.models import Certificate, ExportLog
from blkdesk.core.reporting import dashboard


def _export(db, kind, period, at):
    with db.transaction() as s:
        s.add(ExportLog(user_name="admin", kind=kind, period=period, path="x.xlsx",
                        sha256="0" * 64, at=at))  # fmt: skip


FEB_REPORT = ("monthly", "2026-02", datetime(2026, 3, 2, 9))
SYNC_IN_MARCH = ("sync_delta", "2026-03", datetime(2026, 3, 3, 9))


@pytest.mark.parametrize(
    ("exports", "overdue"),
    [
        ([], True),
        ([FEB_REPORT, SYNC_IN_MARCH], False),
        ([("monthly", "2026-02", datetime(2026, 2, 28, 15)), SYNC_IN_MARCH], False),  # last day
        ([FEB_REPORT], True),  # the report alone: the province still lacks the records
        ([SYNC_IN_MARCH], True),  # the records alone: the report is missing
        ([("monthly", "2026-01", datetime(2026, 2, 5, 9)), SYNC_IN_MARCH], True),  # January's
        ([FEB_REPORT, ("sync_delta", "2026-02", datetime(2026, 2, 27))], True),  # before month end
        ([FEB_REPORT, ("sync_full", "2026-03", datetime(2026, 3, 11))], False),
    ],
)
def test_the_submission_is_due_on_the_tenth(db, exports, overdue):
    for kind, period, at in exports:
        _export(db, kind, period, at)
    with db.session() as s:
        assert not dashboard.submission_overdue(s, date(2026, 3, 10))
        assert dashboard.submission_overdue(s, date(2026, 3, 12)) is overdue
        has_report = any((k, p) == ("monthly", "2026-02") for k, p, _at in exports)
        assert dashboard.submission(s, date(2026, 3, 12)).monthly_missing is not has_report


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
