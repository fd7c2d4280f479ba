"""The programme editor: identity, duration, rules, eligibility, and the competency units."""

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.changes import Kind
from blkdesk.core.concurrency import StaleRecord
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.refdata import BANTEN_REGENCIES, EDUCATION_LEVELS, PROVINCES, education_said
from blkdesk.core.sentences import spoken
from blkdesk.core.training import catalog
from blkdesk.core.training.calendar import days_needed
from blkdesk.ui.actions import query
from blkdesk.ui.context import AppContext
from blkdesk.ui.screens.training.labels import tl
from blkdesk.ui.style import WARNING
from blkdesk.ui.widgets import conflict
from blkdesk.ui.widgets.forms import FieldError
from blkdesk.ui.widgets.record_form import RecordForm

Index = QModelIndex | QPersistentModelIndex


class UnitsModel(QAbstractTableModel):
    """The programme's competency units, edited in place (code, title, JP)."""

    def __init__(self, units: list[catalog.UnitInput] | None = None) -> None:
        super().__init__()
        self.units: list[catalog.UnitInput] = [
            catalog.UnitInput(u.code, u.title, u.jp) for u in units or []
        ]
        self._headers = [self.tr("Kode unit"), self.tr("Judul unit"), self.tr("JP")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (unit.code, unit.title, unit.jp)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and unit.code.strip():
            return spoken(catalog.skkni_warning(unit.code) or "")
        if role == Qt.ItemDataRole.ForegroundRole and col == 0 and unit.code.strip():
            return QColor(WARNING) if catalog.skkni_warning(unit.code) else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        unit = self.units[index.row()]
        col = index.column()
        if col == 0:
            unit.code = str(value).strip()
        elif col == 1:
            unit.title = str(value)
        else:
            try:
                unit.jp = int(value)
            except (TypeError, ValueError):
                return False
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def add(self) -> int:
        row = len(self.units)
        self.beginInsertRows(QModelIndex(), row, row)
        self.units.append(catalog.UnitInput("", "", 8))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.units[row]
        self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.units) and 0 <= target < len(self.units)):
            return row
        self.beginResetModel()
        self.units[row], self.units[target] = self.units[target], self.units[row]
        self.endResetModel()
        return target


def _optional_spin(minimum: int, maximum: int, none_text: str) -> QSpinBox:
    """A spin box whose lowest value means 'no limit'."""
    spin = QSpinBox()
    spin.setRange(minimum - 1, maximum)
    spin.setSpecialValueText(none_text)
    return spin


class ThresholdBox(QDoubleSpinBox):
    """The attendance threshold to a tenth: "80 %" for a whole figure and "87,5 %" (87.5 in
    English) for a fraction, which a whole-number box would round on every save."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(1, 100)
        self.setDecimals(1)
        self.setSuffix(" %")

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", 1)
        point = self.locale().decimalPoint()
        return text.removesuffix(f"{point}0")

    def threshold(self) -> Decimal:
        tenths = Decimal(f"{self.value():.1f}")
        return tenths.to_integral_value() if tenths == tenths.to_integral_value() else tenths


class ProgramDialog(RecordForm):
    def __init__(
        self, ctx: AppContext, program_id: int | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        title = (
            self.tr("Program pelatihan baru")
            if program_id is None
            else self.tr("Ubah program pelatihan")
        )
        super().__init__(parent, title, "ProgramDialog")
        self.ctx, self.program_id = ctx, program_id
        db = ctx.db
        start = None
        with db.session() as session:
            vocations = [(v.code, v.name) for v in catalog.vocations(session)]
            if program_id is not None:
                program = catalog.get_program(session, program_id)
                start, self.version = catalog.program_input(session, program), program.version
        # What the form opened, for a save another clerk got to first (see `_resolve`).
        self.opened = start
        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(self._identity_box(vocations))
        left.addWidget(self._rules_box())
        left.addStretch()
        columns.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(self._eligibility_box())
        right.addWidget(self._units_box(), 1)
        columns.addLayout(right, 3)
        self.body.addLayout(columns, 1)
        self.finish_layout()
        self.resize(1080, 680)
        if start is not None:
            self._load(start)
        else:
            self.units_model.add()
        self._update_summary()
        self.errors.check_left(self._problems)

    def _problems(self) -> dict[str, str] | None:
        """What the service would refuse as typed, a code already in use too (None: not read
        just now)."""
        data, program_id = self._input(), self.program_id
        found: list[dict[str, str]] = []
        query(self, self.ctx, lambda s: catalog.validate(s, data, program_id),
              then=found.append, refused=lambda _error: None)  # fmt: skip
        return found[0] if found else None

    # --- layout ---------------------------------------------------------------------------

    def _identity_box(self, vocations: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(self.tr("Program"))
        form = QFormLayout(box)
        self.vocation = QComboBox()
        for code, name in vocations:
            self.vocation.addItem(name, code)
        self.vocation.setCurrentIndex(-1)
        self.code = QLineEdit(placeholderText=self.tr("mis. TIK-OPKOM"))
        self.name = QLineEdit(placeholderText=self.tr("mis. Operator Komputer Muda"))
        self.kind = QComboBox()
        for code, label in catalog.PROGRAM_KINDS.items():
            self.kind.addItem(tl(label), code)
        self.kind.setCurrentIndex(self.kind.findData("klaster"))
        self.total_jp = QSpinBox()
        self.total_jp.setRange(0, 5000)
        self.total_jp.setSuffix(" JP")
        self.hours = QSpinBox()
        self.hours.setRange(1, 12)
        self.hours.setValue(8)
        self.hours.setSuffix(self.tr(" JP/hari"))
        self.errors.add_row(form, self.tr("Kejuruan"), self.vocation, "vocation")
        self.errors.add_row(form, self.tr("Kode"), self.code, "code")
        self.errors.add_row(form, self.tr("Nama program"), self.name, "name")
        self.errors.add_row(form, self.tr("Jenis"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Total JP"), self.total_jp, "total_jp")
        self.errors.add_row(form, self.tr("JP per hari"), self.hours, "hours_per_day")
        self.duration = QLabel()
        self.duration.setObjectName("FieldInfo")
        form.addRow("", self.duration)
        self.total_jp.valueChanged.connect(self._update_summary)
        self.hours.valueChanged.connect(self._update_summary)
        return box

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kelulusan"))
        form = QFormLayout(box)
        self.threshold = ThresholdBox()
        self.threshold.setValue(float(catalog.DEFAULT_THRESHOLD))
        self.attempts = QSpinBox()
        self.attempts.setRange(1, 10)
        self.attempts.setValue(catalog.DEFAULT_MAX_ATTEMPTS)
        self.attempts.setSuffix(self.tr(" kali"))
        self.errors.add_row(form, self.tr("Presensi minimal"), self.threshold,
                            "attendance_threshold")  # fmt: skip
        self.errors.add_row(form, self.tr("Kesempatan uji per unit"), self.attempts,
                            "max_attempts")  # fmt: skip
        return box

    def _eligibility_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Persyaratan peserta"))
        form = QFormLayout(box)
        ages = QHBoxLayout()
        self.min_age = _optional_spin(10, 80, self.tr("tanpa batas"))
        self.max_age = _optional_spin(10, 80, self.tr("tanpa batas"))
        for spin in (self.min_age, self.max_age):
            spin.setSuffix(self.tr(" tahun"))
        ages.addWidget(self.min_age)
        ages.addWidget(QLabel(self.tr("sampai")))
        ages.addWidget(self.max_age)
        age_holder = QWidget()
        age_holder.setLayout(ages)
        ages.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, self.tr("Usia"), age_holder, "max_age")
        self.min_education = QComboBox()
        self.min_education.addItem(self.tr("Tidak dibatasi"), "")
        for level in EDUCATION_LEVELS:
            self.min_education.addItem(spoken(education_said(level)), level)
        self.errors.add_row(form, self.tr("Pendidikan minimal"), self.min_education,
                            "min_education")  # fmt: skip
        domicile = QHBoxLayout()
        domicile.setContentsMargins(0, 0, 0, 0)
        self.domicile_scope = QComboBox()
        for code, label in catalog.DOMICILE_SCOPES.items():
            self.domicile_scope.addItem(tl(label), code)
        self.domicile_code = QComboBox()
        self.domicile_code.setMinimumWidth(200)
        domicile.addWidget(self.domicile_scope)
        domicile.addWidget(self.domicile_code, 1)
        dom_holder = QWidget()
        dom_holder.setLayout(domicile)
        self.errors.add_row(form, self.tr("Domisili"), dom_holder, "domicile")
        self.domicile_scope.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()
        self.extra = QLineEdit(placeholderText=self.tr("mis. Tidak sedang bekerja atau sekolah"))
        self.errors.add_row(form, self.tr("Syarat lain"), self.extra, "extra_requirement")
        return box

    def _units_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Unit kompetensi"))
        layout = QVBoxLayout(box)
        self.units_model = UnitsModel()
        self.units_view = QTableView()
        self.units_view.setModel(self.units_model)
        self.units_view.setAlternatingRowColors(True)
        self.units_view.verticalHeader().setDefaultSectionSize(30)
        header = self.units_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.units_view.setColumnWidth(0, 160)
        layout.addWidget(self.units_view, 1)
        buttons = QHBoxLayout()
        self.add_unit = QPushButton(self.tr("Tambah unit"))
        self.remove_unit = QPushButton(self.tr("Hapus unit"))
        self.up_unit = QPushButton(self.tr("Naik"))
        self.down_unit = QPushButton(self.tr("Turun"))
        self.add_unit.clicked.connect(self._add_unit)
        self.remove_unit.clicked.connect(self._remove_unit)
        self.up_unit.clicked.connect(lambda: self._move_unit(-1))
        self.down_unit.clicked.connect(lambda: self._move_unit(1))
        for button in (self.add_unit, self.remove_unit, self.up_unit, self.down_unit):
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.units_summary = QLabel()
        self.units_summary.setObjectName("FieldInfo")
        self.units_summary.setWordWrap(True)
        layout.addWidget(self.units_summary)
        self.units_error = FieldError()
        layout.addWidget(self.units_error)
        self.units_model.dataChanged.connect(self._update_summary)
        self.units_model.rowsInserted.connect(self._update_summary)
        self.units_model.rowsRemoved.connect(self._update_summary)
        return box

    # --- behaviour ------------------------------------------------------------------------

    def _scope_changed(self) -> None:
        scope = self.domicile_scope.currentData()
        self.domicile_code.clear()
        if scope == "regency":
            for code, name in BANTEN_REGENCIES.items():
                self.domicile_code.addItem(name, code)
        elif scope == "province":
            for code, name in PROVINCES.items():
                self.domicile_code.addItem(name, code)
            self.domicile_code.setCurrentIndex(self.domicile_code.findData("36"))
        self.domicile_code.setEnabled(scope != "none")

    def _add_unit(self) -> None:
        row = self.units_model.add()
        index = self.units_model.index(row, 0)
        self.units_view.setCurrentIndex(index)
        self.units_view.edit(index)

    def _current_unit_row(self) -> int:
        index = self.units_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _remove_unit(self) -> None:
        row = self._current_unit_row()
        if row >= 0:
            self.units_model.remove(row)

    def _move_unit(self, delta: int) -> None:
        row = self._current_unit_row()
        if row >= 0:
            target = self.units_model.move(row, delta)
            self.units_view.setCurrentIndex(self.units_model.index(target, 1))

    def _update_summary(self) -> None:
        jp, hours = self.total_jp.value(), self.hours.value()
        self.duration.setText(
            self.tr("≈ %Ln hari pelatihan", "", days_needed(jp, hours)) if jp else ""
        )
        data = self._input()
        unit_jp = sum(u.jp for u in data.units)
        lines = [
            self.tr("%Ln unit, {jp} JP", "", len(data.units)).format(jp=unit_jp),
            *map(spoken, catalog.warnings(data)),
        ]
        self.units_summary.setText("\n".join(lines))

    def _load(self, data: catalog.ProgramInput) -> None:
        self.vocation.setCurrentIndex(self.vocation.findData(data.vocation_code))
        self.code.setText(data.code)
        self.name.setText(data.name)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.total_jp.setValue(data.total_jp)
        self.hours.setValue(data.hours_per_day)
        self.threshold.setValue(float(data.attendance_threshold))
        self.attempts.setValue(data.max_attempts)
        self.min_age.setValue(data.min_age if data.min_age is not None else self.min_age.minimum())
        self.max_age.setValue(data.max_age if data.max_age is not None else self.max_age.minimum())
        self.min_education.setCurrentIndex(max(0, self.min_education.findData(data.min_education)))
        self.domicile_scope.setCurrentIndex(self.domicile_scope.findData(data.domicile_scope))
        if data.domicile_code:
            self.domicile_code.setCurrentIndex(self.domicile_code.findData(data.domicile_code))
        self.extra.setText(data.extra_requirement)
        self.units_model.beginResetModel()
        self.units_model.units = [catalog.UnitInput(u.code, u.title, u.jp) for u in data.units]
        self.units_model.endResetModel()

    def _optional(self, spin: QSpinBox) -> int | None:
        return None if spin.value() < spin.minimum() + 1 else spin.value()

    def _input(self) -> catalog.ProgramInput:
        return catalog.ProgramInput(
            vocation_code=str(self.vocation.currentData() or ""),
            code=self.code.text(),
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            total_jp=self.total_jp.value(),
            hours_per_day=self.hours.value(),
            units=[u for u in self.units_model.units if u.code.strip() or u.title.strip()],
            attendance_threshold=self.threshold.threshold(),
            max_attempts=self.attempts.value(),
            min_age=self._optional(self.min_age),
            max_age=self._optional(self.max_age),
            min_education=str(self.min_education.currentData()) or None,
            domicile_scope=str(self.domicile_scope.currentData()),
            domicile_code=str(self.domicile_code.currentData() or "") or None,
            extra_requirement=self.extra.text(),
        )

    def accept(self) -> None:
        self.units_view.setFocus()  # commits an open cell editor
        data, actor = self._input(), self.ctx.actor

        def save(session: Session) -> int:
            if self.program_id is None:
                return catalog.create_program(session, actor, data).id
            return catalog.update_program(
                session, actor, self.program_id, data, expected_version=self.version
            ).id

        self._save_record(self.ctx, save, Kind.PROGRAMS)

    def _refused(self, exc: BlkError) -> None:
        if isinstance(exc, StaleRecord):
            super()._refused(exc)
            return
        if isinstance(exc, FieldErrors):
            errors = dict(exc.errors)
            # Both age limits share one row of the form.
            if "min_age" in errors:
                errors.setdefault("max_age", errors["min_age"])
            self.errors.show(errors)
            self.units_error.show_message(exc.errors.get("units"))
            return
        self.errors.show({exc.field or "name": exc.message})

    # --- another clerk saved first ------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {
            "vocation_code": self.tr("Kejuruan"), "code": self.tr("Kode"),
            "name": self.tr("Nama program"), "kind": self.tr("Jenis"),
            "total_jp": self.tr("Total JP"), "hours_per_day": self.tr("JP per hari"),
            "units": self.tr("Unit kompetensi"),
            "attendance_threshold": self.tr("Presensi minimal"),
            "max_attempts": self.tr("Kesempatan uji per unit"), "min_age": self.tr("Usia minimal"),
            "max_age": self.tr("Usia maksimal"), "min_education": self.tr("Pendidikan minimal"),
            "domicile_scope": self.tr("Domisili"), "domicile_code": self.tr("Wilayah domisili"),
            "extra_requirement": self.tr("Syarat lain"),
        }  # fmt: skip

    def _shown(self, field: str, value: Any) -> str:
        if field == "units":
            return "; ".join(f"{u.code} {u.title} ({u.jp} JP)" for u in value) or "–"
        if field == "vocation_code":
            return self.vocation.itemText(self.vocation.findData(value)) or "–"
        if field == "kind":
            return self.kind.itemText(self.kind.findData(value)) or "–"
        return conflict.shown(value)

    def _show(self, data: catalog.ProgramInput) -> None:
        self._load(data)
        self._update_summary()
        self.errors.clear()
