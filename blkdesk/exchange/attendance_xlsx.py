"""A batch's daftar hadir as an Excel workbook, and the same workbook read back.

The sheet carries the batch's ID and each participant's enrollment ID (a hidden column), so a
file is matched to its batch and rows to people without trusting names. A file for another
batch, or with day columns the batch does not have, is refused whole. Otherwise each row is
checked on its own: a row with a problem is reported with its number and left out, the good rows
are imported in one transaction through the same rules as keying. An empty cell changes nothing,
so an older file never wipes marks keyed since it was exported.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from xlsxwriter.utility import xl_rowcol_to_cell

from blkdesk.core.attendance.attendance import (
    ChangeSet,
    Grid,
    MarkState,
    load_grid,
    refusal,
    write_states,
)
from blkdesk.core.attendance.attendance_stats import CODES
from blkdesk.core.clock import sentence_date
from blkdesk.core.errors import ValidationError
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.registry.nik import mask
from blkdesk.core.sentences import Sentence, clause, semicolons
from blkdesk.core.storage import database_backup
from blkdesk.core.storage.db import Database
from blkdesk.exchange.xlsx_guard import open_xlsx
from blkdesk.exchange.xlsx_safety import SafeWriter, quoted, xlsx_file

SHEET = "Presensi"
ID_LABEL = "ID angkatan"
HEADER = ("No", "ID peserta", "Nama", "NIK")
HEADER_ROW = 4  # zero-based: the table's header row
FIRST_DAY_COL = len(HEADER)
CODE_FILLS = {"H": "#dcefe0", "I": "#dde9f7", "S": "#fdf0c8", "A": "#f9d9d6"}


def export_xlsx(grid: Grid, path: Path) -> int:
    """Write the grid; returns the number of participant rows."""
    with xlsx_file(path) as book:
        sheet = book.add_worksheet(SHEET)
        bold = book.add_format({"bold": True})
        title = book.add_format({"bold": True, "font_size": 13})
        boxed = {"bold": True, "bg_color": "#e3f0f2", "border": 1, "align": "center"}
        head = book.add_format({**boxed, "valign": "vcenter", "text_wrap": True})
        day_head = book.add_format({**boxed, "num_format": "ddd d/m"})
        text = book.add_format({"num_format": "@", "border": 1})
        safe = SafeWriter(sheet, text, quoted(book, {"num_format": "@", "border": 1}))
        cell = book.add_format({"align": "center", "border": 1})
        blocked = book.add_format({"align": "center", "border": 1, "bg_color": "#d9d9d9"})
        number = book.add_format({"border": 1})
        percent = book.add_format({"border": 1, "num_format": "0.0"})
        sheet.write_string(0, 0, f"Daftar hadir {grid.batch_name} · {grid.program_name}", title)
        sheet.write_string(1, 0, ID_LABEL, bold)
        sheet.write_string(1, 2, grid.batch_uuid)
        sheet.write_string(
            2, 0,
            "Isi H (hadir), I (izin), S (sakit) atau A (alpa). Sel kosong tidak mengubah data; "
            "sel abu-abu tidak dapat diisi. Jangan mengubah baris judul dan kolom ID.",
        )  # fmt: skip
        for col, name in enumerate(HEADER):
            sheet.write_string(HEADER_ROW, col, name, head)
        for i, day in enumerate(grid.days):
            moment = datetime.combine(day, datetime.min.time())
            sheet.write_datetime(HEADER_ROW, FIRST_DAY_COL + i, moment, day_head)
        last_day_col = FIRST_DAY_COL + len(grid.days) - 1
        totals = FIRST_DAY_COL + len(grid.days)
        for j, name in enumerate((*CODES, "% seluruh")):
            sheet.write_string(HEADER_ROW, totals + j, name, head)
        for r, person in enumerate(grid.participants):
            row = HEADER_ROW + 1 + r
            sheet.write_number(row, 0, r + 1, number)
            sheet.write_string(row, 1, person.enrollment_uuid, text)
            safe.text(row, 2, person.name)
            sheet.write_string(row, 3, mask(person.nik), text)
            for i, day in enumerate(grid.days):
                mark = grid.mark(person.enrollment_id, day)
                col = FIRST_DAY_COL + i
                if mark is not None:
                    fmt = book.add_format({"align": "center", "border": 1, "bold": True,
                                           "bg_color": CODE_FILLS[mark.code]})  # fmt: skip
                    sheet.write_string(row, col, mark.code, fmt)
                    if mark.note:
                        sheet.write_comment(row, col, mark.note)
                else:
                    sheet.write_blank(
                        row, col, None, blocked if grid.refusal(person, day) else cell
                    )
            stats = grid.stats(person)
            first = xl_rowcol_to_cell(row, FIRST_DAY_COL)
            last = xl_rowcol_to_cell(row, last_day_col)
            for j, code in enumerate(CODES):
                sheet.write_formula(row, totals + j, f'=COUNTIF({first}:{last},"{code}")',
                                    number, stats.counts.get(code, 0))  # fmt: skip
            h_cell = xl_rowcol_to_cell(row, totals)
            if grid.days:
                # The cached result is the formula's own unrounded value, so a spreadsheet that
                # recalculates shows what BLKDesk saved; the cell format rounds for display.
                exact = 100 * stats.present / len(grid.days)
                sheet.write_formula(row, totals + 4, f"=100*{h_cell}/{len(grid.days)}", percent,
                                    exact)  # fmt: skip
            else:
                sheet.write_number(row, totals + 4, 0, percent)
        last_row = HEADER_ROW + max(1, len(grid.participants))
        if grid.days:
            sheet.data_validation(
                HEADER_ROW + 1, FIRST_DAY_COL, last_row, last_day_col,
                {"validate": "list", "source": list(CODES), "ignore_blank": True,
                 "error_title": "Kode kehadiran", "error_message": "Gunakan H, I, S atau A."},
            )  # fmt: skip
        sheet.set_column(0, 0, 5)
        sheet.set_column(1, 1, 38, None, {"hidden": True})
        sheet.set_column(2, 2, 30)
        sheet.set_column(3, 3, 19)
        sheet.set_column(FIRST_DAY_COL, max(FIRST_DAY_COL, last_day_col), 7)
        sheet.set_column(totals, totals + 4, 8)
        sheet.set_row(HEADER_ROW, 30)
        sheet.freeze_panes(HEADER_ROW + 1, FIRST_DAY_COL)
    return len(grid.participants)


@dataclass(frozen=True)
class ImportResult:
    changes: ChangeSet
    rows_read: int
    rows_imported: int
    errors: tuple[str, ...]


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _as_day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _read(path: Path) -> list[tuple[Any, ...]]:
    with open_xlsx(path) as book:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def _columns(rows: list[tuple[Any, ...]], grid: Grid) -> dict[int, date]:
    """Day columns of the file, checked against the batch: the file must be this batch's."""
    if len(rows) <= HEADER_ROW or _text(rows[1][0] if rows[1] else "") != ID_LABEL:
        raise ValidationError(
            Sentence(
                "Berkas ini bukan daftar hadir yang diekspor BLKDesk (baris ID angkatan tidak "
                "ditemukan). Ekspor dulu daftar hadir angkatan ini, isi, lalu impor kembali."
            )
        )
    file_batch = _text(rows[1][2] if len(rows[1]) > 2 else "")
    if file_batch != grid.batch_uuid:
        title = _text(rows[0][0] if rows[0] else "")
        raise ValidationError(
            Sentence(
                "Berkas ini untuk angkatan lain ({title}), bukan {batch}. Tidak ada yang diimpor.",
                title=title or Sentence("tidak dikenal"),
                batch=grid.batch_name,
            )
        )
    header = rows[HEADER_ROW]
    if tuple(_text(v) for v in header[: len(HEADER)]) != HEADER:
        raise ValidationError(
            Sentence(
                "Baris judul tabel (baris {row}) sudah diubah; kolomnya harus {columns}, lalu "
                "tanggal. Tidak ada yang diimpor.",
                row=HEADER_ROW + 1,
                columns=", ".join(HEADER),
            )
        )
    days: dict[int, date] = {}
    training = set(grid.days)
    for col in range(FIRST_DAY_COL, len(header)):
        day = _as_day(header[col])
        if day is None:
            break
        if day not in training:
            raise ValidationError(
                Sentence(
                    "Kolom tanggal {day} bukan hari pelatihan {batch}; berkas tidak cocok dengan "
                    "angkatan ini. Tidak ada yang diimpor.",
                    day=sentence_date(day),
                    batch=grid.batch_name,
                )
            )
        days[col] = day
    if not days:
        raise ValidationError(
            Sentence("Berkas tidak memuat kolom tanggal. Tidak ada yang diimpor.")
        )
    return days


def import_xlsx(
    db: Database, actor: Actor, batch_id: int, path: Path, *, today: date | None = None
) -> ImportResult:
    require(actor, Action.MARK_ATTENDANCE)
    with db.session() as session:
        grid = load_grid(session, batch_id, today)
    if grid.closed:
        raise ValidationError(
            Sentence(
                "{batch} sudah ditutup; presensinya tidak dapat diimpor lagi.",
                batch=grid.batch_name,
            )
        )
    rows = _read(path)
    columns = _columns(rows, grid)
    people = {p.enrollment_uuid: p for p in grid.participants}
    day_set = frozenset(grid.days)
    targets: dict[tuple[int, date], MarkState | None] = {}
    errors: list[str] = []
    read = imported = 0
    for number, row in enumerate(rows[HEADER_ROW + 1 :], start=HEADER_ROW + 2):
        key = _text(row[1] if len(row) > 1 else "")
        name = _text(row[2] if len(row) > 2 else "")
        if not key and not name:
            continue
        read += 1
        person = people.get(key)
        if person is None:
            errors.append(
                Sentence(
                    "Baris {row}: {name} tidak terdaftar di {batch} (kolom ID peserta tidak "
                    "cocok).",
                    row=number,
                    name=name or Sentence("peserta tanpa nama"),
                    batch=grid.batch_name,
                )
            )
            continue
        problems: list[str] = []
        wanted: dict[tuple[int, date], MarkState] = {}
        for col, day in columns.items():
            code = _text(row[col] if col < len(row) else "").upper()
            if not code:
                continue
            if code not in CODES:
                problems.append(
                    Sentence(
                        "kode '{code}' pada {day} tidak dikenal", code=code, day=sentence_date(day)
                    )
                )
                continue
            current = grid.mark(person.enrollment_id, day)
            if current is not None and current.code == code:
                continue
            reason = refusal(
                batch_name=grid.batch_name, batch_status=grid.batch_status,
                training_days=day_set, participant_name=person.name,
                enrollment_status=person.status, withdrawn_on=person.withdrawn_on,
                day=day, today=grid.today,
            )  # fmt: skip
            if reason:
                problems.append(clause(reason))
                continue
            wanted[(person.enrollment_id, day)] = MarkState(code, current.note if current else "")
        if problems:
            errors.append(
                Sentence(
                    "Baris {row} ({name}): {problems}.",
                    row=number,
                    name=person.name,
                    problems=semicolons(problems),
                )
            )
            continue
        targets.update(wanted)
        imported += 1
    if targets:
        database_backup.backup_before(db, "impor")
    changes = write_states(db, actor, batch_id, targets, action="import", today=grid.today)
    return ImportResult(changes, read, imported, tuple(errors))
