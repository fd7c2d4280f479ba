"""The placement form, shared by the follow-up call panel and the record/edit dialog.

Made for a clerk on the phone: the outcome list answers to its number key (1–5), fields that do
not apply to the chosen outcome are disabled, and Enter in any field submits.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QMessageBox, QWidget

from blkdesk.core import clock
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.placement import placements
from blkdesk.core.placement.placements import PlacementInput
from blkdesk.core.refdata import PLACEMENT_OUTCOMES, PLACEMENT_SOURCES, PMI_DESTINATIONS
from blkdesk.ui.labels import as_shown
from blkdesk.ui.widgets.forms import FormErrors

# QDateEdit cannot be empty; its minimum date stands for "not filled in".
NO_DATE = QDate(2000, 1, 1)


def _date_edit(optional: bool) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("–")
    return edit


def _to_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == NO_DATE and edit.minimumDate() == NO_DATE:
        return None
    return date(value.year(), value.month(), value.day())


def _to_qdate(value: date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


class PlacementForm(QWidget):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outcome = QComboBox()
        # Digits 1–5 pick the outcome (eventFilter below); no type-ahead search on this one.
        self.outcome.setProperty("typeahead", True)
        # Its longest choice would push the list beside the call panel narrower: it elides.
        self.outcome.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outcome.setMinimumContentsLength(14)
        self.outcome.addItem(self.tr("— pilih hasil —"), "")
        for number, (code, label) in enumerate(PLACEMENT_OUTCOMES.items(), start=1):
            self.outcome.addItem(f"{number}  {as_shown(label)}", code)
        self.employer = QLineEdit(placeholderText=self.tr("mis. PT Krakatau Steel"))
        self.sector = QLineEdit(placeholderText=self.tr("mis. Industri baja"))
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItem("")
        self.country.addItems(list(PMI_DESTINATIONS))
        self.start = _date_edit(optional=True)
        self.recorded = _date_edit(optional=False)
        self.source = QComboBox()
        for code, label in PLACEMENT_SOURCES.items():
            self.source.addItem(as_shown(label), code)
        self.notes = QLineEdit()
        rows = (
            (self.tr("Hasil"), self.outcome, "outcome"),
            (self.tr("Perusahaan / usaha"), self.employer, "employer"),
            (self.tr("Sektor"), self.sector, "sector"),
            (self.tr("Negara tujuan (PMI)"), self.country, "destination_country"),
            (self.tr("Mulai bekerja"), self.start, "start_date"),
            (self.tr("Tanggal dicatat"), self.recorded, "recorded_on"),
            (self.tr("Sumber"), self.source, "source"),
            (self.tr("Catatan"), self.notes, "notes"),
        )
        for label, widget, field in rows:
            self.errors.add_row(form, label, widget, field)
            widget.installEventFilter(self)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        # Checked as the clerk leaves each field, by the service's own rules.
        self._left: set[str] = set()
        self.errors.on_leave(self._field_left)
        self.reset()

    def _field_left(self, field: str) -> None:
        self._left.add(field)
        today = clock.today()
        found = placements.validate(placements.normalised(self.value(), today), today)
        self.errors.show({f: m for f, m in found.items() if f in self._left})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                isinstance(watched, QComboBox) and watched.view().isVisible()
            ):
                self.submitted.emit()
                return True
            if watched is self.outcome and Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
                self.outcome.setCurrentIndex(key - Qt.Key.Key_1 + 1)
                return True
        return super().eventFilter(watched, event)

    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        working = outcome not in ("", "belum_bekerja")
        for widget in (self.employer, self.sector, self.start):
            widget.setEnabled(working)
        self.country.setEnabled(outcome == "pmi")
        self.errors.clear()

    def reset(self, source: str = "telepon") -> None:
        self._left.clear()
        self.outcome.setCurrentIndex(0)
        for edit in (self.employer, self.sector, self.notes):
            edit.clear()
        self.country.setCurrentIndex(0)
        self.start.setDate(NO_DATE)
        self.recorded.setDate(_to_qdate(clock.today()))
        self.source.setCurrentIndex(max(0, self.source.findData(source)))
        self._outcome_changed()

    def value(self) -> PlacementInput:
        return PlacementInput(
            outcome=str(self.outcome.currentData() or ""),
            employer=self.employer.text(),
            sector=self.sector.text(),
            destination_country=self.country.currentText(),
            start_date=_to_date(self.start),
            source=str(self.source.currentData()),
            recorded_on=_to_date(self.recorded),
            notes=self.notes.text(),
        )

    def set_value(self, data: PlacementInput) -> None:
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(data.outcome)))
        self.employer.setText(data.employer)
        self.sector.setText(data.sector)
        self.country.setCurrentText(data.destination_country)
        self.start.setDate(_to_qdate(data.start_date))
        self.recorded.setDate(_to_qdate(data.recorded_on or clock.today()))
        self.source.setCurrentIndex(max(0, self.source.findData(data.source)))
        self.notes.setText(data.notes)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        first = next((f for f in self.errors.widgets if f in errors), None)
        if first is not None:
            self.errors.widgets[first].setFocus()


def show_refusal(parent: QWidget, form: PlacementForm, exc: BlkError) -> None:
    """Beside the form's fields when it names them, else in a dialog."""
    if isinstance(exc, FieldErrors):
        form.show_errors(exc.errors)
    else:
        # In the form's context: parent.tr() would look it up under the calling dialog's class,
        # where lupdate never files it, and say it in Indonesian in the English interface.
        title = QCoreApplication.translate("PlacementForm", "Tidak dapat disimpan")
        QMessageBox.warning(parent, title, exc.message)


def outcome_label(code: str | None) -> str:
    return as_shown(PLACEMENT_OUTCOMES.get(code or "", ""))
