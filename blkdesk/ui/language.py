"""The language the interface speaks now, apart from i18n (which installs the translators and
imports core_sentences), so that dates and core's sentences can ask it without an import cycle.

`--lang en` installs English for one session without making it the clerk's choice, so this is
not always the saved preference (i18n.current_language)."""

from decimal import Decimal

_active = {"lang": "id"}


def active_language() -> str:
    """The language installed now: what dates, months and day names are written in."""
    return _active["lang"]


def set_active_language(lang: str) -> None:
    _active["lang"] = lang


def grouped(value: int) -> str:
    """A count with thousands grouped as the interface's language writes them: 12.500 or 12,500."""
    text = f"{value:,}"
    return text.replace(",", ".") if active_language() == "id" else text


def decimal(text: str) -> str:
    """A figure written with a decimal point ("85.5") in the interface's language: 85,5 or 85.5."""
    return text.replace(".", ",") if active_language() == "id" else text


def figure(value: Decimal) -> str:
    """A figure as exact as it was set, without trailing zeros: 80, or 87,5 (87.5 in English)."""
    return decimal(f"{value.normalize():f}")
