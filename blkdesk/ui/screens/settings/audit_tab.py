"""Pengaturan › Jejak audit: who did what, filtered by user, data, action and date."""

import json
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from blkdesk.core.access import audit_log
from blkdesk.core.models import AuditEvent
from blkdesk.ui.context import AppContext
from blkdesk.ui.dates import format_datetime_local
from blkdesk.ui.labels import audit_entity
from blkdesk.ui.widgets.page import make_table
from blkdesk.ui.widgets.tablemodels import RowsModel


def _changes(event: AuditEvent) -> str:
    if not event.changes:
        return ""
    try:
        data = json.loads(event.changes)
    except ValueError:
        return event.changes
    if not isinstance(data, dict):
        return event.changes
    return "; ".join(
        f"{k}: {_value(v[0])} → {_value(v[1])}"
        if isinstance(v, list) and len(v) == 2
        else f"{k}: {_value(v)}"
        for k, v in data.items()
    )


def _value(value: object) -> str:
    """A value before or after a change; "—" where there was none (not Python's "None")."""
    return "—" if value is None or value == "" else str(value)


def _day(edit: QDateEdit) -> date:
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


class AuditTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        filters = QGridLayout()
        self.user = QComboBox()
        self.entity = QComboBox()
        self.action = QComboBox()
        self.use_start = QCheckBox(self.tr("Dari"))
        self.use_end = QCheckBox(self.tr("Sampai"))
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-30))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        for column, (label, widget) in enumerate(
            ((self.tr("Pengguna"), self.user), (self.tr("Data"), self.entity),
             (self.tr("Tindakan"), self.action))
        ):  # fmt: skip
            filters.addWidget(QLabel(label), 0, column)
            filters.addWidget(widget, 1, column)
        dates = QHBoxLayout()
        for date_widget in (self.use_start, self.start, self.use_end, self.end):
            dates.addWidget(date_widget)
        dates.addStretch()
        filters.addLayout(dates, 2, 0, 1, 3)
        layout.addLayout(filters)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.model = RowsModel(
            [
                (self.tr("Waktu"), lambda e: format_datetime_local(e.at)),
                (self.tr("Pengguna"), lambda e: e.user_name),
                (self.tr("Tindakan"), lambda e: e.action),
                (self.tr("Data"), lambda e: audit_entity(e.entity)),
                (self.tr("Perubahan"), _changes),
                (self.tr("Alasan"), lambda e: e.reason),
                (self.tr("ID data"), lambda e: e.entity_uuid),
            ]
        )
        self.view = make_table(self.model)
        layout.addWidget(self.view, 1)
        for combo in (self.user, self.entity, self.action):
            combo.currentIndexChanged.connect(self.apply)
        for check in (self.use_start, self.use_end):
            check.toggled.connect(self.apply)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.apply)
        self._loading = False

    def refresh(self) -> None:
        with self.ctx.db.session() as session:
            choices = audit_log.choices(session, self.ctx.actor)
        self._loading = True
        for combo, values in (
            (self.user, [(v, v) for v in choices.users]),
            (self.entity, [(audit_entity(v), v) for v in choices.entities]),
            (self.action, [(v, v) for v in choices.actions]),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Semua"), None)
            for label, value in values:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._loading = False
        self.apply()

    def apply(self) -> None:
        if self._loading:
            return
        where = audit_log.AuditFilter(
            user=self.user.currentData(),
            entity=self.entity.currentData(),
            action=self.action.currentData(),
            start=_day(self.start) if self.use_start.isChecked() else None,
            end=_day(self.end) if self.use_end.isChecked() else None,
        )
        with self.ctx.db.session() as session:
            events = audit_log.query(session, self.ctx.actor, where)
        self.model.set_rows(events)
        self.view.resizeColumnsToContents()
        if len(events) >= audit_log.LIMIT:
            text = self.tr("{n} peristiwa terbaru ditampilkan; persempit saringan untuk yang "
                           "lebih lama.").format(n=len(events))  # fmt: skip
        else:
            text = self.tr("%Ln peristiwa.", "", len(events))
        self.count.setText(text)
