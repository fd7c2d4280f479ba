"""Terima kunci baru: a province admin trusts a BLK's new signing key, explicitly.

Shown for a file refused because another key signed it. The admin phones the BLK, has its
fingerprint (Tentang BLKDesk, or the Info sheet of its monthly report) read out, and types it;
only the fingerprint of the key in the file is accepted, and the change is audited.
"""

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.errors import BlkError
from blkdesk.core.storage.db import Database
from blkdesk.exchange import merge, sync_keys
from blkdesk.ui.actions import act_on_db
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors


class AcceptKeyDialog(Dialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, result: merge.FileResult) -> None:
        super().__init__(parent, self.tr("Terima kunci baru"), "AcceptKeyDialog")
        self.ctx, self.path = ctx, Path(result.path)
        self.change: sync_keys.KeyChange | None = None
        self.add_text(
            self.tr(
                "Berkas {file} dari {code} ditandatangani kunci yang berbeda dengan kunci yang "
                "tercatat. Terima kunci baru hanya bila BLK itu memang memasang ulang BLKDesk. "
                "Telepon BLK, minta petugasnya membacakan sidik jari di menu Bantuan › Tentang "
                "BLKDesk, lalu ketik di bawah. Berkas lengkap berikutnya dari BLK ini menggantikan "
                "seluruh datanya di provinsi."
            ).format(file=self.path.name, code=result.institution_code)
        )
        form = QFormLayout()
        self.pinned = QLabel(result.pinned_fingerprint)
        self.new = QLabel(result.key_fingerprint)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for label in (self.pinned, self.new):
            label.setFont(fixed)  # digits a person compares one group at a time
        form.addRow(self.tr("Kunci tercatat"), self.pinned)
        form.addRow(self.tr("Kunci di berkas"), self.new)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("sidik jari yang dibacakan BLK"))
        self.errors = FormErrors()
        self.errors.add_row(form, self.tr("Sidik jari dari BLK"), self.typed, "fingerprint")
        self.body.addLayout(form)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Terima kunci baru"))
        self.ok.setEnabled(False)
        self.typed.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.finish_layout()
        self.setMinimumWidth(560)

    def accept(self) -> None:
        typed, actor = self.typed.text(), self.ctx.actor

        def work(db: Database) -> sync_keys.KeyChange:
            return sync_keys.accept_new_key(db, actor, self.path, typed)

        def done(change: sync_keys.KeyChange) -> None:
            self.change = change
            super(AcceptKeyDialog, self).accept()

        def refused(error: BlkError) -> None:
            # Every refusal belongs to the one field: a wrong fingerprint, the file gone, the
            # key accepted meanwhile.
            with self.centre_kept():
                self.errors.show({"fingerprint": error.message})
                self.adjustSize()  # room for the message under the field

        act_on_db(self, self.ctx, work, Changes.of(Kind.INSTITUTIONS), then=done, refused=refused)
