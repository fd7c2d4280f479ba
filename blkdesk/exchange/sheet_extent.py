"""How far a worksheet reaches, found before calamine reads it.

calamine holds a sheet as one dense block from A1 to its farthest cell: one cell typed at
XFD1048576 (a hundred bytes in the file) makes it allocate seventeen billion cells, and the
process dies of memory before any checksum or signature could refuse the file. So a sheet read
with calamine is first scanned for any cell or row past what the sheet can legitimately hold,
and refused when it has one.

The scan reads the sheet's XML as bytes with one regular expression (C speed, under half of
what parsing it costs): every cell and row BLKDesk, Excel, LibreOffice and openpyxl write
carries its reference as its first attribute (`<c r="B7"`, `<row r="7"`); a cell or row
without one is placed by counting, so a sheet holding any is refused too.
"""

import re
import zipfile
from pathlib import Path

from defusedxml.ElementTree import fromstring as defused_fromstring

from blkdesk.core.errors import ValidationError
from blkdesk.core.sentences import Sentence, number

_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_BLOCK = 1 << 22
# Longer than any tag or text a cell holds (32,767 characters, four bytes each at most).
_LONGEST = 4 * _BLOCK


class SheetTooLarge(ValidationError):
    def __init__(self, message: str) -> None:
        super().__init__(message, field="file")


def sheet_parts(path: Path) -> dict[str, str]:
    """Each worksheet's name and its part in the zip."""
    with zipfile.ZipFile(path) as archive:
        book = defused_fromstring(archive.read("xl/workbook.xml"))
        rels = defused_fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): str(rel.get("Target", "")) for rel in rels}
    parts: dict[str, str] = {}
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        target = targets.get(sheet.get(_NS_REL), "")
        target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        parts[str(sheet.get("name", ""))] = target
    return parts


def _beyond(rows: int, columns: int) -> re.Pattern[bytes]:
    """What finds, in one C-speed search, a cell past `columns` columns or a cell or row past
    `rows` rows, or a cell or row without its reference as the first attribute (which every
    program a BLK uses writes first: BLKDesk, Excel, LibreOffice, openpyxl)."""
    letters = b"|".join(_column_letters(n) for n in range(1, columns + 1))
    past = _greater_than(rows)
    return re.compile(
        rb'<c(?=[\s/>])(?! r=")'  # a cell placed by counting
        rb'|<row(?=[\s/>])(?! r=")'  # a row placed by counting
        rb'|<c r="(?!(?:' + letters + rb")[0-9])"  # past the last column
        rb'|<c r="[A-Z]{1,3}'
        + past  # past the last row
        + rb'|<row r="'
        + past
    )


def _greater_than(limit: int) -> bytes:
    """A number (with any leading zeros) above `limit`, up to its closing quote."""
    digits = str(limit)
    above = [rb"[1-9][0-9]{%d,}" % len(digits)]  # more digits
    for i, ch in enumerate(digits):
        if ch != "9":
            tail = rb"[0-9]" * (len(digits) - i - 1)
            above.append(digits[:i].encode() + b"[%d-9]" % (int(ch) + 1) + tail)
    return rb"0*(?:" + b"|".join(above) + rb')"'


def _column_letters(number: int) -> bytes:
    letters = b""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = bytes([65 + rest]) + letters
    return letters


def fits(archive: zipfile.ZipFile, part: str, rows: int, columns: int) -> bool:
    """Whether every cell and row of the part lies within `rows` rows and `columns` columns."""
    beyond = _beyond(rows, columns)
    tail = b""
    with archive.open(part) as stream:
        while block := stream.read(_BLOCK):
            data = tail + block
            # Up to the last tag's start: that tag may be cut by the block's end, and is seen
            # whole with the next block.
            start = data.rfind(b"<")
            if start <= 0:
                if len(data) > _LONGEST:
                    return False
                tail = data
                continue
            if beyond.search(data, 0, start):
                return False
            tail = data[start:]
    # A last tag cut short (a truncated file) places nothing; the reader says the file is
    # damaged, which is what it is.
    return b">" not in tail or beyond.search(tail) is None


def check_reach(
    archive: zipfile.ZipFile, part: str, sheet: str, *, rows: int, columns: int
) -> None:
    """Refuse (SheetTooLarge) a sheet reaching past `rows` rows or `columns` columns."""
    if not fits(archive, part, rows, columns):
        raise SheetTooLarge(
            Sentence(
                "Lembar {sheet} berisi sel di luar {rows} baris dan {columns} kolom yang dapat "
                "dimuatnya, atau sel tanpa alamat: berkas diubah setelah diekspor atau bukan "
                "buatan program lembar kerja biasa. Berkas ditolak seluruhnya.",
                sheet=sheet,
                rows=number(rows),
                columns=number(columns),
            )
        )
