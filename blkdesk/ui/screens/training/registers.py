"""Editors for the instructors register and the local closures."""

from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from blkdesk.core.changes import Changes, Kind
from blkdesk.core.clock import today
from blkdesk.core.training import batches, catalog
from blkdesk.ui.actions import act, query
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.training.calendar import qdate, to_date
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors


class InstructorDialog(Dialog):
    def __init__(
        self, ctx: AppContext, row: catalog.InstructorRow | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        title = self.tr("Instruktur baru") if row is None else self.tr("Ubah instruktur")
        super().__init__(parent, title, "InstructorDialog")
        self.ctx, self.row = ctx, row
        self.errors = FormErrors()
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
            self.name.setText(row.name)
            self.id_number.setText(row.id_number)
            self.vocation.setCurrentIndex(max(0, self.vocation.findData(row.vocation_code)))
            self.phone.setText(row.phone)
            self.email.setText(row.email)
        self.errors.check_left(self._problems)

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
        row_id, actor = self.row.id if self.row else None, self.ctx.actor
        if act(
            self, self.ctx, lambda s: catalog.save_instructor(s, actor, data, row_id),
            Changes.of(Kind.PROGRAMS), fields=self.errors,
        ):  # fmt: skip
            super().accept()


class ClosureDialog(Dialog):
    """A day the BLK is closed (office leave, flood, election): batches planned later skip it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Tambah libur lokal"), "ClosureDialog")
        self.ctx = ctx
        self.clashes: list[str] = []
        self.errors = FormErrors()
        hint = QLabel(
            self.tr(
                "Angkatan yang direncanakan sesudah ini melewati tanggal tersebut. Angkatan yang "
                "sudah punya jadwal pada tanggal itu perlu dipindahkan harinya."
            )
        )
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        form = QFormLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd, d MMMM yyyy")
        self.day.setDate(qdate(today()))
        self.description = QLineEdit(placeholderText=self.tr("mis. Cuti bersama kantor"))
        self.errors.add_row(form, self.tr("Tanggal"), self.day, "day")
        self.errors.add_row(form, self.tr("Keterangan"), self.description, "description")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(460)
        self.errors.check_left(self._problems)

    def _problems(self) -> dict[str, str] | None:
        """A day already closed or a missing description, as typed (None: not read now)."""
        day, description = to_date(self.day.date()), self.description.text()
        found: list[dict[str, str]] = []
        query(self, self.ctx, lambda s: batches.closure_problems(s, day, description),
              then=found.append, refused=lambda _error: None)  # fmt: skip
        return found[0] if found else None

    def accept(self) -> None:
        day = to_date(self.day.date())
        description, actor = self.description.text(), self.ctx.actor

        def add(session: Session) -> list[str]:
            batches.add_closure(session, actor, day, description)
            return batches.batches_on_closure(session, day)

        if act(
            self, self.ctx, add, Changes.of(Kind.BATCHES), fields=self.errors,
            then=lambda clashes: setattr(self, "clashes", clashes),
        ):  # fmt: skip
            super().accept()
