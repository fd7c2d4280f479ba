"""Placement survey results from an Excel workbook, matched to graduates by NIK.

The first sheet holds one graduate per row under a header row; the columns are recognised by
name (see `COLUMNS`), in any order. Every row is checked before anything is written; each problem
is reported with its row number and column. By default a file with any bad row is refused as a
whole, so the clerk fixes the file and imports it again; `skip_invalid` imports the good rows
and reports the rest. Either way the rows go in one transaction. A row identical to a placement
already recorded (same graduate, date and outcome) is skipped, so importing a file twice is safe.
"""

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from blkdesk.core import audit, clock
from blkdesk.core.clock import MONTHS_ID
from blkdesk.core.errors import ValidationError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import Batch, Enrollment, Placement, Trainee, new_uuid
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.placement import placements
from blkdesk.core.placement.follow_up import graduated
from blkdesk.core.placement.placements import PlacementInput
from blkdesk.core.progress import Progress
from blkdesk.core.registry.nik import normalise as normalise_nik
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage import database_backup
from blkdesk.core.storage.db import Database
from blkdesk.core.text import normalise_name
from blkdesk.exchange.xlsx_guard import open_xlsx

# field: (header shown in templates and messages, other headers accepted)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "nik": ("NIK", ("no nik", "nomor induk kependudukan")),
    "name": ("Nama", ("nama lengkap", "nama peserta", "nama alumni")),
    "outcome": ("Status", ("hasil", "status penempatan", "penempatan", "status pekerjaan")),
    "employer": ("Perusahaan/usaha", ("perusahaan", "nama perusahaan", "tempat kerja",
                                      "nama usaha", "usaha", "perusahaan usaha")),
    "sector": ("Sektor", ("bidang", "bidang usaha", "sektor usaha")),
    "destination_country": ("Negara tujuan", ("negara", "negara penempatan")),
    "start_date": ("Tanggal mulai", ("mulai bekerja", "tanggal mulai bekerja", "tmt")),
    "recorded_on": ("Tanggal survei", ("tanggal", "tanggal dicatat", "tanggal pencatatan",
                                       "tanggal pengisian")),
    "source": ("Sumber", ("sumber informasi", "cara")),
    "notes": ("Catatan", ("keterangan",)),
}  # fmt: skip
OUTCOME_WORDS: dict[str, str] = {
    "bekerja di perusahaan": "bekerja_perusahaan",
    "bekerja perusahaan": "bekerja_perusahaan",
    "perusahaan": "bekerja_perusahaan",
    "formal": "bekerja_perusahaan",
    "bekerja non perusahaan": "bekerja_non_perusahaan",
    "bekerja nonperusahaan": "bekerja_non_perusahaan",
    "non perusahaan": "bekerja_non_perusahaan",
    "informal": "bekerja_non_perusahaan",
    "wirausaha": "wirausaha",
    "berwirausaha": "wirausaha",
    "usaha sendiri": "wirausaha",
    "pmi": "pmi",
    "pmi pekerja migran": "pmi",
    "pekerja migran": "pmi",
    "bekerja di luar negeri": "pmi",
    "tki": "pmi",
    "belum bekerja": "belum_bekerja",
    "tidak bekerja": "belum_bekerja",
    "menganggur": "belum_bekerja",
}
SOURCE_WORDS: dict[str, str] = {
    "telepon": "telepon", "telpon": "telepon", "telp": "telepon", "wa": "telepon",
    "whatsapp": "telepon", "kuesioner": "kuesioner", "angket": "kuesioner",
    "kunjungan": "kunjungan", "laporan perusahaan": "laporan_perusahaan",
    "laporan": "laporan_perusahaan",
}  # fmt: skip
DEFAULT_SOURCE = "kuesioner"
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class RowError:
    row: int  # as Excel numbers it
    column: str
    message: str

    def __str__(self) -> str:
        return f"Baris {self.row}, {self.column}: {self.message}"


@dataclass
class ImportReport:
    rows: int = 0
    valid: int = 0
    duplicates: int = 0
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return len({e.row for e in self.errors})


@dataclass(frozen=True)
class _Row:
    number: int
    enrollment_id: int
    trainee_id: int
    inst_code: str
    data: PlacementInput


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def _header_map(cells: tuple[Any, ...]) -> dict[str, int]:
    wanted = {
        _key(name): field_name
        for field_name, (shown, others) in COLUMNS.items()
        for name in (shown, *others)
    }
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field_name = wanted.get(_key(str(cell))) if cell is not None else None
        if field_name and field_name not in found:
            found[field_name] = index
    return found


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(Excel row number, {field: cell value}) for every non-empty row under the header."""
    with open_xlsx(path) as book:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header: dict[str, int] = {}
        number = 0
        for number, cells in enumerate(rows, start=1):
            header = _header_map(cells)
            if "nik" in header or number >= HEADER_SEARCH_ROWS:
                break
        missing = [COLUMNS[f][0] for f in ("nik", "outcome") if f not in header]
        if missing:
            raise ValidationError(
                Sentence(
                    "Kolom {columns} tidak ditemukan di baris judul lembar pertama {name}; "
                    "gunakan templat survei dari BLKDesk.",
                    columns=" dan ".join(missing),
                    name=path.name,
                )
            )
        for row_number, cells in enumerate(rows, start=number + 1):
            values = {
                name: cells[index] if index < len(cells) else None for name, index in header.items()
            }
            if any(v is not None and str(v).strip() for v in values.values()):
                yield row_number, values


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_date(value: Any) -> date | None:
    """A date cell, or text as 17/08/2025, 2025-08-17 or 17 Agustus 2025; None when empty.

    Raises ValueError for anything else.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    if match := _DMY.match(text):
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    parts = text.split()
    months = [m.lower() for m in MONTHS_ID]
    if len(parts) == 3 and parts[1].lower() in months:
        return date(int(parts[2]), months.index(parts[1].lower()) + 1, int(parts[0]))
    raise ValueError(value)


def _outcome(text: str) -> str | None:
    key = _key(text)
    if key.replace(" ", "_") in (*placements.WORKING, "belum_bekerja"):
        return key.replace(" ", "_")
    return OUTCOME_WORDS.get(key)


class _Graduates:
    """Finds the graduate behind a NIK: their latest graduation before the survey date."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.inst_code = local_institution(session).code

    def find(self, nik: str, name: str, on: date) -> tuple[int, int, str, str]:
        trainee = self.session.execute(
            select(Trainee.id, Trainee.name, Trainee.name_norm).where(
                Trainee.nik == nik,
                Trainee.inst_code == self.inst_code,
                Trainee.deleted_at.is_(None),
            )
        ).first()
        if trainee is None:
            raise ValidationError(
                Sentence("NIK ini tidak terdaftar sebagai peserta di BLK ini."), field="nik"
            )
        if name and not set(normalise_name(name).split()) & set(trainee.name_norm.split()):
            raise ValidationError(
                Sentence(
                    "Nama tidak cocok dengan peserta ber-NIK ini ({name}); periksa NIK pada "
                    "baris ini.",
                    name=trainee.name,
                ),
                field="name",
            )
        enrollment = self.session.execute(
            select(Enrollment.id, Batch.end_date)
            .join(Batch, Batch.id == Enrollment.batch_id)
            .where(
                Enrollment.trainee_id == trainee.id,
                graduated(),
                Enrollment.deleted_at.is_(None),
                Batch.end_date <= on,
            )
            .order_by(Batch.end_date.desc())
            .limit(1)
        ).first()
        if enrollment is None:
            raise ValidationError(
                Sentence(
                    "{name} belum tercatat lulus pelatihan sebelum tanggal survei.",
                    name=trainee.name,
                ),
                field="nik",
            )
        return enrollment.id, trainee.id, trainee.name, self.inst_code


def _check_row(
    number: int, values: dict[str, Any], graduates: _Graduates, today: date
) -> tuple[_Row | None, list[RowError]]:
    errors: list[RowError] = []

    def fail(field_name: str, message: str) -> None:
        errors.append(RowError(number, COLUMNS[field_name][0], message))

    raw_nik = values.get("nik")
    if isinstance(raw_nik, int | float):
        fail("nik", Sentence("NIK tersimpan sebagai angka sehingga Excel mungkin mengubah "
                             "digit terakhirnya; format kolom NIK sebagai Teks lalu ketik "
                             "ulang."))  # fmt: skip
        return None, errors
    nik = normalise_nik(_text(raw_nik))
    if not (nik.isdigit() and len(nik) == 16):
        fail("nik", Sentence("NIK harus 16 angka."))
    outcome_text = _text(values.get("outcome"))
    outcome = _outcome(outcome_text)
    if outcome is None:
        fail("outcome", Sentence("Status \"{status}\" tidak dikenal; pilih salah satu: Bekerja "
                                 "di perusahaan, Bekerja non-perusahaan, Wirausaha, PMI, Belum "
                                 "bekerja.", status=outcome_text))  # fmt: skip
    dates: dict[str, date | None] = {}
    for name in ("start_date", "recorded_on"):
        try:
            dates[name] = parse_date(values.get(name))
        except ValueError:
            fail(name, Sentence("Tanggal tidak dikenali; tulis seperti 17/08/2025."))
            dates[name] = None
    source_text = _text(values.get("source"))
    source = SOURCE_WORDS.get(_key(source_text), "") if source_text else DEFAULT_SOURCE
    if not source:
        fail(
            "source",
            Sentence("Sumber harus telepon, kuesioner, kunjungan atau laporan perusahaan."),
        )
    if errors:
        return None, errors
    data = placements.normalised(
        PlacementInput(
            outcome=outcome or "",
            employer=_text(values.get("employer")),
            sector=_text(values.get("sector")),
            destination_country=_text(values.get("destination_country")),
            start_date=dates["start_date"],
            source=source,
            recorded_on=dates["recorded_on"],
            notes=_text(values.get("notes")),
        ),
        today,
    )
    for name, message in placements.validate(data, today).items():
        fail(name, message)
    if errors:
        return None, errors
    try:
        enrollment_id, trainee_id, _name, inst_code = graduates.find(
            nik, _text(values.get("name")), data.recorded_on or today
        )
    except ValidationError as exc:
        fail(exc.field or "nik", exc.said)
        return None, errors
    return _Row(number, enrollment_id, trainee_id, inst_code, data), []


def _already_recorded(session: Session, rows: list[_Row]) -> set[tuple[int, date, str]]:
    trainee_ids = {r.trainee_id for r in rows}
    if not trainee_ids:
        return set()
    stmt = select(Placement.trainee_id, Placement.recorded_on, Placement.outcome).where(
        Placement.deleted_at.is_(None), Placement.trainee_id.in_(trainee_ids)
    )
    return {(t, d, o) for t, d, o in session.execute(stmt)}


def import_placements(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    skip_invalid: bool = False,
    check_only: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Check the file and, unless `check_only` or a row is bad, record its placements."""
    require(actor, Action.RECORD_PLACEMENT)
    today = today or clock.today()
    report = ImportReport()
    if not check_only:
        # A survey can hold hundreds of rows; keep a way back to the data before it.
        database_backup.backup_before(db, "impor")
    with db.transaction() as session:
        graduates = _Graduates(session)
        good: list[_Row] = []
        for number, values in _rows(path):
            report.rows += 1
            if progress is not None:
                progress.check()
                progress.update(report.rows, label=f"Memeriksa baris {number}")
            row, errors = _check_row(number, values, graduates, today)
            report.errors.extend(errors)
            if row is not None:
                good.append(row)
        report.valid = len(good)
        if check_only or (report.errors and not skip_invalid):
            return report
        seen = _already_recorded(session, good)
        fresh: list[_Row] = []
        for row in good:
            key = (row.trainee_id, row.data.recorded_on or today, row.data.outcome)
            if key in seen:
                report.duplicates += 1
                continue
            seen.add(key)
            fresh.append(row)
        _write(session, actor, path, fresh)
        report.imported = len(fresh)
    return report


def _write(session: Session, actor: Actor, path: Path, rows: list[_Row]) -> None:
    if not rows:
        return
    now = clock.utcnow()
    values = [
        {
            "uuid": new_uuid(),
            "inst_code": r.inst_code,
            "trainee_id": r.trainee_id,
            "enrollment_id": r.enrollment_id,
            "created_at": now,
            "updated_at": now,
            **{name: getattr(r.data, name) for name in placements.FIELDS},
        }
        for r in rows
    ]
    for chunk in range(0, len(values), 5_000):
        session.execute(insert(Placement), values[chunk : chunk + 5_000])
    audit.record(
        session, actor, "import", "placement", "",
        {
            "file": path.name,
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "rows": len(values),
            "uuids": [v["uuid"] for v in values],
        },
    )  # fmt: skip
