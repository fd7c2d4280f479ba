"""The one way the GUI acts on the database (after Anki's CollectionOp and QueryOp).

`act` runs a service in one transaction and, when it succeeds, announces on `ctx.bus` what it
changed, so every page showing those records redraws. A refusal (`BlkError`) is shown as the
service worded it: beside its field when the form has one, else in a dialog. Anything else is a
bug: it goes to the crash dialog (a scrubbed report, nothing personal on screen) and the
transaction is rolled back.

`act_in_background` does the same for long work (imports, merges, backups, exports) on the
single worker of `ui.tasks`, with a progress dialog after half a second and a Cancel button.
`query` reads without changing anything.
"""

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.progress import Progress
from blkdesk.core.storage.db import Database
from blkdesk.ui.context import AppContext
from blkdesk.ui.tasks import Task, run_task
from blkdesk.ui.widgets.forms import FormErrors

T = TypeVar("T")
ChangesOf = Changes | Callable[[Any], Changes]
Refused = Callable[[BlkError], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


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
    QMessageBox.warning(parent, title or _tr("Tidak dapat dilanjutkan"), error.message)


def report_crash(error: BaseException) -> None:
    """An unexpected error: to the crash handler (log, scrubbed report, dialog)."""
    sys.excepthook(type(error), error, error.__traceback__)


def _announce(ctx: AppContext, changes: ChangesOf, result: object, origin: object) -> None:
    ctx.bus.announce(changes(result) if callable(changes) else changes, origin)


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
        result = run()
    except BlkError as error:
        if refused is not None:
            refused(error)
        else:
            show_refusal(parent, error, fields, title)
        return False
    except Exception as error:
        report_crash(error)
        return False
    if fields is not None:
        fields.clear()
    # The page is told before the caller continues, so a dialog closing next shows fresh data.
    _announce(ctx, changes, result, parent)
    if then is not None:
        then(result)
    return True


def act(
    parent: QWidget | None,
    ctx: AppContext,
    work: Callable[[Session], T],
    changes: ChangesOf,
    *,
    then: Callable[[T], object] | None = None,
    fields: FormErrors | None = None,
    refused: Refused | None = None,
    title: str | None = None,
) -> bool:
    """Run `work(session)` in one transaction; True when it committed.

    `changes` is what to announce, or a function of the result (to name the ids it made).
    `then` receives the result after the announcement. A refusal goes to `refused` when given
    (a page with a status line), else beside its field in `fields`, else to a dialog titled
    `title`.
    """

    def run() -> T:
        with ctx.db.transaction() as session:
            return work(session)

    return _attempt(parent, ctx, run, changes, then, fields, refused, title)


def act_on_db(
    parent: QWidget | None,
    ctx: AppContext,
    work: Callable[[Database], T],
    changes: ChangesOf,
    *,
    then: Callable[[T], object] | None = None,
    fields: FormErrors | None = None,
    refused: Refused | None = None,
    title: str | None = None,
) -> bool:
    """As `act`, for a service that opens its own transaction because it must retry it or keep
    it short (certificate numbering, attendance keying, undo): it still commits once."""
    return _attempt(parent, ctx, lambda: work(ctx.db), changes, then, fields, refused, title)


def act_in_background(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    work: Callable[[Progress], T],
    changes: ChangesOf,
    *,
    then: Callable[[T], object] | None = None,
    refused: Refused | None = None,
    title_refused: str | None = None,
    cancellable: bool = True,
) -> Task:
    """Long work off the GUI thread; `work` calls services that commit their own transaction
    (an import, a merge) and checks `progress` between steps so Cancel stops it cleanly."""

    def succeeded(result: T) -> None:
        _announce(ctx, changes, result, parent)
        if then is not None:
            then(result)

    def failed(error: BaseException) -> None:
        if isinstance(error, BlkError):
            if refused is not None:
                refused(error)
            else:
                show_refusal(parent, error, title=title_refused)
        else:
            report_crash(error)

    return run_task(parent, work, title, succeeded, failed, cancellable)


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
