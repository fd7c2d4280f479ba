"""The province's side: merging sync workbooks from many BLKs into one database.

Each file is checked whole before anything is written: a manifest this version understands,
every sheet present with the row count and SHA-256 its manifest states, every row owned by the
institution that signed the manifest. A file that fails is rejected with the reason and nothing
from it is imported. A file that passes is merged in one transaction: unknown records are added,
a record whose `updated_at` is newer than the stored one replaces it, anything else is left
alone, so merging the same file twice changes nothing.
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from python_calamine import CalamineSheet, CalamineWorkbook
from sqlalchemy import Table, delete, func, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.errors import BlkError
from blkdesk.core.models import AuditEvent, Batch, Enrollment, Institution, Program, Trainee
from blkdesk.core.models.joins import with_programme
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.progress import Progress
from blkdesk.core.statuses import EnrollmentStatus
from blkdesk.core.storage import backup
from blkdesk.core.storage.db import Database
from blkdesk.exchange.sync_format import (
    FORMAT_VERSION,
    INSTITUTION,
    MANIFEST,
    SHEETS,
    Sheet,
    SheetHasher,
    file_sha256,
)
from blkdesk.exchange.xlsx_guard import RefusedFile, check_xlsx

INSERT_CHUNK = 10_000
SHEET_DIGESTS = "sheet_sha256"
SHEET_ROWS = "sheet_rows"
FILE_DIGEST = "file_sha256"
TRAINED = (EnrollmentStatus.ACCEPTED,)


# Ten years of a large BLK's attendance is about 120 MB zipped, over a gigabyte unzipped.
SYNC_MAX_BYTES = 2 * 1024**3
SYNC_MAX_UNCOMPRESSED = 24 * 1024**3


class Rejected(BlkError):
    """The file cannot be merged; the message says why, for the province officer."""


@dataclass
class SheetCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class FileResult:
    path: Path
    institution_code: str = ""
    institution_name: str = ""
    kind: str = ""
    rows: int = 0
    reason: str = ""  # why the file was rejected; empty when it was merged
    sheets: dict[str, SheetCounts] = field(default_factory=dict)

    @property
    def rejected(self) -> int:
        """Rows refused: all of them, when the file is rejected."""
        return self.rows if self.reason else 0

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.sheets.values())


@dataclass(frozen=True)
class FundedTraining:
    inst_code: str
    institution: str
    name: str
    program: str
    batch: str
    start: date


@dataclass(frozen=True)
class DoubleFunding:
    """The same NIK trained by more than one BLK in one year."""

    nik: str
    year: int
    trainings: tuple[FundedTraining, ...]


@dataclass
class MergeReport:
    files: list[FileResult]
    double_funding: list[DoubleFunding]


@dataclass
class _Workbook:
    facts: dict[str, str]
    sheets: dict[str, tuple[list[str], CalamineSheet]]  # name -> (headers, verified sheet)


def _text(row: list[Any]) -> list[str]:
    # Every cell was written as text; anything else means someone typed into the sheet, and
    # the checksum will say so. (str() of a str is the string itself, at C speed.)
    return list(map(str, row))


def _text_rows(raw: list[list[Any]]) -> list[list[str]]:
    return [_text(row) for row in raw]


def _body(sheet: CalamineSheet) -> Iterator[list[str]]:
    """The rows under the header, read again from the parsed sheet (never all held as text:
    a BLK's ten years of attendance is millions of cells)."""
    rows = sheet.iter_rows()
    next(rows, None)
    for row in rows:
        yield _text(row)


def open_workbook(
    path: Path,
) -> tuple[CalamineWorkbook, dict[str, str], dict[str, tuple[int, str]]]:
    """The workbook, its manifest facts and {sheet: (rows, sha256)} as the manifest states."""
    try:
        # Before any parser sees it: a sync file comes by USB from outside the office.
        check_xlsx(path, max_bytes=SYNC_MAX_BYTES, max_uncompressed=SYNC_MAX_UNCOMPRESSED)
    except RefusedFile as exc:
        raise Rejected(exc.message) from exc
    try:
        book = CalamineWorkbook.from_path(str(path))
        if MANIFEST not in book.sheet_names:
            raise Rejected(
                "Berkas ini bukan berkas sinkronisasi BLKDesk (tidak ada lembar Manifest)."
            )
        manifest = _text_rows(book.get_sheet_by_name(MANIFEST).to_python(skip_empty_area=False))
        facts: dict[str, str] = {}
        listed: dict[str, tuple[int, str]] = {}
        rows_iter = iter(manifest)
        for row in rows_iter:
            if not row or not row[0]:
                continue
            if row[0] == "sheet":
                break
            facts[row[0]] = row[1] if len(row) > 1 else ""
        for row in rows_iter:
            if row and row[0]:
                listed[row[0]] = (int(row[1]), row[2])
    except Rejected:
        raise
    except Exception as exc:
        raise Rejected(f"Berkas tidak dapat dibaca (rusak atau terpotong): {exc}.") from exc
    if facts.get("format_version") != FORMAT_VERSION:
        raise Rejected(
            f"Versi format {facts.get('format_version', '?')} tidak dikenal; "
            "perbarui BLKDesk di provinsi atau di BLK pengirim."
        )
    return book, facts, listed


def verified_sheets(
    book: CalamineWorkbook, listed: dict[str, tuple[int, str]]
) -> dict[str, tuple[list[str], CalamineSheet]]:
    """Every data sheet as (headers, sheet), once its row count and SHA-256 match the
    manifest."""
    names = set(book.sheet_names)
    sheets: dict[str, tuple[list[str], CalamineSheet]] = {}
    for sheet in (INSTITUTION, *SHEETS):
        if sheet.name not in listed:
            raise Rejected(f"Manifest tidak mencantumkan lembar {sheet.name}.")
        if sheet.name not in names:
            raise Rejected(f"Lembar {sheet.name} hilang dari berkas.")
        hasher = SheetHasher()
        try:
            parsed = book.get_sheet_by_name(sheet.name)
            rows = parsed.iter_rows()
            headers = _text(next(rows, []))
            hasher.row(headers)
            body_count = 0
            for row in rows:
                hasher.row(_text(row))
                body_count += 1
        except Exception as exc:
            raise Rejected(f"Lembar {sheet.name} tidak dapat dibaca: {exc}.") from exc
        if not headers:
            raise Rejected(f"Lembar {sheet.name} kosong, judul kolomnya pun hilang.")
        count, digest = listed[sheet.name]
        if body_count != count:
            raise Rejected(
                f"Lembar {sheet.name} berisi {body_count} baris, Manifest menyebut {count}: "
                "berkas terpotong atau diubah. Minta BLK mengirim ulang."
            )
        if hasher.hexdigest() != digest:
            raise Rejected(
                f"Isi lembar {sheet.name} tidak cocok dengan checksum di Manifest: berkas diubah "
                "setelah diekspor. Minta BLK mengirim ulang berkas aslinya."
            )
        unknown = set(headers) - set(sheet.headers)
        if unknown:
            raise Rejected(
                f"Lembar {sheet.name} punya kolom tak dikenal: {', '.join(sorted(unknown))}."
            )
        sheets[sheet.name] = (headers, parsed)
    return sheets


class _FileMerge:
    """Merges one verified workbook inside the caller's transaction."""

    def __init__(self, session: Session, book: _Workbook, code: str) -> None:
        self.s = session
        self.book = book
        self.code = code
        self.ids: dict[str, dict[str, int]] = {}
        # Ids of stored rows this file replaced with a newer version, per table.
        self.updated: dict[str, set[int]] = defaultdict(set)

    def uuid_ids(self, table: Table) -> dict[str, int]:
        if table.name not in self.ids:
            rows = self.s.execute(
                select(table.c.uuid, table.c.id).where(table.c.inst_code == self.code)
            )
            self.ids[table.name] = dict(rows.all())
        return self.ids[table.name]

    def records(self, sheet: Sheet) -> Iterator[dict[str, Any]]:
        """The sheet's rows as column values, references turned into this database's ids."""
        headers, parsed = self.book.sheets[sheet.name]
        fields = [sheet.field(h) for h in headers]
        maps = {f.name: self.uuid_ids(f.ref) for f in fields if f.ref is not None}
        converters = [f.parser() for f in fields]
        for row in _body(parsed):
            rec: dict[str, Any] = {}
            for f, convert, text in zip(fields, converters, row, strict=False):
                value = convert(text)
                if f.ref is not None and value is not None:
                    try:
                        value = maps[f.name][value]
                    except KeyError:
                        raise Rejected(
                            f"Lembar {sheet.name} merujuk {f.name} {value} yang belum ada di "
                            "database provinsi. Gabungkan dulu berkas lengkap (--full) dari "
                            "BLK ini."
                        ) from None
                rec[f.source] = value
            if "inst_code" in rec and rec["inst_code"] != self.code:
                raise Rejected(
                    f"Lembar {sheet.name} berisi data milik {rec['inst_code']}, bukan {self.code}."
                )
            yield rec

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), INSERT_CHUNK):
            self.s.execute(insert(table), rows[start : start + INSERT_CHUNK])

    def _apply(
        self,
        sheet: Sheet,
        existing: dict[Any, tuple[int, datetime]],
        key: Callable[[dict[str, Any]], Any],
    ) -> SheetCounts:
        """Insert what is new, overwrite what is older here, in bounded chunks as rows
        stream in."""
        counts = SheetCounts()
        added: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []

        def flush() -> None:
            if added:
                self.s.execute(insert(sheet.table), added)
                counts.added += len(added)
                added.clear()
            if changed:
                self.s.execute(update(sheet.model), changed)
                counts.updated += len(changed)
                changed.clear()

        for rec in self.records(sheet):
            stored = existing.get(key(rec))
            if stored is None:
                added.append(rec)
            elif rec["updated_at"] > stored[1]:
                changed.append({"id": stored[0], **rec})
                self.updated[sheet.table.name].add(stored[0])
            else:
                counts.unchanged += 1
            if len(added) + len(changed) >= INSERT_CHUNK:
                flush()
        flush()
        return counts

    def merge_by_uuid(self, sheet: Sheet) -> SheetCounts:
        table = sheet.table
        existing = {
            u: (i, stamp)
            for u, i, stamp in self.s.execute(
                select(table.c.uuid, table.c.id, table.c.updated_at).where(
                    table.c.inst_code == self.code
                )
            )
        }
        counts = self._apply(sheet, existing, lambda rec: rec["uuid"])
        if counts.added:
            self.ids.pop(table.name, None)
        return counts

    def merge_training_days(self, sheet: Sheet) -> SheetCounts:
        """A batch's days are replaced as a set when this file brought a newer version of the
        batch or of one of its days; an older file never brings back a day since dropped."""
        table = sheet.table
        counts = SheetCounts()
        incoming: dict[int, dict[date, dict[str, Any]]] = defaultdict(dict)
        for rec in self.records(sheet):
            incoming[rec["batch_id"]][rec["day"]] = rec
        stored: dict[int, dict[date, datetime]] = defaultdict(dict)
        rows = self.s.execute(
            select(table.c.batch_id, table.c.day, table.c.updated_at)
            .join(Batch, Batch.id == table.c.batch_id)
            .where(Batch.inst_code == self.code)
        )
        for batch_id, day, stamp in rows:
            stored[batch_id][day] = stamp
        batch_stamps = dict(
            self.s.execute(
                select(Batch.id, Batch.updated_at).where(Batch.inst_code == self.code)
            ).all()
        )
        added: list[dict[str, Any]] = []
        for batch_id, days in incoming.items():
            have = stored.get(batch_id, {})
            if set(days) == set(have):
                counts.unchanged += len(days)
                continue
            # A day dropped here leaves no row to compare: the batch's own stamp (a reschedule
            # touches the batch) is what an older file's days must beat.
            newest_in = max(r["updated_at"] for r in days.values())
            newer = newest_in > max([*have.values(), batch_stamps[batch_id]])
            if have and not newer and batch_id not in self.updated["batch"]:
                counts.unchanged += len(days)
                continue
            gone = [d for d in have if d not in days]
            if gone:
                self.s.execute(
                    delete(table).where(table.c.batch_id == batch_id, table.c.day.in_(gone))
                )
            new = [r for d, r in days.items() if d not in have]
            added.extend(new)
            counts.unchanged += len(days) - len(new)
            counts.updated += len(gone)
        self._insert(table, added)
        counts.added = len(added)
        return counts

    def merge_marks(self, sheet: Sheet) -> SheetCounts:
        table = sheet.table
        existing = {
            (e, d): (i, u)
            for i, e, d, u in self.s.execute(
                select(table.c.id, table.c.enrollment_id, table.c.day, table.c.updated_at)
                .join(Enrollment, Enrollment.id == table.c.enrollment_id)
                .where(Enrollment.inst_code == self.code)
            )
        }
        return self._apply(sheet, existing, lambda rec: (rec["enrollment_id"], rec["day"]))

    def merge_institution(self, local_code: str | None) -> Institution:
        facts = self.book.facts
        recs = list(self.records(INSTITUTION))
        rec = recs[0] if len(recs) == 1 else None
        if rec is None or rec["code"] != self.code:
            raise Rejected("Lembar institution tidak sesuai dengan kode lembaga di Manifest.")
        if INSTITUTION.field("public_key").to_cell(rec["public_key"]) != facts.get("public_key"):
            raise Rejected("Kunci publik di lembar institution berbeda dengan Manifest.")
        if self.code == local_code:
            raise Rejected(
                f"Berkas ini berasal dari lembaga {self.code}, yaitu database ini sendiri."
            )
        inst = self.s.scalar(select(Institution).where(Institution.code == self.code))
        if inst is None:
            inst = Institution(**rec, is_local=False)
            self.s.add(inst)
            self.s.flush()
            return inst
        if inst.public_key != rec["public_key"]:
            raise Rejected(
                f"Kunci publik {self.code} berbeda dengan yang tercatat di provinsi: berkas ini "
                "bukan dari BLK yang sama. Hubungi BLK tersebut sebelum menggabungkan."
            )
        if rec["updated_at"] > inst.updated_at:
            for key, value in rec.items():
                setattr(inst, key, value)
        return inst


def _merge_one(
    db: Database, actor: Actor, path: Path, local_code: str | None, progress: Progress | None
) -> FileResult:
    result = FileResult(Path(path))
    try:
        file_digest = file_sha256(path)
        if _already_merged(db, actor, file_digest, result):
            return result
        calamine, facts, listed = open_workbook(path)
        result.institution_code = facts.get("institution_code", "")
        result.institution_name = facts.get("institution_name", "")
        result.kind = facts.get("kind", "")
        result.rows = sum(n for n, _digest in listed.values())
        book = _Workbook(facts, verified_sheets(calamine, listed))
        with db.transaction() as session:
            merger = _FileMerge(session, book, result.institution_code)
            merger.merge_institution(local_code)
            seen = merged_sheets(session, result.institution_code)
            for i, sheet in enumerate(SHEETS):
                if progress:
                    progress.update(i, len(SHEETS), f"{path.name}: {sheet.name}")
                    progress.check()
                count, digest = listed[sheet.name]
                if (sheet.name, digest) in seen:
                    # Exactly these cells were merged before: each row then either won or was
                    # older, and stored rows only get newer since, so they would all be
                    # unchanged now. Re-sent files cost a checksum, not a comparison.
                    counts = SheetCounts(unchanged=count)
                elif sheet.name == "training_day":
                    counts = merger.merge_training_days(sheet)
                elif sheet.parent is not None:
                    counts = merger.merge_marks(sheet)
                else:
                    counts = merger.merge_by_uuid(sheet)
                result.sheets[sheet.name] = counts
            audit.record(
                session, actor, "merge", "sync_workbook", result.institution_code,
                {"path": [None, str(path)], "added": [None, result.total("added")],
                 "updated": [None, result.total("updated")],
                 "unchanged": [None, result.total("unchanged")],
                 SHEET_DIGESTS: [None, {name: d for name, (_n, d) in listed.items()}],
                 SHEET_ROWS: [None, {name: n for name, (n, _d) in listed.items()}],
                 FILE_DIGEST: [None, file_digest], "kind": [None, result.kind],
                 "institution_name": [None, result.institution_name]},
            )  # fmt: skip
    except Rejected as exc:
        result.reason = exc.message
        result.sheets.clear()
    except IntegrityError as exc:
        result.reason = (
            "Data di berkas bentrok dengan data lembaga lain di database provinsi "
            f"({exc.orig}); tidak ada yang diimpor."
        )
        result.sheets.clear()
    if result.reason:
        with db.transaction() as session:
            audit.record(
                session, actor, "merge_rejected", "sync_workbook", result.institution_code,
                {"path": [None, str(path)]}, reason=result.reason,
            )  # fmt: skip
    return result


def _already_merged(db: Database, actor: Actor, digest: str, result: FileResult) -> bool:
    """A byte-for-byte copy of a file merged before: it was verified then, and merging it again
    would leave every row unchanged, so it is reported as such without being read."""
    with db.transaction() as session:
        for code, text in session.execute(
            select(AuditEvent.entity_uuid, AuditEvent.changes).where(
                AuditEvent.action == "merge",
                AuditEvent.entity == "sync_workbook",
                AuditEvent.changes.contains(digest),
            )
        ):
            changes = json.loads(text)
            if changes.get(FILE_DIGEST, [None, None])[1] != digest:
                continue
            rows = changes[SHEET_ROWS][1]
            result.institution_code = code
            result.institution_name = changes["institution_name"][1]
            result.kind = changes["kind"][1]
            result.rows = sum(rows.values())
            result.sheets = {
                sheet.name: SheetCounts(unchanged=rows[sheet.name]) for sheet in SHEETS
            }
            audit.record(
                session, actor, "merge", "sync_workbook", code,
                {"path": [None, str(result.path)], "unchanged": [None, result.rows - 1]},
                reason="Berkas ini sama persis dengan berkas yang sudah digabung.",
            )  # fmt: skip
            return True
    return False


def merged_sheets(session: Session, inst_code: str) -> set[tuple[str, str]]:
    """(sheet, SHA-256) of every sheet merged from this institution, as the audit trail of
    past merges records them."""
    seen: set[tuple[str, str]] = set()
    for changes in session.scalars(
        select(AuditEvent.changes).where(
            AuditEvent.action == "merge",
            AuditEvent.entity == "sync_workbook",
            AuditEvent.entity_uuid == inst_code,
        )
    ):
        digests = json.loads(changes).get(SHEET_DIGESTS, [None, {}])[1]
        seen.update(digests.items())
    return seen


def double_funding(session: Session) -> list[DoubleFunding]:
    """NIKs trained (selected as peserta) by more than one BLK in the same year."""
    live = (
        Enrollment.status.in_(TRAINED),
        Enrollment.deleted_at.is_(None),
        Trainee.deleted_at.is_(None),
        Batch.deleted_at.is_(None),
    )
    twice = (
        select(Trainee.nik, Batch.year)
        .join(Enrollment, Enrollment.trainee_id == Trainee.id)
        .join(Batch, Batch.id == Enrollment.batch_id)
        .where(*live)
        .group_by(Trainee.nik, Batch.year)
        .having(func.count(func.distinct(Enrollment.inst_code)) > 1)
    )
    pairs = session.execute(twice).all()
    if not pairs:
        return []
    found: dict[tuple[str, int], list[FundedTraining]] = defaultdict(list)
    for start in range(0, len(pairs), 500):
        chunk = pairs[start : start + 500]
        rows = session.execute(
            with_programme(
                select(
                    Trainee.nik,
                    Batch.year,
                    Enrollment.inst_code,
                    Institution.name,
                    Trainee.name,
                    Program.name,
                    Batch.name,
                    Batch.start_date,
                ).join(Enrollment, Enrollment.trainee_id == Trainee.id)
            )
            .outerjoin(Institution, Institution.code == Enrollment.inst_code)
            .where(*live, tuple_(Trainee.nik, Batch.year).in_(chunk))
            .order_by(Trainee.nik, Batch.year, Batch.start_date)
        )
        for nik, year, code, inst_name, name, program, batch, start_date in rows:
            found[(nik, year)].append(
                FundedTraining(code, inst_name or code, name, program, batch, start_date)
            )
    return [DoubleFunding(nik, year, tuple(t)) for (nik, year), t in sorted(found.items())]


def merge_files(
    db: Database, actor: Actor, paths: Sequence[Path], progress: Progress | None = None
) -> MergeReport:
    """Merge each file on its own (a rejected file does not stop the others)."""
    require(actor, Action.MERGE_SYNC)
    backup.backup_before(db, "penggabungan")
    with db.session() as session:
        local_code = session.scalar(select(Institution.code).where(Institution.is_local))
    results = []
    for path in paths:
        if progress:
            progress.check()
        results.append(_merge_one(db, actor, Path(path), local_code, progress))
    with db.session() as session:
        funding = double_funding(session)
    return MergeReport(results, funding)
