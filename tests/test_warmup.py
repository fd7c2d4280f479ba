"""Loading ahead while the clerk reads Beranda: each page's code, then its widgets, one step at a
time, never while the clerk is typing, and the holiday library beside it."""

import gc
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from blkdesk.core.training import calendar
from blkdesk.ui import warmup
from blkdesk.ui.screens import SCREENS
from tests.support.windows import main_window


@pytest.fixture(autouse=True)
def _unfrozen():
    """The loading ahead ends by setting aside what lived through it from the garbage collector;
    in the test run, the next tests' leftovers must stay collectable."""
    yield
    gc.unfreeze()


class _Screen:
    def __init__(self, name: str, done: list[str]) -> None:
        self.name, self.done = name, done

    def load(self) -> None:
        self.done.append("load " + self.name)


class _Window:
    def __init__(self, done: list[str]) -> None:
        self.screens = (_Screen("a", done), _Screen("b", done))
        self.done = done

    def prepare_page(self, row: int) -> None:
        self.done.append(f"build {row}")


def test_steps_wait_for_a_quiet_moment_after_the_clerks_last_key(qtbot, monkeypatch):
    monkeypatch.setattr(warmup, "START_MS", 50)
    monkeypatch.setattr(warmup, "STEP_MS", 200)
    monkeypatch.setattr(warmup, "BUILD_QUIET_MS", 600)
    calendar._library.cache_clear()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    done: list[str] = []
    warm = warmup.WarmUp(field, _Window(done))
    qtbot.waitUntil(lambda: done == ["load a", "build 0"], timeout=5000)
    for _ in range(5):  # the clerk types: nothing more loads meanwhile
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert done == ["load a", "build 0"]
        qtbot.wait(100)
    assert field.text() == "aaaaa"
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    assert done[-1] == "load b"
    qtbot.keyClick(field, Qt.Key.Key_B)  # a page is built only after a longer quiet
    qtbot.wait(400)
    assert len(done) == 3
    qtbot.waitUntil(lambda: warm.done, timeout=10000)
    assert done == ["load a", "build 0", "load b", "build 1"]
    assert "holidays" in sys.modules and calendar._library.cache_info().currsize == 3
    # Last, what lived through start-up is left out of later garbage collections.
    assert gc.get_freeze_count() > 0


def test_the_pages_are_built_empty_and_filled_on_their_first_visit(qtbot, db, monkeypatch):
    monkeypatch.setattr(warmup, "START_MS", 0)
    monkeypatch.setattr(warmup, "STEP_MS", 0)
    monkeypatch.setattr(warmup, "BUILD_QUIET_MS", 0)
    window = main_window(qtbot, db)
    warm = warmup.WarmUp(window, window)
    qtbot.waitUntil(lambda: warm.done, timeout=60000)
    assert all(f"blkdesk.ui.screens.{s.module}" in sys.modules for s in SCREENS)
    built = window.pages[1:]
    assert all(page is not None and not page.isVisible() and page._stale for page in built)
    trainees = window.show_page(type(built[0]))
    assert trainees is built[0] and trainees.isVisible() and not trainees._stale


def test_closing_stops_the_loading_ahead(qtbot, monkeypatch, db):
    """A closing window builds nothing more: its closing backup has the machine to itself."""
    monkeypatch.setattr(warmup, "START_MS", 10)
    monkeypatch.setattr(warmup, "STEP_MS", 10)
    window = main_window(qtbot, db)
    done: list[str] = []
    window.warm_up = warmup.WarmUp(window, _Window(done))
    qtbot.waitUntil(lambda: done == ["load a"], timeout=5000)
    window.close()
    qtbot.wait(300)
    assert done == ["load a"] and not window.warm_up.steps and not window.warm_up.timer.isActive()
    window.guard.idle.stop()
