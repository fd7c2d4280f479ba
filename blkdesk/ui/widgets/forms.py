"""Forms that validate live: messages beside the field, Save enabled only when all is well.

A form checks a field when the clerk leaves it (Tab, Shift+Tab or a click elsewhere), not only
when the next field is typed in: `FormErrors.on_leave` calls the form's check with the field's
name. Opening a dropdown's list or switching to another window is not leaving.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

# Focus that moves for these reasons stays with the field as far as the clerk is concerned.
_NOT_LEAVING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class FieldError(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class _LeaveWatcher(QObject):
    """Tells the form which of its inputs the clerk has just left."""

    def __init__(self, left: Callable[[QObject], None]) -> None:
        super().__init__()
        self.left = left

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            if event.reason() not in _NOT_LEAVING:
                self.left(watched)
        return False


class FormErrors:
    """Maps a service's field names to the widgets and error labels of one form."""

    def __init__(self) -> None:
        self.labels: dict[str, FieldError] = {}
        self.widgets: dict[str, QWidget] = {}
        self._check: Callable[[str], object] = lambda _field: None
        self._inputs: dict[str, QWidget] = {}
        self._watcher = _LeaveWatcher(self._left)

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = FieldError()
        box.addWidget(error)
        form.addRow(label, holder)
        self.labels[field] = error
        self.widgets[field] = widget

    def on_leave(
        self, check: Callable[[str], object], inputs: dict[str, QWidget] | None = None
    ) -> None:
        """Call `check(field)` each time the clerk leaves one of `inputs` ({field: input}; by
        default the rows added so far)."""
        self._check = check
        self._inputs = dict(inputs if inputs is not None else self.widgets)
        for widget in self._inputs.values():
            widget.installEventFilter(self._watcher)
            # An editable dropdown's focus lives in its line edit.
            line = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if line is not None:
                line.installEventFilter(self._watcher)

    def _left(self, widget: QObject) -> None:
        for field, known in self._inputs.items():
            line = known.lineEdit() if isinstance(known, QComboBox) else None
            if widget is known or widget is line:
                self._check(field)
                return

    def show(self, errors: dict[str, str]) -> None:
        for field, label in self.labels.items():
            message = errors.get(field)
            label.show_message(message)
            widget = self.widgets[field]
            widget.setProperty("invalid", bool(message))
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def clear(self) -> None:
        self.show({})
