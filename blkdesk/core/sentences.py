"""Sentences core says to the clerk, in the interface's language.

Core speaks Indonesian: the database, exports, printed documents and the command line keep it.
A `Sentence` is that Indonesian text (it *is* a str, equal to it) which also keeps its template
and values, so an interface in another language can say it there: the GUI installs a speaker
(`speak_with`), and `BlkError.message` and `spoken()` go through it. Plain strings pass as they
are. ui/core_sentences.py lists every template for Qt's translators; a test keeps that list and
the templates written here the same.
"""

from collections.abc import Callable


class Sentence(str):
    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> "Sentence":
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template, text.values = template, values
        return text


_speaker: list[Callable[[Sentence], str]] = []


def speak_with(speaker: Callable[[Sentence], str] | None) -> None:
    """Say every Sentence through `speaker` from now on (None: in Indonesian, as written)."""
    _speaker.clear()
    if speaker is not None:
        _speaker.append(speaker)


def spoken(text: str) -> str:
    """`text` in the interface's language: a Sentence through the speaker, any other as it is."""
    if isinstance(text, Sentence) and _speaker:
        return _speaker[0](text)
    return text
