"""Importing a registrant list from Excel with the intake form's rules.

Every row is validated by `core.trainees.validate`. A NIK already in the registry updates that
person with the file's non-empty cells; a new NIK is registered. All valid rows are written in
one transaction (new ones with bulk inserts); invalid rows are not written and come back with
their row number and reason, ready for the failed-rows workbook.
"""

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from blkdesk.core import audit, text
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import AuditEvent, Trainee, new_uuid
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.progress import Progress
from blkdesk.core.registry import trainees
from blkdesk.core.sentences import Sentence, spaced
from blkdesk.core.sentences import number as counted
from blkdesk.core.storage import database_backup
from blkdesk.core.storage.db import Database
from blkdesk.exchange import registrant_columns as cols
from blkdesk.exchange.xlsx_guard import RefusedFile, open_xlsx
from blkdesk.exchange.xlsx_safety import SafeWriter, quoted, xlsx_file

HEADER_SEARCH_ROWS = 10  # a title line or two above the header row is common
MAX_ROWS = 50_000
_CHUNK = 500


@dataclass(frozen=True)
class FailedRow:
    row: int  # as Excel numbers it
    reason: str
    cells: tuple[Any, ...]


@dataclass
class ImportResult:
    total: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[FailedRow] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    headers: tuple[str, ...] = ()
    ignored_headers: list[str] = field(default_factory=list)


@dataclass
class _Row:
    number: int
    cells: tuple[Any, ...]
    values: dict[str, Any]
    provided: set[str]  # columns the file filled in for this row


def _sheet_rows(path: Path) -> Iterator[tuple[Any, ...]]:
    with open_xlsx(path) as workbook:
        yield from workbook.worksheets[0].iter_rows(values_only=True)


def _find_header(
    rows: Iterator[tuple[Any, ...]],
) -> tuple[int, tuple[Any, ...], dict[str, int], list[str]]:
    for number, row in enumerate(rows, start=1):
        columns, ignored = cols.match_headers(row)
        if all(f in columns for f in cols.REQUIRED):
            return number, row, columns, ignored
        if number >= HEADER_SEARCH_ROWS:
            break
    wanted = ", ".join(cols.HEADERS[f][0] for f in cols.REQUIRED)
    raise RefusedFile(
        Sentence(
            "Baris judul kolom tidak ditemukan: berkas harus punya kolom {wanted} pada satu "
            "baris di bagian atas lembar pertama.",
            wanted=wanted,
        )
    )


def _read_row(
    cells: tuple[Any, ...], columns: dict[str, int]
) -> tuple[trainees.TraineeInput, set[str], list[str], dict[str, str]]:
    """The row as form input, which columns it filled, warnings, and unreadable cells."""
    errors: dict[str, str] = {}

    def cell(name: str) -> Any:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    def read(name: str, reader: Callable[[Any], Any], default: Any = "") -> Any:
        try:
            return reader(cell(name))
        except cols.CellError as exc:
            errors[exc.field] = exc.message
            return default

    provided = {name for name in columns if cols.text(cell(name))}
    warnings: list[str] = []
    nik, warning = read("nik", cols.read_nik, ("", None))
    if warning:
        warnings.append(warning)
    rt, rw = cols.text(cell("rt")), cols.text(cell("rw"))
    if "rt_rw" in provided:
        rt, _, rw = cols.text(cell("rt_rw")).partition("/")
        provided |= {"rt", "rw"}
    provided.discard("rt_rw")
    data = trainees.TraineeInput(
        nik=nik,
        kk_number=cols.text(cell("kk_number")),
        name=cols.text(cell("name")),
        birth_place=cols.text(cell("birth_place")),
        birth_date=read("birth_date", cols.read_date, None),
        sex=read("sex", cols.read_sex),
        religion=cols.text(cell("religion")),
        marital_status=cols.text(cell("marital_status")),
        education=cols.read_education(cell("education")),
        address=cols.text(cell("address")),
        rt=rt.strip(),
        rw=rw.strip(),
        village=cols.text(cell("village")),
        district=cols.text(cell("district")),
        regency_code=read("regency_code", cols.read_regency),
        province_code=read("province_code", cols.read_province),
        phone=cols.text(cell("phone")),
        email=cols.text(cell("email")),
        disability=cols.text(cell("disability")).lower(),
        employment_status=cols.text(cell("employment_status")),
        ak1_number=cols.text(cell("ak1_number")),
        notes=cols.text(cell("notes")),
        is_pmi_candidate=cols.read_flag(cell("is_pmi_candidate")),
        destination_country=cols.text(cell("destination_country")),
        passport_number=cols.text(cell("passport_number")),
        language=cols.text(cell("language")),
        guardian_name=cols.text(cell("guardian_name")),
        guardian_consent=cols.read_flag(cell("guardian_consent")),
    )
    return data, provided, warnings, errors


def _reason(errors: dict[str, str]) -> str:
    # Each message names its field already ("Nomor HP tidak lengkap…").
    return spaced(list(errors.values()))


def _existing(session: Session, inst_code: str, niks: list[str]) -> dict[str, Trainee]:
    found: dict[str, Trainee] = {}
    for start in range(0, len(niks), _CHUNK):
        chunk = niks[start : start + _CHUNK]
        stmt = select(Trainee).where(Trainee.inst_code == inst_code, Trainee.nik.in_(chunk))
        found.update((t.nik, t) for t in session.scalars(stmt))
    return found


def _similar(session: Session, inst_code: str, rows: list[_Row]) -> dict[int, str]:
    """{row number: warning} for new rows that look like someone already registered."""
    names = sorted({r.values["name_norm"] for r in rows})
    phones = sorted({r.values["phone"] for r in rows if r.values["phone"]})
    by_name: dict[tuple[str, date], str] = {}
    by_phone: dict[str, str] = {}
    live = (Trainee.inst_code == inst_code, Trainee.deleted_at.is_(None))
    for start in range(0, len(names), _CHUNK):
        stmt = select(Trainee.name_norm, Trainee.birth_date, Trainee.name).where(
            *live, Trainee.name_norm.in_(names[start : start + _CHUNK])
        )
        by_name.update(((n, b), shown) for n, b, shown in session.execute(stmt))
    for start in range(0, len(phones), _CHUNK):
        stmt2 = select(Trainee.phone, Trainee.name).where(
            *live, Trainee.phone.in_(phones[start : start + _CHUNK])
        )
        by_phone.update((phone, name) for phone, name in session.execute(stmt2))
    warnings: dict[int, str] = {}
    for r in rows:
        twin = by_name.get((r.values["name_norm"], r.values["birth_date"]))
        if twin:
            warnings[r.number] = Sentence(
                "Kemungkinan ganda: nama dan tanggal lahir sama dengan {twin}.", twin=twin
            )
        elif r.values["phone"] in by_phone:
            warnings[r.number] = Sentence(
                "Kemungkinan ganda: nomor HP sama dengan {twin}.", twin=by_phone[r.values["phone"]]
            )
    return warnings


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else str(value)


def _json(changes: dict[str, list[Any]]) -> str:
    return json.dumps(changes, ensure_ascii=False, default=_plain)


def import_trainees(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    consent_recorded: bool,
    progress: Progress | None = None,
) -> ImportResult:
    """Import the registrant list at `path`. Raises RefusedFile (nothing read) for bad files."""
    require(actor, Action.IMPORT_TRAINEES)
    if not consent_recorded:
        raise ValidationError(
            Sentence(
                "Impor hanya untuk pendaftar yang sudah menandatangani persetujuan pengolahan "
                "data pribadi (UU PDP). Pastikan persetujuan sudah ada, lalu konfirmasikan."
            )
        )
    progress = progress or Progress()
    progress.update(0, 0, "Memeriksa berkas…")
    result = ImportResult()
    rows = _sheet_rows(path)
    header_number, header, columns, result.ignored_headers = _find_header(rows)
    result.headers = tuple(cols.text(h) for h in header)
    good: list[_Row] = []
    first_row_of: dict[str, int] = {}
    for number, cells in enumerate(rows, start=header_number + 1):
        if not any(cols.text(c) for c in cells):
            continue
        result.total += 1
        if result.total > MAX_ROWS:
            raise RefusedFile(
                Sentence(
                    "Berkas berisi lebih dari {most} baris (batasnya); pisahkan dulu.",
                    most=counted(MAX_ROWS),
                )
            )
        if result.total % 250 == 0:
            progress.check()
            progress.update(result.total, 0, f"Membaca baris {text.number(number)}…")
        data, provided, warnings, unreadable = _read_row(cells, columns)
        values, errors = trainees.validate(replace(data, consent=True))
        # An unreadable cell explains its field better than the rule it then broke.
        errors = {**{k: v for k, v in errors.items() if k not in unreadable}, **unreadable}
        if errors:
            result.failed.append(FailedRow(number, _reason(errors), cells))
            continue
        if values["nik"] in first_row_of:
            reason = Sentence(
                "NIK sama dengan baris {row} di berkas ini.", row=first_row_of[values["nik"]]
            )
            result.failed.append(FailedRow(number, reason, cells))
            continue
        first_row_of[values["nik"]] = number
        result.warnings.extend((number, w) for w in warnings)
        good.append(_Row(number, cells, values, provided))
    progress.check()
    progress.update(result.total, result.total, "Menyimpan…")
    if good:
        # Like the other imports: a way back to the data as it was before this list.
        database_backup.backup_before(db, "impor")
    with db.transaction() as session:
        _write(session, actor, path, good, result)
        progress.check()  # cancelling before the commit leaves the database untouched
    result.warnings.sort()
    return result


def _write(
    session: Session, actor: Actor, path: Path, good: list[_Row], result: ImportResult
) -> None:
    inst_code = local_institution(session).code
    existing = _existing(session, inst_code, [r.values["nik"] for r in good])
    new_rows: list[_Row] = []
    for r in good:
        trainee = existing.get(r.values["nik"])
        if trainee is None:
            new_rows.append(r)
        elif trainee.deleted_at is not None:
            result.failed.append(FailedRow(r.number, Sentence(
                "NIK ini milik data peserta yang sudah dihapus; daftarkan lewat formulir "
                "Pendaftar baru agar datanya dipulihkan."), r.cells))  # fmt: skip
        else:
            _update(session, actor, trainee, r, result)
    for number, warning in _similar(session, inst_code, new_rows).items():
        result.warnings.append((number, warning))
    now = utcnow()
    people: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    source = f"Impor dari {path.name}"
    for r in new_rows:
        values = {k: v for k, v in r.values.items() if k != "photo"}
        uuid = new_uuid()
        people.append({**values, "uuid": uuid, "inst_code": inst_code, "consent_at": now,
                       "consent_by": actor.name, "created_at": now, "updated_at": now})  # fmt: skip
        changes = {c: [None, values[c]] for c in trainees.COLUMNS if values.get(c)}
        events.append({"at": now, "user_name": actor.name, "action": "create",
                       "entity": "trainee", "entity_uuid": uuid, "changes": _json(changes),
                       "reason": source})  # fmt: skip
    for start in range(0, len(people), 2000):
        session.execute(insert(Trainee), people[start : start + 2000])
        session.execute(insert(AuditEvent), events[start : start + 2000])
    result.imported = len(people)
    result.failed.sort(key=lambda f: f.row)
    audit.record(session, actor, "import", "trainee", "", {
        "file": [None, path.name], "total": [None, result.total],
        "imported": [None, result.imported], "updated": [None, result.updated],
        "failed": [None, len(result.failed)],
    })  # fmt: skip


def _update(
    session: Session, actor: Actor, trainee: Trainee, row: _Row, result: ImportResult
) -> None:
    """Only the cells the file filled in change the stored person; empty cells keep data."""
    before = audit.snapshot(trainee, trainees.COLUMNS)
    for column in row.provided & set(trainees.COLUMNS):
        setattr(trainee, column, row.values[column])
    if "name" in row.provided:
        trainee.name_norm = row.values["name_norm"]
    changes = audit.diff(before, audit.snapshot(trainee, trainees.COLUMNS))
    if not changes:
        result.unchanged += 1
        return
    result.updated += 1
    audit.record(session, actor, "update", "trainee", trainee.uuid, changes, "Impor dari Excel")


def write_failed_rows(result: ImportResult, target: Path) -> Path:
    """The failed rows as they were, plus their row number and reason. Every cell is text (so
    NIKs are not mangled again) and guarded, so a cell like `=HYPERLINK(...)` stays text."""
    with xlsx_file(target) as workbook:
        sheet = workbook.add_worksheet("Gagal diimpor")
        head = {"bold": True, "bg_color": "#F2F4F7", "border": 1}
        header = SafeWriter(sheet, workbook.add_format(head), quoted(workbook, head))
        body = SafeWriter(
            sheet, workbook.add_format({"num_format": "@"}), quoted(workbook, {"num_format": "@"})
        )
        error = workbook.add_format({"font_color": "#B42318", "text_wrap": True})
        width = len(result.headers)
        for col, name in enumerate([*result.headers, "Baris asal", "Kesalahan"]):
            header.text(0, col, name)
        for line, failed in enumerate(result.failed, start=1):
            for col in range(width):
                value = failed.cells[col] if col < len(failed.cells) else None
                body.text(line, col, cols.text(value))
            sheet.write_number(line, width, failed.row)
            sheet.write_string(line, width + 1, failed.reason, error)
        sheet.set_column(0, max(width - 1, 0), 18)
        sheet.set_column(width + 1, width + 1, 70)
        sheet.freeze_panes(1, 0)
    return target


def describe(result: ImportResult) -> str:
    """One line for the status bar and the CLI."""
    return (
        f"{result.total} baris: {result.imported} diimpor, {result.updated} diperbarui, "
        f"{result.unchanged} tidak berubah, {len(result.failed)} gagal."
    )
