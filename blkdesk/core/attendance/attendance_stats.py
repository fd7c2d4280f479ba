"""Attendance percentages: the figure the graduation rule and the attendance grid both use.

Presence is what counts: only H (hadir) days are present; I (izin) and S (sakit) are excused
absences but still absences, as Permenaker 6/2025 measures presensi.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core.models import AttendanceMark, Enrollment, TrainingDay

CODES = ("H", "I", "S", "A")


@dataclass(frozen=True)
class AttendanceStats:
    days_total: int  # training days of the batch
    days_held: int  # training days up to and including today
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def present(self) -> int:
        return self.counts.get("H", 0)

    @property
    def keyed(self) -> int:
        return sum(self.counts.get(c, 0) for c in CODES)

    def percent_of_all(self) -> Decimal:
        """Presence over every training day: the figure graduation is decided on."""
        return _percent(self.present, self.days_total)

    def percent_so_far(self) -> Decimal:
        """Presence over the days held so far: how the participant is doing now."""
        return _percent(self.present, self.days_held)


def _percent(part: int, whole: int) -> Decimal:
    if whole <= 0:
        return Decimal(0)
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def meets_threshold(stats: AttendanceStats, threshold: Decimal) -> bool:
    return Decimal(100) * stats.present >= threshold * stats.days_total


def batch_stats(session: Session, batch_id: int, today: date) -> dict[int, AttendanceStats]:
    """{enrollment id: stats} for everyone enrolled in the batch."""
    days = list(session.scalars(select(TrainingDay.day).where(TrainingDay.batch_id == batch_id)))
    held = sum(1 for d in days if d <= today)
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    rows = session.execute(
        select(AttendanceMark.enrollment_id, AttendanceMark.code, func.count())
        .join(Enrollment, Enrollment.id == AttendanceMark.enrollment_id)
        .join(
            TrainingDay,
            (TrainingDay.batch_id == Enrollment.batch_id) & (TrainingDay.day == AttendanceMark.day),
        )
        .where(Enrollment.batch_id == batch_id, AttendanceMark.deleted_at.is_(None))
        .group_by(AttendanceMark.enrollment_id, AttendanceMark.code)
    )
    for enrollment_id, code, n in rows:
        counts[enrollment_id][code] = n
    enrollment_ids = session.scalars(select(Enrollment.id).where(Enrollment.batch_id == batch_id))
    return {e: AttendanceStats(len(days), held, counts.get(e, {})) for e in enrollment_ids}
