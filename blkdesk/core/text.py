"""Small text rules shared by services, imports and exports."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Characters that change how text is shown without being seen: bidi embeddings, overrides and
# isolates (U+202A–202E, U+2066–2069, the marks U+200E/200F/061C) make a name read backwards
# in a list; zero-width spaces and joiners (U+200B–200D, U+2060, U+FEFF)
# make two identical-looking names differ, which defeats duplicate checks and search.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]")
# Other control characters (except tab and newlines, which free text may keep).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def strip_invisible(text: str) -> str:
    """Free text without bidi overrides, zero-width characters and control characters."""
    return _CONTROLS.sub("", _INVISIBLE.sub("", text))


def clean_text(text: str) -> str:
    """Free text (notes, addresses) as stored: invisible characters removed, ends trimmed."""
    return strip_invisible(text).strip()


def clean_name(name: str) -> str:
    """Collapse runs of spaces and drop invisible characters; keep the clerk's capitalisation."""
    return _SPACES.sub(" ", strip_invisible(name)).strip()


def normalise_name(name: str) -> str:
    """The search key: lower case, no accents, single spaces."""
    decomposed = unicodedata.normalize("NFKD", clean_name(name))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def number(value: int | float, decimals: int = 0) -> str:
    """A number as Indonesians write it: 50.000 and 12,5 (not 50,000 and 12.5)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def roman(number: int) -> str:
    if number <= 0:
        raise ValueError(number)
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)
