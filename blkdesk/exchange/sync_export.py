"""The sync workbook: every record this BLK owns, or what changed since the last sync export.

Written with XlsxWriter's constant_memory mode, row by row straight from the database cursor, so a
ten-year database exports in seconds and in little memory. The Manifest sheet says who made the
file and carries a SHA-256 of every sheet's cells; the province refuses a file whose cells no
longer match (edited by hand, truncated in transit).
"""

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session

from blkdesk import __version__
from blkdesk.core import audit
from blkdesk.core.clock import utcnow
from blkdesk.core.institution import local_institution
from blkdesk.core.models import ExportLog, Institution
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.progress import Progress
from blkdesk.core.storage.db import Database
from blkdesk.exchange.sync_format import (
    ALL_SHEETS,
    FORMAT_VERSION,
    INSTITUTION,
    MANIFEST,
    Sheet,
    SheetHasher,
    file_sha256,
)
from blkdesk.exchange.xlsx_safety import is_risky

SYNC_KINDS = ("sync_full", "sync_delta")
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


def last_sync_export(session: Session) -> ExportLog | None:
    return session.scalar(
        select(ExportLog)
        .where(ExportLog.kind.in_(SYNC_KINDS))
        .order_by(ExportLog.at.desc(), ExportLog.id.desc())
        .limit(1)
    )


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
        stmt = stmt.where(table.c.inst_code == inst_code)
    else:
        assert owner is not None
        stmt = stmt.where(owner.c.inst_code == inst_code)
    if since is not None:
        if sheet.name == "training_day":
            # A batch's days travel as a whole set: the merge replaces the set, which is how a
            # rescheduled batch loses the days it no longer meets.
            parent_col = table.c[sheet.parent.source]  # type: ignore[union-attr]
            other = table.alias("changed_day")
            stmt = stmt.where(
                (owner.c.updated_at >= since)  # type: ignore[union-attr]
                | exists().where(other.c.batch_id == parent_col, other.c.updated_at >= since)
            )
        else:
            stmt = stmt.where(table.c.updated_at >= since)
    return stmt.order_by(table.c.id)


class _SheetWriter:
    def __init__(self, book: Any, name: str, quoted: Any) -> None:
        self.ws = book.add_worksheet(name)
        self.quoted = quoted
        self.hasher = SheetHasher()
        self.row = 0

    def write(self, cells: list[str]) -> None:
        write = self.ws.write_string
        r = self.row
        for c, text in enumerate(cells):
            if text:
                if is_risky(text):
                    write(r, c, text, self.quoted)
                else:
                    write(r, c, text)
        self.hasher.row(cells)
        self.row += 1


def write_sync_workbook(
    session: Session,
    path: Path,
    inst: Institution,
    since: datetime | None,
    made_at: datetime,
    progress: Progress | None = None,
) -> tuple[dict[str, int], dict[str, str]]:
    """Write the workbook; returns (row counts, SHA-256) per data sheet."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    quoted = book.add_format({"quote_prefix": True})
    header = book.add_format({"bold": True, "bg_color": "#DDE7F0", "quote_prefix": True})
    counts: dict[str, int] = {}
    digests: dict[str, str] = {}
    manifest = book.add_worksheet(MANIFEST)
    for i, sheet in enumerate(ALL_SHEETS):
        if progress:
            progress.update(i, len(ALL_SHEETS), f"Menulis {sheet.name}…")
            progress.check()
        out = _SheetWriter(book, sheet.name, quoted)
        for c, name in enumerate(sheet.headers):
            out.ws.write_string(0, c, name, header)
        out.hasher.row(sheet.headers)
        out.row = 1
        converters = [f.to_cell for f in sheet.fields]
        if sheet is INSTITUTION:
            stmt = sheet_query(sheet, inst.code, None).where(sheet.table.c.id == inst.id)
        else:
            stmt = sheet_query(sheet, inst.code, since)
        result = session.execute(stmt.execution_options(yield_per=FETCH_ROWS))
        write = out.write
        for row in result:
            write([conv(v) for conv, v in zip(converters, row, strict=True)])
        out.ws.freeze_panes(1, 0)
        counts[sheet.name] = out.row - 1
        digests[sheet.name] = out.hasher.hexdigest()
    _write_manifest(book, manifest, inst, since, made_at, counts, digests)
    book.close()
    return counts, digests


def _write_manifest(
    book: Any,
    ws: Any,
    inst: Institution,
    since: datetime | None,
    made_at: datetime,
    counts: dict[str, int],
    digests: dict[str, str],
) -> None:
    bold = book.add_format({"bold": True})
    # Constant-memory mode writes rows in order, so the whole sheet is laid out top to bottom.
    facts = manifest_facts(inst, since, made_at)
    for r, (key, value) in enumerate(facts):
        ws.write_string(r, 0, key, bold)
        ws.write_string(r, 1, value)
    r = len(facts) + 1
    ws.write_string(r, 0, "sheet", bold)
    ws.write_string(r, 1, "rows", bold)
    ws.write_string(r, 2, "sha256", bold)
    for name, n in counts.items():
        r += 1
        ws.write_string(r, 0, name)
        ws.write_string(r, 1, str(n))
        ws.write_string(r, 2, digests[name])
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 48)
    ws.set_column(2, 2, 68)


def manifest_facts(
    inst: Institution, since: datetime | None, made_at: datetime
) -> list[tuple[str, str]]:
    public_key = INSTITUTION.field("public_key").to_cell(inst.public_key)
    return [
        ("format", "BLKDesk sync"),
        ("format_version", FORMAT_VERSION),
        ("institution_code", inst.code),
        ("institution_name", inst.name),
        ("public_key", public_key),
        ("kind", "full" if since is None else "changes"),
        ("period", made_at.strftime("%Y-%m")),
        ("since", since.isoformat(sep=" ") if since else ""),
        ("made_at", made_at.isoformat(sep=" ")),
        ("app_version", __version__),
    ]


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
        since = previous.at if previous is not None else None
        partial = path.with_name(path.name + ".partial")
        try:
            counts, digests = write_sync_workbook(session, partial, inst, since, made_at, progress)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        inst_code = inst.code
    kind = "sync_full" if since is None else "sync_delta"
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
