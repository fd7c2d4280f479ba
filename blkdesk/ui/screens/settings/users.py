"""Dialogs for accounts: add or edit a user, reset a password, change one's own password."""

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from blkdesk.core.access import accounts, auth
from blkdesk.core.access.passwords import check_strength
from blkdesk.core.changes import Changes, Kind
from blkdesk.core.concurrency import StaleRecord
from blkdesk.core.errors import BlkError
from blkdesk.core.permissions import ROLE_LABELS, Role
from blkdesk.ui.actions import act, query, show_refusal
from blkdesk.ui.context import AppContext
from blkdesk.ui.labels import as_shown
from blkdesk.ui.widgets import conflict
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors
from blkdesk.ui.widgets.record_form import RecordForm


def _password_field() -> QLineEdit:
    return QLineEdit(echoMode=QLineEdit.EchoMode.Password)


def _new_password_problems(password: str) -> dict[str, str]:
    weak = check_strength(password)
    return {"password": weak} if weak else {}


class AddUserDialog(Dialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Tambah pengguna"), "AddUserDialog")
        self.ctx = ctx
        self.errors = FormErrors()
        form = QFormLayout()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(as_shown(ROLE_LABELS[role]), str(role))
        # Most accounts an administrator adds are clerks': an account whose role was left as it
        # came must not be able to delete, restore and hand out roles.
        self.role.setCurrentIndex(self.role.findData(str(Role.OPERATOR)))
        self.password = _password_field()
        self.errors.add_row(form, self.tr("Nama pengguna"), self.username, "username")
        self.errors.add_row(form, self.tr("Nama lengkap"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("Peran"), self.role, "role")
        self.errors.add_row(form, self.tr("Kata sandi awal"), self.password, "password")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(420)
        self.errors.check_left(self._problems)

    def _problems(self) -> dict[str, str] | None:
        """What adding would refuse as typed, a name already in use too (None: not read now)."""
        typed = (self.username.text(), self.full_name.text(), str(self.role.currentData()),
                 self.password.text())  # fmt: skip
        found: list[dict[str, str]] = []
        query(self, self.ctx, lambda s: auth.validate_new_user(s, *typed),
              then=found.append, refused=lambda _error: None)  # fmt: skip
        return found[0] if found else None

    def accept(self) -> None:
        username, full_name = self.username.text(), self.full_name.text()
        role, password = str(self.role.currentData()), self.password.text()
        if act(
            self, self.ctx,
            lambda s: auth.create_user(s, self.ctx.actor, username, full_name, role, password),
            Changes.of(Kind.USERS), fields=self.errors,
        ):  # fmt: skip
            super().accept()


def _role_shown(field: str, value: Any) -> str:
    if field == "role" and value in set(Role):
        return as_shown(ROLE_LABELS[Role(value)])
    return conflict.shown(value)


class EditUserDialog(RecordForm):
    """An administrator changes an account's full name or role, or switches it off."""

    def __init__(self, ctx: AppContext, user_id: int, username: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, self.tr("Ubah pengguna: {0}").format(username), "EditUserDialog")
        self.ctx, self.user_id = ctx, user_id
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(as_shown(ROLE_LABELS[role]), str(role))
        self.active = QCheckBox(self.tr("Aktif (dapat masuk ke BLKDesk)"))
        self.errors.add_row(form, self.tr("Nama lengkap"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("Peran"), self.role, "role")
        self.errors.add_row(form, self.tr("Akun"), self.active, "active")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(440)
        query(self, ctx, lambda s: accounts.opened_account(s, user_id), then=self._opened)

    def _show(self, data: accounts.AccountInput) -> None:
        self.full_name.setText(data.full_name)
        self.role.setCurrentIndex(max(0, self.role.findData(data.role)))
        self.active.setChecked(data.active)

    def _input(self) -> accounts.AccountInput:
        return accounts.AccountInput(
            self.full_name.text(), str(self.role.currentData()), self.active.isChecked()
        )

    def accept(self) -> None:
        data, actor, user_id, version = self._input(), self.ctx.actor, self.user_id, self.version
        if act(
            self, self.ctx,
            lambda s: accounts.update_user(s, actor, user_id, data, expected_version=version),
            Changes.of(Kind.USERS), refused=self._refused,
        ):  # fmt: skip
            super().accept()

    def _labels(self) -> dict[str, str]:
        return {"full_name": self.tr("Nama lengkap"), "role": self.tr("Peran"),
                "active": self.tr("Aktif")}  # fmt: skip

    def _shown(self, field: str, value: Any) -> str:
        return _role_shown(field, value)


class ResetPasswordDialog(Dialog):
    """`opened`: the account as the administrator's list showed it, and its version; a reset
    is refused when someone changed the account since."""

    def __init__(
        self, ctx: AppContext, username: str, parent: QWidget | None = None,
        opened: tuple[accounts.AccountInput, int] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, self.tr("Atur ulang kata sandi: {0}").format(username),
                         "ResetPasswordDialog")  # fmt: skip
        self.ctx, self.username, self.opened = ctx, username, opened
        self.errors = FormErrors()
        account = f"{opened[0].full_name} ({username})" if opened else username
        self.add_text(
            self.tr(
                "Kata sandi baru untuk akun {account}. Pemilik akun ini harus menggantinya "
                "sendiri saat masuk berikutnya."
            ).format(account=account)
        )
        form = QFormLayout()
        self.password = _password_field()
        self.errors.add_row(form, self.tr("Kata sandi baru"), self.password, "password")
        self.body.addLayout(form)
        self.finish_layout()
        self.errors.check_left(self._problems)

    def _problems(self) -> dict[str, str]:
        return _new_password_problems(self.password.text())

    def accept(self) -> None:
        password, actor, username = self.password.text(), self.ctx.actor, self.username
        version = self.opened[1] if self.opened else None
        if act(
            self, self.ctx,
            lambda s: auth.reset_password(s, actor, username, password, expected_version=version),
            Changes.of(Kind.USERS), refused=self._refused,
        ):  # fmt: skip
            super().accept()

    def _refused(self, exc: BlkError) -> None:
        if not (isinstance(exc, StaleRecord) and self.opened):
            show_refusal(self, exc, self.errors)
            return
        # Nothing of the account is typed here: the table shows what the other side changed.
        seen = self.opened[0]
        labels = {"full_name": self.tr("Nama lengkap"), "role": self.tr("Peran"),
                  "active": self.tr("Aktif")}  # fmt: skip
        hint = self.tr(
            "Muat ulang: batalkan atur ulang kata sandi dan lihat akun ini lagi. Terapkan lagi: "
            "kata sandi baru yang Anda ketik tetap dipasang pada akun ini."
        )
        resolved = conflict.resolve(self, exc, seen, seen, labels, _role_shown, hint)
        if resolved is None:
            return
        self.opened = (exc.current, exc.current_version)
        if resolved[0] == conflict.REAPPLY:
            self.accept()
        else:
            self.reject()


class ChangePasswordDialog(Dialog):
    """From Pengaturan, or before the main window when the account must replace the password an
    administrator gave it (`required`: leaving it means leaving BLKDesk)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, required: bool = False
    ) -> None:
        super().__init__(parent, self.tr("Ganti kata sandi"), "ChangePasswordDialog")
        self.ctx = ctx
        self.errors = FormErrors()
        if required:
            self.add_text(
                self.tr(
                    "Akun ini masih memakai kata sandi dari administrator. Ganti dulu dengan "
                    "kata sandi yang hanya Anda ketahui sebelum mulai bekerja."
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar"))
        form = QFormLayout()
        self.old = _password_field()
        self.new = _password_field()
        self.new2 = _password_field()
        self.errors.add_row(form, self.tr("Kata sandi lama"), self.old, "old_password")
        self.errors.add_row(form, self.tr("Kata sandi baru"), self.new, "password")
        self.errors.add_row(form, self.tr("Ulangi kata sandi baru"), self.new2, "password2")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(420)
        self.old.setFocus()
        self.errors.check_left(self._problems)

    def _problems(self) -> dict[str, str]:
        """The new password's weakness and a repeat that differs, as typed (the old password
        is only checked on saving, against the account)."""
        found = _new_password_problems(self.new.text())
        if self.new2.text() and self.new.text() != self.new2.text():
            found["password2"] = self.tr("Kedua kata sandi baru tidak sama.")
        return found

    def accept(self) -> None:
        if self.new.text() != self.new2.text():
            self.errors.show({"password2": self.tr("Kedua kata sandi baru tidak sama.")})
            return
        old, new, user_id = self.old.text(), self.new.text(), self.ctx.user.id
        if act(
            self, self.ctx, lambda s: auth.change_password(s, user_id, old, new),
            Changes.of(Kind.USERS), fields=self.errors,
        ):  # fmt: skip
            super().accept()
