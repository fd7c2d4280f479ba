"""Typing into a closed dropdown picks the entry the clerk means.

Qt's own search only matches from the first letter and opens the list on Space, so "Kab. Lebak"
cannot be typed (the space opens the list) and "Lebak" finds nothing. Here what is typed, spaces
included, picks the first entry that starts with it, else one with a word that starts with it,
else one that contains it. Space on its own still opens the list, except right after a search
("Kab." … " Lebak": the clerk who stops to find the space bar goes on typing). When the typed
text stops matching anything, the entry chosen before the typing comes back: "Belum" must not
leave the "Bekerja" its first letter found (the opposite of what the clerk meant).
"""

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

# Keys typed further apart than this start a new search, as Qt's keyboard search does.
PAUSE_MS = 1000
# A space this soon after a search goes on with it rather than opening the list.
WORD_PAUSE_MS = 3000

# Pressed on their own before a capital ("Belum Kawin"): part of the typing, not the end of it.
_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_CapsLock, Qt.Key.Key_AltGr, Qt.Key.Key_Control, Qt.Key.Key_Alt,
     Qt.Key.Key_Meta}
)  # fmt: skip


def best_match(texts: list[str], typed: str) -> int:
    """The index of the entry that `typed` means, or -1."""
    wanted = " ".join(typed.casefold().split())
    if not wanted:
        return -1
    folded = [" ".join(t.casefold().split()) for t in texts]
    for test in (
        lambda t: t.startswith(wanted),
        lambda t: any(w.startswith(wanted) for w in _suffixes(t)),
        lambda t: wanted in t,
    ):
        for i, text in enumerate(folded):
            if test(text):
                return i
    return -1


def _suffixes(text: str) -> list[str]:
    """The text from each word on: "kab. lebak (3602)" → ["lebak (3602)", "(3602)"]."""
    words = text.split(" ")
    return [" ".join(words[i:]) for i in range(1, len(words))]


class TypeAhead(QObject):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.typed = ""
        self.before = combo.currentIndex()  # what was chosen when this search began
        self.chosen = -1  # what this search chose last (another choice starts a new search)
        self.clock = QElapsedTimer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self.combo.isEditable():
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in _MODIFIER_KEYS:
            return False
        text = event.text()
        chord = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if chord or not text or not text.isprintable():
            self.typed = ""
            return False
        pause = WORD_PAUSE_MS if text == " " and not self.typed.endswith(" ") else PAUSE_MS
        fresh = (
            not self.clock.isValid() or self.clock.elapsed() > pause or not self.typed
            or self.combo.currentIndex() != self.chosen
        )  # fmt: skip
        if fresh:
            self.before = self.combo.currentIndex()
        self.typed = text if fresh else self.typed + text
        self.clock.restart()
        if self.typed.strip() == "":
            self.typed = ""
            return False  # Space on its own opens the list, as it always did
        texts = [self.combo.itemText(i) for i in range(self.combo.count())]
        found = best_match(texts, self.typed)
        self.chosen = found if found >= 0 else self.before
        self.combo.setCurrentIndex(self.chosen)
        return True


def install(root: QWidget) -> None:
    """Give every dropdown under `root` the type-ahead (once each)."""
    for combo in root.findChildren(QComboBox):
        if combo.property("typeahead") or combo.isEditable():
            continue
        combo.setProperty("typeahead", True)
        combo.installEventFilter(TypeAhead(combo))
