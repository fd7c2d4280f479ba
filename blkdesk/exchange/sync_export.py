"""The sync workbook: every record this BLK owns, or what changed since the last sync export.

Written with XlsxWriter's constant_memory mode, row by row straight from the database cursor, so a
ten-year database exports in seconds and in little memory. A table longer than one part
(sync_format.rows_per_part) continues on further sheets. The Manifest sheet says who made the
file, carries the row count and a SHA-256 of every table's cells, and is signed with this BLK's
Ed25519 key: the province refuses a file whose cells no longer match (edited by hand, truncated
in transit) or whose Manifest was signed by any key but the one it pinned for this BLK. Nothing
is ever cut: a cell that cannot hold its text stops the export and names the record.
"""

import base64
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from blkdesk import __version__
from blkdesk.core import audit
from blkdesk.core.certification.signing import fingerprint, sign_bytes
from blkdesk.core.clock import utcnow
from blkdesk.core.errors import BlkError
from blkdesk.core.institution import local_institution
from blkdesk.core.models import AuditEvent, ExportLog, Institution
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.progress import Progress
from blkdesk.core.reporting.listings import last_sync_export
from blkdesk.core.sentences import Sentence, number
from blkdesk.core.storage.db import Database
from blkdesk.exchange.sync_format import (
    ALL_SHEETS,
    CELL_MAX,
    CELL_SEP,
    FORMAT_VERSION,
    INSTITUTION,
    MANIFEST,
    ROWS_PER_PART,
    SIGNATURE,
    SYNC_FORMAT,
    Sheet,
    SheetHasher,
    cell_length,
    file_sha256,
    manifest_message,
    part_name,
    rows_per_part,
)
from blkdesk.exchange.xlsx_safety import (
    FORMULA_TRIGGERS,
    EscapingWorksheet,
    is_risky,
    xlsx_file,
)

FETCH_ROWS = 5000


@dataclass(frozen=True)
class SyncExportResult:
    path: Path
    kind: str  # sync_full / sync_delta
    since: datetime | None
    made_at: datetime
    row_counts: dict[str, int]
    sheet_sha256: dict[str, str]
    file_sha256: str


def sheet_query(sheet: Sheet, inst_code: str, since: datetime | None) -> Select[Any]:
    """The rows of one sheet, in a stable order, with references turned into UUIDs."""
    table = sheet.table
    columns = []
    stmt_joins = []
    owner = None
    for field in sheet.fields:
        if field.ref is None:
            columns.append(table.c[field.source])
            continue
        ref = field.ref.alias(f"ref_{field.source}")
        columns.append(ref.c.uuid)
        stmt_joins.append((ref, ref.c.id == table.c[field.source]))
        if field is sheet.parent:
            owner = ref
    stmt = select(*columns).select_from(table)
    for ref, on in stmt_joins:
        stmt = stmt.outerjoin(ref, on)
    if "inst_code" in table.c:
        inst = table.c.inst_code
    else:
        assert owner is not None
        inst = owner.c.inst_code
    if since is None:
        stmt = stmt.where(inst == inst_code)
    else:
        # A delta finds the rows changed since through the updated_at indexes, and only then
        # asks whose they are: the owner is compared as an expression, which keeps SQLite from
        # walking every row of the BLK through its inst_code index instead (a month of the
        # 10-year demo's marks: 0.02 s instead of 5 s).
        stmt = stmt.where(func.coalesce(inst, "") == inst_code)
        if sheet.name == "training_day":
            # A batch's days travel as a whole set: the merge replaces the set, which is how a
            # rescheduled batch loses the days it no longer meets.
            parent_col = table.c[sheet.parent.source]  # type: ignore[union-attr]
            other = table.alias("changed_day")
            stmt = stmt.where(
                (owner.c.updated_at >= since)  # type: ignore[union-attr]
                | parent_col.in_(select(other.c.batch_id).where(other.c.updated_at >= since))
            )
        else:
            changed = table.alias("changed")
            stmt = stmt.where(
                table.c.id.in_(select(changed.c.id).where(changed.c.updated_at >= since))
            )
    if sheet.parent is not None:
        # Grouped by parent: the province compares one group of enrollments at a time.
        return stmt.order_by(table.c[sheet.parent.source], table.c.day)
    return stmt.order_by(table.c.id)


class ExportFailed(BlkError):
    """The workbook cannot hold what must go in it; nothing was written."""


def _describe(sheet: Sheet, cells: Sequence[str]) -> str:
    """The record a row holds, as a clerk finds it again: its name and UUID, or its parent and
    day for rows without a UUID of their own."""
    values = dict(zip(sheet.headers, cells, strict=True))
    if "uuid" in values:
        name = values.get("name") or values.get("number") or ""
        return f"{name} ({values['uuid']})" if name else values["uuid"]
    return " ".join(v for k, v in values.items() if k.endswith("_uuid") or k == "day")


# A row (its cells joined by CELL_SEP) with a cell a spreadsheet could take for a formula: one
# search per row; only such rows (few) are looked at cell by cell.
_RISKY_ROW = re.compile(f"(?:^|{CELL_SEP})[{re.escape(''.join(FORMULA_TRIGGERS))}]")


class _SheetWriter:
    """Writes one table's rows, continuing on a further sheet every `rows_per_part` rows, and
    stops the export when a cell would not hold its text exactly.

    Twenty-odd million cells go through here, so each row is joined once and that one string
    serves every row-wide check (length, formula triggers) and the hash; only a row that fails
    a check is looked at cell by cell. Each cell is one call of XlsxWriter's undecorated
    `_write_string` (what its `write_string` calls after parsing "A1" arguments), whose status
    is still checked cell by cell."""

    def __init__(self, book: Any, sheet: Sheet, quoted: Any, header: Any) -> None:
        self.book = book
        self.sheet = sheet
        self.quoted = quoted
        self.header = header
        self.rows_per_part = rows_per_part(len(sheet.headers), ROWS_PER_PART)
        self.hasher = SheetHasher()
        self.hasher.row(sheet.headers)
        self.rows = 0
        self.parts = 0
        self.ws: Any = None
        self.row = 0
        self._next_part()

    def _next_part(self) -> None:
        self.parts += 1
        self.ws = self.book.add_worksheet(
            part_name(self.sheet.name, self.parts), worksheet_class=EscapingWorksheet
        )
        for c, name in enumerate(self.sheet.headers):
            self._check(self.ws.write_string(0, c, name, self.header), [], c)
        self.ws.freeze_panes(1, 0)
        self.row = 1

    def _check(self, status: int, cells: Sequence[str], col: int) -> None:
        if status != 0:
            # XlsxWriter returns -1 past the sheet's edge and -2 when it cut the text; either
            # would leave the province a file that differs from the database.
            where = _describe(self.sheet, cells) if cells else Sentence("judul kolom")
            raise ExportFailed(
                Sentence(
                    "Ekspor dibatalkan: sel {column} untuk {sheet} {where} tidak dapat ditulis "
                    "utuh (kode {status}).",
                    column=self.sheet.headers[col],
                    sheet=self.sheet.name,
                    where=where,
                    status=status,
                )
            )

    def _refuse_long(self, cells: Sequence[str]) -> None:
        for c, text in enumerate(cells):
            if cell_length(text) > CELL_MAX:
                raise ExportFailed(
                    Sentence(
                        "Ekspor dibatalkan: {sheet} {record} berisi {length} karakter di kolom "
                        "{column}, lebih dari {most} yang muat di satu sel Excel. Perpendek "
                        "isinya, lalu ekspor lagi.",
                        sheet=self.sheet.name,
                        record=_describe(self.sheet, cells),
                        length=number(cell_length(text)),
                        column=self.sheet.headers[c],
                        most=number(CELL_MAX),
                    )
                )

    def write(self, cells: Sequence[str]) -> None:
        self.write_rows([cells])

    def write_rows(self, rows: Sequence[Sequence[str]]) -> None:
        lines = [CELL_SEP.join(cells) for cells in rows]
        # A cell can only pass CELL_MAX when its row is longer than half of it (a character
        # counts at most two units).
        if max(map(len, lines), default=0) > CELL_MAX // 2:
            for cells in rows:
                self._refuse_long(cells)
        risky = _RISKY_ROW.search
        quoted = self.quoted
        ws = self.ws
        write = ws._write_string
        r = self.row
        for cells, line in zip(rows, lines, strict=True):
            if r > self.rows_per_part:
                self.row = r
                self._next_part()
                ws = self.ws
                write = ws._write_string
                r = self.row
            if risky(line):
                for c, text in enumerate(cells):
                    if text:
                        status = write(r, c, text, quoted if is_risky(text) else None)
                        if status:
                            self._check(status, cells, c)
            else:
                for c, text in enumerate(cells):
                    if text:
                        status = write(r, c, text)
                        if status:
                            self._check(status, cells, c)
            r += 1
        self.row = r
        self.rows += len(rows)
        self.hasher.joined(lines)


@dataclass(frozen=True)
class SheetSummary:
    rows: int
    sha256: str
    parts: int


def write_sync_workbook(
    session: Session,
    path: Path,
    inst: Institution,
    since: datetime | None,
    made_at: datetime,
    progress: Progress | None = None,
) -> dict[str, SheetSummary]:
    """Write the workbook (whole, or nothing); returns what the Manifest says of each data
    sheet. Its data sheets are EscapingWorksheets: the hot loop checks each write's status
    itself, and names the record."""
    summary: dict[str, SheetSummary] = {}
    with xlsx_file(path, {"constant_memory": True}) as book:
        quoted = book.add_format({"quote_prefix": True})
        header = book.add_format({"bold": True, "bg_color": "#DDE7F0", "quote_prefix": True})
        manifest = book.add_worksheet(MANIFEST, worksheet_class=EscapingWorksheet)
        for i, sheet in enumerate(ALL_SHEETS):
            if progress:
                progress.update(i, len(ALL_SHEETS), f"Menulis {sheet.name}…")
                progress.check()
            out = _SheetWriter(book, sheet, quoted, header)
            if sheet is INSTITUTION:
                stmt = sheet_query(sheet, inst.code, None).where(sheet.table.c.id == inst.id)
            else:
                stmt = sheet_query(sheet, inst.code, since)
            result = session.execute(stmt.execution_options(yield_per=FETCH_ROWS))
            for chunk in result.partitions():
                # Converted a column at a time, then written a row at a time.
                columns = zip(*chunk, strict=True)
                cells = [f.to_cells(c) for f, c in zip(sheet.fields, columns, strict=True)]
                out.write_rows(list(zip(*cells, strict=True)))
            summary[sheet.name] = SheetSummary(out.rows, out.hasher.hexdigest(), out.parts)
        _write_manifest(book, manifest, inst, since, made_at, summary)
    return summary


def manifest_rows(
    inst: Institution, since: datetime | None, made_at: datetime, summary: dict[str, SheetSummary]
) -> list[list[str]]:
    """The Manifest's rows above its signature, exactly as they are written and signed."""
    rows = [[key, value] for key, value in manifest_facts(inst, since, made_at)]
    rows.append([])
    rows.append(["sheet", "rows", "sha256", "parts"])
    for name, s in summary.items():
        rows.append([name, str(s.rows), s.sha256, str(s.parts)])
    rows.append([])
    return rows


def _write_manifest(
    book: Any,
    ws: Any,
    inst: Institution,
    since: datetime | None,
    made_at: datetime,
    summary: dict[str, SheetSummary],
) -> None:
    if inst.private_key is None:
        raise ExportFailed(
            Sentence("Lembaga ini belum punya kunci tanda tangan; jalankan penyiapan awal.")
        )
    bold = book.add_format({"bold": True})
    rows = manifest_rows(inst, since, made_at, summary)
    signature = sign_bytes(inst.private_key, manifest_message(rows))
    rows.append([SIGNATURE, base64.b64encode(signature).decode("ascii")])
    # Constant-memory mode writes rows in order, so the whole sheet is laid out top to bottom.
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            status = ws.write_string(r, c, text, bold if c == 0 else None)
            if status:
                raise ExportFailed(
                    Sentence("Ekspor dibatalkan: Manifest baris {row} tidak tertulis.", row=r + 1)
                )
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 48)
    ws.set_column(2, 2, 68)


def manifest_facts(
    inst: Institution, since: datetime | None, made_at: datetime
) -> list[tuple[str, str]]:
    public_key = INSTITUTION.field("public_key").to_cell(inst.public_key)
    return [
        ("format", SYNC_FORMAT),
        ("format_version", FORMAT_VERSION),
        ("institution_code", inst.code),
        ("institution_name", inst.name),
        ("public_key", public_key),
        ("key_fingerprint", fingerprint(inst.public_key or b"")),
        ("kind", "full" if since is None else "changes"),
        ("period", made_at.strftime("%Y-%m")),
        ("since", since.isoformat(sep=" ") if since else ""),
        ("made_at", made_at.isoformat(sep=" ")),
        ("app_version", __version__),
    ]


def restored_since_last_export(session: Session, last: ExportLog | None) -> bool:
    """A backup was restored after the last sync export: the province may hold records this
    database no longer has (or newer versions of them), so only a full file can set it right."""
    if last is None:
        return False
    restored = session.scalar(
        select(AuditEvent.at)
        .where(AuditEvent.action == "restore", AuditEvent.entity == "database")
        .order_by(AuditEvent.at.desc())
        .limit(1)
    )
    return restored is not None and restored >= last.at


def export_sync(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    full: bool = False,
    progress: Progress | None = None,
    now: Callable[[], datetime] = utcnow,
) -> SyncExportResult:
    """Export everything (`full`) or what changed since the last sync export, and log it."""
    require(actor, Action.EXPORT_REPORTS)
    path = Path(path)
    made_at = now()
    with db.session() as session:
        inst = local_institution(session)
        previous = None if full else last_sync_export(session)
        if restored_since_last_export(session, previous):
            previous = None
        since = previous.at if previous is not None else None
        summary = write_sync_workbook(session, path, inst, since, made_at, progress)
        inst_code = inst.code
    kind = "sync_full" if since is None else "sync_delta"
    counts = {name: s.rows for name, s in summary.items()}
    digests = {name: s.sha256 for name, s in summary.items()}
    digest = file_sha256(path)
    with db.transaction() as session:
        session.add(
            ExportLog(
                at=made_at,
                user_name=actor.name,
                kind=kind,
                period=made_at.strftime("%Y-%m"),
                since=since,
                path=str(path.resolve()),
                sha256=digest,
                row_counts=json.dumps(counts),
            )
        )
        audit.record(
            session, actor, "export", "sync_workbook", inst_code,
            {"kind": [None, kind], "path": [None, str(path)], "sha256": [None, digest],
             "rows": [None, sum(counts.values())]},
        )  # fmt: skip
    return SyncExportResult(path, kind, since, made_at, counts, digests, digest)
