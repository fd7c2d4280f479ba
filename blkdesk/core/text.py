"""Small text rules shared by services, imports and exports."""

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def clean_name(name: str) -> str:
    """Collapse runs of spaces; keep the clerk's capitalisation."""
    return _SPACES.sub(" ", name).strip()


def normalise_name(name: str) -> str:
    """The search key: lower case, no accents, single spaces."""
    decomposed = unicodedata.normalize("NFKD", clean_name(name))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def roman(number: int) -> str:
    if number <= 0:
        raise ValueError(number)
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)
