"""Placements (penempatan): what became of each graduate, recorded as often as they are traced.

A graduate may have several records over time (still looking at three months, employed at six);
the latest one is their status. Records are never overwritten silently: edits and removals go to
the audit trail with what changed.
"""

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core import audit, clock
from blkdesk.core.concurrency import refuse_if_changed
from blkdesk.core.errors import FieldErrors, ValidationError
from blkdesk.core.models import Batch, Enrollment, Placement, Trainee
from blkdesk.core.models.live import get_live
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.placement.follow_up import Graduate, graduates_query
from blkdesk.core.refdata import PLACEMENT_OUTCOMES, PLACEMENT_SOURCES
from blkdesk.core.registry import trainee_search
from blkdesk.core.sentences import Sentence
from blkdesk.core.statuses import EnrollmentStatus
from blkdesk.core.text import clean_name, clean_text

WORKING = ("bekerja_perusahaan", "bekerja_non_perusahaan", "wirausaha", "pmi")
FIELDS = ("outcome", "destination_country", "employer", "sector", "start_date", "source",
          "recorded_on", "notes")  # fmt: skip
# Without a search, the graduate list shows batches that ended within this span.
RECENT = timedelta(days=550)
# Enrollment statuses of someone who sat in the training (a participant who left early because
# a company hired them is exactly the placement Kemnaker wants counted).
TRAINED = (EnrollmentStatus.ACCEPTED, EnrollmentStatus.WITHDRAWN)


@dataclass(frozen=True)
class PlacementInput:
    outcome: str
    employer: str = ""
    sector: str = ""
    destination_country: str = ""
    start_date: date | None = None
    source: str = "telepon"
    recorded_on: date | None = None  # today when not given
    notes: str = ""


def normalised(data: PlacementInput, today: date) -> PlacementInput:
    """Trim the text, fill the recording date, and drop what the outcome cannot have."""
    data = replace(
        data,
        employer=clean_name(data.employer),
        sector=clean_name(data.sector),
        destination_country=clean_name(data.destination_country),
        notes=clean_text(data.notes),
        recorded_on=data.recorded_on or today,
    )
    if data.outcome != "pmi":
        data = replace(data, destination_country="")
    if data.outcome == "belum_bekerja":
        data = replace(data, employer="", sector="", start_date=None)
    return data


def validate(data: PlacementInput, today: date) -> dict[str, str]:
    """{field: message} for a normalised input; empty when it may be saved."""
    errors: dict[str, str] = {}
    if data.outcome not in PLACEMENT_OUTCOMES:
        errors["outcome"] = Sentence("Pilih hasil penempatan.")
    if data.outcome == "pmi" and not data.destination_country:
        errors["destination_country"] = Sentence("Negara tujuan wajib diisi untuk PMI.")
    if data.outcome == "bekerja_perusahaan" and not data.employer:
        errors["employer"] = Sentence(
            "Nama perusahaan wajib diisi untuk yang bekerja di perusahaan."
        )
    if len(data.employer) > 200:
        errors["employer"] = Sentence("Nama perusahaan/usaha paling panjang 200 karakter.")
    if len(data.sector) > 120:
        errors["sector"] = Sentence("Sektor paling panjang 120 karakter.")
    if data.source not in PLACEMENT_SOURCES:
        errors["source"] = Sentence(
            "Pilih sumber informasi (telepon, kuesioner, kunjungan, laporan)."
        )
    recorded = data.recorded_on or today
    if recorded > today:
        errors["recorded_on"] = Sentence("Tanggal pencatatan tidak boleh setelah hari ini.")
    if data.start_date is not None and data.start_date > recorded:
        errors["start_date"] = Sentence(
            "Tanggal mulai bekerja tidak boleh setelah tanggal pencatatan."
        )
    return errors


def _checked(data: PlacementInput, today: date) -> PlacementInput:
    data = normalised(data, today)
    errors = validate(data, today)
    if errors:
        raise FieldErrors(errors)
    return data


def record(
    session: Session,
    actor: Actor,
    enrollment_id: int,
    data: PlacementInput,
    today: date | None = None,
) -> Placement:
    """Add a placement record for the participant of one batch."""
    require(actor, Action.RECORD_PLACEMENT)
    today = today or clock.today()
    missing = Sentence("Peserta tidak ditemukan; muat ulang daftar lalu coba lagi.")
    enrollment = get_live(session, Enrollment, enrollment_id, missing)
    if enrollment.status not in TRAINED:
        raise ValidationError(
            Sentence(
                "Penempatan hanya dicatat untuk peserta yang mengikuti pelatihan; pendaftar ini "
                "tidak menjadi peserta angkatan tersebut."
            )
        )
    data = _checked(data, today)
    placement = Placement(
        inst_code=enrollment.inst_code,
        trainee_id=enrollment.trainee_id,
        enrollment_id=enrollment.id,
        **{name: getattr(data, name) for name in FIELDS},
    )
    session.add(placement)
    session.flush()
    audit.record(
        session, actor, "create", "placement", placement.uuid,
        {name: [None, value] for name, value in audit.snapshot(placement, FIELDS).items()},
    )  # fmt: skip
    return placement


def _live(session: Session, placement_id: int) -> Placement:
    missing = Sentence("Catatan penempatan tidak ditemukan; mungkin sudah dihapus.")
    return get_live(session, Placement, placement_id, missing)


def update(
    session: Session,
    actor: Actor,
    placement_id: int,
    data: PlacementInput,
    today: date | None = None,
    *,
    expected_version: int | None = None,
) -> Placement:
    """`expected_version`: the version the form opened (see `concurrency.refuse_if_changed`)."""
    require(actor, Action.RECORD_PLACEMENT)
    data = _checked(data, today or clock.today())
    placement = _live(session, placement_id)
    what = Sentence("Catatan penempatan")
    refuse_if_changed(session, placement, expected_version, what, "placement",
                      lambda: as_input(placement))  # fmt: skip
    before = audit.snapshot(placement, FIELDS)
    for name in FIELDS:
        setattr(placement, name, getattr(data, name))
    changes = audit.diff(before, audit.snapshot(placement, FIELDS))
    if changes:
        audit.record(session, actor, "update", "placement", placement.uuid, changes)
    return placement


def remove(session: Session, actor: Actor, placement_id: int, reason: str) -> None:
    """Soft delete, so the removal also reaches the province's copy."""
    require(actor, Action.RECORD_PLACEMENT)
    if not reason.strip():
        raise ValidationError(
            Sentence("Tuliskan alasan menghapus catatan penempatan."), field="reason"
        )
    placement = _live(session, placement_id)
    placement.deleted_at = clock.utcnow()
    audit.record(
        session, actor, "delete", "placement", placement.uuid,
        audit.snapshot(placement, FIELDS), reason=reason.strip(),
    )  # fmt: skip


@dataclass(frozen=True)
class GraduateRow(Graduate):
    end_date: date | None
    latest_outcome: str | None
    latest_recorded_on: date | None
    inst_code: str = ""


def graduates(
    session: Session,
    text: str = "",
    limit: int = 300,
    today: date | None = None,
    inst_code: str | None = None,
) -> list[GraduateRow]:
    """Graduates whose name, NIK or phone starts with `text`, in name order; without text, those
    of the last year and a half (everyone the follow-up calls still reach), newest batch first.
    `inst_code` keeps one BLK's (the province's desk holds them all)."""
    stmt = graduates_query().add_columns(Enrollment.inst_code)
    if inst_code:
        stmt = stmt.where(Enrollment.inst_code == inst_code)
    if text.strip():
        # The registry search already knows how to find a name or NIK prefix quickly.
        found = [row.id for row in trainee_search.page(session, text, limit=limit)]
        stmt = stmt.where(Enrollment.trainee_id.in_(found)).order_by(
            Trainee.name_norm, Trainee.id, Batch.end_date.desc()
        )
    else:
        since = (today or clock.today()) - RECENT
        stmt = (
            stmt.where(Batch.end_date >= since)
            .order_by(Batch.end_date.desc(), Trainee.name_norm)
            .limit(limit)
        )
    rows = session.execute(stmt).all()
    latest = latest_by_trainee(session, {row[1] for row in rows})
    return [GraduateRow(*row[:-1], *latest.get(row[1], (None, None)), *row[-1:]) for row in rows]


def latest_by_trainee(session: Session, trainee_ids: set[int]) -> dict[int, tuple[str, date]]:
    """{trainee id: (outcome, recorded_on)} of each trainee's most recent placement."""
    out: dict[int, tuple[str, date]] = {}
    if not trainee_ids:
        return out
    stmt = (
        select(Placement.trainee_id, Placement.outcome, Placement.recorded_on)
        .where(Placement.deleted_at.is_(None), Placement.trainee_id.in_(trainee_ids))
        .order_by(Placement.recorded_on, Placement.id)
    )
    for trainee_id, outcome, recorded_on in session.execute(stmt):
        out[trainee_id] = (outcome, recorded_on)
    return out


def history(session: Session, trainee_id: int) -> list[Placement]:
    """A trainee's placement records, newest first."""
    return list(
        session.scalars(
            select(Placement)
            .where(Placement.trainee_id == trainee_id, Placement.deleted_at.is_(None))
            .order_by(Placement.recorded_on.desc(), Placement.id.desc())
        )
    )


def as_input(placement: Placement) -> PlacementInput:
    return PlacementInput(**{name: getattr(placement, name) for name in FIELDS})


def input_of(session: Session, placement_id: int) -> tuple[PlacementInput, int]:
    """A recorded placement as the form edits it, and the version it opened."""
    missing = Sentence("Catatan penempatan ini tidak ditemukan; mungkin sudah dihapus.")
    placement = get_live(session, Placement, placement_id, missing)
    return as_input(placement), placement.version
