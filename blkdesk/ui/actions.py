"""The one way the GUI acts on the database (after Anki's CollectionOp and QueryOp).

`act` runs a service in one transaction and, when it succeeds, announces on `ctx.bus` what it
changed, so every page showing those records redraws. A refusal (`BlkError`) is shown as the
service worded it: beside its field when the form has one, else in a dialog. Anything else is a
bug: it goes to the crash dialog (a scrubbed report, nothing personal on screen) and the
transaction is rolled back.

`act_in_background` does the same for long work (imports, merges, backups, exports) on one
background worker, so database writes never race each other, with a progress dialog after half
a second and a Cancel button that stops the work at its next `progress.check()`.
`in_background` runs long work that changes nothing a page shows (a preview, a search of the
network, a PDF) the same way, and `query` reads without changing anything.
"""

import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypedDict, TypeVar, Unpack

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from blkdesk.core import changes as changes_
from blkdesk.core.changes import Changes
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.progress import Cancelled, Progress
from blkdesk.core.storage.db import Database
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets.forms import FormErrors

T = TypeVar("T")
ChangesOf = Changes | Callable[[Any], Changes]
Refused = Callable[[BlkError], None]
SHOW_AFTER_MS = 500
_pool: QThreadPool | None = None


def show_refusal(
    parent: QWidget | None,
    error: BlkError,
    fields: FormErrors | None = None,
    title: str | None = None,
) -> None:
    """Beside the field when the form has it, else one sentence in a dialog (`title`)."""
    if fields is not None:
        errors = (
            error.errors
            if isinstance(error, FieldErrors)
            else {error.field: error.message}
            if error.field
            else {}
        )
        if errors and set(errors) <= set(fields.labels):
            fields.show(errors)
            fields.widgets[next(iter(errors))].setFocus()
            return
        fields.clear()
    title = title or QCoreApplication.translate("actions", "Tidak dapat dilanjutkan")
    QMessageBox.warning(parent, title, error.message)


def report_crash(error: BaseException) -> None:
    """An unexpected error: to the crash handler (log, scrubbed report, dialog)."""
    sys.excepthook(type(error), error, error.__traceback__)


def _announce(ctx: AppContext, changes: ChangesOf, result: object, origin: object) -> None:
    ctx.bus.announce(changes(result) if callable(changes) else changes, origin)


def _failed(
    parent: QWidget | None,
    error: BaseException,
    refused: Refused | None,
    fields: FormErrors | None,
    title: str | None,
) -> None:
    """A refusal to `refused`, else beside its field or in a dialog; anything else is a bug."""
    if not isinstance(error, BlkError):
        report_crash(error)
    elif refused is not None:
        refused(error)
    else:
        show_refusal(parent, error, fields, title)


def _attempt(
    parent: QWidget | None,
    ctx: AppContext,
    run: Callable[[], T],
    changes: ChangesOf,
    then: Callable[[T], object] | None,
    fields: FormErrors | None,
    refused: Refused | None,
    title: str | None,
) -> bool:
    try:
        # What the action writes, it announces itself: the remote watch leaves those rows out.
        with changes_.announced_by_caller(ctx.bus.own):
            result = run()
    except Exception as error:
        _failed(parent, error, refused, fields, title)
        return False
    if fields is not None:
        fields.clear()
    # The page is told before the caller continues, so a dialog closing next shows fresh data.
    _announce(ctx, changes, result, parent)
    if then is not None:
        then(result)
    return True


class Outcome(TypedDict, Generic[T], total=False):
    """Where `act` and `act_on_db` send what happened. `then` receives the result after the
    announcement. A refusal goes to `refused` when given (a page with a status line), else
    beside its field in `fields`, else to a dialog titled `title`."""

    then: Callable[[T], object] | None
    fields: FormErrors | None
    refused: Refused | None
    title: str | None


def act(
    parent: QWidget | None,
    ctx: AppContext,
    work: Callable[[Session], T],
    changes: ChangesOf,
    **outcome: Unpack[Outcome[T]],
) -> bool:
    """Run `work(session)` in one transaction; True when it committed.

    `changes` is what to announce, or a function of the result (to name the ids it made).
    """

    def in_transaction(db: Database) -> T:
        with db.transaction() as session:
            return work(session)

    return act_on_db(parent, ctx, in_transaction, changes, **outcome)


def act_on_db(
    parent: QWidget | None,
    ctx: AppContext,
    work: Callable[[Database], T],
    changes: ChangesOf,
    **outcome: Unpack[Outcome[T]],
) -> bool:
    """As `act`, for a service that opens its own transaction because it must retry it or keep
    it short (certificate numbering, attendance keying, undo): it still commits once."""
    return _attempt(
        parent, ctx, lambda: work(ctx.db), changes, outcome.get("then"), outcome.get("fields"),
        outcome.get("refused"), outcome.get("title"),
    )  # fmt: skip


def pool() -> QThreadPool:
    """The one background worker of the whole application, made on first use."""
    global _pool  # noqa: PLW0603
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
    """Work running on the background worker and its progress dialog. `finished` is emitted
    (and `done` set) once it ended however it ended, before its outcome is handled."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[Progress], Any],
        title: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        cancellable: bool,
        show_after_ms: int | None,
    ) -> None:
        super().__init__(parent)
        self.progress = Progress()
        self._on_success, self._on_failure = on_success, on_failure
        self._relay = _Relay()
        self._relay.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        cancel = QCoreApplication.translate("actions", "Batal") if cancellable else ""
        self._dialog = QProgressDialog(title, cancel, 0, 0, parent)
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
        if not isinstance(exc, Cancelled):
            self._on_failure(exc)


class Background(TypedDict, Generic[T], total=False):
    """How `in_background` and `act_in_background` end: `then` gets the result on the GUI
    thread; a refusal goes to `refused`, else to a dialog titled `title_refused`; anything else
    to the crash dialog; Cancel (`progress.check()`) ends the work quietly, or cannot when
    `cancellable` is False. `show_after_ms`: when the progress dialog appears (SHOW_AFTER_MS
    unless given); None for work that runs unseen (an automatic backup while the clerk is away
    must not block the window)."""

    then: Callable[[T], object] | None
    refused: Refused | None
    title_refused: str | None
    cancellable: bool
    show_after_ms: int | None


def in_background(
    parent: QWidget | None, title: str, work: Callable[[Progress], T], **how: Unpack[Background[T]]
) -> Task:
    """Long work off the GUI thread that changes nothing a page shows."""
    then = how.get("then")

    def succeeded(result: T) -> None:
        if then is not None:
            then(result)

    def failed(error: BaseException) -> None:
        _failed(parent, error, how.get("refused"), None, how.get("title_refused"))

    shown_after = how.get("show_after_ms", SHOW_AFTER_MS)
    task = Task(parent, work, title, succeeded, failed, how.get("cancellable", True), shown_after)
    return task.start()


def act_in_background(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    work: Callable[[Progress], T],
    changes: ChangesOf,
    **how: Unpack[Background[T]],
) -> Task:
    """Long work off the GUI thread; `work` calls services that commit their own transaction
    (an import, a merge) and checks `progress` between steps so Cancel stops it cleanly. On
    success `changes` is announced, then `then` gets the result."""
    then = how.get("then")

    def succeeded(result: T) -> None:
        _announce(ctx, changes, result, parent)
        if then is not None:
            then(result)

    def announced_work(progress: Progress) -> T:
        with changes_.announced_by_caller(ctx.bus.own):
            return work(progress)

    how["then"] = succeeded
    return in_background(parent, title, announced_work, **how)


def query(
    parent: QWidget | None,
    ctx: AppContext,
    work: Callable[[Session], T],
    *,
    then: Callable[[T], object] | None = None,
    refused: Refused | None = None,
    title: str | None = None,
) -> bool:
    """Read with `work(session)`; a refusal (a record gone meanwhile) is shown, not raised."""

    def run() -> T:
        with ctx.db.session() as session:
            return work(session)

    return _attempt(parent, ctx, run, Changes(), then, None, refused, title)
