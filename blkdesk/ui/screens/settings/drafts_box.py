"""Pengaturan › Data pribadi › Formulir belum disimpan: every clerk's unsaved intake forms on this
PC, for an administrator to discard one (a clerk who left), and how long they are kept before
BLKDesk removes them at start-up (core/registry/drafts)."""

from datetime import datetime

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes
from blkdesk.core.permissions import Action
from blkdesk.core.registry import drafts
from blkdesk.ui.actions import act, act_on_db
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


def _when(value: datetime) -> str:
    return f"{format_date(value.date())} {value:%H.%M}"


class DraftsBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Formulir pendaftar belum disimpan di PC ini"))
        self.ctx = ctx
        self.days = drafts.RETENTION_DEFAULT
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                (self.tr("Petugas"), lambda d: d.user),
                (self.tr("Formulir"), self._form),
                (self.tr("Nama"), lambda d: d.values.get("name", "")),
                (self.tr("Terakhir diisi"), lambda d: _when(d.saved_at)),
                (self.tr("Dihapus otomatis"), lambda d: _when(d.expires_on(self.days))),
            ]
        )
        self.view = make_table(self.model)
        # A few rows in sight; the subject report above keeps the tab's height.
        self.view.setMinimumHeight(90)
        self.view.setMaximumHeight(170)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Hapus otomatis bila tidak disentuh selama")))
        self.retention = QSpinBox(minimum=drafts.RETENTION_MIN, maximum=drafts.RETENTION_MAX)
        self.retention.setSuffix(self.tr(" hari"))
        row.addWidget(self.retention)
        self.retention_button = QPushButton(self.tr("Simpan"))
        self.retention_button.clicked.connect(self.save_retention)
        row.addWidget(self.retention_button)
        row.addStretch()
        self.discard_button = QPushButton(self.tr("Buang formulir terpilih…"))
        self.discard_button.clicked.connect(self.discard)
        row.addWidget(self.discard_button)
        layout.addLayout(row)
        writable = not ctx.db.read_only
        self.discard_button.setEnabled(writable)
        self.retention.setEnabled(writable and ctx.can(Action.EDIT_SETTINGS))
        self.retention_button.setEnabled(self.retention.isEnabled())

    def _form(self, draft: drafts.Draft) -> str:
        if draft.trainee_id is None:
            return self.tr("Pendaftar baru")
        return self.tr("Ubah data peserta")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            self.days = drafts.retention_days(session)
        self.retention.setValue(self.days)
        self.model.set_rows(drafts.listed_for(self.ctx.actor, self.ctx.db.location))
        self.view.resizeColumnsToContents()

    def save_retention(self) -> None:
        days = self.retention.value()

        def work(session: Session) -> None:
            drafts.set_retention_days(session, self.ctx.actor, days)

        if act(self, self.ctx, work, Changes(), title=self.tr("Formulir belum disimpan")):
            self.refresh()

    def discard(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(
                self, self.tr("Formulir belum disimpan"), self.tr("Pilih dulu formulirnya.")
            )
            return
        draft: drafts.Draft = self.model.row_object(rows[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Buang formulir"),
            self.tr(
                "Buang formulir {form} milik {clerk} yang terakhir diisi {when}? Isinya hilang "
                "dan tidak dapat dikembalikan."
            ).format(form=self._form(draft).lower(), clerk=draft.user, when=_when(draft.saved_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if act_on_db(
            self,
            self.ctx,
            lambda db: drafts.discard_for(db, self.ctx.actor, draft),
            Changes(),
            title=self.tr("Buang formulir"),
        ):
            self.refresh()
