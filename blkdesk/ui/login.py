"""The login dialog.

It is the first window a clerk sees, so it is built from PySide6 alone: the database may still be
opening on another thread (see app.py). Until `set_authenticator` hands it the way to check a
password, pressing Masuk says the database is being prepared and logs in the moment it is ready.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from blkdesk.core.errors import AuthError
from blkdesk.ui.style import icon
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FieldError

# (username, password) → the logged-in user; raises AuthError when refused.
Authenticator = Callable[[str, str], Any]


class LoginDialog(Dialog):
    # Once, when the clerk can first see the window: the moment to start the heavy loading.
    painted = Signal()

    def __init__(
        self,
        institution_name: str,
        authenticate: Authenticator | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Masuk ke BLKDesk"), "LoginDialog")
        self.authenticate = authenticate
        self.user: Any = None  # the core User once logged in
        self.waiting = False  # Masuk was pressed before the database was ready
        self._painted = False
        header = QLabel()
        header.setPixmap(icon("app").pixmap(56, 56))
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(institution_name)
        title.setObjectName("DialogTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        self.body.addWidget(header)
        self.body.addWidget(title)
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        self.body.addLayout(form)
        self.message = FieldError()
        self.body.addWidget(self.message)
        self.status = QLabel(self.tr("Sebentar, database sedang disiapkan…"))
        self.status.setObjectName("PageSubtitle")
        self.status.hide()
        self.body.addWidget(self.status)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Masuk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))
        self.finish_layout()
        self.setMinimumWidth(380)
        self.username.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def set_authenticator(self, authenticate: Authenticator) -> None:
        """The database is open: passwords can be checked now (at once, if Masuk was pressed)."""
        self.authenticate = authenticate
        if self.waiting:
            self.waiting = False
            QGuiApplication.restoreOverrideCursor()
            self.ok.setEnabled(True)
            self.status.hide()
            self.accept()

    def accept(self) -> None:
        # Enter in a box still empty means "next box", not an attempt: an empty password
        # would count towards the lock-out for a clerk who only pressed Enter after the name.
        empty = next((box for box in (self.username, self.password) if not box.text()), None)
        if empty is not None:
            empty.setFocus()
            return
        if self.authenticate is None:
            if not self.waiting:
                self.waiting = True
                self.ok.setEnabled(False)
                QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
                self.message.show_message(None)
                self.status.show()
                self.grow_to_content()
            return
        try:
            self.user = self.authenticate(self.username.text(), self.password.text())
        except AuthError as exc:
            self.message.show_message(exc.message)
            self.grow_to_content()
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()

    def done(self, result: int) -> None:
        if self.waiting:  # closed while waiting for the database
            self.waiting = False
            QGuiApplication.restoreOverrideCursor()
        super().done(result)
