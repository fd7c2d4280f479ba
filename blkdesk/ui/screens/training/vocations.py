"""Pelatihan › Kejuruan: the vocations register (add one, correct a name) and its editor."""

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.permissions import Action
from blkdesk.core.training import catalog
from blkdesk.ui.actions import act, query
from blkdesk.ui.context import AppContext
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.record_form import RecordForm
from blkdesk.ui.widgets.tablemodels import RowsModel


class VocationDialog(RecordForm):
    """A new vocation, or (`vocation_id`) a vocation's name corrected; its code, which
    certificate numbers carry, is given once."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, vocation_id: int | None = None
    ) -> None:
        title = self.tr("Kejuruan baru") if vocation_id is None else self.tr("Ubah kejuruan")
        super().__init__(parent, title, "VocationDialog")
        self.ctx, self.vocation_id = ctx, vocation_id
        form = QFormLayout()
        self.code = QLineEdit(placeholderText=self.tr("mis. OTO"))
        self.name = QLineEdit(placeholderText=self.tr("mis. Otomotif"))
        self.errors.add_row(form, self.tr("Kode"), self.code, "code")
        self.errors.add_row(form, self.tr("Nama kejuruan"), self.name, "name")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(420)
        if vocation_id is not None:
            self.code.setReadOnly(True)
            self.name.setFocus()
            self.code.setToolTip(self.tr("Kode kejuruan ada di nomor sertifikat: tidak diubah."))
            query(self, ctx, lambda s: catalog.opened_vocation(s, vocation_id), then=self._opened)
        self.errors.check_left(self._problems)

    def _show(self, data: catalog.VocationInput) -> None:
        self.code.setText(data.code)
        self.name.setText(data.name)

    def _input(self) -> catalog.VocationInput:
        return catalog.VocationInput(self.code.text(), self.name.text())

    def _problems(self) -> dict[str, str] | None:
        data, vocation_id = self._input(), self.vocation_id
        found: list[dict[str, str]] = []
        query(self, self.ctx, lambda s: catalog.vocation_problems(s, data, vocation_id),
              then=found.append, refused=lambda _error: None)  # fmt: skip
        return found[0] if found else None

    def accept(self) -> None:
        data, actor = self._input(), self.ctx.actor
        vocation_id, version = self.vocation_id, self.version

        def save(session: Session) -> None:
            catalog.save_vocation(session, actor, data, vocation_id, expected_version=version)

        if act(self, self.ctx, save, Changes.of(Kind.PROGRAMS), refused=self._refused):
            super().accept()

    def _labels(self) -> dict[str, str]:
        return {"code": self.tr("Kode"), "name": self.tr("Nama kejuruan")}


class VocationsTab(QWidget):
    """The register: code, name and how many programmes each vocation has."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = RowsModel(
            [
                (self.tr("Kode"), lambda r: r.code),
                (self.tr("Nama kejuruan"), lambda r: r.name),
                (self.tr("Program"), lambda r: str(r.programs)),
            ]
        )
        self.view = make_table(self.model)
        self.new_button = QPushButton(self.tr("Kejuruan baru…"))
        self.new_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.new_button.clicked.connect(lambda: VocationDialog(ctx, self).exec())
        self.edit_button.clicked.connect(self._edit)
        editable = ctx.can(Action.EDIT_CATALOG) and not ctx.province
        for button in (self.new_button, self.edit_button):
            button.setEnabled(editable)
            button.setVisible(not ctx.province)
        if editable:
            self.view.doubleClicked.connect(lambda _i: self._edit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def set_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount() - 1):  # some air between the columns
            self.view.setColumnWidth(col, self.view.columnWidth(col) + 24)

    def _edit(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Kejuruan"),
                                    self.tr("Pilih dulu satu baris di daftar."))  # fmt: skip
            return
        VocationDialog(self.ctx, self, self.model.row_object(rows[0].row()).id).exec()
