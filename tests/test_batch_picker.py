"""The batch chooser shared by Kehadiran and Penilaian & Sertifikat, driven like a clerk does."""

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from blkdesk.core.models import Batch
from blkdesk.ui import i18n
from blkdesk.ui.widgets.batch_picker import BatchPicker
from tests.support.batches import running_batch


def _picker(qtbot, db) -> tuple[BatchPicker, list]:
    picker = BatchPicker()
    qtbot.addWidget(picker)
    chosen: list = []
    picker.chosen.connect(chosen.append)
    picker.closed_toggled.connect(lambda: picker.load(db))
    picker.show()
    return picker, chosen


def test_lists_open_batches_newest_first_and_keeps_the_choice_on_reload(qtbot, db):
    older = running_batch(db, start=date(2025, 3, 3))
    newer = running_batch(db, start=date(2025, 5, 5), names=("Budi Santoso",))
    closed = running_batch(db, start=date(2025, 1, 6), status="ditutup", names=("Asep Saepul",))
    picker, chosen = _picker(qtbot, db)
    picker.load(db)
    combo = picker.combo
    assert [combo.itemData(i) for i in range(combo.count())] == [newer.id, older.id]
    assert combo.itemText(0) == (
        "Angkatan 0505/2025 · Operator Komputer Muda · 5 Mei 2025 – 20 Mei 2025 · Berjalan"
    )
    assert (
        chosen == [newer.id]
        and picker.title(newer.id) == "Angkatan 0505/2025 Operator Komputer Muda"
    )

    combo.setCurrentIndex(1)
    picker.load(db)  # a refresh after another clerk's change
    assert chosen[-2:] == [older.id, older.id] and picker.current() == older.id

    picker.select(closed.id)  # e.g. opened from the batch's detail
    assert picker.show_closed.isChecked() and picker.current() == closed.id
    assert "Ditutup" in combo.currentText()


def test_picking_from_the_keyboard_says_so(qtbot, db):
    running_batch(db, start=date(2025, 3, 3))
    older = running_batch(db, start=date(2025, 1, 6), names=("Asep Saepul",))
    picker, chosen = _picker(qtbot, db)
    picker.load(db)
    with qtbot.waitSignal(picker.activated):
        qtbot.keyClick(picker.combo, Qt.Key.Key_Down)
    assert chosen[-1] == older.id


def test_no_batch_says_none_is_chosen(qtbot, db):
    picker, chosen = _picker(qtbot, db)
    picker.load(db)
    assert chosen == [None] and picker.current() is None and picker.title(None) == ""
    qtbot.mouseClick(picker.show_closed, Qt.MouseButton.LeftButton)
    assert chosen == [None, None]


# The tooltip and the open list, offscreen.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing")
def test_a_long_label_ends_in_an_ellipsis_and_is_whole_in_the_tooltip_and_the_list(qtbot, qapp, db):
    batch = running_batch(db, start=date(2025, 3, 3))
    with db.transaction() as s:
        s.get(
            Batch, batch.id
        ).program.name = (
            "Refrigeration and Air Conditioning Technician for Large Commercial Buildings"
        )
    assert i18n.install("en")
    try:
        picker, _ = _picker(qtbot, db)
        picker.load(db)
        combo = picker.combo
        label = combo.currentText()
        assert label.endswith("· In progress") and "Large Commercial Buildings" in label
        picker.resize(1400, picker.sizeHint().height())  # wide enough: whole, no tooltip
        qtbot.waitUntil(lambda: combo.width() > 1000)
        assert combo.shown_text() == label and combo.toolTip() == ""

        picker.resize(520, picker.sizeHint().height())  # a window narrower than 1366
        qtbot.waitUntil(lambda: combo.width() < 400)
        shown = combo.shown_text()
        assert shown.endswith("…") and label.startswith(shown[:-1]) and len(shown) > 20
        assert combo.toolTip() == label
        tip = QHelpEvent(QEvent.Type.ToolTip, combo.rect().center(),
                         combo.mapToGlobal(combo.rect().center()))  # fmt: skip
        QApplication.sendEvent(combo, tip)
        assert QToolTip.isVisible() and QToolTip.text() == label

        combo.showPopup()  # the open list reads the label whole
        list_ = combo.view()
        qtbot.waitUntil(list_.isVisible)
        assert list_.width() > list_.fontMetrics().horizontalAdvance(label) + 12
        combo.hidePopup()
    finally:
        i18n.install("id")
