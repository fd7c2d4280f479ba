"""Kehadiran on a 1366 × 768 laptop, opened and keyed from the keyboard only."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from blkdesk.core.attendance import attendance
from blkdesk.core.clock import today
from blkdesk.ui.screens import AttendancePage
from tests.support.batches import running_batch
from tests.support.windows import main_window

NAMES = tuple(f"Peserta Nomor {i:02d} Binti Fulan" for i in range(1, 17))


@pytest.fixture
def window(qtbot, db):
    window = main_window(qtbot, db)
    qtbot.waitExposed(window)
    return window


def _open_kehadiran(qtbot, window) -> AttendancePage:
    # Pages are built on their first visit: find Kehadiran's row by its screen, not its widget.
    index = next(i for i, s in enumerate(window.screens) if s.class_name == "AttendancePage")
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
    page = window.pages[index]
    assert isinstance(page, AttendancePage)
    assert page.isVisible()
    return page


def _in_view(view, row, column):
    rect = view.visualRect(view.model().index(row, column))
    return view.viewport().rect().contains(rect)


def test_opens_on_the_latest_day_held_with_all_16_rows_and_the_keyboard_in_the_grid(
    qtbot, db, admin, window
):
    b = running_batch(db, days=30, names=NAMES, start=today() - timedelta(days=20))
    held = [d for d in b.days if d <= today()]
    for day in held:
        attendance.fill_day(db, admin, b.id, day)
    page = _open_kehadiran(qtbot, window)  # one keystroke: Ctrl+N
    view = page.view
    assert QApplication.focusWidget() is view
    current = view.currentIndex()
    # Every day held is keyed: it opens on the latest of them (today), not a future day.
    assert page.model.day(current.column()) == held[-1]
    qtbot.waitUntil(lambda: _in_view(view, 0, current.column()))
    assert all(_in_view(view, row, current.column()) for row in range(16))
    assert "• = ada catatan" in page.message.text()
    # From the batch list, one Tab reaches the grid.
    page.picker.combo.setFocus()
    qtbot.keyClick(page.picker.combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view


def test_opens_on_the_first_blank_of_a_half_keyed_batch(qtbot, db, admin, window):
    b = running_batch(db, days=30, names=NAMES, start=today() - timedelta(days=20))
    attendance.fill_day(db, admin, b.id, b.days[0])
    attendance.set_mark(db, admin, b.id, b.enrollments[0], b.days[1], "S")
    page = _open_kehadiran(qtbot, window)
    current = page.view.currentIndex()
    assert (current.row(), page.model.day(current.column())) == (1, b.days[1])
    qtbot.keyClicks(page.view, "h" * 15)  # the rest of day 2, as the paper reads down
    assert page.model.day(page.view.currentIndex().column()) == b.days[2]
    assert "Tersimpan" in page.message.text()


def test_beranda_on_day_one_does_not_say_last_months_report_is_late(qtbot, db, window):
    """The database was set up today: the clerk is not told off for a month BLKDesk never saw."""
    from blkdesk.ui.screens import HomePage

    home = window.page(HomePage)
    window.open_page_at(window.pages.index(home))
    assert home.isVisible()
    assert not home.banner.isVisible()
