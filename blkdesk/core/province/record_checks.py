"""The BLK's own data rules, applied again by the province to the records a BLK sends.

A signed file proves who sent it, not that every record in it is right: a BLK on an older
version, a database edited by hand, or a rule the BLK's form let through all reach the province
as signed cells. So the merge runs each person's record and each placement through the same
validators the BLK's intake form and placement form use (`registry.trainees.validate`,
`placement.placements.validate`), never a copy of them.

A record that breaks one is merged as sent and flagged, not held back: enrollments, marks,
certificates and placements hang off a trainee, so holding one back would leave its training
unreferenced or refuse the whole file for one row. The flag names the BLK, the record, the field
and the reason in the BLK's own words, stays until a later file brings a version that passes (or
removes the record), and the officer exports the list for the BLK to correct at the source.

One rule needs more than the record: a guardian's consent is needed when the applicant is under
18 on the first day of the batch (`eligibility.needs_guardian`, as the intake form applies it).
Enrollments and batches travel too, so once a file is merged every trainee of the BLK is judged
against the batches they are enrolled in (`replace_guardian_flags`).
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING, dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, aliased

from blkdesk.core import audit
from blkdesk.core.clock import age_on, sentence_date, today, utcnow
from blkdesk.core.models import (
    Batch,
    Enrollment,
    Institution,
    Placement,
    Program,
    RecordProblem,
    Trainee,
)
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.placement import placements
from blkdesk.core.progress import Progress
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.registry import trainees
from blkdesk.core.registry.eligibility import ADULT_AGE, needs_guardian
from blkdesk.core.sentences import Sentence
from blkdesk.core.sqldates import age_between

IN_CHUNK = 500  # uuids per IN (...) list: well under every database's parameter limit
INSERT_ROWS = 5000  # flags written at a time

# The form's fields and their defaults: a column a file from an older BLKDesk lacks is read as
# the form would have left it.
_TRAINEE_INPUT = {f.name: f.default for f in fields(trainees.TraineeInput)
                  if f.name not in ("consent", "photo")}  # fmt: skip
_PLACEMENT_INPUT = {f.name: f.default for f in fields(placements.PlacementInput)}
GUARDIAN = "guardian_consent"
# The guardian's name stays at the BLK (sync_format.WITHHELD). Whether the consent was needed is
# decided on the first day of each batch the person is enrolled in, not on the day the record
# was saved: judged on that day, an applicant who turned 18 in between would be flagged for a
# consent that was never needed. So the record alone is not judged on either; the batches are
# (replace_guardian_flags).
_NOT_RECHECKED = frozenset({"guardian_name", GUARDIAN})


def _stamp_day(rec: dict[str, Any]) -> date:
    """The day the BLK last saved the record: the day its rules were applied to it."""
    stamp = rec.get("updated_at")
    # Never missing in a file the merge accepts; today's rules otherwise.
    return stamp.date() if isinstance(stamp, datetime) else today()


def _input_values(rec: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    values = {}
    for name, default in defaults.items():
        value = rec.get(name)
        values[name] = default if value is None and default is not MISSING else value
    return values


def trainee_problems(rec: dict[str, Any]) -> dict[str, str]:
    """{field: reason} of a trainee row as merged (column values), by the intake form's rules."""
    values = _input_values(rec, _TRAINEE_INPUT)
    data = trainees.TraineeInput(**values, photo=None, consent=rec.get("consent_at") is not None)
    _values, errors = trainees.validate(data, on=_stamp_day(rec))
    return {f: m for f, m in errors.items() if f not in _NOT_RECHECKED}


def placement_problems(rec: dict[str, Any]) -> dict[str, str]:
    """{field: reason} of a placement row as merged, by the placement form's rules."""
    values = _input_values(rec, _PLACEMENT_INPUT)
    data = placements.PlacementInput(**values)
    return placements.validate(data, _stamp_day(rec))


# Per sync sheet: the rules its records are checked by.
RULES: dict[str, Callable[[dict[str, Any]], dict[str, str]]] = {
    "trainee": trainee_problems,
    "placement": placement_problems,
}
ENTITY_LABELS = {"trainee": Sentence("Peserta"), "placement": Sentence("Penempatan")}
FIELD_LABELS: dict[str, str] = {
    **trainees.FIELD_LABELS,
    "consent": Sentence("Persetujuan data pribadi"),
    "outcome": Sentence("Hasil penempatan"),
    "employer": Sentence("Perusahaan/usaha"),
    "sector": Sentence("Sektor"),
    "start_date": Sentence("Mulai bekerja"),
    "source": Sentence("Sumber informasi"),
    "recorded_on": Sentence("Tanggal pencatatan"),
}


def problems_of(entity: str, rec: dict[str, Any]) -> dict[str, str]:
    """What is wrong with one record of `entity` as merged; nothing for a deleted one (the BLK
    has nothing left to correct)."""
    rule = RULES.get(entity)
    if rule is None or rec.get("deleted_at") is not None:
        return {}
    return rule(rec)


def replace_problems(
    session: Session,
    inst_code: str,
    entity: str,
    recs: Iterable[dict[str, Any]],
    file_name: str,
    *,
    had_any: bool = True,
) -> int:
    """Check the records a file brought (new or newer versions of `entity`) and make their flags
    say what is wrong with them now; returns how many of them are flagged. `had_any` False
    skips clearing flags the BLK has none of (its first file); `recs` is then read once, as it
    comes, so a large first file is never held as records."""
    if entity not in RULES:
        return 0
    if had_any:
        recs = list(recs)
        uuids = [r["uuid"] for r in recs]
        for start in range(0, len(uuids), IN_CHUNK):
            session.execute(
                delete(RecordProblem).where(
                    RecordProblem.inst_code == inst_code,
                    RecordProblem.entity == entity,
                    RecordProblem.record_uuid.in_(uuids[start : start + IN_CHUNK]),
                )
            )
    now = utcnow()
    rows: list[dict[str, Any]] = []
    flagged = 0
    for rec in recs:
        found = problems_of(entity, rec)
        flagged += bool(found)
        rows.extend(
            {"inst_code": inst_code, "entity": entity, "record_uuid": rec["uuid"],
             "field": field, "reason": reason, "file_name": file_name[:260], "found_at": now}
            for field, reason in found.items()
        )  # fmt: skip
        if len(rows) >= INSERT_ROWS:  # an older BLKDesk's file may break a rule in every row
            session.execute(insert(RecordProblem), rows)
            rows = []
    if rows:
        session.execute(insert(RecordProblem), rows)
    return flagged


def has_problems(session: Session, inst_code: str) -> bool:
    return (
        session.scalar(
            select(RecordProblem.id).where(RecordProblem.inst_code == inst_code).limit(1)
        )
        is not None
    )


def drop_gone(session: Session, inst_code: str) -> None:
    """Flags of records no longer there (a full file removed them) or deleted at the BLK."""
    for entity, model in (("trainee", Trainee), ("placement", Placement)):
        live = select(model.uuid).where(model.inst_code == inst_code, model.deleted_at.is_(None))
        session.execute(
            delete(RecordProblem).where(
                RecordProblem.inst_code == inst_code,
                RecordProblem.entity == entity,
                RecordProblem.record_uuid.not_in(live),
            )
        )


def _guardian_said(birth: date, batch: str, programme: str, start: date) -> Sentence:
    return Sentence(
        "Berusia {age} tahun pada hari pertama {batch} ({programme}, {start}), tetapi "
        "persetujuan orang tua/wali tidak tercatat.",
        age=age_on(birth, start), batch=batch, programme=programme, start=sentence_date(start),
    )  # fmt: skip


def guardian_findings(
    session: Session, inst_code: str, uuids: Sequence[str] | None = None
) -> dict[str, Sentence]:
    """{trainee uuid: why} for the BLK's trainees enrolled in a batch that began before they
    were 18, whose record does not say a parent or guardian consented; the earliest such batch
    is named (one consent covers them all). Deleted trainees, enrollments and batches count for
    nothing. `uuids` limits it to those trainees."""
    stmt = (
        select(Trainee.uuid, Trainee.birth_date, Batch.name, Program.name, Batch.start_date)
        .join(Enrollment, Enrollment.trainee_id == Trainee.id)
        .join(Batch, Batch.id == Enrollment.batch_id)
        .join(Program, Program.id == Batch.program_id)
        .where(
            Trainee.inst_code == inst_code,
            Trainee.deleted_at.is_(None),
            Trainee.guardian_consent.is_(False),
            Enrollment.deleted_at.is_(None),
            Batch.deleted_at.is_(None),
            # Only the minors leave the database (born after the batch began is the birth
            # date's own flag, not a consent's); the form's rule below decides.
            age_between(Trainee.birth_date, Batch.start_date, 0, ADULT_AGE - 1),
        )
        .order_by(Batch.start_date, Batch.name)
    )
    chosen = [stmt] if uuids is None else [
        stmt.where(Trainee.uuid.in_(uuids[start : start + IN_CHUNK]))
        for start in range(0, len(uuids), IN_CHUNK)
    ]  # fmt: skip
    found: dict[str, Sentence] = {}
    for part in chosen:
        for uuid, birth, batch, programme, start in session.execute(part):
            if uuid not in found and needs_guardian(birth, start):
                found[uuid] = _guardian_said(birth, batch, programme, start)
    return found


def replace_guardian_flags(
    session: Session, inst_code: str, file_name: str, since: datetime
) -> int:
    """Make the BLK's guardian-consent flags say who needs one now, once a file (or a recheck)
    has brought its trainees, batches and enrollments: a new enrollment or a moved start date
    can make one needed, a consent recorded or an enrollment removed clears it. A flag still
    true keeps the file it came with. Returns how many trainees it newly flagged that had no
    other flag found since `since` (the caller has counted those already)."""
    found = guardian_findings(session, inst_code)
    mine = (
        (RecordProblem.inst_code == inst_code)
        & (RecordProblem.entity == "trainee")
        & (RecordProblem.field == GUARDIAN)
    )
    held = dict(
        session.execute(select(RecordProblem.record_uuid, RecordProblem.id).where(mine)).all()
    )
    gone = [i for uuid, i in held.items() if uuid not in found]
    for start in range(0, len(gone), IN_CHUNK):
        session.execute(
            delete(RecordProblem).where(RecordProblem.id.in_(gone[start : start + IN_CHUNK]))
        )
    new = [uuid for uuid in found if uuid not in held]
    if not new:
        return 0
    now = utcnow()
    rows = [
        {"inst_code": inst_code, "entity": "trainee", "record_uuid": uuid, "field": GUARDIAN,
         "reason": str(found[uuid]), "file_name": file_name[:260], "found_at": now}
        for uuid in new
    ]  # fmt: skip
    for start in range(0, len(rows), INSERT_ROWS):
        session.execute(insert(RecordProblem), rows[start : start + INSERT_ROWS])
    counted: set[str] = set()
    for start in range(0, len(new), IN_CHUNK):
        counted.update(
            session.scalars(
                select(RecordProblem.record_uuid).where(
                    RecordProblem.inst_code == inst_code,
                    RecordProblem.entity == "trainee",
                    RecordProblem.field != GUARDIAN,
                    RecordProblem.found_at >= since,
                    RecordProblem.record_uuid.in_(new[start : start + IN_CHUNK]),
                )
            )
        )
    return len(new) - len(counted)


@dataclass(frozen=True)
class ProblemRow:
    """One flagged field of one record, as the desk lists it and the BLK receives it."""

    inst_code: str
    blk_name: str
    entity: str
    record_uuid: str
    name: str  # the person the record is about
    nik: str  # as the actor may see it
    birth_date: date | None
    field: str
    reason: str
    file_name: str
    found_at: datetime

    @property
    def entity_label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


def listing(session: Session, actor: Actor, inst_code: str | None = None) -> list[ProblemRow]:
    """Every flagged field, by BLK, then person; one BLK's when `inst_code` is given. The NIK
    is masked for roles that see it masked elsewhere."""
    require(actor, Action.VIEW)
    full_nik = actor.can(Action.VIEW_FULL_NIK)
    names = dict(session.execute(select(Institution.code, Institution.name)).all())
    out: list[ProblemRow] = []
    for entity, model in (("trainee", Trainee), ("placement", Placement)):
        person = Trainee if model is Trainee else aliased(Trainee)
        stmt = (
            select(RecordProblem, model, person.name, person.nik, person.birth_date)
            .join(model, (model.uuid == RecordProblem.record_uuid)
                  & (model.inst_code == RecordProblem.inst_code))
            .where(RecordProblem.entity == entity)
        )  # fmt: skip
        if model is Placement:
            stmt = stmt.join(person, person.id == Placement.trainee_id)
        if inst_code is not None:
            stmt = stmt.where(RecordProblem.inst_code == inst_code)
        found = list(session.execute(stmt))
        minors: dict[str, list[str]] = defaultdict(list)
        for problem, *_rest in found:
            if problem.field == GUARDIAN:
                minors[problem.inst_code].append(problem.record_uuid)
        guardian = {
            uuid: why
            for code, uuids in minors.items()
            for uuid, why in guardian_findings(session, code, uuids).items()
        }
        said: dict[str, dict[str, str]] = {}
        for problem, record, name, nik, birth in found:
            # Said again from the records, so the reason is a Sentence the interface can say in
            # its own language; what was stored stands if the rules have changed since.
            if problem.record_uuid not in said:
                said[problem.record_uuid] = problems_of(entity, _values(record))
                if problem.record_uuid in guardian:
                    said[problem.record_uuid][GUARDIAN] = guardian[problem.record_uuid]
            out.append(
                ProblemRow(
                    problem.inst_code, names.get(problem.inst_code, problem.inst_code), entity,
                    problem.record_uuid, name, nik if full_nik else nikmod.mask(nik), birth,
                    problem.field, said[problem.record_uuid].get(problem.field, problem.reason),
                    problem.file_name, problem.found_at,
                )
            )  # fmt: skip
    out.sort(key=lambda p: (p.blk_name, p.inst_code, p.name.casefold(), p.record_uuid, p.field))
    return out


def _values(record: Any) -> dict[str, Any]:
    return {c.key: getattr(record, c.key) for c in record.__table__.columns if c.key != "photo"}


def counts(session: Session) -> dict[str, int]:
    """Records flagged per BLK code (a record with two bad fields counts once)."""
    stmt = select(
        RecordProblem.inst_code,
        func.count(func.distinct(RecordProblem.entity + ":" + RecordProblem.record_uuid)),
    ).group_by(RecordProblem.inst_code)
    return {code: n for code, n in session.execute(stmt)}


def recheck(
    session: Session,
    actor: Actor,
    inst_codes: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """Check every merged record again (after an upgrade brings new rules, or for records merged
    before the province checked them); returns how many records are flagged now."""
    require(actor, Action.MERGE_SYNC)
    codes = list(inst_codes) if inst_codes is not None else list(
        session.scalars(select(Institution.code).where(Institution.is_local.is_(False)))
    )  # fmt: skip
    flagged = 0
    for done, code in enumerate(codes):
        if progress:
            progress.update(done, len(codes), code)
        since = utcnow()
        session.execute(delete(RecordProblem).where(RecordProblem.inst_code == code))
        for entity, model in (("trainee", Trainee), ("placement", Placement)):
            table = model.__table__
            batch: list[dict[str, Any]] = []
            result = session.execute(
                select(table).where(table.c.inst_code == code).execution_options(yield_per=2000)
            )
            for row in result.mappings():
                batch.append(dict(row))
                if len(batch) >= 2000:
                    if progress:
                        progress.check()
                    flagged += replace_problems(session, code, entity, batch, "", had_any=False)
                    batch = []
            flagged += replace_problems(session, code, entity, batch, "", had_any=False)
        flagged += replace_guardian_flags(session, code, "", since)
        audit.record(session, actor, "recheck", "record_problem", code)
    return flagged


def record_export(
    session: Session, actor: Actor, inst_code: str | None, path: str, rows: Sequence[ProblemRow]
) -> None:
    """The list leaves the office with names and NIKs: recorded for the UU PDP disclosure
    report like every export of people's data."""
    require(actor, Action.VIEW)
    full_nik = actor.can(Action.VIEW_FULL_NIK)
    audit.record(
        session, actor, "export", "record_problem", inst_code or "",
        {"path": [None, path], "rows": [None, len(rows)], "nik_masked": [None, not full_nik]},
    )  # fmt: skip
