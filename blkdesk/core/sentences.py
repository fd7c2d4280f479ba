"""Sentences core says to the clerk, in the interface's language.

Core speaks Indonesian: the database, exports, printed documents and the command line keep it.
A `Sentence` is that Indonesian text (it *is* a str, equal to it) which also keeps its template
and values, so an interface in another language can say it there: the GUI installs a speaker
(`speak_with`), and `BlkError.message` and `spoken()` go through it. Plain strings pass as they
are. ui/core_sentences.py lists every template for Qt's translators; a test keeps that list and
the templates written here the same.
"""

from collections.abc import Callable, Sequence


class Sentence(str):
    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> "Sentence":
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template, text.values = template, values
        return text


class Number(str):
    """A count as core writes it into a Sentence, grouped the Indonesian way ("1.234"), keeping
    the value so that an interface in another language groups it its own way ("1,234") and can
    say "1 trainee" rather than "1 trainees" (see ui/core_sentences.py)."""

    value: int

    def __new__(cls, value: int) -> "Number":
        text = super().__new__(cls, f"{value:,}".replace(",", "."))
        text.value = value
        return text

    def __getnewargs__(self) -> tuple[int]:  # type: ignore[override]
        return (self.value,)


def number(value: int) -> str:
    """`value` with Indonesian thousands dots, for a Sentence's blank."""
    return Number(value)


class Measure(str):
    """A size with decimals as core writes it into a Sentence, the Indonesian way ("1.024,5 MB"),
    keeping the value so that an interface in another language writes it its own way
    ("1,024.5 MB"; see ui/core_sentences.py)."""

    value: float
    decimals: int
    unit: str

    def __new__(cls, value: float, decimals: int, unit: str) -> "Measure":
        pointed = f"{value:,.{decimals}f}"
        said = pointed.replace(",", "\0").replace(".", ",").replace("\0", ".")
        text = super().__new__(cls, f"{said} {unit}")
        text.value, text.decimals, text.unit = value, decimals, unit
        return text

    def __getnewargs__(self) -> tuple[float, int, str]:  # type: ignore[override]
        return (self.value, self.decimals, self.unit)


def megabytes(size: int) -> str:
    """`size` bytes in megabytes to one decimal ("20,0 MB"), for a Sentence's blank."""
    return Measure(size / (1024 * 1024), 1, "MB")


class _Clause(Sentence):
    """A Sentence said without its final full stop, in any language (see `clause`)."""

    def __new__(cls, sentence: str) -> "_Clause":
        text = str.__new__(cls, sentence.rstrip("."))
        text.template = getattr(sentence, "template", str(text))
        text.values = getattr(sentence, "values", {})
        return text


def clause(sentence: str) -> str:
    """`sentence` without its final full stop, to be listed in a longer one."""
    return _Clause(sentence) if isinstance(sentence, Sentence) else sentence.rstrip(".")


def semicolons(parts: Sequence[str]) -> str:
    """`"; ".join(parts)`, said part by part in the interface's language."""
    return _joined(parts, lambda first, rest: Sentence("{first}; {rest}", first=first, rest=rest))


def spaced(parts: Sequence[str]) -> str:
    """`" ".join(parts)` (whole sentences one after another), said part by part."""
    return _joined(parts, lambda first, rest: Sentence("{first} {rest}", first=first, rest=rest))


def commas(parts: Sequence[str]) -> str:
    """`", ".join(parts)`, said part by part."""
    return _joined(parts, lambda first, rest: Sentence("{first}, {rest}", first=first, rest=rest))


def _joined(parts: Sequence[str], pair: Callable[[str, str], str]) -> str:
    if len(parts) <= 1:
        return parts[0] if parts else ""
    half = len(parts) // 2  # halves, so a long list nests only as deep as its logarithm
    return pair(_joined(parts[:half], pair), _joined(parts[half:], pair))


_speaker: list[Callable[[Sentence], str]] = []


def speak_with(speaker: Callable[[Sentence], str] | None) -> None:
    """Say every Sentence through `speaker` from now on (None: in Indonesian, as written)."""
    _speaker.clear()
    if speaker is not None:
        _speaker.append(speaker)


def spoken(text: str) -> str:
    """`text` in the interface's language: a Sentence through the speaker, any other as it is."""
    if isinstance(text, Sentence) and _speaker:
        said = _speaker[0](text)
        return said.rstrip(".") if isinstance(text, _Clause) else said
    return text
