"""Loading ahead while the clerk reads Beranda, so a page's first visit fills it from the
database but no longer waits for its code to load or its widgets to be built.

Start-up loads Beranda alone. Half a second after the window shows, the GUI thread takes small
steps in sidebar order: a page's modules, then its widgets, built and styled but empty and
hidden. A step runs only when no key, click or wheel came for a moment (longer before a page is
built), so typing waits behind one step at most, and rarely. Last, the holiday library (a
quarter of a second, which the batch window and the batch form need) loads on a worker thread:
it is plain Python and touches no widget. Then what all this left behind is set aside from the
garbage collector's later rounds (`_settle`).
"""

import gc
import threading
from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from blkdesk.core.clock import today
from blkdesk.core.training import calendar
from blkdesk.ui.screens import Screen


class Pages(Protocol):
    """What the main window offers: its screens, and building one's page ahead of its visit."""

    screens: tuple[Screen, ...]

    def prepare_page(self, row: int) -> None: ...


START_MS = 500  # after the window shows: Beranda first
STEP_MS = 40  # between steps, and the quiet wanted after a key or a click
BUILD_QUIET_MS = 400  # the quiet wanted before building a page, a longer step
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


def _holidays() -> None:
    national = calendar.HolidayCalendar()  # the library's own years
    year = today().year
    for each in (year - 1, year, year + 1):  # a batch window shows its days ± two months
        national.year(each)


def _settle() -> None:
    """What start-up and the loading ahead made lives as long as the app: collect the garbage
    among it once, in the quiet, then leave it out of later collections. Otherwise a full
    collection over it (a tenth of a second on the 10-year database) falls on some later click,
    the first open of a page with a long list most likely (Penempatan's 1,400 calls)."""
    gc.collect()
    gc.freeze()


class WarmUp(QObject):
    def __init__(self, parent: QObject, window: Pages) -> None:
        super().__init__(parent)
        # In sidebar order, each page's code then its widgets, so the pages a clerk reaches
        # first are ready first; the holiday library last, as the batch window comes later.
        self.steps: list[tuple[int, Callable[[], object]]] = []
        for row, screen in enumerate(window.screens):
            self.steps += [
                (STEP_MS, screen.load),
                (BUILD_QUIET_MS, partial(window.prepare_page, row)),
            ]
        self.steps.append((STEP_MS, self._start_holidays))
        self.steps.append((BUILD_QUIET_MS, _settle))
        self.worker: threading.Thread | None = None
        self.since_input = QElapsedTimer()  # invalid until the clerk's first key or click
        self.timer = QTimer(self, singleShot=True, interval=STEP_MS)
        self.timer.timeout.connect(self._step)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start(START_MS)

    @property
    def done(self) -> bool:
        return not self.steps and (self.worker is None or not self.worker.is_alive())

    def stop(self) -> None:
        """The window closes: build nothing more (the closing backup has the machine to itself)."""
        self.timer.stop()
        if self.steps:
            self.steps.clear()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.since_input.restart()
        return False

    def _step(self) -> None:
        quiet, work = self.steps[0]
        wait = quiet - self.since_input.elapsed() if self.since_input.isValid() else 0
        if wait > 0:  # the clerk is busy: the next step waits for a quiet moment
            self.timer.start(wait)
            return
        self.steps.pop(0)
        work()
        if self.steps:
            self.timer.start(STEP_MS)
        else:
            app = QApplication.instance()
            assert app is not None
            app.removeEventFilter(self)

    def _start_holidays(self) -> None:
        self.worker = threading.Thread(target=_holidays, name="warm-up holidays", daemon=True)
        self.worker.start()
