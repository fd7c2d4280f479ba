"""Printing the daftar hadir from the attendance page: options, print preview, PDF export."""

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from blkdesk.core.attendance.attendance import Grid
from blkdesk.core.errors import BlkError
from blkdesk.printing.attendance_sheet import PAPERS, Paper, write_pdf
from blkdesk.printing.paper import Device, Setup, Wanted
from blkdesk.ui.widgets.dialog import Dialog
from blkdesk.ui.widgets.forms import FormErrors
from blkdesk.ui.widgets.printing import Document, printer_and_preview, remember_paper, remembered
from blkdesk.ui.widgets.savefile import ask_save_path

PREVIEW, PDF = 1, 2
# The functions below speak for the page that calls them in their own context: parent.tr()
# would look the words up under the caller's class, where lupdate never files them, and so say
# them in Indonesian in the English interface too. (lupdate reads no plural forms from
# QCoreApplication.translate: counts go through SheetOptionsDialog's self.tr.)
Draw = Callable[[Device, Any, Paper, Setup, Wanted | None], int]


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
        kind: str = "",
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
        last = remembered(kind)[1] if kind else ""
        self.paper.setCurrentIndex(max(0, self.paper.findData(last)))
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

    def sent_to_printer(self, pages: int, printer: str) -> str:
        """What the page says once printed; a count needs self.tr (see the note below)."""
        return self.tr("%Ln halaman dikirim ke printer {printer}.", "", pages).format(
            printer=printer
        )


def save_pdf(
    parent: QWidget, render: Callable[[QPagedPaintDevice], int], suggested: str
) -> Path | None:
    path = ask_save_path(
        parent,
        QCoreApplication.translate("AttendancePrintouts", "Simpan PDF"),
        suggested,
        QCoreApplication.translate("AttendancePrintouts", "PDF (*.pdf)"),
    )
    if path is None:
        return None
    target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
    try:
        write_pdf(target, render)
    except (OSError, BlkError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("AttendancePrintouts", "PDF"),
            QCoreApplication.translate(
                "AttendancePrintouts", "PDF tidak dapat disimpan: {error}"
            ).format(error=getattr(exc, "message", None) or exc),
        )
        return None
    return target


def run(
    parent: QWidget,
    dialog: SheetOptionsDialog,
    draw: Draw,
    suggested: str,
    kind: str,
    title: str,
    disclosed: Callable[[Path | None, str | None], None],
) -> str | None:
    """Show the options, then the preview (and print) or the PDF export the clerk chose;
    returns what happened, for the page's message line. `disclosed(path, printer)` hears where
    the names went, for the audit trail (UU PDP)."""
    if not dialog.exec():
        return None
    data, paper = dialog.data, dialog.chosen_paper()
    remember_paper(kind, paper)

    def render(device: Device, setup: Setup, wanted: Wanted | None) -> int:
        return draw(device, data, paper, setup, wanted)

    if dialog.choice == PREVIEW:
        document = Document(kind, title, render, paper)
        printed = printer_and_preview(parent, document, Setup(paper, remembered(kind)[2]))
        if printed is None:
            return None
        disclosed(None, printed.printer)
        return dialog.sent_to_printer(len(printed.pages) * printed.copies, printed.printer)
    saved = save_pdf(parent, lambda device: render(device, Setup(paper), None), suggested)
    if saved is None:
        return None
    disclosed(saved, None)
    return QCoreApplication.translate("AttendancePrintouts", "PDF disimpan: {path}").format(
        path=saved
    )
