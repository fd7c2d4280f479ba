"""Writing text into workbooks so that no cell ever turns into a formula.

A name like `=HYPERLINK("x")` or `+62812...` typed by a clerk must stay text in every program
that opens the file. Text always goes through `write_string` (never `write`, which guesses), and a
value that a spreadsheet would read as a formula when the cell is edited or the sheet is saved as
CSV (leading `=`, `+`, `-`, `@`, tab or carriage return) is also written with Excel's quote prefix:
the cell keeps the exact characters, shows them as text, and stays text when edited. NIK is
always text with the text number format `@`, because Excel keeps only 15 significant digits.
"""

import re
from typing import Any

from xlsxwriter.worksheet import Worksheet

from blkdesk.core.registry import nik as nikmod

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# OOXML writes a character XML cannot hold as `_xHHHH_`. Excel decodes exactly four hex digits;
# LibreOffice also decodes shorter forms (`_xe_` becomes U+000E), in either case of `x`. Any
# underscore that starts such a sequence is itself written as `_x005F_` (an escaped `_`), which
# every reader decodes back to `_`: the text then comes back exactly as written.
_DECODABLE = re.compile(r"_(?=[xX][0-9A-Fa-f]{1,8}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")


def escape_ooxml(text: str) -> str:
    """Cell text as it must appear in the sheet's XML so that readers decode it to `text`."""
    if "_" in text:
        text = _DECODABLE.sub("_x005F_", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    if "\ufffe" in text or "\uffff" in text:
        text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return text


class EscapingWorksheet(Worksheet):  # type: ignore[misc]
    """A constant-memory worksheet whose text escapes every decodable `_x…_`, not only the
    four-digit form XlsxWriter escapes (`workbook.add_worksheet(name, EscapingWorksheet)`)."""

    @staticmethod
    def _escape_control_characters(data: Any) -> Any:
        return escape_ooxml(data) if isinstance(data, str) else data


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
