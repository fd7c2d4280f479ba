"""Editors for the instructors register and the local closures."""

from typing import Any

from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import today
from blkdesk.core.training import batches, catalog
from blkdesk.ui.actions import act, query
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date
from blkdesk.ui.screens.training.calendar import qdate, to_date
from blkdesk.ui.widgets import conflict
from blkdesk.ui.widgets.record_form import RecordForm


class InstructorDialog(RecordForm):
    def __init__(
        self, ctx: AppContext, row: catalog.InstructorRow | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        title = self.tr("Instruktur baru") if row is None else self.tr("Ubah instruktur")
        super().__init__(parent, title, "InstructorDialog")
        self.ctx, self.row = ctx, row
        form = QFormLayout()
        self.name = QLineEdit()
        self.id_number = QLineEdit(placeholderText=self.tr("NIP 18 angka, atau nomor lain"))
        self.vocation = QComboBox()
        self.vocation.addItem(self.tr("—"), "")
        with ctx.db.session() as session:
            for vocation in catalog.vocations(session):
                self.vocation.addItem(vocation.name, vocation.code)
        self.phone = QLineEdit(placeholderText="08…")
        self.email = QLineEdit()
        self.errors.add_row(form, self.tr("Nama"), self.name, "name")
        self.errors.add_row(form, self.tr("NIP / nomor identitas"), self.id_number, "id_number")
        self.errors.add_row(form, self.tr("Kejuruan"), self.vocation, "vocation")
        self.errors.add_row(form, self.tr("No. HP"), self.phone, "phone")
        self.errors.add_row(form, self.tr("Email"), self.email, "email")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(480)
        if row is not None:
            # Read again rather than taken from the list: the form edits the record as it is.
            query(self, ctx, lambda s: catalog.opened_instructor(s, row.id), then=self._opened)
        self.errors.check_left(self._problems)

    def _show(self, data: catalog.InstructorInput) -> None:
        self.name.setText(data.name)
        self.id_number.setText(data.id_number)
        self.vocation.setCurrentIndex(max(0, self.vocation.findData(data.vocation_code or "")))
        self.phone.setText(data.phone)
        self.email.setText(data.email)

    def _input(self) -> catalog.InstructorInput:
        return catalog.InstructorInput(
            name=self.name.text(),
            id_number=self.id_number.text(),
            vocation_code=str(self.vocation.currentData()) or None,
            phone=self.phone.text(),
            email=self.email.text(),
        )

    def _problems(self) -> dict[str, str] | None:
        """What saving would refuse as typed (None: not read just now)."""
        data = self._input()
        found: list[dict[str, str]] = []
        query(self, self.ctx, lambda s: catalog.validate_instructor(s, data),
              then=found.append, refused=lambda _error: None)  # fmt: skip
        return found[0] if found else None

    def accept(self) -> None:
        data = self._input()
        row_id, actor, version = self.row.id if self.row else None, self.ctx.actor, self.version

        def save(session: Session) -> None:
            catalog.save_instructor(session, actor, data, row_id, expected_version=version)

        if act(self, self.ctx, save, Changes.of(Kind.PROGRAMS), refused=self._refused):
            super().accept()

    # --- another clerk saved first ------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Nama"), "id_number": self.tr("NIP / nomor identitas"),
            "vocation_code": self.tr("Kejuruan"), "phone": self.tr("No. HP"),
            "email": self.tr("Email"),
        }  # fmt: skip

    def _shown(self, field: str, value: Any) -> str:
        if field == "vocation_code" and value:
            index = self.vocation.findData(value)
            return self.vocation.itemText(index) if index >= 0 else str(value)
        return conflict.shown(value)


class ClosureDialog(RecordForm):
    """A day the BLK is closed (office leave, flood, election): batches planned later skip it.
    With `closure_id`, corrects a closure recorded before."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, closure_id: int | None = None
    ) -> None:
        title = self.tr("Tambah libur lokal") if closure_id is None else self.tr("Ubah libur lokal")
        super().__init__(parent, title, "ClosureDialog")
        self.ctx, self.closure_id = ctx, closure_id
        self.clashes: list[str] = []
        self.add_text(
            self.tr(
                "Angkatan yang direncanakan sesudah ini melewati tanggal tersebut. Angkatan yang "
                "sudah punya jadwal pada tanggal itu perlu dipindahkan harinya."
            )
        )
        form = QFormLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd, d MMMM yyyy")
        self.day.setDate(qdate(today()))
        self.description = QLineEdit(placeholderText=self.tr("mis. Cuti bersama kantor"))
        self.description.setMaxLength(batches.CLOSURE_DESCRIPTION_MAX)
        self.errors.add_row(form, self.tr("Tanggal"), self.day, "day")
        self.errors.add_row(form, self.tr("Keterangan"), self.description, "description")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(460)
        if closure_id is not None:
            query(self, ctx, lambda s: batches.opened_closure(s, closure_id), then=self._opened)
        self.errors.check_left(self._problems)

    def _show(self, data: batches.ClosureInput) -> None:
        self.day.setDate(qdate(data.day))
        self.description.setText(data.description)

    def _input(self) -> batches.ClosureInput:
        return batches.ClosureInput(to_date(self.day.date()), self.description.text())

    def _problems(self) -> dict[str, str] | None:
        """A day already closed or a missing description, as typed (None: not read now)."""
        data, closure_id = self._input(), self.closure_id
        found: list[dict[str, str]] = []
        query(self, self.ctx,
              lambda s: batches.closure_problems(s, data.day, data.description, closure_id),
              then=found.append, refused=lambda _error: None)  # fmt: skip
        return found[0] if found else None

    def accept(self) -> None:
        data, actor = self._input(), self.ctx.actor
        closure_id, version = self.closure_id, self.version

        def save(session: Session) -> list[str]:
            if closure_id is None:
                batches.add_closure(session, actor, data.day, data.description)
            else:
                batches.update_closure(session, actor, closure_id, data,
                                       expected_version=version)  # fmt: skip
            return batches.batches_on_closure(session, data.day)

        if act(
            self, self.ctx, save, Changes.of(Kind.BATCHES), refused=self._refused,
            then=lambda clashes: setattr(self, "clashes", clashes),
        ):  # fmt: skip
            super().accept()

    # --- another clerk saved first ------------------------------------------------------------

    def _shown(self, field: str, value: Any) -> str:
        return format_date(value) if field == "day" else conflict.shown(value)

    def _labels(self) -> dict[str, str]:
        return {"day": self.tr("Tanggal"), "description": self.tr("Keterangan")}
