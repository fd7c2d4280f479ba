"""Loading ahead while the clerk reads Beranda, so a page's first visit builds and fills it but
no longer waits for its code to load.

Start-up loads Beranda alone (pages are built on their first visit). A second after the window
shows, the other pages' modules are imported one per step on the GUI thread, a step only when
no key, click or wheel came for a moment, so typing never waits behind more than one module. The
holiday library (a quarter of a second, which the batch window and the batch form need) loads
on a worker thread: it is plain Python and touches no widget.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from blkdesk.core.clock import today
from blkdesk.core.training import calendar
from blkdesk.ui.screens import Screen

START_MS = 1000  # after the window shows: Beranda first
STEP_MS = 40  # between steps, and the quiet wanted after a key or a click
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


def _holidays() -> None:
    national = calendar.HolidayCalendar()  # the library's own years
    year = today().year
    for each in (year - 1, year, year + 1):  # a batch window shows its days ± two months
        national.year(each)


class WarmUp(QObject):
    def __init__(self, parent: QObject, screens: tuple[Screen, ...]) -> None:
        super().__init__(parent)
        self.steps: list[Callable[[], object]] = [self._start_holidays]
        self.steps += [screen.load for screen in screens]
        self.worker: threading.Thread | None = None
        self.timer = QTimer(self, singleShot=True, interval=STEP_MS)
        self.timer.timeout.connect(self._step)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start(START_MS)

    @property
    def done(self) -> bool:
        return not self.steps and (self.worker is None or not self.worker.is_alive())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start(max(STEP_MS, self.timer.remainingTime()))  # the clerk first
        return False

    def _step(self) -> None:
        self.steps.pop(0)()
        if self.steps:
            self.timer.start(STEP_MS)
        else:
            app = QApplication.instance()
            assert app is not None
            app.removeEventFilter(self)

    def _start_holidays(self) -> None:
        self.worker = threading.Thread(target=_holidays, name="warm-up holidays", daemon=True)
        self.worker.start()
