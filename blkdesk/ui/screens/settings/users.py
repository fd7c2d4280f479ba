"""Dialogs for accounts: add a user, reset a password, change one's own password."""

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from blkdesk.core.access import auth
from blkdesk.core.errors import FieldErrors, ValidationError
from blkdesk.core.models import User
from blkdesk.core.permissions import ROLE_LABELS, Actor, Role
from blkdesk.core.storage.db import Database
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors


def _password_field() -> QLineEdit:
    return QLineEdit(echoMode=QLineEdit.EchoMode.Password)


class AddUserDialog(Dialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Tambah pengguna"), "AddUserDialog")
        self.db, self.actor = db, actor
        self.errors = FormErrors()
        form = QFormLayout()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(ROLE_LABELS[role], str(role))
        self.password = _password_field()
        self.errors.add_row(form, self.tr("Nama pengguna"), self.username, "username")
        self.errors.add_row(form, self.tr("Nama lengkap"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("Peran"), self.role, "role")
        self.errors.add_row(form, self.tr("Kata sandi awal"), self.password, "password")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            with self.db.transaction() as session:
                user = auth.create_user(
                    session, self.actor, self.username.text(), self.full_name.text(),
                    str(self.role.currentData()), self.password.text(),
                )  # fmt: skip
                user.must_change_password = True
        except FieldErrors as exc:
            self.errors.show(exc.errors)
            return
        super().accept()


class ResetPasswordDialog(Dialog):
    def __init__(
        self, db: Database, actor: Actor, username: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, self.tr("Atur ulang kata sandi: {0}").format(username),
                         "ResetPasswordDialog")  # fmt: skip
        self.db, self.actor, self.username = db, actor, username
        self.errors = FormErrors()
        form = QFormLayout()
        self.password = _password_field()
        self.errors.add_row(form, self.tr("Kata sandi baru"), self.password, "password")
        self.body.addLayout(form)
        self.finish_layout()

    def accept(self) -> None:
        try:
            with self.db.transaction() as session:
                auth.reset_password(session, self.actor, self.username, self.password.text())
        except ValidationError as exc:
            self.errors.show({exc.field or "password": exc.message})
            return
        super().accept()


class ChangePasswordDialog(Dialog):
    def __init__(self, db: Database, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Ganti kata sandi"), "ChangePasswordDialog")
        self.db, self.user = db, user
        self.errors = FormErrors()
        form = QFormLayout()
        self.old = _password_field()
        self.new = _password_field()
        self.new2 = _password_field()
        self.errors.add_row(form, self.tr("Kata sandi lama"), self.old, "old_password")
        self.errors.add_row(form, self.tr("Kata sandi baru"), self.new, "password")
        self.errors.add_row(form, self.tr("Ulangi kata sandi baru"), self.new2, "password2")
        self.body.addLayout(form)
        self.finish_layout()

    def accept(self) -> None:
        if self.new.text() != self.new2.text():
            self.errors.show({"password2": self.tr("Kedua kata sandi baru tidak sama.")})
            return
        try:
            with self.db.transaction() as session:
                user = session.get(User, self.user.id)
                assert user is not None
                auth.change_password(session, user, self.old.text(), self.new.text())
        except ValidationError as exc:
            self.errors.show({exc.field or "password": exc.message})
            return
        super().accept()
