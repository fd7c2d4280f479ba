"""Figures for Beranda, computed in SQL so they stay quick on ten years of data."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core.models import Batch, Certificate, Enrollment, Placement, Program, Trainee


@dataclass(frozen=True)
class Overview:
    trainees: int
    registered_this_year: int
    programs_active: int
    batches_running: int
    batches_planned: int
    in_training: int
    certificates_issued: int
    placements: int


def _count(session: Session, stmt: object) -> int:
    return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]


def overview(session: Session, today: date) -> Overview:
    live_trainee = Trainee.deleted_at.is_(None)
    year_start = date(today.year, 1, 1)
    return Overview(
        trainees=_count(session, select(func.count(Trainee.id)).where(live_trainee)),
        registered_this_year=_count(
            session,
            select(func.count(Trainee.id)).where(live_trainee, Trainee.created_at >= year_start),
        ),
        programs_active=_count(
            session,
            select(func.count(Program.id)).where(Program.active, Program.deleted_at.is_(None)),
        ),
        batches_running=_count(
            session, select(func.count(Batch.id)).where(Batch.status == "berjalan")
        ),
        batches_planned=_count(
            session, select(func.count(Batch.id)).where(Batch.status == "direncanakan")
        ),
        in_training=_count(
            session,
            select(func.count(Enrollment.id))
            .join(Batch, Batch.id == Enrollment.batch_id)
            .where(Batch.status == "berjalan", Enrollment.status == "peserta"),
        ),
        certificates_issued=_count(
            session,
            select(func.count(Certificate.id)).where(
                Certificate.status == "issued", Certificate.kind == "sertifikat"
            ),
        ),
        placements=_count(
            session, select(func.count(Placement.id)).where(Placement.deleted_at.is_(None))
        ),
    )
