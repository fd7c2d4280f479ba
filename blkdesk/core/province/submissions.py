"""What each BLK sent the province and when, and the board of the last twelve months.

A monthly report counts for the month it reports on. A sync workbook carries everything up to
the moment it was made, so it counts for the month before the one it was made in: the last
month whose data was complete. A month's submission is due by the 10th of the next month
(`dashboard.SUBMISSION_DUE_DAY`, the rule the BLK's own Beranda warns by).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.clock import utcnow
from blkdesk.core.models import RegisteredBlk, Submission
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.reporting.dashboard import SUBMISSION_DUE_DAY

KINDS = ("monthly", "sync")
BOARD_MONTHS = 12


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def previous_month(day: date) -> date:
    return date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)


def sync_period(made_at: datetime) -> str:
    """The month a sync workbook reports on: the one before the month it was made in."""
    return period_of(previous_month(made_at.date()))


def due_date(period: str) -> date:
    year, month = int(period[:4]), int(period[5:7])
    return date(year + month // 12, month % 12 + 1, SUBMISSION_DUE_DAY)


def record(
    session: Session,
    actor: Actor,
    *,
    inst_code: str,
    period: str,
    kind: str,
    file_name: str,
    sha256: str,
    made_at: datetime | None = None,
    rows: int = 0,
    received_at: datetime | None = None,
) -> Submission | None:
    """Log a file received from a BLK. The same file received again is logged once: returns
    None then, and the first receipt stands."""
    require(actor, Action.MERGE_SYNC)
    if kind not in KINDS:
        raise ValueError(kind)
    existing = session.scalar(
        select(Submission.id).where(
            Submission.inst_code == inst_code, Submission.kind == kind, Submission.sha256 == sha256
        )
    )
    if existing is not None:
        return None
    sub = Submission(
        inst_code=inst_code, period=period, kind=kind, file_name=file_name[:260],
        sha256=sha256, made_at=made_at, rows=rows, received_at=received_at or utcnow(),
    )  # fmt: skip
    session.add(sub)
    session.flush()
    audit.record(
        session, actor, "receive", "submission", inst_code,
        {"kind": [None, kind], "period": [None, period], "file": [None, file_name]},
    )  # fmt: skip
    return sub


class CellState(StrEnum):
    RECEIVED = "received"  # on time
    LATE = "late"  # received after the due date
    OVERDUE = "overdue"  # nothing, and the due date has passed
    WAITING = "waiting"  # nothing yet, but not due yet


@dataclass(frozen=True)
class Received:
    kind: str
    received_at: datetime
    file_name: str
    made_at: datetime | None


@dataclass
class BoardCell:
    period: str
    due: date
    state: CellState
    files: list[Received] = field(default_factory=list)


@dataclass
class BoardRow:
    code: str
    name: str
    regency_code: str
    cells: list[BoardCell]

    @property
    def overdue(self) -> list[BoardCell]:
        return [c for c in self.cells if c.state is CellState.OVERDUE]


def board_periods(today: date, months: int = BOARD_MONTHS) -> list[str]:
    """The last `months` months before this one, oldest first (this month is not reportable
    yet)."""
    out = []
    day = today
    for _ in range(months):
        day = previous_month(day)
        out.append(period_of(day))
    return out[::-1]


def board(session: Session, today: date, months: int = BOARD_MONTHS) -> list[BoardRow]:
    """Each active registered BLK × the last `months` months: what arrived, when, from which
    file, and whether the month is overdue."""
    periods = board_periods(today, months)
    files: dict[tuple[str, str], list[Received]] = defaultdict(list)
    for sub in session.scalars(
        select(Submission)
        .where(Submission.period.in_(periods))
        .order_by(Submission.received_at, Submission.id)
    ):
        files[(sub.inst_code, sub.period)].append(
            Received(sub.kind, sub.received_at, sub.file_name, sub.made_at)
        )
    rows = []
    for blk in session.scalars(
        select(RegisteredBlk).where(RegisteredBlk.active).order_by(RegisteredBlk.name)
    ):
        cells = []
        for period in periods:
            got = files.get((blk.code, period), [])
            due = due_date(period)
            if got:
                first = min(f.received_at for f in got).date()
                state = CellState.RECEIVED if first <= due else CellState.LATE
            else:
                state = CellState.OVERDUE if today > due else CellState.WAITING
            cells.append(BoardCell(period, due, state, got))
        rows.append(BoardRow(blk.code, blk.name, blk.regency_code, cells))
    return rows


def overdue_months(session: Session, today: date) -> dict[str, list[str]]:
    """{BLK code: months (YYYY-MM) of the board it sent nothing for by their due date}, for the
    BLKs that have any: what the province asks each BLK for."""
    return {
        row.code: [c.period for c in row.overdue] for row in board(session, today) if row.overdue
    }


def history(session: Session, inst_code: str | None = None) -> list[Submission]:
    """Every file received, newest first (one BLK's when `inst_code` is given)."""
    stmt = select(Submission).order_by(Submission.received_at.desc(), Submission.id.desc())
    if inst_code is not None:
        stmt = stmt.where(Submission.inst_code == inst_code)
    return list(session.scalars(stmt))
