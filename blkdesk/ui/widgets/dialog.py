"""The one dialog base: a button box wired to accept/reject and geometry kept between runs."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from blkdesk.ui.settings import app_settings


class Dialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        name: str,
        buttons: QDialogButtonBox.StandardButton = (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        ),
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._restore_geometry()

    def finish_layout(self) -> None:
        """Call after adding content to `self.body`: puts the buttons at the bottom."""
        self.body.addWidget(self.buttons)

    def _restore_geometry(self) -> None:
        geometry = app_settings().value(f"geometry/{self.objectName()}")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        app_settings().setValue(f"geometry/{self.objectName()}", self.saveGeometry())
        super().done(result)
