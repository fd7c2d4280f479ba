"""Planning a batch: the form on the left, its training days on a calendar on the right."""

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from blkdesk.core.changes import Kind
from blkdesk.core.clock import today
from blkdesk.core.concurrency import StaleRecord
from blkdesk.core.errors import BlkError, FieldErrors
from blkdesk.core.refdata import BATCH_MODES, FUNDING_SOURCES
from blkdesk.core.statuses import BatchStatus
from blkdesk.core.training import batches, catalog
from blkdesk.ui.actions import query
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_date, weekdays_short
from blkdesk.ui.screens.training.calendar import TrainingCalendar, qdate, to_date
from blkdesk.ui.screens.training.labels import tl
from blkdesk.ui.widgets import conflict
from blkdesk.ui.widgets.record_form import RecordForm


def next_monday(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7 or 7)


class BatchDialog(RecordForm):
    def __init__(
        self, ctx: AppContext, batch_id: int | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        title = self.tr("Rencanakan angkatan") if batch_id is None else self.tr("Ubah angkatan")
        super().__init__(parent, title, "BatchDialog")
        self.ctx, self.batch_id = ctx, batch_id
        db = self.db = ctx.db
        self._name_touched = batch_id is not None
        self.planned_days: list[date] = []
        with db.session() as session:
            self.current = batches.detail(session, batch_id) if batch_id is not None else None
            programs = [
                (p.id, f"{p.code} · {p.name}", p.total_jp, p.hours_per_day)
                for p in catalog.programs(session)
                if p.active or (self.current and p.id == self.current.program_id)
            ]
            instructors = catalog.instructors(session)
        self._programs = {pid: (jp, hours) for pid, _label, jp, hours in programs}
        # What the form opened, for a save another clerk got to first (see `_resolve`).
        self.version = self.current.version if self.current else None
        self.opened = batches.batch_input(self.current) if self.current else None
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._form_box(programs, instructors), 1)
        columns.addWidget(self._calendar_box(), 1)
        self.body.addLayout(columns, 1)
        self.finish_layout()
        self.resize(1040, 640)
        if self.current is not None:
            self._load()
        self._wire()
        self._preview()

    def _form_box(self, programs: list[tuple[int, str, int, int]],
                  instructors: list[catalog.InstructorRow]) -> QGroupBox:  # fmt: skip
        box = QGroupBox(self.tr("Rencana angkatan"))
        form = QFormLayout(box)
        self.program = QComboBox()
        for pid, label, _jp, _hours in programs:
            self.program.addItem(label, pid)
        self.program.setCurrentIndex(-1)
        self.name = QLineEdit(placeholderText=self.tr("mis. Angkatan II/2025"))
        self.mode = QComboBox()
        for code, label in BATCH_MODES.items():
            self.mode.addItem(tl(label), code)
        self.location = QLineEdit(placeholderText=self.tr("Desa dan kecamatan lokasi MTU"))
        self.funding = QComboBox()
        for source in FUNDING_SOURCES:
            self.funding.addItem(source, source)
        self.funding.setCurrentIndex(self.funding.findData("APBD"))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 200)
        self.capacity.setValue(batches.DEFAULT_CAPACITY)
        self.capacity.setSuffix(self.tr(" peserta"))
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        # Typed as the clerk types every date (17-08-2026); the summary names the weekday.
        self.start.setDisplayFormat("dd-MM-yyyy")
        self.start.setDate(qdate(next_monday(today())))
        weekdays = QWidget()
        row = QHBoxLayout(weekdays)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes: list[QCheckBox] = []
        for i, label in enumerate(weekdays_short()):
            check = QCheckBox(label)
            check.setChecked(str(i) in batches.DEFAULT_WEEKDAYS)
            self.weekday_boxes.append(check)
            row.addWidget(check)
        row.addStretch()
        self.instructors = QListWidget()
        self.instructors.setMinimumHeight(150)
        self.instructors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.instructors.setTextElideMode(Qt.TextElideMode.ElideRight)
        for ins in instructors:
            label = f"{ins.name} — {ins.vocation}" if ins.vocation else ins.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, ins.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.instructors.addItem(item)
        self.errors.add_row(form, self.tr("Program"), self.program, "program")
        self.errors.add_row(form, self.tr("Nama angkatan"), self.name, "name")
        self.errors.add_row(form, self.tr("Pelaksanaan"), self.mode, "mode")
        self.errors.add_row(form, self.tr("Lokasi MTU"), self.location, "location")
        self.errors.add_row(form, self.tr("Sumber dana"), self.funding, "funding")
        self.errors.add_row(form, self.tr("Kapasitas"), self.capacity, "capacity")
        self.errors.add_row(form, self.tr("Rencana mulai"), self.start, "start_date")
        self.errors.add_row(form, self.tr("Hari latihan"), weekdays, "weekdays")
        self.errors.add_row(form, self.tr("Instruktur"), self.instructors, "instructors")
        self.reason = QLineEdit(placeholderText=self.tr("Wajib untuk angkatan yang sudah ditutup"))
        if self.current is not None and self.current.status == BatchStatus.CLOSED:
            self.errors.add_row(form, self.tr("Alasan perubahan"), self.reason, "reason")
        return box

    def _calendar_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hari pelatihan"))
        layout = QVBoxLayout(box)
        self.summary = QLabel()
        self.summary.setObjectName("PlanSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.calendar = TrainingCalendar()
        layout.addWidget(self.calendar, 1)
        return box

    def _wire(self) -> None:
        self.program.currentIndexChanged.connect(self._program_changed)
        self.start.dateChanged.connect(self._start_changed)
        for check in self.weekday_boxes:
            check.toggled.connect(self._preview)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.name.textEdited.connect(self._mark_name_touched)
        self._mode_changed()
        self.errors.check_left(self._problems)

    def _problems(self) -> dict[str, str] | None:
        """What the service would refuse in the plan as typed (None: not read just now)."""
        data = self._input()
        found: list[dict[str, str]] = []
        query(self, self.ctx, lambda s: batches.validate(s, data), then=found.append,
              refused=lambda _error: None)  # fmt: skip
        return found[0] if found else None

    def _mark_name_touched(self) -> None:
        self._name_touched = True

    def _load(self) -> None:
        info = self.current
        assert info is not None
        self.program.setEnabled(info.status == BatchStatus.PLANNED)
        self._fill(batches.batch_input(info))

    def _fill(self, data: batches.BatchInput) -> None:
        self.program.setCurrentIndex(self.program.findData(data.program_id))
        self.name.setText(data.name)
        self.mode.setCurrentIndex(self.mode.findData(data.mode))
        self.location.setText(data.location)
        self.funding.setCurrentIndex(self.funding.findData(data.funding))
        self.capacity.setValue(data.capacity)
        self.start.setDate(qdate(data.start_date))
        for i, check in enumerate(self.weekday_boxes):
            check.setChecked(str(i) in data.weekdays)
        for row in range(self.instructors.count()):
            item = self.instructors.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in data.instructor_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _mode_changed(self) -> None:
        self.location.setEnabled(self.mode.currentData() == "mtu")

    def _program_changed(self) -> None:
        self._suggest_name()
        self._preview()

    def _start_changed(self) -> None:
        self._suggest_name()
        self._preview()

    def _suggest_name(self) -> None:
        if self._name_touched or self.program.currentData() is None:
            return
        with self.db.session() as session:
            self.name.setText(
                batches.suggest_name(session, int(self.program.currentData()), self._start().year)
            )

    def _start(self) -> date:
        value = to_date(self.start.date())
        return value

    def _weekdays(self) -> str:
        return "".join(str(i) for i, c in enumerate(self.weekday_boxes) if c.isChecked())

    def _unchanged_plan(self) -> bool:
        info = self.current
        return (
            info is not None
            and info.program_id == self.program.currentData()
            and info.start == self._start()
            and info.weekdays == self._weekdays()
        )

    def _preview(self) -> None:
        """Show the days the plan would have, before anything is saved."""
        pid = self.program.currentData()
        weekdays = self._weekdays()
        if pid is None or not weekdays:
            self.summary.setText(
                self.tr("Pilih program dan minimal satu hari latihan untuk melihat jadwal.")
            )
            self.calendar.set_marks([], {}, {})
            return
        with self.db.session() as session:
            if self._unchanged_plan():
                assert self.current is not None
                days = self.current.days
            else:
                days = batches.planned_days(session, int(pid), self._start(), weekdays)
            first = min(days[0], self._start())
            span_end = days[-1] + timedelta(days=45)
            holidays = batches.holidays_between(session, first - timedelta(days=45), span_end)
            closures = batches.closures_between(session, first - timedelta(days=45), span_end)
        skipped_h = [
            d for d in holidays if days[0] <= d <= days[-1] and str(d.weekday()) in weekdays
        ]
        skipped_c = [
            d
            for d in closures
            if days[0] <= d <= days[-1] and d not in days and str(d.weekday()) in weekdays
        ]
        jp, hours = self._programs[int(pid)]
        text = self.tr(
            "%Ln hari pelatihan ({jp} JP, {hours} JP/hari): {start} sampai {end}.", "", len(days)
        ).format(jp=jp, hours=hours, start=format_date(days[0]),
                 end=format_date(days[-1]))  # fmt: skip
        if skipped_h or skipped_c:
            text += " " + self.tr("Dilewati: {h}, {c}.").format(
                h=self.tr("%Ln libur nasional", "", len(skipped_h)),
                c=self.tr("%Ln libur lokal", "", len(skipped_c)),
            )
        self.summary.setText(text)
        self.calendar.set_marks(days, holidays, closures)
        self.planned_days = days

    def _input(self) -> batches.BatchInput:
        checked = [
            int(self.instructors.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.instructors.count())
            if self.instructors.item(r).checkState() == Qt.CheckState.Checked
        ]
        return batches.BatchInput(
            program_id=int(self.program.currentData() or 0),
            name=self.name.text(),
            start_date=self._start(),
            mode=str(self.mode.currentData()),
            location=self.location.text(),
            funding=str(self.funding.currentData()),
            capacity=self.capacity.value(),
            weekdays=self._weekdays(),
            instructor_ids=checked,
            notes=self.current.notes if self.current else "",
        )

    def accept(self) -> None:
        data, reason, actor = self._input(), self.reason.text(), self.ctx.actor

        def save(session: Session) -> int:
            if self.batch_id is None:
                return batches.plan_batch(session, actor, data).id
            return batches.update_batch(
                session, actor, self.batch_id, data, reason, expected_version=self.version
            ).id

        self._save_record(self.ctx, save, Kind.BATCHES)

    def _refused(self, exc: BlkError) -> None:
        if isinstance(exc, StaleRecord):
            super()._refused(exc)
            return
        if isinstance(exc, FieldErrors):
            self.errors.show(exc.errors)
            return
        # A rule about the plan as a whole shows where the clerk can act on it.
        field = exc.field if exc.field in self.errors.labels else "program"
        if exc.field == "days":
            field = "start_date"
        self.errors.show({field: exc.message})

    # --- another clerk saved first ------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {
            "program_id": self.tr("Program"), "name": self.tr("Nama angkatan"),
            "start_date": self.tr("Rencana mulai"), "mode": self.tr("Pelaksanaan"),
            "location": self.tr("Lokasi MTU"), "funding": self.tr("Sumber dana"),
            "capacity": self.tr("Kapasitas"), "weekdays": self.tr("Hari latihan"),
            "instructor_ids": self.tr("Instruktur"), "notes": self.tr("Catatan"),
        }  # fmt: skip

    def _shown(self, field: str, value: Any) -> str:
        if field == "program_id":
            return self.program.itemText(self.program.findData(value)) or "–"
        if field == "mode":
            return tl(BATCH_MODES.get(value, value))
        if field == "weekdays":
            days = weekdays_short()
            return ", ".join(days[int(d)] for d in value) or "–"
        if field == "instructor_ids":
            names = [
                self.instructors.item(r).text()
                for r in range(self.instructors.count())
                if self.instructors.item(r).data(Qt.ItemDataRole.UserRole) in value
            ]
            return ", ".join(names) or "–"
        return conflict.shown(value)

    def _show(self, data: batches.BatchInput) -> None:
        """The form after the conflict dialog: the batch as it now is decides whether its
        programme may still change."""
        assert self.batch_id is not None
        with self.db.session() as session:
            self.current = batches.detail(session, self.batch_id)
        self.program.setEnabled(self.current.status == BatchStatus.PLANNED)
        self._fill(data)
        self.errors.clear()
