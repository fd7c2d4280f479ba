"""A dialog that edits one record another clerk may save while it is open (an office server).

It keeps what it opened and that record's version; the save passes the version, and a save
refused as stale (StaleRecord) opens the conflict dialog, after which the form holds the clerk's
choice and edits the record as it now is, with a banner saying what became of their entries.
Any other refusal is said beside its field. A subclass builds its fields, then provides `_show`
(fill the fields), `_input` (read them) and `_labels` (field names for the conflict dialog).
A form whose save returns the record's id saves with `_save_record`, which keeps it as `saved_id`.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.concurrency import StaleRecord
from blkdesk.core.errors import BlkError
from blkdesk.ui.actions import act, show_refusal
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets import conflict
from blkdesk.ui.widgets.banner import banner
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors


class RecordForm(Dialog):
    def __init__(self, parent: QWidget | None, title: str, name: str) -> None:
        super().__init__(parent, title, name)
        self.opened: Any = None
        self.version: int | None = None
        self.saved_id: int | None = None
        self.errors = FormErrors()
        self.notice = banner()
        self.body.addWidget(self.notice)

    def _show(self, data: Any) -> None:
        raise NotImplementedError

    def _input(self) -> Any:
        raise NotImplementedError

    def _labels(self) -> dict[str, str]:
        raise NotImplementedError

    def _shown(self, field: str, value: Any) -> str:
        """A field's value as the conflict dialog shows it."""
        return conflict.shown(value)

    def _opened(self, opened: tuple[Any, int]) -> None:
        """The record as read when the form opened, and its version."""
        self.opened, self.version = opened
        self._show(self.opened)

    def _save_record(self, ctx: AppContext, save: Callable[[Session], int], kind: Kind) -> None:
        """Save with `save`, which returns the record's id: announced as that record of `kind`,
        kept as `saved_id` (the page opens what was made), and the form closes."""
        if act(
            self, ctx, save, lambda saved: Changes.with_ids(kind, [saved]),
            refused=self._refused, then=self._saved,
        ):  # fmt: skip
            super().accept()

    def _saved(self, record_id: int) -> None:
        self.saved_id = record_id

    def _refused(self, exc: BlkError) -> None:
        if isinstance(exc, StaleRecord) and self.opened is not None:
            self._resolve(exc)
        else:
            show_refusal(self, exc, self.errors)

    def _resolve(self, exc: StaleRecord) -> None:
        resolved = conflict.resolve(
            self, exc, self.opened, self._input(), self._labels(), self._shown
        )
        if resolved is None:
            return
        choice, data = resolved
        self._show(data)
        self.opened, self.version = exc.current, exc.current_version
        self.notice.setText(conflict.outcome(choice))
        self.notice.show()
