"""Unit results: K (kompeten) or BK (belum kompeten) per participant, unit and attempt.

A unit may be assessed again after a BK, up to the programme's maximum attempts (Permenaker
6/2025: at most 3). A unit found K is not assessed again; a mistaken entry is corrected by
removing the latest attempt and recording it anew. Results are frozen once a certificate for
the participant is issued, so the printed certificate never disagrees with the records.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.clock import format_date, today, utcnow
from blkdesk.core.concurrency import CellConflict, StaleCells, last_change
from blkdesk.core.errors import FieldErrors, NotFound, ValidationError
from blkdesk.core.models import (
    Assessment,
    Batch,
    Certificate,
    CompetencyUnit,
    Enrollment,
    Trainee,
)
from blkdesk.core.models.live import get_live
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.sentences import Sentence, number
from blkdesk.core.statuses import CertificateStatus, EnrollmentStatus

RESULTS = {"K": "Kompeten", "BK": "Belum kompeten"}
# Participants whose results count: those in the batch, and those who left it part-way.
ASSESSED_STATUSES = (EnrollmentStatus.ACCEPTED, EnrollmentStatus.WITHDRAWN)


@dataclass(frozen=True)
class Attempt:
    attempt: int
    result: str
    score: Decimal | None
    assessed_on: date
    assessor: str


@dataclass(frozen=True)
class GridParticipant:
    enrollment_id: int
    name: str
    nik: str
    status: str


@dataclass(frozen=True)
class GridUnit:
    id: int
    code: str
    title: str
    jp: int


@dataclass
class Grid:
    batch_id: int
    max_attempts: int
    units: list[GridUnit]
    participants: list[GridParticipant]
    attempts: dict[tuple[int, int], list[Attempt]]  # (enrollment id, unit id) -> in order

    def latest(self, enrollment_id: int, unit_id: int) -> Attempt | None:
        found = self.attempts.get((enrollment_id, unit_id))
        return found[-1] if found else None


def units_of_batch(session: Session, batch: Batch) -> list[CompetencyUnit]:
    return list(
        session.scalars(
            select(CompetencyUnit)
            .where(
                CompetencyUnit.program_id == batch.program_id,
                CompetencyUnit.deleted_at.is_(None),
            )
            .order_by(CompetencyUnit.position)
        )
    )


def attempts_of_batch(session: Session, batch_id: int) -> dict[tuple[int, int], list[Attempt]]:
    rows = session.execute(
        select(Assessment)
        .join(Enrollment, Enrollment.id == Assessment.enrollment_id)
        .where(Enrollment.batch_id == batch_id, Assessment.deleted_at.is_(None))
        .order_by(Assessment.enrollment_id, Assessment.unit_id, Assessment.attempt)
    ).scalars()
    out: dict[tuple[int, int], list[Attempt]] = defaultdict(list)
    for a in rows:
        out[(a.enrollment_id, a.unit_id)].append(
            Attempt(a.attempt, a.result, a.score, a.assessed_on, a.assessor)
        )
    return dict(out)


def participants_of_batch(session: Session, batch_id: int) -> list[GridParticipant]:
    rows = session.execute(
        select(Enrollment.id, Trainee.name, Trainee.nik, Enrollment.status)
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(
            Enrollment.batch_id == batch_id,
            Enrollment.status.in_(ASSESSED_STATUSES),
            Enrollment.deleted_at.is_(None),
        )
        .order_by(Trainee.name_norm)
    )
    return [GridParticipant(*row) for row in rows]


@dataclass(frozen=True)
class BatchTerms:
    """What the assessment page says about a batch above its grid."""

    program: str
    total_jp: int
    start: date
    end: date | None
    attendance_threshold: Decimal
    max_attempts: int


def batch_terms(session: Session, batch_id: int) -> BatchTerms:
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise NotFound(Sentence("Angkatan tidak ditemukan."))
    program = batch.program
    return BatchTerms(
        program.name, program.total_jp, batch.start_date, batch.end_date,
        program.attendance_threshold, program.max_attempts,
    )  # fmt: skip


def grid(session: Session, batch_id: int) -> Grid:
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise NotFound(Sentence("Angkatan tidak ditemukan."))
    units = [GridUnit(u.id, u.code, u.title, u.jp) for u in units_of_batch(session, batch)]
    return Grid(
        batch_id,
        batch.program.max_attempts,
        units,
        participants_of_batch(session, batch_id),
        attempts_of_batch(session, batch_id),
    )


def _parse_score(score: str | Decimal | None) -> Decimal | None:
    if score is None or (isinstance(score, str) and not score.strip()):
        return None
    try:
        value = Decimal(str(score).strip().replace(",", "."))
    except InvalidOperation as exc:
        raise ValidationError(Sentence("Nilai harus angka 0–100."), field="score") from exc
    if not Decimal(0) <= value <= Decimal(100):
        raise ValidationError(Sentence("Nilai harus angka 0–100."), field="score")
    return value.quantize(Decimal("0.01"))


def _load(session: Session, enrollment_id: int, unit_id: int) -> tuple[Enrollment, CompetencyUnit]:
    missing = Sentence("Peserta tidak ditemukan di angkatan ini.")
    enrollment = get_live(session, Enrollment, enrollment_id, missing)
    unit = session.get(CompetencyUnit, unit_id)
    if unit is None or unit.program_id != enrollment.batch.program_id:
        raise ValidationError(
            Sentence("Unit kompetensi ini bukan bagian dari program angkatan tersebut.")
        )
    if enrollment.status not in ASSESSED_STATUSES:
        raise ValidationError(Sentence("Hanya peserta angkatan yang dapat dinilai."))
    return enrollment, unit


def _refuse_if_certified(session: Session, enrollment_id: int) -> None:
    issued = session.scalar(
        select(Certificate.number).where(
            Certificate.enrollment_id == enrollment_id,
            Certificate.kind == "sertifikat",
            Certificate.status == CertificateStatus.ISSUED,
        )
    )
    if issued:
        raise ValidationError(
            Sentence(
                "Sertifikat {number} sudah terbit untuk peserta ini; batalkan sertifikat itu "
                "terlebih dahulu bila hasil penilaian harus diubah.",
                number=issued,
            )
        )


def _existing(
    session: Session, enrollment_id: int, unit_id: int, *, lock: bool = False
) -> list[Assessment]:
    query = (
        select(Assessment)
        .where(
            Assessment.enrollment_id == enrollment_id,
            Assessment.unit_id == unit_id,
            Assessment.deleted_at.is_(None),
        )
        .order_by(Assessment.attempt)
    )
    # Locked when removing against what the grid showed, so two removals cannot pass each other.
    return list(session.scalars(query.with_for_update() if lock else query))


def record(
    session: Session,
    actor: Actor,
    enrollment_id: int,
    unit_id: int,
    result: str,
    assessed_on: date,
    assessor: str = "",
    score: str | Decimal | None = None,
    *,
    seen_attempts: int | None = None,
) -> Assessment:
    """Record the next attempt of one unit for one participant.

    `seen_attempts` is how many attempts the clerk's grid showed in this cell: when another
    clerk recorded or removed one since, nothing is written (StaleCells). Other cells of the
    same grid never conflict."""
    require(actor, Action.RECORD_ASSESSMENT)
    enrollment, unit = _load(session, enrollment_id, unit_id)
    errors: dict[str, str] = {}
    result = result.strip().upper()
    if result not in RESULTS:
        errors["result"] = Sentence("Hasil harus K (kompeten) atau BK (belum kompeten).")
    if assessed_on > today():
        errors["assessed_on"] = Sentence("Tanggal penilaian tidak boleh di masa depan.")
    elif assessed_on < enrollment.batch.start_date:
        started = format_date(enrollment.batch.start_date)
        errors["assessed_on"] = Sentence(
            "Tanggal penilaian sebelum angkatan dimulai ({started}).", started=started
        )
    try:
        value = _parse_score(score)
    except ValidationError as exc:
        errors["score"] = exc.said
    if errors:
        raise FieldErrors(errors)
    _refuse_if_certified(session, enrollment_id)
    previous = _existing(session, enrollment_id, unit_id)
    _refuse_stale(session, enrollment, unit, previous, seen_attempts)
    if previous and previous[-1].result == "K":
        raise ValidationError(
            Sentence(
                "Unit {code} sudah kompeten; hapus penilaian terakhir bila ingin mengoreksinya.",
                code=unit.code,
            )
        )
    limit = enrollment.batch.program.max_attempts
    if len(previous) >= limit:
        raise ValidationError(
            Sentence(
                "Unit {code} sudah dinilai {n} kali, batas program ini {limit} kali; "
                "penilaian ulang tidak dapat dicatat.",
                code=unit.code,
                n=number(len(previous)),
                limit=number(limit),
            )
        )
    if previous and assessed_on < previous[-1].assessed_on:
        raise FieldErrors(
            {
                "assessed_on": Sentence(
                    "Tanggal penilaian ulang tidak boleh sebelum penilaian sebelumnya."
                )
            }
        )
    row = Assessment(
        inst_code=enrollment.inst_code,
        enrollment_id=enrollment_id,
        unit_id=unit_id,
        attempt=_next_attempt(session, enrollment_id, unit_id),
        result=result,
        score=value,
        assessed_on=assessed_on,
        assessor=assessor.strip(),
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        # Another clerk recorded this attempt number in the same instant; theirs was kept.
        raise StaleCells(
            Sentence("{n} nilai unit", n=number(1)), [], Sentence("pengguna lain")
        ) from None
    audit.record(
        session, actor, "create", "assessment", row.uuid,
        {"enrollment": [None, enrollment.uuid], "unit": [None, unit.code],
         "attempt": [None, row.attempt], "result": [None, result], "score": [None, value],
         "assessed_on": [None, assessed_on]},
    )  # fmt: skip
    return row


def _refuse_stale(
    session: Session,
    enrollment: Enrollment,
    unit: CompetencyUnit,
    previous: list[Assessment],
    seen_attempts: int | None,
) -> None:
    if seen_attempts is None or len(previous) == seen_attempts:
        return
    change = last_change(session, "assessment", previous[-1].uuid) if previous else None
    raise StaleCells(
        Sentence("{n} nilai unit", n=number(1)),
        [CellConflict(enrollment.id, unit.code, seen_attempts, len(previous))],
        change.user_name if change else Sentence("pengguna lain"),
    )


def _next_attempt(session: Session, enrollment_id: int, unit_id: int) -> int:
    # Soft-deleted attempts keep their number: the unique key covers them and sync carries them.
    highest = session.scalar(
        select(func.max(Assessment.attempt)).where(
            Assessment.enrollment_id == enrollment_id, Assessment.unit_id == unit_id
        )
    )
    return (highest or 0) + 1


def remove_latest(
    session: Session,
    actor: Actor,
    enrollment_id: int,
    unit_id: int,
    *,
    seen_attempts: int | None = None,
) -> Assessment:
    """Withdraw the latest attempt (a keying mistake); the row stays, marked deleted."""
    require(actor, Action.RECORD_ASSESSMENT)
    enrollment, unit = _load(session, enrollment_id, unit_id)
    _refuse_if_certified(session, enrollment_id)
    previous = _existing(session, enrollment_id, unit_id, lock=seen_attempts is not None)
    _refuse_stale(session, enrollment, unit, previous, seen_attempts)
    if not previous:
        raise ValidationError(
            Sentence("Unit {code} belum dinilai untuk peserta ini.", code=unit.code)
        )
    latest = previous[-1]
    latest.deleted_at = utcnow()
    audit.record(
        session, actor, "delete", "assessment", latest.uuid,
        {"attempt": [latest.attempt, None], "result": [latest.result, None]},
        reason="koreksi penilaian",
    )  # fmt: skip
    return latest


def attempts_left(grid_: Grid, enrollment_id: int, unit_id: int) -> int:
    found = grid_.attempts.get((enrollment_id, unit_id), [])
    if found and found[-1].result == "K":
        return 0
    return max(0, grid_.max_attempts - len(found))
