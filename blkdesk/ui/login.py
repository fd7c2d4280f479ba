"""The login dialog."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from blkdesk.core.access import auth
from blkdesk.core.errors import AuthError
from blkdesk.core.models import User
from blkdesk.core.storage.db import Database
from blkdesk.ui.style import icon
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FieldError


class LoginDialog(Dialog):
    def __init__(self, db: Database, institution_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Masuk ke BLKDesk"), "LoginDialog")
        self.db = db
        self.user: User | None = None
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
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Masuk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))
        self.finish_layout()
        self.setMinimumWidth(380)
        self.username.setFocus()

    def accept(self) -> None:
        try:
            self.user = auth.login(self.db, self.username.text(), self.password.text())
        except AuthError as exc:
            self.message.show_message(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()
