"""Forms that validate live: messages beside the field, Save enabled only when all is well."""

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class FieldError(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


class FormErrors:
    """Maps a service's field names to the widgets and error labels of one form."""

    def __init__(self) -> None:
        self.labels: dict[str, FieldError] = {}
        self.widgets: dict[str, QWidget] = {}

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
