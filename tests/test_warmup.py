"""Loading ahead while the clerk reads Beranda: each page's code in sidebar order, one step at a
time, never while the clerk is typing, and the holiday library beside it."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from blkdesk.core.training import calendar
from blkdesk.ui import warmup
from blkdesk.ui.screens import SCREENS


class _Screen:
    def __init__(self, name: str, loaded: list[str]) -> None:
        self.name, self.loaded = name, loaded

    def load(self) -> None:
        self.loaded.append(self.name)


def test_pages_load_one_step_at_a_time_after_the_clerk_stops_typing(qtbot, monkeypatch):
    monkeypatch.setattr(warmup, "START_MS", 50)
    monkeypatch.setattr(warmup, "STEP_MS", 200)
    calendar._library.cache_clear()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    loaded: list[str] = []
    warm = warmup.WarmUp(field, (_Screen("a", loaded), _Screen("b", loaded)))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: loaded == ["a"], timeout=5000)
    # The clerk types: the next step waits for a quiet moment after the last key.
    for _ in range(5):
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert loaded == ["a"]
        qtbot.wait(100)
    assert loaded == ["a"] and field.text() == "aaaaa"
    qtbot.waitUntil(lambda: warm.done, timeout=10000)
    assert loaded == ["a", "b"]
    assert "holidays" in sys.modules and calendar._library.cache_info().currsize == 3


def test_the_real_pages_load(qtbot, monkeypatch):
    monkeypatch.setattr(warmup, "START_MS", 0)
    monkeypatch.setattr(warmup, "STEP_MS", 0)
    field = QLineEdit()
    qtbot.addWidget(field)
    warm = warmup.WarmUp(field, SCREENS)
    qtbot.waitUntil(lambda: warm.done, timeout=60000)
    assert all(f"blkdesk.ui.screens.{s.module}" in sys.modules for s in SCREENS)
