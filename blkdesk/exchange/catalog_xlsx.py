"""The programme catalogue as an Excel workbook, so a province can hand its BLKs one catalogue.

The workbook holds programmes and their competency units only: no trainee, no instructor, no NIK.
Codes are written as text cells so Excel never turns "36" or "001" into numbers. Import is all or
nothing: one bad programme refuses the file, with the sheet row of every problem.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.errors import BlkError, FieldErrors, ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import Program, Vocation
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.progress import Progress
from blkdesk.core.sentences import Sentence, number, spaced
from blkdesk.core.storage import database_backup
from blkdesk.core.storage.db import Database
from blkdesk.core.training import catalog
from blkdesk.exchange.xlsx_guard import open_xlsx
from blkdesk.exchange.xlsx_safety import SafeWorkbook, SafeWriter, quoted, xlsx_file

PROGRAM_SHEET = "Program"
UNIT_SHEET = "Unit"
PROGRAM_COLUMNS = (
    "Kode program", "Nama program", "Kode kejuruan", "Nama kejuruan", "Jenis", "Total JP",
    "JP per hari", "Presensi minimal (%)", "Kesempatan uji", "Usia minimal", "Usia maksimal",
    "Pendidikan minimal", "Domisili", "Kode domisili", "Syarat lain", "Aktif",
)  # fmt: skip
UNIT_COLUMNS = ("Kode program", "Urutan", "Kode unit", "Judul unit", "JP")
YES, NO = "Ya", "Tidak"
_WIDTHS = {"Nama program": 40, "Nama kejuruan": 28, "Judul unit": 60, "Syarat lain": 40,
           "Pendidikan minimal": 26}  # fmt: skip


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)


class _Sheet:
    """One table of the catalogue: a styled header, then rows of text (kept as text, codes
    like "001" included) and numbers."""

    def __init__(self, book: SafeWorkbook, title: str, columns: tuple[str, ...]) -> None:
        self.ws = book.add_worksheet(title)
        text = {"num_format": "@"}
        self.text = SafeWriter(self.ws, book.add_format(text), quoted(book, text))
        head = {"bold": True, "bg_color": "#E3F0F2", "valign": "vcenter"}
        header = SafeWriter(self.ws, book.add_format(head), quoted(book, head))
        for col, name in enumerate(columns):
            header.text(0, col, name)
            self.ws.set_column(col, col, _WIDTHS.get(name, max(12, len(name) + 2)))
        self.ws.freeze_panes(1, 0)
        self.row = 1

    def append(self, values: list[Any]) -> None:
        for col, value in enumerate(values):
            if isinstance(value, str):
                self.text.text(self.row, col, value)
            elif value is not None:
                self.ws.write_number(self.row, col, value)
        self.row += 1


def export_catalog(session: Session, path: Path, progress: Progress | None = None) -> int:
    """Write every programme (active and retired) with its units; returns how many."""
    programs = catalog.programs(session)
    with xlsx_file(path) as book:
        ps = _Sheet(book, PROGRAM_SHEET, PROGRAM_COLUMNS)
        us = _Sheet(book, UNIT_SHEET, UNIT_COLUMNS)
        for i, p in enumerate(programs, start=1):
            if progress:
                progress.check()
                progress.update(i, len(programs))
            ps.append([
                p.code, p.name, p.vocation.code, p.vocation.name, p.kind, p.total_jp,
                p.hours_per_day, float(p.attendance_threshold), p.max_attempts, p.min_age,
                p.max_age, p.min_education or "", p.domicile_scope, p.domicile_code or "",
                p.extra_requirement, YES if p.active else NO,
            ])  # fmt: skip
            for unit in catalog.live_units(session, p.id):
                us.append([p.code, unit.position, unit.code, unit.title, unit.jp])
        guide = _Sheet(book, "Petunjuk", ("Petunjuk",))
        guide.ws.set_column(0, 0, 120)
        for line in (
            "Katalog program pelatihan BLKDesk.",
            "Lembar Program: satu baris per program. Lembar Unit: unit kompetensi per program, "
            "dihubungkan lewat Kode program dan diurutkan menurut kolom Urutan.",
            "Jenis: berjenjang, klaster atau unit. Domisili: none, regency (kabupaten/kota, kode "
            "4 angka) atau province (provinsi, kode 2 angka). Aktif: Ya atau Tidak.",
            "Kosongkan usia atau pendidikan bila tidak dibatasi. Presensi minimal bawaan 80, "
            "kesempatan uji bawaan 3.",
        ):
            guide.append([line])
    return len(programs)


# --- Import --------------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _int(value: Any, default: int | None = None) -> int | None:
    text = _cell_text(value)
    if not text:
        return default
    try:
        return int(Decimal(text.replace(",", ".")))
    except InvalidOperation:
        raise ValueError(text) from None


def _rows(ws: Any, wanted: tuple[str, ...]) -> list[tuple[int, dict[str, Any]]]:
    rows = ws.iter_rows(values_only=True)
    header = [_cell_text(h) for h in next(rows, ())]
    missing = [c for c in wanted if c not in header]
    if missing:
        raise ValidationError(
            Sentence(
                "Lembar {sheet} tidak punya kolom: {columns}. Gunakan berkas hasil Ekspor katalog "
                "sebagai contoh.",
                sheet=ws.title,
                columns=", ".join(missing),
            )
        )
    out = []
    for n, values in enumerate(rows, start=2):
        if not any(_cell_text(v) for v in values):
            continue
        out.append((n, {name: values[header.index(name)] for name in wanted
                        if header.index(name) < len(values)}))  # fmt: skip
    return out


@dataclass
class _Parsed:
    row: int
    data: catalog.ProgramInput
    vocation_name: str
    active: bool


def read_catalog(path: Path) -> list[_Parsed]:
    """Parse the workbook into programme inputs; raises with every row that cannot be read."""
    with open_xlsx(path) as wb:
        if PROGRAM_SHEET not in wb.sheetnames or UNIT_SHEET not in wb.sheetnames:
            raise ValidationError(
                Sentence(
                    "Berkas harus punya lembar '{programs}' dan '{units}'.",
                    programs=PROGRAM_SHEET,
                    units=UNIT_SHEET,
                )
            )
        program_rows = _rows(wb[PROGRAM_SHEET], PROGRAM_COLUMNS)
        unit_rows = _rows(wb[UNIT_SHEET], UNIT_COLUMNS)
    problems: list[str] = []
    units: dict[str, list[tuple[int, catalog.UnitInput]]] = {}
    for n, r in unit_rows:
        try:
            order = _int(r.get("Urutan"), 0) or 0
            jp = _int(r.get("JP"), 0) or 0
        except ValueError as exc:
            problems.append(
                Sentence("Unit baris {row}: angka tidak sah ({value}).", row=n, value=exc)
            )
            continue
        unit = catalog.UnitInput(
            _cell_text(r.get("Kode unit")), _cell_text(r.get("Judul unit")), jp
        )
        units.setdefault(_cell_text(r.get("Kode program")).upper(), []).append((order, unit))
    parsed = []
    for n, r in program_rows:
        code = _cell_text(r.get("Kode program")).upper()
        try:
            threshold_text = _cell_text(r.get("Presensi minimal (%)")) or "80"
            data = catalog.ProgramInput(
                vocation_code=_cell_text(r.get("Kode kejuruan")).upper(),
                code=code,
                name=_cell_text(r.get("Nama program")),
                kind=_cell_text(r.get("Jenis")).lower() or "klaster",
                total_jp=_int(r.get("Total JP"), 0) or 0,
                hours_per_day=_int(r.get("JP per hari"), 8) or 8,
                units=[u for _o, u in sorted(units.get(code, []), key=lambda x: x[0])],
                attendance_threshold=catalog.parse_threshold(threshold_text),
                max_attempts=_int(r.get("Kesempatan uji"), 3) or 3,
                min_age=_int(r.get("Usia minimal")),
                max_age=_int(r.get("Usia maksimal")),
                min_education=_cell_text(r.get("Pendidikan minimal")).upper() or None,
                domicile_scope=_cell_text(r.get("Domisili")).lower() or "none",
                domicile_code=_cell_text(r.get("Kode domisili")) or None,
                extra_requirement=_cell_text(r.get("Syarat lain")),
            )
        except (ValueError, BlkError) as exc:
            problems.append(
                Sentence(
                    "Program baris {row} ({code}): nilai tidak sah ({value}).",
                    row=n,
                    code=code,
                    value=exc.said if isinstance(exc, BlkError) else exc,
                )
            )
            continue
        active = _cell_text(r.get("Aktif")).lower() not in ("tidak", "no", "0", "false")
        parsed.append(_Parsed(n, data, _cell_text(r.get("Nama kejuruan")), active))
    codes = [p.data.code for p in parsed]
    for code in {c for c in codes if codes.count(c) > 1}:
        problems.append(Sentence("Kode program {code} tercantum lebih dari sekali.", code=code))
    orphans = set(units) - set(codes)
    for code in sorted(orphans):
        problems.append(
            Sentence(
                "Lembar Unit menyebut program {code} yang tidak ada di lembar Program.", code=code
            )
        )
    if problems:
        raise ValidationError(_summary(problems))
    return parsed


def _summary(problems: list[str]) -> str:
    shown = spaced(problems[:5])
    if len(problems) > 5:
        return Sentence(
            "Katalog tidak diimpor: {shown} (dan {n} masalah lain)",
            shown=shown,
            n=number(len(problems) - 5),
        )
    return Sentence("Katalog tidak diimpor: {shown}", shown=shown)


def _ensure_vocation(session: Session, actor: Actor, code: str, name: str) -> None:
    exists = session.scalar(select(Vocation.id).where(Vocation.code == code))
    if exists is None and code:
        vocation = Vocation(inst_code=local_institution(session).code, code=code,
                            name=name or code)  # fmt: skip
        session.add(vocation)
        session.flush()
        audit.record(session, actor, "create", "vocation", vocation.uuid,
                     {"code": [None, code], "name": [None, vocation.name]})  # fmt: skip


def import_catalog(
    db: Database, actor: Actor, path: Path, progress: Progress | None = None
) -> ImportSummary:
    """Create missing programmes and update those whose code already exists, in one transaction."""
    require(actor, Action.EDIT_CATALOG)
    parsed = read_catalog(path)
    summary = ImportSummary()
    problems: list[str] = []
    database_backup.backup_before(db, "impor")
    with db.transaction() as session:
        for i, item in enumerate(parsed, start=1):
            if progress:
                progress.check()
                progress.update(i, len(parsed))
            _ensure_vocation(session, actor, item.data.vocation_code, item.vocation_name)
            existing = session.scalar(
                select(Program).where(Program.code == item.data.code, Program.deleted_at.is_(None))
            )
            try:
                if existing is None:
                    program = catalog.create_program(session, actor, item.data)
                    summary.created += 1
                elif catalog.program_input(session, existing) == item.data:
                    program = existing
                    summary.unchanged += 1
                else:
                    program = catalog.update_program(session, actor, existing.id, item.data)
                    summary.updated += 1
                catalog.set_active(session, actor, program.id, item.active)
            except FieldErrors as exc:
                problems.append(
                    Sentence(
                        "Program baris {row} ({code}): {problem}",
                        row=item.row,
                        code=item.data.code,
                        problem=exc.said,
                    )
                )
                continue
            summary.warnings.extend(f"{item.data.code}: {w}" for w in catalog.warnings(item.data))
        if problems:
            raise ValidationError(_summary(problems))
    return summary
