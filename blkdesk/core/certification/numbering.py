"""Certificate numbers: a configurable pattern around a sequence that never repeats.

The pattern is a Python format string over these fields:

    {seq}          the sequence number (with a format such as {seq:04d})
    {inst}         institution code           {vocation}  vocation code
    {program}      programme code             {year}      year of issue
    {month}        month of issue, 01–12      {month_roman}  month of issue, I–XII
    {kind}         SERT or SK

The sequence restarts per scope: per year (the default), per year and vocation, or never. Each
kind of document (sertifikat, surat keterangan) has its own sequence and its own pattern.

Why max+1 and not a counter row: the sequence lives in the certificates themselves (a voided
certificate keeps its row and its number), so there is nothing to drift out of step; the unique
constraint (inst_code, kind, seq_scope, seq) makes a concurrent issuer fail and retry instead of
repeating a number.

A restore breaks that: the certificates issued after the restored backup are gone from the
database, but they may be printed and handed out, and the province holds them. So a restore keeps
what was given before it (`given_numbers`, `keep_given`) in a setting that the sync never exports:
the highest sequence per scope as a floor, and the numbers the restored backup does not hold.
"""

import json
import string
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blkdesk.core import audit, settings
from blkdesk.core.clock import ROMAN_MONTHS
from blkdesk.core.concurrency import LastChange, StaleRecord, last_change
from blkdesk.core.errors import FieldErrors
from blkdesk.core.models import Certificate, Institution, Setting
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage.numbering_gate import pass_gate

FIELDS = ("seq", "inst", "vocation", "program", "year", "month", "month_roman", "kind")
KIND_CODES = {"sertifikat": "SERT", "surat_keterangan": "SK"}
SCOPES = {
    "year": "per tahun",
    "year_vocation": "per tahun dan kejuruan",
    "all": "tidak pernah diulang",
}
DEFAULT_SK_PATTERN = "{seq:04d}/SK/BLK-{inst}/{vocation}/{month_roman}/{year}"
MAX_LENGTH = 120
SK_PATTERN_KEY = "sk_number_pattern"
SCOPE_KEY = "cert_number_scope"
GIVEN_KEY = "cert_numbers_given_before_restore"


@dataclass(frozen=True)
class NumberFields:
    inst: str
    vocation: str
    program: str
    issued_on: date
    kind: str  # sertifikat / surat_keterangan


_SAMPLE = NumberFields("SRG", "LAS", "LAS-01", date(2025, 1, 1), "sertifikat")


def _used_fields(pattern: str) -> list[str]:
    return [name for _lit, name, _spec, _conv in string.Formatter().parse(pattern) if name]


def pattern_problem(pattern: str, scope: str) -> str | None:
    """Why a pattern cannot be used (Indonesian), or None when it is fine."""
    try:
        names = _used_fields(pattern)
    except ValueError:
        # (The pattern's own braces are values, so that no translation takes them for blanks.)
        return Sentence(
            "Pola nomor tidak sah: periksa pasangan kurung kurawal {braces}.", braces="{ }"
        )
    unknown = sorted({n for n in names if n not in FIELDS})
    if unknown:
        return Sentence(
            "Kolom tidak dikenal di pola nomor: {unknown}. Yang tersedia: {known}.",
            unknown=", ".join(unknown),
            known=", ".join("{" + f + "}" for f in FIELDS),
        )
    if "seq" not in names:
        return Sentence("Pola nomor harus memuat {seq} (nomor urut).", seq="{seq}")
    if scope not in SCOPES:
        return Sentence("Cakupan nomor urut tidak dikenal.")
    # A sequence that restarts must leave its scope in the number, or numbers would repeat.
    if scope in ("year", "year_vocation") and "year" not in names:
        return Sentence(
            "Nomor urut dimulai ulang tiap tahun, jadi pola harus memuat {year}.", year="{year}"
        )
    if scope == "year_vocation" and "vocation" not in names:
        return Sentence(
            "Nomor urut dimulai ulang per kejuruan, jadi pola harus memuat {vocation}.",
            vocation="{vocation}",
        )
    try:
        sample = render(pattern, 1, _SAMPLE)
    except (ValueError, TypeError, KeyError):
        return Sentence(
            "Format {seq} tidak sah; contoh yang benar: {example}.",
            seq="{seq}",
            example="{seq:04d}",
        )
    if len(sample) > MAX_LENGTH - 10:
        return Sentence("Pola nomor terlalu panjang.")
    return None


def render(pattern: str, seq: int, fields: NumberFields) -> str:
    on = fields.issued_on
    return pattern.format(
        seq=seq,
        inst=fields.inst,
        vocation=fields.vocation,
        program=fields.program,
        year=on.year,
        month=f"{on.month:02d}",
        month_roman=ROMAN_MONTHS[on.month - 1],
        kind=KIND_CODES[fields.kind],
    )


def scope_key(scope: str, fields: NumberFields) -> str:
    if scope == "year":
        return str(fields.issued_on.year)
    if scope == "year_vocation":
        return f"{fields.issued_on.year}/{fields.vocation}"
    return "all"


@dataclass
class GivenNumbers:
    """Numbers given: the highest sequence per (inst_code, kind, seq_scope), and each
    (inst_code, number)."""

    floors: dict[tuple[str, str, str], int]
    numbers: set[tuple[str, str]]


def _kept(session: Session) -> GivenNumbers:
    row = session.get(Setting, GIVEN_KEY)
    if row is None:
        return GivenNumbers({}, set())
    value = json.loads(row.value)
    return GivenNumbers(
        {(inst, kind, scope): int(seq) for inst, kind, scope, seq in value["floors"]},
        {(inst, number) for inst, number in value["numbers"]},
    )


# Only this database's own institution gives numbers here: a province's database holds every
# BLK's certificates, which its restore has no reason to read or keep.
_OWN = Certificate.inst_code.in_(select(Institution.code).where(Institution.is_local))


def _stored_numbers(session: Session) -> set[tuple[str, str]]:
    rows = session.execute(select(Certificate.inst_code, Certificate.number).where(_OWN))
    return {(inst, number) for inst, number in rows}


def given_numbers(session: Session) -> GivenNumbers:
    """Every number this database has given: its certificates' and those kept by a restore."""
    given = _kept(session)
    tops = session.execute(
        select(Certificate.inst_code, Certificate.kind, Certificate.seq_scope,
               func.max(Certificate.seq))
        .where(_OWN)
        .group_by(Certificate.inst_code, Certificate.kind, Certificate.seq_scope)
    )  # fmt: skip
    for inst, kind, scope, top in tops:
        key = (inst, kind, scope)
        given.floors[key] = max(given.floors.get(key, 0), top or 0)
    given.numbers.update(_stored_numbers(session))
    return given


def keep_given(session: Session, before: GivenNumbers) -> int:
    """After a restore, into the restored database: keep what was given before it (`before`, read
    from the database that was replaced) on top of what the restored one already kept. Returns
    how many numbers are kept that the restored certificates do not hold."""
    kept = _kept(session)
    floors = dict(kept.floors)
    for key, top in before.floors.items():
        floors[key] = max(floors.get(key, 0), top)
    numbers = (kept.numbers | before.numbers) - _stored_numbers(session)
    row = session.get(Setting, GIVEN_KEY)
    if row is None and not floors and not numbers:
        return 0
    value = json.dumps(
        {
            "floors": [[*key, top] for key, top in sorted(floors.items())],
            "numbers": [list(n) for n in sorted(numbers)],
        }
    )
    if row is None:
        session.add(Setting(key=GIVEN_KEY, value=value))
    else:
        row.value = value
    return len(numbers)


def next_seq(session: Session, inst_code: str, kind: str, scope_value: str) -> int:
    """One past the highest number ever given in this scope, voided ones included, and those
    given before a restore."""
    highest = session.scalar(
        select(func.max(Certificate.seq)).where(
            Certificate.inst_code == inst_code,
            Certificate.kind == kind,
            Certificate.seq_scope == scope_value,
        )
    )
    floor = _kept(session).floors.get((inst_code, kind, scope_value), 0)
    return max(highest or 0, floor) + 1


@dataclass(frozen=True)
class NumberingConfig:
    sertifikat: str
    surat_keterangan: str
    scope: str

    def pattern(self, kind: str) -> str:
        return self.sertifikat if kind == "sertifikat" else self.surat_keterangan


def config(session: Session, inst: Institution, *, lock: bool = False) -> NumberingConfig:
    if lock:
        session.refresh(inst, with_for_update=True)
    return NumberingConfig(
        inst.cert_number_pattern,
        settings.get(session, SK_PATTERN_KEY, lock=lock) or DEFAULT_SK_PATTERN,
        settings.get(session, SCOPE_KEY, lock=lock) or "year",
    )


def _last_change(session: Session, inst: Institution) -> LastChange | None:
    """Who saved the numbering last: the pattern lives on the institution, the rest in settings."""
    changes = [
        last_change(session, "institution", inst.uuid),
        last_change(session, "setting", SK_PATTERN_KEY),
        last_change(session, "setting", SCOPE_KEY),
    ]
    return max((c for c in changes if c is not None), key=lambda c: c.at, default=None)


def save_config(
    session: Session,
    actor: Actor,
    inst: Institution,
    new: NumberingConfig,
    opened: NumberingConfig | None = None,
) -> None:
    """`opened`: the numbering the clerk's dialog started from; a save over numbering another
    clerk saved since then is refused (StaleRecord)."""
    require(actor, Action.EDIT_SETTINGS)
    if opened is not None:
        now = config(session, inst, lock=True)
        if now != opened:
            raise StaleRecord(Sentence("Penomoran sertifikat"), _last_change(session, inst), now, 0)
    errors: dict[str, str] = {}
    for field, pattern in (
        ("sertifikat", new.sertifikat),
        ("surat_keterangan", new.surat_keterangan),
    ):
        problem = pattern_problem(pattern.strip(), new.scope)
        if problem:
            errors[field] = problem
    if not errors and render(new.sertifikat.strip(), 1, _SAMPLE) == render(
        new.surat_keterangan.strip(), 1, _SAMPLE
    ):
        errors["surat_keterangan"] = Sentence(
            "Pola surat keterangan harus berbeda dari pola sertifikat (mis. tambahkan /SK/)."
        )
    if errors:
        raise FieldErrors(errors)
    before = inst.cert_number_pattern
    inst.cert_number_pattern = new.sertifikat.strip()
    audit.record(
        session, actor, "update", "institution", inst.uuid,
        {"cert_number_pattern": [before, inst.cert_number_pattern]},
    )  # fmt: skip
    settings.put(session, actor, SK_PATTERN_KEY, new.surat_keterangan.strip())
    settings.put(session, actor, SCOPE_KEY, new.scope)


def allocate(
    session: Session, inst_code: str, cfg: NumberingConfig, fields: NumberFields
) -> tuple[int, str, str]:
    """(seq, scope value, number) for the next certificate of this kind.

    A number already taken (possible only after the pattern or scope was changed), or given
    before a restore, is stepped over rather than repeated. Call it inside the transaction that
    stores the certificate: while a restore on the office server holds the numbering gate it
    raises NumberingClosed, and once passed the gate stays passed until that transaction ends.
    """
    pass_gate(session)
    scope_value = scope_key(cfg.scope, fields)
    seq = next_seq(session, inst_code, fields.kind, scope_value)
    pattern = cfg.pattern(fields.kind)
    given_before_restore = _kept(session).numbers
    while True:
        number = render(pattern, seq, fields)
        taken = session.scalar(
            select(Certificate.id).where(
                Certificate.inst_code == inst_code, Certificate.number == number
            )
        )
        if taken is None and (inst_code, number) not in given_before_restore:
            return seq, scope_value, number
        seq += 1
