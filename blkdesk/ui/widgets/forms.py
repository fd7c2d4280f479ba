"""Forms that validate live: messages beside the field, Save enabled only when all is well.

A form checks a field when the clerk leaves it (Tab, Shift+Tab or a click elsewhere), not only
when the next field is typed in: `FormErrors.on_leave` calls the form's check with the field's
name. Only the clerk's own moves count (Tab, Shift+Tab, a click, an Alt+letter shortcut): opening
a dropdown's list, switching windows or the program moving the focus is not leaving.
"""

from collections.abc import Callable
from inspect import ismethod
from weakref import WeakMethod

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from blkdesk.core.sentences import spoken

# The clerk's moves. Others (a popup, another window, setFocus, a widget being destroyed, which
# sends its last FocusOut from its destructor) leave the field where the clerk left it.
_LEAVING = (
    Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ShortcutFocusReason,
)  # fmt: skip


class FieldError(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(spoken(message) if message else "")
        self.setVisible(bool(message))


class _LeaveWatcher(QObject):
    """Tells the form which of its inputs the clerk has just left."""

    def __init__(self, parent: QObject, left: Callable[[QObject], None]) -> None:
        super().__init__(parent)
        # Weakly: Qt keeps this watcher alive with the window, and a strong reference back to
        # the form would keep the window's Python side alive for ever (a closed form never
        # freed, and Qt crashing later over the pile of them).
        self.left = WeakMethod(left)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            left = self.left()
            if event.reason() in _LEAVING and left is not None:
                left(watched)
        return False


class FormErrors:
    """Maps a service's field names to the widgets and error labels of one form."""

    def __init__(self) -> None:
        self.labels: dict[str, FieldError] = {}
        self.widgets: dict[str, QWidget] = {}
        self.captions: dict[str, str] = {}  # each field's label, for the conflict dialog
        self._check: Callable[[], Callable[[str], object] | None] = lambda: None
        self._watched: list[tuple[QObject, str]] = []  # input (or its line edit), field

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
        self.captions[field] = label
        self.widgets[field] = widget

    def on_leave(
        self, check: Callable[[str], object], inputs: dict[str, QWidget] | None = None
    ) -> None:
        """Call `check(field)` each time the clerk leaves one of `inputs` ({field: input}; by
        default the rows added so far)."""
        # A form's own method is held weakly: the inputs' watcher lives with the window in Qt,
        # and must not keep the form's Python side (and so the window) alive for ever.
        self._check = WeakMethod(check) if ismethod(check) else lambda: check
        inputs = inputs if inputs is not None else self.widgets
        if not inputs:
            return
        # Owned by the form's window, so Qt, not Python's garbage collector, decides when it
        # goes: never while Qt is in the middle of asking it about an event.
        watcher = _LeaveWatcher(next(iter(inputs.values())).window(), self._left)
        for field, widget in inputs.items():
            watched: list[QObject] = [widget]
            # An editable dropdown's focus lives in its line edit.
            line = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if line is not None:
                watched.append(line)
            for one in watched:
                one.installEventFilter(watcher)
                self._watched.append((one, field))

    def check_left(self, problems: Callable[[], dict[str, str] | None]) -> None:
        """The usual use of `on_leave`: each time the clerk leaves a field, show beside the
        fields left so far what `problems()` finds ({field: message}; None: not checked now).
        Fields still ahead stay quiet until the clerk gets there (or presses Save)."""
        self._problems = WeakMethod(problems) if ismethod(problems) else lambda: problems
        self.left_fields: set[str] = set()
        self.on_leave(self._check_left)

    def _check_left(self, field: str) -> None:
        self.left_fields.add(field)
        problems = self._problems()
        found = problems() if problems is not None else None
        if found is not None:
            self.show({f: m for f, m in found.items() if f in self.left_fields})

    def _left(self, widget: QObject) -> None:
        field = next((f for known, f in self._watched if known is widget), None)
        check = self._check()
        if field is not None and check is not None:
            check(field)

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
