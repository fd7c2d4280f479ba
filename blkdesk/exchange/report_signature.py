"""The monthly report's signature: the sync workbook's signed Manifest, over a report's cells.

The report ends with a Manifest sheet made exactly as the sync workbook's (sync_format,
merge.parse_manifest): who made it, then one row per sheet with its count of rows and a SHA-256
of its cells, signed with the BLK's Ed25519 key; the province checks the signature and then
that key against the one it pinned for the BLK (merge.check_key). A report someone else made,
or edited after the export, is refused.

What is signed is what a reader sees, not the file's bytes, as for the sync workbook: a program
that opens and saves the report without changing a cell (LibreOffice, Excel) leaves it valid;
any changed cell (a figure, a name, a formula, a stored result) does not. Cells are typed here
(counts, dates, percentages, jumlah formulas), so each is signed in one canonical text:
- text as it reads; a number, date or time as its spreadsheet value (days since 1899-12-30)
  to 12 significant digits, so how a program writes a double or which date format it detects
  makes no difference, marked as a number (a count turned into text that reads the same would
  drop out of every jumlah);
- a formula cell as its stored result and its formula (`=` and Excel's `_xlfn.` prefixes
  dropped, a shared formula spelled out for each cell it fills), so a changed formula whose
  old result was left in place is caught too;
- each non-blank row with its row number, without the blank cells a program may pad or trim
  at its end.
"""

import base64
import io
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO, Any

from defusedxml.ElementTree import iterparse
from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from python_calamine import CalamineWorkbook

from blkdesk import __version__
from blkdesk.core.certification.signing import fingerprint, sign_bytes
from blkdesk.core.models import Institution
from blkdesk.core.sentences import Sentence
from blkdesk.exchange.merge import (
    MANIFEST_ROWS,
    Manifest,
    Rejected,
    manifested_book,
    parse_manifest,
    unreadable_rejected,
)
from blkdesk.exchange.sheet_extent import check_reach, sheet_parts
from blkdesk.exchange.sync_format import (
    INSTITUTION,
    MANIFEST,
    SIGNATURE,
    SheetHasher,
    manifest_message,
)

REPORT_FORMAT = "BLKDesk laporan bulanan"
REPORT_FORMAT_VERSION = "1"
# How far a report's sheet may reach before calamine reads it (see sheet_extent): the Rekap is
# one row per programme but wide (a column per destination country of migrant workers); the
# lists are one row per participant, certificate or placement of the month, even in a
# province's consolidated report, and at most eighteen columns.
REKAP_REACH = (20_000, 512)
LIST_REACH = (200_000, 32)
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_EPOCH = datetime(1899, 12, 30)
_FORMULA_SEP = "\x1d"  # between a formula cell's result and its formula: no clerk types it
# Before a number (or date, or truth value): the count 5 and the text "5" read alike, but a
# jumlah formula adds up only the first.
_NUMBER = "\x1c"


@dataclass(frozen=True)
class SheetDigest:
    rows: int
    sha256: str


def _value(value: Any) -> str:
    if value is None or isinstance(value, str):
        return value or ""
    if isinstance(value, bool):
        return _NUMBER + ("TRUE" if value else "FALSE")
    if isinstance(value, datetime):
        serial = (value - _EPOCH) / timedelta(days=1)
    elif isinstance(value, date):
        serial = (value - _EPOCH.date()).days
    elif isinstance(value, time):
        serial = (value.hour * 3600 + value.minute * 60 + value.second) / 86400
    elif isinstance(value, timedelta):
        serial = value / timedelta(days=1)
    else:
        serial = float(value)
    return _NUMBER + format(serial, ".12g")


def _formula(text: str) -> str:
    return "=" + text.strip().lstrip("=").replace("_xlfn.", "")


def _formulas(archive: zipfile.ZipFile, part: str) -> dict[tuple[int, int], str]:
    """Each formula cell's formula by (row, column) from 0, shared formulas spelled out."""
    with archive.open(part) as stream:
        if b"<f" not in stream.read():
            return {}  # the lists: no formula, and no need to parse their XML twice
    found: dict[tuple[int, int], str] = {}
    masters: dict[str, tuple[str, str]] = {}  # shared index -> (formula, its cell)
    with archive.open(part) as stream:
        for _event, element in iterparse(stream, events=("end",)):
            if element.tag != f"{_NS}c":
                continue
            f = element.find(f"{_NS}f")
            ref = element.get("r", "")
            if f is not None and ref:
                text = f.text or ""
                shared = f.get("si") if f.get("t") == "shared" else None
                if shared is not None and text:
                    masters[shared] = (text, ref)
                elif shared is not None and shared in masters:
                    origin_text, origin = masters[shared]
                    text = Translator("=" + origin_text, origin=origin).translate_formula(ref)
                letters, row = coordinate_from_string(ref)
                found[(row - 1, column_index_from_string(letters) - 1)] = _formula(text)
            element.clear()
    return found


def _canonical_rows(book: CalamineWorkbook, archive: zipfile.ZipFile, name: str,
                    part: str) -> Iterator[list[str]]:  # fmt: skip
    rows_limit, columns_limit = REKAP_REACH if name.startswith("Rekap") else LIST_REACH
    check_reach(archive, part, name, rows=rows_limit, columns=columns_limit)
    by_row: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for (r, c), text in _formulas(archive, part).items():
        by_row[r].append((c, text))
    rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    for r in range(max([len(rows), *(r + 1 for r in by_row)])):
        cells = [_value(v) for v in rows[r]] if r < len(rows) else []
        for c, text in by_row.get(r, ()):
            cells.extend([""] * (c + 1 - len(cells)))
            cells[c] = cells[c] + _FORMULA_SEP + text
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            yield [str(r + 1), *cells]


def sheet_digests(source: Path | IO[bytes]) -> dict[str, SheetDigest]:
    """Each sheet's canonical rows counted and hashed, the Manifest excepted."""
    parts = sheet_parts(source)  # type: ignore[arg-type]  # a zip opens from a stream too
    if isinstance(source, Path):
        book = CalamineWorkbook.from_path(str(source))
    else:
        source.seek(0)
        book = CalamineWorkbook.from_filelike(source)
    digests: dict[str, SheetDigest] = {}
    with zipfile.ZipFile(source) as archive:
        for name in book.sheet_names:
            if name == MANIFEST:
                continue
            if name not in parts:
                raise Rejected(Sentence("Lembar {sheet} hilang dari berkas.", sheet=name))
            hasher = SheetHasher()
            count = 0
            for cells in _canonical_rows(book, archive, name, parts[name]):
                hasher.row(cells)
                count += 1
            digests[name] = SheetDigest(count, hasher.hexdigest())
    return digests


def manifest_rows(
    inst: Institution, period: str, made_at: datetime, digests: dict[str, SheetDigest]
) -> list[list[str]]:
    """The report's Manifest above its signature, laid out as the sync workbook's."""
    rows = [
        ["format", REPORT_FORMAT],
        ["format_version", REPORT_FORMAT_VERSION],
        ["institution_code", inst.code],
        ["institution_name", inst.name],
        ["public_key", INSTITUTION.field("public_key").to_cell(inst.public_key)],
        ["key_fingerprint", fingerprint(inst.public_key or b"")],
        ["period", period],
        ["made_at", made_at.isoformat(sep=" ")],
        ["app_version", __version__],
        [],
        ["sheet", "rows", "sha256", "parts"],
    ]
    rows.extend([name, str(d.rows), d.sha256, "1"] for name, d in digests.items())
    rows.append([])
    return rows


def signed_manifest(
    inst: Institution, period: str, made_at: datetime, digests: dict[str, SheetDigest]
) -> list[list[str]]:
    """The Manifest's rows with the signature row under them."""
    assert inst.private_key is not None
    rows = manifest_rows(inst, period, made_at, digests)
    signature = sign_bytes(inst.private_key, manifest_message(rows))
    return [*rows, [SIGNATURE, base64.b64encode(signature).decode("ascii")]]


def is_signed_report(path: Path) -> bool:
    """Whether the workbook's Manifest says it is a monthly report (unchecked: only to route
    it; `verify_report` checks it)."""
    book = CalamineWorkbook.from_path(str(path))
    if MANIFEST not in book.sheet_names:
        return False
    with zipfile.ZipFile(path) as archive:
        check_reach(archive, sheet_parts(path)[MANIFEST], MANIFEST, rows=MANIFEST_ROWS,
                    columns=26)  # fmt: skip
    for row in book.get_sheet_by_name(MANIFEST).iter_rows():
        if row and row[0] == "format":
            return len(row) > 1 and row[1] == REPORT_FORMAT
    return False


def verify_report(path: Path) -> Manifest:
    """The report's Manifest, once its signature is checked and every sheet matches it.
    Rejected, saying why, otherwise. Whose key signed it is for merge.check_key."""
    _parts, book = manifested_book(
        path, Sentence("Laporan ini tidak bertanda tangan (tidak ada lembar Manifest).")
    )
    with unreadable_rejected():
        manifest = parse_manifest(book, kind=REPORT_FORMAT, version=REPORT_FORMAT_VERSION)
        found = sheet_digests(path)
    for name in found.keys() - manifest.listed.keys():
        raise Rejected(
            Sentence(
                "Lembar {sheet} ditambahkan setelah laporan ditandatangani; laporan tidak "
                "dicatat. Minta BLK mengirim ulang berkas aslinya.",
                sheet=name,
            )
        )
    for name in manifest.listed.keys() - found.keys():
        raise Rejected(Sentence("Lembar {sheet} hilang dari berkas.", sheet=name))
    changed = [
        name
        for name, listed in manifest.listed.items()
        if (found[name].rows, found[name].sha256) != (listed.rows, listed.sha256)
    ]
    if changed:
        raise Rejected(
            Sentence(
                "Isi lembar {sheets} tidak cocok dengan tanda tangan laporan: laporan diubah "
                "setelah diekspor. Laporan tidak dicatat; minta BLK mengirim ulang berkas "
                "aslinya.",
                sheets=", ".join(changed),
            )
        )
    return manifest


def digests_of(data: bytes) -> dict[str, SheetDigest]:
    """`sheet_digests` of a workbook held in memory (the export's first pass)."""
    return sheet_digests(io.BytesIO(data))
