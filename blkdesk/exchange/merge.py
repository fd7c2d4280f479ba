"""The province's side: merging sync workbooks from many BLKs into one database.

Each file is checked whole before anything of it is kept: a Manifest this version understands,
signed by the key the province pinned for that BLK (pinned on its first file), every table
present with the row count and SHA-256 the Manifest states, every row owned by the institution
that signed. A file that fails is rejected with the reason and nothing from it is imported.

A file that passes is merged in one transaction, reading one sheet (one part of a table, see
sync_format.rows_per_part) at a time, each table checked against the Manifest as it is read (a
mismatch rolls the whole file back):
- a file made before the newest full file already merged from that BLK brings nothing newer
  and is passed over;
- a delta file ("changes") adds unknown records and replaces a record whose `updated_at` is
  newer than the stored one;
- a full file is the BLK's whole state when it was made, so the province is made equal to it:
  records missing from it are removed and differing ones replaced, except what a delta made
  after it already brought. That is what sets things right after a BLK restored an older
  backup (its next export is always full).
Rows are applied in an order the unique constraints accept: removals first (children before
parents), then per table updates before inserts, so a voided certificate is void before its
re-issue arrives. Merging the same file twice changes nothing.
"""

import base64
import binascii
import contextlib
import functools
import json
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import groupby, islice, pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook
from sqlalchemy import (
    CursorResult,
    Date,
    DateTime,
    Table,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from blkdesk.core import audit
from blkdesk.core.certification.signing import bytes_signed_by, fingerprint
from blkdesk.core.clock import sentence_time, utcnow
from blkdesk.core.errors import BlkError
from blkdesk.core.failures import cause
from blkdesk.core.models import (
    AuditEvent,
    Batch,
    Certificate,
    Enrollment,
    Institution,
    KeyPeriod,
    PinnedKey,
)
from blkdesk.core.permissions import Action, Actor, require
from blkdesk.core.progress import Progress
from blkdesk.core.province import double_funding, keys, record_checks
from blkdesk.core.province.gaps import Gap, blk_gaps
from blkdesk.core.sentences import Sentence, number
from blkdesk.core.storage import database_backup
from blkdesk.core.storage.db import Database
from blkdesk.exchange import withheld
from blkdesk.exchange.sheet_extent import SheetTooLarge, check_reach, sheet_parts
from blkdesk.exchange.sync_format import (
    CELL_SEP,
    FORMAT_VERSION,
    INSTITUTION,
    MANIFEST,
    SHEETS,
    SIGNATURE,
    SYNC_FORMAT,
    Field,
    Sheet,
    SheetHasher,
    file_sha256,
    manifest_message,
    part_name,
    rows_per_part,
)
from blkdesk.exchange.xlsx_guard import RefusedFile, check_xlsx

INSERT_CHUNK = 10_000
# On the ten-year demo's full file 64 MB merged no faster than 32 (within run-to-run noise) and
# raised the province's peak memory by some 45 MB, toward its 400 MB limit.
MERGE_CACHE_KB = 32 * 1024
IN_CHUNK = 500  # ids per IN (...) list: well under every database's parameter limit
SHEET_DIGESTS = "sheet_sha256"
SHEET_ROWS = "sheet_rows"
FILE_DIGEST = "file_sha256"
SINCE = "since"  # a delta's start, which the desk's gap rule reads (core/province/gaps)
# How far ahead of the province's clock a BLK's may be before its files are refused as dated in
# the future (both clocks are UTC; this leaves room for a province clock that is itself late).
CLOCK_SLACK = timedelta(days=1)


# Ten years of a large BLK's attendance is about 120 MB zipped, over a gigabyte unzipped.
SYNC_MAX_BYTES = 2 * 1024**3
SYNC_MAX_UNCOMPRESSED = 24 * 1024**3
# The Manifest holds a score of facts and a row per table in four columns; a note typed below
# its signature (not signed, so harmless) fits too.
MANIFEST_ROWS = 1000
_SHEET_BY_NAME = {s.name: s for s in (INSTITUTION, *SHEETS)}


class Rejected(BlkError):
    """The file cannot be merged; the message says why, for the province officer."""


@contextlib.contextmanager
def unreadable_rejected(sheet: str | None = None) -> Iterator[None]:
    """Whatever a parser raises on a damaged or hostile workbook becomes one sentence for the
    officer (Rejected), never a traceback, naming the `sheet` being read if any; a sheet
    reaching too far says so."""
    try:
        yield
    except Rejected:
        raise
    except SheetTooLarge as exc:
        raise Rejected(exc.said) from exc
    except Exception as exc:
        if sheet is None:
            said = Sentence(
                "Berkas tidak dapat dibaca (rusak atau terpotong): {error}.", error=cause(exc)
            )
        else:
            said = Sentence("Lembar {sheet} tidak dapat dibaca: {error}.", sheet=sheet,
                            error=cause(exc))  # fmt: skip
        raise Rejected(said) from exc


class KeyRefused(Rejected):
    """Signed by a key other than the one pinned for the BLK: a province admin may accept it
    (after confirming its fingerprint with the BLK by phone)."""

    def __init__(self, message: str, new: str, pinned: str) -> None:
        super().__init__(message)
        self.new = new
        self.pinned = pinned


@dataclass
class SheetCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


@dataclass
class FileResult:
    """What happened to one file: what the province desk records as a BLK's submission."""

    path: Path
    institution_code: str = ""
    institution_name: str = ""
    kind: str = ""  # full / changes
    period: str = ""  # YYYY-MM the file was made in
    made_at: datetime | None = None
    # A delta's start: the BLK's previous sync export. A province that never merged a file made
    # then has missed one (a gap the next full file closes).
    since: datetime | None = None
    key_fingerprint: str = ""  # of the key that signed the file
    rows: int = 0
    reason: str = ""  # why the file was rejected; empty when it was merged
    # A file made before the newest full file merged from its BLK: read, verified, and
    # passed over because that full file already holds everything it could bring.
    superseded: bool = False
    # A byte-for-byte copy of a file merged before: not read again, nothing changed.
    identical: bool = False
    pinned_fingerprint: str = ""  # when refused for its key: the key the province pinned
    # Signed by a retired key, made before it was replaced: when that key's period ended.
    old_key_until: datetime | None = None
    sheets: dict[str, SheetCounts] = field(default_factory=dict)
    # Records it brought that break the BLK's own data rules: merged, and flagged on the desk
    # (see core/province/record_checks).
    flagged: int = 0
    # Fields older files had left and the province no longer keeps, blanked in this file's
    # transaction before its rows (withheld.purge_withheld): rows per field.
    purged: dict[str, int] = field(default_factory=dict)

    @property
    def rejected(self) -> int:
        """Rows refused: all of them, when the file is rejected."""
        return self.rows if self.reason else 0

    @property
    def key_refused(self) -> bool:
        return bool(self.reason and self.pinned_fingerprint)

    def total(self, what: str) -> int:
        return sum(getattr(c, what) for c in self.sheets.values())


@dataclass
class MergeReport:
    files: list[FileResult]
    # NIKs trained by more than one BLK in one year, over everything merged so far.
    double_funding: list[double_funding.Case]
    # Per BLK code, stretches of its changes the province never received (core/province/gaps).
    gaps: dict[str, list[Gap]] = field(default_factory=dict)

    @property
    def purged(self) -> dict[str, int]:
        """Fields older files had left, blanked with the first file merged (empty once done)."""
        return next((f.purged for f in self.files if f.purged), {})


@dataclass(frozen=True)
class Listed:
    """A table as the Manifest states it."""

    rows: int
    sha256: str
    parts: int


@dataclass(frozen=True)
class Manifest:
    facts: dict[str, str]
    listed: dict[str, Listed]
    public_key: bytes
    made_at: datetime

    @property
    def code(self) -> str:
        return self.facts.get("institution_code", "")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def full(self) -> bool:
        return self.facts.get("kind") == "full"


def _text(row: list[Any]) -> list[str]:
    # Every cell was written as text; anything else means someone typed into the sheet, and
    # the checksum will say so. (str() of a str is the string itself, at C speed.)
    return list(map(str, row))


class SyncBook:
    """A signed sync workbook, read one sheet at a time: the province never holds more than one
    part of one table in memory (see sync_format.rows_per_part).

    Every full read of a table checks it against the signed Manifest as it goes (row count,
    SHA-256, known columns) and raises Rejected at its end when it differs. The merge reads each
    table once and runs in one transaction, so a file that fails is rolled back whole: nothing
    from it is kept, and a good file is parsed once instead of twice (check, then merge)."""

    def __init__(
        self, path: Path, book: CalamineWorkbook, manifest: Manifest, parts: dict[str, str]
    ) -> None:
        self.path = path
        self.book = book
        self.manifest = manifest
        self.parts = parts  # each sheet's part in the zip
        self.headers: dict[str, list[str]] = {}
        # While a merge reads its tables in a known order (see reading_ahead): the parser's
        # thread, the table read after each, and the next table's first part being parsed.
        self._worker: ThreadPoolExecutor | None = None
        self._then: dict[str, str] = {}
        self._ahead: tuple[str, Future[Any]] | None = None

    @contextmanager
    def reading_ahead(self, order: list[str]) -> Iterator[None]:
        """Tables read in `order`, each table's first part parsed while the table before it is
        used. Most tables fit in one part, so parsing them only once asked kept one core idle
        for the whole parse: a third of a large merge. At most two parts are held at a time,
        as within a table."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="baca-lembar") as worker:
            self._worker, self._then = worker, dict(pairwise(order))
            try:
                yield
            finally:
                self._drop_ahead()
                self._worker, self._then = None, {}

    @contextmanager
    def _reader(self) -> Iterator[ThreadPoolExecutor]:
        """The parser's thread: the merge's, or one for this read alone."""
        if self._worker is not None:
            yield self._worker
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="baca-lembar") as worker:
            yield worker

    def _first_part(self, worker: ThreadPoolExecutor, name: str) -> "Future[Any]":
        if self._ahead is not None and self._ahead[0] == name:
            coming = self._ahead[1]
            self._ahead = None
            return coming
        self._drop_ahead()  # read out of order (a table read twice): its parse is not needed
        return worker.submit(self._part, name, 1)

    def _read_next(self, worker: ThreadPoolExecutor, name: str) -> None:
        if (then := self._then.get(name)) is not None:
            self._ahead = (then, worker.submit(self._part, then, 1))

    def _drop_ahead(self) -> None:
        if self._ahead is not None:
            # Waited for, so no parse outlives the read; a failure is that table's to report
            # when it is read, and it is not read.
            self._ahead[1].exception()
            self._ahead = None

    def body(self, name: str) -> Iterator[list[str]]:
        """The rows of table `name` under its header, across all its parts, checked."""
        for rows in self.chunks(name):
            yield from rows

    def chunks(self, name: str) -> Iterator[list[list[str]]]:
        """The rows of table `name` under its header, across all its parts, checked, in lists
        of up to INSERT_CHUNK: a chunk is hashed and handed over at once, not row by row.

        The next part is parsed in a worker thread while this one's rows are used: the parser
        runs outside the GIL, so reading overlaps the merge's own work on a second core."""
        listed = self.manifest.listed[name]
        hasher = SheetHasher()
        count = 0
        # Every parse runs on the one worker, so two never overlap; a reader of its own is
        # waited for on leaving the block (the table read, or the reader stopped early).
        with self._reader() as worker, unreadable_rejected(sheet=name):
            coming = self._first_part(worker, name)
            for part in range(1, listed.parts + 1):
                sheet = coming.result()
                if part < listed.parts:
                    coming = worker.submit(self._part, name, part + 1)
                else:
                    self._read_next(worker, name)
                rows = sheet.iter_rows()
                headers = _text(next(rows, []))
                if part == 1:
                    self._check_headers(name, headers)
                    hasher.row(headers)
                elif headers != self.headers[name]:
                    raise Rejected(
                        Sentence(
                            "Judul kolom lembar {part} berbeda dengan lembar {sheet}.",
                            part=part_name(name, part),
                            sheet=name,
                        )
                    )
                while chunk := list(islice(rows, INSERT_CHUNK)):
                    try:
                        lines = [CELL_SEP.join(row) for row in chunk]
                    except TypeError:  # a cell that is not text: see _text
                        chunk = [_text(row) for row in chunk]
                        lines = [CELL_SEP.join(row) for row in chunk]
                    hasher.joined(lines)
                    del lines  # not held while the caller works on the chunk
                    count += len(chunk)
                    yield chunk
                del rows, sheet  # the parsed part goes before the one after next is parsed
        if count != listed.rows:
            raise Rejected(
                Sentence(
                    "Lembar {sheet} berisi {n} baris, Manifest menyebut {listed}: berkas "
                    "terpotong atau diubah. Minta BLK mengirim ulang.",
                    sheet=name,
                    n=number(count),
                    listed=number(listed.rows),
                )
            )
        if hasher.hexdigest() != listed.sha256:
            raise Rejected(
                Sentence(
                    "Isi lembar {sheet} tidak cocok dengan kode pengamannya di lembar Manifest: "
                    "berkas diubah setelah diekspor. Minta BLK mengirim ulang berkas aslinya.",
                    sheet=name,
                )
            )

    def _part(self, name: str, part: int) -> Any:
        """One part of a table, parsed once it is known to reach no further than that part
        can (see sheet_extent): a cell typed far away must not cost the province its memory."""
        sheet = part_name(name, part)
        # A file of this version has the sheet's columns and more rows a part; an older one
        # also the withheld columns, and fewer rows a part: either fits within the larger of
        # each.
        columns = len(_SHEET_BY_NAME[name].headers)
        rows = min(self.manifest.listed[name].rows, rows_per_part(columns)) + 1
        columns += len(_SHEET_BY_NAME[name].withheld)
        with zipfile.ZipFile(self.path) as archive:
            check_reach(archive, self.parts[sheet], sheet, rows=rows, columns=columns)
        return self.book.get_sheet_by_name(sheet)

    def _check_headers(self, name: str, headers: list[str]) -> None:
        if not headers or not any(headers):
            raise Rejected(
                Sentence("Lembar {sheet} kosong, judul kolomnya pun hilang.", sheet=name)
            )
        sheet = _SHEET_BY_NAME[name]
        known = [*sheet.headers, *(f.name for f in sheet.withheld)]
        unknown = set(headers) - set(known)
        if unknown:
            raise Rejected(
                Sentence(
                    "Lembar {sheet} punya kolom tak dikenal: {columns}.",
                    sheet=name,
                    columns=", ".join(sorted(unknown)),
                )
            )
        self.headers[name] = headers


def parse_manifest(
    book: CalamineWorkbook, *, kind: str = SYNC_FORMAT, version: str = FORMAT_VERSION
) -> Manifest:
    """The Manifest of a signed BLKDesk workbook of `kind` (the sync workbook, or the monthly
    report: see report_signature), once its signature is checked against its own key. Whose key
    that is, is for check_key to judge."""
    rows = [_text(r) for r in book.get_sheet_by_name(MANIFEST).to_python(skip_empty_area=False)]
    signed: list[list[str]] = []
    signature = ""
    for row in rows:
        if row and row[0] == SIGNATURE:
            signature = row[1] if len(row) > 1 else ""
            break
        signed.append(row)
    facts: dict[str, str] = {}
    listing: list[list[str]] = []
    for row in signed:
        if not row or not row[0]:
            continue
        if listing or row[0] == "sheet":
            listing.append(row)
        else:
            facts[row[0]] = row[1] if len(row) > 1 else ""
    if facts.get("format", "") != kind:
        raise Rejected(
            Sentence(
                "Lembar Manifest berkas ini menyebut jenis '{found}', bukan '{kind}'.",
                found=facts.get("format", "?"),
                kind=kind,
            )
        )
    if facts.get("format_version") != version:
        raise Rejected(
            Sentence(
                "Versi format {version} tidak dikenal; perbarui BLKDesk di provinsi atau di BLK "
                "pengirim.",
                version=facts.get("format_version", "?"),
            )
        )
    try:
        public = base64.b64decode(facts.get("public_key", ""), validate=True)
        sig = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        public, sig = b"", b""
    if not sig or not bytes_signed_by(public, manifest_message(signed), sig):
        raise Rejected(
            Sentence(
                "Tanda tangan Manifest tidak sah: berkas diubah setelah diekspor atau bukan "
                "buatan BLKDesk. Berkas ditolak seluruhnya; minta BLK mengirim ulang berkas "
                "aslinya."
            )
        )
    # Only what the BLK signed is interpreted: a changed listing is refused above for its
    # signature, never for how its numbers read.
    try:
        listed = {row[0]: Listed(int(row[1]), row[2], int(row[3])) for row in listing[1:]}
        made_at = datetime.fromisoformat(facts["made_at"])
    except (IndexError, KeyError, ValueError) as exc:
        raise Rejected(
            Sentence(
                "Lembar Manifest bertanda tangan sah tetapi isinya tidak lengkap; berkas ditolak "
                "seluruhnya. Minta BLK memperbarui BLKDesk lalu mengekspor ulang."
            )
        ) from exc
    return Manifest(facts, listed, public, made_at)


def open_workbook(path: Path) -> SyncBook:
    """The workbook with its Manifest, once the Manifest's signature is checked."""
    # The limits before any parser sees it: a sync file comes by USB from outside the office.
    parts, book = manifested_book(
        path,
        Sentence("Berkas ini bukan berkas sinkronisasi BLKDesk (tidak ada lembar Manifest)."),
        max_bytes=SYNC_MAX_BYTES, max_uncompressed=SYNC_MAX_UNCOMPRESSED,
    )  # fmt: skip
    with unreadable_rejected():
        manifest = parse_manifest(book)
    return SyncBook(Path(path), book, manifest, parts)


def manifested_book(
    path: Path, no_manifest: Sentence, **limits: int
) -> tuple[dict[str, str], CalamineWorkbook]:
    """The sheet parts and the opened workbook of a signed BLKDesk workbook (a sync file or a
    monthly report), once it passed the checks against hostile files (`limits` for
    check_xlsx) and its Manifest sheet was found, not reaching far. Rejected, saying
    `no_manifest` when there is none."""
    try:
        check_xlsx(path, **limits)
    except RefusedFile as exc:
        raise Rejected(exc.said) from exc
    with unreadable_rejected():
        parts = sheet_parts(path)
        book = CalamineWorkbook.from_path(str(path))
        if MANIFEST not in book.sheet_names or MANIFEST not in parts:
            raise Rejected(no_manifest)
        with zipfile.ZipFile(path) as archive:
            # Read before its signature is checked: it must not reach far either.
            check_reach(archive, parts[MANIFEST], MANIFEST, rows=MANIFEST_ROWS, columns=26)
    return parts, book


def check_structure(book: SyncBook) -> None:
    """Every table the Manifest must list is listed, and all its parts are in the file. (Their
    rows are checked as they are read.)"""
    names = set(book.book.sheet_names)
    listed = book.manifest.listed
    for sheet in (INSTITUTION, *SHEETS):
        if sheet.name not in listed:
            raise Rejected(
                Sentence("Manifest tidak mencantumkan lembar {sheet}.", sheet=sheet.name)
            )
        for part in range(1, listed[sheet.name].parts + 1):
            if part_name(sheet.name, part) not in names:
                raise Rejected(
                    Sentence(
                        "Lembar {sheet} hilang dari berkas.", sheet=part_name(sheet.name, part)
                    )
                )


def verify_sheets(book: SyncBook) -> None:
    """Read every table once, only to check it against the Manifest."""
    check_structure(book)
    for sheet in (INSTITUTION, *SHEETS):
        for _row in book.body(sheet.name):
            pass


def check_key(
    session: Session, actor: Actor, manifest: Manifest, *, pin_new: bool = True
) -> tuple[PinnedKey | None, KeyPeriod | None]:
    """The BLK's pinned key, pinned now (with `pin_new`) when this is its first file, and the
    retired key's period when an old key signed a file made before it was replaced;
    KeyRefused when the file was signed by a key the province does not trust for it."""
    code = manifest.code
    pin = session.scalar(select(PinnedKey).where(PinnedKey.inst_code == code))
    if pin is None:
        _check_key_is_not_anothers(session, manifest)
        return (
            keys.pin_first(session, actor, code, manifest.public_key) if pin_new else None
        ), None
    if pin.public_key == manifest.public_key:
        return pin, None
    old = keys.retired_key(session, code, manifest.public_key)
    if old is not None and keys.vouches_for(old, manifest.made_at):
        return pin, old
    if old is not None:
        assert old.valid_until is not None
        raise KeyRefused(
            Sentence(
                "Berkas ini ditandatangani kunci lama {old}, yang sudah diganti kunci {pinned} "
                "sejak {since}; berkas dibuat {made}, sesudah penggantian. Berkas ditolak "
                "seluruhnya. Bila BLK memulihkan cadangan lama yang memakai kunci itu, cocokkan "
                "sidik jarinya lewat telepon, lalu admin provinsi menerimanya kembali.",
                old=manifest.fingerprint,
                pinned=pin.fingerprint,
                since=sentence_time(old.valid_until),
                made=sentence_time(manifest.made_at),
            ),
            manifest.fingerprint,
            pin.fingerprint,
        )
    raise KeyRefused(
        Sentence(
            "Berkas ini ditandatangani kunci {new}, padahal kunci {code} yang tercatat di "
            "provinsi adalah {pinned}. Berkas ditolak seluruhnya. Jika BLK memasang ulang "
            "BLKDesk, cocokkan sidik jari kunci barunya lewat telepon, lalu admin provinsi "
            "menerima kunci baru itu.",
            new=manifest.fingerprint,
            code=code,
            pinned=pin.fingerprint,
        ),
        manifest.fingerprint,
        pin.fingerprint,
    )


def _check_key_is_not_anothers(session: Session, manifest: Manifest) -> None:
    """A key belongs to one BLK. The first file of a new code signed by a key the province
    holds for another BLK comes from a copy of that BLK's database, or from a BLK that changed
    its code: pinned, that BLK's key would stand for two codes, and the real BLK of this code
    would be refused later."""
    owner = session.scalar(
        select(KeyPeriod.inst_code)
        .where(KeyPeriod.public_key == manifest.public_key, KeyPeriod.inst_code != manifest.code)
        .limit(1)
    )
    if owner is not None:
        raise Rejected(
            Sentence(
                "Berkas {code} ditandatangani kunci {key}, yang di provinsi tercatat milik "
                "{owner}: satu kunci hanya untuk satu BLK, jadi database BLK ini salinan "
                "database {owner} atau kode lembaganya diganti. Berkas ditolak seluruhnya; "
                "cocokkan kode lembaga dengan BLK pengirim.",
                code=manifest.code,
                key=manifest.fingerprint,
                owner=owner,
            )
        )


def _deleted(session: Session, stmt: Any) -> int:
    result: CursorResult[Any] = session.execute(stmt)  # type: ignore[assignment]
    return result.rowcount


def _chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Inserts:
    """Inserts many new rows of one table, all with the same columns.

    On SQLite the rows go straight to the driver's executemany, each column's values turned
    into what the driver stores once per batch, a column at a time; SQLAlchemy's own executemany
    converts every value of every row through Python and took most of a large merge's time.
    Elsewhere (a PostgreSQL province), SQLAlchemy's insert as before.
    """

    def __init__(self, session: Session, table: Table, keys: list[str]) -> None:
        self.session = session
        self.table = table
        connection = session.connection()
        dialect = connection.dialect
        self.sql = ""
        if dialect.name != "sqlite" or not _defaults_need_no_python(table, keys):
            return
        quote = dialect.identifier_preparer.quote
        self.sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
            f"VALUES ({', '.join('?' * len(keys))})"
        )
        self.values = itemgetter(*keys) if len(keys) > 1 else lambda rec: (rec[keys[0]],)
        self.processors = [_column_processor(table.c[k].type, dialect) for k in keys]

    def __call__(self, recs: list[dict[str, Any]]) -> None:
        if not self.sql:
            self.session.execute(insert(self.table), recs)
            return
        self._columns(list(zip(*map(self.values, recs), strict=True)))

    def chunk(self, chunk: "_Chunk") -> None:
        """A chunk as it was read, its columns in `keys` order: no row becomes a dict."""
        if not self.sql:
            self.session.execute(insert(self.table), chunk.records())
            return
        self._columns(chunk.columns)

    def _columns(self, columns: Sequence[Sequence[Any]]) -> None:
        converted = [
            column if process is None else list(map(process, column))
            for process, column in zip(self.processors, columns, strict=True)
        ]
        self.session.connection().exec_driver_sql(self.sql, list(zip(*converted, strict=True)))


def _defaults_need_no_python(table: Table, keys: list[str]) -> bool:
    """Whether leaving out the columns not in `keys` gives what SQLAlchemy's insert would: no
    column left out has a Python-side default (the database fills server defaults)."""
    return all(
        column.default is None or column.server_default is not None or column.primary_key
        for column in table.columns
        if column.name not in keys
    )


def _column_processor(kind: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """SQLAlchemy's bind processor for a column, or a C-speed equivalent for dates and
    timestamps (checked to give the same text before it is used)."""
    process: Callable[[Any], Any] | None = kind.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        return None
    sample: date = datetime(2025, 6, 2, 8, 5, 9, 7)
    fast: Callable[[Any], Any] | None = None
    if isinstance(kind, DateTime):
        fast = _iso_microseconds
    elif isinstance(kind, Date):
        sample = date(2025, 6, 2)
        fast = _iso_date
    if fast is not None and fast(sample) == process(sample) and fast(None) is None:
        return fast
    return process


# Cached: isoformat with a timespec costs microseconds a call, and a merge's stamps repeat (a
# day's attendance sheet is keyed at one time for the whole batch), so most are a cache hit.
@functools.lru_cache(maxsize=1 << 14)
def _iso_microseconds(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(" ", "microseconds")


@functools.lru_cache(maxsize=1 << 14)
def _iso_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@dataclass(frozen=True)
class _Chunk:
    """Up to INSERT_CHUNK rows of a sheet, converted, held a column at a time (the sheet's
    columns, references already turned into this database's ids)."""

    keys: list[str]
    columns: list[Sequence[Any]]

    def __len__(self) -> int:
        return len(self.columns[0])

    def column(self, key: str) -> Sequence[Any]:
        return self.columns[self.keys.index(key)]

    def records(self) -> list[dict[str, Any]]:
        return [
            dict(zip(self.keys, values, strict=True)) for values in zip(*self.columns, strict=True)
        ]


def _parser(field: Field) -> Callable[[str], Any]:
    """The field's cell parser; for dates and stamps behind a cache, since they repeat (a day's
    attendance sheet is keyed at one time for the whole batch) and a hit costs less than a
    parse."""
    parse = field.parser()
    if field.kind in ("date", "datetime"):
        return functools.lru_cache(maxsize=1 << 14)(parse)
    return parse


class _FileMerge:
    """Merges one verified workbook inside the caller's transaction."""

    def __init__(self, session: Session, book: SyncBook, full: bool) -> None:
        self.s = session
        self.book = book
        self.code = book.manifest.code
        self.made_at = book.manifest.made_at
        self.full = full
        self.ids: dict[str, dict[str, int]] = {}
        # Ids of stored rows this file replaced with its version, per table.
        self.updated: dict[str, set[int]] = defaultdict(set)
        self.inserts: dict[str, _Inserts] = {}
        # The BLK's records this file brought that break its own rules, and whether any of
        # its records were flagged before (else there is nothing to clear or drop).
        self.flagged = 0
        self.had_flags = record_checks.has_problems(session, self.code)
        self.started = utcnow()  # flags found from now on are this file's
        self.issued_after: set[tuple[int, str]] | None = None

    def wins(self, incoming: datetime, stored: datetime) -> bool:
        """Whether the file's version of a row replaces the stored one."""
        if self.full:
            # The file is the BLK's state when made; only a delta made after it is newer.
            return incoming != stored and stored <= self.made_at
        return incoming > stored

    def uuid_ids(self, table: Table) -> dict[str, int]:
        if table.name not in self.ids:
            rows = self.s.execute(
                select(table.c.uuid, table.c.id).where(table.c.inst_code == self.code)
            )
            self.ids[table.name] = dict(rows.all())
        return self.ids[table.name]

    def records(self, sheet: Sheet) -> Iterator[dict[str, Any]]:
        """The sheet's rows as column values, references turned into this database's ids."""
        for chunk in self._batched(sheet):
            yield from chunk.records()

    def _batched(self, sheet: Sheet) -> Iterator[_Chunk]:
        """The sheet's rows in chunks of INSERT_CHUNK, each converted a column at a time:
        one C-level `map` per column instead of a Python step per cell (millions of them)."""
        chunks = self.book.chunks(sheet.name)
        first = next(chunks, None)
        if first is None:
            return
        headers = self.book.headers[sheet.name]
        dropped = {f.name for f in sheet.withheld}
        # An older BLKDesk's file still carries what the province no longer keeps: read (the
        # checksum covers it) and dropped here. Withheld columns are written blank, whatever
        # the file holds, so a row the file updates loses what an older file left in it.
        kept = [i for i, h in enumerate(headers) if h not in dropped]
        fields = [sheet.field(headers[i]) for i in kept]
        keys = [f.source for f in (*fields, *sheet.withheld)]
        blanks = [f.from_cell("") for f in sheet.withheld]
        maps = {f.name: self.uuid_ids(f.ref) for f in fields if f.ref is not None}
        converters = [_parser(f) for f in fields]
        owner = keys.index("inst_code") if "inst_code" in keys else None
        for chunk in _prepend(first, chunks):
            if set(map(len, chunk)) != {len(headers)}:
                raise Rejected(
                    Sentence(
                        "Lembar {sheet} berisi baris yang tidak selebar judulnya.", sheet=sheet.name
                    )
                )
            read = list(zip(*chunk, strict=True))
            texts_kept = read if len(kept) == len(headers) else [read[i] for i in kept]
            columns: list[Sequence[Any]] = []
            for f, convert, texts in zip(fields, converters, texts_kept, strict=True):
                values: Sequence[Any] = texts if convert is str else list(map(convert, texts))
                if f.ref is not None:
                    values = self._resolved(sheet, f.name, maps[f.name], values)
                columns.append(values)
            columns.extend([blank] * len(chunk) for blank in blanks)
            if owner is not None and set(columns[owner]) != {self.code}:
                other = next(c for c in columns[owner] if c != self.code)
                raise Rejected(
                    Sentence(
                        "Lembar {sheet} berisi data milik {other}, bukan {code}.",
                        sheet=sheet.name,
                        other=other,
                        code=self.code,
                    )
                )
            yield _Chunk(keys, columns)

    @staticmethod
    def _resolved(
        sheet: Sheet, name: str, ids: dict[str, int], uuids: Sequence[str | None]
    ) -> list[int | None]:
        try:
            return [None if u is None else ids[u] for u in uuids]
        except KeyError as missing:
            raise Rejected(
                Sentence(
                    "Lembar {sheet} merujuk {name} {uuid} yang belum ada di database provinsi. "
                    "Gabungkan dulu berkas lengkap dari BLK ini.",
                    sheet=sheet.name,
                    name=name,
                    uuid=missing.args[0],
                )
            ) from None

    def insert(self, table: Table, recs: list[dict[str, Any]]) -> None:
        self._inserts(table, list(recs[0]))(recs)

    def insert_chunk(self, table: Table, chunk: _Chunk) -> None:
        self._inserts(table, chunk.keys).chunk(chunk)

    def _inserts(self, table: Table, keys: list[str]) -> _Inserts:
        """The table's inserter; every row of a file has the same columns, in the same order
        as a chunk's (recs are built from chunks)."""
        if table.name not in self.inserts:
            self.inserts[table.name] = _Inserts(self.s, table, keys)
        return self.inserts[table.name]

    # ---- removals (full files) -----------------------------------------------------------

    def remove_absent(self) -> dict[str, int]:
        """Remove the stored rows a full file no longer has (and that no later delta brought),
        children before parents; returns how many per table."""
        absent: dict[str, list[int]] = {}
        for sheet in SHEETS:
            if sheet.parent is not None:
                continue
            table = sheet.table
            stored = self.s.execute(
                select(table.c.uuid, table.c.id, table.c.updated_at).where(
                    table.c.inst_code == self.code
                )
            ).all()
            if not stored:
                continue
            body = self.book.body(sheet.name)
            first = next(body, None)
            seen: set[str] = set()
            if first is not None:
                at = self.book.headers[sheet.name].index("uuid")
                seen = {first[at], *(row[at] for row in body)}
            absent[table.name] = [i for u, i, stamp in stored
                                  if u not in seen and stamp <= self.made_at]  # fmt: skip
        removed: dict[str, int] = {}
        for sheet in reversed(SHEETS):
            table = sheet.table
            if sheet.parent is not None:
                parents = absent.get(sheet.parent.ref.name, [])  # type: ignore[union-attr]
                column = table.c[sheet.parent.source]
            else:
                parents = absent.get(table.name, [])
                column = table.c.id
            count = 0
            for chunk in _chunks(parents):
                count += _deleted(self.s, delete(table).where(column.in_(chunk)))
            if count:
                removed[sheet.name] = count
                self.ids.pop(table.name, None)
        return removed

    # ---- per table ---------------------------------------------------------------------

    def merge_by_uuid(self, sheet: Sheet) -> SheetCounts:
        """Updates first, then inserts, so a row that frees a unique value (a voided
        certificate) has freed it before the row that takes it (its re-issue) arrives."""
        table = sheet.table
        counts = SheetCounts()
        existing = {
            u: (i, stamp)
            for u, i, stamp in self.s.execute(
                select(table.c.uuid, table.c.id, table.c.updated_at).where(
                    table.c.inst_code == self.code
                )
            )
        }
        if not existing:
            for chunk in self._batched(sheet):
                self.insert_chunk(table, chunk)
                counts.added += len(chunk)
                if sheet.name in record_checks.RULES:
                    # One record at a time: a chunk of dicts would stand in the merge's peak.
                    keys = chunk.keys
                    self.check(sheet, (dict(zip(keys, v, strict=True))
                                       for v in zip(*chunk.columns, strict=True)))  # fmt: skip
        else:
            new = 0
            for chunk in self._batched(sheet):
                changed = []
                for rec in chunk.records():
                    stored = existing.get(rec["uuid"])
                    if stored is None:
                        new += 1
                    elif self.wins(rec["updated_at"], stored[1]):
                        changed.append({"id": stored[0], **rec})
                        self.updated[table.name].add(stored[0])
                    else:
                        counts.unchanged += 1
                if changed:
                    self._retire_replaced(table, changed)
                    self.s.execute(update(sheet.model), changed)
                    counts.updated += len(changed)
                    self.check(sheet, changed)
            if new:
                for chunk in self._batched(sheet):
                    added = [rec for rec in chunk.records() if rec["uuid"] not in existing]
                    if added:
                        self._retire_replaced(table, added)
                        self.insert(table, added)
                        counts.added += len(added)
                        self.check(sheet, added)
        if counts.added:
            self.ids.pop(table.name, None)
        return counts

    def check(self, sheet: Sheet, recs: Iterable[dict[str, Any]]) -> None:
        """The BLK's own rules over the versions this file brought: flagged, not held back."""
        self.flagged += record_checks.replace_problems(
            self.s, self.code, sheet.name, recs, self.book.path.name, had_any=self.had_flags
        )

    def _retire_replaced(self, table: Table, recs: list[dict[str, Any]]) -> None:
        """A BLK holds one issued certificate per participant and kind, so an issued one that
        arrives newer than the issued one stored here means the stored one was voided at the
        BLK, in a file not yet merged (held back, or sent after this one). It is marked void
        now, keeping its stamp, so that file still brings its reason and time when it comes;
        otherwise the re-issue would be refused as a second live certificate.

        The other way round, an issued one stored here newer than this file was issued after
        the file was made (a re-issue of a re-issue, sent before this older file): the file's
        issued certificate was voided since, in a file not yet merged, and comes in void,
        keeping its stamp for the same reason."""
        if table is not Certificate.__table__:
            return
        c = table.c
        later = self._issued_after_file()
        for rec in recs:
            if rec["status"] != "issued":
                continue
            if (rec["enrollment_id"], rec["kind"]) in later:
                rec["status"] = "void"
                continue
            self.s.execute(
                update(table)
                .where(c.inst_code == self.code, c.enrollment_id == rec["enrollment_id"],
                       c.kind == rec["kind"], c.status == "issued", c.uuid != rec["uuid"],
                       c.updated_at < rec["updated_at"])
                .values(status="void", updated_at=c.updated_at)  # not stamped now: see above
            )  # fmt: skip

    def _issued_after_file(self) -> set[tuple[int, str]]:
        """Participant and kind of the stored issued certificates newer than this file (which
        it never replaces, so this holds for the whole merge): almost always none. Compared
        with the file's time, not the certificate's: a certificate this file voids may still be
        stored issued and newer than the file's re-issue (a full file after a restore brings
        rows with their old stamps)."""
        if self.issued_after is None:
            c = Certificate.__table__.c
            rows = self.s.execute(
                select(c.enrollment_id, c.kind).where(
                    c.inst_code == self.code, c.status == "issued", c.updated_at > self.made_at
                )
            )
            self.issued_after = {(e, k) for e, k in rows}
        return self.issued_after

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
        if self.full:
            # A batch the full file holds without days has none (still being planned).
            for batch_id in batch_stamps:
                incoming.setdefault(batch_id, {})
        added: list[dict[str, Any]] = []
        for batch_id, days in incoming.items():
            have = stored.get(batch_id, {})
            if set(days) == set(have):
                counts.unchanged += len(days)
                continue
            newest_here = max([*have.values(), batch_stamps[batch_id]])
            if self.full:
                replace = newest_here <= self.made_at
            else:
                # A day dropped leaves no row to compare: the batch's own stamp (shortening
                # a batch touches it) stands for it. When this file's batch row won, its stamp
                # (now stored) is the file's, and the file's days replace those here only if
                # the file is newer than every day stored: a file held back and merged after a
                # newer one brings a batch row newer than the province's but days older than
                # the ones the newer file already brought.
                newest_in = max((r["updated_at"] for r in days.values()), default=None)
                if batch_id in self.updated["batch"]:
                    newest_file = max(
                        [batch_stamps[batch_id], *(r["updated_at"] for r in days.values())]
                    )
                    replace = not have or newest_file > max(have.values())
                else:
                    replace = not have or (newest_in is not None and newest_in > newest_here)
            if not replace:
                counts.unchanged += len(days)
                continue
            gone = [d for d in have if d not in days]
            for chunk in _chunks(gone):
                _deleted(
                    self.s,
                    delete(table).where(table.c.batch_id == batch_id, table.c.day.in_(chunk)),
                )
            new = [r for d, r in days.items() if d not in have]
            added.extend(new)
            counts.unchanged += len(days) - len(new)
            counts.removed += len(gone)
        for chunk in _chunks(added, INSERT_CHUNK):
            self.insert(table, list(chunk))
        counts.added = len(added)
        return counts

    def merge_marks(self, sheet: Sheet) -> SheetCounts:
        """Marks come grouped by enrollment (the export orders them so); each group of
        enrollments is compared with what is stored for just those enrollments, so memory stays
        bounded however many marks the BLK has."""
        table = sheet.table
        counts = SheetCounts()
        enrollment_ids = self.uuid_ids(Enrollment.__table__)  # type: ignore[arg-type]
        stored_any = self.s.scalar(
            select(table.c.id).where(table.c.enrollment_id.in_(
                select(Enrollment.id).where(Enrollment.inst_code == self.code))).limit(1)
        ) is not None  # fmt: skip
        seen: set[int] = set()
        group: list[dict[str, Any]] = []
        current: int | None = None

        def apply(recs: list[dict[str, Any]]) -> None:
            existing: dict[tuple[int, date], tuple[int, datetime]] = {}
            if stored_any:
                ids = sorted({r["enrollment_id"] for r in recs})
                for chunk in _chunks(ids):
                    for i, e, d, u in self.s.execute(
                        select(table.c.id, table.c.enrollment_id, table.c.day,
                               table.c.updated_at).where(table.c.enrollment_id.in_(chunk))
                    ):  # fmt: skip
                        existing[(e, d)] = (i, u)
            added, changed = [], []
            for rec in recs:
                stored = existing.pop((rec["enrollment_id"], rec["day"]), None)
                if stored is None:
                    added.append(rec)
                elif self.wins(rec["updated_at"], stored[1]):
                    changed.append({"id": stored[0], **rec})
                else:
                    counts.unchanged += 1
            if self.full:
                gone = [i for i, u in existing.values() if u <= self.made_at]
                for chunk in _chunks(gone):
                    counts.removed += _deleted(self.s, delete(table).where(table.c.id.in_(chunk)))
            if changed:
                self.s.execute(update(sheet.model), changed)
                counts.updated += len(changed)
            if added:
                self.insert(table, added)
                counts.added += len(added)

        def follows(enrollment: int) -> None:
            """Marks of one enrollment come together, or the file was not made by BLKDesk."""
            if enrollment in seen:
                raise Rejected(
                    Sentence(
                        "Lembar attendance_mark tidak berurutan per peserta; berkas ini bukan "
                        "keluaran BLKDesk yang utuh."
                    )
                )
            seen.add(enrollment)

        if not stored_any:
            # Nothing of this BLK's to compare with (its first file): every mark is new, and
            # goes in as read, a chunk at a time.
            for read in self._batched(sheet):
                for enrollment, _marks in groupby(read.column("enrollment_id")):
                    if enrollment != current:
                        follows(enrollment)
                        current = enrollment
                self.insert_chunk(table, read)
                counts.added += len(read)
            return counts
        for rec in self.records(sheet):
            enrollment = rec["enrollment_id"]
            if enrollment != current:
                follows(enrollment)
                current = enrollment
                if len(group) >= INSERT_CHUNK:
                    apply(group)
                    group = []
            group.append(rec)
        if group:
            apply(group)
        if self.full and stored_any:
            # Enrollments the file has no marks for keep none (beyond what a later delta
            # brought).
            unseen = sorted(set(enrollment_ids.values()) - seen)
            for chunk in _chunks(unseen):
                counts.removed += _deleted(
                    self.s,
                    delete(table).where(
                        table.c.enrollment_id.in_(chunk), table.c.updated_at <= self.made_at
                    ),
                )
        return counts

    def merge_institution(self, local_code: str | None, pinned: bytes) -> Institution:
        """The BLK's institution row; its public key is always the pinned one, even from a
        file an older key signed before it was replaced."""
        facts = self.book.manifest.facts
        recs = list(self.records(INSTITUTION))
        rec = recs[0] if len(recs) == 1 else None
        if rec is None or rec["code"] != self.code:
            raise Rejected(
                Sentence("Lembar institution tidak sesuai dengan kode lembaga di Manifest.")
            )
        if INSTITUTION.field("public_key").to_cell(rec["public_key"]) != facts.get("public_key"):
            raise Rejected(Sentence("Kunci publik di lembar institution berbeda dengan Manifest."))
        if self.code == local_code:
            raise Rejected(
                Sentence(
                    "Berkas ini berasal dari lembaga {code}, yaitu database ini sendiri.",
                    code=self.code,
                )
            )
        inst = self.s.scalar(select(Institution).where(Institution.code == self.code))
        if inst is None:
            inst = Institution(**{**rec, "public_key": pinned}, is_local=False)
            self.s.add(inst)
            self.s.flush()
            return inst
        if self.wins(rec["updated_at"], inst.updated_at):
            for key, value in rec.items():
                setattr(inst, key, value)
        # The pinned key is the one certificates from now on are signed with.
        inst.public_key = pinned
        return inst


def _prepend(first: list[list[str]], rest: Iterator[list[list[str]]]) -> Iterator[list[list[str]]]:
    yield first
    yield from rest


def _merge_one(
    db: Database, actor: Actor, path: Path, local_code: str | None, progress: Progress | None
) -> FileResult:
    result = FileResult(Path(path))
    try:
        file_digest = file_sha256(path)
        if _already_merged(db, actor, file_digest, result):
            return result
        book = open_workbook(path)
        manifest = book.manifest
        result.institution_code = manifest.code
        result.institution_name = manifest.facts.get("institution_name", "")
        result.kind = manifest.facts.get("kind", "")
        result.period = manifest.facts.get("period", "")
        result.made_at = manifest.made_at
        since = manifest.facts.get("since", "")
        result.since = datetime.fromisoformat(since) if since else None
        result.key_fingerprint = manifest.fingerprint
        result.rows = sum(t.rows for t in manifest.listed.values())
        _check_made_in_the_past(manifest)
        with db.session() as session:
            # Before reading a large file: a key the province does not know refuses it now.
            known, _old = check_key(session, actor, manifest, pin_new=False)
        if known is None and not manifest.full:
            # Merged, the changes alone would stand as the whole BLK on the province's desk.
            raise Rejected(
                Sentence(
                    "Berkas ini hanya berisi perubahan {code} sejak {since}, padahal provinsi "
                    "belum pernah menerima berkas lengkapnya. Berkas ditolak seluruhnya; minta "
                    "BLK mengekspor berkas sinkronisasi “Semua data (lengkap)” dan "
                    "gabungkan itu dulu.",
                    code=manifest.code,
                    since=sentence_time(result.since),
                )
            )
        check_structure(book)
        # A merge takes minutes on a big file; failing it after LOCK_TIMEOUT_MS because a clerk
        # on the province's server read a table would throw that work away for nothing.
        with db.transaction(waits_for_locks=True) as session:
            pin, old_key = check_key(session, actor, manifest)
            assert pin is not None
            result.old_key_until = old_key.valid_until if old_key else None
            _purge_once(session, actor, result)
            if pin.last_full_at is not None and manifest.made_at <= pin.last_full_at:
                verify_sheets(book)  # nothing is taken from it, but a damaged file is said so
                result.superseded = True
                result.sheets = {s.name: SheetCounts(unchanged=manifest.listed[s.name].rows)
                                 for s in SHEETS}  # fmt: skip
            else:
                with _larger_cache(session):
                    _merge_tables(session, book, pin.public_key, local_code, result, progress)
                if manifest.full:
                    pin.last_full_at = manifest.made_at
            listed = manifest.listed
            audit.record(
                session, actor, "merge", "sync_workbook", result.institution_code,
                {"path": [None, str(path)], "added": [None, result.total("added")],
                 "updated": [None, result.total("updated")],
                 "removed": [None, result.total("removed")],
                 "unchanged": [None, result.total("unchanged")],
                 SHEET_DIGESTS: [None, {name: t.sha256 for name, t in listed.items()}],
                 SHEET_ROWS: [None, {name: t.rows for name, t in listed.items()}],
                 FILE_DIGEST: [None, file_digest], "kind": [None, result.kind],
                 "institution_name": [None, result.institution_name],
                 "key_fingerprint": [None, result.key_fingerprint],
                 "made_at": [None, manifest.made_at.isoformat(sep=" ")],
                 SINCE: [None, since or None], "flagged": [None, result.flagged]},
                reason="Sudah tercakup berkas lengkap yang lebih baru." if result.superseded
                else "",
            )  # fmt: skip
    except KeyRefused as exc:
        result.reason = exc.said
        result.pinned_fingerprint = exc.pinned
        result.sheets.clear()
    except Rejected as exc:
        result.reason = exc.said
        result.sheets.clear()
    except IntegrityError as exc:
        result.reason = Sentence(
            "Data di berkas bentrok dengan data lembaga lain di database provinsi ({error}); "
            "tidak ada yang diimpor.",
            error=exc.orig,
        )
        result.sheets.clear()
    if result.reason:
        with db.transaction() as session:
            audit.record(
                session, actor, "merge_rejected", "sync_workbook", result.institution_code,
                {"path": [None, str(path)], "key_fingerprint": [None, result.key_fingerprint]},
                reason=result.reason,
            )  # fmt: skip
    return result


def _check_made_in_the_past(manifest: Manifest) -> None:
    """A file dated later than now comes from a BLK computer whose clock is wrong (a flat CMOS
    battery, a wrong year typed in). Merged, it would pass over every correct file after it as
    older than itself, and its records would beat every later change."""
    if manifest.made_at > utcnow() + CLOCK_SLACK:
        raise Rejected(
            Sentence(
                "Berkas ini bertanggal {made}, sesudah hari ini: tanggal atau jam komputer BLK "
                "salah. Berkas ditolak seluruhnya; minta BLK membetulkan tanggal komputernya, "
                "lalu mengekspor ulang berkas lengkap.",
                made=sentence_time(manifest.made_at),
            )
        )


@contextmanager
def _larger_cache(session: Session) -> Iterator[None]:
    """SQLite keeps 2 MB of pages by default: a merge of millions of rows then writes index
    pages out and reads them back again and again. For the merge's transaction it may keep
    MERGE_CACHE_KB (memory the merge can spare now that it reads a bounded part at a time)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    # On the driver's connection: resetting it must not depend on how the transaction ends.
    raw = connection.connection.dbapi_connection
    assert raw is not None
    before = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size=-{MERGE_CACHE_KB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={int(before)}")


def _merge_tables(
    session: Session,
    book: SyncBook,
    pinned: bytes,
    local_code: str | None,
    result: FileResult,
    progress: Progress | None,
) -> None:
    full = book.manifest.full
    merger = _FileMerge(session, book, full)
    merger.merge_institution(local_code, pinned)
    removed = merger.remove_absent() if full else {}
    seen = set() if full else merged_sheets(session, book.manifest.code)
    listed = book.manifest.listed
    # Exactly these cells were merged before: each row then either won or was older, and
    # stored rows only get newer since, so they would all be unchanged now. Re-sent files
    # cost a checksum, not a comparison.
    again = {s.name for s in SHEETS if (s.name, listed[s.name].sha256) in seen}
    with book.reading_ahead([s.name for s in SHEETS if s.name not in again]):
        for i, sheet in enumerate(SHEETS):
            if progress:
                progress.update(i, len(SHEETS), f"{book.path.name}: {sheet.name}")
                progress.check()
            failed: BaseException | None = None
            try:
                if sheet.name in again:
                    counts = SheetCounts(unchanged=listed[sheet.name].rows)
                elif sheet.name == "training_day":
                    counts = merger.merge_training_days(sheet)
                elif sheet.parent is not None:
                    counts = merger.merge_marks(sheet)
                else:
                    counts = merger.merge_by_uuid(sheet)
            except (Rejected, IntegrityError, *_UNREADABLE_VALUE) as exc:
                failed = exc
            if failed is not None:
                # Out of the except block: the table read again must not report, as its own
                # cause, the failure being explained.
                raise _explained(book, sheet.name, failed) from failed
            counts.removed += removed.get(sheet.name, 0)
            result.sheets[sheet.name] = counts
    if merger.had_flags:
        record_checks.drop_gone(session, book.manifest.code)
    # Judged once all of a trainee's enrollments and batches are in (later sheets than theirs).
    merger.flagged += record_checks.replace_guardian_flags(
        session, book.manifest.code, book.path.name, merger.started
    )
    result.flagged = merger.flagged


# What converting a cell's text raises when it is not what its column holds (a date, a number,
# base64...).
_UNREADABLE_VALUE = (ValueError, TypeError, ArithmeticError, binascii.Error)


def _explained(book: SyncBook, name: str, exc: BaseException) -> BaseException:
    """Why merging table `name` failed part-way. A table is checked against the Manifest only
    once all of it is read, and a large one is merged a chunk at a time before that: a cell
    changed after export fails its conversion, reference or owner check first. So the rest of
    the table is read against its checksum, and a table that differs says so; one that matches
    what the BLK signed keeps its own reason, in the clerk's words."""
    try:
        for _row in book.body(name):
            pass
    except Rejected as tampered:
        return tampered
    if isinstance(exc, Rejected):
        return exc
    if isinstance(exc, IntegrityError):
        if "uuid" in str(exc.orig).lower():
            return Rejected(
                Sentence(
                    "Lembar {sheet} memuat catatan yang di database provinsi sudah milik lembaga "
                    "lain (UUID sama): database BLK ini tampaknya salinan database BLK lain. "
                    "Berkas ditolak seluruhnya; tidak ada yang diimpor.",
                    sheet=name,
                )
            )
        return exc
    return Rejected(
        Sentence(
            "Lembar {sheet} berisi nilai yang tidak sesuai jenis kolomnya, walau tanda "
            "tangannya sah. Berkas ditolak seluruhnya; minta BLK memperbarui BLKDesk lalu "
            "mengekspor ulang.",
            sheet=name,
        )
    )


def _purge_once(session: Session, actor: Actor, result: FileResult) -> None:
    """Blank what older files left (withheld.purge_withheld), once per withheld list, in the
    transaction that records the first file received, when opening the database did not
    (withheld.purge_at_open): a refused file, even one refused halfway through its rows, leaves
    the database as it was."""
    if withheld.purge_needed(session):
        result.purged = withheld.purge_withheld(session, actor)


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
            result.key_fingerprint = changes.get("key_fingerprint", [None, ""])[1] or ""
            made_at = changes.get("made_at", [None, None])[1]
            result.made_at = datetime.fromisoformat(made_at) if made_at else None
            result.identical = True
            _purge_once(session, actor, result)
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


def merge_files(
    db: Database, actor: Actor, paths: Sequence[Path], progress: Progress | None = None
) -> MergeReport:
    """Merge each file on its own (a rejected file does not stop the others)."""
    require(actor, Action.MERGE_SYNC)
    database_backup.backup_before(db, "penggabungan")
    with db.session() as session:
        local_code = session.scalar(select(Institution.code).where(Institution.is_local))
    results = []
    for path in paths:
        if progress:
            progress.check()
        results.append(_merge_one(db, actor, Path(path), local_code, progress))
    with db.session() as session:
        funding = double_funding.cases(session)
        missing = blk_gaps(session)
    return MergeReport(results, funding, missing)
