"""Small dialogs of the training page: pick trainees, move a day, withdraw, give a reason."""

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit, QTableView, QWidget

from blkdesk.core.refdata import regency_name
from blkdesk.core.registry import trainee_search
from blkdesk.core.registry.nik import mask
from blkdesk.core.storage.db import Database
from blkdesk.ui.dates import format_date
from blkdesk.ui.labels import as_shown
from blkdesk.ui.screens.training.calendar import qdate, to_date
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


class TraineePickerDialog(Dialog):
    """Choose registrants from the registry (search as you type; several at once)."""

    def __init__(self, db: Database, mask_nik: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Tambah pendaftar dari daftar peserta"),
                         "TraineePickerDialog")  # fmt: skip
        self.db = db
        self.chosen: list[int] = []
        self.add_text(
            self.tr(
                "Cari nama, NIK atau nomor HP, lalu tekan Enter. Bila ditemukan beberapa orang, "
                "pilih dengan panah bawah (beberapa sekaligus dengan Shift atau Ctrl), lalu tekan "
                "Enter lagi. Orang yang belum terdaftar dimasukkan dulu di halaman Peserta."
            )
        )
        self.search = QLineEdit(placeholderText=self.tr("Cari nama, NIK atau nomor HP…"))
        self.search.setClearButtonEnabled(True)
        self.body.addWidget(self.search)
        show_nik: Any = (lambda r: mask(r.nik)) if mask_nik else (lambda r: r.nik)
        self.model = RowsModel(
            [
                (self.tr("Nama"), lambda r: r.name),
                (self.tr("NIK"), show_nik),
                (self.tr("L/P"), lambda r: as_shown(r.sex)),
                (self.tr("Tanggal lahir"), lambda r: format_date(r.birth_date)),
                (self.tr("Kabupaten/kota"), lambda r: regency_name(r.regency_code)),
            ]
        )
        self.view = make_table(self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.view.doubleClicked.connect(self.accept)
        self.body.addWidget(self.view, 1)
        self.finish_layout()
        self.resize(820, 520)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._run)
        self.search.textChanged.connect(self._debounce.start)
        self.search.installEventFilter(self)
        self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search goes on to the list: the whole pick is done by keyboard.
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._go_to_list()
            return True
        return super().eventFilter(watched, event)

    def _go_to_list(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self._run()
        if self.model.rowCount():
            if not self.view.selectionModel().hasSelection():
                self.view.selectRow(0)
            self.view.setFocus()

    def _run(self) -> None:
        with self.db.session() as session:
            rows = trainee_search.page(session, self.search.text(), limit=100)
        self.model.set_rows(rows)
        self.view.setColumnWidth(0, 240)
        self.view.setColumnWidth(1, 170)
        self.view.setColumnWidth(2, 40)
        self.view.setColumnWidth(3, 150)

    def accept(self) -> None:
        if self._debounce.isActive():  # Enter typed faster than the search: search first
            self._debounce.stop()
            self._run()
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        if not rows and self.model.rowCount() == 1:
            rows = [0]  # the search found the one person meant: Enter adds them
        if not rows:
            # Several found and none chosen: Enter took the clerk nowhere; now it marks the
            # first, and the next Enter adds the marked ones.
            self._go_to_list()
            return
        self.chosen = [self.model.row_object(r).id for r in rows]
        super().accept()


class DateReasonDialog(Dialog):
    """A date and a reason, both required: used to withdraw an applicant and to move a day."""

    def __init__(
        self, parent: QWidget | None, title: str, name: str, prompt: str, date_label: str,
        start: date, reason_label: str, reason_required: bool = True,
    ) -> None:  # fmt: skip
        super().__init__(parent, title, name)
        self.reason_required = reason_required
        self.errors = FormErrors()
        self.add_text(prompt)
        form = QFormLayout()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd, d MMMM yyyy")
        self.date.setDate(qdate(start))
        self.reason = QLineEdit()
        self.errors.add_row(form, date_label, self.date, "on")
        self.errors.add_row(form, reason_label, self.reason, "reason")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(460)

    def chosen_date(self) -> date:
        value = to_date(self.date.date())
        return value

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)

    def accept(self) -> None:
        if self.reason_required and not self.reason.text().strip():
            self.errors.show({"reason": self.tr("Alasan wajib diisi.")})
            return
        super().accept()


class ReasonDialog(Dialog):
    """One required line of text: why an admin changes a closed batch, or accepts an exception."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str) -> None:
        super().__init__(parent, title, "ReasonDialog")
        self.errors = FormErrors()
        self.add_text(prompt)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.errors.add_row(form, self.tr("Alasan"), self.reason, "reason")
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(480)

    def text(self) -> str:
        return self.reason.text().strip()

    def accept(self) -> None:
        if not self.text():
            self.errors.show({"reason": self.tr("Alasan wajib diisi.")})
            return
        super().accept()
