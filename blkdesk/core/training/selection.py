"""Selection: applicants of a batch, their eligibility, and their status.

A registrant applies to a batch (pendaftar) and is then accepted (peserta), kept in reserve
(cadangan), not selected (tidak_lulus_seleksi), or withdraws (mengundurkan_diri, with the date and
the reason). Acceptance respects the batch's capacity and refuses a trainee who is already a
participant of a batch meeting on one of the same days.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.clock import sentence_date, today, utcnow
from blkdesk.core.concurrency import refuse_delete_if_changed, refuse_if_changed
from blkdesk.core.errors import FieldErrors, ValidationError
from blkdesk.core.models import Batch, Enrollment, Program, Trainee
from blkdesk.core.models.live import get_live
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.refdata import ENROLLMENT_STATUSES
from blkdesk.core.registry import eligibility
from blkdesk.core.sentences import Sentence, clause, number, semicolons
from blkdesk.core.statuses import EnrollmentStatus
from blkdesk.core.training.batches import days_of, get_batch, guard_editable, participant_clash

WITHDRAWN = EnrollmentStatus.WITHDRAWN
ACCEPTED = EnrollmentStatus.ACCEPTED


@dataclass(frozen=True)
class StatusState:
    """An applicant's status as the selection list shows it: what a refused change compares."""

    status: str
    status_changed_on: date | None = None
    withdraw_reason: str = ""


def status_state(enrollment: Enrollment) -> StatusState:
    return StatusState(enrollment.status, enrollment.status_changed_on, enrollment.withdraw_reason)


@dataclass(frozen=True)
class ApplicantRow:
    enrollment_id: int
    trainee_id: int
    name: str
    nik: str
    sex: str
    birth_date: date
    education: str
    regency_code: str
    phone: str
    status: str
    status_changed_on: date | None
    withdraw_reason: str
    checks: tuple[eligibility.RuleResult, ...]
    version: int = 1

    @property
    def state(self) -> StatusState:
        return StatusState(self.status, self.status_changed_on, self.withdraw_reason)

    @property
    def eligible(self) -> bool:
        return eligibility.is_eligible(list(self.checks))

    @property
    def failed_checks(self) -> list[eligibility.RuleResult]:
        return [c for c in self.checks if c.passed is False]


def _applicant(trainee: Trainee) -> eligibility.Applicant:
    return eligibility.Applicant(
        trainee.birth_date, trainee.education, trainee.regency_code, trainee.province_code
    )


def checks_for(trainee: Trainee, batch: Batch) -> list[eligibility.RuleResult]:
    """The programme's rules, with age counted on the batch's first day."""
    return eligibility.check(_applicant(trainee), batch.program, batch.start_date)


def applicants(session: Session, batch_id: int) -> list[ApplicantRow]:
    batch = get_batch(session, batch_id)
    program = batch.program
    rows = session.execute(
        select(Enrollment, Trainee)
        .join(Trainee, Trainee.id == Enrollment.trainee_id)
        .where(Enrollment.batch_id == batch.id, Enrollment.deleted_at.is_(None))
        .order_by(Trainee.name_norm)
    )
    out = []
    for enrollment, trainee in rows:
        checks = eligibility.check(_applicant(trainee), program, batch.start_date)
        out.append(
            ApplicantRow(
                enrollment.id, trainee.id, trainee.name, trainee.nik, trainee.sex,
                trainee.birth_date, trainee.education, trainee.regency_code, trainee.phone,
                enrollment.status, enrollment.status_changed_on, enrollment.withdraw_reason,
                tuple(checks), enrollment.version,
            )
        )  # fmt: skip
    return out


def counts(session: Session, batch_id: int) -> dict[str, int]:
    rows = session.execute(
        select(Enrollment.status, func.count())
        .where(Enrollment.batch_id == batch_id, Enrollment.deleted_at.is_(None))
        .group_by(Enrollment.status)
    )
    found = {status: n for status, n in rows}
    return {status: found.get(status, 0) for status in ENROLLMENT_STATUSES}


def add_applicants(
    session: Session, actor: Actor, batch_id: int, trainee_ids: list[int], reason: str = ""
) -> list[Enrollment]:
    """Register trainees from the registry as applicants of the batch (already there: skipped)."""
    require(actor, Action.SELECT_PARTICIPANTS)
    batch = get_batch(session, batch_id)
    guard_editable(batch, actor, reason)
    existing = {
        e.trainee_id: e
        for e in session.scalars(
            select(Enrollment).where(
                Enrollment.batch_id == batch.id, Enrollment.trainee_id.in_(trainee_ids)
            )
        )
    }
    added = []
    missing = Sentence("Peserta yang dipilih tidak ditemukan di daftar peserta.")
    for trainee_id in dict.fromkeys(trainee_ids):
        trainee = get_live(session, Trainee, trainee_id, missing)
        enrollment = existing.get(trainee_id)
        if enrollment is not None and enrollment.deleted_at is None:
            continue
        if enrollment is None:
            enrollment = Enrollment(
                inst_code=batch.inst_code, trainee_id=trainee_id, batch_id=batch.id
            )
            session.add(enrollment)
        enrollment.deleted_at = None
        enrollment.status = EnrollmentStatus.APPLICANT
        enrollment.status_changed_on = today()
        enrollment.withdraw_reason = ""
        session.flush()
        audit.record(
            session, actor, "create", "enrollment", enrollment.uuid,
            {"batch": [None, batch.name], "trainee": [None, trainee.name],
             "status": [None, "pendaftar"]},
            reason=reason.strip(),
        )  # fmt: skip
        added.append(enrollment)
    return added


def remove_applicant(
    session: Session,
    actor: Actor,
    enrollment_id: int,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> None:
    """Undo a registration keyed in by mistake; only while the person is still an applicant.
    `expected_version`: the version the clerk's list showed; one changed since is kept."""
    require(actor, Action.SELECT_PARTICIPANTS)
    enrollment = _get(session, enrollment_id)
    guard_editable(enrollment.batch, actor, reason)
    refuse_delete_if_changed(
        session, enrollment, expected_version, Sentence("Pendaftaran"), "enrollment"
    )
    if enrollment.status != EnrollmentStatus.APPLICANT:
        raise ValidationError(
            Sentence(
                "Hanya pendaftar yang dapat dihapus dari angkatan; ubah statusnya bila sudah "
                "diseleksi (mis. mengundurkan diri)."
            ),
            field="status",
        )
    enrollment.deleted_at = utcnow()
    audit.record(session, actor, "delete", "enrollment", enrollment.uuid,
                 {"status": [enrollment.status, None]}, reason=reason.strip())  # fmt: skip


def _get(session: Session, enrollment_id: int) -> Enrollment:
    missing = Sentence("Pendaftaran tidak ditemukan; mungkin sudah dihapus.")
    return get_live(session, Enrollment, enrollment_id, missing)


def accepted_count(session: Session, batch_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                Enrollment.batch_id == batch_id,
                Enrollment.status == ACCEPTED,
                Enrollment.deleted_at.is_(None),
            )
        )
        or 0
    )


def set_status(
    session: Session,
    actor: Actor,
    enrollment_id: int,
    status: str,
    *,
    on: date | None = None,
    reason: str = "",
    ineligible_reason: str = "",
    closed_reason: str = "",
    expected_version: int | None = None,
) -> Enrollment:
    """Change an applicant's status.

    `reason` is the withdrawal reason (required with `mengundurkan_diri`). Accepting an applicant
    who fails an eligibility rule needs `ineligible_reason` (e.g. a head's dispensation), audited.
    `closed_reason` is the admin's reason for touching a closed batch. `expected_version`: the
    version the clerk's list showed (see `concurrency.refuse_if_changed`); the refusal carries
    the status as it is now (`StatusState`).
    """
    require(actor, Action.SELECT_PARTICIPANTS)
    enrollment = _get(session, enrollment_id)
    batch = enrollment.batch
    guard_editable(batch, actor, closed_reason)
    what = Sentence("Status pendaftar")
    refuse_if_changed(session, enrollment, expected_version, what, "enrollment",
                      lambda: status_state(enrollment))  # fmt: skip
    if status not in ENROLLMENT_STATUSES:
        raise ValidationError(Sentence("Status pendaftar tidak dikenal."), field="status")
    day = on or today()
    trainee = enrollment.trainee
    if status == WITHDRAWN:
        errors: dict[str, str] = {}
        if not reason.strip():
            errors["reason"] = Sentence("Tuliskan alasan mengundurkan diri.")
        if day > today():
            errors["on"] = Sentence("Tanggal mengundurkan diri tidak boleh setelah hari ini.")
        if errors:
            raise FieldErrors(errors)
    if status == ACCEPTED and enrollment.status != ACCEPTED:
        _check_acceptance(session, enrollment, batch, trainee, ineligible_reason)
    if status == enrollment.status and status != WITHDRAWN:
        return enrollment
    before = (enrollment.status, enrollment.status_changed_on, enrollment.withdraw_reason)
    enrollment.status = status
    enrollment.status_changed_on = day
    enrollment.withdraw_reason = reason.strip() if status == WITHDRAWN else ""
    changes: dict[str, list[object]] = {"status": [before[0], status]}
    if status == WITHDRAWN:
        changes["withdraw_reason"] = [before[2], enrollment.withdraw_reason]
        changes["status_changed_on"] = [before[1], day]
    audit_reason = "; ".join(r for r in (ineligible_reason.strip(), closed_reason.strip()) if r)
    audit.record(session, actor, "update", "enrollment", enrollment.uuid, changes,
                 reason=audit_reason)  # fmt: skip
    return enrollment


def _check_acceptance(
    session: Session, enrollment: Enrollment, batch: Batch, trainee: Trainee, ineligible: str
) -> None:
    taken = accepted_count(session, batch.id)
    if taken >= batch.capacity:
        raise ValidationError(
            Sentence(
                "Kapasitas {batch} sudah penuh ({taken} dari {n} peserta). Jadikan "
                "pendaftar ini cadangan, atau naikkan kapasitas angkatan dulu.",
                batch=batch.name,
                taken=number(taken),
                n=number(batch.capacity),
            ),
            field="capacity",
        )
    clash = participant_clash(session, batch.id, [trainee.id], days_of(session, batch.id))
    if clash:
        raise ValidationError(
            Sentence(
                "{name} sudah menjadi peserta {batch}, yang juga berlatih pada {day}. Seorang "
                "peserta tidak dapat mengikuti dua angkatan yang harinya bertabrakan.",
                name=trainee.name,
                batch=clash[1],
                day=sentence_date(clash[2]),
            ),
            field="overlap",
        )
    failed = [c for c in checks_for(trainee, batch) if c.passed is False]
    if failed and not ineligible.strip():
        shown = semicolons(
            [Sentence("{rule} ({detail})", rule=c.label, detail=clause(c.detail)) for c in failed]
        )
        raise ValidationError(
            Sentence(
                "{name} tidak memenuhi syarat: {shown}. Terima hanya dengan alasan (mis. "
                "persetujuan kepala BLK).",
                name=trainee.name,
                shown=shown,
            ),
            field="eligibility",
        )


@dataclass(frozen=True)
class AcceptedRow:
    number: int
    name: str
    nik: str
    sex: str
    birth_place: str
    birth_date: date
    village: str
    regency_code: str


def accepted_list(session: Session, batch_id: int) -> list[AcceptedRow]:
    """Accepted participants in name order, for the notice-board list."""
    rows = session.scalars(
        select(Trainee)
        .join(Enrollment, Enrollment.trainee_id == Trainee.id)
        .where(
            Enrollment.batch_id == batch_id,
            Enrollment.status == ACCEPTED,
            Enrollment.deleted_at.is_(None),
        )
        .order_by(Trainee.name_norm)
    )
    return [
        AcceptedRow(i, t.name, t.nik, t.sex, t.birth_place, t.birth_date, t.village, t.regency_code)
        for i, t in enumerate(rows, start=1)
    ]


def program_of(session: Session, batch_id: int) -> Program:
    return get_batch(session, batch_id).program
