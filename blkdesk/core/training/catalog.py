"""The programme catalogue (programmes and their competency units) and the instructors register.

Units are never hard-deleted: assessments point at them, so a unit dropped from a programme is
soft-deleted and a unit kept under the same code keeps its row (and its results).
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.clock import utcnow
from blkdesk.core.concurrency import refuse_delete_if_changed, refuse_if_changed, touch
from blkdesk.core.errors import FieldErrors, ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import CompetencyUnit, Instructor, Program, Vocation
from blkdesk.core.models.live import get_live
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.refdata import BANTEN_REGENCIES, EDUCATION_LEVELS, PROVINCES
from blkdesk.core.sentences import Sentence
from blkdesk.core.text import clean_name

PROGRAM_KINDS = {"berjenjang": "Berjenjang", "klaster": "Klaster", "unit": "Unit kompetensi"}
DOMICILE_SCOPES = {"none": "Tidak dibatasi", "regency": "Kabupaten/kota", "province": "Provinsi"}
DEFAULT_THRESHOLD = Decimal("80")
DEFAULT_MAX_ATTEMPTS = 3

# Current SKKNI unit codes: sector letter, KBLI-based 6 digits, unit number, version.
SKKNI_CODE = re.compile(r"^[A-Z]\.\d{6}\.\d{3}\.\d{2}$")
# Older SKKNI/KKNI codes such as TIK.OP02.001.01 or LOG.OO01.002.01 are still on certificates.
OLDER_CODE = re.compile(r"^[A-Z]{2,5}\.[A-Z0-9]{2,8}\.\d{2,3}\.\d{1,2}$")
_PROGRAM_CODE = re.compile(r"^[A-Z0-9][A-Z0-9./-]{1,39}$")

PROGRAM_FIELDS = (
    "vocation_id", "code", "name", "kind", "total_jp", "hours_per_day", "attendance_threshold",
    "max_attempts", "min_age", "max_age", "min_education", "domicile_scope", "domicile_code",
    "extra_requirement", "active",
)  # fmt: skip


@dataclass
class UnitInput:
    code: str
    title: str
    jp: int


@dataclass
class ProgramInput:
    vocation_code: str
    code: str
    name: str
    kind: str = "klaster"
    total_jp: int = 0
    hours_per_day: int = 8
    units: list[UnitInput] = field(default_factory=list)
    attendance_threshold: Decimal = DEFAULT_THRESHOLD
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    min_age: int | None = None
    max_age: int | None = None
    min_education: str | None = None
    domicile_scope: str = "none"
    domicile_code: str | None = None
    extra_requirement: str = ""


def skkni_warning(code: str) -> str | None:
    """A soft check: a code in neither the current nor an older format is probably mistyped."""
    code = code.strip()
    if SKKNI_CODE.match(code) or OLDER_CODE.match(code):
        return None
    return Sentence(
        "Kode unit {code} tidak berformat SKKNI (contoh J.620100.001.01); periksa kembali bila "
        "bukan kode lama.",
        code=code,
    )


def warnings(data: ProgramInput) -> list[str]:
    """What the clerk should look at but may keep: odd unit codes, JP that do not add up."""
    out = [w for u in data.units if u.code.strip() and (w := skkni_warning(u.code))]
    unit_jp = sum(u.jp for u in data.units if u.jp > 0)
    if data.units and unit_jp != data.total_jp:
        out.append(
            Sentence(
                "Jumlah JP unit kompetensi ({units}) berbeda dengan total JP program ({total}).",
                units=unit_jp,
                total=data.total_jp,
            )
        )
    return out


def _vocation(session: Session, code: str) -> Vocation | None:
    return session.scalar(
        select(Vocation).where(Vocation.code == code, Vocation.deleted_at.is_(None))
    )


def validate(session: Session, data: ProgramInput, program_id: int | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if _vocation(session, data.vocation_code) is None:
        errors["vocation"] = Sentence("Kejuruan wajib dipilih.")
    code = data.code.strip().upper()
    if not _PROGRAM_CODE.match(code):
        errors["code"] = Sentence(
            "Kode program 2–40 karakter: huruf besar, angka, titik, garis miring, -."
        )
    else:
        clash = session.scalar(
            select(Program.id).where(Program.code == code, Program.deleted_at.is_(None))
        )
        if clash is not None and clash != program_id:
            errors["code"] = Sentence("Kode program {code} sudah dipakai program lain.", code=code)
    if len(clean_name(data.name)) < 3:
        errors["name"] = Sentence("Nama program wajib diisi.")
    if data.kind not in PROGRAM_KINDS:
        errors["kind"] = Sentence("Jenis program wajib dipilih.")
    if not 1 <= data.total_jp <= 5000:
        errors["total_jp"] = Sentence("Total JP harus antara 1 dan 5000.")
    if not 1 <= data.hours_per_day <= 12:
        errors["hours_per_day"] = Sentence("JP per hari harus antara 1 dan 12.")
    if not Decimal(1) <= data.attendance_threshold <= Decimal(100):
        errors["attendance_threshold"] = Sentence("Batas presensi harus antara 1 dan 100 %.")
    if not 1 <= data.max_attempts <= 10:
        errors["max_attempts"] = Sentence("Jumlah kesempatan uji harus antara 1 dan 10.")
    for name, value in (("min_age", data.min_age), ("max_age", data.max_age)):
        if value is not None and not 10 <= value <= 80:
            errors[name] = Sentence("Batas usia harus antara 10 dan 80 tahun.")
    if (
        data.min_age is not None
        and data.max_age is not None
        and "max_age" not in errors
        and data.max_age < data.min_age
    ):
        errors["max_age"] = Sentence("Usia maksimal lebih kecil dari usia minimal.")
    if data.min_education and data.min_education not in EDUCATION_LEVELS:
        errors["min_education"] = Sentence("Pendidikan minimal tidak dikenal.")
    if data.domicile_scope not in DOMICILE_SCOPES:
        errors["domicile"] = Sentence("Batasan domisili tidak dikenal.")
    elif (
        data.domicile_scope == "regency"
        and data.domicile_code not in BANTEN_REGENCIES
        and not (
            data.domicile_code
            and len(data.domicile_code) == 4
            and data.domicile_code[:2] in PROVINCES
        )
    ):
        errors["domicile"] = Sentence("Pilih kabupaten/kota domisili.")
    elif data.domicile_scope == "province" and data.domicile_code not in PROVINCES:
        errors["domicile"] = Sentence("Pilih provinsi domisili.")
    if not data.units:
        errors["units"] = Sentence("Program wajib punya minimal satu unit kompetensi.")
    seen: set[str] = set()
    for i, unit in enumerate(data.units, start=1):
        ucode = unit.code.strip()
        if not ucode or not unit.title.strip():
            errors["units"] = Sentence("Unit baris {row}: kode dan judul unit wajib diisi.", row=i)
            break
        if unit.jp <= 0:
            errors["units"] = Sentence(
                "Unit baris {row} ({code}): JP harus lebih dari 0.", row=i, code=ucode
            )
            break
        if ucode in seen:
            errors["units"] = Sentence("Kode unit {code} tercantum dua kali.", code=ucode)
            break
        seen.add(ucode)
    return errors


def _apply(session: Session, program: Program, data: ProgramInput) -> None:
    vocation = _vocation(session, data.vocation_code)
    assert vocation is not None
    program.vocation_id = vocation.id
    program.code = data.code.strip().upper()
    program.name = clean_name(data.name)
    program.kind = data.kind
    program.total_jp = data.total_jp
    program.hours_per_day = data.hours_per_day
    program.attendance_threshold = data.attendance_threshold
    program.max_attempts = data.max_attempts
    program.min_age = data.min_age
    program.max_age = data.max_age
    program.min_education = data.min_education or None
    program.domicile_scope = data.domicile_scope
    program.domicile_code = data.domicile_code if data.domicile_scope != "none" else None
    program.extra_requirement = data.extra_requirement.strip()


def _sync_units(session: Session, program: Program, units: list[UnitInput]) -> None:
    existing = {u.code: u for u in live_units(session, program.id)}
    wanted = set()
    for position, unit in enumerate(units, start=1):
        code = unit.code.strip()
        wanted.add(code)
        row = existing.get(code)
        if row is None:
            row = CompetencyUnit(inst_code=program.inst_code, program_id=program.id, code=code)
            session.add(row)
        row.position = position
        row.title = clean_name(unit.title)
        row.jp = unit.jp
    now = utcnow()
    for code, row in existing.items():
        if code not in wanted:
            row.deleted_at = now


def live_units(session: Session, program_id: int) -> list[CompetencyUnit]:
    return list(
        session.scalars(
            select(CompetencyUnit)
            .where(CompetencyUnit.program_id == program_id, CompetencyUnit.deleted_at.is_(None))
            .order_by(CompetencyUnit.position)
        )
    )


def _units_text(units: list[UnitInput] | list[CompetencyUnit]) -> list[str]:
    return [f"{u.code.strip()} {u.title.strip()} ({u.jp} JP)" for u in units]


def create_program(session: Session, actor: Actor, data: ProgramInput) -> Program:
    require(actor, Action.EDIT_CATALOG)
    errors = validate(session, data)
    if errors:
        raise FieldErrors(errors)
    program = Program(inst_code=local_institution(session).code, active=True)
    _apply(session, program, data)
    session.add(program)
    session.flush()
    _sync_units(session, program, data.units)
    after = audit.snapshot(program, PROGRAM_FIELDS)
    changes = {k: [None, v] for k, v in after.items()}
    changes["units"] = [None, _units_text(data.units)]
    audit.record(session, actor, "create", "program", program.uuid, changes)
    return program


def get_program(session: Session, program_id: int) -> Program:
    missing = Sentence("Program pelatihan tidak ditemukan; mungkin sudah dihapus.")
    return get_live(session, Program, program_id, missing)


def update_program(
    session: Session,
    actor: Actor,
    program_id: int,
    data: ProgramInput,
    *,
    expected_version: int | None = None,
) -> Program:
    """`expected_version`: the version the form opened (see `concurrency.refuse_if_changed`)."""
    require(actor, Action.EDIT_CATALOG)
    program = get_program(session, program_id)
    refuse_if_changed(session, program, expected_version, Sentence("Program pelatihan"), "program",
                      lambda: program_input(session, program))  # fmt: skip
    errors = validate(session, data, program_id)
    if errors:
        raise FieldErrors(errors)
    before = audit.snapshot(program, PROGRAM_FIELDS)
    units_before = _units_text(live_units(session, program.id))
    _apply(session, program, data)
    _sync_units(session, program, data.units)
    units_after = _units_text(data.units)
    if units_after != units_before:
        touch(program)  # in the same UPDATE as the programme's own columns, if they changed too
    session.flush()
    changes = audit.diff(before, audit.snapshot(program, PROGRAM_FIELDS))
    if units_after != units_before:
        changes["units"] = [units_before, units_after]
    if changes:
        audit.record(session, actor, "update", "program", program.uuid, changes)
    return program


def set_active(session: Session, actor: Actor, program_id: int, active: bool) -> Program:
    """Retire a programme (no new batches) or bring it back; its history stays."""
    require(actor, Action.EDIT_CATALOG)
    program = get_program(session, program_id)
    if program.active != active:
        audit.record(
            session, actor, "update", "program", program.uuid, {"active": [program.active, active]}
        )
        program.active = active
    return program


def program_input(session: Session, program: Program) -> ProgramInput:
    """What the editor starts from when a programme is opened."""
    return ProgramInput(
        vocation_code=program.vocation.code,
        code=program.code,
        name=program.name,
        kind=program.kind,
        total_jp=program.total_jp,
        hours_per_day=program.hours_per_day,
        units=[UnitInput(u.code, u.title, u.jp) for u in live_units(session, program.id)],
        attendance_threshold=Decimal(program.attendance_threshold),
        max_attempts=program.max_attempts,
        min_age=program.min_age,
        max_age=program.max_age,
        min_education=program.min_education,
        domicile_scope=program.domicile_scope,
        domicile_code=program.domicile_code,
        extra_requirement=program.extra_requirement,
    )


def parse_threshold(text: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", ".").rstrip("%").strip())
    except InvalidOperation:
        raise ValidationError(
            Sentence("Batas presensi harus berupa angka, mis. 80."), field="attendance_threshold"
        ) from None


# --- Vocations (kejuruan) ----------------------------------------------------------------------

_VOCATION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,19}$")


@dataclass(frozen=True)
class VocationInput:
    """A vocation as its form edits it. The code is given once: certificate numbers carry it."""

    code: str
    name: str


def vocation_problems(
    session: Session, data: VocationInput, vocation_id: int | None = None
) -> dict[str, str]:
    """What `save_vocation` would refuse, by field."""
    errors: dict[str, str] = {}
    code = data.code.strip().upper()
    if vocation_id is None:
        if not _VOCATION_CODE.match(code):
            errors["code"] = Sentence(
                "Kode kejuruan 1–20 karakter: huruf besar, angka atau tanda hubung."
            )
        elif session.scalar(select(Vocation.id).where(Vocation.code == code)) is not None:
            errors["code"] = Sentence("Kode kejuruan {code} sudah dipakai.", code=code)
    if len(clean_name(data.name)) < 3:
        errors["name"] = Sentence("Nama kejuruan wajib diisi.")
    elif len(clean_name(data.name)) > 120:
        errors["name"] = Sentence("Nama kejuruan paling panjang 120 karakter.")
    return errors


def get_vocation(session: Session, vocation_id: int) -> Vocation:
    missing = Sentence("Kejuruan tidak ditemukan; mungkin sudah dihapus.")
    return get_live(session, Vocation, vocation_id, missing)


def opened_vocation(session: Session, vocation_id: int) -> tuple[VocationInput, int]:
    """A vocation as its form opens it, and the version it opened."""
    row = get_vocation(session, vocation_id)
    return VocationInput(row.code, row.name), row.version


def save_vocation(
    session: Session,
    actor: Actor,
    data: VocationInput,
    vocation_id: int | None = None,
    *,
    expected_version: int | None = None,
) -> Vocation:
    """Add a vocation (no id) or rename one. `expected_version`: the version the form opened
    (see `concurrency.refuse_if_changed`)."""
    require(actor, Action.EDIT_CATALOG)
    row = get_vocation(session, vocation_id) if vocation_id is not None else None
    if row is not None:
        current = row
        refuse_if_changed(session, current, expected_version, Sentence("Kejuruan"), "vocation",
                          lambda: VocationInput(current.code, current.name))  # fmt: skip
    errors = vocation_problems(session, data, vocation_id)
    if errors:
        raise FieldErrors(errors)
    name = clean_name(data.name)
    if row is None:
        row = Vocation(inst_code=local_institution(session).code, code=data.code.strip().upper(),
                       name=name)  # fmt: skip
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "vocation", row.uuid,
                     {"code": [None, row.code], "name": [None, name]})  # fmt: skip
    elif row.name != name:
        audit.record(session, actor, "update", "vocation", row.uuid, {"name": [row.name, name]})
        row.name = name
    return row


@dataclass(frozen=True)
class VocationRow:
    id: int
    code: str
    name: str
    programs: int
    version: int


def vocation_rows(session: Session) -> list[VocationRow]:
    """The vocations register: each with how many live programmes it has."""
    count = (
        select(func.count(Program.id))
        .where(Program.vocation_id == Vocation.id, Program.deleted_at.is_(None))
        .scalar_subquery()
    )
    stmt = (
        select(Vocation.id, Vocation.code, Vocation.name, count, Vocation.version)
        .where(Vocation.deleted_at.is_(None))
        .order_by(Vocation.name)
    )
    return [VocationRow(*row) for row in session.execute(stmt)]


def vocations(session: Session) -> list[Vocation]:
    return list(
        session.scalars(
            select(Vocation).where(Vocation.deleted_at.is_(None)).order_by(Vocation.name)
        )
    )


def programs(session: Session, *, active_only: bool = False) -> list[Program]:
    stmt = select(Program).where(Program.deleted_at.is_(None)).order_by(Program.name)
    if active_only:
        stmt = stmt.where(Program.active)
    return list(session.scalars(stmt))


# --- Instructors ---------------------------------------------------------------------------

INSTRUCTOR_FIELDS = ("name", "id_number", "vocation_id", "phone", "email")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class InstructorInput:
    name: str
    id_number: str = ""
    vocation_code: str | None = None
    phone: str = ""
    email: str = ""


def validate_instructor(session: Session, data: InstructorInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if len(clean_name(data.name)) < 3:
        errors["name"] = Sentence("Nama instruktur wajib diisi.")
    id_number = re.sub(r"\s", "", data.id_number)
    # Honorary instructors have no NIP; any ID is accepted, but a NIP-looking number must be whole.
    if len(id_number) > 40 or (id_number.isdigit() and 17 <= len(id_number) != 18):
        errors["id_number"] = Sentence(
            "NIP harus 18 angka; nomor identitas lain paling panjang 40 karakter."
        )
    if data.vocation_code and _vocation(session, data.vocation_code) is None:
        errors["vocation"] = Sentence("Kejuruan tidak dikenal.")
    phone = re.sub(r"[\s-]", "", data.phone)
    if phone and not re.fullmatch(r"\+?\d{8,15}", phone):
        errors["phone"] = Sentence("Nomor kontak hanya angka (8–15 digit), boleh diawali +.")
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        errors["email"] = Sentence("Alamat email tidak sah.")
    return errors


def _apply_instructor(session: Session, row: Instructor, data: InstructorInput) -> None:
    vocation = _vocation(session, data.vocation_code) if data.vocation_code else None
    row.name = clean_name(data.name)
    row.id_number = re.sub(r"\s", "", data.id_number)
    row.vocation_id = vocation.id if vocation else None
    row.phone = re.sub(r"[\s-]", "", data.phone)
    row.email = data.email.strip()


def save_instructor(
    session: Session,
    actor: Actor,
    data: InstructorInput,
    instructor_id: int | None = None,
    *,
    expected_version: int | None = None,
) -> Instructor:
    """Create (no id) or update an instructor. `expected_version`: the version the form opened
    (see `concurrency.refuse_if_changed`)."""
    require(actor, Action.EDIT_CATALOG)
    if instructor_id is not None:
        row = get_instructor(session, instructor_id)
        refuse_if_changed(session, row, expected_version, Sentence("Data instruktur"), "instructor",
                          lambda: instructor_input(session, row))  # fmt: skip
    errors = validate_instructor(session, data)
    if errors:
        raise FieldErrors(errors)
    if instructor_id is None:
        row = Instructor(inst_code=local_institution(session).code)
        _apply_instructor(session, row, data)
        session.add(row)
        session.flush()
        after = audit.snapshot(row, INSTRUCTOR_FIELDS)
        audit.record(session, actor, "create", "instructor", row.uuid,
                     {k: [None, v] for k, v in after.items()})  # fmt: skip
        return row
    before = audit.snapshot(row, INSTRUCTOR_FIELDS)
    _apply_instructor(session, row, data)
    changes = audit.diff(before, audit.snapshot(row, INSTRUCTOR_FIELDS))
    if changes:
        audit.record(session, actor, "update", "instructor", row.uuid, changes)
    return row


def get_instructor(session: Session, instructor_id: int) -> Instructor:
    missing = Sentence("Instruktur tidak ditemukan; mungkin sudah dihapus.")
    return get_live(session, Instructor, instructor_id, missing)


def instructor_input(session: Session, row: Instructor) -> InstructorInput:
    """An instructor as the form edits it."""
    vocation = session.get(Vocation, row.vocation_id) if row.vocation_id else None
    return InstructorInput(
        name=row.name, id_number=row.id_number,
        vocation_code=vocation.code if vocation else None,
        phone=row.phone, email=row.email,
    )  # fmt: skip


def opened_instructor(session: Session, instructor_id: int) -> tuple[InstructorInput, int]:
    """An instructor as the form opens it, and the version it opened."""
    row = get_instructor(session, instructor_id)
    return instructor_input(session, row), row.version


def remove_instructor(
    session: Session, actor: Actor, instructor_id: int, *, expected_version: int | None = None
) -> None:
    """Soft delete: past batches keep showing who taught them. `expected_version`: the version
    the clerk's list showed; a record changed since is not removed."""
    require(actor, Action.EDIT_CATALOG)
    row = get_instructor(session, instructor_id)
    refuse_delete_if_changed(
        session, row, expected_version, Sentence("Data instruktur"), "instructor"
    )
    row.deleted_at = utcnow()
    audit.record(session, actor, "delete", "instructor", row.uuid, {"name": [row.name, None]})


@dataclass(frozen=True)
class InstructorRow:
    id: int
    name: str
    id_number: str
    vocation_code: str
    vocation: str
    phone: str
    email: str
    version: int = 1


def instructors(session: Session) -> list[InstructorRow]:
    stmt = (
        select(Instructor, Vocation.code, Vocation.name)
        .outerjoin(Vocation, Vocation.id == Instructor.vocation_id)
        .where(Instructor.deleted_at.is_(None))
        .order_by(Instructor.name)
    )
    return [
        InstructorRow(
            i.id, i.name, i.id_number, vcode or "", vname or "", i.phone, i.email, i.version
        )
        for i, vcode, vname in session.execute(stmt)
    ]
