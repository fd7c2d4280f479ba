"""Who to call this week: graduates about 3, 6 and 12 months after their batch ended.

A graduate is due at a milestone while today lies in that milestone's window (two weeks before to
six weeks after the date), unless the follow-up already has an answer:
- any placement with a job, a business or a PMI departure recorded since the training ended
  closes the follow-up for good (the graduate is traced);
- a "belum bekerja" recorded inside this window answers this call; one recorded earlier does not,
  so a graduate still looking for work at three months is called again at six and twelve.
Placements recorded before the batch ended (from an earlier training) do not count.
"""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session

from blkdesk.core.models import Batch, Enrollment, Placement, Program, Trainee, Vocation
from blkdesk.core.models.joins import with_programme

MILESTONES = (3, 6, 12)
OPENS_BEFORE = timedelta(days=14)
CLOSES_AFTER = timedelta(days=45)
NOT_WORKING = "belum_bekerja"


def graduated() -> ColumnElement[bool]:
    """The SQL condition for a graduate: the decided outcome, or the signer's override, is lulus."""
    return func.coalesce(Enrollment.outcome_override, Enrollment.outcome) == "lulus"


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def window(end: date, months: int) -> tuple[date, date]:
    """First and last day (inclusive) on which the `months` follow-up call is due."""
    milestone = add_months(end, months)
    return milestone - OPENS_BEFORE, milestone + CLOSES_AFTER


def milestone_on(end: date, today: date) -> int | None:
    """Which follow-up (3, 6 or 12 months) is open today for a batch that ended on `end`."""
    elapsed = (today - end).days
    for months in MILESTONES:
        # A month is 28–31 days, so a window this far off cannot contain today: skip the
        # calendar arithmetic (the call list tests thousands of graduates per refresh).
        if abs(elapsed - months * 30.44) > CLOSES_AFTER.days + months * 2 + 5:
            continue
        first, last = window(end, months)
        if first <= today <= last:
            return months
    return None


def answered(end: date, months: int, placements: Iterable[tuple[date, str]]) -> bool:
    """Has the `months` follow-up of a graduate an answer among (recorded_on, outcome) pairs?"""
    return _answered(end, window(end, months)[0], placements)


def _answered(end: date, opened: date, placements: Iterable[tuple[date, str]]) -> bool:
    """`answered`, for the window that opened on `opened`."""
    for recorded_on, outcome in placements:
        if recorded_on < end:
            continue
        if outcome != NOT_WORKING or recorded_on >= opened:
            return True
    return False


def due(end: date, today: date, placements: Iterable[tuple[date, str]]) -> int | None:
    """The milestone to call the graduate for today, or None."""
    months = milestone_on(end, today)
    if months is None or answered(end, months, placements):
        return None
    return months


@dataclass(frozen=True)
class Graduate:
    """Who a graduate is and how to reach them: the leading columns of `graduates_query`, which
    the call list and the graduates list both read."""

    enrollment_id: int
    trainee_id: int
    name: str
    nik: str
    sex: str
    phone: str
    vocation: str
    program: str
    batch: str


@dataclass(frozen=True)
class FollowUpRow(Graduate):
    end_date: date
    months: int
    # The last "belum bekerja" answer, when an earlier call found the graduate still looking.
    last_recorded_on: date | None


def _candidate_ends(today: date) -> list[tuple[date, date]]:
    """Ranges of batch end dates that may have a window open today; `milestone_on` decides.

    Month-end clamping makes `add_months` lose a few days either way, hence the margin.
    """
    margin = timedelta(days=3)
    return [
        (
            add_months(today - CLOSES_AFTER, -months) - margin,
            add_months(today + OPENS_BEFORE, -months) + margin,
        )
        for months in MILESTONES
    ]


def graduates_query() -> Select[*tuple[Any, ...]]:
    """Live graduates with what a call list shows: enrollment and trainee ids, name, NIK, sex,
    phone, vocation, programme, batch and the day it ended."""
    return with_programme(
        select(
            Enrollment.id,
            Trainee.id,
            Trainee.name,
            Trainee.nik,
            Trainee.sex,
            Trainee.phone,
            Vocation.name,
            Program.name,
            Batch.name,
            Batch.end_date,
        ).join(Trainee, Trainee.id == Enrollment.trainee_id),
        vocation=True,
    ).where(graduated(), Enrollment.deleted_at.is_(None), Trainee.deleted_at.is_(None))


def follow_up_list(session: Session, today: date, months: int | None = None) -> list[FollowUpRow]:
    """Graduates to call today, by milestone, then by the day their batch ended, then by name."""
    ranges = _candidate_ends(today)
    # The last "belum bekerja" since the batch ended: the only answer that can leave a graduate
    # on the list (any other outcome since then leaves them out below), so what `answered`
    # decides from all of a graduate's placements it decides from this one.
    last_not_working = (
        select(func.max(Placement.recorded_on))
        .where(
            Placement.trainee_id == Enrollment.trainee_id,
            Placement.deleted_at.is_(None),
            Placement.outcome == NOT_WORKING,
            Placement.recorded_on >= Batch.end_date,
        )
        .scalar_subquery()
    )
    stmt = (
        graduates_query()
        .add_columns(last_not_working)
        .where(
            Batch.deleted_at.is_(None),
            or_(*(Batch.end_date.between(first, last) for first, last in ranges)),
            # Most graduates are traced by now: leave out, in SQL, those already placed.
            ~exists().where(
                Placement.trainee_id == Enrollment.trainee_id,
                Placement.deleted_at.is_(None),
                Placement.outcome != NOT_WORKING,
                Placement.recorded_on >= Batch.end_date,
            ),
        )
    )
    # Thousands of graduates share a few dozen end dates: each date's milestone and window are
    # worked out once (what `due` does per graduate).
    opened_on: dict[date, tuple[int, date] | None] = {}
    rows: list[FollowUpRow] = []
    for row in session.execute(stmt):
        enrollment_id, trainee_id, name, nik, sex, phone, voc, prog, batch, end, last = row
        if end is None:  # a batch without an end date has not finished
            continue
        if end not in opened_on:
            open_now = milestone_on(end, today)
            opened_on[end] = None if open_now is None else (open_now, window(end, open_now)[0])
        found = opened_on[end]
        if found is None or (months is not None and found[0] != months):
            continue
        milestone, opened = found
        if last is not None and _answered(end, opened, [(last, NOT_WORKING)]):
            continue
        rows.append(
            FollowUpRow(
                enrollment_id,
                trainee_id,
                name,
                nik,
                sex,
                phone,
                voc,
                prog,
                batch,
                end,
                milestone,
                last,
            )
        )
    rows.sort(key=lambda r: (r.months, r.end_date, r.name))
    return rows
