"""Registering, editing and deleting trainees: the rules the intake form and the import share.

`validate` is pure (no database) so the form can run it on every keystroke; `register`, `update`
and `delete` add the database rules (exact NIK refused, probable duplicates need a reason),
record consent, and write the change and its per-field audit in the caller's transaction.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from blkdesk.core import audit, limits
from blkdesk.core.clock import format_datetime_local, today, utcnow
from blkdesk.core.concurrency import StaleRecord, last_change
from blkdesk.core.errors import BlkError, FieldErrors, NotFound, ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import AuditEvent, Batch, Institution, Program, Trainee
from blkdesk.core.models.live import find_live, get_live
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.refdata import (
    DISABILITY_KINDS,
    EDUCATION_LEVELS,
    EMPLOYMENT_STATUSES,
    MARITAL_STATUSES,
    PROVINCES,
    RELIGIONS,
)
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry.contact import normalise_email, normalise_phone
from blkdesk.core.registry.eligibility import Applicant, RuleResult, check, needs_guardian
from blkdesk.core.sentences import Sentence, number
from blkdesk.core.statuses import BatchStatus
from blkdesk.core.text import clean_name, clean_text, normalise_name
from blkdesk.core.training import selection

MAX_PHOTO_BYTES = 200 * 1024
_PASSPORT = re.compile(r"^[A-Z0-9]{6,12}$")
_JPEG, _PNG = b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"


@dataclass
class TraineeInput:
    """What the intake form (or one imported row) says about a person, as typed."""

    nik: str = ""
    kk_number: str = ""
    name: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    sex: str = ""
    religion: str = ""
    marital_status: str = ""
    education: str = ""
    address: str = ""
    rt: str = ""
    rw: str = ""
    village: str = ""
    district: str = ""
    regency_code: str = ""
    province_code: str = ""
    phone: str = ""
    email: str = ""
    disability: str = ""
    employment_status: str = ""
    ak1_number: str = ""
    notes: str = ""
    is_pmi_candidate: bool = False
    destination_country: str = ""
    passport_number: str = ""
    language: str = ""
    guardian_name: str = ""
    guardian_consent: bool = False
    photo: bytes | None = None
    # The applicant (or, for a child, the guardian) agreed to the processing of personal data.
    consent: bool = False


# Stored columns the input maps to, in the order of the paper form; labels for history, import
# and refusals (Sentences, so a refusal names the field in the interface's language).
FIELD_LABELS: dict[str, str] = {
    "nik": Sentence("NIK"),
    "kk_number": Sentence("Nomor KK"),
    "name": Sentence("Nama lengkap"),
    "birth_place": Sentence("Tempat lahir"),
    "birth_date": Sentence("Tanggal lahir"),
    "sex": Sentence("Jenis kelamin"),
    "religion": Sentence("Agama"),
    "marital_status": Sentence("Status perkawinan"),
    "education": Sentence("Pendidikan terakhir"),
    "address": Sentence("Alamat"),
    "rt": Sentence("RT"),
    "rw": Sentence("RW"),
    "village": Sentence("Desa/kelurahan"),
    "district": Sentence("Kecamatan"),
    "regency_code": Sentence("Kabupaten/kota"),
    "province_code": Sentence("Provinsi"),
    "phone": Sentence("Nomor HP"),
    "email": Sentence("Email"),
    "disability": Sentence("Disabilitas"),
    "employment_status": Sentence("Status pekerjaan"),
    "ak1_number": Sentence("Nomor AK/1"),
    "notes": Sentence("Catatan"),
    "is_pmi_candidate": Sentence("Calon pekerja migran"),
    "destination_country": Sentence("Negara tujuan"),
    "passport_number": Sentence("Nomor paspor"),
    "language": Sentence("Bahasa"),
    "guardian_name": Sentence("Nama orang tua/wali"),
    "guardian_consent": Sentence("Persetujuan orang tua/wali"),
    "photo": Sentence("Pas foto"),
}
COLUMNS: tuple[str, ...] = tuple(FIELD_LABELS)


def _choice(value: str, allowed: tuple[str, ...], label: str) -> tuple[str, str | None]:
    value = value.strip()
    if not value:
        return "", None
    for option in allowed:
        if option.casefold() == value.casefold():
            return option, None
    return value, Sentence("{label} '{value}' tidak dikenal; pilih dari daftar.", label=label,
                           value=value)  # fmt: skip


def _digits(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value or "")


def photo_problem(photo: bytes | None) -> str | None:
    if photo is None:
        return None
    if not (photo.startswith(_JPEG) or photo.startswith(_PNG)):
        return Sentence("Pas foto harus berkas JPEG atau PNG.")
    if len(photo) > MAX_PHOTO_BYTES:
        return Sentence(
            "Pas foto terlalu besar ({kb} KB); maksimal 200 KB.", kb=number(len(photo) // 1024)
        )
    return None


def validate(
    data: TraineeInput, *, on: date | None = None
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean values for the trainee columns, and {field: reason} for what is wrong.

    Birth date, sex and region missing from the input are taken from the NIK; given ones that
    disagree with it are errors. `on` is the date that counts for age (a batch's start, or today).
    """
    on = on or today()
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    info: nikmod.NikInfo | None = None
    try:
        info = nikmod.parse(data.nik, reference=on)
        values["nik"] = info.nik
    except nikmod.NikError as exc:
        errors["nik"] = exc.said
        values["nik"] = nikmod.normalise(data.nik)

    kk = _digits(data.kk_number)
    if kk and (not kk.isdigit() or len(kk) != 16):
        errors["kk_number"] = Sentence(
            "Nomor KK harus 16 angka; yang diisi {n} karakter.", n=number(len(kk))
        )
    values["kk_number"] = kk

    name = clean_name(data.name)
    if not name:
        errors["name"] = Sentence("Nama lengkap wajib diisi.")
    elif not any(ch.isalpha() for ch in name):
        errors["name"] = Sentence("Nama harus berisi huruf.")
    elif len(name) > 150:
        errors["name"] = Sentence("Nama terlalu panjang (maksimal 150 karakter).")
    values["name"] = name
    values["name_norm"] = normalise_name(name)
    values["birth_place"] = clean_name(data.birth_place)

    birth = data.birth_date or (info.birth_date if info else None)
    if birth is None:
        errors["birth_date"] = Sentence("Tanggal lahir wajib diisi.")
    elif birth > on:
        errors["birth_date"] = Sentence("Tanggal lahir tidak boleh di masa depan.")
    elif birth.year < 1920:
        errors["birth_date"] = Sentence("Tanggal lahir terlalu lampau; periksa tahunnya.")
    values["birth_date"] = birth

    sex = (data.sex or (info.sex if info else "")).strip().upper()[:1]
    if sex not in ("L", "P"):
        errors["sex"] = Sentence("Jenis kelamin wajib dipilih (L atau P).")
    values["sex"] = sex
    if info is not None:
        for field, message in nikmod.mismatches(info, data.birth_date, data.sex or None).items():
            errors.setdefault(field, message)

    for field, allowed, label in (
        ("religion", RELIGIONS, Sentence("Agama")),
        ("marital_status", MARITAL_STATUSES, Sentence("Status perkawinan")),
        ("education", EDUCATION_LEVELS, Sentence("Pendidikan")),
        ("disability", DISABILITY_KINDS, Sentence("Jenis disabilitas")),
        ("employment_status", EMPLOYMENT_STATUSES, Sentence("Status pekerjaan")),
    ):
        values[field], problem = _choice(getattr(data, field), allowed, label)
        if problem:
            errors[field] = problem

    values["address"] = clean_text(data.address)
    for field in ("rt", "rw"):
        raw = _digits(getattr(data, field))
        if raw and (not raw.isdigit() or len(raw) > 3):
            errors[field] = Sentence(
                "{field} berupa angka, paling banyak 3 digit.", field=field.upper()
            )
        values[field] = raw.zfill(3) if raw.isdigit() else raw
    values["village"] = clean_name(data.village)
    values["district"] = clean_name(data.district)

    regency = data.regency_code.strip() or (info.regency_code if info else "")
    province = data.province_code.strip() or (regency[:2] if regency else "")
    if regency and not (len(regency) == 4 and regency.isdigit() and regency[:2] in PROVINCES):
        errors["regency_code"] = Sentence("Kode kabupaten/kota tidak dikenal.")
    if province and province not in PROVINCES:
        errors["province_code"] = Sentence("Provinsi tidak dikenal.")
    elif regency and province and regency[:2] != province:
        errors["regency_code"] = Sentence("Kabupaten/kota tidak berada di provinsi yang dipilih.")
    values["regency_code"], values["province_code"] = regency, province

    for field, normalise in (("phone", normalise_phone), ("email", normalise_email)):
        try:
            values[field] = normalise(getattr(data, field))
        except ValidationError as exc:
            errors[field] = exc.said
            values[field] = getattr(data, field).strip()

    values["ak1_number"] = clean_text(data.ak1_number)
    values["notes"] = clean_text(data.notes)
    values["is_pmi_candidate"] = bool(data.is_pmi_candidate)
    if data.is_pmi_candidate:
        values["destination_country"] = clean_name(data.destination_country)
        values["language"] = clean_name(data.language)
        passport = _digits(data.passport_number).upper()
        if passport and not _PASSPORT.match(passport):
            errors["passport_number"] = Sentence(
                "Nomor paspor berupa huruf dan angka (6–12 karakter)."
            )
        values["passport_number"] = passport
        if not values["destination_country"]:
            errors["destination_country"] = Sentence(
                "Calon pekerja migran: negara tujuan wajib diisi."
            )
    else:
        values["destination_country"] = values["language"] = values["passport_number"] = ""

    values["guardian_name"] = clean_name(data.guardian_name)
    values["guardian_consent"] = bool(data.guardian_consent)
    if needs_guardian(birth, on):
        if not values["guardian_name"]:
            errors["guardian_name"] = Sentence(
                "Pendaftar di bawah 18 tahun: nama orang tua/wali wajib diisi."
            )
        if not values["guardian_consent"]:
            errors["guardian_consent"] = Sentence(
                "Pendaftar di bawah 18 tahun: orang tua/wali harus menyetujui pengolahan data."
            )
    if not data.consent:
        errors["consent"] = Sentence("Persetujuan pengolahan data pribadi (UU PDP) wajib dicatat.")

    problem = photo_problem(data.photo)
    if problem:
        errors["photo"] = problem
    values["photo"] = data.photo
    # Nothing is cut to fit: a value longer than its column is refused beside its field (the
    # search copy of the name is as long as the name, which is refused already).
    for field, message in limits.problems(Trainee, values, FIELD_LABELS).items():
        if field != "name_norm":
            errors.setdefault(field, message)
    return values, errors


class DuplicateNik(ValidationError):
    """The NIK already belongs to a trainee of this BLK; `existing_id` opens that record."""

    def __init__(self, existing_id: int, existing_name: str) -> None:
        super().__init__(
            Sentence(
                "NIK ini sudah terdaftar atas nama {name}; buka data yang sudah ada untuk "
                "mengubahnya.",
                name=existing_name,
            ),
            field="nik",
        )
        self.existing_id = existing_id


def nik_taken(
    session: Session, actor: Actor, nik: str, *, exclude_id: int | None = None
) -> DuplicateNik | None:
    """The refusal saving `nik` would meet, asked as soon as the clerk has typed all 16 digits
    (one lookup on the NIK index: cheap on an office server too). `exclude_id`: the record
    being edited."""
    require(actor, Action.EDIT_TRAINEES)
    # One statement, so one round trip to an office server: this BLK's code as a subquery.
    local = select(Institution.code).where(Institution.is_local).scalar_subquery()
    query = select(Trainee.id, Trainee.name).where(
        Trainee.inst_code == local, Trainee.nik == nik, Trainee.deleted_at.is_(None)
    )
    if exclude_id is not None:
        query = query.where(Trainee.id != exclude_id)
    row = session.execute(query).first()
    return None if row is None else DuplicateNik(row.id, row.name)


@dataclass(frozen=True)
class DuplicateMatch:
    id: int
    name: str
    nik: str
    birth_date: date
    phone: str
    reason: str


class ProbableDuplicate(BlkError):
    """Someone similar exists; saving anyway needs a reason written by the clerk."""

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        super().__init__(
            Sentence(
                "Ada {n} data peserta yang mirip. Periksa daftarnya; bila memang orang yang "
                "berbeda, simpan dengan menuliskan alasannya.",
                n=number(len(matches)),
            )
        )
        self.matches = matches


SAME_NAME_BIRTH = Sentence("Nama dan tanggal lahir sama")
SAME_PHONE = Sentence("Nomor HP sama")


def probable_duplicates(
    session: Session,
    inst_code: str,
    name_norm: str,
    birth_date: date | None,
    phone: str,
    exclude_id: int | None = None,
) -> list[DuplicateMatch]:
    """Live trainees with the same name and birth date, or the same phone number."""
    clauses: list[ColumnElement[bool]] = []
    if name_norm and birth_date is not None:
        clauses.append((Trainee.birth_date == birth_date) & (Trainee.name_norm == name_norm))
    if phone:
        clauses.append(Trainee.phone == phone)
    if not clauses:
        return []
    stmt = select(Trainee).where(
        Trainee.inst_code == inst_code, Trainee.deleted_at.is_(None), or_(*clauses)
    )
    if exclude_id is not None:
        stmt = stmt.where(Trainee.id != exclude_id)
    matches = []
    for t in session.scalars(stmt.order_by(Trainee.name_norm).limit(20)):
        reason = (
            SAME_NAME_BIRTH
            if (t.name_norm, t.birth_date) == (name_norm, birth_date)
            else SAME_PHONE
        )
        matches.append(DuplicateMatch(t.id, t.name, t.nik, t.birth_date, t.phone, reason))
    return matches


def _live(session: Session, trainee_id: int, *, lock: bool = False) -> Trainee:
    # Locked when saving against a version: a second clerk's save waits for this one's commit
    # and then sees the new version (PostgreSQL; SQLite has one writer anyway).
    trainee = find_live(session, Trainee, trainee_id, lock=lock)
    if trainee is None:
        raise NotFound(_gone(session, trainee_id))
    return trainee


def _gone(session: Session, trainee_id: int) -> str:
    """Why a trainee that a clerk's form or window still shows is not there: who deleted them,
    when and why (from the audit trail), as another clerk may have at another PC."""
    row = session.get(Trainee, trainee_id)
    deleted = None
    if row is not None and row.deleted_at is not None:
        deleted = session.scalar(
            select(AuditEvent)
            .where(AuditEvent.entity == "trainee", AuditEvent.entity_uuid == row.uuid,
                   AuditEvent.action == "delete")
            .order_by(AuditEvent.id.desc()).limit(1)
        )  # fmt: skip
    if row is None or deleted is None:
        return Sentence("Data peserta tidak ditemukan (mungkin sudah dihapus).")
    return Sentence(
        "Data peserta {name} sudah dihapus oleh {user} ({when}), alasan: {reason}.",
        name=row.name, user=deleted.user_name, when=format_datetime_local(deleted.at),
        reason=deleted.reason,
    )  # fmt: skip


def _batch_start(session: Session, batch_id: int | None) -> date | None:
    if batch_id is None:
        return None
    missing = Sentence("Angkatan yang dipilih tidak ditemukan.")
    return get_live(session, Batch, batch_id, missing).start_date


def _raise_if_invalid(errors: dict[str, str]) -> None:
    if errors:
        raise FieldErrors(errors)


def register(
    session: Session,
    actor: Actor,
    data: TraineeInput,
    *,
    duplicate_reason: str = "",
    batch_id: int | None = None,
) -> Trainee:
    """Register a new applicant (and, when a batch is chosen, their application to it)."""
    require(actor, Action.EDIT_TRAINEES)
    on = _batch_start(session, batch_id) or today()
    values, errors = validate(data, on=on)
    _raise_if_invalid(errors)
    inst = local_institution(session)
    # Locked: on the office server two clerks may register a deleted record's NIK at the same
    # moment. Unlocked, both would restore the one row and the second would silently overwrite
    # the first; locked, the second waits, then finds the record restored and is told so.
    existing = session.scalar(
        select(Trainee)
        .where(Trainee.inst_code == inst.code, Trainee.nik == values["nik"])
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if existing is not None and existing.deleted_at is None:
        raise DuplicateNik(existing.id, existing.name)
    matches = probable_duplicates(
        session, inst.code, values["name_norm"], values["birth_date"], values["phone"],
        exclude_id=existing.id if existing else None,
    )  # fmt: skip
    reason = duplicate_reason.strip()
    if matches and not reason:
        raise ProbableDuplicate(matches)
    values.update(consent_at=utcnow(), consent_by=actor.name, duplicate_reason=reason)
    with _claiming_nik(session, inst.code, values["nik"]):
        if existing is not None:
            # The NIK of a deleted record comes back as the same person (same UUID for sync).
            trainee = existing
            for column, value in values.items():
                setattr(trainee, column, value)
            trainee.deleted_at = None
            reason = reason or "Didaftarkan ulang; data lama yang terhapus dipulihkan."
        else:
            trainee = Trainee(inst_code=inst.code, **values)
            session.add(trainee)
    after = audit.snapshot(trainee, COLUMNS)
    changes = {c: [None, v] for c, v in after.items() if v not in ("", None, False)}
    changes["consent_at"] = [None, trainee.consent_at]
    audit.record(session, actor, "create", "trainee", trainee.uuid, changes, reason)
    if batch_id is not None:
        selection.add_applicants(session, actor, batch_id, [trainee.id])
    return trainee


def update(
    session: Session,
    actor: Actor,
    trainee_id: int,
    data: TraineeInput,
    *,
    duplicate_reason: str = "",
    expected_version: int | None = None,
) -> Trainee:
    """Save an edit; only the fields that changed are written to the audit trail.

    `expected_version` is the version the form opened; when someone saved since, nothing is
    written and StaleRecord carries the record as it is now.
    """
    require(actor, Action.EDIT_TRAINEES)
    trainee = _live(session, trainee_id, lock=expected_version is not None)
    if expected_version is not None and trainee.version != expected_version:
        raise StaleRecord(
            Sentence("Data peserta"),
            last_change(session, "trainee", trainee.uuid),
            to_input(trainee),
            trainee.version,
        )
    values, errors = validate(data)
    _raise_if_invalid(errors)
    if values["nik"] != trainee.nik:
        other = session.scalar(
            select(Trainee).where(
                Trainee.inst_code == trainee.inst_code,
                Trainee.nik == values["nik"],
                Trainee.id != trainee.id,
            )
        )
        if other is not None:
            raise DuplicateNik(other.id, other.name)
    # Only what this edit changes can make a new duplicate; an old one was decided already.
    identity_changed = (values["name_norm"], values["birth_date"]) != (
        trainee.name_norm,
        trainee.birth_date,
    )
    phone_changed = values["phone"] != trainee.phone
    matches = probable_duplicates(
        session, trainee.inst_code,
        values["name_norm"] if identity_changed else "", values["birth_date"],
        values["phone"] if phone_changed else "", exclude_id=trainee.id,
    )  # fmt: skip
    reason = duplicate_reason.strip()
    if matches and not reason:
        raise ProbableDuplicate(matches)
    before = audit.snapshot(trainee, COLUMNS)
    claiming = _claiming_nik(session, trainee.inst_code, values["nik"])
    with claiming if values["nik"] != trainee.nik else nullcontext():
        for column, value in values.items():
            setattr(trainee, column, value)
    if trainee.consent_at is None:
        trainee.consent_at, trainee.consent_by = utcnow(), actor.name
    if reason:
        trainee.duplicate_reason = reason
    changes = audit.diff(before, audit.snapshot(trainee, COLUMNS))
    if changes:
        audit.record(session, actor, "update", "trainee", trainee.uuid, changes, reason)
    return trainee


@contextmanager
def _claiming_nik(session: Session, inst_code: str, nik: str) -> Iterator[None]:
    """The trainee's row written with `nik`, inside a savepoint. On the office server another
    clerk may have saved the same NIK since it was checked (both forms saved at the same moment):
    their commit makes this write fail on the unique key, and the clerk gets the usual
    DuplicateNik naming their record, not a crash report."""
    try:
        with session.begin_nested():  # flushes what came before, so only this write is at stake
            yield
            session.flush()
    except IntegrityError:
        with session.no_autoflush:
            other = session.scalar(
                select(Trainee).where(Trainee.inst_code == inst_code, Trainee.nik == nik)
            )
        if other is None:
            raise
        raise DuplicateNik(other.id, other.name) from None


def delete(session: Session, actor: Actor, trainee_id: int, reason: str) -> None:
    """Soft delete (the row stays, so sync carries the deletion), admin only, with a reason."""
    require(actor, Action.DELETE_TRAINEES)
    trainee = _live(session, trainee_id)
    if not reason.strip():
        raise ValidationError(Sentence("Tuliskan alasan penghapusan."), field="reason")
    trainee.deleted_at = utcnow()
    audit.record(session, actor, "delete", "trainee", trainee.uuid, reason=reason.strip())


def to_input(trainee: Trainee) -> TraineeInput:
    """The stored record as the form edits it."""
    values = {f.name: getattr(trainee, f.name) for f in fields(TraineeInput) if f.name != "consent"}
    return TraineeInput(**values, consent=trainee.consent_at is not None)


def get(session: Session, actor: Actor, trainee_id: int) -> Trainee:
    require(actor, Action.VIEW)
    return _live(session, trainee_id)


# --- eligibility at intake -----------------------------------------------------------------


@dataclass(frozen=True)
class IntakeTarget:
    """A programme or an open batch the applicant can be checked against."""

    kind: str  # program / batch
    id: int
    label: str
    program_id: int
    starts: date | None


def intake_targets(session: Session) -> list[IntakeTarget]:
    """Open batches (planned or running) first, then every active programme."""
    targets: list[IntakeTarget] = []
    batches = session.execute(
        select(Batch, Program.name)
        .join(Program, Program.id == Batch.program_id)
        .where(
            Batch.deleted_at.is_(None), Batch.status.in_((BatchStatus.PLANNED, BatchStatus.RUNNING))
        )
        .order_by(Batch.start_date, Batch.id)
    )
    for batch, program_name in batches:
        targets.append(IntakeTarget("batch", batch.id, f"{program_name} — {batch.name}",
                                    batch.program_id, batch.start_date))  # fmt: skip
    programs = session.scalars(
        select(Program).where(Program.deleted_at.is_(None), Program.active).order_by(Program.name)
    )
    for program in programs:
        targets.append(IntakeTarget("program", program.id, program.name, program.id, None))
    return targets


def check_eligibility(
    session: Session, target: IntakeTarget, applicant: Applicant
) -> list[RuleResult]:
    program = session.get(Program, target.program_id)
    if program is None:
        raise NotFound(Sentence("Program pelatihan tidak ditemukan."))
    return check(applicant, program, target.starts or today())
