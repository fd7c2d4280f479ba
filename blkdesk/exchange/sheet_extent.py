"""How far a worksheet reaches, found before calamine reads it.

calamine holds a sheet as one dense block from A1 to its farthest cell: one cell typed at
XFD1048576 (a hundred bytes in the file) makes it allocate seventeen billion cells, and the
process dies of memory before any checksum or signature could refuse the file. So a sheet read
with calamine is first scanned for any cell or row past what the sheet can legitimately hold,
and refused when it has one.

The scan reads the sheet's XML as bytes with regular expressions (C speed, under half of what
parsing it costs). Every cell and row a spreadsheet program writes carries its reference
(`<c r="B7"`, `<row r="7"`); a cell or row without one is placed by counting, so a sheet
holding any is refused too. BLKDesk, Excel, LibreOffice and openpyxl write the reference first
among the attributes, and three quick searches prove a part written so; a part they cannot
prove (another program, such as WPS Office, may write it last) is read attribute by attribute
by a thorough search, about four times slower, which decides.
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


# An XML name's optional prefix ("x:" in a sheet written `<x:c r="B7">`, which calamine reads
# as a cell all the same), and one attribute with its quoted value (either quote; a value may
# hold a ">", so the tag's end is found by reading its attributes, not by the next ">").
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_VALUE = rb"""\s*=\s*(?:"[^"]*"|'[^']*')"""
_R = _PREFIX + rb"r\s*="  # a reference attribute, however prefixed
_OTHER = rb"\s+(?!" + _R + rb")[A-Za-z_][\w.:-]*" + _VALUE  # any attribute but a reference


# The part's opening up to the end of its root element's start tag (`<worksheet xmlns=…
# xmlns:r=…>`, as every spreadsheet program writes it): attributes only, so no cell or row. Its
# namespace declaration `xmlns:r` looks like a prefixed reference to the quick searches, which
# then left the first 4 MB of every part (all of most parts) to the thorough search.
_ROOT = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml(?:[^?]|\?(?!>))*\?>\s*)?<"
    + _PREFIX + rb"worksheet(?:\s+[A-Za-z_][\w.:-]*" + _VALUE + rb")*\s*>"
)  # fmt: skip


def _quick(rows: int, columns: int) -> tuple[re.Pattern[bytes], ...]:
    """Three searches finding nothing only in a part whose every cell and row is written the
    usual way, its reference first and within `rows` rows and `columns` columns: a cell or
    row whose first attribute is not such a reference, a reference attribute anywhere else
    (a second one, or one written later), and a cell or row with a prefixed name. Each starts
    with one literal character, which keeps it at C speed; one alternation of them is slower
    than the three."""
    letters = b"|".join(_column_letters(n) for n in range(1, columns + 1))
    within = rb"(?!" + _greater_than(rows) + rb")[0-9]+"
    return (
        re.compile(
            rb'<(?:c(?=[\s/>])(?! r="(?:' + letters + rb")" + within + rb'")'
            rb'|row(?=[\s/>])(?! r="' + within + rb'"))'
        ),
        re.compile(rb"r(?<=[\s:\"']r)(?<!<c r)(?<!<row r)\s*="),
        re.compile(rb":(?:c|row)(?=[\s/>])"),
    )


def _beyond(rows: int, columns: int) -> re.Pattern[bytes]:
    """What finds a cell or row not plainly within `rows` rows and `columns` columns, reading
    its attributes wherever the reference (`r`) stands among them: one whose single reference
    lies past them, is missing (the cell or row is then placed by counting), is written twice
    (calamine takes the last), or whose tag is not well formed."""
    letters = b"|".join(_column_letters(n) for n in range(1, columns + 1))
    within = rb"(?!" + _greater_than(rows) + rb")[0-9]+"

    def referenced(reference: bytes) -> bytes:
        """A tag's attributes holding exactly one reference matching `reference`, then its end."""
        quoted = rb'(?:"' + reference + rb"\"|'" + reference + rb"')"
        return (
            rb"(?:" + _OTHER + rb")*\s+" + _R + rb"\s*" + quoted + rb"(?:" + _OTHER + rb")*\s*/?>"
        )

    cell = referenced(rb"(?:" + letters + rb")" + within)
    row = referenced(within)
    return re.compile(
        rb"<" + _PREFIX + rb"(?:c(?=[\s/>])(?!" + cell + rb")|row(?=[\s/>])(?!" + row + rb"))"
    )


def _greater_than(limit: int) -> bytes:
    """A number (with any leading zeros) above `limit`, up to its end."""
    digits = str(limit)
    above = [rb"[1-9][0-9]{%d,}" % len(digits)]  # more digits
    for i, ch in enumerate(digits):
        if ch != "9":
            tail = rb"[0-9]" * (len(digits) - i - 1)
            above.append(digits[:i].encode() + b"[%d-9]" % (int(ch) + 1) + tail)
    return rb"0*(?:" + b"|".join(above) + rb")(?![0-9])"


def _column_letters(number: int) -> bytes:
    letters = b""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = bytes([65 + rest]) + letters
    return letters


def fits(archive: zipfile.ZipFile, part: str, rows: int, columns: int) -> bool:
    """Whether every cell and row of the part lies within `rows` rows and `columns` columns."""
    quick, beyond = _quick(rows, columns), _beyond(rows, columns)

    def within(data: bytes, end: int, opening: bool) -> bool:
        root = _ROOT.match(data, 0, end) if opening else None
        begin = root.end() if root else 0
        if not any(search.search(data, begin, end) for search in quick):
            return True
        return beyond.search(data, begin, end) is None

    tail = b""
    opening = True  # `data` starts where the part does
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
            if not within(data, start, opening):
                return False
            opening = False
            tail = data[start:]
    # A last tag cut short (a truncated file) places nothing; the reader says the file is
    # damaged, which is what it is.
    return b">" not in tail or within(tail, len(tail), opening)


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
