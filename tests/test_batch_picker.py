"""The batch chooser shared by Kehadiran and Penilaian & Sertifikat, driven like a clerk does."""

from datetime import date

from PySide6.QtCore import Qt

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
