"""From a participant to what they trained in: Enrollment → Batch → Program (→ Vocation).

Beranda's figures, the lists behind them, the follow-up calls, the monthly report and the merge all
walk it; written once, they all join it the same way.
"""

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select

from blkdesk.core.models.catalog import Program, Vocation
from blkdesk.core.models.training import Batch, Enrollment

S = TypeVar("S", bound="Select[*tuple[Any, ...]]")


def with_programme(stmt: S, *, vocation: bool = False, outer: bool = False) -> S:
    """`stmt`, which already reaches Enrollment, joined to the enrollment's batch and programme
    (and the programme's vocation). `outer` keeps the rows that have no enrollment."""

    def join(s: S, target: Any, on: ColumnElement[bool]) -> S:
        return s.outerjoin(target, on) if outer else s.join(target, on)

    stmt = join(stmt, Batch, Batch.id == Enrollment.batch_id)
    stmt = join(stmt, Program, Program.id == Batch.program_id)
    return join(stmt, Vocation, Vocation.id == Program.vocation_id) if vocation else stmt
