"""A message box nobody answers fails its test in seconds, saying what it asked.

A box shown with exec() (QMessageBox.warning and the like) waits for a click. In a test that
neither patched it nor planned an answer, the test sat until pytest-timeout's 300 s and then
showed only a stack. The watchdog runs on the GUI thread, whose event loop the box's exec()
keeps turning: it closes a box left open for `patience_ms` and keeps its text for the failure.
"""

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

# No test waits this long with a box open on purpose; a loaded CI machine answers in far less.
PATIENCE_MS = 30_000


class Watchdog(QObject):
    def __init__(self, patience_ms: int = PATIENCE_MS) -> None:
        super().__init__()
        self.patience_ms = patience_ms
        self.unanswered: list[str] = []
        self.box: QMessageBox | None = None
        self.clock = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setInterval(min(500, patience_ms))
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.box = None

    def check(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            self.box = None
            return
        if box is not self.box:  # a new box: its time starts now
            self.box = box
            self.clock.start()
            return
        if self.clock.elapsed() >= self.patience_ms:
            self.unanswered.append(f"{box.windowTitle()!r}: {box.text()!r}")
            self.box = None
            box.done(QDialog.DialogCode.Rejected)
