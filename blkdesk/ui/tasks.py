"""Running work off the GUI thread.

`run_task` runs a plain (Qt-free) function on a single background worker, so database writes
never race each other, and calls `on_success` or `on_failure` back on the GUI thread. A progress
dialog appears only when the work takes longer than half a second; its Cancel button asks the
work to stop at its next `progress.check()`.
"""

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from blkdesk.core.errors import BlkError
from blkdesk.core.progress import Cancelled, Progress

SHOW_AFTER_MS = 500
_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool  # noqa: PLW0603 - one worker for the whole application, made on first use
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back to this thread."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, relay: _Relay) -> None:
        super().__init__()
        self.fn, self.progress, self.relay = fn, progress, relay

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class Task(QObject):
    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        fn: Callable[[Progress], Any],
        title: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
        show_after_ms: int | None = SHOW_AFTER_MS,
    ) -> None:
        """`show_after_ms`: when the progress dialog appears; None for work that runs unseen
        (an automatic backup while the clerk is away must not block the window)."""
        super().__init__(parent)
        self._parent = parent
        self.progress = Progress()
        self._on_success = on_success
        self._on_failure = on_failure or self._default_failure
        self._relay = _Relay()
        self._relay.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._dialog = QProgressDialog(title, self.tr("Batal") if cancellable else "", 0, 0, parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(0)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        if not cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.canceled.connect(self.progress.cancel)
        self._dialog.hide()
        self._show_after_ms = show_after_ms
        self._show_timer = QTimer(self, singleShot=True, interval=show_after_ms or 0)
        self._show_timer.timeout.connect(self._dialog.show)
        self._poll = QTimer(self, interval=100)
        self._poll.timeout.connect(self._update_dialog)
        self._job = _Job(fn, self.progress, self._relay)
        self.done = threading.Event()

    def start(self) -> "Task":
        if self._show_after_ms is not None:
            self._show_timer.start()
        self._poll.start()
        pool().start(self._job)
        return self

    def _update_dialog(self) -> None:
        done, total, label = self.progress.snapshot()
        if label:
            self._dialog.setLabelText(label)
        self._dialog.setMaximum(max(total, 0))
        if total:
            self._dialog.setValue(min(done, total))

    def _close(self) -> None:
        self._show_timer.stop()
        self._poll.stop()
        self._dialog.reset()
        self._dialog.hide()
        self._dialog.deleteLater()
        self.done.set()
        self.finished.emit()

    def _succeeded(self, result: Any) -> None:
        self._close()
        self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            return
        self._on_failure(exc)

    def _default_failure(self, exc: BaseException) -> None:
        if isinstance(exc, BlkError):
            QMessageBox.warning(self._parent, self.tr("Tidak dapat dilanjutkan"), exc.message)
            return
        raise exc


def run_task(
    parent: QWidget,
    fn: Callable[[Progress], Any],
    title: str,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int | None = SHOW_AFTER_MS,
) -> Task:
    return Task(parent, fn, title, on_success, on_failure, cancellable, show_after_ms).start()
