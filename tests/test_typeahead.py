"""Typing into a closed dropdown picks what the clerk means, and never the opposite."""

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from blkdesk.core.refdata import EMPLOYMENT_STATUSES
from blkdesk.ui.widgets import typeahead


def _combo(qtbot, placeholder, items, kind=QComboBox):
    holder = QWidget()
    combo = kind(holder)
    combo.addItem(placeholder, "")
    combo.addItems(items)
    QVBoxLayout(holder).addWidget(combo)
    qtbot.addWidget(holder)
    typeahead.install(holder)
    holder.show()
    combo.setFocus()
    combo.holder = holder  # the window lives as long as the test's dropdown
    return combo


def test_a_word_inside_an_entry_is_found_spaces_included(qtbot):
    combo = _combo(qtbot, "— pilih —", ["Kab. Pandeglang (3601)", "Kab. Lebak (3602)"])
    qtbot.keyClicks(combo, "Lebak")
    assert combo.currentText() == "Kab. Lebak (3602)"


def test_what_no_entry_matches_brings_back_the_choice_before_the_typing(qtbot):
    combo = _combo(qtbot, "— pilih —", list(EMPLOYMENT_STATUSES))
    qtbot.keyClicks(combo, "B")
    assert combo.currentText() == "Bekerja"
    qtbot.keyClicks(combo, "elum")  # "Belum bekerja" is not a status: not "Bekerja" either
    assert combo.currentText() == "— pilih —"
    combo.setCurrentIndex(1)  # Pencari kerja, then a slip of the keyboard
    qtbot.keyClicks(combo, "xq")
    assert combo.currentText() == "Pencari kerja"


def test_best_match_prefers_the_start_then_a_word_then_anywhere():
    texts = ["Pencari kerja", "Korban PHK", "Bekerja", "Wirausaha"]
    assert typeahead.best_match(texts, "be") == 2
    assert typeahead.best_match(texts, "phk") == 1
    assert typeahead.best_match(texts, "usa") == 3
    assert typeahead.best_match(texts, "belum") == -1


class _Popups(QComboBox):
    """Counts the list opening, which the offscreen test screen cannot show."""

    opened = 0

    def showPopup(self) -> None:
        self.opened += 1


def test_a_space_after_a_pause_goes_on_with_the_word_a_later_one_opens_the_list(qtbot):
    combo = _combo(qtbot, "— pilih —", ["Kab. Pandeglang (3601)", "Kab. Lebak (3602)"], _Popups)
    qtbot.keyClicks(combo, "Kab.")
    qtbot.wait(typeahead.PAUSE_MS + 200)  # the clerk looks for the space bar
    qtbot.keyClicks(combo, " Lebak")
    assert combo.currentText() == "Kab. Lebak (3602)"
    assert combo.opened == 0
    qtbot.wait(typeahead.WORD_PAUSE_MS + 200)
    qtbot.keyClicks(combo, " ")  # long after the typing: Space opens the list, as it always did
    assert combo.opened == 1
    assert combo.currentText() == "Kab. Lebak (3602)"
