"""The logged-in account changed at another PC: an administrator gave it another role or
switched it off. The session follows at once instead of keeping the rights it logged in with
until the clerk happens to log out."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.models import User
from blkdesk.core.permissions import ROLE_LABELS, Role
from blkdesk.ui.labels import as_shown

if TYPE_CHECKING:
    from blkdesk.ui.mainwindow import MainWindow

# How often a rebuild waiting for an open dialog to close looks again.
WAIT_MS = 300


class AccountWatch(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        window.ctx.bus.changed.connect(self._changed)
        # The pages show what the new role may do once no dialog built on the old ones is open.
        self._rebuild = QTimer(self, singleShot=True, interval=WAIT_MS)
        self._rebuild.timeout.connect(self._rebuild_when_free)

    def _changed(self, changes: Changes) -> None:
        if not changes.touches((Kind.USERS,)):
            return
        ctx = self.window.ctx
        with ctx.db.session() as session:
            user = session.get(User, ctx.user.id)
            role, active = (user.role, user.active) if user is not None else (None, False)
        if not active:
            self._switched_off()
        elif role is not None and role != ctx.user.role:
            # From this moment every service judges the clerk by the new role.
            ctx.user.role = role
            QMessageBox.information(
                self._front(),
                self.tr("Peran akun diubah"),
                self.tr(
                    "Administrator mengubah peran akun Anda menjadi {0}. Menu dan tombol kini "
                    "mengikuti peran itu."
                ).format(as_shown(ROLE_LABELS[Role(role)])),
            )
            self._rebuild.start(0)

    def _switched_off(self) -> None:
        """An account switched off saves nothing more: its open dialogs close unsaved and the
        session goes back to the login window, which refuses it."""
        QMessageBox.warning(
            self._front(),
            self.tr("Akun dinonaktifkan"),
            self.tr("Administrator menonaktifkan akun Anda. BLKDesk kembali ke layar masuk."),
        )
        while (modal := QApplication.activeModalWidget()) is not None:
            if isinstance(modal, QDialog):
                modal.done(QDialog.DialogCode.Rejected)  # not reject(): no "discard edits?"
            else:
                modal.close()
        self.window.restart()

    def _front(self) -> QWidget:
        return QApplication.activeModalWidget() or self.window

    def _rebuild_when_free(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self._rebuild.start()
            return
        self.window.rebuild()
