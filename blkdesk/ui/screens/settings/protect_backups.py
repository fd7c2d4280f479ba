"""At an administrator's login: backups whose recovery key nobody has printed yet.

Until an administrator sets a backup password, BLKDesk seals backups under a provisional key of
its own (core/storage/backup.py), so nothing readable ever leaves the PC; but nobody can open
them on another PC until its recovery key is printed. Every login of an administrator asks, until
they set the password (and print the sheet) or choose plaintext on the record. Other roles cannot
decide: Pengaturan › Cadangan tells them in red that an administrator must. At the other PCs of
an office server nobody is asked: the server's PC makes the backups, and asks its administrator.
"""

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from blkdesk.core.permissions import Action
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets.dialog import Dialog


def needs_decision(ctx: AppContext) -> bool:
    from blkdesk.core.storage import backup, database_backup

    if not ctx.can(Action.EDIT_SETTINGS) or ctx.db.read_only:
        return False
    if not database_backup.backed_up_here(ctx.db):
        # Another PC of the office server: the server's PC makes the backups and asks there,
        # as Pengaturan › Cadangan here says.
        return False
    with ctx.db.session() as session:
        state = backup.protection(session)
    return state in (backup.Protection.UNDECIDED, backup.Protection.PROVISIONAL)


class ProtectBackupsDialog(Dialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, self.tr("Lindungi cadangan"), "ProtectBackupsDialog",
            QDialogButtonBox.StandardButton.NoButton,
        )  # fmt: skip
        self.ctx = ctx
        note = QLabel(
            self.tr(
                "Cadangan database ini dienkripsi dengan kunci sementara buatan BLKDesk, tetapi "
                "kunci cadangannya belum dicetak: bila PC ini rusak atau hilang, belum ada yang "
                "dapat membuka cadangan di PC lain.\n\nAtur kata sandi cadangan sekarang, lalu "
                "cetak lembar kunci cadangan untuk brankas kantor. Cadangan yang sudah dibuat "
                "terbuka dengan kunci yang sama."
            )
        )
        note.setWordWrap(True)
        note.setMinimumWidth(460)  # so the wrapped text gets its full height
        self.body.addWidget(note)
        self.set_button = QPushButton(self.tr("Atur kata sandi…"))
        self.plain_button = QPushButton(self.tr("Tanpa enkripsi…"))
        self.later_button = QPushButton(self.tr("Nanti"))
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.plain_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.disconnect()
        self.set_button.clicked.connect(self._set_password)
        self.plain_button.clicked.connect(self._plaintext)
        self.finish_layout()
        self.setMinimumWidth(480)
        self.set_button.setDefault(True)

    def _set_password(self) -> None:
        from blkdesk.ui.screens.settings.backup_tab import set_backup_password

        if set_backup_password(self, self.ctx):
            self.accept()

    def _plaintext(self) -> None:
        from blkdesk.ui.screens.settings.backup_tab import choose_unencrypted

        if choose_unencrypted(self, self.ctx):
            self.accept()


def ask_at_login(ctx: AppContext, parent: QWidget) -> None:
    if needs_decision(ctx):
        ProtectBackupsDialog(ctx, parent).exec()
