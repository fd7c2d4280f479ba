"""Printing the daftar hadir from the attendance page: options, print preview, PDF export."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from blkdesk.core.attendance.attendance import Grid
from blkdesk.core.errors import BlkError
from blkdesk.printing.attendance_sheet import PAPERS, Paper, write_pdf
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors

PREVIEW, PDF = 1, 2


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def default_week(grid: Grid) -> tuple[date, date]:
    """The week the clerk most likely prints next: the one holding the first day not yet keyed
    (or the last week, when everything is keyed)."""
    keyed_days = {day for _eid, day in grid.marks}
    first_open = next((d for d in grid.days if d not in keyed_days), grid.days[-1])
    monday = first_open - timedelta(days=first_open.weekday())
    return max(monday, grid.days[0]), min(monday + timedelta(days=6), grid.days[-1])


class SheetOptionsDialog(Dialog):
    """Which days and which paper; the choice of preview or PDF is the button pressed."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        grid: Grid,
        prepare: Callable[[date, date], Any],
        with_range: bool = True,
    ) -> None:
        super().__init__(
            parent, title, "AttendanceSheetDialog", QDialogButtonBox.StandardButton.Cancel
        )
        self.grid = grid
        self.prepare = prepare
        self.data: Any = None
        self.choice = 0
        form = QFormLayout()
        self.errors = FormErrors()
        start, end = default_week(grid)
        self.start = QDateEdit(_qdate(start))
        self.end = QDateEdit(_qdate(end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
            edit.setDateRange(_qdate(grid.days[0]), _qdate(grid.days[-1]))
        if with_range:
            self.errors.add_row(form, self.tr("Dari tanggal"), self.start, "start")
            self.errors.add_row(form, self.tr("Sampai tanggal"), self.end, "end")
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("F4 / folio (215 × 330 mm)"), "F4")
        form.addRow(self.tr("Kertas"), self.paper)
        self.body.addLayout(form)
        hint = QLabel(
            self.tr(
                "Arah kertas (tegak atau mendatar) dipilih otomatis agar lembarnya paling sedikit."
            )
        )
        hint.setObjectName("FieldInfo")
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.preview_button = QPushButton(self.tr("Pratinjau && cetak…"))
        self.preview_button.setProperty("primary", True)
        self.pdf_button = QPushButton(self.tr("Simpan PDF…"))
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(lambda: self._choose(PREVIEW))
        self.pdf_button.clicked.connect(lambda: self._choose(PDF))
        self.finish_layout()

    def _choose(self, choice: int) -> None:
        try:
            self.data = self.prepare(*self.period())
        except BlkError as exc:
            self.errors.show({exc.field or "start": exc.message})
            return
        self.errors.clear()
        self.choice = choice
        self.accept()

    def chosen_paper(self) -> Paper:
        return PAPERS[str(self.paper.currentData())]

    def period(self) -> tuple[date, date]:
        return _pydate(self.start.date()), _pydate(self.end.date())


def preview(parent: QWidget, render: Callable[[QPagedPaintDevice], int]) -> None:
    """The print preview; its Print button opens the system's printer dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the sheet draws its own margins, as on the PDF
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Pratinjau cetak"))
    dialog.paintRequested.connect(render)
    dialog.resize(1000, 800)
    dialog.exec()


def save_pdf(
    parent: QWidget, render: Callable[[QPagedPaintDevice], int], suggested: str
) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, parent.tr("Simpan PDF"), suggested, parent.tr("PDF (*.pdf)")
    )
    if not path:
        return None
    target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
    try:
        write_pdf(target, render)
    except (OSError, BlkError) as exc:
        QMessageBox.warning(
            parent, parent.tr("PDF"), parent.tr("PDF tidak dapat disimpan: {error}").format(
                error=getattr(exc, "message", None) or exc
            )
        )  # fmt: skip
        return None
    return target


def run(
    parent: QWidget,
    dialog: SheetOptionsDialog,
    draw: Callable[[QPagedPaintDevice, Any, Paper], int],
    suggested: str,
) -> Path | None:
    """Show the options, then the preview or the PDF export the clerk chose."""
    if not dialog.exec():
        return None
    data, paper = dialog.data, dialog.chosen_paper()

    def render(device: QPagedPaintDevice) -> int:
        return draw(device, data, paper)

    if dialog.choice == PREVIEW:
        preview(parent, render)
        return None
    return save_pdf(parent, render, suggested)
