"""Writing workbooks that every spreadsheet program reads back exactly, and nothing else.

Every export writes through `xlsx_file`: a `SafeWorkbook` written in one step (all of it or,
on any error, nothing), whose text escapes every `_x…_` a reader would decode (not only the
four-digit form XlsxWriter escapes), and whose worksheets refuse a write XlsxWriter would drop
or cut (past the last row, text over 32,767 characters) instead of returning a code nobody reads.

Text never turns into a formula either.
A name like `=HYPERLINK("x")` or `+62812...` typed by a clerk must stay text in every program
that opens the file. Text always goes through `write_string` (never `write`, which guesses), and a
value that a spreadsheet would read as a formula when the cell is edited or the sheet is saved as
CSV (leading `=`, `+`, `-`, `@`, tab or carriage return) is also written with Excel's quote prefix:
the cell keeps the exact characters, shows them as text, and stays text when edited. NIK is
always text with the text number format `@`, because Excel keeps only 15 significant digits.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.packager import Packager
from xlsxwriter.sharedstrings import SharedStrings
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from blkdesk.core.errors import BlkError
from blkdesk.core.registry import nik as nikmod
from blkdesk.core.sentences import Sentence
from blkdesk.core.storage.safefile import atomic_write

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# OOXML writes a character XML cannot hold as `_xHHHH_`. Excel decodes exactly four hex digits;
# LibreOffice also decodes shorter forms (`_xe_` becomes U+000E), in either case of `x`. Any
# underscore that starts such a sequence is itself written as `_x005F_` (an escaped `_`), which
# every reader decodes back to `_`: the text then comes back exactly as written.
_DECODABLE = re.compile(r"_(?=[xX][0-9A-Fa-f]{1,8}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")


def escape_ooxml(text: str) -> str:
    """Cell text as it must appear in the sheet's XML so that readers decode it to `text`."""
    if "_" not in text and text.isprintable():
        # Nearly every cell: without `_` nothing can look like an escape, and printable text
        # has no control character, U+FFFE or U+FFFF. One C-level test instead of three scans.
        return text
    if "_" in text:
        text = _DECODABLE.sub("_x005F_", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    if "\ufffe" in text or "\uffff" in text:
        text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return text


def _escaped(data: Any) -> Any:
    if data.__class__ is str and "_" not in data and data.isprintable():
        return data  # escape_ooxml's fast path without its call: it runs for every cell.
    return escape_ooxml(data) if isinstance(data, str) else data


class EscapingWorksheet(Worksheet):  # type: ignore[misc]
    """A worksheet whose inline (constant-memory) text escapes every decodable `_x…_`. Its
    writes return XlsxWriter's status codes: for a caller that checks each one itself in a hot
    loop (the sync export); everything else uses CheckedWorksheet."""

    _escape_control_characters = staticmethod(_escaped)


class CellNotWritten(BlkError):
    """XlsxWriter would have dropped or cut a cell: the export stops and writes nothing."""


_REFUSALS = {
    -1: Sentence("di luar batas lembar (paling banyak 1.048.576 baris dan 16.384 kolom)"),
    -2: Sentence("teksnya lebih dari 32.767 karakter, batas satu sel"),
}


class CheckedWorksheet(EscapingWorksheet):
    """Every cell write (`write`, `write_string`, `write_row`, `merge_range`…) goes through
    one of these; a refusal or a cut raises CellNotWritten naming the sheet and cell."""

    def _checked(self, status: int, row: int, col: int) -> int:
        if status < 0:
            cell = xl_rowcol_to_cell(row, col) if row >= 0 and col >= 0 else f"{row},{col}"
            why = _REFUSALS.get(status) or Sentence(
                "ditolak penulis Excel (kode {status})", status=status
            )
            raise CellNotWritten(
                Sentence(
                    "Ekspor dibatalkan: sel {cell} di lembar {sheet} tidak dapat ditulis utuh: "
                    "{why}. Tidak ada berkas yang ditulis.",
                    cell=cell,
                    sheet=self.name,
                    why=why,
                )
            )
        return status

    def _write_string(self, row: int, col: int, *args: Any) -> int:
        return self._checked(super()._write_string(row, col, *args), row, col)

    def _write_number(self, row: int, col: int, *args: Any) -> int:
        return self._checked(super()._write_number(row, col, *args), row, col)

    def _write_blank(self, row: int, col: int, *args: Any) -> int:
        return self._checked(super()._write_blank(row, col, *args), row, col)

    def _write_formula(self, row: int, col: int, *args: Any) -> int:
        return self._checked(super()._write_formula(row, col, *args), row, col)

    def _write_datetime(self, row: int, col: int, *args: Any) -> int:
        return self._checked(super()._write_datetime(row, col, *args), row, col)

    def _write_boolean(self, row: int, col: int, *args: Any) -> int:
        return self._checked(super()._write_boolean(row, col, *args), row, col)

    def _write_url(self, row: int, col: int, *args: Any) -> int:
        return self._checked(super()._write_url(row, col, *args), row, col)

    def _write_rich_string(self, row: int, col: int, *args: Any) -> int:
        return self._checked(super()._write_rich_string(row, col, *args), row, col)


class _EscapingSharedStrings(SharedStrings):  # type: ignore[misc]
    _escape_control_characters = staticmethod(_escaped)


class _EscapingPackager(Packager):  # type: ignore[misc]
    """Writes the shared-string table (text of workbooks not in constant-memory mode) with
    the same escaping as the worksheets' inline text: XlsxWriter's own packager method, with
    the escaping table in place of its SharedStrings."""

    def _write_shared_strings_file(self) -> None:
        sst = _EscapingSharedStrings()
        sst.string_table = self.workbook.str_table
        if not self.workbook.str_table.count:
            return
        sst._set_xml_writer(self._filename("xl/sharedStrings.xml"))
        sst._assemble_xml_file()


class SafeWorkbook(xlsxwriter.Workbook):  # type: ignore[misc]
    """An XlsxWriter workbook whose sheets are CheckedWorksheets and whose text is escaped
    everywhere; strings stay strings (`write` never turns text into a number, formula or link)."""

    def __init__(self, target: Any, options: dict[str, Any] | None = None) -> None:
        defaults = {"strings_to_numbers": False, "strings_to_formulas": False,
                    "strings_to_urls": False}  # fmt: skip
        super().__init__(target, {**defaults, **(options or {})})
        self.worksheet_class = CheckedWorksheet

    def _get_packager(self) -> Packager:
        return _EscapingPackager()

    def discard(self) -> None:
        """Close and remove the temporary files of a workbook that will not be written."""
        for ws in self.worksheets():
            if ws.row_data_fh is not None and not ws.row_data_fh.closed:
                ws.row_data_fh.close()
            if ws.row_data_filename:
                Path(ws.row_data_filename).unlink(missing_ok=True)
        self.fileclosed = True


@contextmanager
def xlsx_file(path: Path, options: dict[str, Any] | None = None) -> Iterator[SafeWorkbook]:
    """A SafeWorkbook that becomes `path` in one step when the block ends cleanly; on any
    error nothing is written and a previous file at `path` is untouched."""
    with atomic_write(Path(path)) as out:
        book = SafeWorkbook(out, options)
        try:
            yield book
        except BaseException:
            book.discard()
            raise
        try:
            book.close()
        except FileCreateError as exc:
            # XlsxWriter wraps the operating system's error; unwrapped, atomic_write says
            # "disk penuh" or why else in the clerk's words.
            cause = exc.args[0] if exc.args else None
            raise (cause if isinstance(cause, OSError) else exc) from exc


def is_risky(text: str) -> bool:
    """True when a spreadsheet could take this text for a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def safe_text(text: str) -> str:
    """Text for places that cannot carry a cell style (CSV, a sheet name, a header):
    a leading apostrophe, as spreadsheets themselves mark literal text."""
    return "'" + text if is_risky(text) else text


def show_nik(nik: str, *, masked: bool) -> str:
    return nikmod.mask(nik) if masked else nik


class SafeWriter:
    """Writes text, NIK and plain values into one XlsxWriter worksheet.

    `text_format` and `quoted_format` are the workbook's formats for ordinary and risky text in
    this context (a table body, a header...); keeping them separate lets the caller style a cell
    while the quote prefix still guards it.
    """

    def __init__(self, sheet: Any, text_format: Any, quoted_format: Any) -> None:
        self.sheet = sheet
        self.text_format = text_format
        self.quoted_format = quoted_format

    def text(self, row: int, col: int, value: str) -> None:
        if not value:
            if self.text_format is not None:
                self.sheet.write_blank(row, col, None, self.text_format)
            return
        fmt = self.quoted_format if is_risky(value) else self.text_format
        self.sheet.write_string(row, col, value, fmt)


def quoted(workbook: Any, props: dict[str, Any] | None = None) -> Any:
    """The quote-prefixed twin of a format with `props`."""
    return workbook.add_format({**(props or {}), "quote_prefix": True})
