"""Everything the province has not received from one BLK, as one list, oldest first.

Two rules find what is missing, and this adds none: the months the BLK sent nothing for by
their due date (`submissions.overdue_months`, the Beranda's board) and the stretches of its
changes that never arrived (`gaps.blk_gaps`). The follow-up workbook and `blkdesk followup`
give the same findings on two sheets; Daftar BLK's tab "Berkas belum diterima" lists them
together, so a BLK that never sent anything does not show an empty tab under a sentence
saying months are overdue.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from blkdesk.core.province.gaps import Gap
from blkdesk.core.province.submissions import due_date


@dataclass(frozen=True)
class LateMonth:
    """A month (YYYY-MM) the BLK sent neither its monthly report nor a sync file for by `due`
    (a month with either one is not overdue on the board)."""

    period: str
    due: date
    days_late: int


def missing(periods: Sequence[str], found: Sequence[Gap], today: date) -> list[LateMonth | Gap]:
    """The overdue `periods` and the gaps `found`, oldest first: a month by its first day, a gap
    by its start (a month before a gap that starts the same moment)."""
    months = []
    for period in periods:
        due = due_date(period)
        months.append(LateMonth(period, due, (today - due).days))

    def start(item: LateMonth | Gap) -> tuple[datetime, int]:
        if isinstance(item, LateMonth):
            return datetime(int(item.period[:4]), int(item.period[5:7]), 1), 0
        return item.start, 1

    return sorted([*months, *found], key=start)
